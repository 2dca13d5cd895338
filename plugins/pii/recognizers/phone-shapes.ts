import { verhoeff } from "./checksums.ts"
import { MONTHS } from "../data/everyday-words.ts"
import { NUMBER_NOUNS, OTHER_WORDS, PHONE_QUALIFIER, PHONE_WORDS } from "./phone-words.ts"
import { cutShort, lineStartWithin, listHeading } from "./line-start.ts"

// The shapes of a digit stretch that say what it is before any phone plan is asked: dates, the formats of other
// numbers, ids with a check digit, the groupings only phones take.
// What joins a date's parts, and most other numbers' (a stretch with none of them is groups apart by spaces).
export const DATE_UNIT = /[-/.]/
// A day, a month and a year with a space after each dot too, as Czech, Slovak and German write it (`02. 02. 2026`).
export const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{1,2}\. \d{1,2}\. \d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/
// Dotted runs that are phone numbers: pairs (06.12.34.56.78) or 3.3.4 (212.555.0147); any other dotted run is a version or an IP.
// A trunk 0, the area code and the subscriber number in one group (089.43511079, 07480.968205, 01.55499230) too, and
// Spain's and Poland's national groupings written with dots (938.31.48.83, 12.760.55.87).
// An international number dotted in any grouping (`+358.44.4984048`, `0091.97330.41316`), an area code in brackets then a dot (`(818).409-4166`),
// a Belgian zone or mobile prefix, a slash and dotted groups (`02/868.47.89`, `0475/12.34.56`).
export const DOTTED_PHONE = /^(?:\+\d{1,3}\.?|0)\d{0,3}(?:\.\d{2,4}){2,5}$|^(?:1\.)?\d{3}\.\d{3}\.\d{4}$|^0\d{2,5}\.\d{5,8}$|^0\d\.\d{7,8}$|^\d{3}\.\d{2}\.\d{2}\.\d{2}$|^\d{2}\.\d{3}\.\d{2}\.\d{2}$|^(?:\+|00)\d{1,3}(?:\.\d{1,8}){2,4}$|^\(\d{3}\)\.\d{3}[.-]\d{4}$|^0\d{1,3}\/\d{2,3}(?:\.\d{2}){2}$/
// Shapes of other numbers: an SSN (3-2-4), a ZIP+4, a 3-3-3 reference.
export const OTHER_SHAPES = /^(?:\d{3}[- ]\d{2}[- ]\d{4}|\d{5}-\d{4})$/
// A Brazilian postcode (`CEP: 01310-100`) and a range of years (`Home: 2019-2023`): no plan writes a number so.
export const POSTCODE_OR_YEARS = /^\d{5}-\d{3}$|^(?:19|20)\d\d-(?:19|20)\d\d$/
// A Portuguese postcode after an address's comma and before its town (`Gomes, 4700-320 Braga`), whatever phone word is
// near; a local number written 4-3 before a day or a town stays one (`Tel 2345-678 Mo-Fr`, `Telefone: 2222-333 Lisboa`).
// So is one right after its key (`cód postal 4150-364`, `código postal:`, `code postal`).
export const postcodeTown = (value: string, text: string, end: number) =>
  /^\d{4}-\d{3}$/.test(value) && ((/,[ \t]*$/.test(text.slice(Math.max(0, end - value.length - 3), end - value.length)) && /^[ \t]+\p{Lu}[\p{Ll}\p{M}]/u.test(text.slice(end, end + 4))) || POSTCODE_KEY.test(text.slice(Math.max(0, end - value.length - 24), end - value.length)))
