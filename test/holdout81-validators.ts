// Validators for holdout81's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. The checks that fit unchanged come from holdout80's validators (and through them holdout66's,
// holdout64's and the shared reader of said numbers); below are holdout81's own locale tables (en-NZ, en-IE, en-CA,
// fr-CA, pt-PT, es-ES, da-DK, pl-PL, cs-CZ, el-GR) and what the shared helpers lack for them: Czech and Greek IBAN
// lengths, the Polish and Czech account checks, koruna amounts, Czech, Polish and Danish day-first dates with spaces,
// numbers said in Czech and Greek, forms of address of eight languages, each language's name-words, and the shapes of
// a home-care agency's, a solar installer's, a sports club's and a pet-food subscription's own lookalikes.
import type { CountryCode } from "libphonenumber-js/max"
import { ibanRemainder, ibanShape, isDateText as isDateText66, isIban as isIban66, luhn, nationalCheck as nationalCheck66 } from "./holdout66-validators.ts"
import { CURRENCY, isTimestamp, unspoken as unspoken80 } from "./holdout80-validators.ts"

export {
  CURRENCY, digitsOf, ibanRemainder, isCard, isEmail, isIpAddr, isNino, isPersonText, isSsn, isTime, isTimestamp, isVersion, issuer, luhn,
  phoneValidIn,
} from "./holdout80-validators.ts"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-NZ": "NZ", "en-IE": "IE", "en-CA": "CA", "fr-CA": "CA", "pt-PT": "PT", "es-ES": "ES", "da-DK": "DK", "pl-PL": "PL", "cs-CZ": "CZ", "el-GR": "GR",
}
/** The locales whose texts may hold a US SSN (after its cue): Canadians with an American tax file (a snowbird, a dual citizen, a US co-signer). */
export const SSN_LOCALES = ["en-CA", "fr-CA"]
/** The locales whose texts may hold a UK NI number (after its cue): Irish and New Zealand customers who worked in Britain. */
export const NINO_LOCALES = ["en-IE", "en-NZ"]
/** The English locales (a NI placeholder may stand in their forms). */
export const ENGLISH = ["en-NZ", "en-IE", "en-CA"]
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. Canada and New Zealand use none of their own. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-NZ": ["GB", "IE"], "en-IE": ["IE", "GB"], "en-CA": [], "fr-CA": ["FR", "BE"], "pt-PT": ["PT", "ES", "FR"], "es-ES": ["ES", "PT", "FR"],
  "da-DK": ["DK", "SE", "DE", "NO"], "pl-PL": ["PL", "DE", "CZ"], "cs-CZ": ["CZ", "SK", "DE", "AT", "PL"], "el-GR": ["GR", "CY", "DE"],
}
/** Registry lengths the shared table lacks. */
const EXTRA_LENGTH: Record<string, number> = { CZ: 24, SK: 24, GR: 27, CY: 28 }
export const ibanShape81 = (v: string): boolean =>
  /^[A-Z]{2}\d{2}( ?[A-Z\d]{1,4}){3,8}$/.test(v) && (ibanShape(v) || v.replace(/ /g, "").length === EXTRA_LENGTH[v.slice(0, 2)])
