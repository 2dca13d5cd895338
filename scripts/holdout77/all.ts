// Every hand-written text of holdout77, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_US, NG } from "./en.ts"
import { EN_IE, FR_FR } from "./ie-fr.ts"
import { DE_CH, IT_IT } from "./ch-it.ts"
import { PT_BR, ES_AR } from "./br-ar.ts"
import { RO_RO, EL_GR } from "./ro-el.ts"

export { KINDS77 } from "./mk.ts"

export const ALL: Raw[] = [...EN_US, ...NG, ...EN_IE, ...FR_FR, ...DE_CH, ...IT_IT, ...PT_BR, ...ES_AR, ...RO_RO, ...EL_GR]
