import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { createKeyRing } from "../../../core/index.ts"
import { compileMatrix, validatePlan } from "../../../plugins/anonymize/matrix/index.ts"
import { builtinTransforms } from "../../../plugins/anonymize/transforms/index.ts"
import { scrub } from "../../../plugins/pii/index.ts"
import { TEST_KEYS, testTransform } from "../../../testing/transform.ts"

testTransform(scrub, { wrongType: ["object", "array", "number"] })
testTransform(scrub, { params: { mode: "indexed" }, wrongType: "object" })

const transforms = new Map([...builtinTransforms, scrub].map((t) => [t.name, t]))
const compile = (fields: unknown[], keys = TEST_KEYS) => compileMatrix({ name: "t", defaultRegion: "GB", fields } as never, { transforms, keys })
const params = (raw: unknown) => v.parse(scrub.params, raw)
const run = (text: string, raw: unknown = {}, record: Record<string, unknown> = {}) => scrub.apply(text, params(raw), { path: "notes", record, keys: TEST_KEYS }) as string

const NOTE = "Spoke with Mr. Hughes about his refund. Email ada.okafor@example.com, then ADA.OKAFOR@example.com again; mobile 07911 123456 or +44 7911 123456. Card 4111-1111-1111-1111."

describe("scrub modes", () => {
  test("tag replaces only the findings and keeps every other word", () => {
    expect(run(NOTE)).toBe("Spoke with Mr. <PERSON> about his refund. Email <EMAIL>, then <EMAIL> again; mobile <PHONE> or <PHONE>. Card <CARD>.")
  })

  test("indexed gives one value one index across the fields of one record, after normalization", async () => {
    const m = compile([
      { path: "notes", transform: "scrub", params: { mode: "indexed" } },
      { path: "callback", transform: "scrub", params: { mode: "indexed" } },
    ])
    const plan = await m.plan({ notes: NOTE, callback: "call +447911123456 or bo@example.com" })
    expect(plan.output.notes).toBe("Spoke with Mr. <PERSON_1> about his refund. Email <EMAIL_1>, then <EMAIL_1> again; mobile <PHONE_1> or <PHONE_1>. Card <CARD_1>.")
    expect(plan.output.callback).toBe("call <PHONE_1> or <EMAIL_2>")
    // Another record starts again at 1.
    expect((await m.plan({ notes: "bo@example.com" })).output.notes).toBe("<EMAIL_1>")
  })

  test("hmac writes the field-level hmac's token, so a phone in a note and in the phone field join", async () => {
    const m = compile([
      { path: "phone", transform: "hmac", normalize: "e164", params: { domain: "person" } },
      { path: "email", transform: "hmac", normalize: "email", params: { domain: "person" } },
      { path: "notes", transform: "scrub", params: { mode: "hmac", domain: "person", regions: ["GB"] } },
    ])
    const plan = await m.plan({ phone: "+44 7911 123456", email: "Ada.Okafor@Example.com", notes: "text 07911 123456 or ada.okafor@example.com" })
    expect(plan.problems).toEqual([])
    expect(plan.output.notes).toBe(`text ${plan.output.phone} or ${plan.output.email}`)
  })

  test("hmac reads an address or a card said aloud as the one written, so its token joins the field's", async () => {
    const m = compile([
      { path: "email", transform: "hmac", normalize: "email", params: { domain: "person" } },
      { path: "card", transform: "hmac", params: { domain: "person" } },
      { path: "notes", transform: "scrub", params: { mode: "hmac", domain: "person", regions: ["GB"] } },
    ])
    const notes = "agent: and your email\ncaller: ada dot okafor at example dot com\nagent: card number?\ncaller: four one one one, one one one one, one one one one, one one one one"
    const plan = await m.plan({ email: "Ada.Okafor@Example.com", card: "4111111111111111", notes })
    expect(plan.problems).toEqual([])
    expect(plan.output.notes).toBe(`agent: and your email\ncaller: ${plan.output.email}\nagent: card number?\ncaller: ${plan.output.card}`)
  })

  test("mask keeps a card's last four and the shape of the rest", () => {
    expect(run("card 4111 1111 1111 1111, mail bo@example.com", { mode: "mask", entities: ["CARD", "EMAIL"] })).toBe("card **** **** **** 1111, mail **@*******.***")
    expect(run("card 4111111111111111", { mode: "mask", maskChar: "#" })).toBe("card ############1111")
  })

  test("entities, allow and deny narrow or widen what is replaced", () => {
    expect(run("mail bo@example.com or ring 020 7946 0958", { entities: ["EMAIL"] })).toBe("mail <EMAIL> or ring 020 7946 0958")
    expect(run("ring 020 7946 0958 or 020 7946 0000", { regions: ["GB"], allow: ["+44 20 7946 0000"] })).toBe("ring <PHONE> or 020 7946 0000")
    expect(run("about Project Bluebird", { deny: ["project bluebird"] })).toBe("about <DENY>")
  })
})

describe("scrub never applies twice", () => {
  test.each(["tag", "indexed", "hmac", "mask"])("%s: scrubbing scrubbed text changes nothing, and the matrix marks it already done", async (mode) => {
    const m = compile([{ path: "notes", transform: "scrub", params: { mode } }])
    const once = (await m.plan({ notes: NOTE })).output.notes as string
    expect(once).not.toBe(NOTE)
    const again = await m.plan({ notes: once })
    expect(again.output.notes).toBe(once)
    expect(again.changes.map((c) => c.already)).toEqual([true])
    expect(validatePlan(again)).toEqual([])
  })

  test("a finding the first replacements bring to light is scrubbed too, not refused: the written text holds neither value", () => {
    // The trade before the name read the number as the business's; with the name replaced it is a person's phone.
    for (const mode of ["tag", "indexed"]) {
      const out = run("Wallbox installer Mr Jones: 07700 900123", { mode })
      expect(out).not.toContain("Jones")
      expect(out.replace(/\D/g, "")).not.toContain("900123")
      expect(out.startsWith("Wallbox installer Mr <PERSON")).toBe(true)
    }
  })

  test("text with nothing to scrub is left alone, not refused as unchanged", async () => {
    const plan = await compile([{ path: "notes", transform: "scrub" }]).plan({ notes: "Asked about invoice 4411, no follow-up." })
    expect(plan.output.notes).toBe("Asked about invoice 4411, no follow-up.")
    expect([...plan.problems, ...validatePlan(plan)]).toEqual([])
  })
})

