// Hard negatives these businesses are full of: plates, VINs, references,
// readings, coordinates, roads. None of them is personal data.
import type { Rng } from "./rng"

const L = "ABCDEFGHJKLMNPRSTUVWXYZ"
const PLATES: Record<string, (r: Rng) => string> = {
  US: (r) => `${r.int(1, 9)}${r.letters(3, L)}${r.digits(3)}`,
  GB: (r) => `${r.letters(2, L)}${r.int(10, 74)} ${r.letters(3, L)}`,
  IE: (r) => `${r.int(12, 252)}-${r.pick(["D", "C", "G", "KY", "WX", "L"])}-${r.int(100, 99999)}`,
  RO: (r) => `${r.pick(["B", "CJ", "IS", "TM", "BV"])} ${r.int(10, 99)} ${r.letters(3, L)}`,
  HU: (r) => (r.chance(0.5) ? `${r.letters(3, L)}-${r.digits(3)}` : `AA ${r.letters(2, L)}-${r.digits(3)}`),
  HR: (r) => `${r.pick(["ZG", "ST", "RI", "OS"])} ${r.int(100, 9999)}-${r.letters(2, L)}`,
  SK: (r) => `${r.pick(["BA", "KE", "ZA", "NR"])}${r.int(100, 999)}${r.letters(2, L)}`,
  SI: (r) => `${r.pick(["LJ", "MB", "KR", "CE"])} ${r.letters(2, L)}-${r.int(100, 999)}`,
  LT: (r) => `${r.letters(3, L)} ${r.digits(3)}`,
  EE: (r) => `${r.digits(3)} ${r.letters(3, L)}`,
  DE: (r) => `${r.pick(["M", "B", "HH", "K"])}-${r.letters(2, L)} ${r.int(10, 9999)}`,
  PL: (r) => `${r.pick(["WA", "KR", "PO"])} ${r.digits(5)}`,
}
export const plate = (r: Rng, country: string) => PLATES[country]!(r)
export const plateCountries = Object.keys(PLATES)

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
const VIN_VAL: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
export function vin(r: Rng): string {
  const wmi = r.pick(["WVW", "WBA", "VF1", "TMB", "UU1", "ZFA", "1FA", "2HG", "SAL", "YV1", "W0L"])
  const chars = (wmi + r.letters(14, VIN_CHARS)).split("")
  chars[9] = r.pick(["L", "M", "N", "P", "R"])
  const sum = chars.reduce((s, c, i) => s + (/\d/.test(c) ? Number(c) : VIN_VAL[c]!) * VIN_W[i]!, 0)
  chars[8] = sum % 11 === 10 ? "X" : String(sum % 11)
  return chars.join("")
}

export const reservation = (r: Rng) =>
  r.pick([
    () => `${r.letters(2, L)}${r.digits(7)}`,
    () => `RES-${r.letters(6, VIN_CHARS)}`,
    () => r.digits(10),
    () => `H${r.digits(8)}`,
    () => `${r.letters(3, L)}-${r.digits(4)}-${r.letters(2, L)}`,
  ])()
export const loyalty = (r: Rng) => (r.chance(0.6) ? r.digits(r.int(9, 12)) : `${r.pick(["GLD", "PLT", "SLV"])} ${r.digits(4)} ${r.digits(4)}`)
export const room = (r: Rng) => String(r.int(1, 14) * 100 + r.int(1, 48))
export const claim = (r: Rng) => r.pick([`CLM-2026-${r.digits(6)}`, `DR/${r.digits(5)}/26`, `${r.digits(4)}-${r.digits(5)}-RA`])
export const invoiceNo = (r: Rng) => r.pick([`INV-${r.digits(8)}`, `FA ${r.int(2024, 2026)}/${r.digits(5)}`, r.digits(11), `SZ-${r.digits(6)}`])
export const ticketNo = (r: Rng) => r.pick([`CASE-${r.digits(7)}`, `#${r.digits(6)}`, `RA${r.digits(9)}`])
export const time = (r: Rng, h24: boolean) => {
  const h = r.int(0, 23)
  const m = String(r.int(0, 59)).padStart(2, "0")
  return h24 ? `${String(h).padStart(2, "0")}:${m}` : `${h % 12 || 12}:${m} ${h < 12 ? "am" : "pm"}`
}
export const gps = (r: Rng, lat: number, lon: number) =>
  r.chance(0.5)
    ? `${(lat + r.next()).toFixed(5)}, ${(lon + r.next()).toFixed(5)}`
    : `${Math.floor(lat)}°${r.int(0, 59)}'${r.int(0, 59)}.${r.int(0, 9)}"N ${Math.floor(lon)}°${r.int(0, 59)}'${r.int(0, 59)}.${r.int(0, 9)}"${lon < 0 ? "W" : "E"}`.replace("-", "")
