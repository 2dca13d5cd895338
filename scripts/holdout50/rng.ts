// holdout50's PRNG: xoshiro128** with its four words of state filled by splitmix32, so that a 32-bit seed gives the same
// stream on every run and every machine.
export interface Rng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [0, n). */
  int(n: number): number
  pick<T>(xs: readonly T[]): T
  chance(p: number): boolean
  /** `n` random decimal digits. */
  digits(n: number): string
  shuffle<T>(xs: readonly T[]): T[]
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0

export function seeded(seed: number): Rng {
  const mix = splitmix32(seed)
  const st = [mix(), mix(), mix(), mix()]
  if (!st.some((x) => x !== 0)) st[0] = 1
  const u32 = () => {
    const [a, b, c, d] = st as [number, number, number, number]
    const out = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0
    const t = (b << 9) >>> 0
    st[2] = (c ^ a) >>> 0
    st[3] = (d ^ b) >>> 0
    st[1] = (b ^ st[2]!) >>> 0
    st[0] = (a ^ st[3]!) >>> 0
    st[2] = (st[2]! ^ t) >>> 0
    st[3] = rotl(st[3]!, 11)
    return out
  }
  const next = () => u32() / 4294967296
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]) => xs[int(xs.length)]!,
    chance: (p: number) => next() < p,
    digits: (n: number) => Array.from({ length: n }, () => String(int(10))).join(""),
    shuffle: <T>(xs: readonly T[]) => {
      const out = [...xs]
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1)
        ;[out[i], out[j]] = [out[j]!, out[i]!]
      }
      return out
    },
  }
}
