// A seeded PRNG (xoshiro128**, its state filled by splitmix32), so the corpus regenerates byte for byte.
export interface Rng {
  next(): number
  int(lo: number, hi: number): number
  pick<T>(xs: readonly T[]): T
  chance(p: number): boolean
  digits(n: number): string
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

export function seeded(seed: number): Rng {
  const fill = splitmix32(seed)
  const st = [fill(), fill(), fill(), fill()]
  const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0
  const u32 = () => {
    const result = Math.imul(rotl(Math.imul(st[1]!, 5) >>> 0, 7), 9) >>> 0
    const t = (st[1]! << 9) >>> 0
    st[2] = (st[2]! ^ st[0]!) >>> 0
    st[3] = (st[3]! ^ st[1]!) >>> 0
    st[1] = (st[1]! ^ st[2]!) >>> 0
    st[0] = (st[0]! ^ st[3]!) >>> 0
    st[2] = (st[2]! ^ t) >>> 0
    st[3] = rotl(st[3]!, 11)
    return result
  }
  const next = () => u32() / 0x1_0000_0000
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
    digits: (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join(""),
  }
}
