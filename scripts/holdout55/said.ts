// Phones said aloud: the language's digit words in national groups, some languages in pairs.
import type { Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"

export const DIGITS: Record<string, string[]> = {
  en: "zero one two three four five six seven eight nine".split(" "),
  de: "null eins zwei drei vier fünf sechs sieben acht neun".split(" "),
  fr: "zéro un deux trois quatre cinq six sept huit neuf".split(" "),
  es: "cero uno dos tres cuatro cinco seis siete ocho nueve".split(" "),
  it: "zero uno due tre quattro cinque sei sette otto nove".split(" "),
  nl: "nul een twee drie vier vijf zes zeven acht negen".split(" "),
  nb: "null en to tre fire fem seks sju åtte ni".split(" "),
  fi: "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän".split(" "),
  hu: "nulla egy kettő három négy öt hat hét nyolc kilenc".split(" "),
  ro: "zero unu doi trei patru cinci șase șapte opt nouă".split(" "),
  sk: "nula jedna dva tri štyri päť šesť sedem osem deväť".split(" "),
  hr: "nula jedan dva tri četiri pet šest sedam osam devet".split(" "),
  el: "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννιά".split(" "),
}

/** Two-digit words for the languages that say numbers in pairs (10-99). */
function pairWord(lang: string, n: number): string {
  const u = n % 10
  const t = Math.floor(n / 10)
  if (lang === "de") {
    const teens = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split(" ")
    const tens = ["", "", "zwanzig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
    if (t === 1) return teens[u]!
    return u === 0 ? tens[t]! : `${u === 1 ? "ein" : DIGITS.de![u]}und${tens[t]}`
  }
  if (lang === "nl") {
    const teens = "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien".split(" ")
    const tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
    if (t === 1) return teens[u]!
    if (u === 0) return tens[t]!
    const unit = DIGITS.nl![u]!
    return `${unit}${/[e]$/.test(unit) ? "ën" : "en"}${tens[t]}`
  }
  if (lang === "nb") {
    const teens = "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split(" ")
    const tens = ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"]
    if (t === 1) return teens[u]!
    return u === 0 ? tens[t]! : `${tens[t]}${u === 1 ? "en" : DIGITS.nb![u]}`
  }
  // es
  const teens = "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve".split(" ")
  const twenties = "veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve".split(" ")
  const tens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
  if (t === 1) return teens[u]!
  if (t === 2) return twenties[u]!
  return u === 0 ? tens[t]! : `${tens[t]} y ${DIGITS.es![u]}`
}

/** National groups, long ones cut in threes. */
export function groupsOf(p: Phone): string[] {
  return p.national.replace(/[()]/g, "").split(/[ -]/).filter(Boolean).flatMap((g) => (g.length > 4 ? g.match(/.{1,3}/g)! : [g]))
}

function sayGroup(r: Rng, lang: string, g: string, pairs: boolean): string {
  const w = DIGITS[lang]!
  if (pairs && g.length === 2 && g[0] !== "0") return pairWord(lang, Number(g))
  if (pairs && g.length === 4 && g[0] !== "0" && g[2] !== "0" && r.chance(0.5)) return `${pairWord(lang, Number(g.slice(0, 2)))} ${pairWord(lang, Number(g.slice(2)))}`
  if (lang === "en") {
    const out: string[] = []
    for (let i = 0; i < g.length; ) {
      const c = g[i]!
      let k = 1
      while (g[i + k] === c) k++
      const word = c === "0" && r.chance(0.6) ? "oh" : w[Number(c)]!
      if (k === 3 && r.chance(0.6)) out.push(`triple ${word}`)
      else if (k >= 2 && r.chance(0.6)) { out.push(`double ${word}`); k = 2 }
      else { out.push(word); k = 1 }
      i += k
    }
    return out.join(" ")
  }
  return [...g].map((c) => w[Number(c)]!).join(" ")
}

/** The number said: groups of words, with spaces, commas or "..." between, now and then a group left in digits. */
export function say(r: Rng, lang: string, p: Phone, pairs: boolean): string {
  const groups = groupsOf(p)
  const sep = r.pick([" ", ", ", ", ", " ... "])
  const usePairs = pairs && r.chance(0.8)
  const said = groups.map((g, i) => (i > 0 && r.chance(0.12) ? g : sayGroup(r, lang, g, usePairs)))
  if (lang === "en" && r.chance(0.12)) {
    const intl = p.n.formatInternational().split(" ")
    return `plus ${[...intl[0]!.slice(1)].map((c) => DIGITS.en![Number(c)]).join(" ")}, ${intl.slice(1).map((g) => sayGroup(r, lang, g, false)).join(", ")}`
  }
  return said.join(sep)
}