const POSTCODE_KEY = /(?:^|[^\p{L}])(?:c[óo]d(?:igo|\.)?[ \t]*postal|code[ \t]+postal|c\.[ \t]?p\.|cp|post(?:al)?[ \t]?code)[ \t]*[:.]?[ \t]*$/iu
// A year, a slash and a serial (`2025/255221`, an invoice or a case): no plan writes a number so.
export const YEAR_SERIAL = /^(?:19|20)\d{2}\/\d{4,}$/
// A year, then a time of day (`2025 1315`); and a day and a month's word before it (`24 Feb `, `3. März `).
export const YEAR_THEN_TIME = /^(?:19|20)\d\d[ ,]+(?:[01]\d|2[0-3])[0-5]\d$/
const DAY_MONTH_BEFORE = /(?:^|[^\p{L}\p{N}])\d{1,2}\.?[ ](\p{L}{3,})\.?,?[ ]$/u
export const MONTH_WORDS = new Set(MONTHS)
/** Whether a month and a day can be a date's (1-12, 1-31). */
export const validMonthDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31

/** Whether a day and a month's word stand right before `start` (`20 Jul `, `3. März `). */
export function monthBefore(text: string, start: number): boolean {
  const m = DAY_MONTH_BEFORE.exec(text.slice(Math.max(0, start - 20), start))
  return m !== null && MONTH_WORDS.has(m[1]!.toLowerCase())
}
// An id's key (`contact_id`, `id_aspirante`, `n_socio`), or a compound or phrase naming a number that no phone label named
// (`Kundennummer`, `order no`, `hallgatói szám`).
export const OTHER_NUMBER_LABEL = /(?:^| )id$|^id |^(?:n|nº|n°|no|nr|num|numero|número|numéro|broj|број|αρ|αριθμός) \p{L}{3,}|\p{L}{3,} ?#$|\p{L}{3,}(?:nummer|nr|numero|nummeret)$|\p{L}{3,} (?:number|nummer|no|nr|numéro|número|numero|numer|szám|broj|număr|numărul|číslo|numeris|numurs|številka)$/u
export const SHORT_SLASHED = /^[1-9]\d{0,4}\/\d{1,3}$/
// A month and a year of this century or the last (`05/2030`, `11-1998`): a card's expiry or a date, never a number a plan
// writes (no plan's national number is a two-digit area code and four digits).
export const MONTH_YEAR = /^(?:0[1-9]|1[0-2])[-/.](?:19|20)\d\d$/
// A web server's access log line: the request in quotes, then its status and the bytes sent (`"GET /a HTTP/1.1" 200 5123`).
const REQUEST_CLOSED = /HTTP\/\d(?:\.\d)?" $/
/** Whether `start` opens the status and size after a logged request's closing quote. */
export const accessLogAfter = (text: string, start: number) => text.charCodeAt(start - 2) === 34 && REQUEST_CLOSED.test(text.slice(Math.max(0, start - 12), start))
// A Brazilian number as Brazilians write it: a two-digit area code in brackets, then a mobile's 9 and four digits or a
// landline's four, a dash and four (`(11) 97342-1856`, `(12) 3832-1907`). No other plan writes that shape, so such a
// number valid in Brazil is a phone outside the default regions too, with no phone word before it.
export const brazilianShape = (value: string) => /^\(\d{2}\) ?(?:9\d{4}|[2-5]\d{3})-\d{4}$/.test(value)
/** A lower-case word for which phone after the street word at `street`, before `start` (`at the gate, his line is …`: Norway's `gate`). */
export function qualifiedAfterStreet(text: string, street: number, start: number): boolean {
  const after = text.slice(street, start).replace(/^[\p{L}\p{M}]+/u, "")
  return (after.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]+/gu) ?? []).some((w) => PHONE_QUALIFIER.test(w))
}

/**
 * Whether the address that opens at the street word `street` was written whole before `start`: its numbers, then the
 * town by name, then a comma (`Rue des Tanneurs 17, 5000 Namur, 0498 37 60 29`, `…straat 70, 6511 MN Nijmegen, 024 …`).
 * A number after that is no house number or postcode, which come before the town or right after the house number.
 */
export function addressDoneBefore(text: string, street: number, start: number): boolean {
  return ADDRESS_DONE.test(text.slice(street, start))
}
const ADDRESS_DONE = /\d[^\n]*?[ ,]\p{Lu}[\p{L}\p{M}'’-]+(?: [\p{L}\p{M}'’-]+){0,2}[ \t]*[,;][ \t]*$/u

