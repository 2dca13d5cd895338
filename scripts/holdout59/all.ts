// Every hand-written text of holdout59, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { DE_1 } from "./de-1.ts"
import { DE_2 } from "./de-2.ts"
import { DE_3 } from "./de-3.ts"
import { EN_GB_1 } from "./en-gb-1.ts"
import { EN_GB_2 } from "./en-gb-2.ts"
import { EN_GB_3 } from "./en-gb-3.ts"
import { EN_GB_4 } from "./en-gb-4.ts"
import { EN_GB_5 } from "./en-gb-5.ts"
import { EN_GB_6 } from "./en-gb-6.ts"
import { EN_US_1 } from "./en-us-1.ts"
import { EN_US_2 } from "./en-us-2.ts"
import { EN_US_3 } from "./en-us-3.ts"
import { EN_US_4 } from "./en-us-4.ts"
import { EN_US_5 } from "./en-us-5.ts"
import { EN_US_6 } from "./en-us-6.ts"
import { ES_1 } from "./es-1.ts"
import { ES_2 } from "./es-2.ts"
import { ES_3 } from "./es-3.ts"
import { FR_1 } from "./fr-1.ts"
import { FR_2 } from "./fr-2.ts"
import { FR_3 } from "./fr-3.ts"
import { IT_1 } from "./it-1.ts"
import { IT_2 } from "./it-2.ts"
import { IT_3 } from "./it-3.ts"
import { NL_1 } from "./nl-1.ts"
import { NL_2 } from "./nl-2.ts"
import { NL_3 } from "./nl-3.ts"
import { PL_1 } from "./pl-1.ts"
import { PL_2 } from "./pl-2.ts"
import { PL_3 } from "./pl-3.ts"
import { PT_1 } from "./pt-1.ts"
import { PT_2 } from "./pt-2.ts"
import { PT_3 } from "./pt-3.ts"

export const ALL: Raw[] = [
  ...EN_US_1, ...EN_US_2, ...EN_US_3, ...EN_US_4, ...EN_US_5, ...EN_US_6, ...EN_GB_1, ...EN_GB_2, ...EN_GB_3,
  ...EN_GB_4, ...EN_GB_5, ...EN_GB_6, ...DE_1, ...DE_2, ...DE_3, ...FR_1, ...FR_2, ...FR_3, ...ES_1, ...ES_2,
  ...ES_3, ...IT_1, ...IT_2, ...IT_3, ...NL_1, ...NL_2, ...NL_3, ...PT_1, ...PT_2, ...PT_3, ...PL_1, ...PL_2,
  ...PL_3,
]
