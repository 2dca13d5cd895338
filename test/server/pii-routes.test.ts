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

  test("wrong bodies are refused with 400 naming the field, never quoting the text", async () => {
    const cases: [unknown, string][] = [
      [{}, "text"],
      [{ text: 42 }, "text"],
      [{ text: "x", entities: ["EMAIL", "PASSPORT"] }, "entities"],
      [{ text: "x", entities: [] }, "entities"],
      [{ text: "x", minScore: 2 }, "minScore"],
      [{ text: "x", minScore: "0.5" }, "minScore"],
      [{ text: "x", extra: 1 }, "extra"],
      [["x"], "JSON object"],
      ["{nope", "JSON object"],
    ]
    for (const [body, named] of cases) {
      const res = await post("/v1/inspect", body)
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400])
      const refusal = await res.json()
      expect(refusal.error).toBe("invalid_body")
      expect(refusal.message).toContain(named)
    }
    const mode = await post("/v1/deidentify", { text: `mail ${EMAIL}`, mode: "shred" })
    expect(mode.status).toBe(400)
    const refusal = JSON.stringify(await mode.json())
    expect(refusal).toContain("mode")
    expect(refusal).not.toContain(EMAIL)
  })

  test("the token is required, and bodies above the limit are refused 413 before they are read", async () => {
    expect((await post("/v1/inspect", { text: TEXT }, {})).status).toBe(401)
    expect((await post("/v1/deidentify", { text: TEXT }, { authorization: "Bearer wrong" })).status).toBe(401)
    const big = await post("/v1/inspect", { text: "a".repeat(PII_MAX_BODY) })
    expect(big.status).toBe(413)
    expect((await big.json()).error).toBe("payload_too_large")
    const long = await post("/v1/deidentify", { text: "a ".repeat(PII_MAX_TEXT / 2 + 1) })
    expect(long.status).toBe(400)
    expect((await long.json()).message).toStartWith(`text: expected <=${PII_MAX_TEXT}`)
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
