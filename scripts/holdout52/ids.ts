// More shared lookalikes: postcodes, house numbers, case and tracking numbers, timestamps, masked cards, expiries and
// the domestic bank accounts of the countries where refunds do not go to an IBAN.
import type { Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import type { CountryCode } from "libphonenumber-js/max"
import { safeDigits } from "./checks.ts"
import { until, until as untilOk } from "./numbers.ts"
import type { Rng } from "./rng.ts"

const neg = (kind: string, t: string): Piece => ({ t, kind })
const L = "ABCDEFGHJKLMNPRSTUVWXY"
const letter = (r: Rng) => L[r.int(0, L.length - 1)]!
const pad = (n: number, w = 2) => String(n).padStart(w, "0")

const POSTCODES: Record<string, (r: Rng) => string> = {
  US: (r) => (r.chance(0.3) ? `${r.int(10000, 99950)}-${r.digits(4)}` : String(r.int(10000, 99950))),
  GB: (r) => `${r.pick(["SW", "M", "LS", "BS", "EH", "G", "CF", "NE", "B", "OX"])}${r.int(1, 20)} ${r.int(1, 9)}${letter(r)}${letter(r)}`,
  IE: (r) => `${r.pick(["D02", "D04", "D6W", "T12", "H91", "V94", "A94"])} ${letter(r)}${r.digits(2)}${letter(r)}`,
  AU: (r) => String(r.int(2000, 7999)),
  NZ: (r) => String(r.int(1010, 9893)),
  CA: (r) => `${r.pick(["K", "M", "V", "H", "T", "B"])}${r.int(1, 9)}${letter(r)} ${r.int(1, 9)}${letter(r)}${r.int(1, 9)}`,
  IN: (r) => String(r.int(110001, 700099)),
  ZA: (r) => pad(r.int(1, 9999), 4),
  DE: (r) => String(r.int(10115, 99998)),
  FR: (r) => pad(r.int(1000, 95999), 5),
  ES: (r) => pad(r.int(1001, 52080), 5),
  IT: (r) => pad(r.int(100, 98168), 5),
  NL: (r) => `${r.int(1011, 9999)} ${letter(r)}${letter(r)}`,
  PT: (r) => `${r.int(1000, 9999)}-${r.digits(3)}`,
  PL: (r) => `${r.digits(2)}-${r.digits(3)}`,
  SE: (r) => `${r.int(100, 984)} ${r.digits(2)}`,
  DK: (r) => String(r.int(1050, 9990)),
  CZ: (r) => `${r.int(100, 799)} ${r.digits(2)}`,
}
export const drawPostcode = (r: Rng, cc: CountryCode) => until(r, POSTCODES[cc]!, (v) => safeDigits(v, [cc]))
export const drawHouse = (r: Rng) => (r.chance(0.2) ? `${r.int(1, 199)}${r.pick(["a", "b"])}` : String(r.int(1, 240)))

export const drawCase = (r: Rng) =>
  until(r, (r) => r.pick([`CS-00${r.digits(6)}`, `#${r.int(100000, 999999)}`, `INC00${r.digits(5)}`, `SR-26-00${r.digits(4)}`, `CASE-${r.digits(4)}-${r.digits(4)}`]))

export function drawTracking(r: Rng): string {
  const ups = () => `1Z${Array.from({ length: 6 }, () => (r.chance(0.5) ? letter(r) : String(r.int(0, 9)))).join("")}${r.digits(10)}`
  return r.pick([ups(), `RR${r.digits(9)}${r.pick(["GB", "DE", "FR", "NL", "SE", "DK", "CZ", "PL"])}`, `JJD00${r.digits(16)}`, `TBA${r.digits(12)}`])
}
export const drawTimestamp = (r: Rng) => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${r.digits(3)}Z`
export const drawExpiry = (r: Rng) => `${pad(r.int(1, 12))}/${r.int(27, 31)}`
export function writeMasked(r: Rng, last4: string): string {
  return r.pick([`**** **** **** ${last4}`, `•••• ${last4}`, `XXXX-XXXX-XXXX-${last4}`, `**** ${last4}`, `xxxx xxxx xxxx ${last4}`])
}

/** ABA routing number with its check digit. */
function routing(r: Rng): string {
  const d = pad(r.int(1, 32)) + r.digits(6)
  const w = [3, 7, 1, 3, 7, 1, 3, 7]
  const sum = [...d].reduce((a, c, i) => a + Number(c) * w[i]!, 0)
  return d + String((10 - (sum % 10)) % 10)
}

/** A domestic account where refunds go in the US, Australia, New Zealand, Canada, India and South Africa. */
export function drawAccount(r: Rng, loc: Locale, words: { routing: string; account: string; branch: string }): Piece[] {
  const ok = (v: string) => safeDigits(v, [loc.cc])
  const until = (r: Rng, draw: (r: Rng) => string) => untilOk(r, draw, ok)
  const acct = (n: number) => until(r, (r) => String(r.int(1, 9)) + r.digits(n - 1))
  switch (loc.cc) {
    case "US": return [`${words.routing} `, neg("bank-account", until(r, routing)), `, ${words.account} `, neg("bank-account", acct(r.int(9, 11)))]
    case "AU": return ["BSB ", neg("bank-account", until(r, (r) => `0${r.int(10, 99)}-${r.digits(3)}`)), `, ${words.account} `, neg("bank-account", until(r, (r) => `${r.digits(4)} ${r.digits(4)}`))]
    case "NZ": return [`${words.account} `, neg("bank-account", until(r, (r) => `${r.pick(["01", "02", "03", "06", "12"])}-${r.digits(4)}-${r.digits(7)}-${r.pick(["00", "01", "02"])}`))]
    case "CA": return [`transit `, neg("bank-account", until(r, (r) => `${r.digits(5)}-${r.pick(["001", "002", "003", "004", "006"])}`)), `, ${words.account} `, neg("bank-account", acct(7))]
    case "IN": return [`${words.account} `, neg("bank-account", acct(r.pick([11, 12, 14]))), ", IFSC ", neg("bank-code", `${r.pick(["HDFC", "ICIC", "SBIN", "UTIB"])}0${r.digits(6)}`)]
    default: return [`${words.branch} `, neg("bank-account", until(r, (r) => String(r.int(1, 6)) + r.digits(5))), `, ${words.account} `, neg("bank-account", acct(r.pick([10, 11])))]
  }
}
