// Validators for holdout61's labels and lookalikes, written apart from its texts: each reads only a span's final text
// and the record's locale. Copied from holdout60's validators with sed, then adapted to holdout61's twelve locales:
// Danish numerals, Canadian, New Zealand, Austrian, Swiss, Belgian, Portuguese, Polish and Danish postcodes, CHF/DKK/zł
// amounts, and the new locales' IBAN countries (DK, CH added to the registry lengths).
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"

export const LOCALE_COUNTRY: Record<string, CountryCode> = {
  "en-US": "US", "en-GB": "GB", "en-CA": "CA", "en-NZ": "NZ", "de-AT": "AT", "de-CH": "CH", "fr-BE": "BE", "fr-CH": "CH", "pt-PT": "PT", "pl-PL": "PL",
  "da-DK": "DK", "nl-BE": "BE",
}
/** IBAN lengths from the SWIFT IBAN registry. */
export const IBAN_LENGTH: Record<string, number> = { GB: 22, IE: 22, DE: 22, AT: 20, NL: 18, BE: 16, LU: 20, FR: 27, ES: 24, PT: 25, IT: 27, PL: 28, CH: 21, SE: 24, BR: 29, DK: 18, LI: 21 }
/** The IBAN countries a text of a locale may hold: its own and its neighbours'. The US uses no IBAN. */
export const IBAN_NEAR: Record<string, string[]> = {
  "en-GB": ["GB", "IE"], "de-AT": ["AT", "DE", "CH"], "de-CH": ["CH", "LI", "DE", "AT"], "fr-BE": ["BE", "FR", "LU"], "fr-CH": ["CH", "FR"],
  "pt-PT": ["PT", "ES"], "pl-PL": ["PL", "DE"], "da-DK": ["DK"], "nl-BE": ["BE", "NL"],
}

export const digitsOf = (v: string) => v.replace(/\D/g, "")
export function luhn(d: string): boolean {
  if (!/^\d+$/.test(d)) return false
  let sum = 0
  for (let i = d.length - 1, dbl = false; i >= 0; i--, dbl = !dbl) {
    let x = d.charCodeAt(i) - 48
    if (dbl) x = x < 5 ? x * 2 : x * 2 - 9
    sum += x
  }
  return sum % 10 === 0
}
/** Issuer by prefix and length: Visa, Mastercard (51-55, 2221-2720), Amex, Discover (6011, 644-649, 65). */
export function issuer(d: string): string | undefined {
  const head = (n: number) => Number(d.slice(0, n))
  if (d.startsWith("4") && [13, 16, 19].includes(d.length)) return "visa"
  if (d.length === 16 && ((head(2) >= 51 && head(2) <= 55) || (head(4) >= 2221 && head(4) <= 2720))) return "mastercard"
  if (d.length === 15 && (head(2) === 34 || head(2) === 37)) return "amex"
  if (d.length >= 16 && d.length <= 19 && (head(4) === 6011 || head(2) === 65 || (head(3) >= 644 && head(3) <= 649))) return "discover"
  return undefined
}
export const isCard = (v: string) => /^\d[\d -]*\d$/.test(v) && !!issuer(digitsOf(v)) && luhn(digitsOf(v))

const squash = (v: string) => v.replace(/\s+/g, "").toUpperCase()
export const ibanShape = (v: string) => /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(squash(v)) && IBAN_LENGTH[squash(v).slice(0, 2)] === squash(v).length
export function ibanRemainder(v: string): number {
  const s = squash(v)
  const moved = s.slice(4) + s.slice(0, 4)
  let r = 0n
  for (const c of moved) r = /[A-Z]/.test(c) ? (r * 100n + BigInt(c.charCodeAt(0) - 55)) % 97n : (r * 10n + BigInt(c)) % 97n
  return Number(r)
}
/** An IBAN in capitals or lower case, grouped by four or not, now and then broken over one line. */
export const isIban = (v: string) => /^[A-Za-z]{2}\d{2}([ \n]?[A-Za-z0-9]{1,4})+$/.test(v) && (v.match(/\n/g) ?? []).length <= 1 && ibanShape(v) && ibanRemainder(v) === 1