describe("scrub refuses bad params before any record", () => {
  // Each refusal names the param and what to write, and never quotes what was written (an allow entry is a phone number).
  test.each([
    [{ mode: "tags" }, "params.mode: must be one of tag, indexed, hmac, mask"],
    [{ mode: "" }, "params.mode: must be one of tag, indexed, hmac, mask"],
    [{ minScore: 1.5 }, "params.minScore: must be at most 1"],
    [{ minScore: -0.1 }, "params.minScore: must be at least 0"],
    [{ minScore: 1, entities: ["EMAIL", "PHONE"] }, "params.minScore: must be at most 0.95: no finding of EMAIL, PHONE scores above that, so 1 would find nothing and leave every text as it is"],
    [{ minScore: "0.5" }, "params.minScore: must be a number"],
    [{ entities: ["EMAIL", "PASSPORT"] }, "params.entities.1: must be one of EMAIL, PHONE"],
    [{ entities: "EMAIL" }, "params.entities: must be a list of entity types"],
    [{ entities: [] }, "params.entities: must name at least one entity type"],
    [{ allow: [""] }, "params.allow.0: must not be empty"],
    [{ allow: ["  "] }, "params.allow.0: must not be empty"],
    [{ allow: "+44 161 496 0000" }, 'params.allow: must be a list of values, e.g. ["+44 20 7946 0000"]'],
    [{ allow: [1614960000] }, "params.allow.0: must be a string"],
    [{ allow: ["020 7946 0958"] }, "params.allow: allow[0] is a national phone number valid in 5 regions (GB, DE, AT, IT, FI): write it in international form"],
    [{ allow: ["+44 20 7946 0000", "020 7946 0958"], regions: ["GB", "DE"] }, "params.allow: allow[1] is a national phone number valid in 2 regions (GB, DE)"],
    [{ deny: { word: "skylark" } }, "params.deny: must be a list of values"],
    [{ regions: ["XX"] }, 'params.regions.0: must be an ISO 3166 region ("GB") or a calling code ("44")'],
    [{ regions: "GB" }, "params.regions: must be a list of regions"],
    [{ maskChar: "ab" }, "params.maskChar: must be one character"],
    [{ maskChar: "x" }, "params.maskChar: must be a visible symbol such as * or #"],
    [{ mode: "mask", maskChar: "\u0000" }, "params.maskChar: must be a visible symbol such as * or #"],
    [{ mode: "mask", maskChar: "\u001b" }, "params.maskChar: must be a visible symbol such as * or #"],
    [{ mode: "mask", maskChar: "\u200b" }, "params.maskChar: must be a visible symbol such as * or #"],
    [{ mode: "mask", maskChar: "\u00a0" }, "params.maskChar: must be a visible symbol such as * or #"],
    [{ mode: "mask", maskChar: "\u0301" }, "params.maskChar: must be a visible symbol such as * or #"],
    [{ keyId: "K 1" }, "params.keyId: must be 1-16 lower-case letters or digits"],
    [{ bytes: 4 }, "params.bytes: must be at least 8"],
    [{ bytes: "16" }, "params.bytes: must be a whole number from 8 to 32"],
    [{ domain: 7 }, "params.domain: must be a string"],
    [{ mdoe: "tag" }, "params.mdoe: unknown param: use one of mode,"],
    ["tag", 'params: must be an object of scrub params, e.g. {"mode": "indexed"}'],
  ])("%j", (p, message) => {
    let thrown = ""
    try {
      compile([{ path: "notes", transform: "scrub", params: p }])
    } catch (error) {
      thrown = (error as Error).message
    }
    expect(thrown).toContain(message)
    for (const value of ["161 496", "1614960000", "skylark", "PASSPORT", "K 1", "tags", "0958"]) expect(thrown.replace(message, "")).not.toContain(value)
  })

  test("a value that is not text (a number in customFields[*].value) fails that contact only, named by its path, never quoted", async () => {
    const m = compile([{ path: "customFields[*].value", transform: "scrub", params: { mode: "indexed" } }])
    const plan = await m.plan({ customFields: [{ name: "note", value: "mail bo@example.com" }, { name: "ref", value: 4411987 }, { name: "empty", value: null }] })
    expect(plan.output.customFields).toEqual([{ name: "note", value: "mail <EMAIL_1>" }, { name: "ref", value: 4411987 }, { name: "empty", value: null }])
    expect(plan.problems.map((p) => [p.path, p.code])).toEqual([["customFields[1].value", "E_FIELD_TYPE"]])
    expect(plan.problems[0]!.reason).not.toContain("4411987")
  })

  test("hmac mode needs a key when the matrix loads; the other modes do not", () => {
    const none = createKeyRing(undefined)
    expect(() => compile([{ path: "notes", transform: "scrub", params: { mode: "hmac" } }], none)).toThrow("needs a secret key")
    expect(() => compile([{ path: "notes", transform: "scrub", params: { mode: "indexed" } }], none)).not.toThrow()
  })
})
