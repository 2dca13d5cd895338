// National ids as hard negatives, each with its published check digits, and
// invalid SSN / NINO shapes.
import type { Rng } from "./prng.ts"

const pad = (n: number, w: number) => String(n).padStart(w, "0")
const dob = (rng: Rng) => ({ d: rng.int(1, 28), m: rng.int(1, 12), y: rng.int(1950, 2006) })
const wsum = (digits: string, weights: number[]) => weights.reduce((a, w, i) => a + w * Number(digits[i]), 0)

export function ppsn(rng: Rng): string {
  const d = rng.digits(7)
  const second = rng.chance(0.4) ? "A" : ""
  const sum = wsum(d, [8, 7, 6, 5, 4, 3, 2]) + (second ? 9 : 0)
  const r = sum % 23
  return d + (r === 0 ? "W" : String.fromCharCode(64 + r)) + second
}

export function nhsNumber(rng: Rng): string {
  for (;;) {
    const d = String(rng.int(4, 9)) + rng.digits(8)
    const c = 11 - (wsum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
    if (c === 10) continue
    const n = d + String(c === 11 ? 0 : c)
    return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
  }
}

export function abaRouting(rng: Rng): string {
  const d = pad(rng.int(1, 12), 2) + rng.digits(6)
  const s = wsum(d, [3, 7, 1, 3, 7, 1, 3, 7])
  return d + String((10 - (s % 10)) % 10)
}

export const ghanaCard = (rng: Rng) => `GHA-${rng.int(7, 9)}${rng.digits(8)}-${rng.int(0, 9)}`

export function hkid(rng: Rng): string {
  const letters = "ABCDEGHKMPRVYZ"
  const l = rng.pick([...letters])
  const d = rng.digits(6)
  const vals = [36, l.charCodeAt(0) - 55, ...[...d].map(Number)]
  const s = vals.reduce((a, v, i) => a + v * (9 - i), 0)
  const c = (11 - (s % 11)) % 11
  return `${l}${d}(${c === 10 ? "A" : c})`
}

export function bbNrn(rng: Rng): string {
  const { d, m, y } = dob(rng)
  return `${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}-${rng.digits(4)}`
}

export function ird(rng: Rng): string {
  for (;;) {
    const base = pad(rng.int(10_000_000, 99_999_999), 8)
    const r = wsum(base, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    const c = r === 0 ? 0 : 11 - r
    if (c === 10) continue
    const n = base + String(c)
    return `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`
  }
}

const CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
export function curpCheck(first17: string): number {
  const s = [...first17].reduce((a, ch, i) => a + CURP_CHARS.indexOf(ch) * (18 - i), 0)
  return (10 - (s % 10)) % 10
}
export function curp(rng: Rng): string {
  const up = (s: string) => [...s].map(() => rng.pick([..."BCDFGHJKLMNPRSTVZ"])).join("")
  const { d, m, y } = dob(rng)
  const head = rng.pick([..."BCGHLMPRSV"]) + rng.pick([..."AEIOU"]) + up("xx")
  const state = rng.pick(["DF", "JC", "NL", "PL", "QR", "MC", "VZ", "GT"])
  const body = `${head}${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${rng.pick(["H", "M"])}${state}${up("xxx")}${y < 2000 ? rng.int(0, 9) : "A"}`
  return body + String(curpCheck(body))
}

export const dniAr = (rng: Rng) => {
  const n = String(rng.int(20_000_000, 45_999_999))
  return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}`
}

export function cuit(rng: Rng): string {
  for (;;) {
    const d = rng.pick(["20", "27", "23"]) + String(rng.int(20_000_000, 45_999_999))
    const r = 11 - (wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
    if (r === 10) continue
    return `${d.slice(0, 2)}-${d.slice(2)}-${r === 11 ? 0 : r}`
  }
}

export function cpf(rng: Rng): string {
  let d = rng.digits(9)
  for (const n of [10, 11]) {
    const s = [...d].reduce((a, ch, i) => a + Number(ch) * (n - i), 0)
    const r = (s * 10) % 11
    d += String(r === 10 ? 0 : r)
  }
  return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`
}

export function nas(rng: Rng): string {
  for (;;) {
    const d = String(rng.pick([1, 2, 3, 4, 5, 6, 7, 9])) + rng.digits(8)
    let s = 0
    for (let i = 0; i < 9; i++) {
      let v = Number(d[i]) * (i % 2 === 1 ? 2 : 1)
      if (v > 9) v -= 9
      s += v
    }
    if (s % 10 === 0) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`
  }
}

export function ahv(rng: Rng): string {
  const d = "756" + rng.digits(9)
  const s = [...d].reduce((a, ch, i) => a + Number(ch) * (i % 2 === 0 ? 1 : 3), 0)
  const n = d + String((10 - (s % 10)) % 10)
  return `${n.slice(0, 3)}.${n.slice(3, 7)}.${n.slice(7, 11)}.${n.slice(11)}`
}

export function cpr(rng: Rng): string {
  for (;;) {
    const { d, m, y } = dob(rng)
    const body = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}${rng.digits(3)}`
    const r = wsum(body, [4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    if (r === 1) continue
    const n = body + String(r === 0 ? 0 : 11 - r)
    return `${n.slice(0, 6)}-${n.slice(6)}`
  }
}

export function fnr(rng: Rng): string {
  for (;;) {
    const { d, m, y } = dob(rng)
    const body = `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}${pad(rng.int(0, 499), 3)}`
    const k1 = 11 - (wsum(body, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)
    if (k1 === 10) continue
    const b1 = body + String(k1 === 11 ? 0 : k1)
    const k2 = 11 - (wsum(b1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
    if (k2 === 10) continue
    return b1 + String(k2 === 11 ? 0 : k2)
  }
}

export function hetu(rng: Rng): string {
  const { d, m, y } = dob(rng)
  const z = pad(rng.int(2, 899), 3)
  const n = Number(`${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}${z}`)
  return `${pad(d, 2)}${pad(m, 2)}${pad(y % 100, 2)}${y >= 2000 ? "A" : "-"}${z}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]}`
}

export function isikukood(rng: Rng): string {
  const { d, m, y } = dob(rng)
  const g = (y >= 2000 ? 5 : 3) + rng.int(0, 1)
  const b = `${g}${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${rng.digits(3)}`
  let r = wsum(b, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
  if (r === 10) r = wsum(b, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
  return b + String(r === 10 ? 0 : r)
}

export function rodneCislo(rng: Rng): string {
  for (;;) {
    const { d, m, y } = dob(rng)
    const mm = m + (rng.chance(0.5) ? 50 : 0)
    const body = `${pad(y % 100, 2)}${pad(mm, 2)}${pad(d, 2)}${rng.digits(3)}`
    const c = Number(body) % 11
    if (c === 10) continue
    return `${body.slice(0, 6)}/${body.slice(6)}${c}`
  }
}

export function rnokpp(rng: Rng): string {
  const b = String(rng.int(2, 4)) + rng.digits(8)
  const s = wsum(b, [-1, 5, 7, 9, 4, 6, 10, 5, 7])
  return b + String((((s % 11) + 11) % 11) % 10)
}

export function oib(rng: Rng): string {
  const b = String(rng.int(1, 9)) + rng.digits(9)
  let a = 10
  for (const ch of b) {
    a = (a + Number(ch)) % 10 || 10
    a = (a * 2) % 11
  }
  return b + String((11 - a) % 10)
}

export const NATIDS: Record<string, (rng: Rng) => string> = {
  ppsn, "nhs-number": nhsNumber, "aba-routing": abaRouting, "ghana-card": ghanaCard, hkid, "bb-nrn": bbNrn, ird, curp, dni: dniAr, cuit, cpf,
  nas, ahv, cpr, fnr, hetu, isikukood, "rodne-cislo": rodneCislo, rnokpp, oib,
}

/** An SSN-shaped string no SSA rule allows: area 000/666/9xx, group 00 or serial 0000. */
export function badSsn(rng: Rng): string {
  const g = pad(rng.int(1, 99), 2)
  const s = pad(rng.int(1, 9999), 4)
  const a = pad(rng.int(1, 899), 3)
  return rng.pick([`000-${g}-${s}`, `666-${g}-${s}`, `9${rng.digits(2)}-${g}-${s}`, `${a}-00-${s}`, `${a}-${g}-0000`])
}

/** A NINO-shaped string with a prefix or suffix HMRC never issues. */
export function badNino(rng: Rng): string {
  const d = rng.digits(6)
  const prefix = rng.pick(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "DA", "FE", "QA", "VK", "AO", "UP", "IB"])
  const suffix = rng.chance(0.8) ? rng.pick(["A", "B", "C", "D"]) : rng.pick(["E", "F", "X"])
  return rng.chance(0.6) ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${prefix}${d}${suffix}`
}
