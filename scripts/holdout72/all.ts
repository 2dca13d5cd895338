// Every hand-written text of holdout72, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_CA, EN_GB, EN_IE, EN_US } from "./en.ts"
import { FR_CA, FR_FR } from "./fr.ts"
import { DE_AT, DE_DE } from "./de.ts"
import { ES_ES, IT_IT, PT_PT } from "./south.ts"
import { DA_DK, NL_BE, NL_NL, PL_PL, SV_SE } from "./north.ts"

export { KINDS72 } from "./mk.ts"

export const ALL: Raw[] = [
  ...EN_US, ...EN_GB, ...EN_IE, ...EN_CA, ...FR_CA, ...FR_FR, ...DE_DE, ...DE_AT, ...IT_IT, ...ES_ES, ...PT_PT, ...NL_NL, ...NL_BE, ...SV_SE, ...DA_DK, ...PL_PL,
]
