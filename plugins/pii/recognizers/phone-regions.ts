import { getCountries, getCountryCallingCode, Metadata, parsePhoneNumber, type CountryCode } from "libphonenumber-js/min"
import { isValid, parsePhone } from "./phone-parse.ts"
import { phoneRegion } from "../../../core/index.ts"
import { DEFAULT_REGIONS } from "../entity-types.ts"

export { DEFAULT_REGIONS }

// The regions a written phone number is read in: which plans to try for a national number, in what order, and
// where in a stretch a valid number ends.


/** `/^(?:\+|00)/` (with `bracket`, `/^(?:\+|00|\(\+)/`) by its units. */
export function international(value: string, bracket: boolean): boolean {
  const c = value.charCodeAt(0)
  return c === 43 || (c === 48 && value.charCodeAt(1) === 48) || (bracket && c === 40 && value.charCodeAt(1) === 43)
}

const CALLING_CODES = new Set(getCountries().map((c) => getCountryCallingCode(c) as string))
/**
 * `00`, a country's calling code, then a space (`00352 621 …`, `0044 7700 …`): dialled out as with a `+`, a phone's
 * prefix (`0012 3456 …` names no country). An id may still be so written (`ticket 001-778…`, `ref 0064 856455`).
 */
export function dialledOut(value: string): boolean {
  const code = /^00([1-9]\d{0,2}) /.exec(value)?.[1]
  return code !== undefined && CALLING_CODES.has(code)
}

