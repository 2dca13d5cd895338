import { defineRecognizer } from "../../../core/index.ts"
import { ssnValid } from "./checksums.ts"
import { digitWordRun, spokenDigits } from "./spoken-digits.ts"

// A US Social Security number said digit by digit, as a call's transcript writes it (`Social is five two three, four
// one, eight eight zero six`): nine digit words right after the SSN's name, and the issuance rules. Without its name,
// nine digits said are a phone's as often (phone-spoken.ts); with it, they outscore that reading.

// The SSN's names: the bare `social` and a taxpayer id where they name the digits right after; the full names where a
// line asks for one (SSN_FULL_NAME_SOURCE); the words that tag a speaker's answer.
const SSN_NAME_SOURCE = String.raw`ssn|ss#|social(?: security)?(?: number| no\.?| #)?|soc sec(?: no\.?)?|itin|taxpayer id`
const SSN_FULL_NAME_SOURCE = String.raw`ssn|ss#|social security(?: number| no\.?| #)?|soc sec(?: no\.?)?|itin`
const TAG_SOURCE = String.raw`[^\n:]{1,30}:|caller|customer|client|member|patient|speaker[ _]?\d`

// The SSN named right before the digits, a verb or a filler at most between (`Social is …`, `my social security number
// is …`, `SSN: it's …`, `his social security number over the phone: …`): not a routing, case or code number named after
// it (`… tax id letter, case number is …`), nor one named in an earlier sentence (`my SSN? it's on file. My number is …`).
const NAMED_RIGHT_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SSN_NAME_SOURCE})(?:[ \t]+(?:over the phone|on the phone|on the call|by phone|again|please|for verification|to verify))?[ \t]*(?:is|was|[:=-])?[ \t]*(?:(?:it's|it is|its|that's|thats|yes|um|uh|er)[ \t,]*)?$`, "iu")
// Or asked for at the end of a transcript's line (`your`, `her`, `the insured's` SSN; not `I don't need your SSN.`), and said
// at the start of the next speaker's answer, tagged with a colon or by a caller's word alone (`agent: and to verify your
// social security number⏎speaker 2: four three one, …`, `agent and to verify her social security number⏎caller four …`).
const ASKED_AT_END = new RegExp(String.raw`(?<![\p{L}])(?:your|her|his|their|the|[\p{L}]+['’]s)[ \t]+(?:full[ \t]+)?(?:${SSN_NAME_SOURCE})(?:[ \t]+(?:again|please|for me|on file|to verify)){0,2}[ \t]*[?.]?[ \t]*$`, "iu")
const NOT_ASKED = /n't|\bnot\b|\bno need\b|\bnever\b/i
const ANSWER_OPENING = new RegExp(String.raw`^(?:${TAG_SOURCE})[ \t]*(?:(?:it's|it is|its|that's|thats|yes|yeah|sure|ok|okay|um|uh|er)[ \t,.]*)*$`, "iu")
// Or asked for anywhere in the line before (`I'll need the subscriber's social security number to add a dependent.`,
// `okay go ahead with the ssn when you're ready`) and no other number asked for there: the nine digits said on the
// answer's line, after a speaker's tag, a filler or a false start (`CALLER: Sure. It's five three one… hold on, let me get my card… five …`).
const ASKED_IN_LINE = new RegExp(String.raw`(?<![\p{L}])(?:your|her|his|their|the|[\p{L}]+['’]s)[ \t]+(?:full[ \t]+)?(?:${SSN_FULL_NAME_SOURCE})(?![\p{L}])`, "iu")
// Some other number asked for in that line, once the SSN's own name is left out (`Got the SSN. What's the policy number?`,
// `I see your SSN is on file, so I just need your account number.`, `the best number to call you`).
const OTHER_ASKED = /(?<![\p{L}])(?:number|no|#|id|account|policy|case|order|member|zip|postcode|claim|reference|ref|phone|cell|mobile|home|callback|call back|telephone)(?![\p{L}])/iu
const SSN_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${SSN_FULL_NAME_SOURCE})(?![\p{L}])`, "giu")
const otherAsked = (asked: string) => OTHER_ASKED.test(asked.replace(SSN_NAME, " "))
const TAGGED = new RegExp(String.raw`^(?:${TAG_SOURCE})`, "iu")
const answersAsked = (text: string, start: number) => {
  const line = text.lastIndexOf("\n", start - 1) + 1
  if (line === 0) return false
  const asked = text.slice(Math.max(text.lastIndexOf("\n", line - 2) + 1, line - 161), line - 1)
  if (NOT_ASKED.test(asked)) return false
  if (ANSWER_OPENING.test(text.slice(line, start))) return ASKED_AT_END.test(asked.slice(-121)) || (ASKED_IN_LINE.test(asked) && !otherAsked(asked))
  return start - line <= 120 && TAGGED.test(text.slice(line, start)) && ASKED_IN_LINE.test(asked) && !otherAsked(asked)
}
const SAID = digitWordRun(3, 11)

export const usSsnSaid = defineRecognizer({
  type: "US_SSN",
  name: "us-ssn-said",
  score: 0.9,
  requires: /ssn|social|soc sec|ss#|itin|taxpayer/i,
  find(text) {
    const found: { start: number; end: number; score: number }[] = []
    // The digits of the SSNs found: read back on a later line, the same digits are that SSN (`AGENT: five three one, …`).
    const said = new Set<string>()
    for (const m of text.matchAll(SAID)) {
      const start = m.index
      const end = start + m[0].replace(/[ ,.-]+$/, "").length
      const digits = spokenDigits(text.slice(start, end))
      if (!ssnValid(digits) || !(said.has(digits) || NAMED_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || answersAsked(text, start))) continue
      said.add(digits)
      found.push({ start, end, score: 0.9 })
    }
    return found
  },
})
