// Cards, IBANs, SSNs, NINOs and IP addresses, each built valid by its own rule, and the
// lookalikes that fail exactly that rule (Luhn, mod 97, area, prefix).
import type { Rng } from "./rng.ts"

export function luhnOk(d: string): boolean {
  const sum = [...d].reverse().reduce((s, c, i) => { const n = Number(c) * (i % 2 ? 2 : 1); return s + (n > 9 ? n - 9 : n) }, 0)
  return sum % 10 === 0
}
const luhnDigit = (body: string) => String([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((c) => luhnOk(body + c))!)

function pan(r: Rng): string {
  const kind = r.int(0, 9)
  if (kind < 4) return ((b) => b + luhnDigit(b))("4" + r.digits(14))
  if (kind < 6) return ((b) => b + luhnDigit(b))(String(r.int(51, 55)) + r.digits(13))
  if (kind < 7) return ((b) => b + luhnDigit(b))(String(r.int(2221, 2720)) + r.digits(11))
  if (kind < 9) return ((b) => b + luhnDigit(b))(r.pick(["34", "37"]) + r.digits(12))
  return ((b) => b + luhnDigit(b))("6011" + r.digits(11))
}

const groupCard = (r: Rng, d: string) => {
  if (d.length === 15) { const sep = r.pick([" ", "-", ""]); return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep) }
  const sep = r.pick([" ", " ", "-", ""])
  return d.match(/.{4}/g)!.join(sep)
}

export const card = (r: Rng) => groupCard(r, pan(r))

/** 16 digits with a real issuer prefix whose last digit is off, so Luhn fails. */
export function cardLookalike(r: Rng): string {
  const head = r.pick(["4", "4", "5" + r.int(1, 5), "6011"])
  const body = head + r.digits(15 - head.length)
  const good = Number(luhnDigit(body))
  return groupCard(r, body + String((good + r.int(1, 9)) % 10))
}

const mod97 = (s: string) => Number(BigInt(s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) % 97n)
const ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
const alnum = (r: Rng, n: number) => Array.from({ length: n }, () => ALNUM[r.int(0, ALNUM.length - 1)]).join("")
const two = (n: number) => String(n).padStart(2, "0")

const NO_W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
const ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
const esDc = (s: string) => { const v = 11 - (ES_W.reduce((t, w, i) => t + w * Number(s[i]), 0) % 11); return v === 11 ? 0 : v === 10 ? 1 : v }

/** A national account number (BBAN) with its own check where the country has an easy one; undefined to draw again. */
const BBAN: Record<string, (r: Rng) => string | undefined> = {
  IE: (r) => r.pick(["AIBK", "BOFI", "IPBS"]) + r.digits(14),
  GB: (r) => r.pick(["NWBK", "BARC", "LOYD"]) + r.digits(14),
  MT: (r) => r.pick(["MALT", "VALL", "APSB"]) + r.digits(5) + r.digits(18),
  NO: (r) => { const b = r.digits(10); const c = 11 - (NO_W.reduce((t, w, i) => t + w * Number(b[i]), 0) % 11); return c === 10 ? undefined : b + String(c === 11 ? 0 : c) },
  DK: (r) => r.digits(14),
  IS: (r) => r.digits(22),
  SK: (r) => r.pick(["0200", "0900", "1100", "7500"]) + r.digits(16),
  SI: (r) => r.pick(["01000", "02010", "04001", "03100"]) + r.digits(10),
  HU: (r) => r.digits(24),
  LT: (r) => r.pick(["70440", "73000", "40100"]) + r.digits(11),
  LV: (r) => r.pick(["HABA", "UNLA", "RIKO"]) + r.digits(13),
  BG: (r) => r.pick(["UNCR", "BPBI", "STSA"]) + r.digits(4) + r.pick(["10", "15"]) + r.digits(8),
  UA: (r) => r.pick(["305299", "322001", "300711"]) + r.digits(19),
  RS: (r) => { const b = r.pick(["160", "170", "265"]) + r.digits(13); return b + two(98 - mod97(b + "00")) },
  PT: (r) => { const b = r.pick(["0035", "0033", "0007", "0010"]) + r.digits(15); return b + two(98 - mod97(b + "00")) },
  ES: (r) => { const bank = r.pick(["2100", "0081", "0182", "2085"]); const br = r.digits(4); const acct = r.digits(10); return bank + br + String(esDc("00" + bank + br)) + String(esDc(acct)) + acct },
  BE: (r) => { const b = r.digits(10); return b + two(Number(BigInt(b) % 97n) || 97) },
  LU: (r) => r.pick(["001", "002", "019", "141"]) + r.digits(13),
}
export const IBAN_COUNTRIES = Object.keys(BBAN)

function compact(r: Rng, cc: string): { bban: string; good: string } {
  for (;;) {
    const bban = BBAN[cc]!(r)
    if (!bban) continue
    return { bban, good: cc + two(98 - mod97(bban + cc + "00")) + bban }
  }
}
const layout = (r: Rng, c: string) => (r.chance(0.7) ? c.match(/.{1,4}/g)!.join(" ") : c)

export const iban = (r: Rng, cc: string) => layout(r, compact(r, cc).good)

/** The country's IBAN shape and length with check digits that fail mod 97. */
export function ibanLookalike(r: Rng, cc: string): string {
  const { bban, good } = compact(r, cc)
  let check = Number(good.slice(2, 4))
  check = (check + r.int(1, 90)) % 97
  if (check < 2) check += 2
  const bad = cc + two(check) + bban
  return mod97(bban + bad.slice(0, 4)) === 1 ? ibanLookalike(r, cc) : layout(r, bad)
}

export function ssn(r: Rng): string {
  let area = r.int(1, 899)
  if (area === 666) area = 667
  return `${String(area).padStart(3, "0")}-${two(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, "0")}`
}
export const ssnLookalike = (r: Rng) => `${r.pick(["000", "666", String(r.int(900, 999))])}-${two(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, "0")}`

const NINO_1 = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_2 = "ABCEGHJKLMNPRSTWXYZ"
const BARRED = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]
const ninoWrite = (r: Rng, p: string) => { const n = r.digits(6); const s = "ABCD"[r.int(0, 3)]!; return r.chance(0.6) ? `${p} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${s}` : `${p}${n}${s}` }
export function nino(r: Rng): string {
  for (;;) {
    const p = NINO_1[r.int(0, NINO_1.length - 1)]! + NINO_2[r.int(0, NINO_2.length - 1)]!
    if (!BARRED.includes(p)) return ninoWrite(r, p)
  }
}
export const ninoLookalike = (r: Rng) => ninoWrite(r, r.pick(["QQ", "BG", "GB", "NK", "TN", "DA", "FY", "KN"]))

export function ipv4(r: Rng): string {
  for (;;) {
    const a = r.int(2, 223)
    const b = r.int(0, 255)
    if ([10, 127, 100, 169, 172, 192, 198, 203].includes(a)) continue
    return `${a}.${b}.${r.int(0, 255)}.${r.int(1, 254)}`
  }
}
const hex = (r: Rng) => r.int(1, 0xffff).toString(16)
export const ipv6 = (r: Rng) => (r.chance(0.5)
  ? `2a0${r.int(1, 9)}:${hex(r)}:${hex(r)}:${hex(r)}::${hex(r)}`
  : `2001:${r.pick(["4860", "67c", "1af8", "8d8", "bc8"])}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}:${hex(r)}`)
export const ip = (r: Rng) => (r.chance(0.75) ? ipv4(r) : ipv6(r))