export const isIban = (v: string): boolean => {
  const c = v.replace(/ /g, "").toUpperCase()
  const n = EXTRA_LENGTH[c.slice(0, 2)]
  return n ? ibanShape81(v) && c.length === n && ibanRemainder(v) === 1 : isIban66(v)
}
/** Weighted sum of digits. */
const wsum = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * w[i]!, 0)
/** The shared national checks (Spain, France, Belgium, Portugal), the Polish sort-code digit (3-9-7-1) and the Czech mod 11 of prefix and account. */
export const nationalCheck = (v: string): boolean => {
  const c = v.replace(/ /g, "").toUpperCase()
  const b = c.slice(4)
  switch (c.slice(0, 2)) {
    case "PL": return (10 - (wsum(b.slice(0, 7), [3, 9, 7, 1, 3, 9, 7]) % 10)) % 10 === Number(b[7])
    case "CZ": case "SK": return wsum(b.slice(4, 10), [10, 5, 8, 4, 2, 1]) % 11 === 0 && wsum(b.slice(10), [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]) % 11 === 0
    default: return nationalCheck66(v)
  }
}
/** Postcodes by locale: New Zealand's four digits, an Irish Eircode, a Canadian postal code, Portugal's 4-3, Poland's 2-3, Czech and Greek 3 2. */
export const POSTCODE: Record<string, RegExp> = {
  "en-NZ": /^\d{4}$/, "en-IE": /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?[\dAC-FHKNPRTV-Y]{4}$/, "en-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/,
  "fr-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/, "pt-PT": /^\d{4}-\d{3}$/, "es-ES": /^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/, "da-DK": /^(DK-)?\d{4}$/,
  "pl-PL": /^\d{2}-\d{3}$/, "cs-CZ": /^\d{3} ?\d{2}$/, "el-GR": /^\d{3} ?\d{2}$/,
}
/** An amount: the shared currency pattern, or Czech crowns (`1 290 Kč`, `CZK 4 500`, `350 korun`). */
export const isAmount = (v: string): boolean =>
  /\d/.test(v) && (CURRENCY.test(v) || /^\d[\d  .,]*(,-{1,2})? ?(Kč|CZK|korun|koruny)$/u.test(v) || /^CZK ?\d[\d  .,]*$/.test(v))
/** Dates: the shared reader (in the locale's language, or in British English), then day-first dates with spaces (`12. 3. 2026`). */
export const isDateText = (v: string, lang: string): boolean =>
  isDateText66(v, lang) || (!["en-CA", "fr-CA"].includes(lang) && isDateText66(v, "en-GB")) ||
  (["cs-CZ", "pl-PL", "da-DK"].includes(lang) && /^(0?[1-9]|[12]\d|3[01])\. ?(0?[1-9]|1[0-2])\.( ?20\d\d)?$/.test(v))
