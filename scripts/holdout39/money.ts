// Checksummed identifiers (cards, IBANs, SSNs, NINOs, IPs) and their invalid lookalikes.
import type { Rng } from "./rng.ts"

export function luhnOk(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i])
    if (i % 2 === 1) { n *= 2; if (n > 9) n -= 9 }
    sum += n
  }
  return sum % 10 === 0
}

const luhnDigit = (body: string) => [..."0123456789"].find((c) => luhnOk(body + c))!

function cardDigits(rng: Rng, sixteen = false): string {
  const brand = rng.int(sixteen ? 1 : 0, 9)
  const prefix = brand < 4 ? (brand === 0 ? rng.pick(["34", "37"]) : "4") : brand < 6 ? String(rng.int(51, 55)) : brand < 7 ? String(rng.int(2221, 2720)) : brand < 8 ? rng.pick(["6011", "65"]) : String(rng.int(3528, 3589))
  const len = prefix === "34" || prefix === "37" ? 15 : 16
  const body = prefix + rng.digits(len - 1 - prefix.length)
  return body + luhnDigit(body)
}

export function groupCard(d: string, rng: Rng): string {
  const sep = rng.pick([" ", " ", "-", ""])
  if (d.length === 15) return [d.slice(0, 4), d.slice(4, 10), d.slice(10)].join(sep)
  return d.match(/.{4}/g)!.join(sep)
}

export const card = (rng: Rng) => groupCard(cardDigits(rng), rng)

/** 16 digits with a real issuer prefix whose Luhn check fails. */
export function badCard(rng: Rng): string {
  const good = cardDigits(rng, true)
  const last = (Number(good[15]) + rng.int(1, 9)) % 10
  return (good.slice(0, 15) + last).match(/.{4}/g)!.join(rng.pick([" ", " ", "-", ""]))
}

/** Country, IBAN length and how its BBAN is drawn. */
const BBAN: Record<string, (rng: Rng) => string> = {
  GB: (r) => r.pick(["NWBK", "BARC", "HBUK", "RBOS", "BOFS", "CLYD"]) + r.digits(14),
  BE: (r) => { const b = r.digits(10); const c = Number(BigInt(b) % 97n) || 97; return b + String(c).padStart(2, "0") },
  SE: (r) => r.digits(20), FI: (r) => r.digits(14), EE: (r) => r.digits(16), PL: (r) => r.digits(24), CZ: (r) => r.digits(20),
  RO: (r) => r.pick(["BTRL", "RNCB", "BRDE", "INGB"]) + r.digits(16), HR: (r) => r.digits(17), GR: (r) => r.digits(23),
  TR: (r) => r.digits(5) + "0" + r.digits(16), CH: (r) => r.digits(17), AT: (r) => r.digits(16),
  BR: (r) => r.digits(23) + r.pick(["C", "P"]) + "1",
}

export const ibanLength: Record<string, number> = { GB: 22, BE: 16, SE: 24, FI: 18, EE: 20, PL: 28, CZ: 24, RO: 24, HR: 21, GR: 27, TR: 26, CH: 21, AT: 20, BR: 29 }

export function mod97(s: string): number {
  let r = 0
  for (const ch of s.slice(4) + s.slice(0, 4)) {
    const v = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch
    for (const c of v) r = (r * 10 + Number(c)) % 97
  }
  return r
}

const spaced = (s: string, rng: Rng, p = 0.7) => (rng.chance(p) ? s.match(/.{1,4}/g)!.join(" ") : s)

export function iban(rng: Rng, cc: string): string {
  const bban = BBAN[cc]!(rng)
  const check = 98 - mod97(`${cc}00${bban}`)
  return spaced(`${cc}${String(check).padStart(2, "0")}${bban}`, rng)
}

export function badIban(rng: Rng, cc: string): string {
  const good = iban(rng, cc).replace(/ /g, "")
  const k = Number(good.slice(2, 4))
  const wrong = String((k + rng.int(1, 40)) % 97 || 3).padStart(2, "0")
  const v = good.slice(0, 2) + wrong + good.slice(4)
  return mod97(v) === 1 ? badIban(rng, cc) : spaced(v, rng)
}

export function ssn(rng: Rng): string {
  let area = rng.int(1, 899)
  if (area === 666) area = 667
  const sep = rng.chance(0.85) ? "-" : " "
  return [String(area).padStart(3, "0"), String(rng.int(1, 99)).padStart(2, "0"), String(rng.int(1, 9999)).padStart(4, "0")].join(sep)
}

export const badSsn = (rng: Rng) => `${rng.pick(["000", "666", String(rng.int(900, 999))])}-${String(rng.int(10, 99))}-${String(rng.int(1000, 9999))}`

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
const NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
const NINO_BARRED = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]

function ninoWith(prefix: string, rng: Rng): string {
  const d = rng.digits(6)
  const suffix = rng.pick(["A", "B", "C", "D"])
  return rng.chance(0.6) ? `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}` : `${prefix}${d}${suffix}`
}

export function nino(rng: Rng): string {
  for (;;) {
    const p = rng.pick([...NINO_FIRST]) + rng.pick([...NINO_SECOND])
    if (!NINO_BARRED.includes(p)) return ninoWith(p, rng)
  }
}

export const badNino = (rng: Rng) => ninoWith(rng.pick(["QQ", "BG", "NK", "TN", "DA", "FY", "GB"]), rng)

export function ipv4(rng: Rng): string {
  for (;;) {
    const a = rng.int(11, 223)
    if ([127, 169, 172, 192, 100].includes(a)) continue
    return [a, rng.int(0, 255), rng.int(0, 255), rng.int(1, 254)].join(".")
  }
}

export function ipv6(rng: Rng): string {
  const hex = () => rng.int(1, 0xffff).toString(16)
  const head = rng.pick(["2a02", "2001", "2a01", "2c0f", "2406", "2804"])
  return rng.chance(0.5) ? `${head}:${hex()}:${hex()}::${hex()}` : [head, hex(), hex(), hex(), hex(), hex(), hex(), hex()].join(":")
}

export const ip = (rng: Rng) => (rng.chance(0.72) ? ipv4(rng) : ipv6(rng))
