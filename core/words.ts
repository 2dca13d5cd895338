// Reading words in a text in place, for scanners that look at every word: classes and lower case per code unit,
// learned once, so that a word that is not looked for is never copied.

// Letters, marks and digits of the BMP, classified once per code unit (0 unknown, 1 a word character, 2 not).
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u
const wordClass = new Uint8Array(65536)
export const isWordUnit = (s: string, i: number, c: number): boolean => {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!))
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff && WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i - 1)!))
  let k = wordClass[c]!
  if (k === 0) wordClass[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2
  return k === 1
}

/**
 * Appends the lower-cased words of `text.slice(from, to)` (runs of letters, marks and digits) to `out`. Read in
 * place, each word lower-cased alone: no copy of the stretch, no regular expression.
 */
export function tokensInto(out: string[], text: string, from: number, to: number): string[] {
  let start = -1
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : isWordUnit(text, i, c)
    if (word) {
      if (start < 0) start = i
    } else if (start >= 0) {
      out.push(text.slice(start, i).toLowerCase())
      start = -1
    }
  }
  if (start >= 0) out.push(text.slice(start, to).toLowerCase())
  return out
}

// Each BMP code unit lower-cased alone, learned once (0 not yet, -1 when the lower case is not one unit or depends on
// the letters around it, as for capital sigma).
const lowerUnits = new Int32Array(65536)
const lowerUnit = (c: number): number => {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c
  let l = lowerUnits[c]!
  if (l === 0) {
    const lowered = String.fromCharCode(c).toLowerCase()
    lowerUnits[c] = l = lowered.length === 1 && c !== 0x3a3 && !(c >= 0xd800 && c <= 0xdfff) ? lowered.charCodeAt(0) : -1
  }
  return l
}

/** Whether `text.slice(from, to)` is ASCII, read in place. */
export function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return false
  return true
}

/** Whether `text.slice(from, to).toLowerCase()` is `word` (lower case), compared in place. */
export function equalsLower(word: string, text: string, from: number, to: number): boolean {
  // Up to the first unit whose lower case is not one unit (`İ`), the lower-cased copy is the units lower-cased one by
  // one: a difference there, or a copy already longer than the word, is final. Only such a unit needs the copy.
  const n = to - from
  for (let i = 0; i < n; i++) {
    const l = lowerUnit(text.charCodeAt(from + i))
    if (l < 0) return word === text.slice(from, to).toLowerCase()
    if (i >= word.length || word.charCodeAt(i) !== l) return false
  }
  return n === word.length
}

/** A hash of `text.slice(from, to).toLowerCase()` read in place, or -1 when the stretch must be lower-cased whole. */
function lowerHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < to; i++) {
    const l = lowerUnit(text.charCodeAt(i))
    if (l < 0) return -1
    h = Math.imul(h ^ l, 16777619) >>> 0
  }
  return h
}

/**
 * Lower-case words, looked up by a stretch of a text without copying it: a hash of the stretch's lower-cased code
 * units rules out most misses, and only a hit is copied and compared. Scanners ask about every word of a text.
 */
export interface WordSet {
  has(word: string): boolean
  /** Whether `text.slice(from, to).toLowerCase()` is one of the words. */
  hasRange(text: string, from: number, to: number): boolean
}

/**
 * Lower-case words and a value each, looked up by a stretch of a text in place: the stretch's hash picks the words
 * that may be it, compared code unit by code unit, so that neither a miss nor a hit copies the stretch.
 */
export interface WordMap<V> {
  /** The value of `text.slice(from, to).toLowerCase()`, or undefined. */
  getRange(text: string, from: number, to: number): V | undefined
}

/** Where two ASCII letters, either case, stand in a table of all such pairs, or -1 when either unit is none. */
function letterPair(a: number, b: number): number {
  const x = (a | 32) - 97
  const y = (b | 32) - 97
  return x >= 0 && x < 26 && y >= 0 && y < 26 ? x * 26 + y : -1
}

