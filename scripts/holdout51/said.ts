// A phone number as a caller says it and a speech-to-text engine writes it down: digit words of the language, in the
// number's national groups, with pauses as commas or dots; English says "oh" and "double"; French says pairs
// ("zéro six, douze, trente-quatre"); now and then a group stays in digits, as the engine heard it.
import { nationalGroups, type Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"

const DIGITS: Record<string, string[]> = {
  en: ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
  de: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
  es: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  it: ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  nl: ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
  pt: ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
  pl: ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
  sv: ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
}

const TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
const TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
/** French words for 0 to 99, hyphenated (1990 spelling: `vingt-et-un`). */
export function frenchPair(n: number): string {
  const u = DIGITS.fr!
  if (n < 10) return u[n]!
  if (n < 20) return TEENS[n - 10]!
  if (n < 70) return TENS[Math.floor(n / 10)]! + (n % 10 === 0 ? "" : n % 10 === 1 ? "-et-un" : `-${u[n % 10]}`)
  if (n < 80) return "soixante-" + (n === 71 ? "et-onze" : TEENS[n - 70]!)
  if (n === 80) return "quatre-vingts"
  return "quatre-vingt-" + (n < 90 ? u[n - 80]! : TEENS[n - 90]!)
}

function sayGroupEn(g: string, r: Rng): string {
  const words: string[] = []
  for (let i = 0; i < g.length; i++) {
    const d = Number(g[i])
    const w = d === 0 && r.chance(0.6) ? "oh" : DIGITS.en![d]!
    if (g[i + 1] === g[i] && r.chance(0.7)) {
      words.push(`double ${w}`)
      i++
    } else words.push(w)
  }
  return words.join(" ")
}

function sayGroup(g: string, lang: string, r: Rng): string {
  if (lang === "en") return sayGroupEn(g, r)
  if (lang === "fr") {
    const pairs = g.match(/.{1,2}/g) ?? []
    return pairs.map((pr) => (pr.length === 2 && pr[0] === "0" ? `zéro ${DIGITS.fr![Number(pr[1])]}` : pr.length === 2 ? frenchPair(Number(pr)) : DIGITS.fr![Number(pr)]!)).join(" ")
  }
  const words = DIGITS[lang]!
  return Array.from(g, (c) => (lang === "de" && c === "2" && r.chance(0.4) ? "zwo" : words[Number(c)]!)).join(" ")
}

/** The number said in words; French pairs need even groups, so French numbers are said from their national pairs. */
export function saidPhone(r: Rng, p: Phone, lang: string): string {
  let groups = nationalGroups(p)
  if (lang === "fr") groups = (groups.join("").match(/.{1,2}/g) ?? []).slice()
  const sep = r.pick([" ", ", ", " ... ", ", "])
  const keep = groups.length > 2 && r.chance(0.3) ? r.int(1, groups.length - 1) : -1
  const said = groups.map((g, i) => (i === keep ? g : sayGroup(g, lang, r)))
  let out = said.join(sep)
  if (lang === "en" && p.d.trunk === "0" && r.chance(0.2)) {
    const intl = [...groups]
    intl[0] = intl[0]!.slice(1)
    out = `plus ${sayGroupEn(p.plan.code, r)} ${intl.map((g) => sayGroupEn(g, r)).join(sep)}`
  }
  return out
}
