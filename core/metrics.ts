/**
 * Counters and latency histograms. Histograms keep log-spaced buckets (5%
 * apart), so memory is constant however many observations arrive and
 * percentiles are accurate to within one bucket.
 */
export type Labels = Record<string, string>

export interface Counter { inc(by?: number): void; value(): number }
export interface Histogram {
  observe(ms: number): void
  count(): number
  percentile(p: number): number
}

export interface MetricsSnapshot {
  counters: { name: string; labels: Labels; value: number }[]
  histograms: { name: string; labels: Labels; count: number; sum: number; p50: number; p95: number; p99: number }[]
}

export interface Metrics {
  counter(name: string, labels?: Labels): Counter
  histogram(name: string, labels?: Labels): Histogram
  /** Sum of one counter across all its label sets, optionally filtered. */
  total(name: string, filter?: Labels): number
  /** All observations of one histogram merged across label sets. */
  merged(name: string, filter?: Labels): { count: number; p50: number; p95: number; p99: number }
  snapshot(): MetricsSnapshot
  prometheus(): string
}

const GROWTH = 1.05
const MIN_MS = 0.01
const BUCKETS = Math.ceil(Math.log(600_000 / MIN_MS) / Math.log(GROWTH)) + 1
const PROM_BOUNDS = [1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000]

function bucketOf(ms: number): number {
  if (ms <= MIN_MS) return 0
  return Math.min(BUCKETS - 1, Math.ceil(Math.log(ms / MIN_MS) / Math.log(GROWTH)))
}
function upperOf(bucket: number): number {
  return MIN_MS * GROWTH ** bucket
}

class LogHistogram implements Histogram {
  readonly buckets = new Uint32Array(BUCKETS)
  n = 0
  sum = 0
  observe(ms: number) {
    if (!Number.isFinite(ms) || ms < 0) return
    this.buckets[bucketOf(ms)]!++
    this.n++
    this.sum += ms
  }
  count() {
    return this.n
  }
  percentile(p: number) {
    return percentileOf(this.buckets, this.n, p)
  }
}

function percentileOf(buckets: Uint32Array, n: number, p: number): number {
  if (n === 0) return 0
  const rank = Math.ceil((p / 100) * n)
  let seen = 0
  for (let i = 0; i < buckets.length; i++) {
    seen += buckets[i]!
    if (seen >= rank) return Math.round(upperOf(i) * 100) / 100
  }
  return upperOf(buckets.length - 1)
}

// Called on every request: a plain concatenation (callers pass labels in a fixed order).
const keyOf = (name: string, labels: Labels) => {
  let key = name
  for (const k in labels) key += `\u0000${k}=${labels[k]}`
  return key
}

const matches = (labels: Labels, filter?: Labels) =>
  !filter || Object.entries(filter).every(([k, v]) => labels[k] === v)

const escapeLabel = (v: string) => v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")
const renderLabels = (labels: Labels, extra?: string) => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`)
  if (extra) parts.push(extra)
  return parts.length ? `{${parts.join(",")}}` : ""
}

export function createMetrics(): Metrics {
  const counters = new Map<string, { name: string; labels: Labels; value: number }>()
  const histograms = new Map<string, { name: string; labels: Labels; h: LogHistogram }>()

  const metrics: Metrics = {
    counter(name, labels = {}) {
      const key = keyOf(name, labels)
      let entry = counters.get(key)
      if (!entry) counters.set(key, (entry = { name, labels, value: 0 }))
      const e = entry
      return { inc: (by = 1) => void (e.value += by), value: () => e.value }
    },
    histogram(name, labels = {}) {
      const key = keyOf(name, labels)
      let entry = histograms.get(key)
      if (!entry) histograms.set(key, (entry = { name, labels, h: new LogHistogram() }))
      return entry.h
    },
    total(name, filter) {
      let sum = 0
      for (const c of counters.values()) if (c.name === name && matches(c.labels, filter)) sum += c.value
      return sum
    },
    merged(name, filter) {
      const buckets = new Uint32Array(BUCKETS)
      let n = 0
      for (const { name: hn, labels, h } of histograms.values()) {
        if (hn !== name || !matches(labels, filter)) continue
        for (let i = 0; i < BUCKETS; i++) buckets[i]! += h.buckets[i]!
        n += h.n
      }
      return { count: n, p50: percentileOf(buckets, n, 50), p95: percentileOf(buckets, n, 95), p99: percentileOf(buckets, n, 99) }
    },
    snapshot() {
      return {
        counters: [...counters.values()].map((c) => ({ ...c })),
        histograms: [...histograms.values()].map(({ name, labels, h }) => ({
          name, labels, count: h.n, sum: h.sum, p50: h.percentile(50), p95: h.percentile(95), p99: h.percentile(99),
        })),
      }
    },
    prometheus() {
      const lines: string[] = []
      const typed = new Set<string>()
      for (const c of counters.values()) {
        if (!typed.has(c.name)) lines.push(`# TYPE ${c.name} counter`), typed.add(c.name)
        lines.push(`${c.name}${renderLabels(c.labels)} ${c.value}`)
      }
      for (const { name, labels, h } of histograms.values()) {
        if (!typed.has(name)) lines.push(`# TYPE ${name} histogram`), typed.add(name)
        let cumulative = 0
        let next = 0
        for (const bound of PROM_BOUNDS) {
          while (next < BUCKETS && upperOf(next) <= bound) cumulative += h.buckets[next++]!
          lines.push(`${name}_bucket${renderLabels(labels, `le="${bound}"`)} ${cumulative}`)
        }
        lines.push(`${name}_bucket${renderLabels(labels, 'le="+Inf"')} ${h.n}`)
        lines.push(`${name}_sum${renderLabels(labels)} ${Math.round(h.sum * 1000) / 1000}`)
        lines.push(`${name}_count${renderLabels(labels)} ${h.n}`)
      }
      return lines.join("\n") + "\n"
    },
  }
  return metrics
}
