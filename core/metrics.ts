import { mergedQuantiles, QuantileStream } from "./quantiles.ts"

/**
 * Counters and latency histograms. A histogram is observed in milliseconds
 * and keeps its samples exactly up to a few thousand, then a sketch whose
 * quantiles are within 0.5% (core/quantiles.ts): p50/p95/p99 are real
 * quantiles, and memory stays bounded. Prometheus text gives every metric a
 * `# HELP` and `# TYPE` line and histograms in seconds (names end `_seconds`).
 */
export type Labels = Record<string, string>

export interface Counter { inc(by?: number): void; value(): number }
export interface Histogram {
  /** One latency, in milliseconds. */
  observe(ms: number): void
  count(): number
  /** The p-th percentile (0-100) in milliseconds. */
  percentile(p: number): number
}

/** A value that goes up and down: set it, or give a function read when the metrics are read (an age stays current). */
export interface Gauge { set(value: number | (() => number)): void; value(): number }

export interface MetricsSnapshot {
  counters: { name: string; labels: Labels; value: number }[]
  /** Sums and percentiles in milliseconds. */
  histograms: { name: string; labels: Labels; count: number; sum: number; p50: number; p95: number; p99: number }[]
  gauges: { name: string; labels: Labels; value: number }[]
}

export interface Metrics {
  counter(name: string, labels?: Labels): Counter
  histogram(name: string, labels?: Labels): Histogram
  /** One gauge per name and label set. */
  gauge(name: string, labels?: Labels): Gauge
  /** The `# HELP` text of a metric (plugins describe their own). */
  describe(name: string, help: string): void
  /** Sum of one counter across all its label sets, optionally filtered. */
  total(name: string, filter?: Labels): number
  /** All observations of one histogram merged across label sets; percentiles in ms. */
  merged(name: string, filter?: Labels): { count: number; p50: number; p95: number; p99: number }
  snapshot(): MetricsSnapshot
  prometheus(): string
}

// Prometheus bucket bounds, in seconds.
const PROM_BOUNDS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

/** What the core and the server entries record; plugins add theirs with `describe`. */
const CORE_HELP: Record<string, string> = {
  cxedge_requests_total: "Requests sent to the tenant, by operation and HTTP status.",
  cxedge_request_duration_seconds: "Time of one request to the tenant, by operation.",
  cxedge_retries_total: "Requests to the tenant that were retried.",
  cxedge_rate_limited_total: "Requests the tenant answered with 429.",
  cxedge_circuit_open_total: "Requests refused while the circuit breaker was open.",
  cxedge_http_requests_total: "Requests this server answered, by route and status.",
  cxedge_http_request_duration_seconds: "Time this server took to answer, by route.",
}

const round = (n: number) => Math.round(n * 100) / 100

