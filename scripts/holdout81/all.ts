// Every hand-written text of holdout81, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_NZ, EN_IE } from "./en-nz-ie.ts"
import { EN_CA, FR_CA } from "./ca.ts"
import { PT_PT, ES_ES } from "./pt-es.ts"
import { DA_DK, PL_PL } from "./da-pl.ts"
import { CS_CZ, EL_GR } from "./cs-el.ts"

export { KINDS81 } from "./mk.ts"

export const ALL: Raw[] = [...EN_NZ, ...EN_IE, ...EN_CA, ...FR_CA, ...PT_PT, ...ES_ES, ...DA_DK, ...PL_PL, ...CS_CZ, ...EL_GR]
