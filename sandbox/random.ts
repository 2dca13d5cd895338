// The sandbox keeps its own PRNG rather than importing core's: it is an
// independent model of CXone and must not share code with the client it tests.
export type Rng = () => number

export function rng(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!
export const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1))

/** A UUID-shaped id derived from the generator, so a seed always gives the same ids. */
export function uuid(r: Rng): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16)).join("")
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** A Luhn-valid 16-digit test card number (BIN 4111 11, a test range), ungrouped. */
export function cardNumber(r: Rng): string {
  const body = `411111${Array.from({ length: 9 }, () => int(r, 0, 9)).join("")}`
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0 && (d *= 2) > 9) d -= 9
    sum += d
  }
  return body + String((10 - (sum % 10)) % 10)
}
