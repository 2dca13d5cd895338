// The businesses' own numbers (hard negatives): microchips, policies, claims,
// plates, rental agreements, VINs, meters, readings, accounts, supply point
// numbers, student ids, application numbers, room codes. Several are
// phone-shaped on purpose.
import type { Rng } from "./prng.ts"
import type { Region } from "./regions.ts"

const L = (rng: Rng, n: number, set = "ABCDEFGHJKLMNPRSTUVWXYZ") => Array.from({ length: n }, () => rng.pick([...set])).join("")

/** ISO 3166 numeric country codes a microchip may start with, by region. */
export const CHIP_ISO: Record<string, string> = { IE: "372", NENG: "826", WLS: "826", TX: "840", FL: "840", GH: "288", HK: "344", BB: "052", NZ: "554", MX: "484", AR: "032", BR: "076", QC: "124", CHF: "756", CHD: "756", DK: "208", NO: "578", FI: "246", EE: "233", SK: "703", UA: "804", HR: "191" }

export function microchip(rng: Rng, r: Region): string {
  const head = rng.chance(0.5) ? CHIP_ISO[r.id]! : rng.pick(["900", "941", "956", "968", "981", "985"])
  const n = head + rng.digits(12)
  return rng.pick([n, `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 9)} ${n.slice(9, 12)} ${n.slice(12)}`, `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`])
}

export const petPolicy = (rng: Rng, r: Region) => rng.pick([`PET-${r.country}-${rng.digits(8)}`, `PP${rng.digits(3)} ${rng.digits(4)} ${rng.digits(2)}`, `VP/${rng.digits(4)}/${rng.digits(5)}`])
export const claimNo = (rng: Rng) => rng.pick([`CLM-${rng.int(2024, 2026)}-${rng.digits(6)}`, `C${rng.digits(9)}`, `${rng.int(2024, 2026)}/${rng.digits(5)}`])

const PLATES: Record<string, (rng: Rng) => string> = {
  IE: (rng) => `${rng.int(15, 25)}${rng.pick(["1", "2"])}-${rng.pick(["D", "C", "G", "KY", "L", "WX"])}-${rng.int(100, 49999)}`,
  NENG: (rng) => `${rng.pick(["YK", "YA", "YS", "MA", "MF", "ML"])}${rng.int(15, 25)} ${L(rng, 3)}`,
  WLS: (rng) => `${rng.pick(["CA", "CE", "CF", "CN", "CY"])}${rng.int(15, 25)} ${L(rng, 3)}`,
  TX: (rng) => `${L(rng, 3)}-${rng.digits(4)}`,
  FL: (rng) => `${L(rng, 3)} ${rng.pick(["", "T"])}${rng.digits(rng.chance(0.5) ? 3 : 2)}${L(rng, 1)}`,
  GH: (rng) => `${rng.pick(["GR", "GT", "AS", "GN", "GW"])} ${rng.digits(4)}-${rng.int(18, 25)}`,
  HK: (rng) => `${L(rng, 2)} ${rng.int(1, 9999)}`,
  BB: (rng) => `${rng.pick(["X", "M", "H", "Z"])}${L(rng, 1)} ${rng.digits(3)}`,
  NZ: (rng) => `${L(rng, 3)}${rng.digits(3)}`,
  MX: (rng) => `${L(rng, 3)}-${rng.digits(3)}-${L(rng, 1)}`,
  AR: (rng) => `${L(rng, 2)} ${rng.digits(3)} ${L(rng, 2)}`,
  BR: (rng) => `${L(rng, 3)}${rng.digits(1)}${L(rng, 1)}${rng.digits(2)}`,
  QC: (rng) => `${L(rng, 1)}${rng.digits(2)} ${L(rng, 3)}`,
  CHF: (rng) => `${rng.pick(["GE", "VD", "FR", "NE", "VS"])} ${rng.int(10_000, 599_999)}`,
  CHD: (rng) => `${rng.pick(["ZH", "BE", "BS", "LU", "SG", "AG"])} ${rng.int(10_000, 599_999)}`,
  DK: (rng) => `${L(rng, 2)} ${rng.digits(2)} ${rng.digits(3)}`,
  NO: (rng) => `${rng.pick(["EL", "EK", "EV", "DN", "BT"])} ${rng.int(10_000, 99_999)}`,
  FI: (rng) => `${L(rng, 3)}-${rng.int(1, 999)}`,
  EE: (rng) => `${rng.digits(3)} ${L(rng, 3)}`,
  SK: (rng) => `${rng.pick(["BA", "KE", "ZA", "NR", "PO"])}-${rng.digits(3)}${L(rng, 2)}`,
  UA: (rng) => `${rng.pick(["АА", "КА", "ВС", "ВН", "АХ"])} ${rng.digits(4)} ${rng.pick(["ВК", "ІМ", "ОР", "ТК", "НС"])}`,
  HR: (rng) => `${rng.pick(["ZG", "ST", "RI", "OS"])} ${rng.digits(rng.chance(0.5) ? 3 : 4)}-${L(rng, 2)}`,
}
export const plate = (rng: Rng, r: Region) => PLATES[r.id]!(rng)

