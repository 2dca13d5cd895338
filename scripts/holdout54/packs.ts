// The language packs by key.
import { BG } from "./bg.ts"
import { DE, FR } from "./de-fr.ts"
import { EN } from "./en.ts"
import { ES, IT } from "./es-it.ts"
import type { Pack } from "./pack.ts"
import { CS, PL } from "./pl-cs.ts"
import { NL, PT } from "./pt-nl.ts"
import { DA, SV } from "./sv-da.ts"

export const PACKS: Record<string, Pack> = { en: EN, de: DE, fr: FR, es: ES, it: IT, nl: NL, pl: PL, cs: CS, sv: SV, da: DA, pt: PT, bg: BG }
