// Where a name stands on its line, read in place: a colon before or after it, a `[14:35]` stamp opening the line,
// whether anything but emoji or a bullet comes before it.
const SPACE = /\s/
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u
export const isSpace = (s: string, i: number) => {
  const c = s.charCodeAt(i)
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]!))
}

/** Whether a `:` ends the text before the name, spaces after it allowed (`From: `) and markdown emphasis (`**Cliente:** `). */
export function colonBefore(text: string, lineStart: number, start: number): boolean {
  let i = start
  while (i > lineStart && isSpace(text, i - 1)) i--
  while (i > lineStart && (text.charCodeAt(i - 1) === 42 || text.charCodeAt(i - 1) === 95)) i--
  return i > lineStart && text.charCodeAt(i - 1) === 58
}

/**
 * Whether the name is signed after a slash or a dash at its line's end (`…Sak 33209921427. /Ingvild`, `… -- Tendai`);
 * after a single dash glued to it (`… after 2.00pm. -Tyler`) only a known first name (`known`): `-Paid` is a status.
 */
export function signedAtLineEnd(text: string, start: number, end: number, known: boolean): boolean {
  const slash = text.charCodeAt(start - 1) === 47 && (start < 2 || isSpace(text, start - 2) || text.charCodeAt(start - 2) === 10)
  // A dash and a space also join a subject line's parts (`Ihr Zeichen CS48572750 – Widerspruch`): a double hyphen then.
  // Either ends in a dash, or a dash and a space: read first, as most names follow neither.
  const dashed = text.charCodeAt(start - 1) === 45 || (text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 45)
  if (!slash && !(dashed && (known ? /(?:^|\s)(?:-- |-)$/ : /(?:^|\s)-- $/).test(text.slice(Math.max(0, start - 4), start)))) return false
  let i = end
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 46)) i++
  return i >= text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13
}

/** Whether a `:` follows the name, after at most one space (`Agent Aisha:`). */
export const colonAfter = (text: string, end: number) => text.charCodeAt(end) === 58 || (isSpace(text, end) && text.charCodeAt(end + 1) === 58)

/** Whether the code point ending at `i` (exclusive) is a letter (`ofLetter`) or a letter or digit. */
export function letterBefore(text: string, i: number, from: number, digits: boolean): boolean {
  const c = text.charCodeAt(i - 1)
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  if (c >= 48 && c <= 57) return digits
  if (c < 128) return false
  const at = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from ? i - 2 : i - 1
  return (digits ? LETTER_OR_DIGIT : LETTER).test(String.fromCodePoint(text.codePointAt(at)!))
}

/** Where a line's text starts after a `[14:35]` stamp opening it. */
export function afterStamp(text: string, lineStart: number, start: number): number {
  if (text.charCodeAt(lineStart) !== 91) return lineStart
  const close = text.indexOf("]", lineStart)
  return close > 0 && close < start ? close + 1 : lineStart
}

/** Whether the text before the name on its line holds a letter or a digit (else it opens the line, after emoji or a bullet). */
export function hasLetterOrDigit(text: string, lineStart: number, start: number): boolean {
  for (let i = start; i > lineStart; i--) if (letterBefore(text, i, lineStart, true)) return true
  return false
}

/**
 * A signature closing a letter: the name is its line's whole text, after a blank line, and only contact lines
 * (a number, an address with `@`) or nothing follow it (`…not even valid.⏎⏎Farhan Khan`).
 */
export function signatureLine(text: string, lineStart: number, start: number, end: number): boolean {
  if (hasLetterOrDigit(text, lineStart, start) || lineStart < 2 || !/\n[ \t]*\n$/.test(text.slice(Math.max(0, lineStart - 8), lineStart))) return false
  const lineEnd = text.indexOf("\n", end)
  if (!/^[ \t,.]*$/.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) return false
  if (lineEnd < 0) return true
  // The quoted mail below a reply (`-----Original Message-----`, `On … wrote:`, `> …`) is no part of the signature.
  const after = text.slice(lineEnd + 1)
  const quote = QUOTE_OPENS.exec(after)
  return (quote ? after.slice(0, quote.index) : after).split("\n").every((line) => !/\p{L}{3,}/u.test(line) || /@|\d{3}/u.test(line))
}

