// Seeded PRNG (mulberry32) and the small helpers every generator uses.
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
  shuffle<T>(a: readonly T[]): T[] { const b = [...a]; for (let i = b.length - 1; i > 0; i--) { const j = this.int(0, i); [b[i], b[j]] = [b[j]!, b[i]!] } return b }
}
export const pad = (n: number, w = 2) => String(n).padStart(w, '0')
