// Keys of a table's rows and of `key: value` lines, read as a reader reads them (core/fields.ts reads the values).

/** A Markdown table's line under its header (`|---|:---:|`). */
export const SEPARATOR_LINE = /^\s*\|?\s*:?-{2,}/

/**
 * The second cell of the header of the `|` table whose row starts at `at` (the row above a separator line), or
 * undefined when the rows above reach no separator. A row's first cell is its key only in a table with no header: under
 * `| Contact | Mobile |` the second column is the mobile's, whatever a row's first cell says (`| Order desk, Anna | 07700 … |`,
 * review). `memo` holds each row's answer, so a long table is read once.
 */
export function headerCell(text: string, at: number, memo: Map<number, string | null>): string | undefined {
  const path: number[] = []
  let found: string | null = null
  for (let start = at; ; ) {
    const known = memo.get(start)
    if (known !== undefined) {
      found = known
      break
    }
    path.push(start)
    if (start === 0) break
    const above = text.lastIndexOf("\n", start - 2) + 1
    const row = text.slice(above, start - 1)
    if (!/^[ \t]*\|/.test(row)) break
    if (SEPARATOR_LINE.test(row) && above > 0) {
      const header = text.slice(text.lastIndexOf("\n", above - 2) + 1, above - 1)
      const cells = header.split("|").map((c) => c.trim())
      found = /^[ \t]*\|/.test(header) && cells.length >= 3 && cells[2] ? cells[2] : null
      break
    }
    start = above
  }
  for (const start of path) memo.set(start, found)
  return found ?? undefined
}

// Where a key's words hold a sentence's end: `!` or `?`, a dash between spaces, or a full stop after a word of four small
// letters or more before a capital (`Ladestation defekt. Bitte Rückruf`, `Registration issue - call me`).
const SENTENCE_END = /[!?]\s+|\s[-–—]\s+|(?<=\p{Ll}{4})\.\s+(?=\p{Lu})/gu
const MAY_END = /[!?.\-–—]/

/**
 * The last sentence of a key: what is before its colon names the value only from there (`Charger broken. Call me:` is a
 * call word's key, not a charger's: review). Kept whole when what follows the end has no word of four letters (`Telef. Nr.`).
 */
export function lastSentence(key: string): string {
  // Most keys hold no mark a sentence ends with: no expression run for them.
  if (!MAY_END.test(key)) return key
  let cut = -1
  // Not inside brackets: a remark there is the key's own (`NHS no. (not required – delete)`).
  for (const m of key.matchAll(SENTENCE_END)) if (key.slice(0, m.index).split("(").length === key.slice(0, m.index).split(")").length) cut = m.index + m[0].length
  return cut > 0 && /\p{L}{4}/u.test(key.slice(cut)) ? key.slice(cut) : key
}

function readLabel(raw: string): string {
  // A remark in brackets after the name is not the name (`Steuer-ID (vom Mandanten angegeben)`, `phone (mobile)`); a plural's `(s)` is.
  let lower = (raw.endsWith(")") ? raw.replace(/(?<=\S)\s+\([^()]*\)$/, "") : raw).toLowerCase()
  // A name written with its accents decomposed reads as composed (`mobilnr`, `ska\u030ap` is `skåp`).
  if (/\p{M}/u.test(lower)) lower = lower.normalize("NFC")
  // Most keys are one plain word: no expression run for them.
  return /[_.\-\s]/.test(lower) ? lower.replace(/[_.\-]+/g, " ").replace(/\s+/g, " ").trim() : lower
}
// Keys and headers repeat (every row of a table, every `Phone:` line of a thread): each is read once, up to a bound (the
// texts are anyone's).
const labels = new Map<string, string>()
/** A key or header as a label: lower case, `_`, `-` and `.` read as spaces (`first_name` is `first name`). */
export function normalLabel(raw: string): string {
  let label = labels.get(raw)
  if (label === undefined) {
    if (labels.size >= 4096) labels.clear()
    labels.set(raw, (label = readLabel(raw)))
  }
  return label
}
