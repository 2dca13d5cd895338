// Every hand-written text of holdout76, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_US } from "./en-us.ts"
import { EN_GB } from "./en-gb.ts"
import { EN_IN } from "./en-in.ts"
import { DE_AT } from "./de-at.ts"
import { FR_BE } from "./fr-be.ts"
import { NL_BE } from "./nl-be.ts"
import { SV_SE } from "./sv.ts"
import { PL_PL } from "./pl.ts"
import { CS_CZ } from "./cs.ts"
import { ES_MX } from "./es-mx.ts"

export { KINDS76 } from "./mk.ts"

export const ALL: Raw[] = [...EN_US, ...EN_GB, ...EN_IN, ...DE_AT, ...FR_BE, ...NL_BE, ...SV_SE, ...PL_PL, ...CS_CZ, ...ES_MX]
