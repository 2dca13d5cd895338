// Seeded PRNG (mulberry32 over an FNV-1a hash of the seed string). Same seed, same corpus.
export class Rng {
  private s: number
  constructor(seed: string) {
    let h = 0x811c9dc5
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0
    this.s = h
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(n: number): number { return Math.floor(this.next() * n) }
  range(lo: number, hi: number): number { return lo + this.int(hi - lo + 1) }
  pick<T>(a: readonly T[]): T { return a[this.int(a.length)]! }
  chance(p: number): boolean { return this.next() < p }
  digits(n: number, first = '0123456789'): string {
    let s = first[this.int(first.length)]!
    for (let i = 1; i < n; i++) s += String(this.int(10))
    return s
  }
  pad(n: number, w: number): string { return String(n).padStart(w, '0') }
  shuffle<T>(a: T[]): T[] {
    for (let i = a.length - 1; i > 0; i--) { const j = this.int(i + 1); [a[i], a[j]] = [a[j]!, a[i]!] }
    return a
  }
}
