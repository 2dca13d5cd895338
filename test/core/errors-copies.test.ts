import { expect, test } from "bun:test"
import * as here from "../../core/errors.ts"

// A plugin with its own copy of the package throws that copy's classes: a second module instance of errors.ts.
const other = (await import(`../../core/errors.ts?copy=${Date.now()}`)) as typeof here

test("errors of another copy of the package are instances of this copy's classes, by kind", () => {
  expect(other.ValidationError).not.toBe(here.ValidationError)
  const foreign = new other.ValidationError("initials", "initials expects a string at name", "name", "E_FIELD_TYPE")
  expect(foreign instanceof here.ValidationError).toBe(true)
  expect(foreign instanceof here.CxedgeError).toBe(true)
  expect(foreign instanceof here.ConfigError).toBe(false)
  expect(here.describeError(foreign)).toBe("[cxedge] [initials] initials expects a string at name")
  const limited = new other.CxoneRateLimitError({ operation: "getContacts", message: "slow down", retryAfterMs: 5 })
  expect(limited instanceof here.CxoneHttpError).toBe(true)
  expect(limited instanceof here.CxoneRateLimitError).toBe(true)
  expect(limited instanceof here.CxoneAuthError).toBe(false)
})

test("ordinary errors and look-alikes are not cxedge errors", () => {
  expect(new Error("x") instanceof here.CxedgeError).toBe(false)
  expect({ name: "ValidationError", code: "E_VALIDATION" } instanceof here.ValidationError).toBe(false)
  class ValidationError extends Error {}
  expect(new ValidationError("x") instanceof here.ValidationError).toBe(false)
  expect((null as unknown as object) instanceof here.CxedgeError).toBe(false)
  expect(here.describeError(new Error("boom"))).toBe("[cxedge] unexpected error: boom")
})
