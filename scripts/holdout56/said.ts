// Phone numbers said the way callers of each language say them: digits one by one (English `oh`, `double`, `triple`,
// German `doppel`, Brazilian `meia` for six), two-digit numbers with the language's own compounds (`zweiundvierzig`,
// `tweeënveertig`, `toogfyrre`, `treinta y tres`, `trinta e dois`, `septante-deux`, `þrjátíu og fjórir`), Czech
// hundreds (`sedm set dvacet tři`), now and then a group left in digits; English may say `plus` and the country code.
import type { Phone } from "./phones.ts"
import type { Rng } from "./rng.ts"

interface Words { units: string[]; teens: string[]; tens: string[]; pair: (t: number, u: number) => string }
const w = (s: string) => s.split(" ")

const WORDS: Record<string, Words> = {
  en: { units: w("zero one two three four five six seven eight nine"), teens: w("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"), tens: w("twenty thirty forty fifty sixty seventy eighty ninety"), pair: (t, u) => `${WORDS.en!.tens[t - 2]}-${WORDS.en!.units[u]}` },
  de: { units: w("null eins zwei drei vier fünf sechs sieben acht neun"), teens: w("zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"), tens: w("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig"), pair: (t, u) => `${u === 1 ? "ein" : WORDS.de!.units[u]}und${WORDS.de!.tens[t - 2]}` },
  nl: { units: w("nul een twee drie vier vijf zes zeven acht negen"), teens: w("tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien"), tens: w("twintig dertig veertig vijftig zestig zeventig tachtig negentig"), pair: (t, u) => { const x = WORDS.nl!.units[u]!; return `${x}${x.endsWith("e") ? "ën" : "en"}${WORDS.nl!.tens[t - 2]}` } },
  da: { units: w("nul en to tre fire fem seks syv otte ni"), teens: w("ti elleve tolv tretten fjorten femten seksten sytten atten nitten"), tens: w("tyve tredive fyrre halvtreds tres halvfjerds firs halvfems"), pair: (t, u) => `${WORDS.da!.units[u]}og${WORDS.da!.tens[t - 2]}` },
  es: { units: w("cero uno dos tres cuatro cinco seis siete ocho nueve"), teens: w("diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve"), tens: w("veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa"), pair: (t, u) => (t === 2 ? w("veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve")[u]! : `${WORDS.es!.tens[t - 2]} y ${WORDS.es!.units[u]}`) },
  pt: { units: w("zero um dois três quatro cinco seis sete oito nove"), teens: w("dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove"), tens: w("vinte trinta quarenta cinquenta sessenta setenta oitenta noventa"), pair: (t, u) => `${WORDS.pt!.tens[t - 2]} e ${WORDS.pt!.units[u]}` },
  fr: { units: w("zéro un deux trois quatre cinq six sept huit neuf"), teens: w("dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf"), tens: w("vingt trente quarante cinquante soixante septante quatre-vingts nonante"), pair: (t, u) => (t === 8 ? `quatre-vingt-${WORDS.fr!.units[u]}` : u === 1 ? `${WORDS.fr!.tens[t - 2]} et un` : `${WORDS.fr!.tens[t - 2]}-${WORDS.fr!.units[u]}`) },
  it: { units: w("zero uno due tre quattro cinque sei sette otto nove"), teens: w("dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove"), tens: w("venti trenta quaranta cinquanta sessanta settanta ottanta novanta"), pair: (t, u) => { const x = WORDS.it!.tens[t - 2]!; return u === 1 || u === 8 ? x.slice(0, -1) + WORDS.it!.units[u] : u === 3 ? `${x}tré` : x + WORDS.it!.units[u] } },
  cs: { units: w("nula jedna dva tři čtyři pět šest sedm osm devět"), teens: w("deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct"), tens: w("dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát"), pair: (t, u) => `${WORDS.cs!.tens[t - 2]} ${WORDS.cs!.units[u]}` },
  is: { units: w("núll einn tveir þrír fjórir fimm sex sjö átta níu"), teens: w("tíu ellefu tólf þrettán fjórtán fimmtán sextán sautján átján nítján"), tens: w("tuttugu þrjátíu fjörutíu fimmtíu sextíu sjötíu áttatíu níutíu"), pair: (t, u) => `${WORDS.is!.tens[t - 2]} og ${WORDS.is!.units[u]}` },
  et: { units: w("null üks kaks kolm neli viis kuus seitse kaheksa üheksa"), teens: w("kümme üksteist kaksteist kolmteist neliteist viisteist kuusteist seitseteist kaheksateist üheksateist"), tens: w("kakskümmend kolmkümmend nelikümmend viiskümmend kuuskümmend seitsekümmend kaheksakümmend üheksakümmend"), pair: (t, u) => `${WORDS.et!.tens[t - 2]} ${WORDS.et!.units[u]}` },
  ca: { units: w("zero u dos tres quatre cinc sis set vuit nou"), teens: w("deu onze dotze tretze catorze quinze setze disset divuit dinou"), tens: w("vint trenta quaranta cinquanta seixanta setanta vuitanta noranta"), pair: (t, u) => `${WORDS.ca!.tens[t - 2]}${t === 2 ? "-i-" : "-"}${WORDS.ca!.units[u]}` },
  lv: { units: w("nulle viens divi trīs četri pieci seši septiņi astoņi deviņi"), teens: w("desmit vienpadsmit divpadsmit trīspadsmit četrpadsmit piecpadsmit sešpadsmit septiņpadsmit astoņpadsmit deviņpadsmit"), tens: w("divdesmit trīsdesmit četrdesmit piecdesmit sešdesmit septiņdesmit astoņdesmit deviņdesmit"), pair: (t, u) => `${WORDS.lv!.tens[t - 2]} ${WORDS.lv!.units[u]}` },
}
const CS_HUNDREDS = ["", "sto", "dvě stě", "tři sta", "čtyři sta", "pět set", "šest set", "sedm set", "osm set", "devět set"]

