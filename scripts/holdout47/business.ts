// The four businesses and their own numbers: the hard negatives. A number made only of digits and separators (six
// digits or more) is drawn again until it is no valid phone in any country of the corpus, and (twelve digits or
// more) until it fails Luhn, except IMEIs and ICCIDs, which carry a Luhn digit by design.
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { LOCALES } from "./locales.ts"
import type { Rng } from "./rng.ts"
import { digitsOf, luhnDigit, luhnOk } from "./values.ts"

export type Biz = "motor" | "mobile" | "hotel" | "gym"
export const BIZ: Biz[] = ["motor", "mobile", "hotel", "gym"]
export const BRAND: Record<Biz, { name: string; domain: string }> = {
  motor: { name: "Harbourline Motor", domain: "harbourline-motor.com" },
  mobile: { name: "Nordwave Mobile", domain: "nordwave.net" },
  hotel: { name: "Calloway Hotels", domain: "calloway-hotels.com" },
  gym: { name: "PulseFit", domain: "pulsefit.club" },
}
/** The two main numbers of each business, as they appear in R and S slots and in records. */
export const MAIN: Record<Biz, [string, string]> = {
  motor: ["claim-ref", "policy-number"],
  mobile: ["port-code", "iccid"],
  hotel: ["confirmation-number", "loyalty-number"],
  gym: ["member-id", "fob-number"],
}

const COUNTRIES = [...new Set(LOCALES.map((l) => l.cc))] as CountryCode[]
const LUHN_BY_DESIGN = new Set(["imei", "iccid"])
export function phoneAnywhere(v: string): boolean {
  return COUNTRIES.some((cc) => [v, digitsOf(v)].some((x) => parsePhoneNumberFromString(x, cc)?.isValid() ?? false))
}
export function bizOk(kind: string, v: string): boolean {
  if (!/^[\d\s().\/-]+$/.test(v)) return true
  const d = digitsOf(v)
  if (d.length >= 6 && phoneAnywhere(v)) return false
  return d.length < 12 || LUHN_BY_DESIGN.has(kind) || !luhnOk(d)
}

const UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
const up = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...UP])).join("")
const VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

const REG: Record<string, (r: Rng) => string> = {
  GB: (r) => `${up(r, 2)}${r.int(10, 75)} ${up(r, 3)}`, AU: (r) => `${r.int(1, 9)}${up(r, 3)}${r.digits(3)}`, ZA: (r) => `${r.pick(["CA", "GP", "ND"])} ${r.digits(3)}-${r.digits(3)}`,
  SG: (r) => `S${up(r, 2)} ${r.int(1000, 9999)} ${up(r, 1)}`, US: (r) => `${r.int(1, 9)}${up(r, 3)}${r.digits(3)}`, GH: (r) => `${r.pick(["GR", "AS", "GT"])} ${r.int(1000, 9999)}-${r.int(10, 24)}`,
  SE: (r) => `${up(r, 3)} ${r.digits(2)}${up(r, 1)}`, FI: (r) => `${up(r, 3)}-${r.int(100, 999)}`, EE: (r) => `${r.int(100, 999)} ${up(r, 3)}`,
  PL: (r) => `${r.pick(["WA", "KR", "PO", "GD"])} ${r.int(10000, 99999)}`, CZ: (r) => `${r.int(1, 9)}${up(r, 2)} ${r.int(1000, 9999)}`, RO: (r) => `${r.pick(["B", "CJ", "IS"])} ${r.int(10, 99)} ${up(r, 3)}`,
  HR: (r) => `${r.pick(["ZG", "ST", "RI"])} ${r.int(1000, 9999)}-${up(r, 2)}`, GR: (r) => `${r.pick(["ΙΚΥ", "ΖΖΤ", "ΝΒΕ", "ΥΗΡ"])}-${r.int(1000, 9999)}`, TR: (r) => `${r.pick(["34", "06", "35"])} ${up(r, 3)} ${r.int(100, 999)}`,
  IT: (r) => `${up(r, 2)} ${r.int(100, 999)}${up(r, 2)}`, BR: (r) => `${up(r, 3)}${r.int(1, 9)}${up(r, 1)}${r.digits(2)}`, PT: (r) => `${up(r, 2)}-${r.digits(2)}-${up(r, 2)}`,
  FR: (r) => `${up(r, 2)}-${r.int(100, 999)}-${up(r, 2)}`, DE: (r) => `${r.pick(["M", "B", "HH", "K"])}-${up(r, 2)} ${r.int(100, 9999)}`, AT: (r) => `${r.pick(["W", "G", "L"])}-${r.int(10000, 99999)}${up(r, 1)}`,
  ES: (r) => `${r.int(1000, 9999)} ${up(r, 3).replace(/[AEIOU]/g, "K")}`, CL: (r) => `${up(r, 4).replace(/[AEIOU]/g, "B")}-${r.int(10, 99)}`, IS: (r) => `${up(r, 2)} ${r.int(100, 999)}`,
}

