import { phraseAlternation, type Candidate } from "../../../core/index.ts"
import { SIGN_OFFS } from "./person-cues.ts"
import { NAME_KEYS } from "./person-contact-words.ts"

// Where a name in a script with no capitals (Arabic, Hebrew, Persian, Urdu …) stands with no word before it that says so,
// but the place itself does: a chat's speaker tag after its time stamp (`14:30 زهرا محمدی: …`), the line after a sign-off
// in any of the corpora's languages (`Cordialement,⏎עמית כהן`), a table's name column (`"Name","Phone"⏎"يوسف العمراني",…`).
// Once found, the same name is the same person wherever else it stands, and a transliteration in brackets after it
// (`زهرا محمدی (Zahra Mohammadi)`) is the name as well.

// A chat line's stamp (`14:30`, `[4/10/2026, 11:26:15]`) opening the line right before the run, and the speaker's colon
// after it, maybe after a bracket (`آرش رضایی (Arash Rezaei):`).
const STAMP_BEFORE = /(?:^|\n)[ \t]*(?:\[[^\]\n]{4,30}\]|\d{1,2}:\d\d(?::\d\d)?)[ \t]+$/
const SPEAKER_AFTER = /^[ \t\u200F]*(?:\([^()\n]{1,40}\)[ \t]*)?:/u
// A sign-off, its comma, markup (`,<br>`), and the line's end right before the run.
const SIGNED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${phraseAlternation(SIGN_OFFS)})[ \t]*[,.!]?[ \t]*(?:<[^<>\n]{0,40}>[ \t]*)*\r?\n[ \t]*(?:<[^<>\n]{0,40}>[ \t]*)*$`, "iu")

/** Whether the run `start..end` stands where a name does: a speaker's tag or a sign-off's line. */
export function nameByPlace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start)
  return (STAMP_BEFORE.test(before) && SPEAKER_AFTER.test(text.slice(end, end + 48))) || SIGNED_BEFORE.test(before)
}

const KEYS = new Set(NAME_KEYS)
/** Whether the run `start..end` is a whole quoted cell under a `name` column of the table whose header opens the text. */
export function nameColumn(text: string, start: number, end: number): boolean {
  const quote = text[start - 1]
  if ((quote !== '"' && quote !== "'") || text[end] !== quote) return false
  const line = text.lastIndexOf("\n", start) + 1
  const header = text.slice(0, text.indexOf("\n"))
  if (line === 0 || !header.startsWith(quote)) return false
  const sep = header[header.indexOf(quote, 1) + 1]
  if (sep !== "," && sep !== ";" && sep !== "\t") return false
  const column = text.slice(line, start).split(`${quote}${sep}${quote}`).length - 1
  const key = header.split(`${quote}${sep}${quote}`)[column]?.replace(/^["']|["']$/g, "").toLowerCase().replace(/ \d$/, "")
  return key !== undefined && KEYS.has(key)
}

const LETTER = /[\p{L}\p{M}]/u
// A transliteration in brackets right after the name: one to four capitalised words.
const LATIN_AFTER = /^[ \t\u200F]*\((\p{Lu}[\p{L}\p{M}'’]*(?:[ -]\p{Lu}[\p{L}\p{M}'’]*){0,3})\)/u

/** The same names again elsewhere in `text`, and the transliterations in brackets after each. */
export function namesAgain(text: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  const names = new Set(found.map((f) => text.slice(f.start, f.end)))
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length
      if (LETTER.test(text[at - 1] ?? "") || LETTER.test(text[end] ?? "")) continue
      if (!found.some((f) => f.start === at)) out.push({ start: at, end })
      const latin = LATIN_AFTER.exec(text.slice(end, end + 64))
      if (latin) {
        const from = end + latin[0].length - 1 - latin[1]!.length
        out.push({ start: from, end: from + latin[1]!.length })
      }
    }
  }
  return out
}
