import { Metadata, type CountryCode } from "libphonenumber-js/min"
import { parsePhone, type ParsedPhone } from "./phone-parse.ts"
import { allMatches, defineRecognizer, phoneRegion, type Candidate, type Recognizer } from "../../../core/index.ts"
import { NUMBER_NOUNS, OTHER_WORDS, PHONE_SIGN, PHONE_WORDS } from "./phone-words.ts"

/**
 * Regions a national number (no `+` or `00`) is read in when none are configured: the US (and, by its plan, Canada),
 * every EU/EEA country, the UK and Switzerland. A European contact center meets its neighbours' national numbers;
 * on both labeled corpora the wider list found 10 more national numbers and no more false positives than the
 * western-European one (the shapes of postcodes and references are refused before any region is tried).
 */
export const DEFAULT_REGIONS = ["US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "NL", "IT", "PT", "LU", "DK", "SE", "NO", "FI", "IS", "PL", "CZ", "SK", "HU", "SI", "HR", "RO", "BG", "GR", "CY", "MT", "EE", "LV", "LT", "LI"]

const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/
// Dotted runs that are phone numbers: pairs (06.12.34.56.78) or 3.3.4 (212.555.0147); any other dotted run is a version or an IP.
// A trunk 0, the area code and the subscriber number in one group (089.43511079, 07480.968205) too.
const DOTTED_PHONE = /^(?:\+\d{1,3}\.?|0)\d{0,3}(?:\.\d{2,4}){2,5}$|^\d{3}\.\d{3}\.\d{4}$|^0\d{2,4}\.\d{5,8}$/
// Shapes of other numbers: an SSN (3-2-4), a ZIP+4, a 3-3-3 reference.
const OTHER_SHAPES = /^(?:\d{3}[- ]\d{2}[- ]\d{4}|\d{5}-\d{4})$/
// A 3-3-3 reference, unless a phone word is near: the way Spain, Portugal, Poland and Czechia write mobiles too.
// A Portuguese postcode (4-3) too.
// Groups of four or more, then a last group of two (`2769-7114-34`, a policy or contract number): no plan's national
// format (libphonenumber) ends in a pair but after pairs or triples.
const REFERENCE_333 = /^\d{3}-\d{3}-\d{3}$|^\d{4}-\d{3}$|^(?:\d{4,}[- ])+\d{4,}[- ]\d{2}$/
// Dotted runs read as a phone only with a phone word near: a trunk 0 and a long group (089.43511079), 4.4 (2786.2998).
const DOTTED_NEAR = /^\d{2,4}(?:\.\d{2,4}){1,3}$/
// A link or a label glued to the number: `tel:+46…`, `callto:…`.
const TEL_BEFORE = /(?:tel|callto|sms|sip|whatsapp|phone):$/i

/** Where the words before `start` begin, nearest first, within `reach` units. */
function wordStartsBefore(text: string, start: number, reach: number): number[] {
  const out: number[] = []
  const from = Math.max(0, start - reach)
  for (let i = start - 1; i >= from; i--) {
    if (/[\p{L}\p{N}]/u.test(text[i]!) && (i === 0 || !/[\p{L}\p{N}.-]/u.test(text[i - 1]!))) out.push(i)
  }
  return out
}

/**
 * Whether the word naming some other number is nearer the number than the phone word (`Phone: …⏎Postcode: 560070`),
 * or names the number the phone word is only the noun of (`social security number 061627682`, `policy no.`).
 */
function otherNearer(text: string, start: number): boolean {
  const starts = wordStartsBefore(text, start, 40)
  const phoneAt = starts.find((p) => PHONE_WORDS.test(text, p, start))
  const otherAt = starts.find((p) => p >= start - 25 && OTHER_WORDS.test(text, p, start))
  if (otherAt === undefined) return false
  if (phoneAt === undefined || otherAt >= phoneAt) return true
  // The phone word is a bare "number" and an id word ends right before it.
  const k = starts.indexOf(phoneAt)
  if (!NUMBER_NOUNS.test(text, phoneAt, starts[k - 1] ?? start)) return false
  const before = starts[k + 2] ?? starts[k + 1]
  return before !== undefined && OTHER_WORDS.test(text, before, phoneAt)
}

/** Why a libphonenumber match is no phone: it is a date, a version, part of a longer number or an id. */
function shapeRejected(text: string, start: number, end: number, near: boolean): boolean {
  const value = text.slice(start, end)
  // A date in brackets (`(2026-03-21, 18:57)`) too: the stretch takes the opening bracket.
  if (DATE.test(value) || (value.charCodeAt(0) === 40 && DATE.test(value.slice(1))) || OTHER_SHAPES.test(value) || (!near && REFERENCE_333.test(value))) return true
  // Longer than a national number and not international: a card or an account number.
  if (!/^(?:\+|00)/.test(value) && value.replace(/\D/g, "").length > 12) return true
  if (value.includes(".") && !DOTTED_PHONE.test(value.replace(/\s/g, "")) && !(near && DOTTED_NEAR.test(value))) return true
  if (TEL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false
  const before = text.slice(Math.max(0, start - 2), start)
  const after = text.slice(end, end + 2)
  // Glued to letters or to more digits (an IBAN, a card, an order id `KD-4481207`, an amount `1.234,56`, a time).
  // A comma after a letter separates fields (`…btinternet.com,(617) 737-5291` of a CSV line); after a digit it is an amount.
  if (/[\p{L}\p{N}_#]$|[\p{L}\p{N}][-/.:#]$|[\p{N}],$|[\p{N}][ ]$/u.test(before)) return true
  // Inside a NINO (`AB 12 34 56 C`) or after a two-letter code; not after a short word of an ALL-CAPS sentence (`CALL ME ON`).
  const code = /(?:^|[^\p{L}])\p{Lu}{2} $/u.test(text.slice(Math.max(0, start - 4), start)) && !/\p{Lu}{2,}[ ]\p{Lu}{2} $/u.test(text.slice(Math.max(0, start - 24), start))
  if ((code && !/^(?:\+|00)/.test(value)) || /^ [A-D](?![\p{L}\p{N}])/u.test(after + text.slice(end + 2, end + 3))) return true
  // A NINO typed in lower case (`cc 96 77 74 a`).
  if (/^\d{2} ?\d{2} ?\d{2}$/.test(value) && /(?:^|[^\p{L}])[a-z]{2} $/u.test(text.slice(Math.max(0, start - 4), start)) && /^ [a-d](?![\p{L}\p{N}])/u.test(text.slice(end, end + 3))) return true
  // A comma then a letter, or one to three digits (a decimal, a thousands group), is glued; a comma then a longer
  // number is a CSV separator (`…,(617) 737-5291,2026-08-25T…`).
  if (/^[\p{L}\p{N}_]|^[-/.:][\p{L}\p{N}]|^,\p{L}|^,\p{N}{1,3}(?!\p{N})|^ \p{N}|^[%€$£]|^ ?(?:€|EUR|USD|CHF|GBP|kg|km|Uhr|h\b)/u.test(after + text.slice(end + 2, end + 5))) return true
  return /^[$€£]|[$€£]\s?$/.test(before)
}

// A stretch that could be one phone number: an optional `+` or `(`, digits and the separators numbers are written
// with, on one line, ending in a digit. libphonenumber's text matcher is slow on whole texts (tens of µs per call
// and region); each stretch is checked by shape first, then parsed as a whole.
const WINDOW = /(?<![\p{L}\p{N}])(?:\+|\(\+?)?\d(?:(?! \/ |\.\.)[\d \t().\/-]){4,}\d/gu
const digitCount = (s: string) => {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 48 && c <= 57) n++
  }
  return n
}

/** Regions in which a national number is written with a trunk `0`, and Italy's plan, where the 0 is part of the number. */
function zeroRegions(countries: CountryCode[]): Set<CountryCode> {
  const metadata = new Metadata()
  return new Set(countries.filter((c) => ["IT", "SM", "VA"].includes(c) || (metadata.selectNumberingPlan(c), (metadata.numberingPlan as unknown as { nationalPrefix(): string | undefined } | undefined)?.nationalPrefix() === "0")))
}

/**
 * The regions worth parsing a national number in: a leading 0 rules out North America, its absence most of Europe.
 * Each list is reordered as numbers are found (the region that matched last is tried first): texts of one tenant
 * mostly hold one country's numbers, and each parse is the cost. The order changes speed, never the result.
 */
interface RegionLists {
  all: CountryCode[]
  zero: CountryCode[]
  other: CountryCode[]
}

function regionLists(countries: CountryCode[]): RegionLists {
  const zero = zeroRegions(countries)
  const kept = (c: CountryCode) => c === "IT" || c === "SM" || c === "VA"
  return { all: countries, zero: countries.filter((c) => zero.has(c)), other: countries.filter((c) => !zero.has(c) || kept(c)) }
}

// What `PhoneNumber.isValid()` checks, with its regular expressions built once per plan: the library builds each of
// them again on every call (a plan shared by several countries, US or GB, is checked type by type: fixed line,
// mobile, toll free...). Valid: the national number fits the plan's pattern and, when the plan lists number types,
// one of them (its pattern, and its lengths when it lists them).
interface PlanCheck {
  national: RegExp
  types?: Array<{ pattern: RegExp; lengths?: number[] }>
}
const NUMBER_TYPES = ["FIXED_LINE", "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"]
const plans = new Metadata()
const planChecks = new Map<string, PlanCheck>()
interface NumberingPlan {
  hasTypes(): boolean
  nationalNumberPattern(): string
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined
}
function planCheck(plan: string): PlanCheck {
  let check = planChecks.get(plan)
  if (check) return check
  plans.selectNumberingPlan(plan as CountryCode)
  const numbering = plans.numberingPlan as unknown as NumberingPlan
  const whole = (source: string) => new RegExp(`^(?:${source})$`)
  check = { national: whole(numbering.nationalNumberPattern()) }
  if (numbering.hasTypes()) {
    check.types = NUMBER_TYPES.flatMap((name) => {
      const type = numbering.type(name)
      return type?.pattern() ? [{ pattern: whole(type.pattern()), lengths: type.possibleLengths() }] : []
    })
  }
  planChecks.set(plan, check)
  return check
}

function isValid(phone: ParsedPhone): boolean {
  const plan = phone.country || phone.callingCode
  if (!plan) return false
  const check = planCheck(plan)
  const national = phone.nationalNumber
  if (!check.national.test(national)) return false
  return !check.types || check.types.some((t) => (!t.lengths || t.lengths.includes(national.length)) && t.pattern.test(national))
}

function validIn(value: string, lists: RegionLists): boolean {
  // `00` dials out of most of Europe, not out of North America: read it as `+` whatever the first region is.
  const international = /^(?:\+|00|\(\+)/.test(value)
  const number = value.replace(/^00/, "+")
  const list = international ? lists.all.slice(0, 1) : /^\(?0/.test(value) ? lists.zero : lists.other
  for (let i = 0; i < list.length; i++) {
    const phone = parsePhone(number, list[i]!)
    if (!phone || !isValid(phone)) continue
    if (i > 0 && !international) list.unshift(...list.splice(i, 1))
    return true
  }
  return false
}

/** One way to read a written number: its E.164 form, and the region whose plan it was read in. */
export interface PhoneReading {
  e164: string
  region: CountryCode
}

/**
 * The numbers a written phone number can be, as the recognizer reads it: one when it is international (`+`, `00`),
 * else one per region of `regions` whose plan it is valid in (`020 7946 0958` is a London number in GB, and another
 * number in DE). None when it is no valid number in any. Independent of the order of `regions`.
 */
export function phoneReader(regions: readonly string[] = DEFAULT_REGIONS): (value: string) => PhoneReading[] {
  const lists = regionLists([...new Set(regions.map((r) => phoneRegion(r)).filter((r): r is CountryCode => !!r))])
  return (value) => {
    const international = /^(?:\+|00|\(\+)/.test(value)
    const list = international ? lists.all.slice(0, 1) : /^\(?0/.test(value) ? lists.zero : lists.other
    const out: PhoneReading[] = []
    for (const region of list) {
      const phone = parsePhone(value.replace(/^00/, "+"), region)
      if (phone && isValid(phone)) out.push({ e164: phone.number, region: phone.country ?? region })
    }
    return out
  }
}

/**
 * Where a number starts and ends in a stretch: the whole stretch when it parses as valid, else for an international
 * number its longest valid prefix of whole groups (`+44 20 7946 0958 14` of a time that follows).
 */
function numberIn(value: string, lists: RegionLists): number | undefined {
  const digits = value.replace(/^00/, "").replace(/\D/g, "").length
  const international = /^(?:\+|00|\(\+)/.test(value)
  if (digits <= 15 && validIn(value, lists)) return value.length
  if (!international) return undefined
  // Group ends (a digit before a non-digit) while the prefix can still be a number (15 digits at most): a long stretch
  // of digit groups costs no more parses than a short one.
  const ends: number[] = []
  let digitsSoFar = value.startsWith("00") ? -2 : 0
  for (let i = 0; i < value.length - 1 && digitsSoFar <= 15; i++) {
    const c = value.charCodeAt(i)
    if (c < 48 || c > 57) continue
    digitsSoFar++
    const next = value.charCodeAt(i + 1)
    if ((next < 48 || next > 57) && digitsSoFar <= 15) ends.push(i + 1)
  }
  ends.reverse()
  for (const end of ends) {
    const part = value.slice(0, end)
    if (part.replace(/^00/, "").replace(/\D/g, "").length <= 15 && validIn(part, lists)) return end
  }
  return undefined
}

/**
 * Phone numbers by Google's numbering plans (libphonenumber-js, "min" metadata as core/normalize.ts),
 * reading national numbers in each of `regions`. What the plans accept but a
 * reader would not call a phone number is dropped: dates, versions and IPs,
 * digits glued to letters or to longer digit runs. A number written without
 * `+`, `00`, a trunk `0` or separators counts only with a phone word nearby.
 */
export function createPhoneRecognizer(regions: readonly string[] = DEFAULT_REGIONS): Recognizer {
  const countries = [...new Set(regions.map((r) => phoneRegion(r)).filter((r): r is CountryCode => !!r))]
  const lists = regionLists(countries)
  return defineRecognizer({
    type: "PHONE",
    name: "phone",
    score: 0.75,
    requires: /\d/,
    find(text) {
      const found: Candidate[] = []
      for (const w of allMatches(WINDOW, text)) {
        if (digitCount(w[0]) < 6) continue
        // An international number in brackets (`Divya (+61 465 148 621)`, `(+44) 20 …`): the plans read it from its `+`.
        const bracket = w[0].startsWith("(+") ? 1 : 0
        const value = w[0].slice(bracket)
        const start = w.index + bracket
        // The cheap check first: most stretches are dates, amounts, references or cards, and parsing is the cost.
        // A national number is the whole stretch, so its shape can be judged before it is parsed.
        const national = !/^(?:\+|00|\(\+)/.test(value)
        if (national && shapeRejected(text, start, start + value.length, true)) continue
        // The words before the stretch do not depend on where the number ends: read them before the parse.
        const tel = TEL_BEFORE.test(text.slice(Math.max(0, start - 8), start))
        const near = tel || PHONE_SIGN.test(text.slice(Math.max(0, start - 6), start)) || PHONE_WORDS.test(text, Math.max(0, start - 40), start)
        // An order, account or customer number is never written with a `+`: a word naming one does not turn a valid
        // international number into one (`the phone number on the account⏎caller: it's +353 87 …`).
        const plus = value.charCodeAt(0) === 43
        if (!tel && !plus && OTHER_WORDS.test(text, Math.max(0, start - 25), start) && (!near || otherNearer(text, start))) continue
        const length = numberIn(value, lists)
        if (length === undefined) continue
        const end = start + length
        // A national number is still the whole stretch: judged above as with a phone word near, it needs no second look.
        if (!(national && near) && shapeRejected(text, start, end, near)) continue
        // A bare digit run without a trunk 0 (an order number, as often as a phone) needs a phone word nearby.
        const plain = /^[1-9]\d*$/.test(text.slice(start, end))
        // A bracket closing after the country code belongs to the number: the span keeps both (`(+44) 20 …`).
        found.push({ start: bracket && /^\+\d{1,3}\)/.test(value) ? w.index : start, end, score: plain ? (near ? 0.6 : 0.3) : near ? 0.85 : 0.75 })
      }
      return found
    },
  })
}
