import { expect, test } from "bun:test"
import { createMetrics } from "../../core/index.ts"

test("histogram percentiles are within one bucket (5%) of the exact value", () => {
  const metrics = createMetrics()
  const h = metrics.histogram("lat", { op: "x" })
  for (let i = 1; i <= 1000; i++) h.observe(i)
  expect(h.percentile(50)).toBeGreaterThanOrEqual(500)
  expect(h.percentile(50)).toBeLessThanOrEqual(525)
  expect(h.percentile(99)).toBeGreaterThanOrEqual(990)
  expect(h.percentile(99)).toBeLessThanOrEqual(1040)
})

test("counters sum across labels and render as Prometheus text", () => {
  const metrics = createMetrics()
  metrics.counter("cxedge_requests_total", { op: "a", status: "200" }).inc(3)
  metrics.counter("cxedge_requests_total", { op: "a", status: "429" }).inc()
  metrics.histogram("cxedge_request_duration_ms", { op: "a" }).observe(12)
  expect(metrics.total("cxedge_requests_total")).toBe(4)
  expect(metrics.total("cxedge_requests_total", { status: "429" })).toBe(1)
  const text = metrics.prometheus()
  expect(text).toContain("# TYPE cxedge_requests_total counter")
  expect(text).toContain('cxedge_requests_total{op="a",status="200"} 3')
  expect(text).toContain('cxedge_request_duration_ms_bucket{op="a",le="25"} 1')
  expect(text).toContain('cxedge_request_duration_ms_bucket{op="a",le="10"} 0')
  expect(text).toContain('cxedge_request_duration_ms_count{op="a"} 1')
})
