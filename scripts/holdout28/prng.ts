// A seeded PRNG (mulberry32) and the few draws the generator needs; one stream per run keeps the corpus deterministic.
export class Rng {
  private s: number
  constructor(seed: number) { this.s = seed >>> 0 }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0
    let t = this.s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)) }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]! }
  chance(p: number): boolean { return this.next() < p }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s }
  letters(n: number, from = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string { let s = ''; for (let i = 0; i < n; i++) s += from[this.int(0, from.length - 1)]; return s }
  // a pattern: 9 any digit, N 2-9, A a capital letter, anything else as written
  fill(p: string): string { return [...p].map((c) => (c === '9' ? String(this.int(0, 9)) : c === 'N' ? String(this.int(2, 9)) : c === 'A' ? this.letters(1) : c)).join('') }
  shuffle<T>(a: T[]): T[] { for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j]!, a[i]!] } return a }
}
