import { inlinePairs, trimmed } from "./inline-pairs.ts"
import { headerCell, lastSentence, normalLabel, SEPARATOR_LINE } from "./table-keys.ts"

/**
 * Values a text names by a label that may be far from them: the cells of a delimited table (CSV, TSV, `;`
 * exports, `|` tables) under their header line, the values of labelled lines (`last_name⇥Okoro`,
 * `first_name = Soo-ah`, `Reviewer: A. Pemberton`) and of JSON pairs (`"first_name": "Lihua"`). A recognizer
 * reads a value's label as context: `ssn` heads a column whose 9-digit cells are SSNs, `phone` one whose bare
 * numbers are phones, `last_name` one whose words are surnames. The header of a CSV is often lines above the value,
 * beyond any context window.
 */
export interface LabelledValue {
  /** The value, without the quotes and spaces around it. */
  start: number
  end: number
  /** Its header or key, in lower case, `_`, `-` and `.` read as spaces (`first_name` is `first name`). */
  label: string
  /** Where the label comes from: a table's header line, a JSON pair's key (or a log's `key="value"`), or a `key: value` line's key. */
  from: "table" | "json" | "line"
  /** A two-cell `|` table's row under a header: the header's cell over the value (`| Contact | Mobile |`). */
  column?: string
}

