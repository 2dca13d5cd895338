// Danes and Norwegians say a phone number in pairs, and Swedes often do (`fyrre otteoghalvtreds halvfjerds femogtres`,
// `førtito tjuefem sekstiåtte nitten`, `sjuttio trettiofyra femtiotvå nittio`): a number from 10 to 99 in one word, read
// as its two digits, as digit-words.ts reads French pairs.

const UNITS_DA = "en|et|to|tre|fire|fem|seks|syv|otte|ni"
// Danish: the unit, "og", then the tens (`otteoghalvtreds` 58), or the tens alone.
const DA = new RegExp(`^(?:(${UNITS_DA})og)?(tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)$`)
// Norwegian: the tens, then the unit (`førtito` 42).
const NO = /^(tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)?$/
// Swedish: the tens, then the unit (`fyrtiotvå` 42).
const SV = /^(tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(ett|en|två|tre|fyra|fem|sex|sju|åtta|nio)?$/
const TEENS_DA_NO = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
const TEENS_SV = ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]

const TENS: Record<string, number> = {
  tyve: 2, tredive: 3, fyrre: 4, halvtreds: 5, tres: 6, halvfjerds: 7, firs: 8, halvfems: 9,
  tjue: 2, tretti: 3, førti: 4, femti: 5, seksti: 6, sytti: 7, åtti: 8, nitti: 9,
  tjugo: 2, trettio: 3, fyrtio: 4, femtio: 5, sextio: 6, sjuttio: 7, åttio: 8, nittio: 9,
}
const UNITS: Record<string, number> = {
  en: 1, et: 1, ett: 1, to: 2, två: 2, tre: 3, fire: 4, fyra: 4, fem: 5, seks: 6, sex: 6, syv: 7, sju: 7, otte: 8, åtte: 8, åtta: 8, ni: 9, nio: 9,
}

/** Which of the languages says it: "da", "no" or both for Danish and Norwegian teens, "sv". */
export type NordicLanguages = ReadonlyArray<"da" | "no" | "sv">

/** The two digits of a Nordic number from 10 to 99 written as one word, and the languages that write it so. */
export function nordicPair(word: string): { digits: string; langs: NordicLanguages } | undefined {
  if (word.length < 2 || word.length > 16) return undefined
  const w = word.toLowerCase()
  const teen = TEENS_DA_NO.indexOf(w)
  if (teen >= 0) return { digits: String(10 + teen), langs: w === "tolv" ? ["da", "no", "sv"] : ["da", "no"] }
  const sv = TEENS_SV.indexOf(w)
  if (sv >= 0) return { digits: String(10 + sv), langs: ["sv"] }
  const da = DA.exec(w)
  if (da) return { digits: `${TENS[da[2]!]}${da[1] ? UNITS[da[1]] : 0}`, langs: ["da"] }
  const no = NO.exec(w)
  if (no) return { digits: `${TENS[no[1]!]}${no[2] ? UNITS[no[2]] : 0}`, langs: ["no"] }
  const s = SV.exec(w)
  if (s) return { digits: `${TENS[s[1]!]}${s[2] ? UNITS[s[2]] : 0}`, langs: ["sv"] }
  return undefined
}
