/**
 * The id of one JSON Lines record, read from its bytes without building the
 * record, for the planner of a split job (which needs every line's id, not
 * its fields): about a fifth of the cost of decoding and `JSON.parse`.
 *
 * It answers only when that is certain, the id `readLine` would accept the
 * line with: the line is a JSON object that this strict reader accepts whole
 * (so `JSON.parse` would too), with no key written twice in one object (nor
 * with an escape, which might spell another), no U+FFFD once decoded (where
 * a byte was not UTF-8), and the id field once at the top level, as a string
 * of printable ASCII (no backslash, not blank, not `line:<n>`, at most 256
 * characters) or as digits. Anything else (a byte-order mark, a decimal id,
 * non-ASCII outside strings, invalid JSON, deep nesting) is undefined: the
 * caller reads that line the full way, so the two always agree.
 */
export function quickId(b: Uint8Array, field: Uint8Array): string | undefined {
  const at: IdSpan = { from: 0, to: 0 }
  return quickIdAt(b, field, at) ? latin1(b, at.from, at.to) : undefined
}

/** Where `quickIdAt` found a line's id: its bytes `from` up to `to` (without quotes), each an ASCII character. */
export interface IdSpan {
  from: number
  to: number
}

/**
 * `quickId` without the string: whether the id is certain, and if so where its bytes are (set in `at`), for a
 * reader that hashes them (`createIdIndex().firstSeenBytes`) rather than make a million strings.
 */
export function quickIdAt(b: Uint8Array, field: Uint8Array, at: IdSpan): boolean {
  // Reads past the end give undefined, which matches no byte: no bound check is needed.
  const end = b.length
  let seen = false
  keys.length = 0
  wide = false
  let i = ws(b, 0)
  if (b[i] !== 0x7b) return false
  i = ws(b, i + 1)
  if (b[i] === 0x7d) return false
  for (;;) {
    if (b[i] !== 0x22) return false
    const keyStart = i + 1
    const keyEnd = skipString(b, i, end)
    if (keyEnd < 0) return false
    i = ws(b, keyEnd)
    if (b[i] !== 0x3a) return false
    i = ws(b, i + 1)
    if (!newKey(b, keyStart, keyEnd - 1, 0)) return false
    if (sameBytes(b, keyStart, keyEnd - 1, field)) {
      if (seen) return false
      seen = true
      if (!idAt(b, i, end, at)) return false
    }
    i = skipValue(b, i, end, 1)
    if (i < 0) return false
    i = ws(b, i)
    if (b[i] === 0x2c) {
      i = ws(b, i + 1)
      continue
    }
    if (b[i] !== 0x7d) return false
    // A byte that is not UTF-8 is read as U+FFFD, and readLine refuses such a line (so does it one that holds U+FFFD).
    return seen && ws(b, i + 1) === end && !(wide && decoder.decode(b).includes("\uFFFD"))
  }
}

const decoder = new TextDecoder()
// Scratch for one call at a time (the reader is synchronous): the keys of the objects open (see newKey), whether a
// string held a byte outside ASCII, and whether the last one held an escape.
const keys: number[] = []
let wide = false
let escaped = false

/**
 * Whether the key between `from` and `to`, the string last skipped, is spelled without escapes and is not one of the
 * keys of its object so far (those after `base` in `keys`); it is then added there, as its length and last byte (what
 * most keys differ in, one number to compare) and its offset.
 */
function newKey(b: Uint8Array, from: number, to: number, base: number): boolean {
  if (escaped) return false
  const n = to - from
  const sign = n * 256 + (n ? b[to - 1]! : 0)
  for (let j = base; j < keys.length; j += 2) if (keys[j] === sign && sameSpan(b, keys[j + 1]!, from, n)) return false
  keys.push(sign, from)
  return true
}

function sameSpan(b: Uint8Array, x: number, y: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (b[x + k] !== b[y + k]) return false
  return true
}

/** The offset of the first byte at or after `i` that is not JSON whitespace. */
function ws(b: Uint8Array, i: number): number {
  while (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0d || b[i] === 0x0a) i++
  return i
}

/** Whether the bytes between `from` and `to` are `field`'s. */
function sameBytes(b: Uint8Array, from: number, to: number, field: Uint8Array): boolean {
  if (to - from !== field.length) return false
  for (let k = 0; k < field.length; k++) if (b[from + k] !== field[k]) return false
  return true
}

