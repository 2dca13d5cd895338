// Numbers said in words, as natives say a phone number: digit by digit, in the written groups, in pairs (French,
// Greek, Norwegian and Swiss-German habits), in hundreds (Serbian, Galician), with English `oh`, `double`, `triple`.
// A said number is read back by the generator's own reader before use; an ambiguous one is said digit by digit.
import type { Lang } from "./locales.ts"
import type { Rng } from "./rng.ts"

interface Words { d: string[]; teen?: string[]; tens?: string[]; comp?: (t: number, u: number) => string; hund?: string[]; plus?: string; pairP: number }
const w = (s: string) => s.split(" ")
const spaced = (tens: string[], d: string[], join: string) => (t: number, u: number) => `${tens[t - 2]}${join}${d[u]}`
const FR_T = w("vingt trente quarante cinquante soixante")
function fr(t: number, u: number): string {
  const D = w("zéro un deux trois quatre cinq six sept huit neuf")
  const teen = w("dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf")
  if (t <= 6) return u === 1 ? `${FR_T[t - 2]} et un` : `${FR_T[t - 2]}-${D[u]}`
  if (t === 7) return u === 1 ? "soixante et onze" : `soixante-${teen[u]}`
  if (t === 8) return `quatre-vingt-${D[u]}`
  return `quatre-vingt-${teen[u]}`
}
const IT_T = w("venti trenta quaranta cinquanta sessanta settanta ottanta novanta")
const IT_D = w("zero uno due tre quattro cinque sei sette otto nove")
const it = (t: number, u: number) => (u === 1 || u === 8 ? IT_T[t - 2]!.slice(0, -1) + IT_D[u] : u === 3 ? `${IT_T[t - 2]}tré` : IT_T[t - 2] + IT_D[u]!)
const DE_D = w("null eins zwei drei vier fünf sechs sieben acht neun")
const DE_T = w("zwanzig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig")
const SV_D = w("noll ett två tre fyra fem sex sju åtta nio")
const SV_T = w("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio")
const NN_D = w("null ein to tre fire fem seks sju åtte ni")
const NN_T = w("tjue tretti førti femti seksti sytti åtti nitti")
const RO_D = w("zero unu doi trei patru cinci șase șapte opt nouă")
const RO_T = w("douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci")
const EL_D = w("μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά")
const EL_T = w("είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα")
const SR_D = w("nula jedan dva tri četiri pet šest sedam osam devet")
const SR_T = w("dvadeset trideset četrdeset pedeset šezdeset sedamdeset osamdeset devedeset")
const GL_D = w("cero un dous tres catro cinco seis sete oito nove")
const GL_T = w("vinte trinta corenta cincuenta sesenta setenta oitenta noventa")
const SQ_D = w("zero një dy tre katër pesë gjashtë shtatë tetë nëntë")
const SQ_T = w("njëzet tridhjetë dyzet pesëdhjetë gjashtëdhjetë shtatëdhjetë tetëdhjetë nëntëdhjetë")
const MK_D = w("нула еден два три четири пет шест седум осум девет")
const MK_T = w("дваесет триесет четириесет педесет шеесет седумдесет осумдесет деведесет")
const CY_D = w("dim un dau tri pedwar pump chwech saith wyth naw")
const CY_T = ["dau ddeg", "tri deg", "pedwar deg", "pum deg", "chwe deg", "saith deg", "wyth deg", "naw deg"]

export const WORDS: Record<Lang, Words> = {
  en: { d: w("zero one two three four five six seven eight nine"), plus: "plus", pairP: 0 },
  sv: { d: SV_D, teen: w("tio elva tolv tretton fjorton femton sexton sjutton arton nitton"), tens: SV_T, comp: spaced(SV_T, SV_D, ""), plus: "plus", pairP: 0.3 },
  nn: { d: NN_D, teen: w("ti elleve tolv tretten fjorten femten seksten sytten atten nitten"), tens: NN_T, comp: spaced(NN_T, NN_D, ""), plus: "pluss", pairP: 0.75 },
  fr: { d: w("zéro un deux trois quatre cinq six sept huit neuf"), teen: w("dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf"), tens: [...FR_T, "soixante-dix", "quatre-vingts", "quatre-vingt-dix"], comp: fr, plus: "plus", pairP: 0.85 },
  it: { d: IT_D, teen: w("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"), tens: IT_T, comp: it, plus: "più", pairP: 0.4 },
  de: { d: DE_D, teen: w("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"), tens: DE_T, comp: (t, u) => `${u === 1 ? "ein" : DE_D[u]}und${DE_T[t - 2]}`, plus: "plus", pairP: 0.6 },
  ro: { d: RO_D, teen: w("zece unsprezece doisprezece treisprezece paisprezece cincisprezece șaisprezece șaptesprezece optsprezece nouăsprezece"), tens: RO_T, comp: spaced(RO_T, RO_D, " și "), plus: "plus", pairP: 0.4 },
  el: { d: EL_D, teen: w("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά"), tens: EL_T, comp: spaced(EL_T, EL_D, " "), plus: "συν", pairP: 0.8 },
  sr: { d: SR_D, teen: w("deset jedanaest dvanaest trinaest četrnaest petnaest šesnaest sedamnaest osamnaest devetnaest"), tens: SR_T, comp: spaced(SR_T, SR_D, " "), hund: w("sto dvesta trista četiristo petsto šeststo sedamsto osamsto devetsto"), plus: "plus", pairP: 0.5 },
  gl: { d: GL_D, teen: w("dez once doce trece catorce quince dezaseis dezasete dezaoito dezanove"), tens: GL_T, comp: spaced(GL_T, GL_D, " e "), hund: w("cento douscentos trescentos catrocentos cincocentos seiscentos setecentos oitocentos novecentos"), plus: "máis", pairP: 0.5 },
  sq: { d: SQ_D, teen: w("dhjetë njëmbëdhjetë dymbëdhjetë trembëdhjetë katërmbëdhjetë pesëmbëdhjetë gjashtëmbëdhjetë shtatëmbëdhjetë tetëmbëdhjetë nëntëmbëdhjetë"), tens: SQ_T, comp: spaced(SQ_T, SQ_D, " e "), plus: "plus", pairP: 0.35 },
  mk: { d: MK_D, teen: w("десет единаесет дванаесет тринаесет четиринаесет петнаесет шеснаесет седумнаесет осумнаесет деветнаесет"), tens: MK_T, comp: spaced(MK_T, MK_D, " и "), plus: "плус", pairP: 0.4 },
  cy: { d: CY_D, teen: ["deg", ...CY_D.slice(1).map((u) => `un deg ${u}`)], tens: CY_T, comp: spaced(CY_T, CY_D, " "), pairP: 0.15 },
}

