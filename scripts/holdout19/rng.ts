// Seeded PRNG (FNV-1a hash of the seed string feeding mulberry32): the same seed gives the same corpus.
export class Rng {
  private s: number
  constructor(seed: string) {
    let h = 0x811c9dc5
    for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0
    this.s = h
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
    const x = xs[Math.floor(this.next() * xs.length)]
    if (x === undefined) throw new Error('pick from empty list')
    return x
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  digits(n: number): string {
    let s = ''
    for (let i = 0; i < n; i++) s += String(this.int(0, 9))
    return s
  }
}
