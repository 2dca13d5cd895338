// The language packs by language.
import { CY } from "./cy.ts"
import { DE } from "./de.ts"
import { EL } from "./el.ts"
import { EN } from "./en.ts"
import { FR } from "./fr.ts"
import { GL } from "./gl.ts"
import { IT } from "./it.ts"
import type { Lang } from "./locales.ts"
import { MK } from "./mk.ts"
import { NN } from "./nn.ts"
import type { Pack } from "./pack.ts"
import { RO } from "./ro.ts"
import { SQ } from "./sq.ts"
import { SR } from "./sr.ts"
import { SV } from "./sv.ts"

export const PACKS: Record<Lang, Pack> = { en: EN, sv: SV, nn: NN, fr: FR, it: IT, de: DE, ro: RO, el: EL, sr: SR, gl: GL, sq: SQ, mk: MK, cy: CY }