/** A two-digit group as a number word (no leading zero). */
function two(W: Words, g: string): string {
  const n = Number(g)
  if (n < 20) return W.teen![n - 10]!
  return n % 10 === 0 ? W.tens![n / 10 - 2]! : W.comp!(Math.floor(n / 10), n % 10)
}
/** A three-digit group in hundreds (Serbian `sto dvadeset tri`, Galician `novecentos oitenta e un`). */
function three(W: Words, lang: Lang, g: string): string {
  const h = Number(g[0])
  const rest = Number(g.slice(1))
  const head = lang === "gl" && h === 1 && rest === 0 ? "cen" : W.hund![h - 1]!
  if (rest === 0) return head
  return `${head} ${rest < 10 ? W.d[rest] : two(W, g.slice(1))}`
}
/** English digit by digit with `oh`, `double` and `triple`. */
function english(r: Rng, g: string, oh: boolean): string {
  const out: string[] = []
  const word = (c: string) => (c === "0" && oh ? "oh" : WORDS.en.d[Number(c)]!)
  for (let i = 0; i < g.length; ) {
    let run = 1
    while (g[i + run] === g[i] && run < 3) run++
    if (run === 3 && r.chance(0.6)) out.push(`triple ${word(g[i]!)}`)
    else if (run >= 2 && r.chance(0.6)) { out.push(`double ${word(g[i]!)}`); run = 2 }
    else run = 1
    if (run === 1) out.push(word(g[i]!))
    i += run
  }
  return out.join(" ")
}

/** One group said: in pairs or hundreds when the language does and the group allows, else digit by digit. */
function sayGroup(r: Rng, lang: Lang, g: string, oh: boolean, plain = false): string {
  const W = WORDS[lang]
  if (lang === "en") return english(r, g, oh)
  const digits = () => [...g].map((c) => W.d[Number(c)]).join(" ")
  if (plain || g[0] === "0" || !W.tens) return digits()
  if (g.length === 2 && r.chance(W.pairP)) return two(W, g)
  if (g.length === 3 && W.hund && r.chance(0.6)) return three(W, lang, g)
  if (g.length === 4 && g[2] !== "0" && r.chance(W.pairP)) return `${two(W, g.slice(0, 2))} ${two(W, g.slice(2))}`
  return digits()
}

export interface SayOptions { sep: string; plus?: string; mixed?: boolean; plain?: boolean }
/** The groups said in the language, joined by `sep`; `plus` is the country code said first. */
export function say(r: Rng, lang: Lang, groups: string[], o: SayOptions): string {
  const oh = r.chance(0.5)
  const parts = groups.map((g) => (o.mixed && r.chance(0.2) ? g : sayGroup(r, lang, g, oh, o.plain)))
  const head = o.plus && WORDS[lang].plus ? `${WORDS[lang].plus} ${[...o.plus].map((c) => sayGroup(r, lang, c, false)).join(" ")}${o.sep}` : ""
  return head + parts.join(o.sep)
}

const readers = new Map<Lang, Map<string, string>>()
function phraseMap(lang: Lang): Map<string, string> {
  if (readers.has(lang)) return readers.get(lang)!
  const W = WORDS[lang]
  const m = new Map<string, string>()
  W.d.forEach((x, i) => m.set(x, String(i)))
  if (lang === "en") m.set("oh", "0")
  if (W.tens) for (let n = 10; n <= 99; n++) m.set(two(W, String(n)), String(n))
  if (W.hund) for (let n = 100; n <= 999; n++) m.set(three(W, lang, String(n)), String(n))
  readers.set(lang, m)
  return m
}
/** The generator's own reading of a said number (longest phrase first), to reject ambiguous sayings. */
export function readSaid(lang: Lang, said: string, sep: string): string {
  const m = phraseMap(lang)
  let out = ""
  for (const group of sep.trim() ? said.split(sep.trim()) : [said]) {
    const tok = group.trim().split(/\s+/).filter(Boolean)
    for (let i = 0; i < tok.length; ) {
      if (/^\d+$/.test(tok[i]!)) { out += tok[i++]; continue }
      if (tok[i] === WORDS[lang].plus) { out += "+"; i++; continue }
      const times = tok[i] === "double" ? 2 : tok[i] === "triple" ? 3 : 0
      if (times && m.has(tok[i + 1] ?? "")) { out += m.get(tok[i + 1]!)!.repeat(times); i += 2; continue }
      let n = Math.min(6, tok.length - i)
      while (n > 0 && !m.has(tok.slice(i, i + n).join(" "))) n--
      if (n === 0) return `?${tok[i]}?`
      out += m.get(tok.slice(i, i + n).join(" "))!
      i += n
    }
  }
  return out
}
