import { describe, expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/analyzer.ts"
import * as v from "valibot"
import { defineTransform, type Runtime } from "../../../core/index.ts"
import { createRedactor, replaceFindings } from "../../../plugins/pii/redact.ts"
import { parseFieldPath, scanJsonLine } from "../../../plugins/pii/scan.ts"
import { createScanTally, maskValue } from "../../../plugins/pii/scan-tally.ts"
import { coverageOf, coveredPaths, suggestMatrix } from "../../../plugins/pii/suggest.ts"
import gdpr from "../../../matrices/gdpr.json" with { type: "json" }

const analyzer = createAnalyzer()

describe("pii scan pieces", () => {
  test("field paths: dots and array indices; malformed ones are refused without running", () => {
    expect(parseFieldPath("text")).toEqual(["text"])
    expect(parseFieldPath("message.body")).toEqual(["message", "body"])
    expect(parseFieldPath("messages[2].text")).toEqual(["messages", 2, "text"])
    for (const bad of ["", ".", "a.", "a..b", "a[x]", "a[1", "a]"]) expect(() => parseFieldPath(bad)).toThrow("is not a field path")
    // jq's leading dot is told the path meant.
    expect(() => parseFieldPath(".a")).toThrow("starts with jq's leading dot: --field starts at each line's object already: write a")
  })

  test("a key with a dot in it is named when --field reads the dot as nesting (a review, stop 66)", () => {
    const r = scanJsonLine('{"id":1,"message.body":"mail ann@example.com"}', 1, "message.body", parseFieldPath("message.body"), analyzer)
    expect(r.error).toStartWith('line 1: no field message.body: the line has a key "message.body" with a dot in it, and --field reads a dot as a step into an object')
    expect(r.error).not.toContain("ann@example.com")
  })

  test("a line's field is read by its own keys only: a prototype's is no field", () => {
    const path = parseFieldPath("constructor")
    expect(scanJsonLine('{"id":1}', 1, "constructor", path, analyzer)).toEqual({ id: 1, idText: "1", findings: [], error: "line 1: no field constructor" })
    expect(scanJsonLine('\uFEFF{"t":"mail a@b.io"}', 1, "t", ["t"], analyzer).findings.map((f) => f.type)).toEqual(["EMAIL"])
  })

  test("masking keeps the shape and the last two characters (a card's last four), never more", () => {
    expect(maskValue("4111 1111 1111 1111", "CARD")).toBe("**** **** **** 1111")
    expect(maskValue("ann.lee@example.com", "EMAIL")).toBe("***.***@*******.*om")
    expect(maskValue("Bo", "PERSON")).toBe("**")
    expect(maskValue("Müller", "PERSON")).toBe("****er")
  })

  test("the tally counts per path with arrays as [*], and tells a whole value from free text", () => {
    const tally = createScanTally(analyzer)
    tally.add({ email: "a@b.io", notes: "write to c@d.io please", items: [{ v: "e@f.io" }, { v: "none" }] })
    tally.add({ email: "g@h.io", notes: "nothing" })
    const byPath = Object.fromEntries(tally.paths().map((t) => [t.path, [t.values, t.withFindings, t.byType, t.whole, t.partial, t.samples]]))
    expect(byPath).toEqual({
      email: [2, 2, { EMAIL: 2 }, 2, 0, []],
      notes: [2, 1, { EMAIL: 1 }, 0, 1, []],
      "items[*].v": [2, 1, { EMAIL: 1 }, 1, 0, []],
    })
    expect(tally.records).toBe(2)
  })

  test("array items are told apart by an identifier-like name, never by a person's name", () => {
    const tally = createScanTally(analyzer)
    tally.add({ customFields: [{ name: "callbackNote", value: "ring 020 7946 0958" }, { name: "accountNumber", value: "12345678" }], people: [{ name: "Mr. Ann Lee", email: "a@b.io" }] })
    const byPath = Object.fromEntries(tally.paths().map((t) => [t.path, t.names]))
    expect(byPath["customFields[*].value"]).toEqual({ callbackNote: 1 })
    expect(byPath["people[*].email"]).toEqual({})
    expect(JSON.stringify(tally.paths())).not.toContain("Ann")
  })

  test("the draft leaves out what a matrix always transforms, and keeps what it transforms only `when`", () => {
    const coverage = coveredPaths(gdpr, "gdpr")
    expect(coverageOf("notes", coverage)).toBe("yes")
    expect(coverageOf("customFields[*].value", coverage)).toBe("when")
    expect(coverageOf("callbackNote", coverage)).toBe("no")
    const t = (path: string, whole: number, partial: number, names: Record<string, number> = {}) => ({ path, values: 1, withFindings: 1, byType: { EMAIL: 1 }, whole, partial, samples: [], names })
    const draft = suggestMatrix([t("notes", 0, 1), t("customFields[*].value", 0, 2), t("backupEmail", 1, 0)], { covered: coverage, scrub: true })
    expect(draft.fields).toEqual([{ path: "backupEmail", transform: "nullify" }, { path: "customFields[*].value", transform: "scrub" }])
    // Custom fields by name: gdpr's `when` names callbackNote, so only the other name is drafted; all named: nothing.
    const named = suggestMatrix([t("customFields[*].value", 0, 2, { callbackNote: 3, deliveryNote: 1 })], { covered: coverage, scrub: false })
    expect(named.fields).toEqual([{ path: "customFields[*].value", transform: "redact", when: { field: "name", in: ["deliveryNote"] } }])
    expect(coverageOf("customFields[*].value", coverage, { callbackNote: 1, cardNumber: 2 })).toBe("yes")
    expect(() => coveredPaths({ rules: [] }, "x.json")).toThrow("x.json is not a field matrix")
  })

  test("a field named for a person's data is drafted though its values hold no finding (a surname alone, a national number)", () => {
    const none = (path: string, values = 3) => ({ path, values, withFindings: 0, byType: {}, whole: 0, partial: 0, samples: [], names: {} })
    const draft = suggestMatrix([none("lastName"), none("fromAddress"), none("contact.last_name"), none("contact.Email-Address"), none("customFields[*].name"), none("skillName"), none("queueId"), none("firstName", 0)], { scrub: true })
    expect(draft.fields.map((f) => f.path)).toEqual(["contact.Email-Address", "contact.last_name", "fromAddress", "lastName"])
    expect(draft.fields.every((f) => f.transform === "nullify")).toBe(true)
    // One the matrix already transforms is left out, as any other.
    expect(suggestMatrix([none("lastName")], { covered: coveredPaths(gdpr, "gdpr"), scrub: true }).fields).toEqual([])
  })

  test("tag mode replaces each finding with its type and keeps the text between", () => {
    const text = "😀 mail a@b.io, call 020 7946 0958."
    expect(replaceFindings(text, analyzer.analyze(text), "tag")).toBe("😀 mail <EMAIL>, call <PHONE>.")
    expect(replaceFindings("abc", [], "tag")).toBe("abc")
  })

  test("redacting goes through the runtime's scrub transform when one is registered, with settings.pii and the narrowing as params", async () => {
    const seen: unknown[] = []
    const scrub = defineTransform({
      name: "scrub",
      params: v.object({ mode: v.picklist(["tag", "indexed", "hmac", "mask"]), allow: v.optional(v.array(v.string())), entities: v.optional(v.array(v.string())) }),
      reversible: false,
      apply: (value, params, ctx) => {
        seen.push({ params, record: ctx.record })
        return `scrubbed(${String(value).length})`
      },
    })
    const rt = { transforms: new Map([["scrub", scrub]]), settings: () => ({ allow: ["+44 20 7946 0000"] }), keys: {} } as unknown as Runtime
    const record = { id: 7 }
    const redact = createRedactor(rt, analyzer, "indexed", { entities: ["EMAIL"] })
    expect(await redact("mail a@b.io", record)).toEqual({ text: "scrubbed(11)", findings: analyzer.analyze("mail a@b.io") })
    expect(seen).toEqual([{ params: { mode: "indexed", allow: ["+44 20 7946 0000"], entities: ["EMAIL"] }, record }])
    expect((await redact("nothing here")).text).toBe("nothing here")
    expect(seen).toHaveLength(1) // no finding: the transform is not called
  })

  test("without a scrub transform only tag mode is there; another is refused before any text is read", async () => {
    const rt = { transforms: new Map(), settings: () => undefined, keys: {} } as unknown as Runtime
    expect((await createRedactor(rt, analyzer, "tag")("mail a@b.io")).text).toBe("mail <EMAIL>")
    expect(() => createRedactor(rt, analyzer, "mask")).toThrow("mode mask needs the scrub transform, which no loaded plugin registers")
    expect((await createRedactor(undefined, analyzer, "tag")("call 020 7946 0958")).text).toBe("call <PHONE>")
  })
})
