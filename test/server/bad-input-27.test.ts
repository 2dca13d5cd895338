/**
 * Route bodies of round 27's bad input: a mistyped choice (a shipped
 * matrix's name, a mode, an entity type, a transform) was answered with the
 * list alone, where the CLI's flags now name the one meant; a matrix object
 * with a rule no transform reads was refused for its target first, the rule
 * named only once that was put right; a contact id of letters is refused
 * before the tenant is read; a plan id with ".." (which the CLI cannot name
 * again) was stored. Nothing is planned or held.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { logLevelOf } from "../../server/log.ts"
import { ADMIN_TOKEN, sandboxApp } from "../helpers.ts"

let ctx: Awaited<ReturnType<typeof sandboxApp>>
beforeAll(async () => {
  ctx = await sandboxApp({ sandbox: { contacts: 5 } })
})
afterAll(() => ctx.rt.dispose())

const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" }
const post = (path: string, body: unknown) => ctx.app.request(path, { method: "POST", body: JSON.stringify(body), headers })
const get = (path: string) => ctx.app.request(path, { headers })

describe("a mistyped choice in a body is answered with the one meant", () => {
  test.each([
    ["/v1/jobs", { id: "b27-gdrp", matrix: "gdrp" }, "invalid_request", /^matrix "gdrp" is not a shipped matrix \(did you mean "gdpr"\?\): use gdpr, pci/],
    ["/v1/jobs", { id: "b27-pacth", matrix: "gdpr", target: "pacth" }, "invalid_request", /^target "pacth" is not allowed \(did you mean "patch"\?\): use patch, erasure or export$/],
    ["/v1/jobs", { id: "b27-redcat", matrix: { name: "m", fields: [{ path: "email", transform: "redcat" }] } }, "invalid_request", /^the matrix is not valid: fields\[0\] \(email\) transform: unknown transform "redcat" \(did you mean "redact"\?\): use one of /],
    ["/v1/deidentify", { text: "hi", mode: "tagg" }, "invalid_body", /^mode must be one of tag, indexed, hmac, mask \(did you mean "tag"\?\)$/],
    ["/v1/inspect", { text: "hi", entities: ["EMAIL", "EMIAL"] }, "invalid_body", /^entities\[1\] must be one of EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON \(did you mean "EMAIL"\?\)$/],
    ["/v1/inspect", { text: "hi", entities: ["email"] }, "invalid_body", /^entities\[0\] must be one of .* \(did you mean "EMAIL"\?\)$/],
    // Far from every choice: the list alone, no guess.
    ["/v1/deidentify", { text: "hi", mode: "shred" }, "invalid_body", /^mode must be one of tag, indexed, hmac, mask$/],
  ])("%s %j", async (path, body, error, message) => {
    const res = await post(path, body)
    const answer = (await res.json()) as { error: string; message: string }
    expect([res.status, answer.error]).toEqual([400, error])
    expect(answer.message).toMatch(message)
    if ("id" in body) expect((await get(`/v1/jobs/${body.id}`)).status).toBe(404)
  })
})

describe("a matrix object's wrong rule is named before its target or source", () => {
  test("an unknown transform with the default (patch) target, which the sandbox has no records API for", async () => {
    const res = await post("/v1/jobs", { id: "b27-order", matrix: { name: "m", fields: [{ path: "email", transform: "shred" }] }, source: "cxone", since: "7d" })
    const answer = (await res.json()) as { message: string }
    expect(res.status).toBe(400)
    expect(answer.message).toMatch(/^the matrix is not valid: fields\[0\] \(email\) transform: unknown transform "shred": use one of /)
    expect((await get("/v1/jobs/b27-order")).status).toBe(404)
  })
})

describe("POST /v1/holds refuses a contact id that is no number before the tenant is read", () => {
  test.each(["a b", "x/y", "ada@example.com"])("contactId %j", async (contactId) => {
    const res = await post("/v1/holds", { contactId, reason: "LH-1" })
    expect([res.status, await res.json()]).toEqual([400, { error: "invalid_body", message: "contactId is not a contact id: use the id as CXone or your records show it (digits, letters, - _ .; at most 64)" }])
    expect(await (await get("/v1/holds")).json()).toEqual({ holds: [] })
  })
})

describe("a plan id the CLI could not name again is refused", () => {
  test("POST /v1/jobs {id: \"a..b\"} and GET /v1/jobs/a..b", async () => {
    const res = await post("/v1/jobs", { id: "a..b", matrix: "gdpr", target: "export", source: "cxone", since: "7d" })
    expect([res.status, await res.json()]).toEqual([400, { error: "invalid_body", message: 'id must be a job name: up to 100 letters, digits, _, - or . starting with a letter or digit, with no ".."' }])
    const read = await get("/v1/jobs/a..b")
    expect([read.status, ((await read.json()) as { message: string }).message]).toEqual([400, 'the job id holds "..", which a job name may not hold: a job name is up to 100 letters, digits, _, - or . starting with a letter or digit, with no ".."'])
  })
  test("a name with one dot is still planned", async () => {
    const res = await post("/v1/jobs", { id: "gdpr.2026-11", matrix: "gdpr", target: "export", source: "cxone", since: "7d" })
    expect(res.status).toBe(201)
  })
})

describe("the server's CXEDGE_LOG_LEVEL answers a slip with the level meant", () => {
  test.each([
    ["eror", / \(did you mean "error"\?\): use debug, info, warn or error$/],
    ["inf", / \(did you mean "info"\?\): use/],
    ["verbose", /is not a server log level \(did you mean "debug"\? verbose is another tool's name for it\): use debug, info, warn or error$/],
  ])("%s", (level, message) => expect(() => logLevelOf({ CXEDGE_LOG_LEVEL: level })).toThrow(message))
})

describe("POST /v1/holds/:id/release of an id no hold can have is a 400, not a lookup", () => {
  test.each(["nosuch", "%20", "..%2Fx", "hold_ABC", "a".repeat(300)])("%s", async (id) => {
    const res = await ctx.app.request(`/v1/holds/${id}/release`, { method: "POST", headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect([res.status, await res.json()]).toEqual([400, { error: "invalid_request", message: "the id in the path is not a hold id: ids are hold_ followed by lowercase letters and digits (hold_0a1b2c3d4e5f6g7h); see them with GET /v1/holds" }])
  })
  test("a well-formed id no hold has is still a 404", async () => {
    const res = await ctx.app.request("/v1/holds/hold_nosuch/release", { method: "POST", headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect(res.status).toBe(404)
  })
})
