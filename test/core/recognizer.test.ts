import { describe, expect, test } from "bun:test"
import { ConfigError, contextMatcher, defineRecognizer, phraseAlternation, resolveOverlaps, wordMap, wordSet, type Finding } from "../../core/index.ts"

const f = (type: string, start: number, end: number, score: number): Finding => ({ type, start, end, score, recognizer: type.toLowerCase() })

describe("defineRecognizer refuses a broken spec, naming what to fix", () => {
  const base = { type: "ACME", name: "acme", score: 0.9, pattern: /ACME-\d+/g }
  test.each([
    [{ ...base, type: "acme" }, /upper snake case/],
    [{ ...base, name: "Acme Account" }, /kebab-case/],
    [{ ...base, score: 1.2 }, /score must be a number from 0 to 1/],
    [{ ...base, pattern: /ACME/ }, /g flag/],
    [{ ...base, find: () => [] }, /exactly one of pattern or find/],
    [{ ...base, context: { words: [] } }, /context.words/],
    [{ ...base, requires: /\d/g }, /requires must be a regular expression without the g or y flag/],
    [{ ...base, requires: "\\d" }, /requires must be a regular expression/],
  ])("%#", (spec, message) => {
    expect(() => defineRecognizer(spec as never)).toThrow(ConfigError)
    expect(() => defineRecognizer(spec as never)).toThrow(message)
  })

  test("a find function's span outside the text is refused with offsets, not text", () => {
    const r = defineRecognizer({ type: "X", name: "x", score: 1, find: () => [{ start: 3, end: 99 }] })
    expect(() => r.recognize("secret value")).toThrow(/3\.\.99 of 12/)
    expect(() => r.recognize("secret value")).not.toThrow(/secret/)
  })
})

describe("defineRecognizer", () => {
  test("validate drops, keeps or rescores; context words within the window boost", () => {
    const r = defineRecognizer({
      type: "NUM", name: "num", score: 0.4, pattern: /\d{4}/g,
      validate: (m) => (m === "0000" ? false : m === "9999" ? 0.2 : true),
      context: { words: ["pin code"], window: 12, boost: 0.3 },
    })
    const found = r.recognize("1234 0000 9999 then my pin code: 5678")
    expect(found.map((x) => [x.start, x.score])).toEqual([[0, 0.4], [10, 0.2], [33, 0.7]])
  })

  test("requires: a text that fails the quick test is not searched at all", () => {
    let calls = 0
    const r = defineRecognizer({ type: "NUM", name: "num", score: 1, requires: /\d/, find: (text) => (calls++, [...text.matchAll(/\d+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))) })
    expect(r.recognize("no numbers in this note")).toEqual([])
    expect(calls).toBe(0)
    expect(r.recognize("ticket 42").map((x) => [x.start, x.end])).toEqual([[7, 9]])
    expect(calls).toBe(1)
  })

  test("a named group `value` narrows the span", () => {
    const r = defineRecognizer({ type: "REF", name: "ref", score: 1, pattern: /ref:(?<value>\d+)/g })
    expect(r.recognize("a ref:42 b").map((x) => [x.start, x.end])).toEqual([[6, 8]])
  })
})

describe("resolveOverlaps", () => {
  test("the higher score wins, then the longer span, then the earlier start", () => {
    expect(resolveOverlaps([f("PHONE", 5, 15, 0.7), f("IBAN", 0, 22, 1)])).toEqual([f("IBAN", 0, 22, 1)])
    expect(resolveOverlaps([f("A", 0, 5, 0.8), f("B", 2, 10, 0.8)])).toEqual([f("B", 2, 10, 0.8)])
    expect(resolveOverlaps([f("A", 4, 8, 0.8), f("B", 2, 6, 0.8)])).toEqual([f("B", 2, 6, 0.8)])
  })

  test("keeps findings that do not overlap, in text order, whatever the input order", () => {
    const all = [f("C", 20, 25, 0.5), f("A", 0, 4, 0.9), f("B", 3, 9, 0.95), f("D", 9, 12, 0.6)]
    const once = resolveOverlaps(all)
    expect(once).toEqual([f("B", 3, 9, 0.95), f("D", 9, 12, 0.6), f("C", 20, 25, 0.5)])
    expect(resolveOverlaps([...all].reverse())).toEqual(once)
  })

  test("many findings (past the pairwise check) resolve exactly as the pairwise rule says", () => {
    // A seeded generator: the same findings on every run.
    let seed = 12
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (const count of [10, 65, 400]) {
      const all = Array.from({ length: count }, (_, i) => {
        const start = next(600)
        return f(`T${i % 3}`, start, start + 1 + next(30), [0.5, 0.75, 0.9, 1][next(4)]!)
      })
      const expected: Finding[] = []
      for (const x of [...all].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
        if (!expected.some((k) => x.start < k.end && k.start < x.end)) expected.push(x)
      }
      expected.sort((a, b) => a.start - b.start)
      expect(resolveOverlaps(all)).toEqual(expected)
      expect(resolveOverlaps([...all].reverse())).toEqual(expected)
    }
  })
})

