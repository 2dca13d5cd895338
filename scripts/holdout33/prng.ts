// Seeded PRNG (mulberry32) and small helpers. Deterministic for a given seed.
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[Math.floor(this.next() * xs.length)] as T;
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  upper(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(65 + this.int(0, 25));
    return s;
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const t = a[i] as T;
      a[i] = a[j] as T;
      a[j] = t;
    }
    return a;
  }
}

/** Fill a pattern: `#` any digit, `~` 1-9, `@` A-Z, `?` A-Z or digit; other characters kept. */
export function fill(rng: Rng, pattern: string): string {
  let s = '';
  for (const ch of pattern) {
    if (ch === '#') s += String(rng.int(0, 9));
    else if (ch === '~') s += String(rng.int(1, 9));
    else if (ch === '@') s += rng.upper(1);
    else if (ch === '?') s += rng.chance(0.5) ? rng.upper(1) : String(rng.int(0, 9));
    else s += ch;
  }
  return s;
}
