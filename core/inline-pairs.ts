import { normalLabel } from "./table-keys.ts"

// Labelled values written inside a line, each its key's: a log's quoted pairs, an XML element's text, a query string's
// or a form body's pairs. Read by fields.ts as a JSON pair's are (from "json").

interface Span {
  start: number
  end: number
}
interface Pair extends Span {
  label: string
  from: "json"
}

// Spaces, tabs, line ends and double quotes around a value.
const isPad = (c: number) => c === 32 || c === 9 || c === 34 || c === 13 || c === 10 || c === 160

/** A cell's value without the spaces and quotes around it. */
export function trimmed(text: string, cell: Span): Span {
  let { start, end } = cell
  while (start < end && isPad(text.charCodeAt(start))) start++
  while (end > start && isPad(text.charCodeAt(end - 1))) end--
  return { start, end }
}

// A log line's quoted pairs (`callback.create name="Ada Okafor" msisdn=+1…`, `agent="…"`).
const LOG_PAIR = /(?<![\w"=.-])([A-Za-z_][\w.-]{0,40})="([^"\\\n]{1,200})"/g
// An element holding only text (`<familyName>Pillay</familyName>`, `<ns:lastName>`, attributes allowed): its tag is
// the key, a namespace's prefix left out. camelCase tags read as one word (`familyname`), as JSON keys do.
const XML_ELEMENT = /<(?:[A-Za-z_][\w.-]{0,20}:)?([A-Za-z_][\w.-]{0,40})(?:[ \t][^<>\n]{0,200})?>([^<>\n]{1,200})<\/(?:[A-Za-z_][\w.-]{0,20}:)?\1>/g
// HTML's own elements name no value (`<td>(03) 9676 9655</td>`, `<b>Phone</b>`): a cell or a style, not a key.
const HTML_TAGS = new Set(("a abbr b bdi bdo big blockquote br caption center cite code dd del dfn div dt em font h1 h2 h3 h4 h5 h6 i ins kbd label " +
  "legend li mark nobr option p pre q s samp small span strike strong sub summary sup td th title tt u var").split(" "))
// A query string's or a form body's pairs after the first (`first_name=Tamsin&last_name=Okafor&email=…`): the first
// is a `key=value` line's (fields.ts), whose value then runs on over the others.
const QUERY_PAIR = /(?<=[?&])([A-Za-z_][\w.\-[\]]{0,40})=([^&#\s<>"]{1,200})/g
// A note's pairs parted by semicolons (`name=Jonida Kola; phone=0039 …; ref=TWY-59699; agent=A. Dumitru`): each value runs
// to the next semicolon, not over the pairs after it as a `key=value` line's does.
// A semicolon and a space before each pair after the first, as a person types them: a vCard's `TEL;TYPE=CELL:…` is a key's
// parameters, not pairs.
const SEMI_PAIR = /(?<=(?:^|\n)[ \t]*|;[ \t]+)([A-Za-z_][\w.-]{0,40})=([^;=\n:]{1,200})(?=;[ \t]+[A-Za-z_][\w.-]{0,40}=|[ \t]*(?:;[ \t]*)?(?:\r?\n|$))/g

/**
 * Each pattern's pairs: the key in group 1, the value in group 2 (at the match's end, or before `tail` units); a key
 * `noKey` says is none is passed over.
 */
function each(text: string, pattern: RegExp, tail: (m: RegExpExecArray) => number, out: { push(...pairs: Pair[]): number }, noKey = (_key: string) => false): void {
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (noKey(m[1]!)) continue
    const end = m.index + m[0].length - tail(m)
    const value = trimmed(text, { start: end - m[2]!.length, end })
    if (value.end > value.start) out.push({ start: value.start, end: value.end, label: normalLabel(m[1]!), from: "json" })
  }
}

/** A log's `key="value"` pairs, XML elements' text, a query string's pairs and pairs parted by semicolons, each under its key. */
export function inlinePairs(text: string, out: { push(...pairs: Pair[]): number }): void {
  if (text.includes('="')) each(text, LOG_PAIR, () => 1, out)
  if (text.includes("</")) each(text, XML_ELEMENT, (m) => m[0].length - m[0].lastIndexOf("</"), out, (tag) => HTML_TAGS.has(tag.toLowerCase()))
  if (text.includes("&") && text.includes("=")) each(text, QUERY_PAIR, () => 0, out)
  if (text.includes(";") && text.includes("=")) each(text, SEMI_PAIR, () => 0, out)
}
