// A ceiling given for one run (--rps, CXEDGE_RPS, CXEDGE_CONCURRENCY) over a config file whose floors or start are
// higher: the run was refused ("limits.minRps (50) is above --rps (5)"), sending the operator to edit a shared file.
// The ceiling now lowers them: the run uses no more than it was given. Crossed within one file is still refused.
import { expect, test } from "bun:test"
import { settingsFrom } from "../../core/env-config.ts"

test("--rps and CXEDGE_CONCURRENCY lower the file's floors and start to themselves", () => {
  const file = { limits: { minRps: 50, minConcurrency: 8, initialConcurrency: 12 } }
  const { limits } = settingsFrom({ CXEDGE_CONCURRENCY: "2" }, file, { rps: "5" }, "c.json").config
  expect(limits).toMatchObject({ rps: 5, minRps: 5, maxConcurrency: 2, minConcurrency: 2, initialConcurrency: 2 })
  // CXEDGE_RPS the same.
  expect(settingsFrom({ CXEDGE_RPS: "5" }, file, {}, "c.json").config.limits).toMatchObject({ rps: 5, minRps: 5 })
})

test("floors under the ceiling are kept, and floors crossed within the file itself are refused", () => {
  expect(settingsFrom({ CXEDGE_CONCURRENCY: "16" }, { limits: { minConcurrency: 4 } }, {}, "c.json").config.limits).toMatchObject({ minConcurrency: 4, maxConcurrency: 16 })
  expect(() => settingsFrom({}, { limits: { minRps: 50, rps: 5 } }, {}, "c.json")).toThrow("c.json: limits.minRps (50) is above c.json: limits.rps (5), a ceiling")
})
