// Business numbers with their own structure (check digits where they have one).
import type { Rng } from "./prng.ts"

const VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
const VIN_VAL: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }
const VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

export function vinCheck(v: string): string {
  const sum = [...v].reduce((s, c, i) => s + (VIN_VAL[c] ?? Number(c)) * VIN_W[i]!, 0) % 11
  return sum === 10 ? "X" : String(sum)
}

/** A 17-character VIN whose ninth character is its check digit. */
export function vin(rng: Rng): string {
  const wmi = rng.pick(["1HG", "JTD", "WVW", "SAL", "KMH", "VF1", "ZFA", "YV1", "TMB", "5YJ", "MA3", "AHT"])
  let body = wmi
  while (body.length < 17) body += body.length === 9 ? String(rng.int(1, 9)) : rng.pick([...VIN_CHARS])
  body = body.slice(0, 9) + rng.pick([..."LMNPRST"]) + body.slice(10)
  return body.slice(0, 8) + vinCheck(body.slice(0, 8) + "0" + body.slice(9)) + body.slice(9)
}

export function isbn13(rng: Rng): string {
  const body = rng.pick(["978", "979"]) + rng.digits(9)
  const sum = [...body].reduce((s, c, i) => s + Number(c) * (i % 2 ? 3 : 1), 0)
  const d = body + String((10 - (sum % 10)) % 10)
  return rng.chance(0.6) ? `${d.slice(0, 3)}-${d[3]}-${d.slice(4, 8)}-${d.slice(8, 12)}-${d[12]}` : d
}

export function isbn10(rng: Rng): string {
  const body = String(rng.int(0, 1)) + rng.digits(8)
  const sum = [...body].reduce((s, c, i) => s + Number(c) * (10 - i), 0)
  const chk = (11 - (sum % 11)) % 11
  const d = body + (chk === 10 ? "X" : String(chk))
  return `${d[0]}-${d.slice(1, 5)}-${d.slice(5, 9)}-${d[9]}`
}

/** ISO 11784 pet microchip: a country or manufacturer code and twelve digits. */
export const microchip = (rng: Rng) => {
  const d = rng.pick(["826", "036", "710", "528", "985", "941", "900", "977", "752"]) + rng.digits(12)
  return rng.chance(0.3) ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 9)} ${d.slice(9)}` : d
}

const L = (rng: Rng, n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + rng.int(0, 25))).join("")
const pad = (n: number, w: number) => String(n).padStart(w, "0")

export const plate = (rng: Rng, cc: string) => {
  if (cc === "GB") return `${L(rng, 2)}${rng.int(10, 74)} ${L(rng, 3)}`
  if (cc === "US") return `${rng.int(1, 9)}${L(rng, 3)}${rng.digits(3)}`
  if (cc === "AU") return `${L(rng, 3)}-${rng.digits(3)}`
  if (["NL", "BE"].includes(cc)) return `${rng.int(1, 9)}-${L(rng, 3)}-${rng.digits(2)}`
  return `${L(rng, 2)} ${rng.int(100, 999)} ${L(rng, 2)}`
}

export const gps = (rng: Rng) => `${rng.chance(0.5) ? "-" : ""}${rng.int(1, 60)}.${rng.digits(5)}, ${rng.chance(0.3) ? "-" : ""}${rng.int(1, 170)}.${rng.digits(5)}`
export const bic = (rng: Rng, cc: string) => `${L(rng, 4)}${cc}${rng.pick(["2A", "2X", "22", "PP", "BB"])}${rng.chance(0.4) ? rng.pick(["XXX", "100", "A01"]) : ""}`
export const batch = (rng: Rng) => `${L(rng, 1)}${rng.digits(3)}${L(rng, 1)}${rng.digits(2)}`
export const apptRef = (rng: Rng) => `APT-${pad(rng.int(25, 26), 2)}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}-${pad(rng.int(1, 40), 2)}`
export const jobRef = (rng: Rng) => `BD-${rng.int(1000, 9999)}-${pad(rng.int(1, 99), 2)}`
export const course = (rng: Rng) => `${rng.pick(["CHEM", "MATH", "HIST", "ECON", "BIOL", "LAW", "ENGL", "COMP"])}${rng.int(1000, 4999)}`
export const room = (rng: Rng) => `${L(rng, 1)}${rng.int(0, 4)}.${pad(rng.int(1, 40), 2)}`
export const grade = (rng: Rng) => rng.pick([`${rng.int(40, 96)}%`, rng.pick(["A-", "B+", "C", "2:1", "HD", "B"])])
export const appRef = (rng: Rng) => `APP-20${rng.int(25, 27)}-${pad(rng.int(1, 99999), 6)}`
export const timestamp = (rng: Rng) => `2026-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}T${pad(rng.int(0, 23), 2)}:${pad(rng.int(0, 59), 2)}:${pad(rng.int(0, 59), 2)}Z`
export const meterSerial = (rng: Rng) => `${pad(rng.int(10, 25), 2)}${L(rng, 1)}${rng.digits(6)}`
export const zoneCode = (rng: Rng) => `${L(rng, 2)}${rng.int(1, 20)} ${rng.int(1, 9)}${L(rng, 1)}`
export const waterTicket = (rng: Rng) => `WTR-${rng.digits(7)}`
export const reading = (rng: Rng) => rng.pick([`${rng.int(10, 999)}.${rng.int(0, 9)} m³`, `${rng.int(100, 999)} L`, `${rng.int(10, 99)}.${rng.int(0, 9)} m3`])
export const odometer = (rng: Rng) => `${rng.int(10, 199)},${rng.digits(3)} ${rng.pick(["km", "mi"])}`
export const weight = (rng: Rng) => `${rng.int(1, 45)}.${rng.int(0, 9)} kg`
export const version = (rng: Rng) => `${rng.pick(["v", ""])}${rng.int(1, 12)}.${rng.int(0, 20)}.${rng.int(0, 99)}`
export const date = (rng: Rng) => rng.pick([`${rng.int(1, 28)}/${rng.int(1, 12)}/2026`, `${rng.int(1, 28)}.${pad(rng.int(1, 12), 2)}.2026`, `2026-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}`])
export const time = (rng: Rng) => `${rng.int(7, 20)}:${pad(rng.int(0, 59), 2)}`
export const amount = (rng: Rng) => `${rng.int(12, 4999)}.${pad(rng.int(0, 99), 2)}`