// Before a name alone on a message's last line: nothing, a dash or a slash (`– Bill`, `/May`); the line above ends a sentence.
const SIGNED_OPENING = /^[ \t]*(?:[-–—\/][ \t]*)?$/
const SENTENCE_ENDS = /[.!?)\d][ \t]*\r?\n(?:[ \t]*\r?\n)?$/

/**
 * Whether the name is alone on a message's last line, signing it (`…on +17134701306.⏎Grace`, `…Ref SITE-3959-D. –
 * Bill`): nothing after it but a full stop, nothing before it but a dash or a slash, a sentence ending the line above.
 */
export function lastLineAlone(text: string, lineStart: number, start: number, end: number): boolean {
  if (lineStart < 2 || !/^[ \t.]*\s*$/.test(text.slice(end)) || !SIGNED_OPENING.test(text.slice(lineStart, start))) return false
  return SENTENCE_ENDS.test(text.slice(Math.max(0, lineStart - 6), lineStart))
}

/** Whether the first line holding anything after the one ending past `end` opens a quoted mail (QUOTE_OPENS). */
export function quoteBelow(text: string, end: number): boolean {
  const lineEnd = text.indexOf("\n", end)
  if (lineEnd < 0) return false
  const rest = text.slice(lineEnd + 1, lineEnd + 200).replace(/^(?:[ \t]*\n)+/, "")
  return QUOTE_OPENS.exec(rest)?.index === 0
}

// A line opening the quoted mail under a reply: a separator, a header, a `>` quote, or "On … wrote:" in a covered language.
const QUOTE_OPENS = /^[ \t]*(?:-{3,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Originalmeddelande|Oprindelig meddelelse|Opprinnelig melding|Alkuperäinen viesti|Wiadomość oryginalna|Původní zpráva|Mensagem original|Forwarded message)[ \t]*-{3,}|_{8,}|From:[ \t]|Von:[ \t]|De ?:[ \t]|Van:[ \t]|Da:[ \t]|Från:[ \t]|Fra:[ \t]|Od:[ \t]|>|(?:On|Am|Le|El|Il|Op|Den|På|W dniu|Dne|Em) [^\n]{4,120}(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev|napisał|napsal|escreveu):)/mu

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u
const WORD_UNIT = /^[\p{L}\p{M}\p{N}'’-]/u
/** Whether the unit at `e` is a letter, mark, digit, apostrophe or hyphen (a name ending there is part of a word). */
function wordUnitAfter(text: string, e: number): boolean {
  const c = text.charCodeAt(e)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45
  return WORD_UNIT.test(text.slice(e, e + 1))
}

/**
 * The same name again: a word or a name found with a strong cue (`Soy Ama`) is a name wherever else the text holds
 * it as a whole capitalised word (`Ama: ¿Me das…`), at a lower score. A word that is also an everyday word
 * (`ordinary`) only as a speaker tag opening a line (`Ama:`).
 */
export function sameNameAgain(text: string, found: Array<{ start: number; end: number; score?: number }>, ordinary: (word: string) => boolean, notSurname: (word: string) => boolean = ordinary): Array<{ start: number; end: number; score: number }> {
  // A few names at most: a list (in the order first found) rather than a set of fresh strings to hash.
  const names: string[] = []
  for (const f of found) {
    if ((f.score ?? 0) < 0.8) continue
    const value = text.slice(f.start, f.end)
    if (!names.includes(value)) names.push(value)
    const space = value.indexOf(" ")
    const first = space < 0 ? "" : value.slice(0, space)
    if (space >= 0 && NAME_WORD.test(first) && !names.includes(first)) names.push(first)
  }
  const out: Array<{ start: number; end: number; score: number }> = []
  if (names.length === 0) return out
  // The code units a finding covers, marked once: asking every finding at each place a name stands was quadratic in
  // the names a text holds (a ticket of thousands of @mentions).
  const covered = new Uint8Array(text.length)
  for (const f of found) covered.fill(1, f.start, f.end)
  const taken = (s: number, e: number) => {
    for (let k = s; k < e; k++) if (covered[k]) return true
    return false
  }
  for (const name of names) {
    // Whether the name is an everyday word, asked only of a second place it stands (most names stand in one).
    let common: boolean | undefined
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const e = i + name.length
      if ((i > 0 && letterBefore(text, i, 0, true)) || wordUnitAfter(text, e) || taken(i, e)) continue
      common ??= !name.includes(" ") && ordinary(name.toLowerCase())
      if (common && !((i === 0 || text[i - 1] === "\n") && text[e] === ":")) continue
      const end = name.includes(" ") ? e : surnameEnd(text, e, notSurname)
      out.push({ start: i, end, score: 0.7 })
      covered.fill(1, i, end)
    }
  }
  return out
}

