// Check-digit validators of the national ids and business numbers used as
// lookalikes in holdout31, written from their published rules, apart from the
// generator.
const D = (s: string) => s.replace(/\D/g, "")
const ws = (d: string, w: number[]) => w.reduce((a, x, i) => a + x * Number(d[i]), 0)
const dateish = (dd: number, mm: number) => dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12

export function ppsnOk(s: string): boolean {
  const m = /^(\d{7})([A-W])([A-Z]?)$/.exec(s)
  if (!m) return false
  const sum = ws(m[1]!, [8, 7, 6, 5, 4, 3, 2]) + (m[3] ? (m[3].charCodeAt(0) - 64) * 9 : 0)
  const r = sum % 23
  return m[2] === (r === 0 ? "W" : String.fromCharCode(64 + r))
}

export function nhsOk(s: string): boolean {
  const d = D(s)
  if (!/^\d{3} \d{3} \d{4}$/.test(s)) return false
  const c = 11 - (ws(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)
  return c !== 10 && (c === 11 ? 0 : c) === Number(d[9])
}

export const abaOk = (s: string) => /^\d{9}$/.test(s) && ws(s, [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0

export function hkidOk(s: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(([0-9A])\)$/.exec(s)
  if (!m) return false
  const letters = m[1]!.length === 1 ? [36, m[1]!.charCodeAt(0) - 55] : [...m[1]!].map((c) => c.charCodeAt(0) - 55)
  const vals = [...letters, ...[...m[2]!].map(Number), m[3] === "A" ? 10 : Number(m[3])]
  return vals.reduce((a, v, i) => a + v * (9 - i), 0) % 11 === 0
}

export function irdOk(s: string): boolean {
  const d = D(s)
  if (!/^\d{2,3}-\d{3}-\d{3}$/.test(s)) return false
  const base = d.padStart(9, "0").slice(0, 8)
  const r = ws(base, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
  const c = r === 0 ? 0 : 11 - r
  return c !== 10 && c === Number(d.at(-1))
}

const CURP = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
export function curpOk(s: string): boolean {
  if (!/^[A-Z]{4}\d{6}[HM][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9]\d$/.test(s)) return false
  const sum = [...s.slice(0, 17)].reduce((a, ch, i) => a + CURP.indexOf(ch) * (18 - i), 0)
  return (10 - (sum % 10)) % 10 === Number(s[17])
}

export const dniOk = (s: string) => /^\d{2}\.\d{3}\.\d{3}$/.test(s)

export function cuitOk(s: string): boolean {
  if (!/^\d{2}-\d{8}-\d$/.test(s)) return false
  const d = D(s)
  const r = 11 - (ws(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)
  return r !== 10 && (r === 11 ? 0 : r) === Number(d[10])
}

export function cpfOk(s: string): boolean {
  if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s)) return false
  const d = D(s)
  for (const k of [9, 10]) {
    const sum = [...d.slice(0, k)].reduce((a, ch, i) => a + Number(ch) * (k + 1 - i), 0)
    const r = (sum * 10) % 11
    if ((r === 10 ? 0 : r) !== Number(d[k])) return false
  }
  return true
}

export function nasOk(s: string): boolean {
  if (!/^\d{3} \d{3} \d{3}$/.test(s)) return false
  const d = D(s)
  let sum = 0
  for (let i = 0; i < 9; i++) {
    const v = Number(d[i]) * (i % 2 ? 2 : 1)
    sum += v > 9 ? v - 9 : v
  }
  return sum % 10 === 0
}

export function ahvOk(s: string): boolean {
  if (!/^756\.\d{4}\.\d{4}\.\d{2}$/.test(s)) return false
  const d = D(s)
  const sum = [...d.slice(0, 12)].reduce((a, ch, i) => a + Number(ch) * (i % 2 ? 3 : 1), 0)
  return (10 - (sum % 10)) % 10 === Number(d[12])
}

export const cprOk = (s: string) => /^\d{6}-\d{4}$/.test(s) && dateish(Number(s.slice(0, 2)), Number(s.slice(2, 4))) && ws(D(s), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0

export function fnrOk(s: string): boolean {
  if (!/^\d{11}$/.test(s) || !dateish(Number(s.slice(0, 2)), Number(s.slice(2, 4)))) return false
  const k = (w: number[], n: number) => {
    const r = 11 - (ws(s, w) % 11)
    return (r === 11 ? 0 : r) === Number(s[n])
  }
  return k([3, 7, 6, 1, 8, 9, 4, 5, 2], 9) && k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10)
}

export function hetuOk(s: string): boolean {
  const m = /^(\d{6})[-+A-F](\d{3})([0-9A-Y])$/.exec(s)
  return !!m && dateish(Number(s.slice(0, 2)), Number(s.slice(2, 4))) && "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(m[1]! + m[2]!) % 31] === m[3]
}

export function isikukoodOk(s: string): boolean {
  if (!/^[1-6]\d{10}$/.test(s) || !dateish(Number(s.slice(5, 7)), Number(s.slice(3, 5)))) return false
  let r = ws(s, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
  if (r === 10) r = ws(s, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
  return (r === 10 ? 0 : r) === Number(s[10])
}

export function rodneOk(s: string): boolean {
  if (!/^\d{6}\/\d{4}$/.test(s)) return false
  const mm = Number(s.slice(2, 4)) % 50
  return dateish(Number(s.slice(4, 6)), mm) && Number(D(s)) % 11 === 0
}

export function rnokppOk(s: string): boolean {
  if (!/^\d{10}$/.test(s)) return false
  const sum = ws(s, [-1, 5, 7, 9, 4, 6, 10, 5, 7])
  return (((sum % 11) + 11) % 11) % 10 === Number(s[9])
}

export function oibOk(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false
  let a = 10
  for (const ch of s.slice(0, 10)) {
    a = (a + Number(ch)) % 10
    if (a === 0) a = 10
    a = (a * 2) % 11
  }
  return (11 - a) % 10 === Number(s[10])
}

const VIN_T: Record<string, number> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 }
export function vinOk(s: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(s)) return false
  const w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
  const sum = [...s].reduce((a, ch, i) => a + (/\d/.test(ch) ? Number(ch) : VIN_T[ch]!) * w[i]!, 0)
  return (sum % 11 === 10 ? "X" : String(sum % 11)) === s[8]
}

export function mpanOk(s: string): boolean {
  const d = D(s)
  if (d.length !== 13) return false
  const p = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
  return (p.reduce((a, x, i) => a + x * Number(d[i]), 0) % 11) % 10 === Number(d[12])
}

export function gsrnOk(s: string): boolean {
  const d = D(s)
  if (d.length !== 18) return false
  const sum = [...d.slice(0, 17)].reverse().reduce((a, ch, i) => a + Number(ch) * (i % 2 ? 1 : 3), 0)
  return (10 - (sum % 10)) % 10 === Number(d[17])
}
