import { defineRecognizer } from "../../../core/index.ts"
import { ssnValid } from "./checksums.ts"
import { DIGIT, spokenDigits } from "./spoken-digits.ts"
import { SSN_WORDS } from "./ssn-words.ts"

// A US Social Security number said digit by digit, as a call's transcript writes it (`Social is five two three, four
// one, eight eight zero six`): nine digit words, an SSN named in the 80 units before, and the issuance rules. Without
// its name, nine digits said are a phone's as often (phone-spoken.ts); with it, they outscore that reading.

const SAID = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:(?:double|triple)[ -])?(?:${DIGIT})(?:[ ,.-]{1,3}(?:(?:double|triple)[ -])?(?:${DIGIT})){2,10}(?![\\p{L}\\p{M}\\p{N}])`, "giu")

export const usSsnSaid = defineRecognizer({
  type: "US_SSN",
  name: "us-ssn-said",
  score: 0.9,
  requires: /ssn|social|soc sec|ss#|tax id|itin|irs|taxpayer/i,
  find(text) {
    const found: { start: number; end: number; score: number }[] = []
    for (const m of text.matchAll(SAID)) {
      const start = m.index
      const end = start + m[0].replace(/[ ,.-]+$/, "").length
      if (!ssnValid(spokenDigits(text.slice(start, end))) || !SSN_WORDS.test(text, Math.max(0, start - 80), start)) continue
      found.push({ start, end, score: 0.9 })
    }
    return found
  },
})
