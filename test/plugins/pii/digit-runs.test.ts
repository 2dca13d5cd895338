import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { seededRandom } from "../../../core/clock.ts"
import { digitRuns } from "../../../plugins/pii/recognizers/digit-runs.ts"
import { SHAPES } from "../../../plugins/pii/recognizers/numbers.ts"
import { WINDOW } from "../../../plugins/pii/recognizers/phone-stretch.ts"

// The number recognizers try their expressions only where the shared pass says a match can start. What a user would
// notice if the pass missed a start: a card, an SSN, a NINO, an IBAN, an IP address or a phone number not found. So
// every match a global scan from 0 finds must start where the pass says one can.

const global = (re: RegExp) => new RegExp(re.source, "gu")
const starts = (re: RegExp, text: string) => [...text.matchAll(global(re))].map((m) => m.index!)
const digits = (s: string) => s.replace(/\D/g, "").length

function checkText(text: string): string[] {
  const runs = digitRuns(text)
  const problems: string[] = []
  const dashed = runs.dashed.filter((_, k) => k % 2 === 0)
  const dashed13 = dashed.filter((_, k) => runs.dashed[2 * k + 1]! >= 13)
  // A card match of fewer than 13 digits is refused by its validator: only the others must be found.
  const cards = [...text.matchAll(global(SHAPES.card))].filter((m) => digits(m[0]) >= 13).map((m) => m.index!)
  for (const at of cards) if (!dashed13.includes(at)) problems.push(`card at ${at}`)
  for (const at of starts(SHAPES.ssn, text)) if (!dashed.includes(at)) problems.push(`ssn at ${at}`)
  for (const at of starts(SHAPES.nino, text)) if (!runs.ninos.includes(at)) problems.push(`nino at ${at}`)
  for (const at of starts(SHAPES.iban, text)) if (!runs.ibans.includes(at)) problems.push(`iban at ${at}`)
  for (const at of starts(SHAPES.ipv4, text)) if (!runs.dotted.includes(at)) problems.push(`ipv4 at ${at}`)
  // The phone scan starts at phone6: a stretch of 6 digits or more before it would be lost.
  const phones = [...text.matchAll(WINDOW)].filter((m) => digits(m[0]) >= 6)
  if (phones.length && !(runs.phone6 >= 0 && runs.phone6 <= phones[0]!.index!)) problems.push(`phone at ${phones[0]!.index}`)
  // Each run is scanned alone, from 2 units before it: a stretch outside every run would be lost.
  const inRun = (s: number, e: number) => runs.phones.some((start, k) => k % 2 === 0 && start - 2 <= s && e <= runs.phones[k + 1]!)
  for (const m of phones) if (!inRun(m.index!, m.index! + m[0].length)) problems.push(`phone run at ${m.index}`)
  // A dot between numbers with 6 digits before it (in the units a phone is written with) may end a sentence: each is listed.
  for (const m of text.matchAll(/\d\. [\d(+]/g)) {
    const before = /[\d ().\/-]{0,24}$/.exec(text.slice(Math.max(0, m.index! - 23), m.index! + 1))![0]
    if (digits(before) >= 6 && !runs.sentenceEnds.includes(m.index! + 1)) problems.push(`sentence end at ${m.index! + 1}`)
  }
  // A slash between two numbers of 7 digits or more each (two phones for one person) is seen.
  for (const m of text.matchAll(/[\d ().-]*\/[ (+]*[\d ().-]*/g)) {
    const [left, right] = m[0].split("/") as [string, string]
    if (digits(left) >= 7 && digits(right) >= 7 && !runs.slashed) problems.push(`slash at ${m.index! + left.length} not seen`)
  }
  return problems
}

describe("digit-runs: where a number can start", () => {
  test("each kind's starts in one text", () => {
    const text = "Card 4111 1111 1111 1111, SSN 123-45-6789, NI AB 12 34 56 C, IBAN GB82 WEST 1234 5698 7654 32, IP 10.0.0.1, call +44 20 7946 0958"
    const runs = digitRuns(text)
    const at = (s: string) => text.indexOf(s)
    expect(runs.dashed.filter((_, k) => k % 2 === 0)).toEqual([at("4111"), at("123-45"), at("1234 5698"), at("44 20")])
    // Two letters and a space before six digits: a NINO's place, whether one is there or not ("Card 4111…").
    expect(runs.ninos).toEqual([at("rd 4111"), at("SN 123"), at("AB 12"), at("ST 1234")])
    expect(runs.ibans).toEqual([at("GB82")])
    expect(runs.dotted).toEqual([at("10.0.0.1")])
    expect(runs.phone6).toBe(at("4111") - 2)
    expect(checkText(text)).toEqual([])
  })

  test("a text without digits has no starts", () => {
    expect(digitRuns("call me back tomorrow, Anna")).toEqual({ dashed: [], ninos: [], phone6: -1, dotted: [], ibans: [], phones: [], sentenceEnds: [], slashed: false })
  })

  test("every match of a global scan starts where the pass says, on the labeled corpus", () => {
    const texts = readFileSync(new URL("../../fixtures/pii/corpus.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text)
    const problems = texts.flatMap((t, i) => checkText(t).map((p) => `text ${i}: ${p}`))
    expect(problems).toEqual([])
  })

  test("and on random texts of number pieces, separators and letters", () => {
    const rnd = seededRandom(19)
    const pieces = ["0", "12", "345", "4111", "+", "+44", "(+", "(", ")", " ", "  ", "-", ".", "/", ":", "\t", "\n", "AB", "gb", "x", "C", "é", "😀", "@", "4111 1111 1111 1111", "123-45-6789", "AB 12 34 56 C", "ab 12 34 56 c", "GB82 WEST 1234 5698 7654 32", "192.168.1.1", "1.2.3.4.5", "020 7946 0958", ". ", "876-564-3319. 876-368-4039", "020/7467635/0705 680 648"]
    const problems: string[] = []
    for (let i = 0; i < 3000; i++) {
      let text = ""
      for (let k = 1 + Math.floor(rnd() * 25); k > 0; k--) text += pieces[Math.floor(rnd() * pieces.length)]
      problems.push(...checkText(text).map((p) => `random text ${i}: ${p}`))
    }
    expect(problems).toEqual([])
  })
})