/** Draws one number of `kind` for a text of country `cc`. */
function raw(r: Rng, kind: string, cc: string): string {
  switch (kind) {
    case "claim-ref": return r.pick([`MC-26-${r.digits(6)}`, `CLM/2026/${r.digits(5)}`, `MX${r.digits(2)}${up(r, 1)}${r.digits(5)}`])
    case "policy-number": return r.pick([`MTR-${r.digits(8)}`, `PM${r.digits(7)}${up(r, 1)}`])
    case "vehicle-reg": return REG[cc]!(r)
    case "vin": return r.pick(["WVWZZZ", "VF1", "ZFA", "TMB", "YV1", "SAL", "JTD", "WBA", "KMH"]).padEnd(17, "#").replace(/#/g, () => r.pick([...VIN_CH])).slice(0, 17)
    case "garage-number": return r.pick([`RG-${r.int(1000, 99999)}`, `BDY/${r.int(1000, 9999)}/${up(r, 2)}`])
    case "imei": { const b = r.pick(["35", "86", "01"]) + r.digits(12); const d = b + luhnDigit(b); return r.pick([d, `${d.slice(0, 2)}-${d.slice(2, 8)}-${d.slice(8, 14)}-${d[14]}`, `${d.slice(0, 2)} ${d.slice(2, 8)} ${d.slice(8, 14)} ${d[14]}`]) }
    case "iccid": { const cc = r.pick(["44", "49", "33", "46", "358", "48", "420", "30", "90"]); const b = "89" + cc + r.digits(r.pick([16, 17]) - cc.length); return b + luhnDigit(b) }
    case "port-code": return r.pick([`${up(r, 3)}${r.digits(6)}`, `PORT-${r.digits(4)}-${up(r, 2)}`, `NIP ${up(r, 2)}${r.digits(5)}`])
    case "confirmation-number": return r.pick([r.digits(9), `HX${up(r, 2)}${r.digits(4)}`, `CNF-${r.digits(7)}`])
    case "loyalty-number": return r.pick([`CH ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `CH${r.digits(9)}`])
    case "room-number": return String(r.int(1, 14) * 100 + r.int(1, 40))
    case "member-id": return r.pick([`PF${r.digits(7)}`, r.digits(8)])
    case "fob-number": return r.pick([`FOB-${r.digits(6)}`, Array.from({ length: 8 }, () => r.pick([..."0123456789ABCDEF"])).join("")])
    case "class-code": return `${r.pick(["SPIN", "HIIT", "YOGA", "BOX", "PUMP"])}-${r.pick(["0630", "0715", "1230", "1815", "1930"])}`
    case "card-expiry": return `${String(r.int(1, 12)).padStart(2, "0")}/${r.int(27, 31)}`
    case "masked-card": return r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`])
    case "bank-account": return bankAccount(r, cc)
    default: throw new Error(`holdout47: no business number kind ${kind}`)
  }
}

function bankAccount(r: Rng, cc: string): string {
  if (cc === "AU") return `${r.pick(["062", "033", "083"])}-${r.digits(3)} ${r.digits(8)}`
  if (cc === "SG") return `${r.digits(3)}-${r.digits(5)}-${r.digits(1)}`
  if (cc === "US") return `${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`
  if (cc === "BR") return `${r.digits(4)} ${r.digits(8)}-${r.digits(1)}`
  return `${r.digits(2)}-${r.digits(10)}`
}

export function bizNumber(r: Rng, kind: string, cc: string): string {
  for (;;) {
    const v = raw(r, kind, cc)
    if (bizOk(kind, v)) return v
  }
}
