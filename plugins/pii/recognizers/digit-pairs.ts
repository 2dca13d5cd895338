import { wordMap, wordSet } from "../../../core/words.ts"
import { withoutMarks } from "./letter-unit.ts"

// Callers in many languages say a phone number in pairs, a number from 10 to 99 read as its two digits (digit-words.ts
// reads French's by an expression): in one word (Danish `otteoghalvtreds`, Norwegian `førtito`, Swedish `fyrtiotvå`,
// German `dreiundzwanzig`, Dutch `tweeënveertig`, Italian `trentatré`, Hungarian `huszonkettő`, Spanish `veintidós`,
// Slovak `dvadsaťjeden`), or as a round ten and a digit word after it (Spanish `treinta y tres`, Portuguese `trinta e
// dois`, Romanian `douăzeci și trei`, Polish `dwadzieścia trzy`, Czech `dvacet tři`, Croatian `dvadeset tri`, Greek
// `είκοσι τρία`: digit-words.ts joins them, JOINERS says with what; sticky: each is tried where the ten ends). Every one-word pair is listed once, so that each word
// of a text is looked up in place, as the digit words are; a spelling without its marks, as speech-to-text may write
// it, is listed beside it.

/** The languages that say a pair so (digit-words.ts's names). */
export type PairLanguage = "da" | "no" | "sv" | "de" | "nl" | "it" | "es" | "pt" | "hu" | "pl" | "cs" | "sk" | "hr" | "ro" | "el" | "ca" | "is" | "et" | "lv" | "lt" | "fi" | "sl" | "bg" | "sq" | "gl" | "tr"

interface Table {
  /** 10 to 19. */
  teens: readonly string[]
  /** 20 to 90, each with its other forms after `|`. */
  tens: readonly string[]
  /** A one-word pair from a round ten's form and a unit (1 to 9), as the language writes it; none when it writes none. */
  compound?: (tens: string, unit: number) => readonly string[]
}

