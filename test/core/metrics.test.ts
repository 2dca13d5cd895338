import { expect, test } from "bun:test"
import { createMetrics, seededRandom } from "../../core/index.ts"
import { EXACT_LIMIT, exactQuantile } from "../../core/quantiles.ts"

const QS = [50, 95, 99]

/** Observes every value, then compares p50/p95/p99 with the nearest-rank quantiles of the sorted values. */
function check(values: number[], tolerance: number) {
  const metrics = createMetrics()
  const h = metrics.histogram("cxedge_x_duration_seconds", { op: "x" })
  for (const v of values) h.observe(v)
  const sorted = Float64Array.from(values).sort()
  for (const p of QS) {
    const real = exactQuantile(sorted, p / 100)
    const got = h.percentile(p)
    expect(Math.abs(got - real)).toBeLessThanOrEqual(Math.max(0.01, real * tolerance))
  }
  return h
}

const random = seededRandom(11)
const uniform = (n: number, max: number) => Array.from({ length: n }, () => random() * max)
const exponential = (n: number, mean: number) => Array.from({ length: n }, () => -Math.log(1 - random()) * mean)
// Log-normal: most contacts take ~10 ms, a long tail of slow ones.
const logNormal = (n: number) => Array.from({ length: n }, () => Math.exp(2.3 + 0.8 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())))
const bimodal = (n: number) => Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 400 + random() * 50 : 5 + random() * 2))

test.each([
  ["uniform, few samples (exact)", uniform(250, 1000)],
  ["exponential, exact", exponential(EXACT_LIMIT, 20)],
  ["log-normal, past the exact limit (sketch)", logNormal(200_000)],
  ["bimodal with a 10% slow tail (sketch)", bimodal(50_000)],
  ["uniform over six decades (sketch)", Array.from({ length: 30_000 }, () => 10 ** (random() * 6 - 2))],
])("%s: p50/p95/p99 within 2%% of the real quantiles", (_, values) => {
  check(values, 0.02)
})

test("distinct values give distinct percentiles (not one bucket bound for all three)", () => {
  const h = check(Array.from({ length: 100 }, (_, i) => 400 + i * 0.5), 0.02)
  expect(new Set(QS.map((p) => h.percentile(p))).size).toBe(3)
  expect(h.percentile(50)).toBe(424.5)
  expect(h.percentile(99)).toBe(449)
})

test("one sample, and no samples", () => {
  const metrics = createMetrics()
  expect(metrics.histogram("a").percentile(99)).toBe(0)
  metrics.histogram("b").observe(416.17)
  expect(metrics.merged("b")).toEqual({ count: 1, p50: 416.17, p95: 416.17, p99: 416.17 })
})

test("merged percentiles across label sets are those of all the samples together", () => {
  const metrics = createMetrics()
  const a = exponential(3000, 10)
  const b = exponential(20_000, 100) // past the exact limit: merged through the sketch
  for (const v of a) metrics.histogram("lat", { op: "a" }).observe(v)
  for (const v of b) metrics.histogram("lat", { op: "b" }).observe(v)
  const sorted = Float64Array.from([...a, ...b]).sort()
  const m = metrics.merged("lat")
  expect(m.count).toBe(23_000)
  for (const [p, got] of [[50, m.p50], [95, m.p95], [99, m.p99]] as const) {
    const real = exactQuantile(sorted, p / 100)
    expect(Math.abs(got - real)).toBeLessThanOrEqual(real * 0.02)
  }
  expect(metrics.merged("lat", { op: "a" }).count).toBe(3000)
})

test("memory stays bounded past the exact limit, and observing stays cheap", () => {
  const metrics = createMetrics()
  const h = metrics.histogram("lat")
  const started = performance.now()
  for (let i = 0; i < 1_000_000; i++) h.observe((i % 997) + 0.5)
  expect(performance.now() - started).toBeLessThan(1500)
  expect(h.count()).toBe(1_000_000)
})

test("counters sum across labels", () => {
  const metrics = createMetrics()
  metrics.counter("cxedge_requests_total", { op: "a", status: "200" }).inc(3)
  metrics.counter("cxedge_requests_total", { op: "a", status: "429" }).inc()
  expect(metrics.total("cxedge_requests_total")).toBe(4)
  expect(metrics.total("cxedge_requests_total", { status: "429" })).toBe(1)
})

test("Prometheus text: HELP and TYPE for every metric, histograms in seconds", () => {
  const metrics = createMetrics()
  metrics.counter("cxedge_requests_total", { op: "a", status: "200" }).inc(3)
  metrics.counter("cxedge_widgets_total").inc()
  metrics.describe("cxedge_widgets_total", "Widgets made.")
  metrics.counter("cxedge_undescribed_total").inc()
  const h = metrics.histogram("cxedge_request_duration_seconds", { op: "a" })
  h.observe(12) // ms
  h.observe(1500)
  const text = metrics.prometheus()
  const names = new Set([...text.matchAll(/^(cxedge_\w+?)(?:_bucket|_sum|_count)?[{ ]/gm)].map((m) => m[1]!))
  expect(names).toEqual(new Set(["cxedge_requests_total", "cxedge_widgets_total", "cxedge_undescribed_total", "cxedge_request_duration_seconds"]))
  for (const name of names) {
    expect(text).toMatch(new RegExp(`^# HELP ${name} \\S.*$`, "m"))
    expect(text).toMatch(new RegExp(`^# TYPE ${name} (counter|histogram)$`, "m"))
  }
  expect(text).toContain("# HELP cxedge_widgets_total Widgets made.")
  expect(text).toContain('cxedge_requests_total{op="a",status="200"} 3')
  expect(text).toContain('cxedge_request_duration_seconds_bucket{op="a",le="0.01"} 0')
  expect(text).toContain('cxedge_request_duration_seconds_bucket{op="a",le="0.025"} 1')
  expect(text).toContain('cxedge_request_duration_seconds_bucket{op="a",le="1"} 1')
  expect(text).toContain('cxedge_request_duration_seconds_bucket{op="a",le="2.5"} 2')
  expect(text).toContain('cxedge_request_duration_seconds_sum{op="a"} 1.512')
  expect(text).toContain('cxedge_request_duration_seconds_count{op="a"} 2')
  expect(text).not.toMatch(/_ms\b/)
})
