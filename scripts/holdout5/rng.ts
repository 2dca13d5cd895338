// Seeded PRNG for the holdout5 corpus: mulberry32, so a seed always gives the same corpus.

export interface Rng {
  next(): number
  int(lo: number, hi: number): number
  pick<T>(list: readonly T[]): T
  digits(n: number): string
}

/** A deterministic generator; `int` is inclusive on both ends. */
export function rng(seed: number): Rng {
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
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list')
      return list[int(0, list.length - 1)] as (typeof list)[number]
    },
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
  }
}

/** A stable 32-bit seed from a string (FNV-1a). */
export function seedOf(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}