const UNITS = {
  da: ["en|et", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
  no: ["en|ett|ein", "to", "tre", "fire", "fem", "seks", "sju|syv", "åtte", "ni"],
  sv: ["ett|en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
  de: ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  nl: ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
  it: ["uno", "due", "tre|tré", "quattro", "cinque", "sei", "sette", "otto", "nove"],
  hu: ["egy", "kettő|két", "három", "négy", "öt", "hat", "hét", "nyolc", "kilenc"],
  sk: ["jeden", "dva", "tri", "štyri", "päť", "šesť", "sedem", "osem", "deväť"],
  fi: ["yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"],
  sl: ["ena", "dva", "tri", "štiri", "pet", "šest", "sedem", "osem", "devet"],
}
const forms = (lang: keyof typeof UNITS, unit: number) => UNITS[lang][unit - 1]!.split("|")

const TABLES: Record<PairLanguage, Table> = {
  da: {
    teens: ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
    tens: ["tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"],
    compound: (tens, u) => forms("da", u).map((unit) => `${unit}og${tens}`),
  },
  no: {
    teens: ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"],
    tens: ["tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"],
    compound: (tens, u) => forms("no", u).map((unit) => `${tens}${unit}`),
  },
  sv: {
    teens: ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"],
    tens: ["tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"],
    compound: (tens, u) => forms("sv", u).map((unit) => `${tens}${unit}`),
  },
  de: {
    teens: ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"],
    tens: ["zwanzig", "dreißig|dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
    compound: (tens, u) => forms("de", u).map((unit) => `${unit}und${tens}`),
  },
  nl: {
    teens: ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"],
    tens: ["twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
    // `ën` after a unit ending in e (`tweeëntwintig`), also written without its mark.
    compound: (tens, u) => forms("nl", u).flatMap((unit) => (unit.endsWith("e") ? [`${unit}ën${tens}`, `${unit}en${tens}`] : [`${unit}en${tens}`])),
  },
  it: {
    teens: ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto", "diciannove"],
    tens: ["venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
    // The ten loses its vowel before uno and otto (`ventuno`, `trentotto`).
    compound: (tens, u) => forms("it", u).map((unit) => (/^[uo]/.test(unit) ? tens.slice(0, -1) : tens) + unit),
  },
  es: {
    // Twenty-one to twenty-nine are one word, as the teens are; thirty on take `y` and a digit word (JOINERS).
    teens: ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"],
    tens: ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
    compound: (tens, u) => (tens === "veinte" ? ["veintiuno|veintiún", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"][u - 1]!.split("|") : []),
  },
  pt: {
    teens: ["dez", "onze", "doze", "treze", "catorze|quatorze", "quinze", "dezesseis|dezasseis", "dezessete|dezassete", "dezoito", "dezenove|dezanove"],
    tens: ["vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
  },
  hu: {
    teens: ["tíz", "tizenegy", "tizenkettő", "tizenhárom", "tizennégy", "tizenöt", "tizenhat", "tizenhét", "tizennyolc", "tizenkilenc"],
    tens: ["húsz", "harminc", "negyven", "ötven", "hatvan", "hetven", "nyolcvan", "kilencven"],
    // Twenty joins its unit as `huszon` (`huszonkettő`).
    compound: (tens, u) => forms("hu", u).filter((unit) => unit !== "két").map((unit) => (tens === "húsz" ? "huszon" : tens) + unit),
  },
  pl: {
    teens: ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście"],
    tens: ["dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"],
  },
  cs: {
    teens: ["deset", "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct", "osmnáct", "devatenáct"],
    tens: ["dvacet", "třicet", "čtyřicet", "padesát", "šedesát", "sedmdesát", "osmdesát", "devadesát"],
  },
  sk: {
    teens: ["desať", "jedenásť", "dvanásť", "trinásť", "štrnásť", "pätnásť", "šestnásť", "sedemnásť", "osemnásť", "devätnásť"],
    tens: ["dvadsať", "tridsať", "štyridsať", "päťdesiat", "šesťdesiat", "sedemdesiat", "osemdesiat", "deväťdesiat"],
    compound: (tens, u) => forms("sk", u).map((unit) => `${tens}${unit}`),
  },
  hr: {
    teens: ["deset", "jedanaest", "dvanaest", "trinaest", "četrnaest", "petnaest", "šesnaest", "sedamnaest", "osamnaest", "devetnaest"],
    tens: ["dvadeset", "trideset", "četrdeset", "pedeset", "šezdeset", "sedamdeset", "osamdeset", "devedeset"],
  },
  ro: {
    teens: ["zece", "unsprezece", "doisprezece", "treisprezece", "paisprezece", "cincisprezece", "șaisprezece|şaisprezece", "șaptesprezece|şaptesprezece", "optsprezece", "nouăsprezece"],
    tens: ["douăzeci", "treizeci", "patruzeci", "cincizeci", "șaizeci|şaizeci", "șaptezeci|şaptezeci", "optzeci", "nouăzeci"],
  },
  // Catalan writes a ten and its unit with hyphens (`trenta-dos`, `vint-i-set`): JOINERS.
  ca: {
    teens: ["deu", "onze", "dotze", "tretze", "catorze", "quinze", "setze", "disset", "divuit", "dinou"],
    tens: ["vint", "trenta", "quaranta", "cinquanta", "seixanta", "setanta", "vuitanta", "noranta"],
  },
  is: {
    teens: ["tíu", "ellefu", "tólf", "þrettán", "fjórtán", "fimmtán", "sextán", "sautján", "átján", "nítján"],
    tens: ["tuttugu", "þrjátíu", "fjörutíu", "fimmtíu", "sextíu", "sjötíu", "áttatíu", "níutíu"],
  },
  et: {
    teens: ["kümme", "üksteist", "kaksteist", "kolmteist", "neliteist", "viisteist", "kuusteist", "seitseteist", "kaheksateist", "üheksateist"],
    tens: ["kakskümmend", "kolmkümmend", "nelikümmend", "viiskümmend", "kuuskümmend", "seitsekümmend", "kaheksakümmend", "üheksakümmend"],
  },
  lv: {
    teens: ["desmit", "vienpadsmit", "divpadsmit", "trīspadsmit", "četrpadsmit", "piecpadsmit", "sešpadsmit", "septiņpadsmit", "astoņpadsmit", "deviņpadsmit"],
    tens: ["divdesmit", "trīsdesmit", "četrdesmit", "piecdesmit", "sešdesmit", "septiņdesmit", "astoņdesmit", "deviņdesmit"],
  },
  lt: {
    teens: ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika", "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"],
    tens: ["dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt", "šešiasdešimt", "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"],
  },
  fi: {
    teens: ["kymmenen", "yksitoista", "kaksitoista", "kolmetoista", "neljätoista", "viisitoista", "kuusitoista", "seitsemäntoista", "kahdeksantoista", "yhdeksäntoista"],
    tens: ["kaksikymmentä", "kolmekymmentä", "neljäkymmentä", "viisikymmentä", "kuusikymmentä", "seitsemänkymmentä", "kahdeksankymmentä", "yhdeksänkymmentä"],
    compound: (tens, u) => forms("fi", u).map((unit) => `${tens}${unit}`),
  },
  sl: {
    teens: ["deset", "enajst", "dvanajst", "trinajst", "štirinajst", "petnajst", "šestnajst", "sedemnajst", "osemnajst", "devetnajst"],
    tens: ["dvajset", "trideset", "štirideset", "petdeset", "šestdeset", "sedemdeset", "osemdeset", "devetdeset"],
    // The unit first, joined by `in` (`triindvajset`).
    compound: (tens, u) => forms("sl", u).map((unit) => `${unit}in${tens}`),
  },
  bg: {
    teens: ["десет", "единадесет", "дванадесет", "тринадесет", "четиринадесет", "петнадесет", "шестнадесет", "седемнадесет", "осемнадесет", "деветнадесет"],
    tens: ["двадесет", "тридесет", "четиридесет", "петдесет", "шестдесет", "седемдесет", "осемдесет", "деветдесет"],
  },
  // Albanian joins a ten and its unit with `e` (`njëzet e nëntë`), as Galician does (`corenta e seis`): JOINERS.
  sq: {
    teens: ["dhjetë", "njëmbëdhjetë", "dymbëdhjetë", "trembëdhjetë", "katërmbëdhjetë", "pesëmbëdhjetë", "gjashtëmbëdhjetë", "shtatëmbëdhjetë", "tetëmbëdhjetë", "nëntëmbëdhjetë"],
    tens: ["njëzet", "tridhjetë", "dyzet", "pesëdhjetë", "gjashtëdhjetë", "shtatëdhjetë", "tetëdhjetë", "nëntëdhjetë"],
  },
  gl: {
    teens: ["dez", "once", "doce", "trece", "catorce", "quince", "dezaseis", "dezasete", "dezaoito", "dezanove"],
    tens: ["vinte", "trinta", "corenta", "cincuenta", "sesenta", "setenta", "oitenta", "noventa"],
  },
  // Turkish says 11 to 99 as a ten, a space and a unit (`on bir`, `seksen iki`): JOINERS.
  tr: {
    teens: ["on"],
    tens: ["yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"],
  },
  el: {
    teens: ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι", "δεκαεπτά|δεκαεφτά", "δεκαοκτώ|δεκαοχτώ", "δεκαεννέα|δεκαεννιά"],
    tens: ["είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"],
  },
}

/**
 * What joins a round ten to the digit word after it, for the languages that say a pair so: `y`, `e`, `și`, `og`, `и`, `i`
 * or a space alone (Croatian takes either), Catalan's hyphens (`trenta-dos`, `vint-i-set`).
 */
export const JOINERS: Partial<Record<PairLanguage, RegExp>> = {
  es: / y /iy,
  pt: / e /iy,
  ro: / (?:și|şi|si) /iy,
  pl: / /y,
  cs: / /y,
  sk: / /y,
  hr: / (?:i )?/iy,
  el: / /y,
  ca: /-(?:i-)?/y,
  is: / og /iy,
  et: / /y,
  lv: / /y,
  lt: / /y,
  bg: / и /iy,
  sq: / e /iy,
  gl: / e /iy,
  tr: / /y,
}

type Entry = { digits: string; langs: PairLanguage[] }

/** Every one-word pair of every language, and each one's spelling without marks. */
function pairs(): Map<string, Entry> {
  const out = new Map<string, Entry>()
  const add = (word: string, digits: string, lang: PairLanguage) => {
    for (const w of new Set([word, withoutMarks(word)])) {
      const entry = out.get(w)
      // A word two languages read as different numbers would be misread: the table refuses to load (none is, today).
      if (entry && entry.digits !== digits) throw new Error(`digit-pairs: '${w}' says ${entry.digits} and ${digits}`)
      if (entry && !entry.langs.includes(lang)) entry.langs.push(lang)
      else if (!entry) out.set(w, { digits, langs: [lang] })
    }
  }
  for (const [lang, table] of Object.entries(TABLES) as [PairLanguage, Table][]) {
    table.teens.forEach((forms, i) => forms.split("|").forEach((w) => add(w, String(10 + i), lang)))
    table.tens.forEach((tensForms, t) => {
      for (const tens of tensForms.split("|")) {
        add(tens, `${t + 2}0`, lang)
        for (let u = 1; u <= 9; u++) for (const w of table.compound?.(tens, u) ?? []) for (const f of w.split("|")) add(f, `${t + 2}${u}`, lang)
      }
    })
  }
  hungarianHundreds(out, add)
  return out
}

/**
 * Hungarian writes a number under a thousand as one word, hundreds glued to the tens and units (`hatszázkilencvenkettő`
 * 692, `háromszáznyolcvanöt` 385, `kilencszázöt` 905), and callers read a number in such groups (`nulla hat harminc,
 * hatszázkilencvenkettő, ötvenkilenc, …`): each is listed with its three digits, beside the pairs.
 */
function hungarianHundreds(pairsSoFar: Map<string, Entry>, add: (word: string, digits: string, lang: PairLanguage) => void): void {
  const huPairs = [...pairsSoFar].filter(([, e]) => e.langs.includes("hu"))
  for (let h = 1; h <= 9; h++) {
    const heads = h === 1 ? ["száz", "egyszáz"] : forms("hu", h).map((unit) => `${unit === "kettő" ? "két" : unit}száz`)
    for (const head of heads) {
      add(head, `${h}00`, "hu")
      for (let u = 1; u <= 9; u++) for (const unit of forms("hu", u)) if (unit !== "két") add(head + unit, `${h}0${u}`, "hu")
      for (const [word, e] of huPairs) add(head + word, `${h}${e.digits}`, "hu")
    }
  }
}

const PAIR_ENTRIES = pairs()
const PAIRS = wordMap(PAIR_ENTRIES)

/** The digits of a number from 10 to 99 (Hungarian's to 999) written as one word at `text.slice(from, to)`, and who says it so. */
export function wordPair(text: string, from: number, to: number): Entry | undefined {
  return to - from < 2 || to - from > 26 ? undefined : PAIRS.getRange(text, from, to)
}

// Czech, Slovak, Polish and Croatian callers read a number in threes (`šest set dva, sedm set třicet pět`, `trzysta
// czterdzieści osiem`): hundreds in one word (`sto`, `dvesto`, `trzysta`, `dvjesto`), or a digit word and `set`, `sta`
// or `stě` after it in Czech (`devět set`, `tři sta`, `dvě stě`), `sto` in Slovak, Slovenian and Croatian (`sedem sto`,
// `sedam sto`: HUNDRED_AFTER). digit-words.ts reads the tens and units after them.
const HUNDREDS: Partial<Record<PairLanguage, readonly string[]>> = {
  cs: ["sto", "dvěstě"],
  sk: ["sto", "dvesto", "tristo", "štyristo", "päťsto", "šesťsto", "sedemsto", "osemsto", "deväťsto"],
  pl: ["sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset"],
  // Serbian's forms beside Croatian's (`dvesta`, `trista`, `šeststo`).
  hr: ["sto", "dvjesto|dvesta|dvjesta", "tristo|trista", "četiristo|četristo", "petsto", "šesto|šeststo", "sedamsto", "osamsto", "devetsto"],
  // Spanish, Portuguese and Galician callers read a mobile's first three digits as hundreds (`seiscientos doce, treinta y
  // cuatro, …`, `seiscentos cincuenta e sete, …`).
  es: ["cien|ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"],
  pt: ["cem|cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos", "oitocentos", "novecentos"],
  gl: ["cen|cento", "douscentos", "trescentos", "catrocentos", "cincocentos|quiñentos", "seiscentos", "setecentos", "oitocentos", "novecentos"],
}
// Czech's words for hundreds after a digit word (captured), or Slovak's, Slovenian's and Croatian's `sto` (`sedem sto`).
export const HUNDRED_AFTER = /[ \t]+(?:(set|sta|stě)|sto)(?![\p{L}\p{M}])/iuy

function hundreds(): Map<string, Entry> {
  const out = new Map<string, Entry>()
  for (const [lang, words] of Object.entries(HUNDREDS) as [PairLanguage, string[]][]) {
    words.forEach((forms, i) => {
      for (const w of new Set(forms.split("|").flatMap((word) => [word, withoutMarks(word)]))) {
        const entry = out.get(w)
        // As with the pairs, a word two languages read as different hundreds stops the table loading.
        if (entry && entry.digits !== String(i + 1)) throw new Error(`digit-pairs: '${w}' says ${entry.digits}00 and ${i + 1}00`)
        if (entry) entry.langs.push(lang)
        else out.set(w, { digits: String(i + 1), langs: [lang] })
      }
    })
  }
  return out
}
const HUNDRED_ENTRIES = hundreds()
const HUNDRED_WORDS = wordMap(HUNDRED_ENTRIES)

/** The hundreds' digit of a hundreds word at `text.slice(from, to)` (`trzysta` 3), and who says it so. */
export const hundredWord = (text: string, from: number, to: number): Entry | undefined => (to - from < 3 || to - from > 12 ? undefined : HUNDRED_WORDS.getRange(text, from, to))

// "Double" before a digit word says it twice (`null doppel sechs null`, `zéro double sept`, `tre doppio zero`).
const DOUBLE_WORDS = ["doppel", "doppelt", "dubbel", "dobbelt", "dobbel", "double", "doble", "doppio", "duplo", "dublu"]
export const DOUBLE = wordMap(DOUBLE_WORDS.map((w) => [w, true] as const))

/**
 * Every word that opens a group of two or three digits here (a pair, hundreds, "double"): one look-up rules out most
 * words of a text before the tables are read one by one (digit-words.ts).
 */
export const GROUP_OPENERS = wordSet([...PAIR_ENTRIES.keys(), ...HUNDRED_ENTRIES.keys(), ...DOUBLE_WORDS])
