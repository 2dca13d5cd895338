/**
 * Route bodies and queries of round 23's bad input: refused with 400 in
 * words (no valibot default, no value quoted) and nothing started at the tenant.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { ADMIN_TOKEN, sandboxApp } from "../helpers.ts"

let ctx: Awaited<ReturnType<typeof sandboxApp>>
beforeAll(async () => {
  ctx = await sandboxApp({ sandbox: { contacts: 5 } })
})
afterAll(() => ctx.rt.dispose())

const get = (path: string) => ctx.app.request(path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })

describe("routes refuse round 23's wrong input in words", () => {
  test.each([
    ["minServiceLevel=101", "query parameter \"minServiceLevel\" must be a number from 0 to 100, in digits (e.g. minServiceLevel=10)"],
    ["minServiceLevel=-1", "query parameter \"minServiceLevel\" must be a number from 0 to 100, in digits (e.g. minServiceLevel=10)"],
  ])("GET /v1/skills/4101/health?%s", async (query, message) => {
    const res = await get(`/v1/skills/4101/health?${query}`)
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: string; message: string }
    expect(body).toEqual({ error: "invalid_threshold", message })
  })

  test.each([
    ["POST", "/v1/retention/run?policy="],
    ["GET", "/v1/retention/report?policy="],
  ])("%s %s: an empty policy is a 400 in words, not a 404 for a policy named \"\"", async (method, path) => {
    const res = await ctx.app.request(path, { method, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: "invalid_parameter", message: 'query parameter "policy" must name a policy (?policy=NAME), or be left out for every policy' })
  })

  test("GET /v1/retention/report?policy= of 41 characters: the length in words", async () => {
    const res = await get(`/v1/retention/report?policy=${"p".repeat(41)}`)
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toBe('query parameter "policy" is 41 characters long: it must be at most 40 characters')
  })

  test.each([
    [{ skillId: 4101, scriptId: "Company\\Callback" }],
    [{ skillId: 4101, scriptId: "-7" }],
    [{ skillId: 4101, scriptId: "0" }],
  ])("POST /v1/scripts/start %j: a script id that is no number starts nothing", async (body) => {
    const before = ctx.state.scriptStarts.length
    const res = await ctx.admin("/v1/scripts/start", JSON.stringify(body))
    expect(res.status).toBe(400)
    // Round 44: 0 and -7 are named with what a script's number is (they were "must be a script's number (digits)").
    expect(((await res.json()) as { message: string }).message).toMatch(/^scriptId (must be a script's number \(digits\)|"(-7|0)" is not a script's number: it is a whole number from 1).*by its path with scriptPath/)
    expect(ctx.state.scriptStarts.length).toBe(before)
  })
})
