import { describe, expect, test } from "bun:test"
import { ipAddress } from "../../../plugins/pii/index.ts"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

// Texts built to make a scanner quadratic: one long line of the characters each recognizer starts from. Each must
// finish well inside the timeout (a quadratic step over 200 KB is about 4e10 operations: minutes, not a second).
const SIZE = 200_000
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)
const worst: Array<[string, string]> = [
  ["digits", repeat("1")],
  ["at signs", repeat("@")],
  ["capitalised words", repeat("Anna ")],
  ["capitalised words after a cue", repeat("Hi Anna Maria, ")],
  ["capitalised letters", repeat("Ab")],
  // Capitals with no space: the test for two words in capitals on a line backtracked over every capital after each one
  // (cubic: 8 KB took 76 s).
  ["capitals with no space", repeat("ABCDEFGHIJKLMNOPQRSTUVWXYZ")],
  ["dotted digits", repeat("1.")],
  ["digit groups after a plus", `+${repeat("1 ")}`],
  ["digit groups after 00", `00${repeat("12 ")}`],
  ["dashed digits", repeat("1-")],
  ["colons", repeat("a:")],
  ["double colons", repeat("::")],
  ["emails", repeat("a@b.co ")],
  ["dotted domain", `a@${repeat("b.")}`],
  ["a dense mix", repeat("Mr. Anna 030 1234567 x@y.de 1.2.3.4 DE89 3704 0044 0532 0130 00 ")],
  ["names on short lines", repeat("Anna\n")],
  ["punctuation between names", repeat(`${"!".repeat(70)} Anna `)],
  // Whom to ask for, titled names and their numbers, on one line: each number's sentence was read back from the line's start.
  ["persons to ask for with their numbers", repeat("ask for Maria Lopez on 0612345678, ")],
  ["titled names with their numbers", repeat("Tecnico, Sig. De Luca: 340 123 4567; ")],
  // A name between a role and a number: each number reads back over its own line, at most 90 units.
  ["names between a role and a number", repeat("nurse Ana María de la Cruz 0612345678 ")],
  ["a letter before a digit, many times", repeat("a 1")],
  // Names by em dashes: every dash on one long line, signed after a sentence or not.
  ["em dashes", repeat("—")],
  ["names signed after em dashes", repeat("ok. — Anna Maria ")],
  // White space before a line's first word: a line opening with a lower-case name and a calling verb, and a sign-off
  // line, split the run between two `[ \t]*` around an optional bullet (quadratic: 40,000 spaces took 1.3 s, 1 MB of
  // `%20`, read as spaces since look-alike characters are, 184 s).
  ["spaces before a word", `${repeat(" ")}x anna rang`],
  ["tabs before a word", `${repeat("\t")}x`],
  ["percent-encoded spaces before a word", `${repeat("%20")}x anna rang`],
  ["no-break spaces before a word", `${repeat("\u00a0")}x`],
  ["spaces after a sign-off", `Thanks${repeat(" ")}x\nAnna`],
  // A chat sender line's shapes (person-cards.ts): a name, a long run of spaces and a time; bracketed times on every line.
  ["spaces before a time", `Anna Berg${repeat(" ")}8:31 AM\nok`],
  ["bracketed times, one a line", repeat("[15:20] Haddock, Eleanor\n")],
  // A said address's at read its spaces from every one of them (review of stop 62: 100,000 spaces took 51 s).
  ["spaces after an at", `write to me at home${repeat(" ")}x`],
  ["newlines before an at", `x@y ${repeat("\n")}at`],
  ["said addresses", repeat("j dot smith at gmail dot com ")],
  ["speaker tags answering for a phone", `Member: hi\n${repeat("Agent: a phone?\nMember: 0612345678\n")}`],
]

