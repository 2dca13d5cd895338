// Seeded PRNG (mulberry32 over an FNV-1a hash of the seed string): the corpus depends on nothing else.
export class Rng {
  private s: number
  constructor(seed: string) {
    let h = 0x811c9dc5
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193)
    this.s = h >>> 0
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)) }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]! }
  chance(p: number): boolean { return this.next() < p }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s }
  from(chars: string, n: number): string { let s = ''; for (let i = 0; i < n; i++) s += chars[this.int(0, chars.length - 1)]; return s }
  shuffle<T>(xs: readonly T[]): T[] { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j]!, a[i]!] } return a }
}
