// The words tables by language key.
import { BG } from "./bg.ts"
import { CA } from "./ca.ts"
import { DA } from "./da.ts"
import { DE } from "./de.ts"
import { EN, type Words } from "./en.ts"
import { ES } from "./es.ts"
import { FR } from "./fr.ts"
import { HU } from "./hu.ts"
import { LT } from "./lt.ts"
import { LV } from "./lv.ts"
import { NB } from "./nb.ts"
import { NL } from "./nl.ts"
import { SK } from "./sk.ts"
import { SL } from "./sl.ts"
import { SR } from "./sr.ts"
import { UK } from "./uk.ts"

export type { Words }
export const WORDS: Record<string, Words> = { en: EN, nl: NL, da: DA, nb: NB, hu: HU, sk: SK, sl: SL, lt: LT, lv: LV, bg: BG, uk: UK, sr: SR, ca: CA, es: ES, de: DE, fr: FR }
