import { Metadata, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min"

// What `parsePhoneNumberFromString(value, { defaultCountry, extract: false })` of libphonenumber-js finds, step for step
// (its parse, extractCountryCallingCode, stripIddPrefix, extractNationalNumber, getCountryByCallingCode), for a value
// of ASCII digits and the separators a written number uses. The library builds every regular expression again on each
// call and a parse costs several microseconds; here each is built once. The library stays the source of the numbering
// plans, and parses any other value itself. scripts/pii-diff.ts and test/plugins/pii/phone-parse.test.ts hold the two
// to the same answers.

/** A parsed number: its calling code, national (significant) number and, when one is known, its region. */
export interface ParsedPhone {
  callingCode: string
  nationalNumber: string
  country?: CountryCode
  /** E.164: `+`, the calling code, the national number. */
  number: string
}

interface Plan {
  callingCode(): string
  IDDPrefix(): string
  nationalNumberPattern(): string
  possibleLengths(): number[] | undefined
  nationalPrefixForParsing(): string | undefined
  nationalPrefixTransformRule(): string | undefined
  leadingDigits(): string | undefined
  hasTypes(): boolean
  type(name: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined
}
interface Plans {
  selectNumberingPlan(c: string): void
  numberingPlan: Plan
  hasCallingCode(c: string): boolean
  getCountryCodesForCallingCode(c: string): CountryCode[] | undefined
}

const metadata = new Metadata() as unknown as Plans
// A plan per region or calling code, selected once: selecting builds a new plan object each time (and reads the
// metadata's version again), several times per parse. A plan only reads the metadata, so one object serves every call.
const plans = new Map<string, Plan>()
const plan = (c: string): Plan => {
  let p = plans.get(c)
  if (!p) {
    metadata.selectNumberingPlan(c)
    plans.set(c, (p = metadata.numberingPlan))
  }
  return p
}
// Keyed by the metadata's own pattern strings (a key built per call would be hashed whole each time: long patterns).
const memo = (build: (pattern: string) => RegExp) => {
  const compiled = new Map<string, RegExp>()
  return (pattern: string): RegExp => {
    let r = compiled.get(pattern)
    if (!r) compiled.set(pattern, (r = build(pattern)))
    return r
  }
}
const whole = memo((p) => new RegExp(`^(?:${p})$`))
const prefixOf = memo((p) => new RegExp(`^(?:${p})`))
const matchesEntirely = (text: string, pattern: string) => whole(pattern).test(text)
const TYPES = ["FIXED_LINE", "MOBILE", "PREMIUM_RATE", "TOLL_FREE", "SHARED_COST", "VOIP", "PERSONAL_NUMBER", "PAGER", "UAN", "VOICEMAIL"]

/** The library's checkNumberLength without a type. */
function lengthCheck(national: string, p: Plan): "possible" | "short" | "long" | "invalid" {
  const lengths = p.possibleLengths()
  if (!lengths) return "possible"
  const n = national.length
  if (lengths[0] === n) return "possible"
  if (lengths[0]! > n) return "short"
  if (lengths[lengths.length - 1]! < n) return "long"
  return lengths.indexOf(n, 1) >= 0 ? "possible" : "invalid"
}

// A plan's number types that have a pattern, in TYPES order, compiled once per plan (each `type(name)` builds an object).
interface TypeCheck {
  pattern: RegExp
  lengths: number[] | undefined
}
const planTypes = new Map<Plan, TypeCheck[]>()
function typesOf(p: Plan): TypeCheck[] {
  let types = planTypes.get(p)
  if (!types) {
    types = TYPES.flatMap((name) => {
      const t = p.type(name)
      return t && t.pattern() ? [{ pattern: whole(t.pattern()), lengths: t.possibleLengths() }] : []
    })
    planTypes.set(p, types)
  }
  return types
}
const fitsType = (national: string, p: Plan) => typesOf(p).some((t) => !(t.lengths && t.lengths.indexOf(national.length) < 0) && t.pattern.test(national))

const DRAMA_RANGE = /^(?:7700900|1632960)\d{3}$/
/**
 * What `PhoneNumber.isValid()` checks, with each plan's expressions built once (the library builds them again on
 * every call, type by type for a plan shared by several countries, US or GB): the national number fits the plan's
 * pattern and, when the plan lists number types, one of them (its pattern, and its lengths when it lists them).
 */
export function isValid(phone: ParsedPhone): boolean {
  const code = phone.country || phone.callingCode
  if (!code) return false
  // Ofcom's ranges for drama (07700 900xxx, 01632 960xxx): unassigned, so the library's plan leaves them out, but written
  // as any UK number and the numbers made-up records and test data use. Read as valid, `+44 7700 900123` is found as
  // `07700 900123` already was (valid elsewhere, after a phone word).
  if (phone.callingCode === "44" && DRAMA_RANGE.test(phone.nationalNumber)) return true
  const p = plan(code)
  if (!matchesEntirely(phone.nationalNumber, p.nationalNumberPattern())) return false
  return !p.hasTypes() || fitsType(phone.nationalNumber, p)
}

/** getNumberType(...) !== undefined: the national pattern and one number type's lengths and pattern. */
function hasType(national: string, p: Plan): boolean {
  return matchesEntirely(national, p.nationalNumberPattern()) && fitsType(national, p)
}

// The countries of each calling code, with their plans and leading-digit expressions, read once: a shared code
// (NANPA: 25 countries) is otherwise looked up country by country on every parse.
interface Sharer {
  country: CountryCode
  plan: Plan
  leading?: RegExp
}
const sharers = new Map<string, Sharer[] | null>()
function sharersOf(callingCode: string): Sharer[] | null {
  let list = sharers.get(callingCode)
  if (list !== undefined) return list
  const countries = metadata.getCountryCodesForCallingCode(callingCode)
  list = countries
    ? countries.map((country) => {
        const p = plan(country)
        const leading = p.leadingDigits()
        return leading ? { country, plan: p, leading: prefixOf(leading) } : { country, plan: p }
      })
    : null
  sharers.set(callingCode, list)
  return list
}

function countryByCallingCode(callingCode: string, national: string): CountryCode | undefined {
  const list = sharersOf(callingCode)
  if (!list) return undefined
  if (list.length === 1) return list[0]!.country
  for (const s of list) {
    // The library's `search(leading) === 0`: a match at 0, tried there alone.
    if (s.leading) {
      if (national && s.leading.test(national)) return s.country
    } else if (hasType(national, s.plan)) return s.country
  }
  return undefined
}

/** extractNationalNumber with the plan of `planCode` (a region or a calling code). */
function nationalOf(number: string, planCode: string): string {
  let p = plan(planCode)
  const forParsing = p.nationalPrefixForParsing()
  if (!number || !forParsing) return number
  const prefix = prefixOf(forParsing)
  const m = prefix.exec(number)
  if (!m) return number
  const groups = m.length - 1
  const captured = groups > 0 && m[groups]
  const rule = p.nationalPrefixTransformRule()
  const national = rule && captured ? number.replace(prefix, rule) : number.slice(m[0].length)
  if (national === number) return national
  if (matchesEntirely(number, p.nationalNumberPattern()) && !matchesEntirely(national, p.nationalNumberPattern())) return number
  if (p.possibleLengths()) {
    const country = countryByCallingCode(p.callingCode(), national)
    p = country ? plan(country) : plan(planCode)
    const check = lengthCheck(national, p)
    if (check === "short" || check === "invalid") return number
  }
  return national
}

/** extractCountryCallingCode: the calling code when the number carries one, and the rest. */
function callingCodeOf(number: string, region: CountryCode): { callingCode?: string; rest?: string } {
  if (number[0] !== "+") {
    const idd = prefixOf(plan(region).IDDPrefix()).exec(number)
    let stripped: string | undefined
    if (idd) {
      stripped = number.slice(idd[0].length)
      if (/\d/.exec(stripped)?.[0] === "0") stripped = undefined
    }
    if (!stripped || stripped === number) {
      const code = plan(region).callingCode()
      if (number.startsWith(code)) {
        const shorter = number.slice(code.length)
        const shorterNational = nationalOf(shorter, region)
        const national = nationalOf(number, region)
        const p = plan(region)
        if ((!matchesEntirely(national, p.nationalNumberPattern()) && matchesEntirely(shorterNational, p.nationalNumberPattern())) || lengthCheck(national, p) === "long") {
          return { callingCode: code, rest: shorter }
        }
      }
      return { rest: number }
    }
    number = "+" + stripped
  }
  if (number[1] === "0") return {}
  for (let i = 2; i - 1 <= 3 && i <= number.length; i++) {
    const code = number.slice(1, i)
    if (metadata.hasCallingCode(code)) return { callingCode: code, rest: number.slice(i) }
  }
  return {}
}

/** The library's parse of digits (a `+` first or not) read in `region`. */
function parseDigits(digits: string, region: CountryCode): ParsedPhone | undefined {
  const found = callingCodeOf(digits, region)
  let callingCode = found.callingCode
  let country: CountryCode | undefined
  if (!callingCode) {
    if (!found.rest) return undefined
    country = region
    callingCode = plan(region).callingCode()
  }
  if (!found.rest) return undefined
  const national = nationalOf(found.rest, country ?? callingCode)
  country = countryByCallingCode(callingCode, national) ?? country
  if (national.length < 2 || national.length > 17) return undefined
  return { callingCode, nationalNumber: national, country, number: `+${callingCode}${national}` }
}

// Values parsed here: an optional `+`, then digits and `.`, `-`, `/`, `(`, `)` and spaces (a tab, `(+` or anything
// else is left to the library, whose reading of them differs).
const SIMPLE = /^\+?[\d ().\/-]{3,249}$/

/**
 * `parsePhoneNumberFromString(value, { defaultCountry: region, extract: false })`'s country, calling code, national
 * number and E.164 form, or undefined where it finds no number.
 */
export function parsePhone(value: string, region: CountryCode): ParsedPhone | undefined {
  if (SIMPLE.test(value)) {
    const digits = value.replace(/\D/g, "")
    if (digits.length >= 3) return parseDigits(value[0] === "+" ? `+${digits}` : digits, region)
  }
  const phone = parsePhoneNumberFromString(value, { defaultCountry: region, extract: false })
  if (!phone) return undefined
  return { callingCode: phone.countryCallingCode, nationalNumber: phone.nationalNumber, country: phone.country, number: phone.number }
}
