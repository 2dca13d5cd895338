// A seeded PRNG (xoshiro128**, its state filled by splitmix32) so the corpus regenerates byte for byte.
export interface Rng {
  next(): number
  int(n: number): number
  pick<T>(xs: readonly T[]): T
  chance(p: number): boolean
  digits(n: number): string
  shuffle<T>(xs: readonly T[]): T[]
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0

export function seeded(seed: number): Rng {
  const sm = splitmix32(seed)
  const s = [sm(), sm(), sm(), sm()]
  const next32 = () => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0
    const t = (s[1]! << 9) >>> 0
    s[2] = (s[2]! ^ s[0]!) >>> 0
    s[3] = (s[3]! ^ s[1]!) >>> 0
    s[1] = (s[1]! ^ s[2]!) >>> 0
    s[0] = (s[0]! ^ s[3]!) >>> 0
    s[2] = (s[2]! ^ t) >>> 0
    s[3] = rotl(s[3]!, 11)
    return result
  }
  const rng: Rng = {
    next: () => next32() / 0x1_0000_0000,
    int: (n) => Math.floor(rng.next() * n),
    pick: (xs) => xs[rng.int(xs.length)]!,
    chance: (p) => rng.next() < p,
    digits: (n) => Array.from({ length: n }, () => String(rng.int(10))).join(""),
    shuffle: (xs) => {
      const out = [...xs]
      for (let i = out.length - 1; i > 0; i--) {
        const j = rng.int(i + 1)
        ;[out[i], out[j]] = [out[j]!, out[i]!]
      }
      return out
    },
  }
  return rng
}
