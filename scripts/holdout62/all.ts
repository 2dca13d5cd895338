// Every hand-written text of holdout62, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { DE_DE } from "./de-de.ts"
import { EN_AU } from "./en-au.ts"
import { EN_GB_1 } from "./en-gb-1.ts"
import { EN_GB_2 } from "./en-gb-2.ts"
import { EN_GB_3 } from "./en-gb-3.ts"
import { EN_IE } from "./en-ie.ts"
import { EN_US_1 } from "./en-us-1.ts"
import { EN_US_2 } from "./en-us-2.ts"
import { EN_US_3 } from "./en-us-3.ts"
import { ES_ES } from "./es-es.ts"
import { FI_FI } from "./fi-fi.ts"
import { FR_FR } from "./fr-fr.ts"
import { IT_IT } from "./it-it.ts"
import { DE_DE_2, EN_AU_2, EN_IE_2, ES_ES_2, FI_FI_2, FR_FR_2, IT_IT_2, NB_NO_2, NL_NL_2, SV_SE_2 } from "./more.ts"
import { NB_NO } from "./nb-no.ts"
import { NL_NL } from "./nl-nl.ts"
import { SV_SE } from "./sv-se.ts"
import { DE_DE_3, EN_AU_3, EN_GB_4, EN_IE_3, EN_US_4, ES_ES_3, FI_FI_3, FR_FR_3, IT_IT_3, NB_NO_3, NL_NL_3, SV_SE_3 } from "./voicemail.ts"

export const ALL: Raw[] = [
  ...EN_US_1, ...EN_US_2, ...EN_US_3, ...EN_US_4, ...EN_GB_1, ...EN_GB_2, ...EN_GB_3, ...EN_GB_4, ...EN_IE, ...EN_IE_2, ...EN_IE_3, ...EN_AU, ...EN_AU_2,
  ...EN_AU_3, ...DE_DE, ...DE_DE_2, ...DE_DE_3, ...FR_FR, ...FR_FR_2, ...FR_FR_3, ...ES_ES, ...ES_ES_2, ...ES_ES_3, ...IT_IT, ...IT_IT_2, ...IT_IT_3,
  ...NL_NL, ...NL_NL_2, ...NL_NL_3, ...SV_SE, ...SV_SE_2, ...SV_SE_3, ...NB_NO, ...NB_NO_2, ...NB_NO_3, ...FI_FI, ...FI_FI_2, ...FI_FI_3,
]
