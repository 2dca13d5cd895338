// Every hand-written text of holdout79, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_GB, EN_IE } from "./en.ts"
import { PL_PL, CS_CZ } from "./pl-cs.ts"
import { SK_SK, LT_LT } from "./sk-lt.ts"
import { RO_RO, EL_GR } from "./ro-el.ts"
import { TR_TR, PT_PT } from "./tr-pt.ts"

export { KINDS79 } from "./mk.ts"

export const ALL: Raw[] = [...EN_GB, ...EN_IE, ...PL_PL, ...CS_CZ, ...SK_SK, ...LT_LT, ...RO_RO, ...EL_GR, ...TR_TR, ...PT_PT]
