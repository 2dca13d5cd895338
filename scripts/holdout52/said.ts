// Numbers as speech-to-text writes them: digit words of the language in the number's national groups, commas or `...`
// between groups, now and then a group left in digits; English says `oh` and `double`, sometimes `plus four four`;
// German says `zwo` at times; French says pairs (`zéro six, douze, soixante-dix-huit`).
import type { Lang } from "./locales.ts"
import type { Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"

export const DIGIT_WORDS: Record<Lang, string[]> = {
  en: "zero one two three four five six seven eight nine".split(" "),
  de: "null eins zwei drei vier fünf sechs sieben acht neun".split(" "),
  fr: "zéro un deux trois quatre cinq six sept huit neuf".split(" "),
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve".split(" "),
  it: "zero uno due tre quattro cinque sei sette otto nove".split(" "),
  nl: "nul een twee drie vier vijf zes zeven acht negen".split(" "),
  pt: "zero um dois três quatro cinco seis sete oito nove".split(" "),
  pl: "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(" "),
  sv: "noll ett två tre fyra fem sex sju åtta nio".split(" "),
  da: "nul en to tre fire fem seks syv otte ni".split(" "),
  cs: "nula jedna dva tři čtyři pět šest sedm osm devět".split(" "),
}

const TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
const TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
/** A French number of two digits as said in pairs: `zéro six`, `douze`, `soixante-et-onze`, `quatre-vingt-dix-huit`. */
export function frenchPair(p: string): string {
  const units = DIGIT_WORDS.fr
  const n = Number(p)
  if (p.startsWith("0")) return `zéro ${units[n]}`
  if (n < 10) return units[n]!
  if (n < 20) return TEENS[n - 10]!
  const t = Math.floor(n / 10)
  const u = n % 10
  if (t < 7) return u === 0 ? TENS[t]! : u === 1 ? `${TENS[t]}-et-un` : `${TENS[t]}-${units[u]}`
  if (t === 7) return u === 1 ? "soixante-et-onze" : `soixante-${TEENS[u]}`
  if (t === 8) return u === 0 ? "quatre-vingts" : `quatre-vingt-${units[u]}`
  return `quatre-vingt-${TEENS[u]}`
}

function sayDigits(r: Rng, g: string, lang: Lang): string {
  const words = DIGIT_WORDS[lang]
  const out: string[] = []
  for (let i = 0; i < g.length; i++) {
    const d = Number(g[i])
    if (lang === "en" && g[i + 1] === g[i] && r.chance(0.6)) {
      out.push(`double ${d === 0 && r.chance(0.7) ? "oh" : words[d]}`)
      i++
    } else if (lang === "en" && d === 0 && r.chance(0.7)) out.push("oh")
    else if (lang === "de" && d === 2 && r.chance(0.4)) out.push("zwo")
    else out.push(words[d]!)
  }
  return out.join(" ")
}

/** The national groups of a number, long groups cut into threes. */
function groupsOf(s: string): string[] {
  return s
    .replace(/[()]/g, "")
    .split(/[\s.-]+/)
    .filter(Boolean)
    .flatMap((g) => (g.length > 4 ? g.match(/.{1,3}/g)! : [g]))
}

/** A phone number said, in lower case. */
export function sayPhone(r: Rng, ph: Phone, lang: Lang): string {
  const intl = lang === "en" && ph.type !== "free" && r.chance(0.2)
  const national = groupsOf(ph.forms.intl?.replace(/^\+\d+ /, "") ?? ph.national)
  const groups = intl ? [ph.e164.slice(1, ph.e164.length - ph.nsn.length), ...national] : groupsOf(ph.national)
  const sep = r.pick([", ", " ", "... ", ", "])
  const said = groups.map((g, i) => {
    if (i > 0 && r.chance(0.12)) return g
    if (lang === "fr" && g.length % 2 === 0) return g.match(/.{2}/g)!.map(frenchPair).join(", ")
    return sayDigits(r, g, lang)
  })
  return (intl ? "plus " : "") + said.join(sep)
}

/** A number of digits said digit by digit (for a card or an account read out), in groups of four. */
export function sayDigitRun(r: Rng, digits: string, lang: Lang): string {
  return (digits.match(/.{1,4}/g) ?? []).map((g) => sayDigits(r, g, lang)).join(", ")
}
