import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { compileMatrix } from "../../../plugins/anonymize/matrix/index.ts"
import { builtinTransforms } from "../../../plugins/anonymize/transforms/index.ts"
import { analyze, scrub } from "../../../plugins/pii/index.ts"
import { createAnalyzer } from "../../../plugins/pii/analyzer.ts"
import { readableText } from "../../../plugins/pii/readable-text.ts"

const found = (text: string) => analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)

describe("personal data written with look-alike characters is found, at the text's own offsets", () => {
  const cases: Array<[string, string, string]> = [
    ["a card grouped with no-break spaces", "card 4111\u00a01111\u00a01111\u00a01111 declined", "CARD:4111\u00a01111\u00a01111\u00a01111"],
    ["a phone grouped with narrow no-break spaces (French typography)", "rappelez-moi au +33\u202f6\u202f12\u202f34\u202f56\u202f78 svp", "PHONE:+33\u202f6\u202f12\u202f34\u202f56\u202f78"],
    ["a phone in full-width digits", "call me on ０２０ ７９４６ ０９５８ tonight", "PHONE:０２０ ７９４６ ０９５８"],
    ["a phone with zero-width spaces between its groups", "call me on 020\u200b7946\u200b0958 tonight", "PHONE:020\u200b7946\u200b0958"],
    ["an email with a zero-width space before the @", "write to ann.lee\u200b@example.com today", "EMAIL:ann.lee\u200b@example.com"],
    ["an email in full-width letters", "mail ａｎｎ＠ｅｘａｍｐｌｅ．ｃｏｍ ok", "EMAIL:ａｎｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"],
    ["an SSN with non-breaking hyphens", "SSN 123\u201145\u20116789 on file", "US_SSN:123\u201145\u20116789"],
    ["an IBAN grouped with no-break spaces", "IBAN GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032 please", "IBAN:GB82\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032"],
    ["a card with a soft hyphen in it", "card 4111111\u00ad111111111 declined", "CARD:4111111\u00ad111111111"],
    ["a phone a messaging app wrapped in direction marks", "my number \u202a+44 7911 123456\u202c thanks", "PHONE:+44 7911 123456"],
    ["an email percent-encoded in a log line's query string", "GET /callback?email=ann.lee%40example.com&ok=1 200", "EMAIL:ann.lee%40example.com"],
    ["a phone grouped with &nbsp; in an e-mail's HTML body", "<p>Call me on 020&nbsp;7946&nbsp;0958</p>", "PHONE:020&nbsp;7946&nbsp;0958"],
    ["a card grouped with numeric references", "card 4111&#160;1111&#x00A0;1111&#160;1111", "CARD:4111&#160;1111&#x00A0;1111&#160;1111"],
    ["an email with its @ as a reference", "<td>ann&#64;example.com</td>", "EMAIL:ann&#64;example.com"],
    ["a phone percent-encoded in a search", "q=call%20me%20on%20020%207946%200958", "PHONE:020%207946%200958"],
  ]
  test.each(cases)("%s", (_what, text, finding) => {
    expect(found(text)).toContain(finding)
  })

  test("invalid lookalikes stay invalid however they are written", () => {
    // Luhn-invalid and mod-97-invalid, with no-break spaces and full-width digits.
    expect(found("ref 4111\u00a01111\u00a01111\u00a01112 and ４１１１ １１１１ １１１１ １１１２")).toEqual([])
    expect(found("IBAN GB83\u00a0WEST\u00a01234\u00a05698\u00a07654\u00a032")).toEqual([])
  })

  test("a percent sign that encodes nothing of an address or a number is read as it is", () => {
    expect(found("discount 50%20off, 100% sure, 20%40 of them, ann%2540example.com")).toEqual([])
    // References that stand for no character, or for one that changes nothing, are read as written.
    expect(found("R&amp;D budget &#xZZ; &#0; &#55296; &bogus; ref 4111&#160;1111&#160;1111&#160;1112")).toEqual([])
  })

  test("en and em dashes are left as they are: a time range is no phone", () => {
    expect(found("delivery window 1030–1130 tomorrow, or 1300—1400")).toEqual([])
  })
})

