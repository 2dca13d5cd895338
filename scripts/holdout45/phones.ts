// Phones drawn from each country's numbering plan (mobile and fixed line), kept only when libphonenumber-js/max calls
// them valid there, and written in that country's national and international habits; every form is parsed back.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max"
import type { Rng } from "./rng.ts"

// National significant numbers: x is any digit. Keyed by locale where one country has two (Wales, Scotland; US coasts).
const PLANS: Record<string, string[]> = {
  "en-GB-x-wales": ["74xxxxxxxx", "75xxxxxxxx", "77xxxxxxxx", "79xxxxxxxx", "2920xxxxxx", "1792xxxxxx", "1248xxxxxx"],
  "en-GB-x-scotland": ["74xxxxxxxx", "78xxxxxxxx", "79xxxxxxxx", "131xxxxxxx", "141xxxxxxx", "1224xxxxxx"],
  AU: ["4xxxxxxxx", "29xxxxxxx", "39xxxxxxx", "73xxxxxxx", "86xxxxxxx"],
  ZA: ["82xxxxxxx", "83xxxxxxx", "72xxxxxxx", "61xxxxxxx", "21xxxxxxx", "11xxxxxxx"],
  NG: ["803xxxxxxx", "806xxxxxxx", "813xxxxxxx", "703xxxxxxx", "905xxxxxxx", "1xxxxxxx"],
  KE: ["70xxxxxxx", "71xxxxxxx", "72xxxxxxx", "11xxxxxxx", "20xxxxxxx"],
  SG: ["8xxxxxxx", "9xxxxxxx", "6xxxxxxx"],
  HK: ["5xxxxxxx", "6xxxxxxx", "9xxxxxxx", "2xxxxxxx", "3xxxxxxx"],
  "en-US-x-ne": ["617xxxxxxx", "212xxxxxxx", "718xxxxxxx", "401xxxxxxx", "860xxxxxxx", "603xxxxxxx", "207xxxxxxx", "917xxxxxxx"],
  "en-US-x-ca": ["415xxxxxxx", "213xxxxxxx", "310xxxxxxx", "619xxxxxxx", "916xxxxxxx", "408xxxxxxx", "510xxxxxxx", "949xxxxxxx"],
  SE: ["70xxxxxxx", "72xxxxxxx", "73xxxxxxx", "76xxxxxxx", "8xxxxxxx", "31xxxxxxx"],
  FI: ["40xxxxxxx", "41xxxxxxx", "44xxxxxxx", "50xxxxxxx", "9xxxxxxx"],
  EE: ["5xxxxxxx", "5xxxxxx", "6xxxxxx"],
  PL: ["5xxxxxxxx", "6xxxxxxxx", "7xxxxxxxx", "22xxxxxxx", "12xxxxxxx"],
  CZ: ["60xxxxxxx", "72xxxxxxx", "73xxxxxxx", "2xxxxxxxx"],
  RO: ["72xxxxxxx", "74xxxxxxx", "75xxxxxxx", "21xxxxxxx"],
  HR: ["91xxxxxxx", "92xxxxxxx", "95xxxxxxx", "98xxxxxxx", "1xxxxxxx"],
  GR: ["69xxxxxxxx", "21xxxxxxxx"],
  TR: ["53xxxxxxxx", "54xxxxxxxx", "55xxxxxxxx", "212xxxxxxx", "216xxxxxxx", "312xxxxxxx"],
  IT: ["34xxxxxxxx", "33xxxxxxxx", "32xxxxxxxx", "06xxxxxxxx", "02xxxxxxxx"],
  BR: ["119xxxxxxxx", "219xxxxxxxx", "319xxxxxxxx", "113xxxxxxx", "213xxxxxxx"],
  FR: ["6xxxxxxxx", "7xxxxxxxx", "1xxxxxxxx", "4xxxxxxxx"],
  CA: ["514xxxxxxx", "438xxxxxxx", "418xxxxxxx", "450xxxxxxx", "819xxxxxxx"],
  AT: ["664xxxxxxx", "676xxxxxxx", "650xxxxxxx", "699xxxxxxx", "1xxxxxxx", "316xxxxxx"],
}

export function drawPhone(tag: string, cc: CountryCode, r: Rng): PhoneNumber {
  const plan = PLANS[tag] ?? PLANS[cc]!
  for (;;) {
    const nsn = r.pick(plan).replace(/x/g, () => String(r.int(10)))
    const p = parsePhoneNumberFromString(nsn, cc)
    if (p?.isValid() && p.country === cc) return p
  }
}