/** Whether the value at `i` is an id for certain, a plain ASCII string or digits (what readLine makes of them); where, in `at`. */
function idAt(b: Uint8Array, i: number, end: number, at: IdSpan): boolean {
  let k = i
  if (b[i] === 0x22) {
    let blank = true
    for (k = i + 1; k < end && b[k] !== 0x22; k++) {
      const c = b[k]!
      if (c < 0x20 || c > 0x7e || c === 0x5c) return false
      if (c !== 0x20) blank = false
    }
    if (k >= end || blank || k - i - 1 > 256 || lineName(b, i + 1, k)) return false
    at.from = i + 1
    at.to = k
    return true
  }
  if (b[i] === 0x30) k = i + 1
  else while (k < end && b[k]! >= 0x30 && b[k]! <= 0x39) k++
  // A fraction, an exponent, a sign or a leading zero: the full parse decides.
  if (k === i || k - i > 256 || (b[k]! >= 0x30 && b[k]! <= 0x39) || b[k] === 0x2e || b[k] === 0x65 || b[k] === 0x45) return false
  at.from = i
  at.to = k
  return true
}

/** Whether the bytes are `line:<digits>`, the name of a rejected line, which no record may take as its id. */
function lineName(b: Uint8Array, from: number, to: number): boolean {
  if (to - from < 6 || b[from] !== 0x6c || b[from + 1] !== 0x69 || b[from + 2] !== 0x6e || b[from + 3] !== 0x65 || b[from + 4] !== 0x3a) return false
  for (let k = from + 5; k < to; k++) if (!isDigit(b[k])) return false
  return true
}

function latin1(b: Uint8Array, from: number, to: number): string {
  let s = ""
  for (let k = from; k < to; k++) s += String.fromCharCode(b[k]!)
  return s
}

/** The offset just after the string starting at `i` (a quote), or -1 when it is not valid JSON. */
function skipString(b: Uint8Array, i: number, end: number): number {
  escaped = false
  for (let k = i + 1; k < end; k++) {
    const c = b[k]!
    if (c === 0x22) return k + 1
    if (c < 0x20) return -1
    if (c >= 0x80) wide = true
    if (c !== 0x5c) continue
    escaped = true
    const e = b[++k]
    if (e === 0x75) {
      for (let h = 1; h <= 4; h++) if (!isHex(b[k + h])) return -1
      k += 4
    } else if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 && e !== 0x6e && e !== 0x72 && e !== 0x74) return -1
  }
  return -1
}

const isHex = (c: number | undefined) => c !== undefined && ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66))
const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39

/** The offset just after the JSON value at `i`, or -1 when it is not valid (or nested deeper than this reader goes). */
function skipValue(b: Uint8Array, i: number, end: number, depth: number): number {
  const c = b[i]
  if (c === 0x22) return skipString(b, i, end)
  if (c === 0x7b || c === 0x5b) return depth > 32 ? -1 : skipContainer(b, i, end, depth + 1)
  if (c === 0x74) return literal(b, i, "true")
  if (c === 0x66) return literal(b, i, "false")
  if (c === 0x6e) return literal(b, i, "null")
  let k = i
  if (b[k] === 0x2d) k++
  if (b[k] === 0x30) k++
  else if (isDigit(b[k]) && b[k] !== 0x30) while (isDigit(b[k])) k++
  else return -1
  if (b[k] === 0x2e) {
    if (!isDigit(b[++k])) return -1
    while (isDigit(b[k])) k++
  }
  if (b[k] === 0x65 || b[k] === 0x45) {
    k++
    if (b[k] === 0x2b || b[k] === 0x2d) k++
    if (!isDigit(b[k])) return -1
    while (isDigit(b[k])) k++
  }
  return k <= end ? k : -1
}

function literal(b: Uint8Array, i: number, word: string): number {
  for (let k = 0; k < word.length; k++) if (b[i + k] !== word.charCodeAt(k)) return -1
  return i + word.length
}

/** An object or array at `i`, skipped whole. */
function skipContainer(b: Uint8Array, i: number, end: number, depth: number): number {
  const close = b[i] === 0x7b ? 0x7d : 0x5d
  const object = close === 0x7d
  const base = keys.length
  let k = ws(b, i + 1)
  if (b[k] === close) return k + 1
  for (;;) {
    if (object) {
      if (b[k] !== 0x22) return -1
      const key = k + 1
      k = skipString(b, k, end)
      if (k < 0 || !newKey(b, key, k - 1, base)) return -1
      k = ws(b, k)
      if (b[k] !== 0x3a) return -1
      k = ws(b, k + 1)
    }
    k = skipValue(b, k, end, depth)
    if (k < 0 || k > end) return -1
    k = ws(b, k)
    if (b[k] === close) {
      keys.length = base
      return k + 1
    }
    if (b[k] !== 0x2c) return -1
    k = ws(b, k + 1)
  }
}
