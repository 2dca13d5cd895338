// Every hand-written text of holdout61, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { DA_DK } from "./da-dk.ts"
import { DE_AT } from "./de-at.ts"
import { DE_CH } from "./de-ch.ts"
import { DE_AT_2, DE_CH_2 } from "./de-2.ts"
import { EN_CA_1 } from "./en-ca-1.ts"
import { EN_CA_2 } from "./en-ca-2.ts"
import { EN_GB_1 } from "./en-gb-1.ts"
import { EN_GB_2 } from "./en-gb-2.ts"
import { EN_GB_3 } from "./en-gb-3.ts"
import { EN_NZ_1 } from "./en-nz-1.ts"
import { EN_NZ_2 } from "./en-nz-2.ts"
import { EN_US_1 } from "./en-us-1.ts"
import { EN_US_2 } from "./en-us-2.ts"
import { EN_US_3 } from "./en-us-3.ts"
import { FR_BE } from "./fr-be.ts"
import { FR_CH } from "./fr-ch.ts"
import { FR_BE_2, FR_CH_2 } from "./fr-2.ts"
import { DA_DK_2, NL_BE_2, PL_PL_2, PT_PT_2 } from "./more.ts"
import { NL_BE } from "./nl-be.ts"
import { PL_PL } from "./pl-pl.ts"
import { PT_PT } from "./pt-pt.ts"

export const ALL: Raw[] = [
  ...EN_US_1, ...EN_US_2, ...EN_US_3, ...EN_GB_1, ...EN_GB_2, ...EN_GB_3, ...EN_CA_1, ...EN_CA_2, ...EN_NZ_1, ...EN_NZ_2, ...DE_AT, ...DE_AT_2, ...DE_CH,
  ...DE_CH_2, ...FR_BE, ...FR_BE_2, ...FR_CH, ...FR_CH_2, ...NL_BE, ...NL_BE_2, ...PT_PT, ...PT_PT_2, ...PL_PL, ...PL_PL_2, ...DA_DK, ...DA_DK_2,
]
