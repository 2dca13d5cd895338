// The language packs by language code.
import { DE, FR } from "./de-fr.ts"
import { EN } from "./en.ts"
import { ES, IT } from "./es-it.ts"
import { FI, HU } from "./fi-hu.ts"
import { EL, HR } from "./hr-el.ts"
import { NB, NL } from "./nl-nb.ts"
import type { Pack } from "./pack.ts"
import { RO, SK } from "./ro-sk.ts"

export const PACKS: Record<string, Pack> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL, nb: NB, fi: FI, hu: HU, ro: RO, sk: SK, hr: HR, el: EL }