/** A Brazilian mobile as written there, which no other plan writes (`notificado no (51) 99208-3316`: `no` is "in the", not a number's). */
export const brazilianMobile = (value: string) => value.charCodeAt(value.length - 10) === 57 && brazilianShape(value)
// A shipping container's number (ISO 6346): its owner's three letters and U, J or Z, then six digits and a check digit
// (`TGHU 603418 2`, `MSCU5088120`). The digits after the code are no phone.
const CONTAINER_CODE = /(?:^|[^\p{L}\p{N}])[A-Z]{3}[UJZ][ -]?$/u
export const containerNumber = (text: string, start: number, end: number) =>
  /^\d{6}[ -]?\d$/.test(text.slice(start, end)) && CONTAINER_CODE.test(text.slice(Math.max(0, start - 6), start))
// A serial, a slash and a year's last two digits ending it (`04172/25`, a register's entry of 2025), unless a phone word
// is near: a phone's last pair written after a slash (`Téléphone : 2851/18/40`) is rare but is a phone.
export const YEAR_SUFFIXED = /^\d{4,6}\/\d{2}$/
// Countries' codes written before their numbers; not those that are also words or ids (`IT`, `NO`, `IN`, `ID`, `AT`, `BE`).
export const COUNTRY_CODES = new Set(["US", "UK", "GB", "CA", "IE", "AU", "NZ", "DE", "FR", "ES", "NL", "CH", "PT", "SE", "DK", "FI", "PL", "MX", "BR"])
// An IBAN's country code and check digits, then groups of four, right before a number.
export const IBAN_HEAD = /(?:^|[^\p{L}\p{N}])[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){1,4} $/u
// An id with a check digit after a dash (`889745850-2`): no plan ends a number in a lone digit. A Nordic personal
// or Latvian personal number, a date (or Latvia's 32) and a serial (`200190-2229`, `181096-19049`); a Czech or Slovak
// birth number (`881113/0438`). A register's entry, its year between slashes (`842/2025/96690`).
export const SLASHED_REFERENCE = /^\d{1,6}\/(?:19|20)\d\d\/\d+$/
// A slash after digits with no trunk 0 (`subvention 85/7979284`): a reference as often as an area code (`22/5743439`, a
// Warsaw number), so a phone only with a phone word near; not an Italian mobile (`333/1234567`).
export const SLASH_NO_TRUNK = /^(?!3\d\d\/\d{6,7}$)[1-9]\d*\/\d/
// A check digit after a dash (`123456-7`), a Norwegian birth number, dates with a serial.
export const CHECK_DIGIT = /^\d{5,}-\d$|^\d{2}-\d{8}-\d$|^\d{6}-\d{4}$|^\d\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])(?:0[1-9]|[12]\d|3[01])\/\d{3,4}$|^(?:(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d|32\d{4})-\d{5}$/
// The shapes only phone numbers take: an area code in brackets (`(713) 264-2105`, a trunk's `(03) 9555 2810`, `(0161) 496
// 0000`), dotted 3.3.4 (`720.788.3675`, with the country's `1.` before it: `1.866.402.9931`).
export const NANP_SHAPE = /^\(\d{3}\) ?\d{3}[-. ]\d{4}$|^(?:1\.)?\d{3}\.\d{3}\.\d{4}$|^\(0[1-9]\d{0,3}\) ?\d{3,4}(?:[ -]\d{3,4}){1,2}$/
// A 3-3-3 reference, unless a phone word is near: the way Spain, Portugal, Poland and Czechia write mobiles too.
// A Portuguese postcode (4-3) and a Brazilian CEP (5-3) too.
// Groups of four or more, then a last group of two (`2769-7114-34`, a policy or contract number): no plan's national
// format (libphonenumber) ends in a pair but after pairs or triples.
export const REFERENCE_333 = /^\d{3}-\d{3}-\d{3}$|^\d{4,5}-\d{3}$|^(?:\d{4,}[- ])+\d{4,}[- ]\d{2}$/
// Dotted runs read as a phone only with a phone word near: a trunk 0 and a long group (089.43511079), 4.4 (2786.2998),
// a Brazilian mobile 2.5.4 (11.95479.0339), a Swedish area code before a dash (`072-102.95.38`); not a coordinate
// (`51.06769, -1.53622`).
// Lithuania's trunk 8 before a dotted number (`8.678.36520`, `8.5.249.2819`). A last digit may stand alone (`077.891.2223.2`).
// A Brazilian area code apart, then the number dotted (`11 98881.7183`). A dot then a dash, as a quick hand types a North
// American or a Brazilian number (`617.850-2464`, `31.96751-7873`).
// Chile's area code or mobile 9 before two fours (`9.9320.0685`), Colombia's area code before seven digits (`604.4624452`).
// A trunk 0 (Hungary's 06) apart, then an area code of one to three digits and the rest (`06.1.279.1650`, `0.37.820481`).
// An area code with its trunk 0 and a dot, then the rest in dashes (Argentina's `011.15-2392-8179`); a trunk and a dash,
// then the area code and a dot (Lithuania's `0-617.63209`).
export const DOTTED_NEAR = /^\d{3}\.\d{3}-\d{4}$|^\d{2}\.\d{4,5}-\d{4}$|^0\d?\.\d{1,3}(?:\.\d{2,8}){1,2}$|^\d{2,4}(?:\.\d{2,4}){1,3}(?:\.\d)?$|^\d\.\d{4}\.\d{4}$|^\d{3}\.\d{7}$|^\d{2,3}\.\d{4,5}\.\d{4}$|^0\d{1,3}-\d{2,3}(?:\.\d{2,3}){1,3}$|^8(?:\.\d{1,3}){1,2}\.\d{4,5}$|^\d{2} \d{4,5}\.\d{4}$|^0\d{1,4}\.\d{1,4}(?:-\d{2,4}){1,3}$|^[08]-\d{2,3}\.\d{4,6}$/
// A link or a label glued to the number: `tel:+46…`, `callto:…`.
/** A date written with spaces (`2025 03 12`, `28 11 2024`): a year of 19xx or 20xx, a month and a day that exist. */
export function spacedDate(value: string): boolean {
  const m = /^(?:((?:19|20)\d\d) (\d\d) (\d\d)|(\d\d) (\d\d) ((?:19|20)\d\d))$/.exec(value)
  if (!m) return false
  const [month, day] = m[1] ? [Number(m[2]), Number(m[3])] : [Number(m[5]), Number(m[4])]
  const [otherMonth, otherDay] = m[1] ? [Number(m[3]), Number(m[2])] : [Number(m[4]), Number(m[5])]
  return validMonthDay(month, day) || validMonthDay(otherMonth, otherDay)
}

/** An Aadhaar number as it is written (`8958 2573 8295`: twelve digits in fours, never led by 0 or 1) whose Verhoeff check holds. */
export const aadhaar = (value: string) => AADHAAR_SHAPE.test(value) && verhoeff(value.replace(/ /g, ""))
const AADHAAR_SHAPE = /^[2-9]\d{3} \d{4} \d{4}$/
// Twelve digits in three fours, the first no trunk 0 and no `+` or `00` before (`3775 0904 8258`, a ticket's or a
// card's): no plan writes a national number so (Germany's and China's twelve in fours open with their trunk 0,
// `0151 2345 6789`), though Italy's and Greece's plans accept some such runs. A phone only with a phone word near.
export const TWELVE_IN_FOURS = /^[1-9]\d{3}([ -])\d{4}\1\d{4}$/

export const TEL_BEFORE = /(?:tel|callto|sms|sip|whatsapp|phone):$/i
// A phone's key glued to its number by a colon (`mob:+27 71 …`, `cell:503/706 4300`, `cb:0781…`): as good as `tel:`,
// however the words before it read (a log line's time, another key's value).
export const PHONE_KEY_GLUED = /(?:^|[^\p{L}])(?:mob|mobile|mobil|móvil|movil|cell|cel|celular|handy|gsm|ph|phn|tel|tele|telefon|telefone|telefono|teléfono|telephone|téléphone|tlf|tlfn|fax|cb|ani|cli|landline|whatsapp|sms):$/iu
// An extension right after the number (`416/713 9986 ext. 402`, `(ext. 50)`, `x84`): only a phone has one.
// Only the words that mean nothing else: `poste`, `interno`, `anexo`, `lokal` also name a post, a flat or a room (`lot … poste 3`).
export const EXTENSION_AFTER = /^,?[ \t]*\(?(?:ext|extn|extension|extensão|extensión|interno|poste|lokal|linka|anknytning|durchwahl|dw|klapka|wewn)\.?:?[ \t]*\d{1,6}(?!\d)|^[ \t]?x\d{1,6}(?![\p{L}\p{N}])/iu

/**
 * A Norwegian birth number (fødselsnummer: a date, three digits, two mod-11 check digits), or a D-number (day + 40):
 * eleven bare digits that pass both checks. About one UK, German or Chinese number in a hundred passes them too, so the
 * phone recognizer asks only where no phone word is near.
 */
export function norwegianId(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false
  const d = [...value].map(Number)
  const day = d[0]! * 10 + d[1]!
  const month = d[2]! * 10 + d[3]!
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) || month < 1 || month > 12) return false
  const check = (weights: number[]) => {
    const k = 11 - (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11)
    return k === 11 ? 0 : k
  }
  const k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2])
  const k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
  return k1 === d[9] && k2 === d[10]
}

