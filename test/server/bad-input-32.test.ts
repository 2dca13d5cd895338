/**
 * Routes of round 32's bad input: a skill health threshold written with a
 * unit or in another notation (?minServiceLevel=80%, ?maxQueue=1e3,
 * ?maxWaitSec=5m), refused without the number it means, where the CLI's
 * flag says it; a script path written with "/" or a doubled backslash.
 * Nothing is started or read from the tenant.
 */
import { describe, expect, test } from "bun:test"
import { adminRequests } from "../helpers.ts"

const { post, get, answer } = adminRequests()
const refused = (name: string, rule: string, hint: string) => [400, { error: "invalid_threshold", message: `query parameter "${name}" must be ${rule}, in digits (e.g. ${name}=10)${hint}` }]

describe("GET /v1/skills/{id}/health: a threshold written another way is told the number it means", () => {
  test.each([
    ["minServiceLevel=80%25", "minServiceLevel", "a number from 0 to 100", " (80% is 80)"],
    ["maxQueue=1e3", "maxQueue", "a whole number from 0 to 100000", " (1e3 is 1000)"],
    ["maxQueue=1,000", "maxQueue", "a whole number from 0 to 100000", " (1,000 is 1000)"],
    ["maxWaitSec=5m", "maxWaitSec", "a whole number from 0 to 86400", " (5m is 300)"],
    ["maxWaitSec=1e3", "maxWaitSec", "a whole number from 0 to 86400", " (1e3 is 1000)"],
  ])("?%s", async (query, name, rule, hint) => {
    expect(await answer(await get(`/v1/skills/4101/health?${query}`))).toEqual(refused(name, rule, hint))
  })
  test("a value with no number meant has no hint", async () => {
    expect(await answer(await get("/v1/skills/4101/health?maxQueue=-1"))).toEqual(refused("maxQueue", "a whole number from 0 to 100000", ""))
    expect(await answer(await get("/v1/skills/4101/health?maxWaitSec=2d"))).toEqual(refused("maxWaitSec", "a whole number from 0 to 86400", ""))
  })
  test("digits are still read", async () => {
    expect((await get("/v1/skills/4101/health?maxWaitSec=300&minServiceLevel=80")).status).toBe(200)
  })
})

describe("POST /v1/scripts/start: a script path written another way is refused before the call", () => {
  test("scriptPath with /", async () => {
    expect(await answer(await post("/v1/scripts/start", { skillId: 4101, scriptPath: "Company/Callback" }))).toEqual([400, { error: "invalid_request", message: 'scriptPath "Company/Callback" separates its folders with "/": Studio paths use a backslash, e.g. "scriptPath": "Company\\\\Callback"' }])
  })
  test("scriptPath with a doubled backslash (JSON escaped twice)", async () => {
    expect(await answer(await post("/v1/scripts/start", { skillId: 4101, scriptPath: "Company\\\\Callback" }))).toEqual([400, { error: "invalid_request", message: 'scriptPath "Company\\\\Callback" has an empty part (a backslash at its start or end, or two together): write folder\\script, one backslash between the parts, e.g. "scriptPath": "Company\\\\Callback"' }])
  })
  test("a path of one backslash between parts still starts", async () => {
    expect((await post("/v1/scripts/start", { skillId: 4101, scriptPath: "Company\\Callback" })).status).toBe(200)
  })
})

describe("a body field sent by one word of its name is told the field meant", () => {
  const holdKnown = "known fields are subjectEmail, subjectPhone, contactId, reason, until: send {subjectEmail | subjectPhone | contactId, reason, until?}"
  test.each([
    ["email", "subjectEmail"],
    ["phone", "subjectPhone"],
    ["contact", "contactId"],
  ])("POST /v1/holds {%s}", async (key, meant) => {
    expect(await answer(await post("/v1/holds", { [key]: "x", reason: "audit" }))).toEqual([400, { error: "invalid_body", message: `unknown field "${key}" (did you mean "${meant}"?): ${holdKnown}` }])
  })
  test("POST /v1/scripts/start {skill}", async () => {
    const [status, body] = await answer(await post("/v1/scripts/start", { skill: 4101, scriptId: "1" }))
    expect([status, body.message]).toEqual([400, 'unknown field "skill" (did you mean "skillId"?): known fields are skillId, scriptId, scriptPath, parameters, startDate: send {skillId, scriptId | scriptPath, parameters?, startDate?}'])
  })
  test("POST /v1/transcripts {contact}", async () => {
    const [status, body] = await answer(await post("/v1/transcripts", { contact: "1", recipients: ["a@example.com"] }))
    expect([status, body.message]).toEqual([400, 'unknown field "contact" (did you mean "contactNumber"?): known fields are contactNumber, recipients: send {contactNumber, recipients: [email, ...]}'])
  })
  test("a word of no field, or of two, has no guess", async () => {
    const [, body] = await answer(await post("/v1/holds", { id: "1", reason: "audit" }))
    expect(body.message).toStartWith('unknown field "id": known fields are')
    const [, subject] = await answer(await post("/v1/holds", { subject: "ada@example.com", reason: "audit" }))
    expect(subject.message).toStartWith('unknown field "subject": known fields are')
  })
})

describe("a number sent in quotes is told to go without them, as in the config file", () => {
  test("POST /v1/scripts/start {skillId: \"4101\"}", async () => {
    const [status, body] = await answer(await post("/v1/scripts/start", { skillId: "4101", scriptId: "1" }))
    expect([status, body.message]).toEqual([400, "skillId must be a number, not a string: write it without quotes: send {skillId, scriptId | scriptPath, parameters?, startDate?}"])
  })
  test("POST /v1/inspect {minScore: \"0.5\"}", async () => {
    const [, body] = await answer(await post("/v1/inspect", { text: "hi", minScore: "0.5" }))
    expect(body.message).toStartWith("minScore must be a number, not a string: write it without quotes: send {text")
  })
  test("a string that is no number is not told so", async () => {
    const [, body] = await answer(await post("/v1/inspect", { text: "hi", minScore: "high" }))
    expect(body.message).toStartWith("minScore must be a number, not a string: send {text")
  })
})

describe("a route's template sent as documented is told to put the value in place of its placeholder", () => {
  const PLACEHOLDER = (segment: string) => [400, { error: "invalid_request", message: `the path holds ${segment}, the route's placeholder: put the value in its place (e.g. /v1/skills/4101/health, /v1/jobs/gdpr-2026-10)` }]
  test.each([
    ["GET", "/v1/skills/{id}/health", "{id}"],
    ["GET", "/v1/skills/:id/health", ":id"],
    ["GET", "/v1/jobs/{id}", "{id}"],
    ["POST", "/v1/holds/:id/release", ":id"],
    ["GET", "/v1/subjects/exports/{id}", "{id}"],
  ])("%s %s", async (method, path, segment) => {
    expect(await answer(method === "GET" ? await get(path) : await post(path))).toEqual(PLACEHOLDER(segment))
  })
  test("an id in the template's braces is told to drop them", async () => {
    expect(await answer(await get("/v1/skills/{4101}/health"))).toEqual([400, { error: "invalid_request", message: "the path holds {4101}: write the value without the braces of the route's template (4101)" }])
  })
  test("an id of another shape is still the route's own refusal", async () => {
    expect((await answer(await get("/v1/skills/x1/health")))[1].error).toBe("invalid_skill")
  })
})