/** The national check digits inside the BBAN: Spain's two control digits, the French RIB key, Belgium and Portugal mod 97. */
export function nationalCheck(v: string): boolean {
  const s = squash(v)
  const cc = s.slice(0, 2)
  const b = s.slice(4)
  if (cc === "ES") {
    const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    const dc = (x: string) => { const k = 11 - ([...x].reduce((a, c, i) => a + Number(c) * w[i]!, 0) % 11); return k === 11 ? 0 : k === 10 ? 1 : k }
    return `${dc("00" + b.slice(0, 8))}${dc(b.slice(10))}` === b.slice(8, 10)
  }
  if (cc === "FR") {
    if (!/^\d+$/.test(b)) return true
    return (89 * Number(b.slice(0, 5)) + 15 * Number(b.slice(5, 10)) + 3 * Number(BigInt(b.slice(10, 21)) % 97n) + Number(b.slice(21))) % 97 === 0
  }
  if (cc === "BE") return (Number(BigInt(b.slice(0, 10)) % 97n) || 97) === Number(b.slice(10))
  if (cc === "PT") return BigInt(b) % 97n === 1n
  return true
}

/** Area 001-899 but not 666, group 01-99, serial 0001-9999; dashes, spaces or none. */
export function isSsn(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area !== 666 && area < 900 && Number(m[3]) > 0 && Number(m[4]) > 0
}
/** First letter not D F I Q U V, second not D F I O Q U V, not BG GB NK KN TN NT ZZ, suffix A-D. */
export function isNino(v: string): boolean {
  const s = v.replace(/ /g, "").toUpperCase()
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(s.slice(0, 2))
}
export const isIpAddr = (v: string) => isIP(v) !== 0
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
const EMAIL = new RegExp(`^${ATOM}(\\.${ATOM})*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$`)
export const isEmail = (v: string) => EMAIL.test(v) && v.length <= 254

/** Valid in one of these countries: written with + or 00, or nationally and then in that very country (a North American
 * toll-free 8xx line, which libphonenumber files under the US, also counts for Canada). */
export const phoneValidIn = (v: string, ccs: readonly CountryCode[]) =>
  ccs.some((cc) => {
    const p = parsePhoneNumberFromString(v, cc)
    return !!p && p.isValid() && (/^(\+|00)/.test(v) || p.country === cc || (cc === "CA" && p.countryCallingCode === "1" && p.getType() === "TOLL_FREE"))
  })

/** A person's name as written: letters and marks, with apostrophes, hyphens, periods, commas and spaces. */
export const isPersonText = (v: string) => /^[\p{L}\p{M}]([\p{L}\p{M}'’., -]*[\p{L}\p{M}])?$/u.test(v)
/** Currency signs, codes and words of the corpus, either case. */
export const CURRENCY = /(\$|£|€|zł|R\$|(?<!\p{L})(USD|GBP|EUR|PLN|CHF|DKK|CAD|NZD|Fr|francs?|euros?|dollars?|bucks|pounds?|quid|złotych|złote|zł|zloty|cents?|pence|p|kr|kroner|Rappen|centimes)(?!\p{L}))/iu
/** Clock times: 24-hour with colon, period, h or Flemish u; 12-hour with am/pm; an hour with Uhr, uur, h or u. */
export const isTime = (v: string) =>
  /^([01]?\d|2[0-3])[:.hu][0-5]\d( ?([ap]\.?m\.?|Uhr|uur))?$/iu.test(v) || /^(1[0-2]|[1-9]) ?[ap]\.?m\.?$/i.test(v) || /^([01]?\d|2[0-3]) ?(h|u|Uhr|uur)$/.test(v)
export const isVersion = (v: string) => /^v?\d+(\.\d+){1,3}[a-z]?$/i.test(v) && !isIpAddr(v)

/** Postcodes by locale. */
export const POSTCODE: Record<string, RegExp> = {
  "en-US": /^\d{5}(-\d{4})?$/, "en-GB": /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, "en-CA": /^[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d$/, "en-NZ": /^\d{4}$/,
  "de-AT": /^(A-)?[1-9]\d{3}$/, "de-CH": /^(CH-)?[1-9]\d{3}$/, "fr-BE": /^(B-)?[1-9]\d{3}$/, "fr-CH": /^(CH-)?[1-9]\d{3}$/, "pt-PT": /^[1-9]\d{3}-\d{3}$/,
  "pl-PL": /^\d{2}-\d{3}$/, "da-DK": /^(DK-)?[1-9]\d{3}$/, "nl-BE": /^(B-)?[1-9]\d{3}$/,
}

// Dates in words and numbers said aloud: the shared readers (test/holdout-dates-spoken.ts), which this copy became word for
// word but for two locales this corpus lacks (Norwegian and Finnish digit words).
export { isDateText, unspoken } from "./holdout-dates-spoken.ts"
