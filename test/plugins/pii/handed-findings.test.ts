// A scrub rule hands the findings of the note it wrote to validation's residual check, which reads that note next: the
// check must still answer for its own options, whatever the rule's were.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"
import { findingsOf, handOver } from "../../../plugins/pii/handed-findings.ts"
import { defineRecognizer } from "../../../core/index.ts"

const NOTE = "Spoke with Ada Okafor, ada.okafor@example.com, card 4111 1111 1111 1111, call +44 20 7946 0958."
const types = (fs: readonly { type: string }[]) => fs.map((f) => f.type)

test("findings handed over are taken only under the same options, and only for the same text", () => {
  const rule = createAnalyzer({ entities: ["EMAIL"] })
  handOver(rule, NOTE, rule.analyze(NOTE))
  // The residual check's analyzer wants every type: the rule's e-mail-only findings are not its answer.
  expect(types(findingsOf(createAnalyzer(), NOTE))).toEqual(["PERSON", "EMAIL", "CARD", "PHONE"])
  expect(types(findingsOf(createAnalyzer({ entities: ["EMAIL"] }), NOTE))).toEqual(["EMAIL"])
  expect(types(findingsOf(createAnalyzer({ entities: ["EMAIL"], minScore: 0.99 }), NOTE))).toEqual([])
  expect(types(findingsOf(createAnalyzer({ entities: ["EMAIL"] }), `${NOTE} `))).toEqual(["EMAIL"])
  // Options written differently that mean the same share; an allow or deny list does not.
  expect(createAnalyzer({ entities: ["PHONE", "EMAIL"] }).key).toBe(createAnalyzer({ entities: ["EMAIL", "PHONE"] }).key)
  expect(createAnalyzer({ minScore: 0.5, allow: [] }).key).toBe(createAnalyzer().key)
  expect(createAnalyzer({ deny: ["ada okafor"] }).key).not.toBe(createAnalyzer().key)
  expect(createAnalyzer({ allow: ["ada@example.com"] }).key).not.toBe(createAnalyzer().key)
})

test("an analyzer with a caller's own recognizers takes nothing handed over, and hands nothing over", () => {
  const account = defineRecognizer({ name: "acct", type: "ACCOUNT", score: 0.9, pattern: /\bACC-\d{6}\b/g })
  const text = "Ada Okafor, account ACC-123456"
  const plain = createAnalyzer()
  handOver(plain, text, plain.analyze(text))
  const own = createAnalyzer({ recognizers: [account] })
  expect(own.key).toBeUndefined()
  expect(types(findingsOf(own, text))).toEqual(["PERSON", "ACCOUNT"])
})

test("a caller emptying the list it was given leaves the next caller's whole", () => {
  const a = createAnalyzer()
  handOver(a, NOTE, a.analyze(NOTE))
  const first = findingsOf(a, NOTE)
  first.length = 0
  expect(findingsOf(createAnalyzer(), NOTE)).toHaveLength(4)
})
