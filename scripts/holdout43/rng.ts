// A small seeded PRNG (xoshiro128**, state filled by splitmix32) so the corpus regenerates byte for byte.
export interface Rng { next(): number; int(n: number): number; pick<T>(xs: readonly T[]): T; chance(p: number): boolean; digits(n: number): string }

export function seeded(seed: number): Rng {
  let x = seed >>> 0
  const split = () => {
    x = (x + 0x9e3779b9) >>> 0
    let z = x
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
  const s = [split(), split(), split(), split()]
  const rotl = (v: number, k: number) => ((v << k) | (v >>> (32 - k))) >>> 0
  const next = () => {
    const out = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0
    const t = (s[1]! << 9) >>> 0
    s[2]! ^= s[0]!; s[3]! ^= s[1]!; s[1]! ^= s[2]!; s[0]! ^= s[3]!
    s[2]! ^= t; s[3] = rotl(s[3]!, 11)
    return out / 2 ** 32
  }
  const int = (n: number) => Math.floor(next() * n)
  return {
    next, int,
    pick: (xs) => xs[int(xs.length)]!,
    chance: (p) => next() < p,
    digits: (n) => Array.from({ length: n }, () => String(int(10))).join(""),
  }
}
