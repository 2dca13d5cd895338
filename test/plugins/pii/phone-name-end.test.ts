import { describe, expect, test } from "bun:test"
import { capitalisedEndsAt, capitalisedThenComma, cueBeforeName, keyMayEndBefore, lastTokensFrom, lettersBefore, nameMayEndBefore, pastSpaces, spaceOrTab, wordBefore } from "../../../plugins/pii/recognizers/phone-name-end.ts"
import { LISTED_FIRST, LISTED_NAME, NAME_BEFORE, NAME_COMMA, RELATIVE_NAMED, WORD_NAME_COMMA } from "../../../plugins/pii/recognizers/phone-context.ts"
import { TITLED_NAME } from "../../../plugins/pii/recognizers/phone-kin.ts"
import { KEY_BEFORE, LAST_WORDS } from "../../../plugins/pii/recognizers/phone-other.ts"

// The phone recognizer runs its expressions for names and keys before a number only where a cheap read of the units
// before it says they can match. Each such read must hold wherever its expression matches (else a name or a key would
// go unread), and the exact ones must find what their expression finds: checked at every point of random texts made of
// the pieces those expressions read, capitals and hyphens, marks and letters outside the BMP among them.
const PIECES = [
  "Anna", "Berg", "O'Hara", "Jean-Luc", "Jean-", "Ste\u0301phane", "ÉVA", "Ärzte", "𝐀nna", "x", "F", "CLM", "my", "brother", "wife", "Mrs", "Mr.", "Sig.",
  "ask", "for", "pregunte", "por", "De", "la", "de", "on", "at", "en el", "på", "is", "it's", "Kundennummer", "folio-number", "no.", "nº", "number",
  "agreement", "line", "Donor", "Sur", "Is-Sur", "-Mrs", "#", ":", "=", ",", ";", ".", " ", " ", " ", "  ", "\t", "\n", "-", "–", "(", ")", "(patient)",
  "1", "020", "2nd", "📞", "·", "|", "ä", "\u0301", "'", "’",
]

// Half the texts random pieces, half a cue, names and what ends a name before a number, between random pieces.
const CUE_PIECES = ["Mrs", "Mr.", "Sig.", "ask for", "pregunte  por", "Donor line", "Is-Sur", "x-Mrs", "call", "my brother", "my wife", "is", "Kundennummer", "folio-number=", "rental agreement", "(", ":", "–"]
const NAME_PIECES = ["Anna", "Jean-Luc", "Jean-", "O'Hara", "de la", "Ste\u0301phane", "ÉVA", "𝐀nna", "Berg"]
const TAILS = ["", " ", ": ", " :\t", " on ", " en el ", " på ", ", ", ",", " (patient) now on ", " is on ", "=F ", " no. ", " # ", "-"]
function texts(count: number, seed: number): string[] {
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
  const pick = (list: readonly string[]) => list[next(list.length)]!
  const junk = () => Array.from({ length: next(6) }, () => pick(PIECES)).join("")
  return Array.from({ length: count }, (_, i) =>
    i % 2 === 0
      ? Array.from({ length: 4 + next(20) }, () => pick(PIECES)).join("")
      : `${junk()}${pick([" ", "\n", ""])}${pick(CUE_PIECES)}${pick([" ", "  ", "\t", ". "])}${Array.from({ length: 1 + next(3) }, () => pick(NAME_PIECES)).join(pick([" ", " ", "-"]))}${pick(TAILS)}${junk()}020 7946 0958`,
  )
}
const before = (text: string, end: number, reach: number) => text.slice(Math.max(0, end - reach), end)
const CUES = new Set(["mrs", "mr", "sig", "for", "por", "line"])
const CAPITAL_CUES = new Set(["Sur", "Is-Sur"])

describe("phone-name-end", () => {
  const all = texts(3000, 5)

  test("each gate holds wherever its expression matches", () => {
    let matched = 0
    for (const text of all) {
      for (let end = 0; end <= text.length; end++) {
        const titled = TITLED_NAME.exec(before(text, end, 64))
        if (titled) {
          matched++
          expect(nameMayEndBefore(text, end)).toBe(true)
          const cue = titled[1]!.split(/[ \t]+/).at(-1)!
          if (CUES.has(cue.toLowerCase()) || CAPITAL_CUES.has(titled[1]!)) expect(cueBeforeName(text, end, 64, CUES, CAPITAL_CUES)).toBe(true)
        }
        if (KEY_BEFORE.test(before(text, end, 40))) expect(keyMayEndBefore(text, end)).toBe(true)
        if (LISTED_NAME.test(before(text, end, 48)) || LISTED_FIRST.test(before(text, end, 48))) expect(spaceOrTab(text.charCodeAt(end - 1)) && capitalisedEndsAt(text, pastSpaces(text, end))).toBe(true)
        if (NAME_BEFORE.test(before(text, end, 48))) expect(capitalisedEndsAt(text, pastSpaces(text, end))).toBe(true)
        if (RELATIVE_NAMED.test(before(text, end, 48))) expect(capitalisedEndsAt(text, pastSpaces(text, end), true)).toBe(true)
        if (WORD_NAME_COMMA.test(before(text, end, 48))) expect(capitalisedThenComma(text, end)).toBe(true)
        if (NAME_COMMA.test(before(text, end, 48))) expect(text.charCodeAt(pastSpaces(text, end) - 1)).toBe(44)
      }
    }
    expect(matched).toBeGreaterThan(100)
  })

  test("the last words read from the last three runs are those read from 40 units", () => {
    for (const text of all) {
      for (let end = 0; end <= text.length; end++) {
        const from = Math.max(0, end - 40)
        const whole = LAST_WORDS.exec(text.slice(from, end))
        const last = LAST_WORDS.exec(text.slice(lastTokensFrom(text, end, 3, from), end))
        expect([last?.[1], last?.[2]]).toEqual([whole?.[1], whole?.[2]])
      }
    }
  })

  test("the words read back by units are those the expressions find", () => {
    const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u
    const GLUED = /(?:^|[^\p{L}\p{N}])(\p{L}+)[.:]?$/u
    for (const text of all) {
      for (let end = 0; end <= text.length; end++) {
        expect(wordBefore(text, end)).toBe(WORD.exec(before(text, end, 30))?.[0])
        const glued = GLUED.exec(before(text, end, 30))
        expect(lettersBefore(text, end)).toEqual(glued === null ? null : { word: glued[1]!, dotted: !glued[0].endsWith(glued[1]!) })
      }
    }
  })
})