export const digitCount = (s: string) => {
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
export interface RegionLists {
  all: CountryCode[]
  zero: CountryCode[]
  other: CountryCode[]
}

/** The configured regions' countries, their lists, and every other country (read when a phone is named but no region reads it). */
export function regionPlans(regions: readonly string[]): { lists: RegionLists; elsewhere: CountryCode[] } {
  const countries = [...new Set(regions.map((r) => phoneRegion(r)).filter((r): r is CountryCode => !!r))]
  return { lists: regionLists(countries), elsewhere: getCountries().filter((c) => !countries.includes(c)) }
}

export function regionLists(countries: CountryCode[]): RegionLists {
  const zero = zeroRegions(countries)
  const kept = (c: CountryCode) => c === "IT" || c === "SM" || c === "VA"
  return { all: countries, zero: countries.filter((c) => zero.has(c)), other: countries.filter((c) => !zero.has(c) || kept(c)) }
}

/**
 * The regions to read a written number in: the first only for an international one (its `+` or `00` names the
 * country), else those with a trunk 0 or those without, by its first digit. The list itself, which validIn reorders.
 */
const regionsFor = (value: string, lists: RegionLists): CountryCode[] =>
  international(value, true) ? lists.all.slice(0, 1) : /^\(?0/.test(value) ? lists.zero : FREEPHONE.test(value) ? lists.other.concat(lists.zero) : lists.other
// Freephone and shared-cost numbers that plans with a trunk 0 write without one (Ireland's `1800 581 460`, `1850 …`,
// `1890 …`; Australia's `1300 …`, `1800 …`): read in those plans too.
const FREEPHONE = /^1(?:800|850|890|300)(?!\d{7})/

function validIn(value: string, lists: RegionLists): boolean {
  // `00` dials out of most of Europe, not out of North America: read it as `+` whatever the first region is.
  const plus = international(value, true)
  const number = value.replace(/^00/, "+")
  const list = regionsFor(value, lists)
  for (let i = 0; i < list.length; i++) {
    const phone = parsePhone(number, list[i]!)
    if (!phone || !isValid(phone)) continue
    if (i > 0 && !plus) list.unshift(...list.splice(i, 1))
    return true
  }
  return false
}

/**
 * Whether a national number no configured region reads is valid in some other country's plan (`(11) 96851-1763`, a
 * São Paulo mobile, for a tenant configured for Europe), each tried with and without a trunk 0 whatever its first digit.
 */
/**
 * Digits read out (said word by word, or in a caller's pauses) that make a number: valid in the configured regions'
 * plans, or, eight digits or more, in another plan.
 */
/** Whether digits read out are a national number of the configured regions from its trunk 0, ten digits or more. */
export const trunkNational = (digits: string, lists: RegionLists) => digits.startsWith("0") && digits.length >= 10 && numberIn(digits, lists) !== undefined

export const readOutValid = (digits: string, { lists, elsewhere }: { lists: RegionLists; elsewhere: readonly CountryCode[] }) =>
  numberIn(digits, lists) !== undefined || (digits.length >= 8 && validElsewhere(digits, elsewhere))

export function validElsewhere(value: string, elsewhere: readonly CountryCode[]): boolean {
  for (const region of elsewhere) {
    const phone = parsePhone(value, region)
    if (phone && isValid(phone)) return true
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
    const out: PhoneReading[] = []
    for (const region of regionsFor(value, lists)) {
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
export function numberIn(value: string, lists: RegionLists): number | undefined {
  const digits = digitCount(value) - (value.startsWith("00") ? 2 : 0)
  if (digits <= 15 && validIn(value, lists)) return value.length
  if (!international(value, true)) return undefined
  // Group ends (a digit before a non-digit) while the prefix can still be a number (3 to 15 digits: a `+` and two
  // digits are no number in any plan, and the library throws to say so): a long stretch costs no more parses.
  const ends: number[] = []
  let digitsSoFar = value.startsWith("00") ? -2 : 0
  for (let i = 0; i < value.length - 1 && digitsSoFar <= 15; i++) {
    const c = value.charCodeAt(i)
    if (c < 48 || c > 57) continue
    digitsSoFar++
    const next = value.charCodeAt(i + 1)
    if ((next < 48 || next > 57) && digitsSoFar <= 15 && digitsSoFar >= 3) ends.push(i + 1)
  }
  ends.reverse()
  for (const end of ends) {
    const part = value.slice(0, end)
    if (part.replace(/^00/, "").replace(/\D/g, "").length <= 15 && validIn(part, lists)) return end
  }
  return undefined
}

/** After how many digits each group of a written number ends, the last group's end left out (`261-0666-127`: 3, 7). */
function groupEnds(value: string): number[] {
  const ends: number[] = []
  let digits = 0
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c < 48 || c > 57) continue
    digits++
    const next = value.charCodeAt(i + 1)
    if (i + 1 < value.length && (next < 48 || next > 57)) ends.push(digits)
  }
  return ends
}

/**
 * Whether a national number with no trunk 0, written in three dashed groups or more, the last shorter than the one before
 * (`261-0666-127`, `2871-1513-71`), is grouped as the plan of no region it is valid in writes it, not even its first group:
 * a reference's or a ticket's grouping. A phone written so keeps the plan's first group at least (`347-1234-567`, an
 * Italian mobile); across the labeled corpora no phone was written against its plan so, while references were.
 */
export function oddlyDashed(value: string, lists: RegionLists): boolean {
  // A trunk 0 opens a phone written nationally however it is grouped (`347-1234-567` aside, `030-1234-567`,
  // `0812-3456-789`): only a run with none is judged.
  if (value.charCodeAt(0) === 48 || !/^\d+(?:-\d+){2,}$/.test(value)) return false
  const groups = value.split("-")
  if (groups.at(-1)!.length >= groups.at(-2)!.length) return false
  const ends = groupEnds(value)
  // Judged only in the plans of the configured regions that read it and group it: one read in another country's plan
  // was named a phone.
  let read = false
  for (const region of regionsFor(value, lists)) {
    const phone = parsePhone(value, region)
    if (!phone || !isValid(phone)) continue
    // The plan's own grouping, with its trunk prefix (`0` in most of Europe) as written nationally. A plan with no
    // grouping for the number (Luxembourg's, for most lengths) says nothing of how it is written.
    const national = parsePhoneNumber(value, region).formatNational()
    if (!/\D/.test(national)) continue
    read = true
    const shift = digitCount(national) - digitCount(value)
    const planned = groupEnds(national)
    // The plan's groups, or its first group (an area code or a mobile prefix: `347-1234-567`, `501-2345-67`) then any;
    // in North America only the plan's own 3-3-4 (`539-4258-943` is no number written there).
    if (ends.every((end) => planned.includes(end + shift)) || (phone.callingCode !== "1" && ends[0] === planned[0]! - shift)) return false
  }
  return read
}

