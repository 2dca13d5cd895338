// Every hand-written text of holdout71, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_GB, EN_US, EN_IE, EN_CA } from "./en.ts"
import { DE_DE, DE_CH, DE_AT } from "./de.ts"
import { FR_FR, FR_BE } from "./fr.ts"
import { IT_IT, ES_ES, PT_PT } from "./south.ts"
import { NL_NL, DA_DK, NB_NO, FI_FI, PL_PL } from "./north.ts"
import { X_DE, X_ES, X_FR, X_GB, X_IE, X_IT, X_NL, X_US } from "./extra.ts"

export { KINDS71 } from "./mk.ts"

export const ALL: Raw[] = [
  ...EN_GB, ...X_GB, ...EN_US, ...X_US, ...EN_IE, ...X_IE, ...EN_CA, ...DE_DE, ...X_DE, ...DE_CH, ...DE_AT, ...FR_FR, ...X_FR, ...FR_BE, ...IT_IT, ...X_IT, ...ES_ES, ...X_ES, ...PT_PT, ...NL_NL, ...X_NL, ...DA_DK, ...NB_NO, ...FI_FI, ...PL_PL,
]
