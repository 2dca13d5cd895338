/**
 * Routes of round 37's bad input: a name sent with white space around it, in the query or the path, answered
 * "no such" with no word of the space; and a fresh round of what a careless caller sends. Nothing is read from the
 * tenant or written.
 */
import { describe, expect, test } from "bun:test"
import { adminRequests } from "../helpers.ts"

const { get, post, answer } = adminRequests()

describe("a name with white space around it is told so, not answered 404", () => {
  test("GET /v1/retention/report?policy=%20nightly (was: \" nightly\" is not a policy)", async () => {
    expect(await answer(await get("/v1/retention/report?policy=%20nightly"))).toEqual([400, { error: "invalid_parameter", message: 'query parameter "policy" has white space before it: send it without (%20 in a URL is a space)' }])
  })
  test("POST /v1/retention/run?policy=nightly%20", async () => {
    expect(await answer(await post("/v1/retention/run?policy=nightly%20"))).toEqual([400, { error: "invalid_parameter", message: 'query parameter "policy" has white space after it: send it without (%20 in a URL is a space)' }])
  })
  test("GET /v1/jobs/%20gdpr-2026-10 (was: not a job name)", async () => {
    const [status, body] = await answer(await get("/v1/jobs/%20gdpr-2026-10"))
    expect([status, body.message]).toEqual([400, "the job id in the path has white space before it: send it without (%20 in a URL is a space)"])
  })
  test("POST /v1/holds/hold_0a1b%20/release (was: not a hold id)", async () => {
    const [status, body] = await answer(await post("/v1/holds/hold_0a1b%20/release"))
    expect([status, body.message]).toEqual([400, "the id in the path has white space after it: send it without (%20 in a URL is a space)"])
  })
  test("GET /v1/subjects/exports/%20access_.../", async () => {
    const [status, body] = await answer(await get(`/v1/subjects/exports/%20access_${"0".repeat(20)}%20`))
    expect([status, body.message]).toEqual([400, "the id in the path has white space around it: send it without (%20 in a URL is a space)"])
  })
  test("GET /v1/skills/4101%20/health", async () => {
    const [status, body] = await answer(await get("/v1/skills/4101%20/health"))
    expect([status, body.message]).toEqual([400, "the skill id in the path has white space after it: send it without (%20 in a URL is a space)"])
  })
  test("a value of white space alone keeps its own refusal", async () => {
    const [status, body] = await answer(await get("/v1/retention/report?policy=%20"))
    expect(status).not.toBe(200)
    expect(body.message).not.toContain("white space before")
  })
})
