// Every hand-written text of holdout78, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_GB, EN_AU } from "./en.ts"
import { NL_NL, SV_SE } from "./nl-sv.ts"
import { FI_FI, DA_DK } from "./fi-da.ts"
import { HU_HU, HR_HR } from "./hu-hr.ts"
import { MT_MT, PL_PL } from "./mt-pl.ts"

export { KINDS78 } from "./mk.ts"

export const ALL: Raw[] = [...EN_GB, ...EN_AU, ...NL_NL, ...SV_SE, ...FI_FI, ...DA_DK, ...HU_HU, ...HR_HR, ...MT_MT, ...PL_PL]