describe("the analyzer stays linear on hostile input", () => {
  const analyzer = createAnalyzer()
  test.each(worst)("200 KB of %s", (_, text) => {
    const findings = analyzer.analyze(text)
    for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end)
  }, 10_000)

  // Every line a labelled value holding a number: each number's label was looked for among all the text's values
  // (quadratic: 800 KB took 15 s).
  test("1 MB of labelled lines, each with a phone number", () => {
    const text = "Tel: 030 1234567\n".repeat(60_000)
    expect(analyzer.analyze(text).length).toBe(60_000)
  }, 10_000)

  // Thousands of names in one text: each place a name found once stands again was checked against every finding (and
  // every capital the case pass gave a name copied the whole text), quadratic in the names: 400 KB of `@grace ` took
  // 7.6 s, so a megabyte most of a minute.
  // So was title-casing names in capitals after a name's key, an introduction or a cue: a copy of the text per name
  // (1 MB of `Имя: ВЕРА ИВАНОВА` lines took 18 s, of `Меня зовут СЕРГЕЙ ПОПОВ.` 12.8 s).
  test.each([
    [1, "lower-case @mentions", "@grace "], [1, "greeted names", "Hi Grace, "], [1, "capitalised @mentions", "@Grace "],
    [1, "name keys with names in capitals", "Имя: ВЕРА ИВАНОВА\n"], [2, "introductions of names in capitals", "Меня зовут СЕРГЕЙ ПОПОВ. "],
    [2, "cued names in capitals", "Thanks, MARIA LOPEZ\n"],
  ])("%d MB of %s", (mb, _, unit) => {
    const text = unit.repeat(Math.ceil((mb * 1_000_000) / unit.length))
    const findings = analyzer.analyze(text)
    expect(findings.length).toBeGreaterThan(1000)
  }, 10_000)

  // A bracketed tag opening every line (a log's `[Main Thread]`, a chat's `[ORLA BRENNAN]`): each tag was counted
  // against every other one (quadratic: 160 KB took 2.5 s, so a megabyte about two minutes).
  test("1 MB of bracketed tags opening lines", () => {
    const text = "[Orla Brennan] x\n".repeat(70_000)
    expect(analyzer.analyze(text).length).toBeGreaterThan(1000)
  }, 10_000)

  // Key lines in a text with no tab: each line's value searched the rest of the text for a tab (quadratic: 4 MB of
  // `a=b` lines took about 27 s, 1 MB 1.7 s).
  test("4 MB of key lines and no tab", () => {
    const text = "a=b\n".repeat(1_000_000)
    expect(analyzer.analyze(text)).toEqual([])
  }, 10_000)

  // Names before numbers on one line: each number's line was read from its start for words naming other numbers, or
  // (after capitals) for a lower-case letter.
  test.each([
    ["given names and numbers", "Anna 020 7946 0958, ", 400_000],
    ["a word, a name and a number", "is Anna Berg 020 7946 0958 ", 400_000],
    ["capitals and numbers", "ABC 020 7946 0958. ", 800_000],
  ])("%s on one line", (_, unit, size) => {
    const text = unit.repeat(Math.ceil(size / unit.length))
    expect(analyzer.analyze(text).filter((f) => f.type === "PHONE").length).toBe(Math.ceil(size / unit.length))
  }, 10_000)

  test("findings on a long text are those of its parts", () => {
    const unit = "Hi Anna, call 030 12345678 or mail anna@gmx.de from 10.0.0.1.\n"
    const one = analyzer.analyze(unit)
    const many = analyzer.analyze(unit.repeat(2000))
    expect(many.length).toBe(one.length * 2000)
    expect(many.slice(-one.length).map((f) => ({ ...f, start: f.start % unit.length, end: f.end - (f.start - (f.start % unit.length)) }))).toEqual(one)
  })
})

// The IPv6 scan tries its pattern only where an address can start; it must find what a scan of every position finds.
const V6_EVERYWHERE = /(?<![\p{L}\p{N}:.])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|\d+\.\d+\.\d+\.\d+)?(?![\p{L}\p{N}]|:[0-9A-Fa-f])/gu

describe("ip-address: IPv6 tried at colons only", () => {
  test("random strings of hex digits, colons, dots and spaces give the same findings as a full scan", () => {
    let seed = 7
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    const alphabet = "0123456789abcdefABxyz::::....  -["
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 4 + next(40) }, () => alphabet[next(alphabet.length)]).join("")
      const v6 = ipAddress.recognize(text).filter((f) => text.slice(f.start, f.end).includes(":"))
      const starts = [...text.matchAll(V6_EVERYWHERE)].map((m) => m.index)
      // Every IPv6 finding starts where the full scan has a match, and every match that is an address alone is found.
      for (const f of v6) expect(starts).toContain(f.start)
      for (const m of text.matchAll(V6_EVERYWHERE)) {
        const alone = ipAddress.recognize(` ${m[0]} `).some((f) => f.start === 1)
        if (alone) expect(v6.map((f) => f.start)).toContain(m.index)
      }
    }
  })

  test("addresses in running text", () => {
    const text = "from fe80::1ff:fe23:4567:890a, then 2001:db8::1 and [2001:db8::8a2e:370:7334]:443 at 14:32:05"
    expect(ipAddress.recognize(text).map((f) => text.slice(f.start, f.end))).toEqual(["fe80::1ff:fe23:4567:890a", "2001:db8::1", "2001:db8::8a2e:370:7334"])
  })
})
