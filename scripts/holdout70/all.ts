// Every hand-written text of holdout70, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_US, ES_US } from "./us.ts"
import { EN_GB, EN_IE } from "./gb-ie.ts"
import { EN_CA, FR_CA } from "./ca.ts"
import { ES_ES, IT_IT, PT_PT } from "./es-pt-it.ts"
import { DE_AT, DE_DE, NL_BE } from "./de-nl.ts"
import { PL_PL, SV_SE } from "./sv-pl.ts"
import { MORE_EN_US, MORE_ES_US, MORE_EN_GB, MORE_EN_IE, MORE_EN_CA, MORE_FR_CA, MORE_ES_ES, MORE_DE_DE, MORE_DE_AT, MORE_NL_BE, MORE_IT_IT, MORE_PT_PT, MORE_SV_SE, MORE_PL_PL } from "./more.ts"

export { KINDS70 } from "./mk.ts"

export const ALL: Raw[] = [
  ...EN_US, ...MORE_EN_US, ...EN_GB, ...MORE_EN_GB, ...EN_IE, ...MORE_EN_IE, ...EN_CA, ...MORE_EN_CA, ...FR_CA, ...MORE_FR_CA,
  ...ES_ES, ...MORE_ES_ES, ...ES_US, ...MORE_ES_US, ...DE_DE, ...MORE_DE_DE, ...DE_AT, ...MORE_DE_AT, ...NL_BE, ...MORE_NL_BE,
  ...IT_IT, ...MORE_IT_IT, ...PT_PT, ...MORE_PT_PT, ...SV_SE, ...MORE_SV_SE, ...PL_PL, ...MORE_PL_PL,
]
