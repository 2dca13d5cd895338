// Dates and numbers said in words, as the validators of the hand-written corpora holdout62 to holdout65 read them: a
// span's text and the record's locale only. Shared by those four (each copied the same 144 lines from holdout62's).
const calCache = new Map<string, { months: Set<string>; days: Set<string> }>()
/** Month and weekday names of a locale (long and short, standalone and in a date), lower case, without periods. */
function calendar(tag: string): { months: Set<string>; days: Set<string> } {
  if (calCache.has(tag)) return calCache.get(tag)!
  const c = { months: new Set<string>(), days: new Set<string>() }
  const add = (set: Set<string>, s: string) => { for (const w of s.toLowerCase().replace(/\./g, "").split(/[\s,]+/)) if (/\p{L}{3}/u.test(w)) set.add(w) }
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2026, m, 12 + (m % 7), 12))
    for (const o of [{ month: "long" }, { month: "short" }, { day: "numeric", month: "long" }, { day: "numeric", month: "short" }, { weekday: "long" }, { weekday: "short" }] as const) {
      for (const p of new Intl.DateTimeFormat(tag, { ...o, timeZone: "UTC" }).formatToParts(d)) add(p.type === "month" ? c.months : p.type === "weekday" ? c.days : new Set(), p.value)
    }
    const long = new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" }).format(d).toLowerCase()
    c.months.add(long.slice(0, 3)).add(long.slice(0, 4))
  }
  calCache.set(tag, c)
  return c
}
const GLUE = new Set(["de", "del", "of", "the", "am", "den", "do", "da", "di", "le", "el", "il", "van", "on", "y", "e", "à"])
const validDm = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12
/** A date as people write it: numeric (either order, with a year or not), ISO, or a day and a month name of the locale. */
export function isDateText(v: string, tag: string): boolean {
  if (/^\d{4}-\d\d-\d\d$/.test(v)) return validDm(Number(v.slice(8)), Number(v.slice(5, 7)))
  const n = /^(\d{1,2})[./-](\d{1,2})([./-](\d{2}|\d{4}))?$/.exec(v)
  if (n) return validDm(Number(n[1]), Number(n[2])) || ((tag === "en-US" || tag === "en-CA") && validDm(Number(n[2]), Number(n[1])))
  const { months, days } = calendar(tag)
  let month = false
  let day = false
  for (const t of v.toLowerCase().replace(/\./g, "").split(/[\s,]+/).filter(Boolean)) {
    if (months.has(t)) { month = true; continue }
    if (days.has(t) || GLUE.has(t) || /^(19[5-9]\d|20[0-3]\d)$/.test(t)) continue
    const d = /^(\d{1,2})(st|nd|rd|th|er|º|ª)?$/.exec(t)
    if (d && Number(d[1]) >= 1 && Number(d[1]) <= 31) { day = true; continue }
    return false
  }
  return month && day
}