const spaced = (s: string, sep: string) => s.replace(/ /g, sep)
/** The ways people of each country write a number (besides national, international, E.164 and 00). */
function extras(cc: string, nat: string, intl: string): string[] {
  const cc0 = intl.replace(/^(\+\d+) /, "$1 (0)")
  switch (cc) {
    case "US": case "CA": return [nat.replace(/[()]/g, "").replace(" ", "-"), spaced(nat.replace(/[()]/g, "").replace("-", " "), "."), "+1 " + nat.replace(/[()]/g, "").replace(" ", "-"), "1-" + nat.replace(/[()]/g, "").replace(" ", "-")]
    case "FR": return [spaced(nat, "."), cc0, spaced(nat, "")]
    case "AT": return [nat.replace(" ", "/"), cc0, nat.replace(/(\d{3})(\d{2})(\d{2})$/, "$1 $2 $3")]
    case "BR": return [nat.replace(/[()]/g, ""), intl.replace(/^\+55 (\d\d) /, "+55 ($1) ").replace(/ (\d{4})$/, "-$1")]
    case "HR": return [cc0, nat.replace(" ", "/").replace(" ", "-"), nat.replace(/ /g, "")]
    case "GB": case "ZA": case "RO": case "NG": return [cc0, spaced(nat, "-"), nat.replace(/ /g, "")]
    case "SE": return [nat.replace("-", " "), intl.replace(/^(\+46 \d+) /, "$1-")]
    case "IT": return [nat.replace(/ (\d{3}) (\d{4})$/, "-$1$2"), intl.replace(/ (\d{3}) (\d{4})$/, " $1$2")]
    case "TR": return [nat.replace(/^(\d{4})/, "($1)"), spaced(nat, "")]
    case "PL": case "CZ": return [spaced(nat, "-"), spaced(intl, "-").replace("-", " ")]
    case "HK": case "SG": return [nat.replace(" ", "-"), intl.replace(/ /g, "-")]
    case "KE": return [nat.replace(/(\d{3})(\d{3})$/, "$1 $2"), spaced(intl, "-")]
    case "FI": case "EE": case "GR": case "AU": return [nat.replace(/ /g, ""), nat.replace(/^(\d+) /, "$1-")]
    default: return []
  }
}

/** Every written form of the number that parses back to it in its country. */
export function phoneForms(p: PhoneNumber, cc: CountryCode): string[] {
  const nat = p.formatNational()
  const intl = p.formatInternational()
  const all = [nat, intl, p.number, "00" + intl.slice(1), ...extras(cc, nat, intl)]
  return [...new Set(all)].filter((f) => {
    const q = parsePhoneNumberFromString(f, cc)
    return !!q && q.isValid() && q.number === p.number
  })
}

// Digits as people of each language say them.
const SAID: Record<string, string> = {
  en: "zero one two three four five six seven eight nine", sv: "noll ett två tre fyra fem sex sju åtta nio",
  fi: "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän", et: "null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
  pl: "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć", cs: "nula jedna dva tři čtyři pět šest sedm osm devět",
  ro: "zero unu doi trei patru cinci șase șapte opt nouă", hr: "nula jedan dva tri četiri pet šest sedam osam devet",
  el: "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα", tr: "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
  it: "zero uno due tre quattro cinque sei sette otto nove", pt: "zero um dois três quatro cinco seis sete oito nove",
  fr: "zéro un deux trois quatre cinq six sept huit neuf", de: "null eins zwei drei vier fünf sechs sieben acht neun",
}
const PLUS: Record<string, string> = { en: "plus", sv: "plus", fi: "plus", et: "pluss", pl: "plus", cs: "plus", ro: "plus", hr: "plus", el: "συν", tr: "artı", it: "più", pt: "mais", fr: "plus", de: "plus" }

/** A number said aloud in groups: English says "oh" and "double" (not the US), Brazilians say "meia" for six. */
export function sayPhone(written: string, lang: string, tag: string, r: Rng): string {
  const words = SAID[lang]!.split(" ")
  const oh = lang === "en" && !tag.startsWith("en-US") && r.chance(0.7)
  const groups = written.replace("(0)", "").replace(/^\+/, "+ ").split(/[\s().\/-]+/).filter(Boolean)
  const sayGroup = (g: string) => {
    if (g === "+") return PLUS[lang]!
    const out: string[] = []
    for (let i = 0; i < g.length; i++) {
      const d = Number(g[i])
      const w = d === 0 && oh ? "oh" : d === 6 && lang === "pt" && r.chance(0.6) ? "meia" : words[d]!
      if (lang === "en" && oh && g[i + 1] === g[i] && r.chance(0.7)) { out.push(`double ${w}`); i++ } else out.push(w)
    }
    return out.join(" ")
  }
  return groups.map(sayGroup).join(r.pick([", ", " ", " ... "]))
}