class StreamHistogram implements Histogram {
  readonly q = new QuantileStream()
  observe(ms: number) {
    if (ms >= 0 && ms !== Infinity) this.q.add(ms)
  }
  count() {
    return this.q.n
  }
  percentile(p: number) {
    return round(this.q.quantile(p / 100))
  }
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
const escapeHelp = (v: string) => v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")
const renderLabels = (labels: Labels, extra?: string) => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`)
  if (extra) parts.push(extra)
  return parts.length ? `{${parts.join(",")}}` : ""
}

interface CounterEntry {
  name: string
  labels: Labels
  value: number
  handle: Counter
}

// One handle per label set, made once: a counter is looked up on every request.
function counterEntry(name: string, labels: Labels): CounterEntry {
  const entry: CounterEntry = { name, labels, value: 0, handle: { inc: (by = 1) => void (entry.value += by), value: () => entry.value } }
  return entry
}

interface GaugeEntry {
  name: string
  labels: Labels
  read: () => number
  handle: Gauge
}

function gaugeEntry(name: string, labels: Labels): GaugeEntry {
  const entry: GaugeEntry = { name, labels, read: () => 0, handle: { set: (v) => void (entry.read = typeof v === "function" ? v : () => v), value: () => entry.read() } }
  return entry
}

export function createMetrics(): Metrics {
  const counters = new Map<string, CounterEntry>()
  const histograms = new Map<string, { name: string; labels: Labels; h: StreamHistogram }>()
  const gauges = new Map<string, GaugeEntry>()
  const help = new Map(Object.entries(CORE_HELP))
  const helpOf = (name: string) => help.get(name) ?? `cxedge metric ${name.replace(/^cxedge_/, "").replaceAll("_", " ")}.`

  const metrics: Metrics = {
    counter(name, labels = {}) {
      const key = keyOf(name, labels)
      let entry = counters.get(key)
      if (!entry) counters.set(key, (entry = counterEntry(name, labels)))
      return entry.handle
    },
    histogram(name, labels = {}) {
      const key = keyOf(name, labels)
      let entry = histograms.get(key)
      if (!entry) histograms.set(key, (entry = { name, labels, h: new StreamHistogram() }))
      return entry.h
    },
    gauge(name, labels = {}) {
      const key = keyOf(name, labels)
      let entry = gauges.get(key)
      if (!entry) gauges.set(key, (entry = gaugeEntry(name, labels)))
      return entry.handle
    },
    describe(name, text) {
      help.set(name, text)
    },
    total(name, filter) {
      let sum = 0
      for (const c of counters.values()) if (c.name === name && matches(c.labels, filter)) sum += c.value
      return sum
    },
    merged(name, filter) {
      const streams = [...histograms.values()].filter((e) => e.name === name && matches(e.labels, filter)).map((e) => e.h.q)
      const count = streams.reduce((a, s) => a + s.n, 0)
      const [p50, p95, p99] = mergedQuantiles(streams, [0.5, 0.95, 0.99]).map(round) as [number, number, number]
      return { count, p50, p95, p99 }
    },
    snapshot() {
      return {
        counters: [...counters.values()].map(({ name, labels, value }) => ({ name, labels, value })),
        histograms: [...histograms.values()].map(({ name, labels, h }) => ({
          name, labels, count: h.q.n, sum: h.q.sum, p50: h.percentile(50), p95: h.percentile(95), p99: h.percentile(99),
        })),
        gauges: [...gauges.values()].map(({ name, labels, read }) => ({ name, labels, value: read() })),
      }
    },
    prometheus() {
      const lines: string[] = []
      const typed = new Set<string>()
      const header = (name: string, type: string) => {
        if (typed.has(name)) return
        typed.add(name)
        lines.push(`# HELP ${name} ${escapeHelp(helpOf(name))}`, `# TYPE ${name} ${type}`)
      }
      const byName = <T extends { name: string }>(entries: Iterable<T>) => [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      for (const c of byName(counters.values())) {
        header(c.name, "counter")
        lines.push(`${c.name}${renderLabels(c.labels)} ${c.value}`)
      }
      for (const { name, labels, h } of byName(histograms.values())) {
        header(name, "histogram")
        for (const bound of PROM_BOUNDS) lines.push(`${name}_bucket${renderLabels(labels, `le="${bound}"`)} ${h.q.countAtMost(bound * 1000)}`)
        lines.push(`${name}_bucket${renderLabels(labels, 'le="+Inf"')} ${h.q.n}`)
        lines.push(`${name}_sum${renderLabels(labels)} ${Math.round(h.q.sum * 1000) / 1e6}`)
        lines.push(`${name}_count${renderLabels(labels)} ${h.q.n}`)
      }
      for (const g of byName(gauges.values())) {
        header(g.name, "gauge")
        const value = g.read()
        lines.push(`${g.name}${renderLabels(g.labels)} ${Number.isFinite(value) ? value : "NaN"}`)
      }
      return lines.join("\n") + "\n"
    },
  }
  return metrics
}
