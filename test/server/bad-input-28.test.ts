/**
 * Routes of round 28's bad input: a refusal that told a caller of the
 * routes to run a CLI command (no plan: "list plans with cxedge jobs"; no
 * hold: "see the ids with cxedge hold list", where the route's own 400 said
 * GET /v1/holds), and what an unknown query parameter gets on each kind of
 * route. Nothing is planned, approved or released.
 */
import { describe, expect, test } from "bun:test"
import { ADMIN_TOKEN, adminRequests } from "../helpers.ts"

const { post, get, answer, request, headers } = adminRequests()

describe("a refusal on a route names the route to use, not a CLI command", () => {
  test("GET /v1/jobs/nosuch", async () => {
    expect(await answer(await get("/v1/jobs/nosuch"))).toEqual([404, { error: "not_found", message: 'no plan nosuch in this storage: make one with POST /v1/jobs {"id": "nosuch", "matrix": ...}' }])
  })
  test("POST /v1/jobs/nosuch/approve and /run", async () => {
    const approve = await answer(await post("/v1/jobs/nosuch/approve", { by: "dpo" }))
    expect(approve).toEqual([404, { error: "not_found", message: 'no plan nosuch in this storage: make one with POST /v1/jobs {"id": "nosuch", "matrix": ...}' }])
    expect((await answer(await post("/v1/jobs/nosuch/run")))[0]).toBe(404)
  })
  test("a plan run before approval is told the approve route", async () => {
    expect((await post("/v1/jobs", { id: "b28-unapproved", matrix: "gdpr", target: "export", since: "7d" })).status).toBe(201)
    const [status, body] = await answer(await post("/v1/jobs/b28-unapproved/run"))
    expect([status, body.message]).toEqual([409, 'plan b28-unapproved is not approved: review it with GET /v1/jobs/b28-unapproved, then POST /v1/jobs/b28-unapproved/approve {"by": NAME}'])
  })
  test("a plan id taken is told the route that shows it", async () => {
    const [status, body] = await answer(await post("/v1/jobs", { id: "b28-unapproved", matrix: "gdpr", target: "export", since: "7d" }))
    expect([status, body.message]).toEqual([409, "a plan named b28-unapproved exists: show it with GET /v1/jobs/b28-unapproved, or pick another id"])
  })
  test("POST /v1/holds/hold_nosuch/release", async () => {
    expect(await answer(await post("/v1/holds/hold_nosuch/release"))).toEqual([404, { error: "not_found", message: 'no hold "hold_nosuch": see the ids with GET /v1/holds' }])
  })
  test("no message on these routes names a cxedge command", async () => {
    for (const res of [await get("/v1/jobs/nosuch"), await post("/v1/jobs/b28-unapproved/run"), await post("/v1/holds/hold_nosuch/release")]) {
      expect(((await res.json()) as { message: string }).message).not.toContain("cxedge ")
    }
  })
})

describe("unknown query parameters", () => {
  test.each(["/v1/tenant", "/v1/holds", "/v1/jobs/nosuch", "/v1/retention/report", "/v1/subjects/exports/nosuch"])("GET %s?x=1 is refused, naming it", async (path) => {
    const [status, body] = await answer(await get(`${path}?x=1`))
    expect([status, body.error]).toEqual([400, "unknown_parameter"])
    expect(body.message).toMatch(/^unknown query parameter "x": this route takes /)
  })
  // Health probes stay lenient: a load balancer or orchestrator adds its own parameters (cache busters, probe ids) that
  // no one reading the answer chose, and refusing them would take the instance out of service for nothing.
  test.each(["/healthz", "/readyz"])("GET %s?x=1 answers as without it", async (path) => {
    const [plain, withQuery] = [await get(path), await get(`${path}?x=1&_=1700000000`)]
    expect(withQuery.status).toBe(plain.status)
    expect(await withQuery.json()).toEqual(await plain.json())
  })
})

describe("the admin token's header", () => {
  const inspect = (authorization: string) => request("/v1/inspect", { method: "POST", body: '{"text":"hi"}', headers: { authorization, "content-type": "application/json" } })
  // The scheme is case-insensitive (RFC 9110 §11.1), as the callout's guard reads it: the right token was refused.
  test.each([`bearer ${ADMIN_TOKEN}`, `BEARER ${ADMIN_TOKEN}`, `Bearer  ${ADMIN_TOKEN}`])("%s is admitted", async (authorization) => {
    expect((await inspect(authorization)).status).toBe(200)
  })
  // Basic is named by its scheme since round 36 (bad-input-36); the token alone is not (its first word is the secret).
  test.each([
    [ADMIN_TOKEN, "the Authorization header is not Bearer and a token: send Authorization: Bearer followed by the admin token"],
    ["Basic YWRtaW46eA==", "the Authorization header uses the Basic scheme: the admin routes take Bearer, so send Authorization: Bearer followed by the admin token"],
  ])("a header of another form is told the form, never quoted: %s", async (authorization, message) => {
    const res = await inspect(authorization)
    const body = (await res.json()) as { error: string; message: string }
    expect([res.status, body]).toEqual([401, { error: "unauthorized", message }])
    expect(res.headers.get("www-authenticate")).toBe('Bearer realm="cxedge"')
  })
  test("a wrong token is still refused", async () => {
    expect(await answer(await inspect("Bearer not-the-token-at-all-0123456789"))).toEqual([401, { error: "unauthorized", message: "a valid admin bearer token is required" }])
  })
})

describe("a route asked with a trailing slash", () => {
  // Was 405 "GET is not allowed on /v1/holds/: use HEAD or POST", though GET /v1/holds is the route.
  test("GET /v1/holds/", async () => {
    expect(await answer(await get("/v1/holds/"))).toEqual([404, { error: "not_found", message: "no route GET /v1/holds/: drop the trailing slash (GET /v1/holds)" }])
  })
  test("a method the path does not take is still 405", async () => {
    const res = await request("/v1/holds/", { method: "DELETE", headers })
    expect(res.status).toBe(405)
  })
})

describe("a JSON body declared in another charset", () => {
  // Read as UTF-8 whatever was declared: "José" sent in latin1 became "Jos\uFFFD" and was answered 200.
  test.each(["latin1", "ISO-8859-1", "utf-16"])("charset=%s is refused 415", async (charset) => {
    const res = await request("/v1/deidentify", { method: "POST", body: '{"text":"hi"}', headers: { ...headers, "content-type": `application/json; charset=${charset}` } })
    const body = (await res.json()) as { error: string; message: string }
    expect([res.status, body.error]).toEqual([415, "unsupported_media_type"])
    expect(body.message).toBe(`the body is declared charset="${charset}": JSON is read as UTF-8; send it in UTF-8 (charset=utf-8, or no charset)`)
  })
  test.each(["utf-8", "UTF8", '"utf-8"'])("charset=%s is read", async (charset) => {
    const res = await request("/v1/deidentify", { method: "POST", body: '{"text":"hi"}', headers: { ...headers, "content-type": `application/json; charset=${charset}` } })
    expect(res.status).toBe(200)
  })
})

describe("the pii routes refuse a type named twice, as --entities does", () => {
  for (const path of ["/v1/inspect", "/v1/deidentify"]) {
    test(`POST ${path} {entities: [EMAIL, EMAIL]}`, async () => {
      const [status, body] = await answer(await post(path, { text: "mail ada@example.com", entities: ["EMAIL", "PHONE", "EMAIL"] }))
      expect(status).toBe(400)
      expect(body.message).toContain("entities must name each type once (EMAIL is named twice)")
      expect(JSON.stringify(body)).not.toContain("ada@example.com")
    })
  }
})
