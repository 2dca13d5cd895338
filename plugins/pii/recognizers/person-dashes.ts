// A name an em dash sets apart: a message signed after its last sentence (`… after 16:30. — Gift`, `Tel.0945 070 807 —
// miroslava`) and a note or a subject headed by whom it is about (`Ó Conghaile — Tel.+353 …`, `Re: Orla Breen — 16/05/2025`).
// An en dash or a single hyphen joins a subject's parts as often (`Ihr Zeichen CS48572750 – Widerspruch`): not those.

import { ORGANISATION_WORDS } from "./organisation-words.ts"

export interface DashWords {
  /** A lower-case word is a listed first name, an everyday word or not. */
  isFirst(w: string): boolean
  /** A lower-case word is an everyday word that is no first name. */
  isOrdinary(w: string): boolean
}

// One to four words to the line's end, a full stop or `!` after them allowed: letters with inner apostrophes and hyphens.
const SIGNED = /^[^\p{L}\p{N}\n]{0,12}?(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,3})[ \t.!]*(?:\n|$)/u
// A note's or a subject's head: marks or emoji, maybe a subject's key, one to four words, then ` — `. A company heads its
// forms and offers the same way (`Swift Crate Removals — Moving quote`): so only a subject whose rest is a date
// (`Re: Orla Breen — 16/05/2025`), or a note whose rest gives a number to call (`Ó Conghaile — Tel.+353 21 …`).
const HEADED = /^[^\p{L}\p{N}\n]{0,12}?((?:re|fw|fwd|subject|betreff|asunto|objet|oggetto|assunto|emne|ämne|aihe|tárgy|temat|predmet|zadeva|tema|par|dėl|тема|относно):[^\p{L}\p{N}\n]{0,12}?)?(\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,3}) — /iu
const DATE_AFTER = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)/
// A number to call in the rest of the sentence: seven digits or more, spaces, dots, dashes, brackets and slashes between.
// It opens with a country code, a trunk `0` or a bracket; a date is none (`— 06-04-2026`, `— Note (06-04-2026)`).
const NUMBER_AFTER = /^[^\n!?]{0,30}?(?<![\p{N}])(?:\+|\(0?|0)\d(?:[ ./()-]{0,2}\d){6,}/u
const DATE = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/
const numberAfter = (rest: string) => {
  const m = NUMBER_AFTER.exec(rest)
  return m !== null && !DATE.test(m[0])
}
const PARTICLES = new Set(["de", "da", "di", "del", "della", "la", "le", "van", "von", "den", "der", "du", "dos", "das", "ter", "ten", "mac", "ó", "ní", "uí", "y"])
// A capitalised word (`Breesha`, `O'Donovan`, `Ní`), with an inner capital only as surnames have one (`McCrae`, `LeBlanc`).
const CAPITAL = /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*|(?:Mc|Mac|Le|La|De|Di|Da|Du|Fitz|O['’])\p{Lu}[\p{Ll}\p{M}'’-]+)$/u

// A word in capitals, as a note heads its customer (`NADIA OKONKWO — 07401 …`, `SUTCLIFFE Dawn`).
const IN_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u

/**
 * Whether `value`'s words are a name: all capitalised (some maybe in capitals) or all lower case, none an everyday word;
 * in lower case its first word, with capitals one of its words, a listed first name.
 */
function nameWords(value: string, words: DashWords): boolean {
  const parts = value.split(" ")
  const capital = CAPITAL.test(parts[0]!) || IN_CAPITALS.test(parts[0]!)
  let named = 0
  let capitals = false
  let listed = false
  for (const part of parts) {
    const lower = part.toLowerCase()
    if (PARTICLES.has(lower) && parts.length > 1) continue
    const shouted = capital && IN_CAPITALS.test(part)
    if (capital ? !CAPITAL.test(part) && !shouted : part !== lower) return false
    // Nor a firm signing (`— Amazon Logistics`, `— Brightbay Dental`).
    if (words.isOrdinary(lower.replace(/['’]s$/, "")) || ORGANISATION_WORDS.has(lower)) return false
    capitals ||= shouted
    listed ||= words.isFirst(lower)
    named++
  }
  // Lower case: a listed first name first (`— grace`, `— ndeshi shilongo`); never a word of the sentence. In capitals
  // (a heading as often: `— URGENT`, `REFUND REQUEST —`), two words or more, one of them a listed first name.
  if (capitals) return named > 1 && listed
  return named > 0 && (capital || words.isFirst(parts[0]!))
}

/**
 * Names after an em dash (or `--`) that follows a sentence's end or a number, to the line's end; and names heading a line
 * before ` — `. `text` has its emoji blanked (offsets unchanged).
 */
export function namesByDashes(text: string, words: DashWords): Array<{ start: number; end: number; score: number }> {
  const out: Array<{ start: number; end: number; score: number }> = []
  // Where the current dash's line starts, moved forward with the dashes (a long line is not read back once per dash).
  let lineStart = 0
  let newline = text.indexOf("\n")
  for (let at = text.indexOf("—"); at >= 0; at = text.indexOf("—", at + 1)) {
    while (newline >= 0 && newline < at) newline = text.indexOf("\n", (lineStart = newline + 1))
    // Signed: a full stop, `!`, `?` or a digit ends what comes before the dash (not a heading's `(AI) — Riverside Athletic`).
    let b = at
    while (b > lineStart && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--
    // A dash opening its line signs what the line above ends (`…call me back.⏎— Hina Iqbal`, `2026-01-28⏎— Tegan`).
    if (b === lineStart) while (b > 0 && (text.charCodeAt(b - 1) === 10 || text.charCodeAt(b - 1) === 13 || text.charCodeAt(b - 1) === 32) && b > lineStart - 3) b--
    const before = text.charCodeAt(b - 1)
    if (b > 0 && (before === 46 || before === 33 || before === 63 || (before >= 48 && before <= 57))) {
      const m = SIGNED.exec(text.slice(at + 1, at + 80))
      if (m && nameWords(m[1]!, words)) {
        const start = at + 1 + m[0].indexOf(m[1]!)
        out.push({ start, end: start + m[1]!.length, score: 0.8 })
      }
    }
    // Headed: the dash's line starts with the name (a subject's key before it).
    if (at - lineStart > 70) continue
    const h = HEADED.exec(text.slice(lineStart, at + 3))
    if (!h || h.index + h[0].length !== at + 2 - lineStart || !nameWords(h[2]!, words)) continue
    const rest = text.slice(at + 2, at + 60)
    if (h[1] !== undefined ? DATE_AFTER.test(rest) : numberAfter(rest.replace(/^(\p{L}+)\.(?=[+(\d])/u, "$1 "))) {
      const start = lineStart + h[0].lastIndexOf(h[2]!, h[0].length - 3)
      out.push({ start, end: start + h[2]!.length, score: 0.8 })
    }
  }
  return out
}