export const rentalAgreement = (rng: Rng) =>
  rng.pick([`RA ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`, `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}`, `${rng.digits(4)}-${rng.digits(3)}-${rng.digits(3)}`, `R${rng.digits(10)}`])

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
const VIN_VAL: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
export function vin(rng: Rng): string {
  const c = [...rng.pick(["1FT", "1HG", "3VW", "5YJ", "WVW", "JTD", "KMH", "9BW", "SAL", "VF1"]), ...Array.from({ length: 14 }, () => rng.pick([...VIN_CHARS]))]
  c[8] = "0"
  const s = c.reduce((a, ch, i) => a + (/\d/.test(ch) ? Number(ch) : VIN_VAL[ch]!) * VIN_W[i]!, 0)
  c[8] = s % 11 === 10 ? "X" : String(s % 11)
  return c.join("")
}

export const meterNo = (rng: Rng) => rng.pick([`${L(rng, 1)}${rng.digits(2)}${L(rng, 1)}${rng.digits(5)}`, `${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(2)}`, `${rng.digits(4)} ${rng.digits(4)}`, `${rng.digits(11)}`])
export const meterReading = (rng: Rng) => rng.pick([`${rng.digits(5)}`, `${rng.int(1000, 99999)}.${rng.digits(1)}`, `${rng.digits(6)}`, `${rng.int(10, 99)} ${rng.digits(3)}`])
export const accountNo = (rng: Rng) => {
  const n = String(rng.int(1, 9)) + rng.digits(rng.pick([9, 10, 11]))
  return rng.pick([n, (n.match(/.{1,4}/g) ?? []).join(" "), `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`])
}

function ean(body: string): string {
  const s = [...body].reverse().reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 3 : 1), 0)
  return body + String((10 - (s % 10)) % 10)
}
const MPAN_P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
/** The supply point number: MPRN (IE), MPAN core (GB), GSRN (Nordics, Estonia) or a plain supply number. */
export function supplyNo(rng: Rng, r: Region): { kind: string; text: string } {
  if (r.country === "IE") {
    const n = "10" + rng.digits(9)
    return { kind: "mprn", text: rng.chance(0.5) ? n : `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8)}` }
  }
  if (r.country === "GB") {
    const b = pad2(rng.int(10, 23)) + rng.digits(10)
    const c = (MPAN_P.reduce((a, p, i) => a + p * Number(b[i]), 0) % 11) % 10
    const n = b + String(c)
    return { kind: "mpan", text: rng.chance(0.5) ? n : `${n.slice(0, 2)} ${n.slice(2, 6)} ${n.slice(6, 10)} ${n.slice(10)}` }
  }
  const gs: Record<string, string> = { DK: "5713", NO: "7070", FI: "6430", EE: "3800" }
  if (gs[r.country]) {
    const n = ean(gs[r.country]! + rng.digits(13))
    return { kind: "gsrn", text: rng.chance(0.5) ? n : (n.match(/.{1,6}/g) ?? []).join(" ") }
  }
  return { kind: "supply-no", text: `${L(rng, 2)}${rng.digits(12)}` }
}
const pad2 = (n: number) => String(n).padStart(2, "0")

export const studentId = (rng: Rng) => rng.pick([`S${rng.int(2019, 2025)}${rng.digits(6)}`, `${rng.int(1, 2)}${rng.digits(7)}`, `u${rng.digits(7)}`, `${rng.int(20, 25)}-${rng.digits(5)}-${rng.digits(2)}`])
export const applicationNo = (rng: Rng) => rng.pick([`APP-${rng.int(24, 26)}-${rng.digits(6)}`, `${rng.int(2025, 2026)}-ADM-${rng.digits(5)}`, `A${rng.digits(8)}`])
export const ucasId = (rng: Rng) => `${rng.int(1, 2)}${rng.digits(2)}-${rng.digits(3)}-${rng.digits(4)}`
export const roomCode = (rng: Rng) => rng.pick([`${L(rng, 1)}-${rng.int(0, 6)}.${rng.digits(2)}`, `${L(rng, 1)}${rng.int(1, 9)}-${rng.int(100, 899)}`, `${L(rng, 2)}/${rng.int(1, 5)}/${rng.digits(2)}`])
export const version = (rng: Rng) => rng.pick([`${rng.int(1, 9)}.${rng.int(0, 24)}.${rng.int(0, 40)}`, `${rng.int(1, 5)}.${rng.int(0, 9)}.${rng.int(0, 9)}.${rng.int(1000, 9999)}`, `${rng.int(2, 14)}.${rng.int(0, 9)}`])
