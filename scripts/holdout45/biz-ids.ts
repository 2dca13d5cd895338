// The four businesses' own numbers (hard negatives): telecom SIM and porting ids, hospital billing codes, car-parts
// order, part, VIN and tracking numbers, lottery player and self-exclusion references.
import { luhnDigit, mod97, safeNumber } from "./checks.ts"
import type { Rng } from "./rng.ts"

const up = (r: Rng, n: number, set = "ABCDEFGHJKLMNPRSTUVWXYZ") => Array.from({ length: n }, () => set[r.int(set.length)]).join("")
/** Redraws until the number is no phone anywhere in the corpus and (12 digits or more) fails Luhn. */
export function safe(r: Rng, make: (r: Rng) => string): string {
  for (;;) {
    const v = make(r)
    if (safeNumber(v)) return v
  }
}

const DIAL: Record<string, string> = { GB: "44", AU: "61", ZA: "27", NG: "234", KE: "254", SG: "65", HK: "852", US: "1", SE: "46", FI: "358", EE: "372", PL: "48", CZ: "420", RO: "40", HR: "385", GR: "30", TR: "90", IT: "39", BR: "55", FR: "33", CA: "1", AT: "43" }
const MCC: Record<string, string> = { GB: "234", AU: "505", ZA: "655", NG: "621", KE: "639", SG: "525", HK: "454", US: "310", SE: "240", FI: "244", EE: "248", PL: "260", CZ: "230", RO: "226", HR: "219", GR: "202", TR: "286", IT: "222", BR: "724", FR: "208", CA: "302", AT: "232" }

/** An ICCID: 89, the country's calling code, an issuer, the account and a Luhn digit (19 or 20 digits). It passes Luhn and is no card. */
export function iccid(cc: string, r: Rng): string {
  const body = "89" + DIAL[cc]! + r.digits(2)
  const len = r.chance(0.7) ? 19 : 20
  const full = ((b) => b + luhnDigit(b))(body + r.digits(len - 1 - body.length))
  return r.chance(0.25) ? full.replace(/(.{4})(?=.)/g, "$1 ") : full
}
/** A 15-digit IMEI: a handset TAC, a serial and its Luhn digit. */
export const imei = (r: Rng) => ((b) => b + luhnDigit(b))(r.pick(["35391110", "35290611", "35875708", "86720604", "35332510", "35467210", "35899709"]) + r.digits(6))
/** A 32-digit eUICC id whose value mod 97 is 1. */
export function eid(r: Rng): string {
  const body = "89049032" + r.digits(22)
  return body + String(98 - mod97(body + "00")).padStart(2, "0")
}
export const imsi = (cc: string, r: Rng) => MCC[cc]! + r.digits(2) + r.digits(10)
export function portingCode(cc: string, r: Rng): string {
  if (cc === "GB") return up(r, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + r.digits(6)
  if (cc === "US" || cc === "CA") return safe(r, (x) => x.digits(6 + x.int(3)))
  return r.chance(0.5) ? `${up(r, 2)}-${r.digits(4)}-${up(r, 2)}` : safe(r, (x) => x.digits(6 + x.int(2)))
}

export const invoice = (r: Rng) => r.pick([`INV-2026-${r.digits(6)}`, `HB26/${r.digits(5)}`, `FAC-${r.digits(4)}-${up(r, 2)}`])
export const procedureCode = (cc: string, r: Rng) =>
  cc === "US" ? `${r.pick(["99213", "99214", "71046", "45378", "29881", "93000", "80053"])}` : r.pick([`${r.pick([..."WHTLM"])}${r.digits(2)}.${1 + r.int(8)}`, `${up(r, 4)}${r.digits(3)}`, `${r.pick([..."KMNS"])}${r.digits(2)}.${r.digits(2)}`])
export const memberId = (r: Rng) => r.pick([`${up(r, 3)}${r.digits(9)}`, `MBR-${r.digits(3)}-${r.digits(5)}`, `${up(r, 2)}${r.digits(7)}/${r.digits(2)}`])

export const orderNumber = (r: Rng) => r.pick([`CP-${r.digits(7)}`, `PW26-${r.digits(6)}`, `ORD${r.digits(6)}${up(r, 1)}`])
export const partNumber = (r: Rng) => safe(r, (x) => x.pick([
  `${x.digits(2)}${up(x, 1)} ${x.digits(3)} ${x.digits(3)} ${up(x, 1)}`,
  `0 986 ${x.digits(3)} ${x.digits(3)}`,
  `A ${x.digits(3)} ${x.digits(3)} ${x.digits(2)} ${x.digits(2)}`,
  `HU ${x.digits(4)} ${x.pick(["x", "z", "y"])}`,
]))

const VIN_VAL = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ"
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
/** A 17-character VIN (no I, O or Q) with its ninth-position check digit. */
export function vin(r: Rng): string {
  const wmi = r.pick(["WVW", "WBA", "VF1", "ZFA", "TMB", "1HG", "JTD", "SAL", "YV1", "KMH", "9BW", "NM0", "2T1", "WDD", "VSS", "UU1"])
  const chars = (wmi + up(r, 5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "0" + up(r, 2, "ABCDEFGHJKLMNPRSTVWXY123456789") + r.digits(6)).split("")
  const sum = chars.reduce((acc, c, i) => acc + (/\d/.test(c) ? Number(c) : (VIN_VAL.indexOf(c) % 10 || 0)) * VIN_W[i]!, 0)
  const check = sum % 11
  chars[8] = check === 10 ? "X" : String(check)
  return chars.join("")
}
function s10(cc: string, r: Rng): string {
  const d = r.digits(8)
  const w = [8, 6, 4, 2, 3, 5, 9, 7]
  const c = 11 - ([...d].reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 11)
  return `${r.pick(["RR", "LX", "CP", "EE", "UA"])}${d}${c === 10 ? 0 : c === 11 ? 5 : c}${cc}`
}
export const tracking = (cc: string, r: Rng) => r.pick([`1Z${up(r, 6, "0123456789ABCDEFGHJKLMNPRSTVWXY")}${r.digits(2)}${r.digits(8)}`, s10(cc, r), `JJD${r.digits(18)}`])

export const playerId = (r: Rng) => r.pick([`PLR-${r.digits(8)}`, `P${r.digits(3)}-${up(r, 3)}-${r.digits(3)}`, `NS${r.digits(7)}`])
export const selfExclusion = (r: Rng) => r.pick([`SE-26-${r.digits(6)}`, `SX/2026/${r.digits(5)}`, `RG-${up(r, 2)}${r.digits(6)}`])
export const ticketNumber = (r: Rng) => safe(r, (x) => `${x.digits(4)}-${x.digits(4)}-${x.digits(4)}-${x.digits(2)}`)
export const maskedCard = (r: Rng) => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXXXXXXXXXX${r.digits(4)}`, `${r.pick(["4", "5"])}${r.digits(5)}******${r.digits(4)}`])
