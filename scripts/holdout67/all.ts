// Every hand-written text of holdout67, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { DE_DE } from "./de-de.ts"
import { EN_GB } from "./en-gb.ts"
import { EN_IE } from "./en-ie.ts"
import { EN_US } from "./en-us.ts"
import { ES_ES } from "./es-es.ts"
import { EN_GB_2, EN_IE_2, EN_US_2 } from "./extra.ts"
import { DE_DE_2, ES_ES_2, FR_FR_2, NL_NL_2, PT_PT_2, SV_SE_2 } from "./extra-2.ts"
import { FR_FR } from "./fr-fr.ts"
import { NL_NL } from "./nl-nl.ts"
import { PT_PT } from "./pt-pt.ts"
import { SV_SE } from "./sv-se.ts"

export const ALL: Raw[] = [...EN_US, ...EN_US_2, ...EN_GB, ...EN_GB_2, ...EN_IE, ...EN_IE_2, ...DE_DE, ...DE_DE_2, ...NL_NL, ...NL_NL_2, ...FR_FR, ...FR_FR_2, ...ES_ES, ...ES_ES_2, ...PT_PT, ...PT_PT_2, ...SV_SE, ...SV_SE_2]
