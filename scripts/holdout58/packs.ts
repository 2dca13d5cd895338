// The language packs by language.
import { DE } from "./de.ts"
import { EN } from "./en.ts"
import { ES } from "./es.ts"
import { FR } from "./fr.ts"
import { IT } from "./it.ts"
import { NL } from "./nl.ts"
import type { Pack } from "./pack.ts"
import { PT } from "./pt.ts"
export const PACKS: Record<string, Pack> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL, pt: PT }
