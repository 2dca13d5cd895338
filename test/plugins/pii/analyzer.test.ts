import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { ConfigError, createRuntime, defineRecognizer } from "../../../core/index.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { analyze, createAnalyzer, PiiSettings } from "../../../plugins/pii/index.ts"

const TEXT = "Hi, I'm Anna Schmidt. Call our support on +44 20 7946 0000 or me on +44 20 7946 0958; mail SUPPORT@northwind.example or anna@gmx.de."
const values = (text: string, findings: { start: number; end: number }[]) => findings.map((f) => text.slice(f.start, f.end))

describe("pii settings: wrong values are refused, naming the key", () => {
  const wrong: Array<[string, unknown]> = [
    ["entities", ["EMAIL", "PASSPORT"]],
    ["entities", "EMAIL"],
    ["entities", []],
    ["minScore", 1.5],
    ["minScore", -0.1],
    ["minScore", "0.5"],
    ["allow", "+44 20 7946 0000"],
    ["allow", [""]],
    ["deny", [42]],
    ["regions", ["XX"]],
    ["regions", []],
    ["regions", "GB"],
    ["extra", true],
  ]
  test.each(wrong)("%s = %j is refused", (key, value) => {
    const result = v.safeParse(PiiSettings, { [key]: value })
    expect(result.success).toBe(false)
    expect(v.getDotPath(result.issues![0]) ?? String(result.issues![0].path?.[0]?.key)).toStartWith(key)
  })

  test("a runtime with a wrong pii setting does not start, and the message names the key", async () => {
    await expect(createRuntime({ plugins: ["pii"], settings: { pii: { minScore: 2 } } }, { builtins })).rejects.toThrow(/minScore/)
  })

  test("good settings parse, with defaults", () => {
    expect(v.parse(PiiSettings, {})).toEqual({ minScore: 0.5, allow: [], deny: [] })
    expect(v.parse(PiiSettings, { entities: ["PHONE"], regions: ["GB", "49"], minScore: 0.8 })).toMatchObject({ entities: ["PHONE"], regions: ["GB", "49"] })
  })

  test("createAnalyzer refuses a wrong minScore or region without a runtime", () => {
    expect(() => createAnalyzer({ minScore: 3 })).toThrow(ConfigError)
    expect(() => createAnalyzer({ regions: ["Atlantis"] })).toThrow(/regions\[0\]/)
  })
})

describe("analyze", () => {
  test("finds every type, sorted by start, with offsets only", () => {
    const found = analyze(TEXT)
    expect(found.map((f) => f.type)).toEqual(["PERSON", "PHONE", "PHONE", "EMAIL", "EMAIL"])
    expect(values(TEXT, found)).toEqual(["Anna Schmidt", "+44 20 7946 0000", "+44 20 7946 0958", "SUPPORT@northwind.example", "anna@gmx.de"])
    for (const f of found) expect(Object.keys(f).sort()).toEqual(["end", "recognizer", "score", "start", "type"])
  })

  test("allow list values are never reported, compared as E.164 and lower-case email", () => {
    const found = analyze(TEXT, { allow: ["+442079460000", "support@NORTHWIND.example"] })
    expect(values(TEXT, found)).toEqual(["Anna Schmidt", "+44 20 7946 0958", "anna@gmx.de"])
    // An allowed address said aloud is allowed; another said beside it is not.
    const said = "caller: e-mail help at gmail dot com, or mine, bo at gmail dot com"
    expect(values(said, analyze(said, { allow: ["Help@Gmail.com"] }))).toEqual(["bo at gmail dot com"])
  })

  test("deny list values are always reported", () => {
    const text = "ask for Project Bluebird at the desk"
    expect(analyze(text).length).toBe(0)
    expect(values(text, analyze(text, { deny: ["project bluebird"] }))).toEqual(["Project Bluebird"])
  })

  test("entities and minScore narrow what is reported", () => {
    expect(analyze(TEXT, { entities: ["EMAIL"] }).map((f) => f.type)).toEqual(["EMAIL", "EMAIL"])
    expect(analyze(TEXT, { minScore: 0.9 }).every((f) => f.score >= 0.9)).toBe(true)
  })

  test("digits inside a checksum-valid finding are not also a phone", () => {
    const text = "IBAN DE89 3704 0044 0532 0130 00, card 4111 1111 1111 1111"
    expect(analyze(text).map((f) => f.type)).toEqual(["IBAN", "CARD"])
  })

  test("regions decide how a national number is read", () => {
    const text = "ring 020 7946 0958 today"
    expect(analyze(text, { regions: ["GB"] }).map((f) => f.type)).toEqual(["PHONE"])
  })

  test("extra recognizers run with the built-ins; two with one name are refused", () => {
    const ticket = defineRecognizer({ type: "TICKET", name: "ticket", score: 0.9, pattern: /\bTK-\d{6}\b/g })
    expect(analyze("see TK-123456", { recognizers: [ticket] }).map((f) => f.type)).toEqual(["TICKET"])
    expect(() => createAnalyzer({ recognizers: [defineRecognizer({ type: "X", name: "email", score: 1, pattern: /x/g })] })).toThrow(/two recognizers are named email, the name of a built-in recognizer \(email, email-said, phone, .*\): rename yours/)
    // Two of one's own: no word of a built-in.
    expect(() => createAnalyzer({ recognizers: [ticket, ticket] })).toThrow(/\] two recognizers are named ticket: rename yours$/)
  })

  test("the plugin's setup returns an analyzer built from its settings; it is loaded by default (scrub, residual check)", async () => {
    const { defaultPlugins } = await import("../../../plugins/manifest.ts")
    expect(defaultPlugins).toContain("pii")
    const rt = await createRuntime({ plugins: ["pii"], settings: { pii: { entities: ["EMAIL"] } } }, { builtins })
    const analyzer = rt.state<{ analyze(t: string): unknown[] }>("pii")
    expect(analyzer!.analyze(TEXT)).toHaveLength(2)
    await rt.dispose()
  })
})

