import { expect, test } from "bun:test"
import { parseCron, scheduleOf } from "../../../plugins/retention/cron.ts"

const at = (iso: string) => Date.parse(iso)
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

test("next and previous firings in UTC: aliases, steps, ranges, names, 7 as Sunday, day-of-month OR day-of-week", () => {
  const daily = scheduleOf("daily")
  if (typeof daily === "string") throw new Error(daily)
  expect(iso(daily.next(at("2026-11-30T10:00:00Z")))).toBe("2026-12-01T00:00:00.000Z")
  expect(iso(daily.previous(at("2026-11-30T10:00:00Z")))).toBe("2026-11-30T00:00:00.000Z")
  expect(iso(daily.previous(at("2026-11-30T00:00:00Z")))).toBe("2026-11-30T00:00:00.000Z")
  expect(iso(parseCron("*/15 2 * * *").next(at("2026-11-30T02:14:59Z")))).toBe("2026-11-30T02:15:00.000Z")
  expect(iso(parseCron("30 3 * * mon-fri").next(at("2026-11-28T12:00:00Z")))).toBe("2026-11-30T03:30:00.000Z") // Saturday -> Monday
  expect(iso(parseCron("0 0 * * 7").next(at("2026-11-30T00:00:00Z")))).toBe("2026-12-06T00:00:00.000Z") // Sunday
  expect(iso(parseCron("0 0 1 * 1").next(at("2026-11-30T00:00:00Z")))).toBe("2026-12-01T00:00:00.000Z") // the 1st, or a Monday
  expect(iso(parseCron("0 0 29 feb *").next(at("2026-03-01T00:00:00Z")))).toBe("2028-02-29T00:00:00.000Z")
})

test("wrong expressions are refused with what is wrong", () => {
  expect(scheduleOf("every day")).toMatch(/has 2 field\(s\): a cron string has 5/)
  expect(scheduleOf("60 * * * *")).toMatch(/minute 60 is out of range 0-59/)
  expect(scheduleOf("* 24 * * *")).toMatch(/hour 24 is out of range/)
  expect(scheduleOf("0 0 * foo *")).toMatch(/month "foo" is not a number/)
  expect(scheduleOf("0 0 5-1 * *")).toMatch(/runs backwards/)
  expect(scheduleOf("*/0 * * * *")).toMatch(/step 0 is out of range/)
  expect(scheduleOf("0 0 31 4 *")).toMatch(/never fires/)
})
