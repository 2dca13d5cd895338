// Seeded PRNG (mulberry32) and the small choices every generator makes.
export interface Rng {
  next(): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  digits(n: number): string
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[int(0, items.length - 1)] as T
  }
  const chance = (p: number): boolean => next() < p
  const digits = (n: number): string => {
    let out = ''
    for (let i = 0; i < n; i++) out += String(int(0, 9))
    return out
  }
  return { next, int, pick, chance, digits }
}

/** A seed from a short label, so each language keeps its own stream. */
export function seedOf(label: string): number {
  let h = 2166136261
  for (const ch of label) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  return h >>> 0
}
