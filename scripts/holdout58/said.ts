// Said numbers: each language's digit words, its two-digit numbers (French by twenties, Dutch and German units first),
// Spanish hundreds; English `oh`, `double`, `triple`. A group is said digit by digit, in pairs or (Spanish) as a hundred.
import type { Rng } from "./rng.ts"

const W = (s: string) => s.split(" ")
interface Lang { units: string[]; teens: string[]; tens: string[]; pair: (t: number, u: number) => string; plus: string }
const DE_U = W("null eins zwei drei vier fünf sechs sieben acht neun")
const NL_U = W("nul een twee drie vier vijf zes zeven acht negen")
const FR_U = W("zéro un deux trois quatre cinq six sept huit neuf")
const FR_T = W("dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf")
const ES_U = W("cero uno dos tres cuatro cinco seis siete ocho nueve")
const ES_V = W("veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve")
const IT_U = W("zero uno due tre quattro cinque sei sette otto nove")
const PT_U = W("zero um dois três quatro cinco seis sete oito nove")

function french(t: number, u: number): string {
  const tens = W("_ _ vingt trente quarante cinquante soixante")
  if (t < 7) return u === 0 ? tens[t]! : u === 1 ? `${tens[t]} et un` : `${tens[t]}-${FR_U[u]}`
  if (t === 7) return u === 1 ? "soixante et onze" : `soixante-${FR_T[u]}`
  if (t === 8) return u === 0 ? "quatre-vingts" : `quatre-vingt-${FR_U[u]}`
  return `quatre-vingt-${FR_T[u]}`
}
export const LANGS: Record<string, Lang> = {
  en: { units: W("zero one two three four five six seven eight nine"), teens: [], tens: [], pair: () => "", plus: "plus" },
  de: { units: DE_U, teens: W("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"), tens: W("_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig"),
    pair: (t, u) => `${u === 1 ? "ein" : DE_U[u]}und${LANGS.de!.tens[t]}`, plus: "plus" },
  nl: { units: NL_U, teens: W("tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien"), tens: W("_ _ twintig dertig veertig vijftig zestig zeventig tachtig negentig"),
    pair: (t, u) => `${NL_U[u]}${/e$/.test(NL_U[u]!) ? "ën" : "en"}${LANGS.nl!.tens[t]}`, plus: "plus" },
  fr: { units: FR_U, teens: FR_T, tens: [], pair: french, plus: "plus" },
  es: { units: ES_U, teens: W("diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve"), tens: W("_ _ veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa"),
    pair: (t, u) => (t === 2 ? ES_V[u]! : `${LANGS.es!.tens[t]} y ${ES_U[u]}`), plus: "más" },
  it: { units: IT_U, teens: W("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"), tens: W("_ _ venti trenta quaranta cinquanta sessanta settanta ottanta novanta"),
    pair: (t, u) => { const ten = LANGS.it!.tens[t]!; return u === 1 || u === 8 ? ten.slice(0, -1) + IT_U[u] : u === 3 ? `${ten}tré` : ten + IT_U[u] }, plus: "più" },
  pt: { units: PT_U, teens: W("dez onze doze treze catorze quinze dezasseis dezassete dezoito dezanove"), tens: W("_ _ vinte trinta quarenta cinquenta sessenta setenta oitenta noventa"),
    pair: (t, u) => `${LANGS.pt!.tens[t]} e ${PT_U[u]}`, plus: "mais" },
}
const ES_H = W("ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos")
const PT_H = W("cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos")

/** Two digits as one number ("34" → trente-quatre); a leading zero is said as digits. */
export function sayPair(lang: string, d: string): string {
  const L = LANGS[lang]!
  if (d[0] === "0") return `${L.units[0]} ${L.units[Number(d[1])]}`
  const n = Number(d)
  if (n < 10) return L.units[n]!
  if (n < 20) return L.teens[n - 10]!
  const t = Math.floor(n / 10)
  const u = n % 10
  if (lang === "fr") return french(t, u)
  return u === 0 ? L.tens[t]! : L.pair(t, u)
}
/** Spanish and Portuguese three digits as a hundred ("612" → seiscientos doce, seiscentos e doze); never x00. */
function sayHundred(lang: string, d: string): string {
  const rest = d.slice(1)
  const tail = rest[0] === "0" ? LANGS[lang]!.units[Number(rest[1])]! : sayPair(lang, rest)
  return lang === "es" ? `${ES_H[Number(d[0]) - 1]} ${tail}` : `${PT_H[Number(d[0]) - 1]} e ${tail}`
}
/** Digit by digit; English says `oh` for zero now and then, and `double`/`triple` for runs. */
export function sayDigits(r: Rng, lang: string, d: string): string {
  const L = LANGS[lang]!
  const out: string[] = []
  for (let i = 0; i < d.length; ) {
    let run = 1
    while (d[i + run] === d[i]) run++
    const w = lang === "en" && d[i] === "0" && r.chance(0.6) ? "oh" : L.units[Number(d[i])]!
    if (lang === "en" && run >= 2 && run <= 3 && r.chance(0.7)) { out.push(`${run === 2 ? "double" : "triple"} ${w}`); i += run; continue }
    out.push(w)
    i++
  }
  return out.join(" ")
}
/** One group, in the way the language's speakers say it. */
export function sayGroup(r: Rng, lang: string, g: string, pairsLikely: number): string {
  if ((lang === "es" || lang === "pt") && g.length === 3 && g[0] !== "0" && !g.endsWith("00") && r.chance(0.4)) return sayHundred(lang, g)
  if (lang !== "en" && g.length % 2 === 0 && r.chance(pairsLikely)) return g.match(/../g)!.map((p) => sayPair(lang, p)).join(" ")
  if (lang !== "en" && g.length === 3 && g[0] === "0" && r.chance(pairsLikely)) return `${LANGS[lang]!.units[0]} ${sayPair(lang, g.slice(1))}`
  return sayDigits(r, lang, g)
}
/** How often each language says even groups in pairs. */
export const PAIRS: Record<string, number> = { en: 0, fr: 0.95, nl: 0.6, de: 0.4, es: 0.5, it: 0.3, pt: 0.45 }
/** A whole number said: groups joined by a space (transcripts) or by commas (voicemails); a group may stay digits. */
export function sayNumber(r: Rng, lang: string, groups: string[], sep: string, keepDigits = false): string {
  const said = groups.map((g, i) => (keepDigits && i === groups.length - 1 ? g : sayGroup(r, lang, g, PAIRS[lang]!)))
  return said.join(sep)
}
