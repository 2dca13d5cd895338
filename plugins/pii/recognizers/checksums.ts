/** Luhn (mod 10) over a string of digits. */
export function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

/** Card networks by issuer identification number prefix and the lengths each issues. */
const IIN: Array<[RegExp, number[]]> = [
  [/^4/, [13, 16, 19]], // Visa
  [/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, [16]], // Mastercard
  [/^3[47]/, [15]], // Amex
  [/^(6011|64[4-9]|65)/, [16, 17, 18, 19]], // Discover
  [/^62/, [16, 17, 18, 19]], // UnionPay
  [/^35(2[89]|[3-8]\d)/, [16, 17, 18, 19]], // JCB
  [/^3(0[0-5]|[689])/, [14, 16, 19]], // Diners
  [/^(5018|5020|5038|5893|6304|6759|676[1-3])/, [12, 13, 14, 15, 16, 17, 18, 19]], // Maestro
]

export function cardIin(digits: string): boolean {
  return IIN.some(([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length))
}

/** IBAN length per country (SWIFT registry). */
export const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28,
  HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22,
  VG: 24, XK: 20,
}

/** ISO 13616 check: the country's length and remainder 1 mod 97 (letters as 10..35). */
export function ibanValid(compact: string): boolean {
  if (IBAN_LENGTHS[compact.slice(0, 2)] !== compact.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false
  const moved = compact.slice(4) + compact.slice(0, 4)
  let rest = 0
  for (const ch of moved) {
    const code = ch.charCodeAt(0)
    if (code >= 65) rest = (rest * 100 + code - 55) % 97
    else rest = (rest * 10 + code - 48) % 97
  }
  return rest === 1
}

/** US SSN issuance rules: area 001-899 except 666, group 01-99, serial 0001-9999. */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false
  const area = digits.slice(0, 3)
  return area !== "000" && area !== "666" && area[0] !== "9" && digits.slice(3, 5) !== "00" && digits.slice(5) !== "0000"
}

/** A UK National Insurance number prefix HMRC allocates: not D F I Q U V first, not D F I O Q U V second, not the reserved pairs. */
export function ninoPrefixValid(prefix: string): boolean {
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]$/.test(prefix) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(prefix)
}

// Verhoeff's dihedral check (Aadhaar's check digit): the group's multiplication and the position's permutation.
const VERHOEFF_D = ["0123456789", "1234067895", "2340178956", "3401289567", "4012395678", "5987604321", "6598710432", "7659821043", "8765932104", "9876543210"].map((r) => [...r].map(Number))
const VERHOEFF_P = ["0123456789", "1576283094", "5803796142", "8916043527", "9453126870", "4286573901", "2793806415", "7046913258"].map((r) => [...r].map(Number))

/** Verhoeff over a string of digits, the check digit last. */
export function verhoeff(digits: string): boolean {
  let c = 0
  for (let i = 0; i < digits.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![digits.charCodeAt(digits.length - 1 - i) - 48]!]!
  return c === 0
}
