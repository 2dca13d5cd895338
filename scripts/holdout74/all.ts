// Every hand-written text of holdout74, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_CA, EN_GB, EN_IE, EN_US } from "./en.ts"
import { DE_AT, DE_DE } from "./de.ts"
import { FR_CH, FR_FR } from "./fr.ts"
import { ES_ES, IT_IT, PT_PT } from "./south.ts"
import { DA_DK, NL_BE, PL_PL, SV_SE } from "./north.ts"

export { KINDS74 } from "./mk.ts"

export const ALL: Raw[] = [
  ...EN_US, ...EN_GB, ...EN_IE, ...EN_CA, ...DE_DE, ...DE_AT, ...FR_FR, ...FR_CH, ...ES_ES, ...IT_IT, ...NL_BE, ...PT_PT, ...DA_DK, ...SV_SE, ...PL_PL,
]
