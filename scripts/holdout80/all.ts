// Every hand-written text of holdout80, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_US, EN_AU } from "./en.ts"
import { DE_CH, FR_BE } from "./de-fr.ts"
import { NL_NL, IT_IT } from "./nl-it.ts"
import { SV_SE, FI_FI } from "./sv-fi.ts"
import { HU_HU, HR_HR } from "./hu-hr.ts"

export { KINDS80 } from "./mk.ts"

export const ALL: Raw[] = [...EN_US, ...EN_AU, ...DE_CH, ...FR_BE, ...NL_NL, ...IT_IT, ...SV_SE, ...FI_FI, ...HU_HU, ...HR_HR]
