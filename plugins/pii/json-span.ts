// Where a value sits in a line of JSON as written: `pii redact --field` splices the scrubbed text there and passes the
// rest of the line through byte for byte (a number of 23 digits, `1e400`, `-0` or `1.10` stays as written, where
// parsing and writing the line back turned them into a string, `null`, `0` and `1.1`), and `pii scan --json` copies
// a line's `id` as written.

import { closingQuote } from "../../core/index.ts"

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13
const spaces = (text: string, i: number) => {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return i
}

/** Past the string opened at `open` (core's closingQuote: the first quote after an even run of backslashes). */
const pastString = (text: string, open: number) => Math.min(text.length, closingQuote(text, open) + 1)

/** Past the value at `i`: a string, an object or array at any depth (read in a loop, never by recursion), a number or a literal. */
function pastValue(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c === 34) return pastString(text, i)
  if (c !== 123 && c !== 91) {
    while (i < text.length && !isSpace(text.charCodeAt(i)) && !",]}".includes(text[i]!)) i++
    return i
  }
  for (let depth = 0; i < text.length; ) {
    const d = text.charCodeAt(i)
    if (d === 34) {
      i = pastString(text, i)
      continue
    }
    if (d === 123 || d === 91) depth++
    else if ((d === 125 || d === 93) && --depth === 0) return i + 1
    i++
  }
  return i
}

/**
 * Where the value at `path` starts and ends in `text`, a JSON value that parsed (well formed, each key once), or
 * undefined when the path holds none. Keys are compared as JSON reads them (`"t\u0065xt"` is `text`).
 */
export function valueSpan(text: string, path: readonly (string | number)[]): [number, number] | undefined {
  let i = spaces(text, 0)
  for (const step of path) {
    const open = text.charCodeAt(i)
    if (open !== (typeof step === "number" ? 91 : 123)) return undefined
    i = spaces(text, i + 1)
    for (let index = 0; ; index++) {
      if (text.charCodeAt(i) === 93 || text.charCodeAt(i) === 125) return undefined
      let here = typeof step === "number" && index === step
      if (typeof step === "string") {
        const keyEnd = pastString(text, i)
        here = JSON.parse(text.slice(i, keyEnd)) === step
        i = spaces(text, spaces(text, keyEnd) + 1)
      }
      if (here) break
      i = spaces(text, pastValue(text, i))
      if (text.charCodeAt(i) !== 44) return undefined
      i = spaces(text, i + 1)
    }
  }
  return i < text.length ? [i, pastValue(text, i)] : undefined
}
