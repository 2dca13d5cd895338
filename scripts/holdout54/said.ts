// Phone numbers said aloud: the language's digit words in national groups (long groups cut in threes), French and
// Danish in pairs, English with "oh", "double" and "triple", German with "zwo"; now and then a group left in digits.
import { CALLING, nationalGroups, type Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"

export const DIGIT_WORDS: Record<string, string[]> = {
  en: "zero one two three four five six seven eight nine".split(" "),
  de: "null eins zwei drei vier fünf sechs sieben acht neun".split(" "),
  fr: "zéro un deux trois quatre cinq six sept huit neuf".split(" "),
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve".split(" "),
  it: "zero uno due tre quattro cinque sei sette otto nove".split(" "),
  nl: "nul een twee drie vier vijf zes zeven acht negen".split(" "),
  pl: "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(" "),
  cs: "nula jedna dva tři čtyři pět šest sedm osm devět".split(" "),
  sv: "noll ett två tre fyra fem sex sju åtta nio".split(" "),
  da: "nul en to tre fire fem seks syv otte ni".split(" "),
  pt: "zero um dois três quatro cinco seis sete oito nove".split(" "),
  bg: "нула едно две три четири пет шест седем осем девет".split(" "),
}

const FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
const FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]

export function frenchPair(n: number): string {
  const u = DIGIT_WORDS.fr!
  if (n < 10) return `zéro ${u[n]}`
  if (n < 20) return FR_TEENS[n - 10]!
  if (n >= 80) return n === 80 ? "quatre-vingts" : `quatre-vingt-${n < 90 ? u[n - 80] : FR_TEENS[n - 90]}`
  if (n >= 70) return n === 71 ? "soixante-et-onze" : `soixante-${FR_TEENS[n - 70]}`
  const t = Math.floor(n / 10)
  const d = n % 10
  return d === 0 ? FR_TENS[t]! : d === 1 ? `${FR_TENS[t]}-et-un` : `${FR_TENS[t]}-${u[d]}`
}

const DA_TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
const DA_TENS = ["", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"]

export function danishPair(n: number): string {
  const u = DIGIT_WORDS.da!
  if (n < 10) return `nul ${u[n]}`
  if (n < 20) return DA_TEENS[n - 10]!
  const d = n % 10
  return d === 0 ? DA_TENS[Math.floor(n / 10)]! : `${u[d]}og${DA_TENS[Math.floor(n / 10)]}`
}

/** One group said digit by digit, with English "oh", "double" and "triple". */
function sayDigits(r: Rng, g: string, lang: string, oh: boolean): string {
  const words = DIGIT_WORDS[lang]!
  const one = (d: string) => (lang === "en" && d === "0" && oh ? "oh" : lang === "de" && d === "2" && r.chance(0.3) ? "zwo" : words[Number(d)]!)
  const out: string[] = []
  for (let i = 0; i < g.length; i++) {
    const d = g[i]!
    if (lang === "en" && g[i + 1] === d && g[i + 2] === d && r.chance(0.5)) out.push(`triple ${one(d)}`), (i += 2)
    else if (lang === "en" && g[i + 1] === d && r.chance(0.6)) out.push(`double ${one(d)}`), i++
    else out.push(one(d))
  }
  return out.join(" ")
}

function cut(g: string): string[] {
  if (g.length <= 4) return [g]
  const out: string[] = []
  for (let i = 0; i < g.length; i += 3) out.push(g.slice(i, i + 3))
  if (out.length > 1 && out[out.length - 1]!.length === 1) out[out.length - 2] += out.pop()!
  return out
}

/** The number said in the language, in national groups, sometimes with "plus" and the country code in English. */
export function sayPhone(r: Rng, ph: Phone, lang: string, mixDigits = 0.12): string {
  const oh = ph.cc !== "US" && ph.cc !== "CA" ? r.chance(0.8) : r.chance(0.3)
  const plus = lang === "en" && r.chance(0.1)
  const groups = plus ? [CALLING[ph.cc]!, ...ph.p.formatInternational().replace(/^\+\d+ /, "").replace(/[()-]/g, " ").split(/\s+/)] : nationalGroups(ph)
  const sep = r.pick([", ", " ", "... ", ", "])
  const said = groups.flatMap(cut).map((g) => {
    if (r.chance(mixDigits)) return g
    if (lang === "fr" && g.length === 2) return frenchPair(Number(g))
    if (lang === "da" && g.length === 2) return danishPair(Number(g))
    return sayDigits(r, g, lang, oh)
  })
  return (plus ? "plus " : "") + said.join(sep)
}
