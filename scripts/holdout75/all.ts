// Every hand-written text of holdout75, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { EN_AU, EN_GB, EN_IE, EN_US } from "./en.ts"
import { DE_DE } from "./de.ts"
import { FR_FR } from "./fr.ts"
import { ES_ES, IT_IT, PT_PT } from "./south.ts"
import { NL_NL } from "./nl.ts"

export { KINDS75 } from "./mk.ts"

export const ALL: Raw[] = [...EN_US, ...EN_GB, ...EN_IE, ...EN_AU, ...DE_DE, ...FR_FR, ...ES_ES, ...IT_IT, ...NL_NL, ...PT_PT]
