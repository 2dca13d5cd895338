// The language packs by language.
import { CA, LV } from "./ca-lv.ts"
import { CS, IT } from "./cs-it.ts"
import { DE, FR } from "./de-fr.ts"
import { EN } from "./en.ts"
import { IS, ET } from "./is-et.ts"
import { NL, DA } from "./nl-da.ts"
import type { Pack } from "./pack.ts"
import { PT, ES } from "./pt-es.ts"

export const PACKS: Record<string, Pack> = { en: EN, pt: PT, es: ES, de: DE, fr: FR, nl: NL, da: DA, cs: CS, it: IT, is: IS, et: ET, ca: CA, lv: LV }