export function wordMap<V>(entries: Iterable<readonly [string, V]>): WordMap<V> {
  const byWord = new Map<string, V>()
  for (const [w, v] of entries) byWord.set(w.toLowerCase(), v)
  // For each ASCII first letter, the lengths of the words it opens (bit n for n units, longer ones on bit 31): most
  // ASCII stretches asked about start no word of their length, and are ruled out before their hash.
  const lengths = new Uint32Array(128)
  for (const w of byWord.keys()) if (w.charCodeAt(0) < 128) lengths[w.charCodeAt(0)]! |= 1 << Math.min(31, w.length)
  // The same for each pair of ASCII letters opening a word: a first letter opens words of most lengths, its pairs few.
  const pairs = new Uint32Array(26 * 26)
  for (const w of byWord.keys()) {
    const p = letterPair(w.charCodeAt(0), w.charCodeAt(1))
    if (p >= 0) pairs[p]! |= 1 << Math.min(31, w.length)
  }
  // The words by hash in an open-addressing table (slot: the word's index + 1, 0 empty), probed linearly: no Map of
  // buckets to look up for each stretch.
  const words: string[] = []
  const values: V[] = []
  const hashes: number[] = []
  for (const [w, v] of byWord) {
    const h = lowerHash(w, 0, w.length)
    if (h < 0) continue
    words.push(w)
    values.push(v)
    hashes.push(h)
  }
  let size = 8
  while (size < words.length * 2) size *= 2
  const mask = size - 1
  const table = new Int32Array(size)
  const hashOf = Uint32Array.from(hashes)
  for (let i = 0; i < words.length; i++) {
    let slot = hashOf[i]! & mask
    while (table[slot] !== 0) slot = (slot + 1) & mask
    table[slot] = i + 1
  }
  return {
    getRange(text, from, to) {
      // An ASCII stretch lower-cases to ASCII of its length: one whose first letter opens no word of that length is
      // none (another stretch may lower-case to another length: `İ`).
      const c = text.charCodeAt(from)
      const n = to - from
      if (c < 128) {
        const length = 1 << (n < 31 ? n : 31)
        const p = letterPair(c, text.charCodeAt(from + 1))
        if (!((p >= 0 ? pairs[p]! : lengths[c >= 65 && c <= 90 ? c + 32 : c]!) & length) && isAscii(text, from + 1, to)) return undefined
      }
      // lowerHash's hash, an ASCII unit lower-cased in the loop: most stretches asked about are ASCII.
      let h = 0x811c9dc5
      for (let i = from; i < to; i++) {
        let l = text.charCodeAt(i)
        if (l >= 128) {
          l = lowerUnit(l)
          // A stretch whose lower case is not one unit per unit (`İ`) is lower-cased whole, as `toLowerCase` does.
          if (l < 0) return byWord.get(text.slice(from, to).toLowerCase())
        } else if (l >= 65 && l <= 90) l += 32
        h = Math.imul(h ^ l, 16777619) >>> 0
      }
      for (let slot = h & mask, e = table[slot]!; e !== 0; slot = (slot + 1) & mask, e = table[slot]!) {
        if (hashOf[e - 1] === h && equalsLower(words[e - 1]!, text, from, to)) return values[e - 1]
      }
      return undefined
    },
  }
}

export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set([...words].map((w) => w.toLowerCase()))
  const map = wordMap([...set].map((w) => [w, true] as const))
  return {
    has: (word) => set.has(word),
    hasRange: (text, from, to) => map.getRange(text, from, to) === true,
  }
}

type Trie = Map<string, Trie> & { end?: boolean }

/**
 * A regular-expression alternation of the phrases `words`, each written as it is (a space matching `space`), built as
 * a tree of their characters: where a phrase can start, the engine compares one character per branch instead of trying
 * every phrase in turn. A phrase is tried before its own prefixes, as in a list sorted longest first, so a match and
 * its captures are that list's.
 *
 * `caseless` writes each cased letter as the class of its cases (`[nN]`), so the expression needs no `i` flag: under
 * `iu` the engine folds the case of every character it compares, and a long alternation of words then costs two to
 * four times as much to search with (measured on Bun's engine, 2026-12-06).
 */
export function phraseAlternation(words: Iterable<string>, space = "\\s+", caseless = false): string {
  const root: Trie = new Map()
  for (const w of words) {
    let node = root
    for (const ch of caseless ? w.toLowerCase() : w) {
      let next = node.get(ch)
      if (!next) node.set(ch, (next = new Map()))
      node = next
    }
    node.end = true
  }
  const escape = (ch: string) => (ch === " " ? space : caseless ? casesOf(ch) : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  const emit = (node: Trie): string => {
    const parts = [...node].map(([ch, next]) => escape(ch) + emit(next))
    if (parts.length && node.end) parts.push("")
    return parts.length === 1 ? parts[0]! : parts.length ? `(?:${parts.join("|")})` : ""
  }
  return emit(root)
}

/** `ch` and its other cases of one character each (`σ`: `[σΣς]`), as a class, or `ch` escaped when it has none. */
function casesOf(ch: string): string {
  const upper = ch.toUpperCase()
  const cases = new Set([ch, upper, upper.toLowerCase(), ...(ch === "σ" || ch === "ς" ? ["σ", "ς"] : [])].filter((c) => [...c].length === 1))
  if (cases.size === 1) return ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  return `[${[...cases].join("")}]`
}
