// Every hand-written text of holdout69, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_AU, EN_CA, EN_GB, EN_US } from "./en.ts"
import { DE_CH, DE_DE } from "./de.ts"
import { FR_BE, FR_FR } from "./fr.ts"
import { ES_ES, IT_IT, PL_PL } from "./south.ts"
import { DA_DK, FI_FI, NB_NO, NL_NL, SV_SE } from "./north.ts"
import { X_AU, X_BE, X_CA, X_CH, X_DE, X_DK, X_ES, X_FI, X_FR, X_GB, X_IT, X_NL, X_NO, X_PL, X_SE, X_US } from "./extra.ts"

export { KINDS69 } from "./mk.ts"

export const ALL: Raw[] = [
  ...EN_US, ...X_US, ...EN_GB, ...X_GB, ...EN_AU, ...X_AU, ...EN_CA, ...X_CA, ...DE_DE, ...X_DE, ...DE_CH, ...X_CH, ...FR_FR, ...X_FR, ...FR_BE, ...X_BE,
  ...ES_ES, ...X_ES, ...IT_IT, ...X_IT, ...NL_NL, ...X_NL, ...SV_SE, ...X_SE, ...DA_DK, ...X_DK, ...NB_NO, ...X_NO, ...FI_FI, ...X_FI, ...PL_PL, ...X_PL,
]
