// Every hand-written text of holdout68, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_GB, EN_IE, EN_US } from "./en-1.ts"
import { EN_IN, EN_NZ, EN_ZA } from "./en-2.ts"
import { DE_AT, DE_DE } from "./de.ts"
import { FR_CH, FR_FR } from "./fr.ts"
import { NL_BE, NL_NL } from "./nl.ts"
import { ES_ES, PT_PT } from "./es-pt.ts"
import { IT_IT, PL_PL } from "./it-pl.ts"
import { EN_GB_2, EN_IE_2, EN_IN_2, EN_NZ_2, EN_US_2, EN_ZA_2 } from "./en-3.ts"
import { EN_GB_3, EN_IE_3, EN_IN_3, EN_NZ_3, EN_US_3, EN_ZA_3 } from "./en-4.ts"
import { DE_AT_3, DE_DE_3, ES_ES_3, FR_CH_3, FR_FR_3, IT_IT_3, NL_BE_3, NL_NL_3, PL_PL_3, PT_PT_3 } from "./eu-3.ts"
import { EN_GB_4, EN_IN_4, EN_US_4, EN_ZA_4 } from "./en-5.ts"
import { MIX_DE, MIX_ES, MIX_FR, MIX_GB, MIX_IN, MIX_IT, MIX_NL, MIX_NZ, MIX_PL, MIX_PT, MIX_US, MIX_ZA } from "./mix.ts"
import { EU4_AT, EU4_BE, EU4_CH, EU4_DE, EU4_ES, EU4_FR, EU4_IT, EU4_NL, EU4_PL, EU4_PT } from "./eu-4.ts"
import { DE_AT_2, DE_DE_2, ES_ES_2, FR_CH_2, FR_FR_2, IT_IT_2, NL_BE_2, NL_NL_2, PL_PL_2, PT_PT_2 } from "./eu-2.ts"

export { KINDS68 } from "./mk.ts"

export const ALL: Raw[] = [
  ...EN_US, ...EN_US_2, ...EN_US_3, ...EN_US_4, ...MIX_US, ...EN_GB, ...EN_GB_2, ...EN_GB_3, ...EN_GB_4, ...MIX_GB, ...EN_IE, ...EN_IE_2, ...EN_IE_3, ...EN_IN, ...EN_IN_2, ...EN_IN_3, ...EN_IN_4, ...MIX_IN, ...EN_ZA, ...EN_ZA_2, ...EN_ZA_3, ...EN_ZA_4, ...MIX_ZA, ...EN_NZ, ...EN_NZ_2, ...EN_NZ_3, ...MIX_NZ,
  ...DE_DE, ...DE_DE_2, ...DE_DE_3, ...MIX_DE, ...EU4_DE, ...DE_AT, ...DE_AT_2, ...DE_AT_3, ...EU4_AT, ...FR_FR, ...FR_FR_2, ...FR_FR_3, ...MIX_FR, ...EU4_FR, ...FR_CH, ...FR_CH_2, ...FR_CH_3, ...EU4_CH, ...NL_NL, ...NL_NL_2, ...NL_NL_3, ...MIX_NL, ...EU4_NL, ...NL_BE, ...NL_BE_2, ...NL_BE_3, ...EU4_BE,
  ...ES_ES, ...ES_ES_2, ...ES_ES_3, ...MIX_ES, ...EU4_ES, ...PT_PT, ...PT_PT_2, ...PT_PT_3, ...MIX_PT, ...EU4_PT, ...IT_IT, ...IT_IT_2, ...IT_IT_3, ...MIX_IT, ...EU4_IT, ...PL_PL, ...PL_PL_2, ...PL_PL_3, ...MIX_PL, ...EU4_PL,
]
