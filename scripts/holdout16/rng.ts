// Seeded PRNG (mulberry32): the corpus must come out byte for byte the same on every run.
export type Rng = {
  next(): number
  int(lo: number, hi: number): number
  pick<T>(list: readonly T[]): T
  digits(n: number): string
  chance(p: number): boolean
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1))
  return {
    next,
    int,
    pick: <T>(list: readonly T[]): T => {
      if (list.length === 0) throw new Error("pick from an empty list")
      return list[Math.floor(next() * list.length)] as T
    },
    digits: (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join(""),
    chance: (p: number): boolean => next() < p,
  }
}
