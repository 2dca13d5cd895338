// Seeded PRNG (mulberry32) and the small helpers every module draws with.
export class Rng {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from empty list")
    return xs[Math.floor(this.next() * xs.length)] as T
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  digits(n: number): string {
    let s = ""
    for (let i = 0; i < n; i++) s += String(this.int(0, 9))
    return s
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs]
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i)
      const t = a[i] as T
      a[i] = a[j] as T
      a[j] = t
    }
    return a
  }
}

/** A stable 32-bit hash of a string, for per-text seeds. */
export function hash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 16777619)
  }
  return h >>> 0
}
