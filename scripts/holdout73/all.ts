// Every hand-written text of holdout73, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_AU, EN_GB, EN_US } from "./en.ts"
import { DE_CH, DE_DE } from "./de.ts"
import { FR_BE, FR_FR } from "./fr.ts"
import { ES_ES, ES_MX, IT_IT, PT_BR } from "./south.ts"
import { FI_FI, NB_NO, NL_NL, PL_PL, SV_SE } from "./north.ts"

export { KINDS73 } from "./mk.ts"

export const ALL: Raw[] = [
  ...EN_US, ...EN_GB, ...EN_AU, ...DE_DE, ...DE_CH, ...FR_FR, ...FR_BE, ...ES_ES, ...ES_MX, ...IT_IT, ...PT_BR, ...NL_NL, ...SV_SE, ...NB_NO, ...FI_FI, ...PL_PL,
]
