// A finding that loses an overlap with another type's at one of its ends is reported from where that one ends, so that
// scrubbing what is reported leaves none of it in clear.
import { expect, test } from "bun:test"
import { defineRecognizer } from "../../../core/index.ts"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const spans = (text: string, found: { type: string; start: number; end: number }[]) => found.map((f) => `${f.type}:${text.slice(f.start, f.end)}`)

test("the loser of a partial overlap with another type keeps what lies outside the winner, trimmed", () => {
  // A tenant's account code read over the first word of a ticket reference: the ticket's rest is still reported.
  const account = defineRecognizer({ type: "ACCOUNT", name: "account", score: 0.95, pattern: /\bACC-\d{4} TK\b/g })
  const ticket = defineRecognizer({ type: "TICKET", name: "ticket", score: 0.9, pattern: /\bTK-? ?\d{4} \d{4}\b/g })
  const analyzer = createAnalyzer({ entities: ["ACCOUNT", "TICKET"], recognizers: [account, ticket] })
  const text = "ref ACC-1234 TK 5678 9012 done"
  expect(spans(text, analyzer.analyze(text))).toEqual(["ACCOUNT:ACC-1234 TK", "TICKET:5678 9012"])
})

test("the same type's loser, a loser inside the winner, and a rest of under three letters or digits or under half the loser's are dropped", () => {
  const wide = defineRecognizer({ type: "CODE", name: "wide", score: 0.95, pattern: /\bAB-\d{3}\b/g })
  const tail = defineRecognizer({ type: "CODE", name: "tail", score: 0.9, pattern: /\b\d{3} \d{2}\b/g })
  const inner = defineRecognizer({ type: "INNER", name: "inner", score: 0.9, pattern: /\b\d{3}\b/g })
  const short = defineRecognizer({ type: "SHORT", name: "short", score: 0.9, pattern: /\b\d{3} \d\d\b/g })
  const text = "see AB-123 45 now"
  expect(spans(text, createAnalyzer({ entities: ["CODE"], recognizers: [wide, tail] }).analyze(text))).toEqual(["CODE:AB-123"])
  expect(spans(text, createAnalyzer({ entities: ["CODE", "INNER"], recognizers: [wide, inner] }).analyze(text))).toEqual(["CODE:AB-123"])
  expect(spans(text, createAnalyzer({ entities: ["CODE", "SHORT"], recognizers: [wide, short] }).analyze(text))).toEqual(["CODE:AB-123"])
})

test("a phone said after a name read one word too long is reported from its next word", () => {
  const text = "cliente: o a mi marido juan al seis uno dos tres cuatro cinco seis siete ocho"
  const phones = createAnalyzer().analyze(text).filter((f) => f.type === "PHONE")
  expect(phones.map((f) => text.slice(f.start, f.end))).toEqual(["seis uno dos tres cuatro cinco seis siete ocho"])
})
