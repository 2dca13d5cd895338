// Every hand-written text of holdout65, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { DE_CH } from "./de-ch.ts"
import { DE_DE } from "./de-de.ts"
import { EN_GB } from "./en-gb.ts"
import { EN_US } from "./en-us.ts"
import { ES_ES } from "./es-es.ts"
import {
  DE_CH_2, DE_DE_2, EN_GB_2, EN_US_2, ES_ES_2, FI_FI_2, FR_BE_2, FR_FR_2, IT_IT_2, NB_NO_2, NL_BE_2, NL_NL_2, PL_PL_2, PT_PT_2, SV_SE_2,
} from "./extra.ts"
import { FI_FI } from "./fi-fi.ts"
import { FR_BE } from "./fr-be.ts"
import { FR_FR } from "./fr-fr.ts"
import { IT_IT } from "./it-it.ts"
import { NB_NO } from "./nb-no.ts"
import { NL_BE } from "./nl-be.ts"
import { NL_NL } from "./nl-nl.ts"
import { PL_PL } from "./pl-pl.ts"
import { PT_PT } from "./pt-pt.ts"
import { SV_SE } from "./sv-se.ts"

export const ALL: Raw[] = [
  ...EN_US, ...EN_US_2, ...EN_GB, ...EN_GB_2, ...DE_DE, ...DE_DE_2, ...DE_CH, ...DE_CH_2, ...FR_FR, ...FR_FR_2, ...FR_BE, ...FR_BE_2, ...ES_ES, ...ES_ES_2,
  ...IT_IT, ...IT_IT_2, ...NL_NL, ...NL_NL_2, ...NL_BE, ...NL_BE_2, ...PL_PL, ...PL_PL_2, ...SV_SE, ...SV_SE_2, ...NB_NO, ...NB_NO_2, ...FI_FI, ...FI_FI_2,
  ...PT_PT, ...PT_PT_2,
]
