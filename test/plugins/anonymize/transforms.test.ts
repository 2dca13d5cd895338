import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { createKeyRing } from "../../../core/index.ts"
import { compileMatrix } from "../../../plugins/anonymize/matrix/index.ts"
import { builtinTransforms, decryptValue, encryptValue } from "../../../plugins/anonymize/transforms/index.ts"
import { TEST_KEYS, testTransform } from "../../../testing/transform.ts"

const byName = Object.fromEntries(builtinTransforms.map((t) => [t.name, t]))
const registry = new Map(builtinTransforms.map((t) => [t.name, t]))
const ctx = { path: "x", record: {}, keys: TEST_KEYS }

testTransform(byName.hmac!, { sample: "ada.okafor@example.com", wrongType: "object" })
testTransform(byName.hash!, { wrongType: "object" })
testTransform(byName.mask!, { wrongType: 42 })
testTransform(byName.nullify!)
testTransform(byName.redact!)
testTransform(byName.replace!)
testTransform(byName.generalize!, { wrongType: "object" })
testTransform(byName.encrypt!, { sample: "ada.okafor@example.com", wrongType: 42 })
testTransform(byName.pan!, { sample: "4111111111111111", wrongType: "object" })

describe("hmac", () => {
  const p = (raw = {}) => v.parse(byName.hmac!.params, raw)
  test("tokens carry the key id and rotate with the key", () => {
    const t1 = byName.hmac!.apply("+15550102030", p(), ctx) as string
    const t2 = byName.hmac!.apply("+15550102030", p({ keyId: "k2" }), ctx) as string
    expect(t1).toMatch(/^tok_k1_[A-Za-z0-9_-]{22}$/)
    expect(t2).toMatch(/^tok_k2_/)
    expect(t1.slice(7)).not.toBe(t2.slice(7))
    // a k1 token is still recognized after rotating to k2: never tokenized twice
    expect(byName.hmac!.recognizes!(t1, p({ keyId: "k2" }))).toBe(true)
  })
  test("a different key gives unrelated tokens; domains separate pseudonyms", () => {
    const other = createKeyRing({ k1: "c".repeat(43) }, "k1")
    expect(byName.hmac!.apply("x", p(), ctx)).not.toBe(byName.hmac!.apply("x", p(), { ...ctx, keys: other }))
    expect(byName.hmac!.apply("x", p({ domain: "a" }), ctx)).not.toBe(byName.hmac!.apply("x", p({ domain: "b" }), ctx))
  })
  test("normalized first, +1 (555) 010-2030 and 15550102030 give one token", async () => {
    const m = compileMatrix({ name: "t", defaultRegion: "US", fields: [{ path: "phone", transform: "hmac", normalize: "e164", params: {} }] }, { transforms: registry, keys: TEST_KEYS })
    const a = (await m.plan({ phone: "+1 (555) 010-2030" })).output.phone
    const b = (await m.plan({ phone: "15550102030" })).output.phone
    const c = (await m.plan({ phone: "011 1 555 010 2030" })).output.phone
    expect(a).toBe(b)
    expect(a).toBe(c)
    const e = compileMatrix({ name: "t", fields: [{ path: "email", transform: "hmac", normalize: "email", params: {} }] }, { transforms: registry, keys: TEST_KEYS })
    expect((await e.plan({ email: " Ada.Okafor@EXAMPLE.com " })).output.email).toBe((await e.plan({ email: "ada.okafor@example.com" })).output.email)
  })
})

describe("encrypt / decrypt", () => {
  test("round-trips, is deterministic, and refuses a tampered token or a missing key", () => {
    const token = encryptValue(TEST_KEYS, "k1", "Zoë 😀 +44 20 7946 0958")
    expect(token).toBe(encryptValue(TEST_KEYS, "k1", "Zoë 😀 +44 20 7946 0958"))
    expect(decryptValue(TEST_KEYS, token)).toBe("Zoë 😀 +44 20 7946 0958")
    const tampered = token.slice(0, -3) + (token.endsWith("A") ? "BBB" : "AAA")
    expect(() => decryptValue(TEST_KEYS, tampered)).toThrow("does not verify")
    expect(() => decryptValue(createKeyRing({ k9: "d".repeat(43) }, "k9"), token)).toThrow('key "k1" is not in CXEDGE_HMAC_KEYS')
    expect(() => decryptValue(TEST_KEYS, "tok_k1_abc")).toThrow("not an encrypt token")
  })
})

describe("mask, generalize, pan", () => {
  test("mask keeps prefix/suffix by code point and masks short values whole", () => {
    const m = (value: string, raw: object) => byName.mask!.apply(value, v.parse(byName.mask!.params, raw), ctx)
    expect(m("+15550102030", { keepStart: 3, keepEnd: 0 })).toBe("+15*********")
    expect(m("😀😀😀😀😀", { keepStart: 1, keepEnd: 1 })).toBe("😀***😀")
    expect(m("abc", { keepStart: 2, keepEnd: 2 })).toBe("***")
  })
  test("generalize keeps epoch numbers as numbers", () => {
    const g = byName.generalize!.apply(Date.parse("2026-11-21T14:37:12Z"), { to: "hour" }, ctx)
    expect(g).toBe(Date.parse("2026-11-21T14:00:00Z"))
    expect(() => byName.generalize!.apply("not an email", { to: "email-domain" }, ctx)).toThrow(/expects an email address \(a name, an @ and a domain\) at x/)
  })
  test("generalize reads only ISO 8601 timestamps, one with no zone as UTC, the same in every machine zone", () => {
    const g = (value: string, to = "day") => byName.generalize!.apply(value, { to }, ctx)
    const tz = process.env.TZ
    try {
      // Late evening with no zone: in New York, Date.parse put it on the next day.
      for (const zone of ["America/New_York", "Asia/Tokyo", "UTC"]) {
        process.env.TZ = zone
        expect(g("2026-12-01T23:30:00")).toBe("2026-12-01T00:00:00.000Z")
        expect(g("2026-12-01 23:30:00.250")).toBe("2026-12-01T00:00:00.000Z")
        expect(g("2026-12-01T23:30:00", "hour")).toBe("2026-12-01T23:00:00.000Z")
      }
    } finally {
      process.env.TZ = tz
    }
    expect(g("2026-12-01T23:30:00+05:00")).toBe("2026-12-01T00:00:00.000Z")
    expect(g("2026-12-01T01:30:00+0200", "hour")).toBe("2026-11-30T23:00:00.000Z")
    // Guesses refused, the value never quoted: which day is 12/01? `1` was the year 2001, Feb 30 was March 2.
    for (const bad of ["12/01/2026", "Dec 1 2026", "1", "2026-02-30", "2026-12-01T24:10:00Z", "20261201", "1764631800000"]) {
      expect(() => g(bad)).toThrow("expects an ISO 8601 timestamp (2026-12-01T14:30:00Z; one with no zone is read as UTC) or epoch milliseconds at x")
      try {
        g(bad)
      } catch (error) {
        if (bad.length > 4) expect((error as Error).message).not.toContain(bad)
      }
    }
  })
  test("pan shows BIN and last four, refuses a number that fails Luhn", () => {
    const out = byName.pan!.apply("4111 1111 1111 1111", { bin: 6 }, ctx) as string
    expect(out).toMatch(/^411111\*{6}1111\|pan_k1_[A-Za-z0-9_-]{22}$/)
    expect(() => byName.pan!.apply("4111111111111112", { bin: 6 }, ctx)).toThrow("13-19 digit card number")
  })
})
