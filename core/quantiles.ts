/**
 * Quantiles of a stream of non-negative numbers (latencies in ms): exact up
 * to `EXACT_LIMIT` observations, then a log-bucketed sketch (DDSketch) whose
 * every quantile is within `RELATIVE_ACCURACY` of the true value's, with
 * memory bounded by the value range, not the number of observations.
 */
export const EXACT_LIMIT = 4096
export const RELATIVE_ACCURACY = 0.005

const GAMMA = (1 + RELATIVE_ACCURACY) / (1 - RELATIVE_ACCURACY)
const LOG_GAMMA = Math.log(GAMMA)
// Below MIN (1 ns in ms) a value counts as zero; above MAX (a week) it is clamped.
const MIN = 1e-6
const MAX = 7 * 24 * 3600 * 1000
const OFFSET = Math.ceil(Math.log(MIN) / LOG_GAMMA)
const SIZE = Math.ceil(Math.log(MAX) / LOG_GAMMA) - OFFSET + 1

/** A DDSketch with a dense bucket array: `add` is one log and one increment. */
export class Sketch {
  readonly counts = new Float64Array(SIZE)
  zeros = 0
  n = 0
  add(value: number, times = 1) {
    this.n += times
    if (value < MIN) {
      this.zeros += times
      return
    }
    const i = Math.ceil(Math.log(Math.min(value, MAX)) / LOG_GAMMA) - OFFSET
    this.counts[i < 0 ? 0 : i]! += times
  }
  merge(other: Sketch) {
    for (let i = 0; i < SIZE; i++) this.counts[i]! += other.counts[i]!
    this.zeros += other.zeros
    this.n += other.n
  }
  /** The value at nearest rank `ceil(q * n)`, within the relative accuracy. */
  quantile(q: number): number {
    if (this.n === 0) return 0
    const rank = Math.max(1, Math.ceil(q * this.n))
    let seen = this.zeros
    if (seen >= rank) return 0
    for (let i = 0; i < SIZE; i++) {
      seen += this.counts[i]!
      // The bucket (gamma^(k-1), gamma^k] is represented by the point whose relative error to both ends is equal.
      if (seen >= rank) return (2 * GAMMA ** (i + OFFSET)) / (GAMMA + 1)
    }
    return MAX
  }
  /** Observations at or under `bound` (for Prometheus' cumulative buckets). */
  countAtMost(bound: number): number {
    let c = this.zeros
    const last = bound < MIN ? -1 : Math.floor(Math.log(Math.min(bound, MAX)) / LOG_GAMMA) - OFFSET
    for (let i = 0; i <= last && i < SIZE; i++) c += this.counts[i]!
    return c
  }
}

/** Exact samples until there are too many, then a sketch. */
export class QuantileStream {
  private samples: Float64Array | undefined = new Float64Array(64)
  private sorted = true
  private sketch: Sketch | undefined
  n = 0
  sum = 0

  add(value: number) {
    this.n++
    this.sum += value
    if (this.sketch) return this.sketch.add(value)
    let s = this.samples!
    const i = this.n - 1
    if (i === EXACT_LIMIT) {
      this.toSketch().add(value)
      return
    }
    if (i === s.length) {
      const grown = new Float64Array(Math.min(EXACT_LIMIT, s.length * 2))
      grown.set(s)
      this.samples = s = grown
    }
    if (this.sorted && i > 0 && value < s[i - 1]!) this.sorted = false
    s[i] = value
  }

  private toSketch(): Sketch {
    const sketch = new Sketch()
    for (let i = 0; i < this.n - 1; i++) sketch.add(this.samples![i]!)
    this.sketch = sketch
    this.samples = undefined
    return sketch
  }

  /** The exact samples (sorted), or undefined once the stream has become a sketch. */
  exact(): Float64Array | undefined {
    if (!this.samples) return undefined
    const live = this.samples.subarray(0, this.n)
    if (!this.sorted) {
      live.sort()
      this.sorted = true
    }
    return live
  }

  /** This stream as a sketch (a copy when it is still exact), for merging. */
  asSketch(): Sketch {
    if (this.sketch) return this.sketch
    const s = new Sketch()
    for (const v of this.exact()!) s.add(v)
    return s
  }

  quantile(q: number): number {
    const exact = this.exact()
    return exact ? exactQuantile(exact, q) : this.sketch!.quantile(q)
  }

  countAtMost(bound: number): number {
    const exact = this.exact()
    if (!exact) return this.sketch!.countAtMost(bound)
    let lo = 0
    let hi = exact.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (exact[mid]! <= bound) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** Nearest rank on sorted samples: the smallest value with at least `q * n` observations at or under it. */
export function exactQuantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!
}

/** Quantiles of several streams together: exact when their samples fit, a merged sketch otherwise. */
export function mergedQuantiles(streams: QuantileStream[], qs: number[]): number[] {
  const n = streams.reduce((a, s) => a + s.n, 0)
  const exact = streams.map((s) => s.exact())
  if (n <= EXACT_LIMIT * 4 && exact.every((e) => e)) {
    const all = new Float64Array(n)
    let at = 0
    for (const e of exact) all.set(e!, at), (at += e!.length)
    all.sort()
    return qs.map((q) => exactQuantile(all, q))
  }
  const sketch = new Sketch()
  for (const s of streams) sketch.merge(s.asSketch())
  return qs.map((q) => sketch.quantile(q))
}
