import * as v from "valibot"

/**
 * CXone contact ids are 64-bit integers and arrive as bare JSON numbers.
 * `JSON.parse` turns any integer above 2^53 into the nearest double, so
 * `9007199254740993` would come back as `9007199254740992`: the wrong
 * contact. Bun can hand a reviver the source text, Node 20 cannot, so
 * instead of relying on the runtime the text is rewritten first: every
 * integer literal outside a string that a double cannot hold exactly is
 * quoted, and the parsed value holds it as a digit string.
 */

const MAX_SAFE = String(Number.MAX_SAFE_INTEGER)
const QUOTE = 0x22
const BACKSLASH = 0x5c
const MINUS = 0x2d
const ZERO = 0x30
const isDigit = (c: number) => c >= 0x30 && c <= 0x39
// What may follow the integer part of a JSON number: a fraction or an exponent.
const isNumberTail = (c: number) => c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === MINUS || isDigit(c)

/** A value position (the start, or after `:`, `,` or `[`, and spaces) holding 16 digits or more: only then can a literal be unsafe. */
const MAYBE_UNSAFE = /(?:^|[:,[])\s*-?\d{16}/

/** Where the string opened at `open` ends (its closing quote), or the text's end when it does not. */
export function closingQuote(text: string, open: number): number {
  for (let close = text.indexOf('"', open + 1); close !== -1; close = text.indexOf('"', close + 1)) {
    // A quote after an odd number of backslashes is part of the string.
    let slashes = 0
    while (text.charCodeAt(close - 1 - slashes) === BACKSLASH) slashes++
    if (slashes % 2 === 0) return close
  }
  return text.length
}

/** True when the digits (no sign, no leading zero) are above Number.MAX_SAFE_INTEGER. */
function unsafe(digits: string): boolean {
  if (digits.length !== MAX_SAFE.length) return digits.length > MAX_SAFE.length
  return digits > MAX_SAFE
}

/**
 * The JSON text with each integer literal beyond ±(2^53 - 1) put in quotes.
 * Strings (escapes included), decimals, exponents and safe integers are left
 * as they are; text where no run of 16 digits follows a `:`, `,` or `[` (a
 * JSON number's only places) is returned untouched at once: a card number
 * inside a string does not make every response be scanned by hand.
 *
 * @example
 * quoteUnsafeIntegers('{"contactId":9007199254740993,"n":1.5}') // '{"contactId":"9007199254740993","n":1.5}'
 */
export function quoteUnsafeIntegers(text: string): string {
  if (!MAYBE_UNSAFE.test(text)) return text
  let out = ""
  let copied = 0
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      // Skip the whole string at the runtime's speed (most of a record's text is in strings, and a card
      // number in one is what makes a body come here): to the next quote not escaped by a backslash.
      i = closingQuote(text, i)
      continue
    }
    if (c !== MINUS && !isDigit(c)) continue
    const start = i
    let j = c === MINUS ? i + 1 : i
    const first = j
    while (j < n && isDigit(text.charCodeAt(j))) j++
    let end = j
    while (end < n && isNumberTail(text.charCodeAt(end))) end++
    const digits = text.slice(first, j)
    // Only a plain integer: a decimal or exponent cannot be exact anyway, and a
    // leading zero is invalid JSON that must stay invalid.
    if (end === j && digits.length >= 16 && text.charCodeAt(first) !== ZERO && unsafe(digits)) {
      out += `${text.slice(copied, start)}"${text.slice(start, j)}"`
      copied = j
    }
    i = end - 1
  }
  return copied === 0 ? text : out + text.slice(copied)
}

/**
 * `JSON.parse` that keeps every integer exact: one beyond 2^53 becomes a
 * digit string (with its sign), everything else parses as usual. Throws
 * `SyntaxError` on malformed text, like `JSON.parse`.
 */
export function parseJsonExact(text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown): unknown {
  return JSON.parse(quoteUnsafeIntegers(text), reviver as Parameters<typeof JSON.parse>[1])
}

/** A contact id as the exact digit string, whether it arrived as a number or a string. */
export const idString = (id: string | number | bigint): string =>
  typeof id === "bigint" || (typeof id === "number" && Number.isInteger(id)) ? BigInt(id).toString() : String(id)

/**
 * An id field of a response: a JSON number (beyond 2^53 already a digit
 * string, see parseJsonExact) or a string, always handed on as a string.
 */
export const ExactId = v.pipe(
  v.union([v.string(), v.number()]),
  v.transform((id: string | number): string => idString(id)),
)