test("a denied term written with a no-break space, a soft hyphen or an HTML reference is found, over the characters written", () => {
  const denied = createAnalyzer({ deny: ["Project Falcon"] })
  const text = "re: Project\u00a0Falcon, Pro\u00adject Fal\u200bcon and <b>project&nbsp;falcon</b>"
  expect(denied.analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)).toEqual(["DENY:Project\u00a0Falcon", "DENY:Pro\u00adject Fal\u200bcon", "DENY:project&nbsp;falcon"])
})

describe("readableText", () => {
  test("a text with nothing to read otherwise is read as it is", () => {
    expect(readableText("call me on 020 7946 0958 — Ann")).toBeUndefined()
  })

  test("a span maps back over the characters read as nothing inside it, and not over those at its edges", () => {
    const text = "x \u200b020\u200b7946\u200b\u200b y"
    const read = readableText(text)!
    expect(read.text).toBe("x 0207946 y")
    const span = { start: 2, end: 9 }
    const back = read.back(span)
    expect(text.slice(back.start, back.end)).toBe("020\u200b7946")
  })

  test("accents written decomposed are composed, and a span covers the whole letter", () => {
    const text = "Aube\u0301pine\u00a0Roux"
    const read = readableText(text)!
    expect(read.text).toBe("Aubépine Roux")
    const back = read.back({ start: 0, end: 8 })
    expect(text.slice(back.start, back.end)).toBe("Aube\u0301pine")
  })
})

describe("on the labeled corpus, a look-alike space or an invisible character changes no finding", () => {
  const lines = readFileSync("test/fixtures/pii/corpus.jsonl", "utf8").split("\n").filter(Boolean)
  const texts = lines.map((l) => JSON.parse(l).text as string).filter((t) => /\d \d|@/.test(t))
  // Each ASCII space between two digits written as a no-break space (or a narrow one), each digit written full-width.
  const variants: Array<[string, (t: string) => string]> = [
    ["no-break spaces between digits", (t) => t.replace(/(?<=\d) (?=\d)/g, "\u00a0")],
    ["narrow no-break spaces between digits", (t) => t.replace(/(?<=\d) (?=\d)/g, "\u202f")],
    ["full-width digits", (t) => t.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
  ]
  test.each(variants)("%s: the same findings at the same offsets", (_what, change) => {
    expect(texts.length).toBeGreaterThan(200)
    for (const text of texts) {
      const changed = change(text)
      expect(changed.length).toBe(text.length)
      expect({ text, findings: analyze(changed) }).toEqual({ text, findings: analyze(text) })
    }
  })

  test("a zero-width space after each @, dot and digit: the same findings, each over the same characters", () => {
    for (const text of texts) {
      // at[i]: where the text's unit i is in the changed text.
      const at: number[] = []
      let changed = ""
      for (let i = 0; i < text.length; i++) {
        const c = text[i]!
        at.push(changed.length)
        changed += /[@.\d]/.test(c) ? `${c}\u200b` : c
      }
      at.push(changed.length)
      const expected = analyze(text).map((f) => ({ ...f, start: at[f.start]!, end: at[f.end - 1]! + 1 }))
      expect({ text, findings: analyze(changed) }).toEqual({ text, findings: expected })
    }
  })
})

describe("scrub reads a value as the recognizers do", () => {
  const transforms = new Map([...builtinTransforms, scrub].map((t) => [t.name, t]))
  test("hmac: a phone grouped with no-break spaces or in full-width digits joins the phone field's token", async () => {
    const m = compileMatrix({ name: "t", defaultRegion: "GB", fields: [
      { path: "phone", transform: "hmac", normalize: "e164", params: { domain: "person" } },
      { path: "notes", transform: "scrub", params: { mode: "hmac", domain: "person", regions: ["GB"] } },
    ] } as never, { transforms, keys: TEST_KEYS })
    const plan = await m.plan({ phone: "+44 7911 123456", notes: "text 07911\u00a0123456 or ０７９１１ １２３４５６" })
    expect(plan.problems).toEqual([])
    expect(plan.output.notes).toBe(`text ${plan.output.phone} or ${plan.output.phone}`)
  })
})
