import { phraseAlternation } from "../../../core/index.ts"
import { FIRM_TRADE_WORDS } from "./organisation-words.ts"
import { GREETINGS, SIGN_OFFS } from "./person-cues.ts"

// A text message signed with a given name and the firm's (`Thanks heaps, Mark Southern Cross Plumbing`, `Liebe Grüße,
// Stefan Installateur-Notdienst Wien`, `Parimat Rasmus Toruabi Tallinn`): the name is the first word, the rest the firm's.

// Thanks that close a text message and no letter (`Teşekkürler, Elif …`, `Merci vielmal, Beat …`).
const THANKS = ["teşekkürler", "teşekkür ederim", "merci vielmal", "vielen dank", "dziękuję bardzo", "kiitos paljon", "aitäh"]
// A sign-off or a thanks before the name on its line, maybe with a word or two of its own (`Thanks heaps,`, `Cheers for
// now,`, `Merci vielmal,`, `Grazie,`); a greeting too (`Hi, Mark Southern Cross Plumbing`: the person is Mark). One space
// after it: lines joined by spaces are not one line (`Yours sincerely,␣␣Maite Azpiazu Claims Department`).
const SIGN_OFF_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation([...SIGN_OFFS, ...GREETINGS, ...THANKS])})((?:[ \\t]+\\p{L}+){0,2})[,!.]? $`, "iu")
// The firm's words run to the end of the line, maybe joined by `&` (`Karoo Geysers & Plumbing`), a full stop at most; three
// words after the name at most (a line in capitals, read title-cased, runs on: `HIYA ITS HARRIET FERREIRA FROM THE …`).
const TO_LINE_END = /^(?:[ \t]+(?:&|\p{Lu}[\p{L}\p{M}'’-]*))*[.!]?[ \t]*(?:\r?\n|$)/u
const MOST_FIRM_WORDS = 3

/**
 * Whether the run `start..end`, its first word ending at `firstEnd`, is a sign-off's given name and a firm's name: one
 * of the words after the first is a firm's or a trade's (`Plumbing`, `Notdienst`, `Servisi`), the run ends its line.
 */
export function firmAfterSignedName(text: string, start: number, firstEnd: number, end: number): boolean {
  const rest = TO_LINE_END.exec(text.slice(end, end + 60))
  if (firstEnd >= end || !rest) return false
  // One line's words: not the next line's joined by a tab (`Regards,⇥Maite Azpiazu⇥Claims Department`).
  const firm = text.slice(firstEnd, end + rest[0].length).trim().split(" ")
  if (firm.some((w) => w.includes("\t"))) return false
  if (firm.length > MOST_FIRM_WORDS + (firm.includes("&") ? 1 : 0) || !firm.some((w) => w.toLowerCase().split(/[^\p{L}\p{M}]+/u).some((p) => FIRM_TRADE_WORDS.has(p)))) return false
  // The sign-off's own words after it are in lower case (`Thanks heaps,`), not a title-cased line's (`Hiya Its …`).
  const own = SIGN_OFF_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]
  return own !== undefined && own === own.toLowerCase()
}
