// What a review of holdout67's and holdout68's rules showed taken too far, written as the reviewer's probes.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"
import { normalizedValue } from "../../../plugins/pii/scrub-output.ts"

const analyzer = createAnalyzer()
const found = (text: string, type: string) => analyzer.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

test("a said address starts after a contraction, and `at this point`, a person at a firm or Danish `at` are none", () => {
  expect(found("Agent: what's the best email?\nCaller: it's j dot smith at gmail dot com", "EMAIL")).toEqual(["j dot smith at gmail dot com"])
  expect(normalizedValue("EMAIL", "j dot smith at gmail dot com", ["GB"])).toBe("j.smith@gmail.com")
  for (const text of [
    "I'm at Gmail dot com", "He sent an email yesterday; Mario at this point is annoyed.", "I read your email. Honestly, Tom at some point it gets old.",
    "Customer's billing address updated. Spoke with Lisa at Booking.com, she confirmed.", "Email from Maria at Amazon dot com about the refund.",
    "Kunden skrev en mail og sagde at Netflix.com trak pengene to gange.", "Kindle Paperwhite (at) Amazon.de für 99 €",
  ]) expect([text, found(text, "EMAIL")]).toEqual([text, []])
})

test("a chat's speaker tag answers for a phone only when the line before asked for its number, not the phone itself", () => {
  for (const text of ["Member: hi\nAgent: what phone plan are you on?\nMember: 2023 1234 5678", "Member: hallo\nAgent: Welches Handy haben Sie?\nMember: 4471 0928 331"]) {
    expect([text, found(text, "PHONE")]).toEqual([text, []])
  }
  expect(found("Member: hi\nAgent: which number should the courier call?\nMember: 720-664-0931", "PHONE")).toEqual(["720-664-0931"])
})

test("fillers open a lower-case answer of three words at most", () => {
  expect(found("agent: may i have your full name?\ncaller: ok june is when i moved", "PERSON")).toEqual([])
  expect(found("agent: name on the account?\ncaller: yeah sure, hope that's fine, it's under my wife", "PERSON")).toEqual([])
})

test("an outbound call's greeting, a place's surname and a match's result keep their readings", () => {
  expect(found("Agent: Xiomara Quispe, hola, le llamo de Movistar.", "PERSON")).toEqual(["Xiomara Quispe"])
  expect(found("Neumarkt Anna hat angerufen, bitte zurückrufen.", "PERSON")).toEqual(["Neumarkt Anna"])
  expect(found("Winner: Spain, France 2-1", "PERSON")).toEqual([])
  expect(found("Lead guest: Austin, Texas", "PERSON")).toEqual([])
  expect(found("Kartoffeln, Kartei: four five three nine one four eight eight zero three four three six four six seven", "CARD")).toEqual([])
})

test("an allowed value with no digit keys as itself, never as an empty card", () => {
  expect(normalizedValue("CARD", "bo@example.com", ["GB"])).not.toBe("")
})