describe("allow lists do not depend on the order of regions", () => {
  // Every way the same London number is written, and one other London number that must stay reported.
  const TEXT = "ring 020 7946 0958, +44 20 7946 0958, 0044 20 7946 0958 or 020 7946 0000"
  const OTHER = ["020 7946 0000"]

  test.each([[["GB"]], [["DE", "GB"]], [["US", "GB"]], [["IT", "FR", "GB", "DE"]], [undefined]])("an allowed +44 number is allowed however written, regions %j", (regions) => {
    const found = analyze(TEXT, { allow: ["+44 20 7946 0958"], ...(regions ? { regions } : {}) })
    expect(values(TEXT, found)).toEqual(OTHER)
  })

  test("an allowed national number, with one region, is allowed in international form too", () => {
    expect(values(TEXT, analyze(TEXT, { allow: ["020 7946 0958"], regions: ["GB"] }))).toEqual(OTHER)
    expect(values(TEXT, analyze(TEXT, { allow: ["020 7946 0958"], regions: ["US", "GB"] }))).toEqual(OTHER)
  })

  test("an allowed national number valid in several regions is refused as ambiguous, naming the entry and regions, not the value", () => {
    let message = ""
    try {
      createAnalyzer({ allow: ["support@northwind.example", "020 7946 0958"], regions: ["GB", "DE"] })
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      message = (error as Error).message
    }
    expect(message).toContain("allow[1]")
    expect(message).toContain("GB, DE")
    expect(message).toContain("international form")
    expect(message).not.toMatch(/7946|0958/)
    // Written with its country code, the same number is accepted.
    expect(() => createAnalyzer({ allow: ["+44 20 7946 0958"], regions: ["GB", "DE"] })).not.toThrow()
  })

  test("a runtime whose pii settings allow an ambiguous national number does not start", async () => {
    await expect(createRuntime({ plugins: ["pii"], settings: { pii: { allow: ["020 7946 0958"] } } }, { builtins })).rejects.toThrow(/allow\[0\] is a national phone number/)
  })

  test("the findings are the same for every order of the regions", () => {
    const orders = [["GB", "DE", "US"], ["DE", "US", "GB"], ["US", "GB", "DE"]]
    const results = orders.map((regions) => JSON.stringify(analyze(TEXT + " or (212) 555-0147", { allow: ["+44 20 7946 0958", "+1 212 555 0147"], regions })))
    expect(new Set(results).size).toBe(1)
    expect(JSON.parse(results[0]!).map((f: { start: number; end: number }) => TEXT.concat(" or (212) 555-0147").slice(f.start, f.end))).toEqual(OTHER)
  })
})

test("accents written decomposed are read as composed, and the findings' offsets are the text's own", () => {
  // `Téléphone` and `Brigitte Aubépine` with their accents as combining marks, as macOS writes them.
  const text = "Nom: Brigitte Aube\u0301pine\nTe\u0301le\u0301phone: 28.51.18.40"
  const found = analyze(text).map((f): [string, string] => [f.type, text.slice(f.start, f.end)])
  expect(found).toEqual([["PERSON", "Brigitte Aube\u0301pine"], ["PHONE", "28.51.18.40"]])
  // The same text composed gives the same findings, at its own offsets.
  const nfc = text.normalize("NFC")
  expect(analyze(nfc).map((f) => [f.type, nfc.slice(f.start, f.end)])).toEqual(found.map(([t, v]) => [t, v.normalize("NFC")]))
  // A serial number named in Czech, decomposed, is no phone, as it is composed.
  expect(analyze("kotel hlasite\u030C pi\u0301pa\u0301, vy\u0301robni\u0301 c\u030Cislo 29010201").filter((f) => f.type === "PHONE")).toEqual([])
})
