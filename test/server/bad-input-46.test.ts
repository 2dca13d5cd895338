/**
 * Round 46's bad input over HTTP: a key or a query parameter that is a person's data (an email, a phone number, a
 * name with a space) was quoted back as "unknown field", and a path holding one as "no route"; an answer is what a
 * client or a proxy logs. Said by its shape now. And a body written for Presidio (score_threshold) or with a list's
 * field in the singular (entity) was refused with no word of the field meant.
 */
import { describe, expect, test } from "bun:test"
import { adminRequests } from "../helpers.ts"

const { post, answer, request, headers } = adminRequests()
const UNNAMED = "(its name is not repeated: it has characters no field's name has, such as @, + or a space: data sent as a key?)"
const INSPECT = "known fields are text, entities, minScore: send {text, entities?: [type, ...], minScore?}"
const HIDDEN = " (a part shown as {...} is not repeated: it looks like data, not a route's word)"

describe("a body's key that is a person's data is not quoted back", () => {
  test.each([
    ["an email", "ada.okafor@example.com"],
    ["a phone number", "+44 7911 123456"],
    ["a name", "Ada Okafor"],
  ])("POST /v1/inspect with %s as a key (was: unknown field \"<it>\")", async (_, key) => {
    const res = await post("/v1/inspect", { text: "hi", [key]: "x" })
    expect(await answer(res)).toEqual([400, { error: "invalid_body", message: `unknown field ${UNNAMED}: ${INSPECT}` }])
  })
  test("POST /v1/holds with an email as a key, the same", async () => {
    const [status, body] = await answer(await post("/v1/holds", { subjectEmail: "dpo@example.com", reason: "audit", "ada.okafor@example.com": true }))
    expect(status).toBe(400)
    expect(body.message).toStartWith(`unknown field ${UNNAMED}: known fields are subjectEmail,`)
  })
  test("a query parameter that is an email, the same", async () => {
    const res = await request("/v1/inspect?ada.okafor@example.com=1", { method: "POST", headers, body: '{"text":"hi"}' })
    expect(await answer(res)).toEqual([400, { error: "unknown_parameter", message: `unknown query parameter ${UNNAMED}: this route takes no query parameters` }])
  })
  test("a key shaped as a field's name is still named, with the field meant", async () => {
    expect((await (await post("/v1/inspect", { Text: "hi" })).json()).message).toStartWith('unknown field "Text" (did you mean "text"?)')
  })
})

describe("a path holding a person's data is not quoted back", () => {
  test.each([
    ["GET", "/v1/holds/ada.okafor@example.com", "no route GET /v1/holds/{...}"],
    ["GET", "/v1/subjects/ada.okafor@example.com", "no route GET /v1/subjects/{...}"],
    ["DELETE", "/v1/contacts/+447911123456", "no route DELETE /v1/contacts/{...}"],
    // A national number has no + to tell it by: it was quoted back whole.
    ["GET", "/v1/holds/07700900123", "no route GET /v1/holds/{...}"],
    ["GET", "/v1/subjects/0612-345-678", "no route GET /v1/subjects/{...}"],
  ])("%s %s (was: no route <the path>)", async (method, path, said) => {
    expect(await answer(await request(path, { method, headers }))).toEqual([404, { error: "not_found", message: `${said}${HIDDEN}` }])
  })
  test("a method another route takes: 405, the path shown the same way", async () => {
    const res = await request("/v1/jobs/ada.okafor@example.com", { method: "PUT", headers })
    expect(await answer(res)).toEqual([405, { error: "method_not_allowed", message: `PUT is not allowed on /v1/jobs/{...}: use GET or HEAD${HIDDEN}` }])
  })
  test("a path of route words is shown whole", async () => {
    expect((await (await request("/v1/jobs/job_1/approvex", { headers })).json()).message).toBe("no route GET /v1/jobs/job_1/approvex")
    expect((await (await request("/v1/jobs/export-20261203/approvex", { headers })).json()).message).toBe("no route GET /v1/jobs/export-20261203/approvex")
  })
})

describe("POST /v1/inspect and /v1/deidentify: a field by Presidio's name or in the singular says the field meant", () => {
  test("score_threshold (Presidio's) was unknown with no word of minScore", async () => {
    expect((await (await post("/v1/deidentify", { text: "hi", score_threshold: 0.5 })).json()).message).toStartWith('unknown field "score_threshold" (did you mean "minScore"?)')
    expect((await (await post("/v1/inspect", { text: "hi", scoreThreshold: 0.5 })).json()).message).toStartWith('unknown field "scoreThreshold" (did you mean "minScore"?)')
  })
  test("entity was unknown with no word of entities", async () => {
    expect(await answer(await post("/v1/inspect", { text: "hi", entity: ["EMAIL"] }))).toEqual([400, { error: "invalid_body", message: `unknown field "entity" (did you mean "entities"?): ${INSPECT}` }])
  })
})
