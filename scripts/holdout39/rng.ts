// Seeded randomness (xoshiro128**, seeded through a 32-bit mix) so the corpus regenerates byte for byte.
export interface Rng {
  float(): number
  int(lo: number, hi: number): number
  pick<T>(xs: readonly T[]): T
  chance(p: number): boolean
  digits(n: number): string
}

function mix32(seed: number): () => number {
  let h = seed >>> 0
  return () => {
    h = (h + 0x6d2b79f5) >>> 0
    let z = h
    z = Math.imul(z ^ (z >>> 15), z | 1)
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61)
    return (z ^ (z >>> 14)) >>> 0
  }
}

export function seeded(seed: number): Rng {
  const m = mix32(seed)
  const s = [m(), m(), m(), m() | 1]
  const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0
  const next = () => {
    const out = (rotl(Math.imul(s[1]!, 5) >>> 0, 7) * 9) >>> 0
    const t = (s[1]! << 9) >>> 0
    s[2]! ^= s[0]!; s[3]! ^= s[1]!; s[1]! ^= s[2]!; s[0]! ^= s[3]!
    s[2]! ^= t
    s[3] = rotl(s[3]!, 11)
    return out / 4294967296
  }
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  return {
    float: next,
    int,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    chance: (p) => next() < p,
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(""),
  }
}