describe("context words and word sets read the text in place", () => {
  test("contextMatcher finds whole words and phrases, case-insensitively, within the stretch it is given", () => {
    const m = contextMatcher(["call back", "Téléphone", "ss#"])
    expect(m.test("Please CALL-BACK later")).toBe(true)
    expect(m.test("callback later")).toBe(false)
    expect(m.test("mon TÉLÉPHONE: 06")).toBe(true)
    expect(m.test("SS # 123")).toBe(true)
    // Only the stretch counts: the phrase outside from..to is not seen.
    const text = "call back on 020 7946 0958"
    expect(m.test(text, 0, 9)).toBe(true)
    expect(m.test(text, 5, text.length)).toBe(false)
    // Around a candidate: the words before it and after it, read as one text with a space between.
    expect(m.testAround("call 4411 back", 0, 5, 9, 14)).toBe(true)
    expect(m.testAround("xx 4411 yy", 0, 3, 7, 10)).toBe(false)
    // A stretch starting inside a word does not read its tail as a word (`terveisin` holds no `sin`).
    const sin = contextMatcher(["sin"])
    expect(sin.test("terveisin 0457019802", 6, 10)).toBe(false)
    expect(sin.test("my sin 0457019802", 3, 7)).toBe(true)
    expect(sin.testAround("terveisin 0457 x", 6, 10, 14, 16)).toBe(false)
  })

  test("wordSet.hasRange answers as the lower-cased copy would, for accents, capital sigma and astral letters", () => {
    const s = wordSet(["Müller", "ΟΔΟΣ", "straße", "𝐀nna"])
    const has = (text: string, word: string) => s.hasRange(text, text.indexOf(word), text.indexOf(word) + word.length)
    expect(has("Herr MÜLLER ruft an", "MÜLLER")).toBe(true)
    expect(has("Herr Mueller ruft an", "Mueller")).toBe(false)
    expect(has("στην ΟΔΟΣ 5", "ΟΔΟΣ")).toBe(true)
    expect(has("in der STRASSE", "STRASSE")).toBe(false)
    expect(has("hi 𝐀NNA!", "𝐀NNA")).toBe(true)
    expect(s.has("straße")).toBe(true)
  })

  test("wordMap.getRange answers as a lookup of the lower-cased copy would, whatever the stretch's length or letters", () => {
    const m = wordMap<number>([["Anna", 1], ["i̇stanbul", 2], ["ΟΔΟΣ", 3], ["straße", 4], ["jo", 5], ["a-very-long-listed-word-of-many-units", 6]])
    const at = (text: string, word: string) => m.getRange(text, text.indexOf(word), text.indexOf(word) + word.length)
    expect(at("hi ANNA!", "ANNA")).toBe(1)
    expect(at("hi Annas!", "Annas")).toBe(undefined)
    // `İ` lower-cases to two units: the stretch of 8 units (a length no listed word has) is the listed word of 9.
    expect(at("to İSTANBUL", "İSTANBUL")).toBe(2)
    // Capital sigma lower-cases by its place in the word (final ς): as the copy does, not unit by unit.
    expect(at("στην ΟΔΟΣ 5", "ΟΔΟΣ")).toBe(3)
    expect(at("στην οδοσ 5", "οδοσ")).toBe(undefined)
    expect(at("in der STRASSE", "STRASSE")).toBe(undefined)
    expect(at("JO", "JO")).toBe(5)
    expect(at("A-VERY-LONG-LISTED-WORD-OF-MANY-UNITS", "A-VERY-LONG-LISTED-WORD-OF-MANY-UNITS")).toBe(6)
    expect(at("a-very-long-listed-word-of-many-unitz", "a-very-long-listed-word-of-many-unitz")).toBe(undefined)
    // Ruled out by its first two letters and length only when every unit is ASCII: the Kelvin sign lower-cases to `k`.
    const keys = wordMap<number>([["key", 1], ["mrs", 2], ["k2", 3]])
    const key = (text: string, word: string) => keys.getRange(text, text.indexOf(word), text.indexOf(word) + word.length)
    expect([key("the KEY", "KEY"), key("the \u212AEY", "\u212AEY"), key("Mrs X", "Mrs"), key("Mr X", "Mr"), key("Mrx", "Mrx"), key("K2", "K2")]).toEqual([1, 1, 2, undefined, undefined, 3])
  })

  test("contextMatcher reads a phrase's later words as their lower-cased copies, `İ` included", () => {
    const m = contextMatcher(["numara i̇letişim", "call me"])
    expect(m.test("NUMARA İLETİŞİM 0532")).toBe(false)
    expect(m.test("numara İletişim 0532")).toBe(true)
    expect(m.test("please CALL   ME on")).toBe(true)
    expect(m.test("please call mee on")).toBe(false)
  })

  test("contextMatcher finds a phrase after an earlier word that opens another one, in either stretch around a candidate", () => {
    const m = contextMatcher(["call back", "phone", "ring me now"])
    expect(m.test("phone")).toBe(true)
    expect(m.test("call them, then call back")).toBe(true)
    expect(m.test("call them, ring me later")).toBe(false)
    expect(m.test("Call Anna, RING ME NOW")).toBe(true)
    expect(m.testAround("call 4411 my phone", 0, 5, 9, 18)).toBe(true)
    expect(m.testAround("ring me 4411 now", 0, 8, 12, 16)).toBe(true)
    expect(m.testAround("ring 4411 me now", 0, 5, 9, 16)).toBe(true)
    expect(m.testAround("ring me 4411 later", 0, 8, 12, 18)).toBe(false)
  })

  test("phraseAlternation matches what the list of phrases, longest first, matches, captures included", () => {
    const phrases = ["sig", "sig.ra", "my name is", "my name's", "c'est", "spoke w/", "a+b (x)", "de", "della", "del"]
    const list = [...phrases].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")
    const texts = ["la sig.ra rossi e la sig. bianchi", "sigra", "MY  NAME\tIS x, my name's y", "c'est a+b (x) spoke w/ della del de dell", "nothing here"]
    for (const flags of ["gu", "giu"]) {
      const a = new RegExp(`(${list})\\.?\\s`, flags)
      const b = new RegExp(`(${phraseAlternation(phrases)})\\.?\\s`, flags)
      for (const t of texts) expect([...t.matchAll(b)].map((m) => [m.index, m[1]])).toEqual([...t.matchAll(a)].map((m) => [m.index, m[1]]))
    }
    // Where a phrase and its prefix both match, the longer one is the match (`della`, not `del`).
    expect([..."della sig.ra".matchAll(new RegExp(phraseAlternation(phrases), "gu"))].map((m) => m[0])).toEqual(["della", "sig.ra"])
  })

  test("a caseless phraseAlternation without the i flag matches what the list matches with it, in any script", () => {
    const phrases = ["voice mail", "buzón de voz", "φωνητικό μήνυμα", "гласово съобщение", "balss ziņa", "created_by", "a+b (x)", "hívó"]
    const list = phrases.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")
    const texts = ["VOICE MAIL and Voice mail", "Buzón De Voz", "ΦΩΝΗΤΙΚΌ ΜΉΝΥΜΑ, Φωνητικό μήνυμα", "ГЛАСОВО СЪОБЩЕНИЕ", "BALSS ZIŅA", "CREATED_BY: x", "A+B (X)", "HÍVÓ", "voicemail", "nothing"]
    const a = new RegExp(list, "giu")
    const b = new RegExp(phraseAlternation(phrases, " ", true), "gu")
    for (const t of texts) expect([...t.matchAll(b)].map((m) => [m.index, m[0]])).toEqual([...t.matchAll(a)].map((m) => [m.index, m[0]]))
    expect(texts.filter((t) => new RegExp(b.source, "u").test(t))).toHaveLength(8)
    // Greek's final sigma is a case of sigma, as case-blind matching has it.
    expect(new RegExp(phraseAlternation(["σας"], " ", true), "u").test("ΣΑΣ σασ")).toBe(true)
  })
})

test("a validate that returns nothing for a good match keeps it, as before the run-time checks (review)", () => {
  const r = defineRecognizer({ type: "TICKET", name: "ticket-nothing", score: 0.9, pattern: /TK-\d{4}/g, validate: (m: string) => (m.endsWith("0") ? false : undefined) as never })
  expect(r.recognize("TK-1234 and TK-1230").map((f) => [f.start, f.end])).toEqual([[0, 7]])
})