/** How often a group is said as two-digit numbers: the first group, the others. */
const PAIRS: Record<string, [number, number]> = {
  en: [0, 0], pt: [0.6, 0.35], es: [0.1, 0.75], de: [0.1, 0.7], fr: [0.7, 0.9], nl: [0.3, 0.8], da: [1, 1], cs: [0, 0.15], it: [0, 0.3],
  is: [0.1, 0.65], et: [0, 0.35], ca: [0.1, 0.7], lv: [0.15, 0.4],
}

function pairWord(L: Words, n: number): string {
  if (n < 10) throw new Error("pair below ten")
  if (n < 20) return L.teens[n - 10]!
  const t = Math.floor(n / 10)
  const u = n % 10
  return u === 0 ? L.tens[t - 2]! : L.pair(t, u)
}

interface Style { zero: string; six: string; repeats: boolean }
/** A group said digit by digit; English and German now and then say a doubled digit as `double` / `doppel`. */
function singles(lang: string, L: Words, g: string, s: Style): string[] {
  const out: string[] = []
  const unit = (d: string) => (d === "0" ? s.zero : d === "6" ? s.six : L.units[Number(d)]!)
  for (let i = 0; i < g.length; i++) {
    const d = g[i]!
    if (s.repeats && g[i + 1] === d && g[i + 2] === d && lang === "en") {
      out.push(`triple ${unit(d)}`)
      i += 2
    } else if (s.repeats && g[i + 1] === d) {
      out.push(`${lang === "de" ? "doppel" : "double"} ${unit(d)}`)
      i++
    } else out.push(unit(d))
  }
  return out
}
/** A group said in two-digit numbers, its leading zeros and an odd first digit alone. */
function pairs(L: Words, g: string, s: Style): string[] {
  const out: string[] = []
  let rest = g
  while (rest.startsWith("0")) {
    out.push(s.zero)
    rest = rest.slice(1)
  }
  if (rest.length % 2 === 1) {
    out.push(L.units[Number(rest[0])]!)
    rest = rest.slice(1)
  }
  for (let i = 0; i < rest.length; i += 2) {
    const n = Number(rest.slice(i, i + 2))
    out.push(n < 10 ? `${s.zero} ${L.units[n]}` : pairWord(L, n))
  }
  return out
}
function hundreds(L: Words, g: string): string[] {
  const n = Number(g)
  const rest = n % 100
  const out = [CS_HUNDREDS[Math.floor(n / 100)]!]
  if (rest >= 10) out.push(pairWord(L, rest))
  else if (rest > 0) out.push(L.units[rest]!)
  return out
}

/** Groups to say: the written groups, long ones cut (pairs for the pair-saying languages). */
function sayGroups(groups: string[], pairish: boolean): string[] {
  return groups.flatMap((g) => {
    if (g.length <= 4) return [g]
    if (g.length === 5) return [g.slice(0, 3), g.slice(3)]
    if (g.length === 6) return pairish ? [g.slice(0, 2), g.slice(2, 4), g.slice(4)] : [g.slice(0, 3), g.slice(3)]
    if (g.length === 7) return [g.slice(0, 3), g.slice(3, 5), g.slice(5)]
    return [g.slice(0, g.length - 4), g.slice(-4)]
  })
}

/** The number said in the language of `tag`; English says it now and then with `plus` and the country code. */
export function sayPhone(r: Rng, x: Phone, tag: string, intl = false): string {
  const lang = tag.slice(0, 2)
  const L = WORDS[lang]!
  const [p0, p1] = PAIRS[lang]!
  const style: Style = {
    zero: lang === "en" ? (tag === "en-US" ? r.pick(["zero", "oh"]) : r.chance(0.85) ? "oh" : "zero") : L.units[0]!,
    six: lang === "pt" && r.chance(0.6) ? "meia" : L.units[6]!,
    repeats: (lang === "en" && r.chance(0.6)) || (lang === "de" && r.chance(0.45)),
  }
  const groups = sayGroups(intl ? [x.code, ...x.intlGroups] : x.groups, p1 > 0.5)
  const digitsAt = groups.length > 2 && r.chance(0.12) ? 1 + r.int(groups.length - 1) : -1
  let plain = true
  const said = groups.map((g, i) => {
    if (i === digitsAt) return g
    if (lang === "cs" && g.length === 3 && !g.startsWith("0") && r.chance(0.55)) {
      plain = false
      return hundreds(L, g).join(" ")
    }
    if (g.length >= 2 && r.chance(i === 0 ? p0 : p1)) {
      plain = false
      return pairs(L, g, style).join(" ")
    }
    return singles(lang, L, g, style).join(" ")
  })
  if (digitsAt >= 0) plain = false
  const sep = plain ? r.pick([" ", ", ", ", ", "... "]) : r.pick([", ", ", ", "... "])
  return (intl ? "plus " : "") + said.join(sep)
}
