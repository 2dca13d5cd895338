/**
 * Routes of round 38's bad input: a JSON number too large to be read exactly, sent where an id is expected, and an
 * inline matrix whose rule cannot work. Each is refused with a 400 naming the field, before any call to the tenant.
 */
import { describe, expect, test } from "bun:test"
import { adminRequests } from "../helpers.ts"

const { post, request, headers, answer } = adminRequests()
const raw = (path: string, body: string) => request(path, { method: "POST", headers, body })

describe("POST /v1/scripts/start: a skillId beyond 15 digits is refused, not sent rounded", () => {
  test("9007199254740993 (2^53 + 1; was read as 2^53 and sent to the tenant)", async () => {
    const [status, body] = await answer(await raw("/v1/scripts/start", '{"skillId": 9007199254740993, "scriptId": "7"}'))
    expect([status, body.error, body.message]).toEqual([400, "invalid_request", "skillId must be a skill id (a positive integer of at most 15 digits): this one is beyond 2^53, where a JSON number is rounded, so it would name another skill"])
  })
  test("1e21 (was sent to the tenant)", async () => {
    const [status, body] = await answer(await post("/v1/scripts/start", { skillId: 1e21, scriptId: "7" }))
    expect([status, body.message]).toEqual([400, "skillId must be a skill id (a positive integer of at most 15 digits): this one is beyond 2^53, where a JSON number is rounded, so it would name another skill"])
  })
  test("16 digits, exact but longer than any skill id", async () => {
    const [status, body] = await answer(await post("/v1/scripts/start", { skillId: 1234567890123456, scriptId: "7" }))
    expect([status, body.message]).toEqual([400, "skillId must be a skill id (a positive integer of at most 15 digits)"])
  })
})

describe("POST /v1/jobs with an inline matrix: a rule's normalize its transform cannot use is refused", () => {
  test("nullify with normalize e164", async () => {
    const [status, body] = await answer(await post("/v1/jobs", { id: "r38-1", matrix: { name: "x", fields: [{ path: "phone", transform: "nullify", normalize: "e164" }] } }))
    expect(status).toBe(400)
    expect(body.message).toContain('fields[0] (phone) normalize: nullify does not use a normalized value, and a value "normalize" cannot read was refused instead of transformed: remove "normalize"')
  })
  test("an hmac domain holding NUL", async () => {
    const [status, body] = await answer(await post("/v1/jobs", { id: "r38-2", matrix: { name: "x", fields: [{ path: "email", transform: "hmac", params: { domain: "crm\u0000x" } }] } }))
    expect(status).toBe(400)
    expect(body.message).toContain("fields[0] (email) params.domain: must not hold a NUL character")
  })
})
