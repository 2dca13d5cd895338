// A seeded PRNG (mulberry32) and the few helpers the generator draws with. Every draw goes through one Rng, so the
// corpus is the same for the same seed and code.
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
  pick<T>(xs: readonly T[]): T { if (!xs.length) throw new Error('pick from nothing'); return xs[Math.floor(this.next() * xs.length)]! }
  chance(p: number): boolean { return this.next() < p }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s }
  upper(n: number, from = 'ABCDEFGHJKLMNPRSTUVWXYZ'): string { let s = ''; for (let i = 0; i < n; i++) s += from[this.int(0, from.length - 1)]; return s }
  shuffle<T>(xs: readonly T[]): T[] { const a = [...xs]; for (let i = a.length - 1; i > 0; i--) { const j = this.int(0, i); [a[i], a[j]] = [a[j]!, a[i]!] } return a }
}
export const pad = (n: number, w = 2) => String(n).padStart(w, '0')
