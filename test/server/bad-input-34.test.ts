/**
 * Routes and server start-up of round 34's bad input: another tool's words (a log level, an entity type, an
 * operator), a matrix sent as a JSON text or a path, a score as a percentage. Nothing is read from the tenant.
 */
import { describe, expect, test } from "bun:test"
import { logLevelOf } from "../../server/log.ts"
import { adminRequests } from "../helpers.ts"

const { post, answer } = adminRequests()

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
