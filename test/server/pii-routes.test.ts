import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import type { Hono } from "hono"
import { createRuntime, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { PII_MAX_BODY, PII_MAX_TEXT } from "../../plugins/pii/routes.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN } from "../helpers.ts"

const EMAIL = "ann.lee@example.com"
const PHONE = "020 7946 0958"
const CARD = "4111 1111 1111 1111"
const TEXT = `Hi, mail ${EMAIL} or call ${PHONE}; card ${CARD}. Thanks!`

let rt: Runtime
let app: Hono
const post = (path: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${ADMIN_TOKEN}` }) =>
  app.request(path, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { "content-type": "application/json", ...headers } })

beforeAll(async () => {
  rt = await createRuntime({ plugins: [...new Set([...defaultPlugins, "pii"])], settings: { pii: { allow: ["+44 20 7946 0000"] } } }, { builtins })
  app = createApp(rt, { adminToken: ADMIN_TOKEN })
})
afterAll(() => rt.dispose())

describe("POST /v1/inspect and /v1/deidentify", () => {
  test("inspect returns each finding's type, UTF-16 offsets and score, never the value", async () => {
    const text = `😀🇬🇧 ${TEXT}`
    const res = await post("/v1/inspect", { text })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.findings.map((f: { type: string; start: number; end: number }) => [f.type, text.slice(f.start, f.end)])).toEqual([["EMAIL", EMAIL], ["PHONE", PHONE], ["CARD", CARD]])
    for (const f of body.findings) expect(Object.keys(f).sort()).toEqual(["end", "score", "start", "type"])
    const raw = JSON.stringify(body)
    for (const value of [EMAIL, PHONE, CARD]) expect(raw).not.toContain(value)
  })

  test("deidentify replaces only the findings and counts them per type", async () => {
    const res = await post("/v1/deidentify", { text: TEXT })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ text: "Hi, mail <EMAIL> or call <PHONE>; card <CARD>. Thanks!", replaced: { EMAIL: 1, PHONE: 1, CARD: 1 } })
  })

  test("a mode other than tag is the scrub transform's: refused in one line while no plugin registers it, applied once one does", async () => {
    const res = await post("/v1/deidentify", { text: TEXT, mode: "mask" })
    const body = await res.json()
    if (rt.transforms.has("scrub")) {
      expect(res.status).toBe(200)
      expect(body.replaced).toEqual({ EMAIL: 1, PHONE: 1, CARD: 1 })
    } else {
      expect([res.status, body.error]).toEqual([400, "invalid_body"])
      expect(body.message).toContain("mode mask needs the scrub transform")
    }
    for (const value of [EMAIL, PHONE, CARD]) expect(JSON.stringify(body)).not.toContain(value)
  })

  test("entities and minScore in the body narrow the findings; the settings' allow list still holds", async () => {
    const only = await (await post("/v1/inspect", { text: TEXT, entities: ["CARD"] })).json()
    expect(only.findings.map((f: { type: string }) => f.type)).toEqual(["CARD"])
    const high = await (await post("/v1/deidentify", { text: TEXT, minScore: 0.9 })).json()
    expect(high.text).toContain(PHONE) // a phone scores 0.85 at most
    expect(high.text).not.toContain(EMAIL)
    const allowed = await (await post("/v1/inspect", { text: "our line: +44 20 7946 0000", entities: ["PHONE"] })).json()
    expect(allowed.findings).toEqual([])
  })

  test("minScore 1 stands while a type asked for scores 1 (a checked IBAN); with only lower-scoring types it is refused", async () => {
    const iban = await post("/v1/deidentify", { text: "IBAN DE89 3704 0044 0532 0130 00", minScore: 1 })
    expect([iban.status, await iban.json()]).toEqual([200, { text: "IBAN <IBAN>", replaced: { IBAN: 1 } }])
    const refused = await post("/v1/inspect", { text: `mail ${EMAIL}`, entities: ["EMAIL", "IP_ADDRESS"], minScore: 1 })
    expect(refused.status).toBe(400)
    expect((await refused.json()).message).toStartWith("minScore must be at most 0.95: no finding of EMAIL, IP_ADDRESS scores above that")
    // The server's own minScore, with the types a request names.
    const strict = await createRuntime({ plugins: [...new Set([...defaultPlugins, "pii"])], settings: { pii: { minScore: 0.9 } } }, { builtins })
    const answer = await createApp(strict, { adminToken: ADMIN_TOKEN }).request("/v1/deidentify", { method: "POST", body: JSON.stringify({ text: `call ${PHONE}`, entities: ["PHONE"] }), headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect([answer.status, (await answer.json()).message]).toEqual([400, "the server's settings.pii.minScore (0.9) must be at most 0.85: no finding of PHONE scores above that, so 0.9 would find nothing and leave every text as it is: send a minScore of at most that, or more entities"])
    await strict.dispose()
  })

  const INSPECT = "send {text, entities?: [type, ...], minScore?}"
  const DEIDENTIFY = "send {text, mode?: tag | indexed | hmac | mask, entities?: [type, ...], minScore?}"
  const ENTITY_LIST = "EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON"
  // Each wrong body answers a sentence that is true of it, names the field and says what to send; none quotes what was sent.
  test.each([
    ["missing text", "/v1/inspect", {}, 400, `missing field "text": ${INSPECT}`],
    ["text a number", "/v1/inspect", { text: 4111111111111111 }, 400, `text must be a string, not a number: ${INSPECT}`],
    ["text null", "/v1/deidentify", { text: null }, 400, `text must be a string, not null: ${DEIDENTIFY}`],
    ["text too long", "/v1/inspect", { text: "a".repeat(PII_MAX_TEXT + 2) }, 400, `text is ${PII_MAX_TEXT + 2} characters long: it must be at most ${PII_MAX_TEXT} characters: send longer text in parts`],
    ["an unknown entity", "/v1/inspect", { text: "x", entities: ["EMAIL", "PASSPORT"] }, 400, `entities[1] must be one of ${ENTITY_LIST}`],
    ["entities a string", "/v1/inspect", { text: "x", entities: "EMAIL" }, 400, `entities must be a list of entity types, not a string: ${INSPECT}`],
    ["entities empty", "/v1/deidentify", { text: "x", entities: [] }, 400, "entities is empty: it must name at least one entity type"],
    ["minScore above 1", "/v1/inspect", { text: "x", minScore: 2 }, 400, "minScore must be at most 1 (2 as a percentage is 0.02)"],
    ["minScore below 0", "/v1/inspect", { text: "x", minScore: -0.5 }, 400, "minScore must be at least 0"],
    // Above every score the types get: the address came back in clear with a 200.
    ["minScore above the types' scores", "/v1/deidentify", { text: `mail ${EMAIL}`, entities: ["EMAIL"], minScore: 1 }, 400, "minScore must be at most 0.95: no finding of EMAIL scores above that, so 1 would find nothing and leave every text as it is: send a lower minScore, or more entities"],
    ["minScore above a phone's", "/v1/inspect", { text: `call ${PHONE}`, entities: ["PHONE"], minScore: 0.9 }, 400, "minScore must be at most 0.85: no finding of PHONE scores above that, so 0.9 would find nothing and leave every text as it is: send a lower minScore, or more entities"],
    ["minScore a string", "/v1/deidentify", { text: "x", minScore: "0.5" }, 400, `minScore must be a number, not a string: write it without quotes: ${DEIDENTIFY}`],
    ["an unknown mode", "/v1/deidentify", { text: `mail ${EMAIL}`, mode: "shred" }, 400, "mode must be one of tag, indexed, hmac, mask"],
    ["mode on inspect", "/v1/inspect", { text: "x", mode: "tag" }, 400, `unknown field "mode": known fields are text, entities, minScore: ${INSPECT}`],
    ["a typo'd key", "/v1/deidentify", { txt: EMAIL }, 400, `unknown field "txt" (did you mean "text"?): known fields are text, entities, minScore, mode: ${DEIDENTIFY}`],
    ["a list", "/v1/inspect", [EMAIL], 400, `the body is a list, not a JSON object: ${INSPECT}`],
    ["a string", "/v1/inspect", JSON.stringify(EMAIL), 400, `the body is a string, not a JSON object: ${INSPECT}`],
    ["broken JSON", "/v1/deidentify", `{"text": "${EMAIL}"`, 400, `the body is not valid JSON (Expected '}'): ${DEIDENTIFY}`],
    ["an empty body", "/v1/inspect", "", 400, `the body is empty: ${INSPECT}`],
    // A server without pseudonymization keys: the caller can still pick another mode (it answered 500 before).
    ["hmac with no key", "/v1/deidentify", { text: `mail ${EMAIL}`, mode: "hmac" }, 400, "mode hmac needs a pseudonymization key, and none is configured: set CXEDGE_HMAC_KEYS (and CXEDGE_HMAC_KEY_ID), or use mode tag, indexed or mask"],
  ])("%s: %s answers %d", async (_what, path, body, status, message) => {
    const res = await post(path, body)
    const answer = await res.json()
    expect([res.status, answer.message]).toEqual([status, message])
    expect(answer.error).toBe("invalid_body")
    for (const value of [EMAIL, "4111111111111111", "PASSPORT", "shred"]) expect(JSON.stringify(answer)).not.toContain(value)
  })

  test("bytes that are not UTF-8 are refused, not decoded into replacement characters and echoed back changed", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"text":"Caf'), 0xe9, ...new TextEncoder().encode(` ${EMAIL}"}`)])
    const res = await app.request("/v1/deidentify", { method: "POST", body: bytes, headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect([res.status, await res.json()]).toEqual([400, { error: "invalid_body", message: "the body is not valid UTF-8: send the JSON encoded as UTF-8" }])
  })

  test("a body sent as another media type is refused 415; JSON with a charset, a +json type, a BOM and CRLF text are read", async () => {
    const as = (type: string, body = JSON.stringify({ text: `mail ${EMAIL}\r\nbye` })) =>
      app.request("/v1/deidentify", { method: "POST", body, headers: { "content-type": type, authorization: `Bearer ${ADMIN_TOKEN}` } })
    const refused = await as("text/plain;charset=UTF-8")
    expect([refused.status, await refused.json()]).toEqual([415, { error: "unsupported_media_type", message: 'the body is sent as "text/plain": send JSON with content-type: application/json' }])
    expect((await as("application/x-www-form-urlencoded")).status).toBe(415)
    for (const ok of [await as("application/json; charset=utf-8"), await as("application/merge-patch+json"), await as("application/json", "\uFEFF" + JSON.stringify({ text: `mail ${EMAIL}\r\nbye` }))]) {
      expect([ok.status, await ok.json()]).toEqual([200, { text: "mail <EMAIL>\r\nbye", replaced: { EMAIL: 1 } }])
    }
  })

  test("the token is required, and bodies above the limit are refused 413 before they are read", async () => {
    expect((await post("/v1/inspect", { text: TEXT }, {})).status).toBe(401)
    expect((await post("/v1/deidentify", { text: TEXT }, { authorization: "Bearer wrong" })).status).toBe(401)
    const big = await post("/v1/inspect", { text: "a".repeat(PII_MAX_BODY) })
    expect(big.status).toBe(413)
    expect((await big.json()).error).toBe("payload_too_large")
    const chunked = await app.request("/v1/inspect", {
      method: "POST",
      body: new Blob([JSON.stringify({ text: "a".repeat(PII_MAX_BODY) })]).stream(),
      headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` },
    })
    expect(chunked.status).toBe(413)
  })

  test("both routes are in /openapi.json as admin routes, with their body schemas", async () => {
    const doc = await (await app.request("/openapi.json")).json()
    for (const path of ["/v1/inspect", "/v1/deidentify"]) {
      const op = doc.paths[path].post
      expect(op.security).toEqual([{ adminToken: [] }])
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "413"]))
      const schema = op.requestBody.content["application/json"].schema
      expect(schema.required).toEqual(["text"])
      expect(schema.additionalProperties).toBe(false)
    }
    expect(Object.keys(doc.paths["/v1/deidentify"].post.requestBody.content["application/json"].schema.properties)).toContain("mode")
  })

  test("without the pii plugin the routes are not there", async () => {
    const plain = await createRuntime({ plugins: defaultPlugins.filter((name) => name !== "pii") }, { builtins })
    const res = await createApp(plain, { adminToken: ADMIN_TOKEN }).request("/v1/inspect", { method: "POST", body: "{}", headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
    expect(res.status).toBe(404)
    await plain.dispose()
  })
})

describe("POST /v1/deidentify in hmac mode on the embedded sandbox's throwaway key", () => {
  test("the server says so once, as the CLI does; a configured key says nothing", async () => {
    const { createKeyRing, EMBEDDED_SANDBOX_KEY } = await import("../../core/index.ts")
    for (const [id, says] of [[EMBEDDED_SANDBOX_KEY, 1], ["k1", 0]] as const) {
      const warned: string[] = []
      const log = { debug() {}, info() {}, warn: (m: string) => void warned.push(m), error() {} }
      const own = await createRuntime({ plugins: [...new Set([...defaultPlugins, "pii"])] }, { builtins, log, keys: createKeyRing({ [id]: "a".repeat(43) }, id) })
      const server = createApp(own, { adminToken: ADMIN_TOKEN })
      for (let i = 0; i < 2; i++) {
        const res = await server.request("/v1/deidentify", { method: "POST", body: JSON.stringify({ text: TEXT, mode: "hmac" }), headers: { "content-type": "application/json", authorization: `Bearer ${ADMIN_TOKEN}` } })
        expect(res.status).toBe(200)
      }
      expect(warned.filter((m) => m.includes('POST /v1/deidentify with "mode": "hmac" without CXEDGE_HMAC_KEYS'))).toHaveLength(says)
      for (const m of warned) expect(m).not.toContain(EMAIL)
      await own.dispose()
    }
  })
})
