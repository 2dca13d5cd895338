// Every hand-written text of holdout66, in corpus order: locale by locale, each file's texts as written.
import type { Raw } from "./markup.ts"
import { DE_DE } from "./de-de.ts"
import { EN_AU } from "./en-au.ts"
import { EN_CA } from "./en-ca.ts"
import { EN_GB } from "./en-gb.ts"
import { EN_US } from "./en-us.ts"
import { ES_ES } from "./es-es.ts"
import { DE_DE_2, EN_AU_2, EN_CA_2, EN_GB_2, EN_US_2, ES_ES_2, FR_FR_2, IT_IT_2 } from "./extra.ts"
import { DE_DE_3, EN_AU_3, EN_CA_3, EN_GB_3, EN_US_3, ES_ES_3, FR_FR_3, IT_IT_3 } from "./extra-2.ts"
import { FR_FR } from "./fr-fr.ts"
import { IT_IT } from "./it-it.ts"

export const ALL: Raw[] = [
  ...EN_US, ...EN_US_2, ...EN_US_3, ...EN_GB, ...EN_GB_2, ...EN_GB_3, ...EN_CA, ...EN_CA_2, ...EN_CA_3, ...EN_AU, ...EN_AU_2, ...EN_AU_3,
  ...DE_DE, ...DE_DE_2, ...DE_DE_3, ...FR_FR, ...FR_FR_2, ...FR_FR_3, ...ES_ES, ...ES_ES_2, ...ES_ES_3, ...IT_IT, ...IT_IT_2, ...IT_IT_3,
]
