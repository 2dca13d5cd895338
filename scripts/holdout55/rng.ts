// A seeded PRNG: xoshiro128** with its state filled by splitmix32, so the corpus regenerates byte for byte.
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
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0

export function seeded(seed: number): Rng {
  const sm = splitmix32(seed)
  const s = [sm(), sm(), sm(), sm()]
  const next = () => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0
    const t = (s[1]! << 9) >>> 0
    s[2] = (s[2]! ^ s[0]!) >>> 0
    s[3] = (s[3]! ^ s[1]!) >>> 0
    s[1] = (s[1]! ^ s[2]!) >>> 0
    s[0] = (s[0]! ^ s[3]!) >>> 0
    s[2] = (s[2]! ^ t) >>> 0
    s[3] = rotl(s[3]!, 11)
    return result / 4294967296
  }
  const r = next as Rng
  r.int = (n) => Math.floor(next() * n)
  r.pick = (xs) => xs[Math.floor(next() * xs.length)]!
  r.chance = (p) => next() < p
  r.digits = (n) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join("")
  r.shuffle = (xs) => {
    const a = [...xs]
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[a[i], a[j]] = [a[j]!, a[i]!]
    }
    return a
  }
  return r
}