const SURNAME_AFTER = /^ (\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?![\p{L}\p{M}\p{N}])/u

/**
 * Where a given name found again ends with its surname: `Arnab` of `Arnab can be reached on` stands in
 * `Arnab Mukhopadhyay (parent) called` with the surname after it, which is the same person's name, not a word.
 * One or two capitalised words that are no everyday words; else the given name alone (`Arnab Called`, `Anna Rose`).
 */
function surnameEnd(text: string, e: number, notSurname: (word: string) => boolean): number {
  // Two surnames at most (`Milagros González Peña`).
  let end = e
  for (let n = 0; n < 2 && text.charCodeAt(end) === 32; n++) {
    const m = SURNAME_AFTER.exec(text.slice(end, end + 40))
    if (!m || m[1]!.split("-").some((part) => notSurname(part.toLowerCase()))) break
    end += m[0].length
  }
  // Taken only where a person's name ends: a bracket, punctuation, the line's end, or a verb of contact after it
  // (`Arnab Mukhopadhyay (parent) called`), not before more words of a place's or a product's name.
  return end > e && PERSON_ENDS.test(text.slice(end, end + 16)) ? end : e
}
const PERSON_ENDS = /^(?:[ \t]*[(,.;:!?\n]|[ \t]*$| (?:called|rang|phoned|rung|wrote|emailed|said|asked|booked|confirmed|cancell?ed|replied|is|was|will|has|had|can|could|and|&|on|at|via)(?![\p{L}])| [+\d])/u

/**
 * Where the last word of `text.slice(from, to)` is (after the last space, leading punctuation dropped) once trailing
 * spaces and one `.`, `:` or `,` are: read in place.
 */
export function lastWordIn(text: string, from: number, to: number): [number, number] {
  let end = to
  while (end > from && isSpace(text, end - 1)) end--
  const c = end > from ? text.charCodeAt(end - 1) : NaN
  if (c === 46 || c === 58 || c === 44) {
    end--
    while (end > from && isSpace(text, end - 1)) end--
  }
  // A tag closing before the word is a boundary too (`<b>Dr.`).
  // Read back to `from` only: `lastIndexOf(">")` read to the text's start for each name of a text holding no tag.
  let space = end - 1
  while (space >= from && text.charCodeAt(space) !== 32 && text.charCodeAt(space) !== 62) space--
  let start = space >= from ? space + 1 : from
  while (start < end) {
    const code = text.codePointAt(start)!
    const width = code > 0xffff ? 2 : 1
    const ascii = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    if (ascii || (code > 127 && LETTER_OR_DIGIT.test(text.slice(start, start + width)))) break
    start += width
  }
  return [start, Math.max(start, end)]
}
