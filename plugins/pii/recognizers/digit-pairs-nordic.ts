import { wordMap } from "../../../core/words.ts"

// Danes and Norwegians say a phone number in pairs, and Swedes often do (`fyrre otteoghalvtreds halvfjerds femogtres`,
// `førtito tjuefem sekstiåtte nitten`, `sjuttio trettiofyra femtiotvå nittio`): a number from 10 to 99 in one word, read
// as its two digits, as digit-words.ts reads French pairs. Every such word is listed once, so that each word of a text
// is looked up in place, as the digit words are.

/** Which languages say a pair so: Danish, Norwegian, Swedish. */
export type NordicLanguage = "da" | "no" | "sv"

const TENS = {
  da: ["tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"],
  no: ["tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"],
  sv: ["tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"],
}
// Each unit's forms, 1 to 9.
const UNITS = {
  da: ["en|et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
  no: ["en|ett", "to", "tre", "fire", "fem", "seks", "sju|syv", "åtte", "ni"],
  sv: ["ett|en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
}
const TEENS = {
  da: ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
  no: ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
  sv: ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"],
}

/** Every pair word: Danish puts the unit first (`otteoghalvtreds` 58), Norwegian and Swedish the tens (`førtito`, `fyrtiotvå`). */
function pairs(): Map<string, { digits: string; langs: NordicLanguage[] }> {
  const out = new Map<string, { digits: string; langs: NordicLanguage[] }>()
  const add = (word: string, digits: string, lang: NordicLanguage) => {
    const entry = out.get(word)
    if (entry) entry.langs.push(lang)
    else out.set(word, { digits, langs: [lang] })
  }
  for (const lang of ["da", "no", "sv"] as const) {
    TEENS[lang].forEach((w, i) => add(w, String(10 + i), lang))
    TENS[lang].forEach((tens, t) => {
      add(tens, `${t + 2}0`, lang)
      UNITS[lang].forEach((forms, u) => {
        for (const unit of forms.split("|")) add(lang === "da" ? `${unit}og${tens}` : `${tens}${unit}`, `${t + 2}${u + 1}`, lang)
      })
    })
  }
  return out
}

const PAIRS = wordMap(pairs())

/** The two digits of a Nordic number from 10 to 99 written as one word at `text.slice(from, to)`, and who says it so. */
export function nordicPair(text: string, from: number, to: number): { digits: string; langs: readonly NordicLanguage[] } | undefined {
  return to - from < 2 || to - from > 16 ? undefined : PAIRS.getRange(text, from, to)
}
