// The English pack, shared by the seven English locales (their greetings and sign-offs differ).
import { EN_BIZ, EN_FLAVOR, EN_PHRASES } from "./en-phrases.ts"
import { EN_BARE, EN_KINDS } from "./en-templates.ts"
import type { Pack } from "./pack.ts"

export const EN: Pack = {
  lang: "en",
  titles: { f: ["Ms", "Mrs", "Ms.", "Mrs.", "Miss"], m: ["Mr", "Mr."] },
  phrases: EN_PHRASES,
  biz: EN_BIZ,
  flavor: EN_FLAVOR,
  kinds: EN_KINDS,
  bare: EN_BARE,
}
