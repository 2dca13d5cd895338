// Every hand-written text of holdout63, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { DE_AT } from "./de-at.ts"
import { DE_DE } from "./de-de.ts"
import { EN_CA } from "./en-ca.ts"
import { EN_GB } from "./en-gb.ts"
import { EN_US } from "./en-us.ts"
import { EN_ZA } from "./en-za.ts"
import { ES_ES } from "./es-es.ts"
import { ES_MX } from "./es-mx.ts"
import { FR_CA } from "./fr-ca.ts"
import { FR_FR } from "./fr-fr.ts"
import { IT_IT } from "./it-it.ts"
import {
  DE_AT_2, DE_DE_3, EN_CA_2, EN_GB_3, EN_US_3, EN_ZA_2, ES_ES_3, ES_MX_2, FR_CA_2, FR_FR_3, IT_IT_3, NL_NL_3, PL_PL_3, PT_BR_3,
} from "./extra.ts"
import {
  DE_AT_3, DE_DE_4, EN_CA_3, EN_GB_4, EN_US_4, EN_ZA_3, ES_ES_4, ES_MX_3, FR_CA_3, FR_FR_4, IT_IT_4, NL_NL_4, PL_PL_4, PT_BR_4,
} from "./extra2.ts"
import { EN_GB_2, EN_US_2 } from "./more.ts"
import { NL_NL } from "./nl-nl.ts"
import { PL_PL } from "./pl-pl.ts"
import { PT_BR } from "./pt-br.ts"

export const ALL: Raw[] = [
  ...EN_US, ...EN_US_2, ...EN_US_3, ...EN_US_4, ...EN_GB, ...EN_GB_2, ...EN_GB_3, ...EN_GB_4, ...EN_CA, ...EN_CA_2, ...EN_CA_3, ...EN_ZA, ...EN_ZA_2, ...EN_ZA_3, ...DE_DE, ...DE_DE_3, ...DE_DE_4, ...DE_AT,
  ...DE_AT_2, ...DE_AT_3, ...FR_FR, ...FR_FR_3, ...FR_FR_4, ...FR_CA, ...FR_CA_2, ...FR_CA_3, ...ES_ES, ...ES_ES_3, ...ES_ES_4, ...ES_MX, ...ES_MX_2, ...ES_MX_3, ...IT_IT, ...IT_IT_3, ...IT_IT_4, ...PT_BR, ...PT_BR_3, ...PT_BR_4,
  ...NL_NL, ...NL_NL_3, ...NL_NL_4, ...PL_PL, ...PL_PL_3, ...PL_PL_4,
]