/** An amount's currency written as a word right after a number (`1 234 567 euros`, `45 678 912 Franken`). */
export const CURRENCY_WORD_AFTER = /^\s(?:euros?|dollars?|pounds?|pesos|francs?|franken|kron(?:or|er|en|a|y)|złotych|zlotys?|forint|lir[ae]|rupees?|rand|yen|reais|sterling|bucks|dólares|dolares|libras)(?![\p{L}\p{N}])/iu

/** A date written as one number (`20241130`). */
export const COMPACT_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/
/** A plain run that is a date (`20241130`) or a round sum (`4500000`). */
export const DATE_OR_ROUND = /^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|\d+000)$/
// An account's two-digit suffix after a dash (`40077193-02`), unless a phone word names it (an extension: `Durchwahl:
// 089123456-12`) and no letter is glued before it (a mortgage's `CB20774401-01`).
export const ACCOUNT_SUFFIX = /^\d{7,}-\d\d$/

// A list's item marker opening a line before a number (`1. 083 662 0195 – inverter offline`, `#2 (847) 391-2206 ext 14`,
// `3) +1 773 508 4412`): the list's, not the number's first digits nor a `#` naming some other number. Read as blanks,
// same length, so that the number stands alone on its line.
const ITEM_MARKER = /(^|\n)([ \t]*(?:#?\d{1,2}[.)]|#\d{1,2}))(?=[ \t]+(?:[+(]|\d{2}))/g
const ANY_MARKER = /(?:^|\n)[ \t]*#?\d{1,2}[.)]?[ \t]/

// A phone key's index glued to it (`PH1   021 489 3316     PH2 087 662 0941`, `Tel2: …`): the key's, not the number's first digit.
const KEY_INDEX = /(?<![\p{L}])((?:ph|tel|mob|cell|phone|fax|gsm|handy|tlf|tfn|mobile|telefon|telephone)\.?)\d(?=[ \t]*:?[ \t]+[+(]?\d)/giu

/** `text` with each list item's marker before a number blanked (ITEM_MARKER), and each phone key's index (KEY_INDEX). */
export function listItemsParted(text: string): string {
  const keyed = /\p{L}\d[ \t:]/u.test(text) ? text.replace(KEY_INDEX, "$1 ") : text
  if (!ANY_MARKER.test(keyed)) return keyed
  return keyed.replace(ITEM_MARKER, (_, line: string, marker: string) => line + " ".repeat(marker.length))
}

const ITEM_OPENING = /^[ \t]*(?:#?\d{1,2}[.)]|#\d{1,2}|[-•·*▪◦–])[ \t]/
// A heading over a list of numbers to call back, in the covered languages (a phone word alone heads a call's notes as often:
// `Call wrap-up⏎- Ticket 4471081542 closed⏎- 4471081543 follow-up`).
const CALLBACK_LIST = /(?<![\p{L}])(?:call[ -]?backs?|callback (?:list|queue)|calls to return|numbers to call|phone list|rückruf\p{L}*|rappels?|liste de rappel|richiam\p{L}*|terugbel\p{L}*|llamadas pendientes|devoluci\p{L}* de llamadas?|återuppringning\p{L}*|tilbagering\p{L}*|tilbakering\p{L}*|oddzwonienia|takaisinsoit\p{L}*)(?![\p{L}])/iu
/**
 * Where the line of a number on a list's item starts (`1) 07481 912 384 – glass fitted`, `3. Greenberg, Ruth – 3057712264`)
 * in a list of phones (its heading names one, not a bare `number`: `Callbacks – ClearPane claims, Mon am`), else
 * 0: what the other words of the heading or of the item before name (`claims`, `wants claim form by email`) is not this
 * item's, and the heading's phone word is the item's.
 */
export function listItemLineStart(original: string, start: number): number {
  // Read back 81 units at most: on a text of one long line, back to its start for every number was quadratic.
  const line = lineStartWithin(original, start, 81)
  if (line === 0 || cutShort(original, line) || start - line > 80 || !ITEM_OPENING.test(original.slice(line, start))) return 0
  const [from, to] = listHeading(original, line, ITEM_OPENING)
  return CALLBACK_LIST.test(original.slice(from, to)) && !NUMBER_NOUNS.test(original, from, to) ? line : 0
}

// A German area code set apart by a spaced slash (`0421 / 49 33 71`, `0221 / 9 47 38-0`): the trunk 0 and two to four
// digits alone before it (not a number's last group: `9311 0640 / 9108 5274` are two), five or more digits after it (not
// four alone: `Mo-Fr 0800 / 1800` are times). WINDOW reads ` / ` as a break between two numbers; the slash is
// moved to the area code (`0421/  49 33 71`), same length, so the number is read whole.
const AREA_SLASH = /(?<![\d/.,:-]|\d[ ])(0\d{2,4}) \/ (?=[1-9](?:[ -]?\d){4})(?!\d{4}(?![ -]?\d))/g

// Every group set apart by a spaced slash (`0907 / 421 / 366`, as a Slovak or Czech text writes a mobile): the trunk 0
// and three groups of two to four digits, nine to eleven in all; the slashes are moved the same way.
const GROUPS_SLASHED = /(?<![\d/.,:-]|\d[ ])(0\d{2,3}) \/ (\d{2,4}) \/ (\d{2,4})(?![\d/]| \/)/g

/** `text` with each area code set apart by a spaced slash joined to its number (AREA_SLASH, GROUPS_SLASHED). */
export const areaCodesJoined = (text: string) => (text.includes(" / ") ? text.replace(GROUPS_SLASHED, groupsJoined).replace(AREA_SLASH, "$1/  ") : text)
const groupsJoined = (m: string, a: string, b: string, c: string) => {
  const digits = a.length + b.length + c.length
  return digits >= 9 && digits <= 11 ? `${a}/  ${b}/  ${c}` : m
}

// A key that names nothing of its own (`I found your order. Details: 0612…`): what came before it names its value.
const GENERIC_KEY = /^(?:details?|notes?|nb|ps|info|information|here|below|see|remarks?|comments?|answer|reply|response|détails|détail|remarque|hinweis|anmerkung|detalles|nota|dettagli|opmerking|detaljer)$/i
// A field's key right before the number (`Help: 888-604-9217`, `N° client: …`): up to three words and a colon, opening its
// line or a sentence (in prose a colon ends a phrase that may name the number: `le numéro de membre sous les yeux : …`).
const KEY_BEFORE = /(?:^|\n|[.!?;|][ \t]+)[ \t]*([\p{L}#№][\p{L}\p{M}°º'’#.-]*(?:[ \t]+[\p{L}#№][\p{L}\p{M}°º'’#.-]*){0,2})[ \t]*:[ \t]*$/u

/**
 * Where the words that may name the number at `start` begin: at its field's key (what a sentence before the key named
 * is not the key's value: `Ref LF-88213. Help: 888-604-9217`; the key's own words still count: `Order ref: …`), or at
 * its list item's line (listItemLineStart); else 0.
 */
export function ownStretchStart(original: string, start: number): number {
  const from = Math.max(0, start - 40)
  const colon = original.charCodeAt(start - 1) === 58 || original.charCodeAt(start - 2) === 58
  const key = colon ? KEY_BEFORE.exec(original.slice(from, start)) : null
  if (key && GENERIC_KEY.test(key[1]!)) return listItemLineStart(original, start)
  return Math.max(key ? from + key.index + key[0].indexOf(key[1]!) : 0, listItemLineStart(original, start))
}

// Whether the number at `start` is a chat speaker's answer to a question for a phone, its line opening with the speaker's
// tag and the number its first words (`Member: 720-664-0931, ask for …`, `Membre : oui 027 …`): a speaker's tag when the
// same tag opens another line, not a key naming the number, if the line before asked for a phone and no other number
// (`I'll need a phone there for the driver.`; not `What's your member number?`). A key naming a number (`Job no.:`) is none.
const SPEAKER_ANSWER = /^[ \t]*(\p{L}[\p{L}\p{M}'’-]{1,20}(?: \p{L}[\p{L}\p{M}'’-]{1,20})?)[ \t]?:[ \t]+(?:(?:yes|yeah|sure|ok|okay|it's|its|oui|ja|sí|si|sì|sim|tak|jo)[,.]?[ \t]+)?$/iu
// A question about the phone itself, not its number (`what phone plan are you on?`, `phone bill total?`, `Welches Handy …?`).
const DEVICE_ASKED = /(?<![\p{L}])(?:plan|plans|bill|bills|tarif\p{L}*|tariff|model\p{L}*|contract|vertrag|case|screen|insurance|upgrade|welche[snm]?|which|what phone|what mobile|quel(?:le)?|qué|cuál|quale)(?![\p{L}])/iu
/** Whether `tag` opens a line (after spaces) between `from` and `to`, a colon after it: read back 2,000 units at most. */
function tagOpensLine(text: string, from: number, to: number, tag: string): boolean {
  for (let i = text.indexOf(tag, from); i >= 0 && i < to; i = text.indexOf(tag, i + 1)) {
    let j = i - 1
    while (j >= from && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--
    if ((j < 0 || text.charCodeAt(j) === 10) && /^[ \t]?:/.test(text.slice(i + tag.length, i + tag.length + 2))) return true
  }
  return false
}
export function speakerAnswers(original: string, start: number): boolean {
  const line = lineStartWithin(original, start, 41)
  const tag = line > 0 && !cutShort(original, line) && start - line <= 40 ? SPEAKER_ANSWER.exec(original.slice(line, start)) : null
  if (!tag || NUMBER_NOUNS.test(tag[1]!)) return false
  const before = original.lastIndexOf("\n", line - 2) + 1
  if (!PHONE_WORDS.test(original, before, line) || OTHER_WORDS.test(original, before, line) || (DEVICE_ASKED.test(original.slice(before, line)) && !NUMBER_NOUNS.test(original, before, line))) return false
  return tagOpensLine(original, Math.max(0, line - 2000), line - 1, tag[1]!)
}