/** A header cell: opening with a letter, at most 40 units, no `@` (an address). */
// Accents may be written decomposed (`ska\u030ap`, a macOS export): a mark is part of its letter. A comma may join two
// names of one column of a tab- or semicolon-separated table (`Vārds, uzvārds⇥Tālrunis⇥…`, a name and a surname).
// A column of numbers may be headed by a number sign alone (`| # |`, `| № |`), a name by an elision (`N° d'examen`).
const HEADER_CELL = /^(?:[\p{L}№](?:[\p{L}\p{M}\p{N} _.,\-#№/()°]| [dlDL]['’]){0,39}|#)$/u
const LEADING_CELL = /[\p{L}\p{N}"'(+]/u
// The key of a `key⇥value`, `key = value` or `key: value` line: a letter first, at most 40 units, without list marks (`- **Owner:**`).
// A remark in its brackets may hold a dash or a comma (`NHS no. (not required – delete):`).
const KEY = /^[ \t>*_-]*([\p{L}][\p{L}\p{M}\p{N} _.\-#/()]{0,39}?(?:\([\p{L}\p{M}\p{N} _.,'’/–—-]{1,30}\))?)[ \t*_]*$/u
const NEXT_KEY = /(?:[ ]{3,}|[ ]*[|·•][ ]*)(\p{L}[\p{L}\p{M}\p{N} _.\-#/()]{0,39}?)[ ]?:[ \t]*/u
const JSON_PAIR = /"([^"\\\n]{1,40})"\s*:\s*"((?:[^"\\\n]|\\.){0,200})"/g
interface Cell {
  start: number
  end: number
}

/** The cells of one line split at `delim` (not inside double quotes; a `|` table's outer pipes dropped). */
function cellsOf(text: string, from: number, to: number, delim: number): Cell[] {
  const out: Cell[] = []
  let quoted = false
  // Anything but letters and digits before the first cell (an emoji, a bullet) is not a cell of its own.
  while (from < to && text.charCodeAt(from) !== delim && !LEADING_CELL.test(text[from]!)) from++
  let start = from
  if (delim === 124) {
    while (from < to && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 9)) from++
    while (to > from && (text.charCodeAt(to - 1) === 32 || text.charCodeAt(to - 1) === 9)) to--
    if (text.charCodeAt(from) === 124) from++
    if (to > from && text.charCodeAt(to - 1) === 124) to--
    start = from
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 34 && delim !== 124) quoted = !quoted
    else if (c === delim && !quoted) {
      out.push({ start, end: i })
      start = i + 1
    }
  }
  out.push({ start, end: to })
  return out
}

/** Whether `char` occurs at least `n` times in `text` from `from`, before `to`. */
function occurs(text: string, char: string, from: number, to: number, n: number): boolean {
  for (let i = text.indexOf(char, from); i >= 0 && i < to; i = text.indexOf(char, i + 1)) if (--n === 0) return true
  return false
}

interface Line {
  start: number
  end: number
}

function linesOf(text: string): Line[] {
  const out: Line[] = []
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start)
    if (end < 0) end = text.length
    out.push({ start, end: end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end })
    start = end + 1
  }
  return out
}

const DELIMITERS = [44, 9, 124, 59] // , ⇥ | ;

/**
 * A row of a comma or semicolon table with more cells than its header: a free-text cell whose own commas were not
 * quoted (`…,called twice, wants refund`). A delimiter followed by a space is prose's, not the writer's; when exactly
 * the extra cells start so, each joins the cell before it. Any other count is left as it is (the row is not read).
 */
function mergedProse(text: string, cells: Cell[], columns: number, delim: number): Cell[] {
  if (delim !== 44 && delim !== 59) return cells
  let led = 0
  for (let i = 1; i < cells.length; i++) if (text.charCodeAt(cells[i]!.start) === 32) led++
  if (led !== cells.length - columns) return cells
  const out: Cell[] = []
  for (let i = 0; i < cells.length; i++) {
    if (i > 0 && text.charCodeAt(cells[i]!.start) === 32) out[out.length - 1] = { start: out[out.length - 1]!.start, end: cells[i]!.end }
    else out.push(cells[i]!)
  }
  return out
}

/** The rows of every table under a header line: a header, then lines with as many cells (a tab row may drop its last two). */
function tableValues(text: string, lines: Line[], out: LabelledValue[]): void {
  for (const delim of DELIMITERS) {
    const char = String.fromCharCode(delim)
    // A header and a row of three cells each: four delimiters at least.
    if (!occurs(text, char, 0, text.length, 4)) continue
    // Commas and semicolons run through prose, and two tab- or pipe-separated cells a line are a key and its value
    // (`first_name⇥Ruairí`, read as such below): a table has at least three columns.
    const least = 3
    let header: string[] | undefined
    for (const line of lines) {
      if (delim === 124 && SEPARATOR_LINE.test(text.slice(line.start, line.end))) continue
      const cells = occurs(text, char, line.start, line.end, least - 1) ? cellsOf(text, line.start, line.end, delim) : []
      if (cells.length < least) {
        header = undefined
        continue
      }
      const row = header && cells.length > header.length ? mergedProse(text, cells, header.length, delim) : cells
      if (header && (row.length === header.length || (delim === 9 && row.length < header.length && row.length >= header.length - 2))) {
        row.forEach((cell, i) => {
          const value = trimmed(text, cell)
          if (value.end > value.start && header![i]) out.push({ start: value.start, end: value.end, label: header![i]!, from: "table" })
        })
        continue
      }
      const names = cells.map((cell) => {
        const name = trimmed(text, cell)
        return text.slice(name.start, name.end)
      })
      header = names.every((n) => n === "" || HEADER_CELL.test(n)) && names.some((n) => n !== "") ? names.map(normalLabel) : undefined
    }
  }
}

// A two-cell row of a `|` table: a key and its value (`| Order no. | 0123 456789 |`), the table's header line naming
// both columns at most (`| Field | Value |`), never the key of each row.
const PIPE_PAIR = /^[ \t]*\|[ \t]*([\p{L}][\p{L}\p{M}\p{N} _.\-#/()º°]{0,39}?)[ \t]*\|([^|\n]*)\|?[ \t]*$/u

/** A `| key | value |` row (PIPE_PAIR), read as a `key: value` line; under a header, the header's cell is the key. */
function pipePair(text: string, line: Line, out: LabelledValue[], memo: Map<number, string | null>): void {
  // Two cells only: at most three pipes on the line (a wider table's rows are read under its header).
  const second = text.indexOf("|", text.indexOf("|", line.start) + 1)
  const fourth = second < 0 || second >= line.end ? -1 : text.indexOf("|", text.indexOf("|", second + 1) + 1)
  if (second < 0 || second >= line.end || (fourth >= 0 && fourth < line.end)) return
  const row = text.slice(line.start, line.end)
  if (SEPARATOR_LINE.test(row)) return
  // The row's first cell is its key (a form written as a table: `| Phone | +1 907 … |`); the header's cell over the value
  // says what the column holds, which a row's first cell may not (`| Order desk, Anna | 07700 … |` under `| Contact | Mobile |`).
  const header = headerCell(text, line.start, memo)
  const key = PIPE_PAIR.exec(row)?.[1] ?? header
  if (key === undefined) return
  // The value's cell: after the second pipe, up to the line's last pipe or its end.
  const from = second + 1
  const close = text.lastIndexOf("|", line.end - 1)
  const value = trimmed(text, { start: from, end: close > second ? close : line.end })
  if (value.end > value.start) out.push(header !== undefined ? { start: value.start, end: value.end, label: normalLabel(key), from: "line", column: normalLabel(header) } : { start: value.start, end: value.end, label: normalLabel(key), from: "line" })
}

/** `key⇥value`, `key = value`, `key: value` lines, `| key | value |` rows, and JSON pairs. */
function pairValues(text: string, lines: Line[], out: LabelledValue[]): void {
  const headers = new Map<number, string | null>()
  // Where the next `:`, `=` and tab are: a line holding none of them is passed over without a match tried.
  let [colon, equals, tab] = [text.indexOf(":"), text.indexOf("="), text.indexOf("\t")]
  for (const line of lines) {
    while (colon >= 0 && colon < line.start) colon = text.indexOf(":", colon + 1)
    while (equals >= 0 && equals < line.start) equals = text.indexOf("=", equals + 1)
    while (tab >= 0 && tab < line.start) tab = text.indexOf("\t", tab + 1)
    // A `|` table's row is no `key: value` line (its key would open with a letter): its two cells may be one.
    if (text.charCodeAt(line.start) === 124 || (text.charCodeAt(line.start) === 32 && /^[ \t]+\|/.test(text.slice(line.start, line.start + 8)))) {
      pipePair(text, line, out, headers)
      continue
    }
    // The key ends at the line's first `:`, `=` or tab; the value runs to the line's end, with no tab in it.
    let sep = line.end
    if (colon >= 0 && colon < sep) sep = colon
    if (equals >= 0 && equals < sep) sep = equals
    if (tab >= 0 && tab < sep) sep = tab
    if (sep === line.end) continue
    const key = KEY.exec(text.slice(line.start, sep))
    let start = sep + 1
    while (start < line.end && (text.charCodeAt(start) === 9 || text.charCodeAt(start) === 32)) start++
    // The next tab from the value's start, read on from the line's (searching to the text's end per line was quadratic).
    let tabInValue = tab
    while (tabInValue >= 0 && tabInValue < start) tabInValue = text.indexOf("\t", tabInValue + 1)
    if (!key || (tabInValue >= 0 && tabInValue < line.end)) continue
    // A form may put several keys on one line, three spaces or more apart (`Surname: Hirst   Forename(s): Mark`), or a
    // signature apart by a pipe or a dot (`T: 020 7946 0321 | E: desk@…`). Each key ends at a `:`: most values hold none.
    let label = normalLabel(lastSentence(key[1]!))
    for (let next = text.slice(start, line.end).includes(":") ? NEXT_KEY.exec(text.slice(start, line.end)) : null; next; next = NEXT_KEY.exec(text.slice(start, line.end))) {
      const value = trimmed(text, { start, end: start + next.index })
      if (value.end > value.start) out.push({ start: value.start, end: value.end, label, from: "line" })
      label = normalLabel(next[1]!)
      start += next.index + next[0].length
    }
    const value = trimmed(text, { start, end: line.end })
    if (value.end > value.start) out.push({ start: value.start, end: value.end, label, from: "line" })
  }
  inlinePairs(text, out)
  if (!text.includes('":') && !text.includes('" :')) return
  JSON_PAIR.lastIndex = 0
  for (let m = JSON_PAIR.exec(text); m; m = JSON_PAIR.exec(text)) {
    const start = m.index + m[0].length - m[2]!.length - 1
    const value = trimmed(text, { start, end: start + m[2]!.length })
    if (value.end > value.start) out.push({ start: value.start, end: value.end, label: normalLabel(m[1]!), from: "json" })
  }
}

// The last texts read, the latest first, with their values' start order once asked for: the recognizers of one analysis
// ask for the same text one after another, and some for a text of their own made from it (the phone recognizer's
// sentences parted), then for the first again.
interface Read {
  text: string
  values: LabelledValue[]
  order?: Int32Array
}
const reads: Read[] = []
const READS_KEPT = 4

function readOf(text: string): Read {
  for (let i = 0; i < reads.length; i++) {
    if (reads[i]!.text !== text) continue
    if (i > 0) reads.unshift(...reads.splice(i, 1))
    return reads[0]!
  }
  const values: LabelledValue[] = []
  // One line holds no table and at most one labelled value; a text with no separator of any kind holds neither.
  if (/[\t,;|:="]/.test(text)) {
    const lines = linesOf(text)
    if (lines.length > 1) tableValues(text, lines, values)
    pairValues(text, lines, values)
  } else if (text.includes("</")) inlinePairs(text, values) // XML elements need no separator
  if (reads.unshift({ text, values }) > READS_KEPT) reads.pop()
  return reads[0]!
}

/**
 * The labelled values of `text`, in no particular order. Read once per text: the recognizers of one analysis ask
 * for the same text one after another, so the last few are kept.
 */
export function labelledValues(text: string): readonly LabelledValue[] {
  return readOf(text).values
}

/**
 * The label of the value `text.slice(start, end)` is, if it is most of one (at least half its length): a number
 * inside a sentence after `Card replacement:` is not what that label names.
 */
export function labelOf(text: string, start: number, end: number): string | undefined {
  return labelledValueOf(text, start, end)?.label
}

/** The labelled value `text.slice(start, end)` is most of (labelOf), with where its label comes from. */
export function labelledValueOf(text: string, start: number, end: number): LabelledValue | undefined {
  const read = readOf(text)
  const values = read.values
  const holds = (v: LabelledValue) => v.start <= start && end <= v.end && 2 * (end - start) >= v.end - v.start
  if (values.length <= 16) return values.find(holds)
  // A value holding the span starts at most the span's length before it (it is at most twice as long): only those are read.
  const order = (read.order ??= Int32Array.from(values.keys()).sort((a, b) => values[a]!.start - values[b]!.start || a - b))
  let [lo, hi] = [0, order.length]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[order[mid]!]!.start < 2 * start - end) lo = mid + 1
    else hi = mid
  }
  let first = -1
  for (let i = lo; i < order.length && values[order[i]!]!.start <= start; i++) if ((first < 0 || order[i]! < first) && holds(values[order[i]!]!)) first = order[i]!
  return first < 0 ? undefined : values[first]
}
