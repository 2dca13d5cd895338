// The language packs by language.
import { CS } from "./cs.ts"
import { DA } from "./da.ts"
import { DE } from "./de.ts"
import { EN } from "./en.ts"
import { ES } from "./es.ts"
import { FR } from "./fr.ts"
import { IT } from "./it.ts"
import type { Lang } from "./locales.ts"
import { NL } from "./nl.ts"
import type { Pack } from "./pack.ts"
import { PL } from "./pl.ts"
import { PT } from "./pt.ts"
import { SV } from "./sv.ts"

export const PACKS: Record<Lang, Pack> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL, pt: PT, pl: PL, sv: SV, da: DA, cs: CS }
