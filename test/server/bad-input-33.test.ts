/**
 * Routes of round 33's bad input: a sign written as "+" in a query
 * (?maxQueue=+5), which a query decodes to a space, refused with no word of
 * why. Nothing is read from the tenant.
 */
import { describe, expect, test } from "bun:test"
import { ADMIN_TOKEN, adminRequests } from "../helpers.ts"

const { get, post, request, answer } = adminRequests()

describe("a \"+\" in a query parameter is told it arrived as a space", () => {
  test("GET /v1/skills/4101/health?maxQueue=+5", async () => {
    expect(await answer(await get("/v1/skills/4101/health?maxQueue=+5"))).toEqual([400, { error: "invalid_threshold", message: 'query parameter "maxQueue" must be a whole number from 0 to 100000, in digits (e.g. maxQueue=10) (a "+" in a query is a space: write %2B5, or 5 with no sign)' }])
  })
  test("%2B5 is told the number it means instead", async () => {
    const [, body] = await answer(await get("/v1/skills/4101/health?maxQueue=%2B5"))
    expect(body.message).toEndWith("(e.g. maxQueue=10) (+5 is 5)")
  })
  test("a space sent as %20 is not told of a +", async () => {
    const [, body] = await answer(await get("/v1/skills/4101/health?maxQueue=%205"))
    expect(body.message).not.toContain('"+"')
  })
})

describe("POST /v1/jobs: a window wholly to come is refused before any call", () => {
  test("since and until both in the future", async () => {
    expect(await answer(await post("/v1/jobs", { id: "later", matrix: "gdpr", since: "2030-01-01", until: "2030-02-01" }))).toEqual([400, { error: "invalid_request", message: "since 2030-01-01T00:00:00.000Z is in the future: nothing would be in scope; check the date" }])
  })
})

describe("an Authorization header holding the admin token another way is told the way, never taken", () => {
  const tenant = (authorization: string) => request("/v1/tenant", { headers: { authorization } })
  test("the token in double quotes", async () => {
    expect(await answer(await tenant(`Bearer "${ADMIN_TOKEN}"`))).toEqual([401, { error: "unauthorized", message: "the admin token is in quotes: send Authorization: Bearer followed by the token without them" }])
  })
  test("the token in single quotes", async () => {
    const [status, body] = await answer(await tenant(`Bearer '${ADMIN_TOKEN}'`))
    expect([status, body.message]).toEqual([401, "the admin token is in quotes: send Authorization: Bearer followed by the token without them"])
  })
  test("Bearer twice", async () => {
    expect(await answer(await tenant(`Bearer Bearer ${ADMIN_TOKEN}`))).toEqual([401, { error: "unauthorized", message: "the Authorization header says Bearer twice: send Authorization: Bearer followed by the admin token, once" }])
  })
  test("a wrong token in quotes or after Bearer twice says only that a valid token is needed", async () => {
    for (const header of ['Bearer "not-the-admin-token-0000000000000"', "Bearer Bearer not-the-admin-token-0000000000000"]) {
      expect(await answer(await tenant(header))).toEqual([401, { error: "unauthorized", message: "a valid admin bearer token is required" }])
    }
  })
})

describe("POST /v1/inspect: an entity type by its Presidio name is told the name here", () => {
  test("entities [\"EMAIL_ADDRESS\"] (was: did you mean IP_ADDRESS)", async () => {
    expect(await answer(await post("/v1/inspect", { text: "hi", entities: ["EMAIL_ADDRESS"] }))).toEqual([400, { error: "invalid_body", message: 'entities[0] must be one of EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON (did you mean "EMAIL"? Presidio\'s EMAIL_ADDRESS is EMAIL here)' }])
  })
  test("a slip of the keyboard is still answered with the nearest", async () => {
    const [, body] = await answer(await post("/v1/inspect", { text: "hi", entities: ["EMAL"] }))
    expect(body.message).toEndWith('PERSON (did you mean "EMAIL"?)')
  })
})

describe("GET /v1/skills/{id}/health: a service level written as a ratio is refused with the percentage it means", () => {
  test("?minServiceLevel=0.8 (was taken as 0.8%)", async () => {
    expect(await answer(await get("/v1/skills/4101/health?minServiceLevel=0.8"))).toEqual([400, { error: "invalid_threshold", message: 'query parameter "minServiceLevel" is a percentage from 0 to 100: 0.8 would be 0.8%: write 80 for 80%' }])
  })
  test("0, 1 and 80 are still read", async () => {
    for (const level of ["0", "1", "80"]) expect((await get(`/v1/skills/4101/health?minServiceLevel=${level}`)).status).toBe(200)
  })
})

describe("a list where one value goes, or one value holding a list", () => {
  test("POST /v1/jobs {matrix: [\"gdpr\"]} (was: (root): unknown key \"0\")", async () => {
    const [status, body] = await answer(await post("/v1/jobs", { id: "j-list", matrix: ["gdpr"] }))
    expect([status, body.message]).toEqual([400, "matrix must be a shipped matrix name (gdpr, pci, analytics, messages, notes, seed-example) or a matrix object, not a list: send {id, matrix, source?, target?, since?, until?}"])
  })
  test("POST /v1/inspect {entities: [\"EMAIL,PHONE\"]}", async () => {
    const [status, body] = await answer(await post("/v1/inspect", { text: "hi", entities: ["EMAIL,PHONE"] }))
    expect([status, body.message]).toEqual([400, 'entities[0] must be one of EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON (one type an item: ["EMAIL","PHONE"])'])
  })
})
