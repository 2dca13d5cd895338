// A seeded PRNG (xoshiro128**, its state filled by splitmix32) so the corpus regenerates byte for byte.
export interface Rng {
  (): number
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
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

export function seeded(seed: number): Rng {
  const sm = splitmix32(seed)
  let [a, b, c, d] = [sm(), sm(), sm(), sm()]
  const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0
  const next = () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0
    const t = (b << 9) >>> 0
    c ^= a
    d ^= b
    b ^= c
    a ^= d
    c ^= t
    d = rotl(d >>> 0, 11)
    return result / 4294967296
  }
  const r = next as Rng
  r.int = (n) => Math.floor(next() * n)
  r.pick = (xs) => xs[r.int(xs.length)]!
  r.chance = (p) => next() < p
  r.digits = (n) => Array.from({ length: n }, () => String(r.int(10))).join("")
  r.shuffle = (xs) => {
    const out = [...xs]
    for (let i = out.length - 1; i > 0; i--) {
      const j = r.int(i + 1)
      ;[out[i], out[j]] = [out[j]!, out[i]!]
    }
    return out
  }
  return r
}
