// Seeded PRNG (mulberry32) and small helpers; the corpus is a pure function of the seed.
export class Rng {
  private s: number
  constructor(seed: number) { this.s = seed >>> 0 }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)) }
  pick<T>(a: readonly T[]): T { return a[Math.floor(this.next() * a.length)]! }
  chance(p: number): boolean { return this.next() < p }
  digits(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += String(this.int(0, 9)); return s }
  shuffle<T>(a: readonly T[]): T[] { const b = [...a]; for (let i = b.length - 1; i > 0; i--) { const j = this.int(0, i); [b[i], b[j]] = [b[j]!, b[i]!] } return b }
  /** fill a pattern: # digit, @ upper-case letter, [abc] one of */
  fill(p: string): string {
    let o = ''
    for (let i = 0; i < p.length; i++) {
      const c = p[i]!
      if (c === '#') o += String(this.int(0, 9))
      else if (c === '@') o += this.pick([...'ABCDEFGHJKLMNPRSTUVWXYZ'])
      else if (c === '[') { const j = p.indexOf(']', i); o += this.pick([...p.slice(i + 1, j)]); i = j }
      else o += c
    }
    return o
  }
}