// Said phones read back to digits (after holdout58's reader). Each language's words for 0-9 and 10-99 (Spanish, Portuguese, Polish also 100-999) become phrases; a
// said number is read group by group (commas and "..." part groups), longest phrase first. English `oh`, `double`,
// `triple`; each language's word for `plus`.
const W = (s: string) => s.split(" ")
const alt = (s: string) => W(s).map((x) => x.split("/"))
interface Numerals { units: string[][]; teens: string[][]; tens: string[][]; join: (ten: string, unit: string, u: number) => string[]; plus: string }
const NUMERALS: Record<string, Numerals> = {
  en: { units: alt("zero/oh one two three four five six seven eight nine"), teens: [], tens: [], join: () => [], plus: "plus" },
  de: { units: alt("null eins zwei/zwo drei vier fünf sechs sieben acht neun"), teens: alt("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"),
    tens: alt("zwanzig dreißig/dreissig vierzig fünfzig sechzig siebzig achtzig neunzig"), join: (t, u, n) => [`${n === 1 ? "ein" : u}und${t}`], plus: "plus" },
  nl: { units: alt("nul een/één twee drie vier vijf zes zeven acht negen"), teens: alt("tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien"),
    tens: alt("twintig dertig veertig vijftig zestig zeventig tachtig negentig"), join: (t, u) => [`${u}en${t}`, `${u}ën${t}`], plus: "plus" },
  es: { units: alt("cero uno dos tres cuatro cinco seis siete ocho nueve"), teens: alt("diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve"),
    tens: alt("veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa"), join: (t, u) => [`${t} y ${u}`], plus: "más" },
  it: { units: alt("zero uno due tre quattro cinque sei sette otto nove"), teens: alt("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"),
    tens: alt("venti trenta quaranta cinquanta sessanta settanta ottanta novanta"), join: (t, u, n) => [n === 1 || n === 8 ? t.slice(0, -1) + u : n === 3 ? `${t}tré` : t + u], plus: "più" },
  pt: { units: alt("zero um/uma dois/duas três quatro cinco seis sete oito nove"), teens: alt("dez onze doze treze catorze quinze dezasseis/dezesseis dezassete/dezessete dezoito dezanove/dezenove"),
    tens: alt("vinte trinta quarenta cinquenta sessenta setenta oitenta noventa"), join: (t, u) => [`${t} e ${u}`], plus: "mais" },
  da: { units: alt("nul en/et to tre fire fem seks syv otte ni"), teens: alt("ti elleve tolv tretten fjorten femten seksten sytten atten nitten"),
    tens: alt("tyve tredive fyrre halvtreds tres halvfjerds firs halvfems"), join: (t, u, n) => [`${n === 1 ? "en" : u}og${t}`], plus: "plus" },
  sv: { units: alt("noll ett/en två tre fyra fem sex sju åtta nio"), teens: alt("tio elva tolv tretton fjorton femton sexton sjutton arton nitton"),
    tens: alt("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio"), join: (t, u) => [`${t}${u}`], plus: "plus" },
  nb: { units: alt("null en/ett to tre fire fem seks sju/syv åtte ni"), teens: [], tens: [], join: () => [], plus: "pluss" },
  fi: { units: alt("nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän"), teens: [], tens: [], join: () => [], plus: "plus" },
  pl: { units: alt("zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć"),
    teens: alt("dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście"),
    tens: alt("dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt"), join: (t, u) => [`${t} ${u}`], plus: "plus" },
}
/** Spanish twenties are one word: veintiuno … veintinueve. */
const ES_VEINTI = W("veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve")
const ES_HUNDREDS = W("ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos")
const PL_HUNDREDS = W("sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset")
const PT_HUNDREDS = W("cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos")
/** French counts by twenties from seventy: soixante-dix, quatre-vingts, quatre-vingt-dix-neuf. */
function french(m: Map<string, string>) {
  const u = W("zéro un deux trois quatre cinq six sept huit neuf")
  const teen = W("dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf")
  u.forEach((w, i) => m.set(w, String(i)))
  teen.forEach((w, i) => m.set(w, String(10 + i)))
  W("vingt trente quarante cinquante soixante").forEach((t, k) => {
    m.set(t, String(20 + 10 * k))
    for (let i = 1; i <= 9; i++) m.set(i === 1 ? `${t} et un` : `${t}-${u[i]}`, String(21 + 10 * k + i - 1))
  })
  teen.forEach((w, i) => m.set(i === 1 ? "soixante et onze" : `soixante-${w}`, String(70 + i)))
  // Belgian and Swiss French: septante, huitante, nonante.
  W("septante huitante nonante").forEach((t, k) => {
    m.set(t, String(70 + 10 * k))
    for (let i = 1; i <= 9; i++) m.set(i === 1 ? `${t} et un` : `${t}-${u[i]}`, String(71 + 10 * k + i - 1))
  })
  m.set("quatre-vingts", "80")
  for (let i = 1; i <= 9; i++) m.set(`quatre-vingt-${u[i]}`, String(80 + i))
  teen.forEach((w, i) => m.set(`quatre-vingt-${w}`, String(90 + i)))
  m.set("plus", "+")
}
const books = new Map<string, Map<string, string>>()
function phrasebook(lang: string): Map<string, string> {
  if (books.has(lang)) return books.get(lang)!
  const m = new Map<string, string>()
  if (lang === "fr") french(m)
  const n = NUMERALS[lang]
  if (n) {
    n.units.forEach((ws, i) => ws.forEach((w) => m.set(w, String(i))))
    n.teens.forEach((ws, i) => ws.forEach((w) => m.set(w, String(10 + i))))
    n.tens.forEach((ts, k) => ts.forEach((t) => {
      m.set(t, String(20 + 10 * k))
      for (let i = 1; i <= 9; i++) for (const uw of n.units[i]!) for (const p of n.join(t, uw, i)) m.set(p, String(20 + 10 * k + i))
    }))
    m.set(n.plus, "+")
  }
  if (lang === "es") {
    ES_VEINTI.forEach((w, i) => m.set(w, String(21 + i)))
    const below = [...m].filter(([, d]) => /^\d\d?$/.test(d) && d !== "0")
    ES_HUNDREDS.forEach((h, k) => { m.set(h, `${k + 1}00`); for (const [p, d] of below) m.set(`${h} ${p}`, `${k + 1}${d.padStart(2, "0")}`) })
    m.set("cien", "100")
  }
  if (lang === "pt") {
    const below = [...m].filter(([, d]) => /^\d\d?$/.test(d) && d !== "0")
    PT_HUNDREDS.forEach((h, k) => { m.set(h, `${k + 1}00`); for (const [p, d] of below) m.set(`${h} e ${p}`, `${k + 1}${d.padStart(2, "0")}`) })
    m.set("cem", "100")
  }
  if (lang === "pl") {
    const below = [...m].filter(([, d]) => /^\d\d?$/.test(d) && d !== "0")
    PL_HUNDREDS.forEach((h, k) => { m.set(h, `${k + 1}00`); for (const [p, d] of below) m.set(`${h} ${p}`, `${k + 1}${d.padStart(2, "0")}`) })
  }
  books.set(lang, m)
  return m
}
/** The said number as digits (a `+` for the language's "plus"); an unknown word comes back as `?word?`. */
export function unspoken(v: string, tag: string): string {
  const lang = tag.slice(0, 2)
  const m = phrasebook(lang)
  let out = ""
  for (const group of v.toLowerCase().split(/,|\.\.\./)) {
    const tok = (lang === "en" ? group.replace(/-/g, " ") : group).trim().split(/\s+/).filter(Boolean)
    for (let i = 0; i < tok.length; ) {
      const t = tok[i]!
      if (/^\d+$/.test(t)) { out += t; i++; continue }
      const times = lang === "en" ? ({ double: 2, triple: 3 } as Record<string, number>)[t] : undefined
      if (times && m.get(tok[i + 1] ?? "")?.length === 1) { out += m.get(tok[i + 1]!)!.repeat(times); i += 2; continue }
      let k = Math.min(6, tok.length - i)
      while (k > 0 && !m.has(tok.slice(i, i + k).join(" "))) k--
      if (k === 0) { out += `?${t}?`; i++; continue }
      out += m.get(tok.slice(i, i + k).join(" "))
      i += k
    }
  }
  return out
}
