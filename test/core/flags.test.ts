import { describe, expect, test } from "bun:test"
import { choiceFlag, dateWindow, instantFlag, intFlag, numberFlag } from "../../core/index.ts"

const NOW = Date.parse("2026-11-20T12:00:00Z")
const fails = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error as Error & { code: string }
  }
  throw new Error("expected a refusal")
}

describe("intFlag / numberFlag", () => {
  test.each(["1e9", "abc", "-1", "0", "1.5", "", " ", "Infinity", "0x10", "257", "+3", "3 4", "١٢"])("--concurrency %p is refused, naming the flag, value and range", (raw) => {
    const error = fails(() => intFlag("concurrency", raw, { min: 1, max: 256 }))
    expect(error.code).toBe("E_USAGE")
    // Round 30: a value written another way says the number it means, when that number is allowed (0x10, +3).
    const hint = ({ "0x10": " (0x10 is 16)", "+3": " (+3 is 3)" } as Record<string, string>)[raw] ?? ""
    expect(error.message).toBe(`[cxedge] [flags] --concurrency ${JSON.stringify(raw)} is not allowed: use a whole number from 1 to 256${hint}`)
  })

  test("in range: the number; absent: undefined", () => {
    expect(intFlag("concurrency", "1", { min: 1, max: 256 })).toBe(1)
    expect(intFlag("concurrency", "256", { min: 1, max: 256 })).toBe(256)
    expect(intFlag("concurrency", undefined, { min: 1, max: 256 })).toBeUndefined()
    expect(numberFlag("rps", "2.5", { min: 0, max: 10_000, above: true })).toBe(2.5)
  })

  test("--rps must be above 0", () => {
    expect(fails(() => numberFlag("rps", "0", { min: 0, max: 10_000, above: true })).message).toContain("use a number above 0 and at most 10000")
    expect(fails(() => numberFlag("rps", "10000.5", { min: 0, max: 10_000, above: true })).message).toContain('--rps "10000.5"')
  })

  test("an environment variable is named as spelled", () => {
    expect(fails(() => intFlag("CXEDGE_PORT", "99999", { min: 0, max: 65_535 })).message).toBe('[cxedge] [flags] CXEDGE_PORT "99999" is not allowed: use a whole number from 0 to 65535')
  })

  test("choiceFlag lists the choices", () => {
    expect(fails(() => choiceFlag("target", "erase", ["patch", "erasure", "export"])).message).toBe('[cxedge] [flags] --target "erase" is not allowed: use patch, erasure or export')
    expect(choiceFlag("target", "export", ["patch", "erasure", "export"])).toBe("export")
  })
})

describe("dates", () => {
  test.each([
    ["2026-10-01", "2026-10-01T00:00:00.000Z"],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2026-10-01T08:30Z", "2026-10-01T08:30:00.000Z"],
    ["2026-10-01T08:30:15.250+02:00", "2026-10-01T06:30:15.250Z"],
    ["2026-10-01T23:59:59-05:30", "2026-10-02T05:29:59.000Z"],
    ["7d", "2026-11-13T12:00:00.000Z"],
    ["12h", "2026-11-20T00:00:00.000Z"],
    ["30m", "2026-11-20T11:30:00.000Z"],
  ])("%s is %s", (raw, iso) => {
    expect(new Date(instantFlag("since", raw, NOW)).toISOString()).toBe(iso)
  })

  test.each([
    ["yesterday", "is not a date"],
    ["2024-13-01", "is not a calendar date"],
    ["2024-02-30", "is not a calendar date"],
    ["2023-02-29", "is not a calendar date"],
    ["1700000000", "is not a date"],
    ["2026-10-01T08:30", "has no time zone"],
    ["2026-10-01T24:00Z", "is not a valid time"],
    ["2026-10-01T08:60Z", "is not a valid time"],
    ["2026-10-01T08:30+25:00", "is not a valid time"],
    ["2026/10/01", "is not a date"],
    ["Oct 1 2026", "is not a date"],
    ["", "is not a date"],
    ["7w", "is not a date"],
    ["-7d", "is not a date"],
    ["0d", "is not allowed"],
    ["99999999d", "is not allowed"],
  ])("%p is refused (%s)", (raw, expected) => {
    const error = fails(() => instantFlag("since", raw, NOW))
    expect(error.code).toBe("E_USAGE")
    expect(error.message).toContain(`--since ${JSON.stringify(raw)} ${expected}`)
  })

  test("a start date has no relative form", () => {
    expect(fails(() => instantFlag("start-date", "7d", NOW, { relative: false })).message).not.toContain("span")
  })

  test("the window: resolved to instants, an open end pinned to now, since before until", () => {
    expect(dateWindow({ since: "7d" }, NOW)).toEqual({ since: "2026-11-13T12:00:00.000Z", until: "2026-11-20T12:00:00.000Z" })
    expect(dateWindow({ until: "2026-11-01" }, NOW)).toEqual({ until: "2026-11-01T00:00:00.000Z" })
    expect(dateWindow({}, NOW)).toEqual({})
    expect(fails(() => dateWindow({ since: "2026-11-02", until: "2026-11-01" }, NOW)).message).toContain("is not before --until")
    expect(fails(() => dateWindow({ since: "2026-11-01", until: "2026-11-01" }, NOW)).message).toContain("is not before --until")
    expect(fails(() => dateWindow({ since: "2027-01-01" }, NOW)).message).toContain("is in the future")
  })
})
