// A span written another way (`1w`, `2 years`, `3 months`) is refused with the form cxedge reads, never taken for it.
import { expect, test } from "bun:test"
import { spanHint, spanMeant, writtenSpanMs } from "../../core/spans.ts"

test("the span meant is said in cxedge's own form; cxedge's own and other words get no hint", () => {
  expect(spanMeant("1w")).toBe("7d")
  expect(spanMeant("2 weeks")).toBe("14d")
  expect(spanMeant("1y")).toBe("365d")
  expect(spanMeant("3 months")).toBe("90d")
  expect(spanMeant("12 hours")).toBe("12h")
  expect(spanMeant("30 min")).toBe("30m")
  expect(spanMeant("yesterday")).toBeUndefined()
  expect(spanMeant("1x")).toBeUndefined()
  expect(spanHint("1w")).toBe(" (1w is 7d)")
  expect(spanHint("30d")).toBe("")
  // What it means is out of range too: no hint that would be refused in its turn.
  expect(spanHint("0w")).toBe("")
  // Only said: the written form is still refused.
  expect(writtenSpanMs("1w")).toBeUndefined()
})
