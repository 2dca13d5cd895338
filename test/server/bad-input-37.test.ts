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

describe("a number pasted with its # or a decimal comma is told the number meant", () => {
  test("GET /v1/skills/%234101/health (was: must be a positive integer, no word of the #)", async () => {
    const [status, body] = await answer(await get("/v1/skills/%234101/health"))
    expect([status, body.message]).toEqual([400, 'the skill id must be a positive integer of at most 15 digits, written in digits (e.g. /v1/skills/4101/health) (a "#" before the number: write 4101)'])
  })
  test("?minServiceLevel=80,5", async () => {
    const [status, body] = await answer(await get("/v1/skills/4101/health?minServiceLevel=80,5"))
    expect([status, body.message]).toEqual([400, 'query parameter "minServiceLevel" must be a number from 0 to 100, in digits (e.g. minServiceLevel=10) (a decimal is written with a point: 80,5 is 80.5)'])
  })
  test("POST /v1/holds {contactId: \"#5\"}", async () => {
    const [status, body] = await answer(await post("/v1/holds", { contactId: "#5", reason: "LH-1" }))
    expect([status, body.message]).toEqual([400, 'contactId is not a contact id: use the id as CXone or your records show it (digits, letters, - _ .; at most 64) (a "#" before the number: write 5)'])
  })
  test("POST /v1/scripts/start {scriptId: \"7 \"}", async () => {
    const [status, body] = await answer(await post("/v1/scripts/start", { skillId: 4101, scriptId: "7 " }))
    expect(status).toBe(400)
    expect(body.message).toStartWith("scriptId must be a script's number (digits) (white space around it: write 7): name a script by its path with scriptPath")
  })
})

describe("an address with what followed it in a link", () => {
  test("POST /v1/holds {subjectEmail: \"ann@example.com#x\"} names the # (never the address)", async () => {
    const [status, body] = await answer(await post("/v1/holds", { subjectEmail: "ann@example.com#x", reason: "LH-1" }))
    expect([status, body.message]).toEqual([400, 'subjectEmail is not an email address: give name@domain (a "#" follows the domain, which no address holds: give the address alone, without what was pasted after it)'])
  })
})

describe("POST /v1/jobs with a shipped matrix's name and a space", () => {
  test("{matrix: \"gdpr \"} (was: not a shipped matrix, did you mean gdpr)", async () => {
    const [status, body] = await answer(await post("/v1/jobs", { id: "m-1", matrix: "gdpr ", target: "erasure" }))
    expect([status, body.message]).toEqual([400, "matrix has white space after it: send it without"])
  })
})
