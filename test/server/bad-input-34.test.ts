/**
 * Routes and server start-up of round 34's bad input: another tool's words (a log level, an entity type, an
 * operator), a matrix sent as a JSON text or a path, a score as a percentage. Nothing is read from the tenant.
 */
import { describe, expect, test } from "bun:test"
import { logLevelOf } from "../../server/log.ts"
import { ADMIN_TOKEN, adminRequests } from "../helpers.ts"

const { post, answer, request } = adminRequests()

describe("CXEDGE_LOG_LEVEL by another tool's name is told the level meant, never taken", () => {
  test("warning (Python's) was told nothing", () => {
    expect(() => logLevelOf({ CXEDGE_LOG_LEVEL: "warning" })).toThrow('[cxedge] [serve] CXEDGE_LOG_LEVEL "warning" is not a server log level (did you mean "warn"? warning is another tool\'s name for it): use debug, info, warn or error')
  })
  test("trace and FATAL", () => {
    expect(() => logLevelOf({ CXEDGE_LOG_LEVEL: "trace" })).toThrow('(did you mean "debug"? trace is another tool\'s name for it)')
    expect(() => logLevelOf({ CXEDGE_LOG_LEVEL: "FATAL" })).toThrow('(did you mean "error"? FATAL is another tool\'s name for it)')
  })
})

describe("POST /v1/inspect: an entity type by AWS Comprehend's or Google DLP's name is told the name here", () => {
  test("entities [\"NAME\"] (was: no word of PERSON)", async () => {
    expect(await answer(await post("/v1/inspect", { text: "hi", entities: ["NAME"] }))).toEqual([400, { error: "invalid_body", message: 'entities[0] must be one of EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON (did you mean "PERSON"? AWS Comprehend\'s NAME is PERSON here)' }])
  })
  test("entities [\"US_SOCIAL_SECURITY_NUMBER\"]", async () => {
    const [, body] = await answer(await post("/v1/inspect", { text: "hi", entities: ["US_SOCIAL_SECURITY_NUMBER"] }))
    expect(body.message).toEndWith('(did you mean "US_SSN"? Google DLP\'s US_SOCIAL_SECURITY_NUMBER is US_SSN here)')
  })
})

describe("a target by the command's word, a mode by Presidio's operator, told the one meant", () => {
  test("POST /v1/jobs {target: \"erase\"}", async () => {
    const [status, body] = await answer(await post("/v1/jobs", { id: "t-erase", matrix: "gdpr", target: "erase" }))
    expect([status, body.message]).toEqual([400, 'target "erase" is not allowed (did you mean "erasure"? erase is the command (cxedge erase); the target is erasure): use patch, erasure or export'])
  })
  test("POST /v1/deidentify {mode: \"hash\"}", async () => {
    expect(await answer(await post("/v1/deidentify", { text: "hi", mode: "hash" }))).toEqual([400, { error: "invalid_body", message: 'mode must be one of tag, indexed, hmac, mask (did you mean "hmac"? Presidio\'s hash operator is hmac here, keyed with CXEDGE_HMAC_KEYS)' }])
  })
  test("a slip is still answered with the nearest", async () => {
    const [, body] = await answer(await post("/v1/deidentify", { text: "hi", mode: "Tag" }))
    expect(body.message).toBe('mode must be one of tag, indexed, hmac, mask (did you mean "tag"?)')
  })
})

describe("POST /v1/inspect: a score as a percentage without its sign is told the ratio", () => {
  test("minScore 50 (was: must be at most 1)", async () => {
    expect(await answer(await post("/v1/inspect", { text: "hi", minScore: 50 }))).toEqual([400, { error: "invalid_body", message: "minScore must be at most 1 (50 as a percentage is 0.5)" }])
  })
  test("minScore 150 has no hint", async () => {
    const [, body] = await answer(await post("/v1/inspect", { text: "hi", minScore: 150 }))
    expect(body.message).toBe("minScore must be at most 1")
  })
})

describe("POST /v1/jobs: a matrix sent as a string that is no name is told what it is, never quoted", () => {
  test("the matrix's JSON in a string (was quoted back, 40 characters of it)", async () => {
    const matrix = JSON.stringify({ name: "m", fields: [{ path: "email", transform: "redact" }] })
    const [status, body] = await answer(await post("/v1/jobs", { id: "j-string", matrix }))
    expect([status, body.message]).toEqual([400, 'matrix is a matrix\'s JSON in a string: send the object itself ({"matrix": {"name": ..., "fields": [...]}}), not as a string'])
  })
  test("a file's path", async () => {
    const [, body] = await answer(await post("/v1/jobs", { id: "j-path", matrix: "matrices/gdpr.json" }))
    expect(body.message).toBe('matrix "matrices/gdpr.json" is not a shipped matrix (a file\'s path: no file is read here; send the matrix object): use gdpr, pci, analytics, messages, notes, seed-example, or send the matrix object')
  })
})

describe("the admin token sent where other APIs take a key is told where it goes, never quoted, never taken", () => {
  test("x-api-key (was: a valid admin bearer token is required)", async () => {
    const [status, body] = await answer(await request("/v1/jobs", { headers: { "x-api-key": ADMIN_TOKEN } }))
    expect([status, body.message]).toEqual([401, "the admin token goes in the Authorization header, not x-api-key: send Authorization: Bearer followed by the token"])
  })
  test("?access_token= (a URL access logs keep)", async () => {
    const [status, body] = await answer(await request(`/v1/jobs?access_token=${ADMIN_TOKEN}`))
    expect(status).toBe(401)
    expect(body.message).toStartWith("the admin token goes in the Authorization header, not the query (?access_token=, which access logs keep)")
    expect(JSON.stringify(body)).not.toContain(ADMIN_TOKEN)
  })
  test("nothing at all is still told a token is required", async () => {
    expect((await answer(await request("/v1/jobs")))[1].message).toBe("a valid admin bearer token is required")
  })
})