/** A said number in Czech or Greek, comma-separated groups: units, teens, tens with a unit after them, hundreds. */
interface Words { units: Record<string, number>; teens: Record<string, number>; tens: Record<string, number>; hundreds: Record<string, number>; hundredAfterUnit: string[]; plus: string }
const table = (s: string, from: number, step = 1) => Object.fromEntries(s.split(" ").flatMap((ws, i) => ws.split("/").map((w) => [w, from + i * step])))
const CS: Words = {
  units: table("nula jedna/jeden/jedno dva/dvě tři čtyři pět šest sedm osm devět", 0), teens: table("deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct", 10),
  tens: table("dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát", 20, 10), hundreds: { sto: 100 }, hundredAfterUnit: ["stě", "sta", "set"], plus: "plus",
}
const EL: Words = {
  units: table("μηδέν ένα/μία/ένας δύο/δυο τρία/τρεις τέσσερα/τέσσερις πέντε έξι επτά/εφτά οκτώ/οχτώ εννέα/εννιά", 0),
  teens: table("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεπτά/δεκαεφτά δεκαοκτώ/δεκαοχτώ δεκαεννέα/δεκαεννιά", 10),
  tens: table("είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα", 20, 10),
  hundreds: table("εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια επτακόσια/εφτακόσια οκτακόσια/οχτακόσια εννιακόσια/εννιακόσια", 100, 100), hundredAfterUnit: [], plus: "συν",
}
const readWords = (v: string, w: Words): string => {
  let out = ""
  for (const group of v.toLowerCase().split(",")) {
    const t = group.trim().split(/\s+/).filter(Boolean)
    for (let i = 0; i < t.length; ) {
      const x = t[i]!
      let h: number | undefined
      if (x in w.hundreds) { h = w.hundreds[x]; i++ }
      else if (x in w.units && w.hundredAfterUnit.includes(t[i + 1] ?? "")) { h = w.units[x]! * 100; i += 2 }
      const y = t[i]
      let low: number | undefined
      if (y !== undefined && y in w.teens) { low = w.teens[y]; i++ }
      else if (y !== undefined && y in w.tens) {
        low = w.tens[y]!
        i++
        const z = t[i]
        if (z !== undefined && z in w.units && w.units[z]! > 0) { low += w.units[z]!; i++ }
      } else if (y !== undefined && y in w.units && h !== undefined) { low = w.units[y]; i++ }
      if (h !== undefined) { out += String(h + (low ?? 0)); continue }
      if (low !== undefined) { out += String(low); continue }
      if (y !== undefined && y in w.units) { out += String(w.units[y]); i++; continue }
      if (y === w.plus) { out += "+"; i++; continue }
      if (y !== undefined && /^\d+$/.test(y)) { out += y; i++; continue }
      out += `?${y}?`
      i++
    }
  }
  return out
}
/** A said number read back: the shared reader for English, French, Portuguese, Spanish, Danish and Polish; Czech and Greek here. */
export const unspoken = (v: string, lang: string): string => {
  const l = lang.slice(0, 2)
  if (l === "cs") return readWords(v, CS)
  if (l === "el") return readWords(v, EL)
  return unspoken80(v, l === "en" ? "en-GB" : lang)
}
/** A street, road or square with its keyword, or a Danish name glued to -vej or -gade, or a Czech or Greek street named in the genitive with its number. */
const STREET_WORD = /(^|\s)(Street|St\.?|Road|Rd|Avenue|Ave\.?|Drive|Dr|Lane|Place|Terrace|Crescent|Quay|Parade|Court|Way|Highway|Boulevard|rue|Rue|boulevard|avenue|chemin|rang|Rua|Avenida|Av\.|Travessa|Largo|Praça|Allé|allé|Calle|Carrer|Avinguda|C\/|Paseo|Plaza|Camino|Ronda|Rambla|ulica|ul\.|aleja|al\.|plac|náměstí|nám\.|třída|nábřeží|Οδός|οδός|Λεωφόρος|Λεωφ\.|Πλατεία)(\s|$)/u
const STREET_TAIL = /\p{L}(vej|gade|allé|stræde|torv|plads)(\s\d+\p{L}?)?(,? \d+\.? ?(th|tv|sal)?\.?)?$/u
export const isStreet = (v: string): boolean =>
  ((STREET_WORD.test(v) || STREET_TAIL.test(v)) && /^[\p{L}\d .,'’/-]+$/u.test(v)) ||
  /^(\p{Lu}\p{Ll}+ )*\p{Lu}\p{Ll}+(ého|ova|ovo|ská|ské|ího) \d+(\/\d+)?$/u.test(v) || /^[\p{Script=Greek} .]+ \d+[Α-Ωα-ω]?$/u.test(v)
/** A firm with its legal form, in the texts' countries. */
const FIRM = /\s(Ltd|Limited|DAC|Inc\.?|Corp\.?|Ltée|ltée|inc\.|S\.A\.|SA|Lda\.?|Unipessoal Lda\.?|S\.L\.|S\.L\.U\.|SL|A\/S|ApS|I\/S|sp\. z o\.o\.|sp\.j\.|s\.r\.o\.|a\.s\.|spol\. s r\.o\.|Α\.Ε\.|ΑΕ|Ι\.Κ\.Ε\.|ΙΚΕ|Ο\.Ε\.|Ε\.Π\.Ε\.)$/u
export const isCompany = (v: string): boolean => FIRM.test(v) && /^[\p{L}\d .,&'’/-]+$/u.test(v)
/** A club, a team, a desk or a public body named as such (no legal form), with a capital. */
export const isOrg = (v: string): boolean => /^[\p{L}\d][\p{L}\d .,&'’/-]*$/u.test(v) && /\p{Lu}/u.test(v)
/** A pet's name as written: one or two capitalised words. */
export const isPetName = (v: string): boolean => /^\p{Lu}[\p{L}'’-]*( \p{Lu}?[\p{L}'’-]*)?$/u.test(v)
/** A product, a heat-pump or inverter model, a pet food's recipe name: letters and digits, some of them a person's name. */
export const isProduct = (v: string): boolean => /^[\p{L}\d][\p{L}\d .&'’+/-]*$/u.test(v) && /\p{L}{2}/u.test(v)
/** Power and energy: a panel array, a battery, a heat pump, a meter reading. */
export const isCapacity = (v: string): boolean => /^\d{1,6}([.,]\d{1,3})? ?(kWp|kWh|kW|Wp|W|MWh|kVA)$/.test(v)
/** A weight (a pet's, a bag's) or a body measure. */
export const isWeight = (v: string): boolean => /^\d{1,3}([.,]\d{1,2})? ?(kg|g|lb|lbs)$/.test(v)
/** Titles and forms of address by language, which stay outside a PERSON label. */
export const TITLE: Record<string, RegExp> = {
  en: /^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Fr|Sr)\.? /i, fr: /^(M\.|Mme|Mlle|Madame|Monsieur|Me|Dr|Dre) /i,
  pt: /^(Sr\.|Sr\.ª|Sra\.|senhor|senhora|Dona|D\.|Dr\.|Dra\.|Eng\.|Enf\.) /i, es: /^(Sr\.|Sra\.|Srta\.|don|doña|D\.|Dña\.|Dr\.|Dra\.) /i,
  da: /^(hr\.|fru|frk\.|dr\.) /i, pl: /^(Pan|Pani|Pana|Panią|Panem|Panu|Państwo|dr|mgr|inż\.) /i,
  cs: /^(pan|paní|pane|pana|panu|panem|slečna|Ing\.|Mgr\.|MUDr\.|JUDr\.|Bc\.) /i, el: /^(κ\.|κα|κυρία|κύριος|κύριε|κυρίου|κυρία|Δρ\.|δρ\.) /i,
}
/** Words that are also given names or surnames, used as ordinary words, by language. */
export const NAME_WORDS_BY_LANG: Record<string, string[]> = {
  en: ["will", "mark", "bill", "grace", "dawn", "frank", "penny", "hope", "chance", "joy", "grant", "may", "rich", "faith", "carol", "pat", "sterling", "june",
    "crystal", "rob", "sue", "jack", "heath", "glen", "summer", "hunter", "ray", "drew", "rose", "ivy", "sunny", "patience", "miles", "rusty", "ginger"],
  fr: ["pierre", "rose", "blanc", "blanche", "claire", "constant", "aimé", "olive", "prudence", "noël", "clément", "patience", "désiré", "sylvain", "gaspard"],
  pt: ["rosa", "branco", "rocha", "luz", "glória", "vitória", "pereira", "oliveira", "pinto", "coelho", "esperança", "amado", "leite", "serra", "vale"],
  es: ["pilar", "rosa", "luz", "blanca", "paz", "sol", "dolores", "esperanza", "amparo", "consuelo", "rosario", "león", "lobo", "moreno", "calvo", "rubio", "cordero"],
  da: ["holm", "lund", "skov", "bjerg", "storm", "sommer", "vinter", "ravn", "bonde", "fisker", "møller", "dal", "sol", "kristen"],
  pl: ["sowa", "wróbel", "baran", "lis", "wilk", "kowal", "zając", "kot", "wiosna", "róża", "lato", "dobromił"],
  cs: ["svoboda", "černý", "veselý", "král", "kovář", "malý", "pokorný", "zima", "vlk", "liška", "sedlák", "růže", "naděje"],
  el: ["ελπίδα", "ειρήνη", "σοφία", "αγάπη", "χαρά", "νίκη", "ζωή", "αρετή", "δόξα", "άνθη"],
}
export const NAME_WORDS_81: string[] = [...new Set(Object.values(NAME_WORDS_BY_LANG).flat())]
export const nameWordsOf = (lang: string): string[] => NAME_WORDS_BY_LANG[lang.slice(0, 2)]!
