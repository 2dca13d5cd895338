/**
 * Bad input, round 45: a decrypt token pasted with its quotes, or two tokens pasted as one argument, was "not an
 * encrypt token (expected enc_<keyId>_<base64url>)", with no word of what was wrong with it; and transcript send
 * --recipient (the thing --to is) was "no cxedge command takes it", with no word of --to.
 */
import { expect } from "bun:test"
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

// The encrypt transform's vector for ada.okafor@example.com under testing/transform.ts's TEST_KEYS (k1 is "a" x 43).
const TOKEN = "enc_k1_qAfkgKxj_HeLY_q6PbqeJbYkeHteBpg4HNPTKAtKk-mFjFHZi8T8w8rpqCXDxRGHOpA"
const env = { CXEDGE_HMAC_KEYS: `k1:${"a".repeat(43)}` }
const QUOTED = /^\[cxedge\] \[decrypt\] the token is inside quotes \((.)\): give it without them \(the shell's own quotes are fine: cxedge decrypt "\$TOKEN"\)$/
const TWO = /^\[cxedge\] \[decrypt\] the argument holds 2 tokens: decrypt one token at a time \(cxedge decrypt "\$TOKEN"\)$/
const noValue = (_: string, printed: { output: string }) => expect(printed.output).not.toContain("ada.okafor")

const rows: RefusalRow[] = [
  { name: "decrypt of a token in double quotes says to drop them (was: 'not an encrypt token')", args: ["decrypt", `"${TOKEN}"`], env, says: QUOTED, after: noValue },
  { name: "decrypt of a token in single quotes, the same", args: ["decrypt", `'${TOKEN}'`], env, says: QUOTED, after: noValue },
  { name: "decrypt of a token in typographic quotes (pasted from a document), the same", args: ["decrypt", `\u201c${TOKEN}\u201d`], env, says: QUOTED, after: noValue },
  { name: "decrypt of two tokens with a space says one at a time (was: 'not an encrypt token')", args: ["decrypt", `${TOKEN} ${TOKEN}`], env, says: TWO, after: noValue },
  { name: "decrypt of two tokens on two lines, the same", args: ["decrypt", `${TOKEN}\n${TOKEN}`], env, says: TWO, after: noValue },
  { name: "decrypt of two tokens with a comma, the same", args: ["decrypt", `${TOKEN},${TOKEN}`], env, says: TWO, after: noValue },
  { name: "decrypt of the token's first half is still 'too short'", args: ["decrypt", TOKEN.slice(0, 36)], env, says: /^\[cxedge\] \[decrypt\] the token is too short to be an encrypt token \(cut off when copied\?\): check the TOKEN argument$/ },
  { name: "transcript send --recipient says --to (was: 'no cxedge command takes it')", args: ["transcript", "send", "--contact", "123456", "--recipient", "dpo@example.com"], says: /^\[cxedge\] unknown flag --recipient \(did you mean --to\?\)$/ },
  { name: "transcript send --recipients, the same", args: ["transcript", "send", "--contact", "123456", "--recipients", "dpo@example.com"], says: /^\[cxedge\] unknown flag --recipients \(did you mean --to\?\)$/ },
]

refusalRound("bad input, round 45", "cxedge-bad45-", rows)
