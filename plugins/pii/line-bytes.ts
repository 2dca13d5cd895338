import { MAX_LINE_BYTES, ValidationError } from "../../core/index.ts"

const LF = 10
const CR = 13

/**
 * A line longer than MAX_LINE_BYTES (core's, the limit of every cxedge line reader), by its number, never its content.
 * `checked`: the whole input was looked at before any line was read (a named file), so nothing was written.
 */
export function lineTooLong(named: string, n: number, checked: boolean): ValidationError {
  const state = checked ? "nothing was read or written" : "reading stopped there"
  return new ValidationError("pii", `${named} line ${n} is longer than ${MAX_LINE_BYTES >> 20} MB, the most one line may hold: ${state}; split that line (or move its large field out of it), then run again`, "file", "E_USAGE")
}

/**
 * A text read whole (`pii redact` without --field) longer than MAX_LINE_BYTES, the limit of one line of JSON Lines:
 * it was held in memory however large. Refused before anything is written, never quoting it.
 */
export function textTooLong(named: string): ValidationError {
  return new ValidationError("pii", `${named} is longer than ${MAX_LINE_BYTES >> 20} MB, the most one text may hold: nothing was written; split it into smaller texts (or give it as JSON Lines with --field), then run again`, "file", "E_USAGE")
}

/**
 * The lines of a byte stream (CR, LF or CRLF ends one), each as its bytes without the end. A line that grows past
 * MAX_LINE_BYTES is refused by its number (`tooLong(n)`) before more of it is held: one huge line (a file with no
 * newline, a base64 attachment) was read whole into memory. The pieces of a line that chunks cut are joined once,
 * when it ends (joining them at each chunk copied the line so far each time).
 */
export async function* lineBytes(source: AsyncIterable<Uint8Array>, tooLong: (n: number) => Error): AsyncGenerator<Uint8Array> {
  let n = 1
  const carry: Uint8Array[] = []
  let carried = 0
  // The last chunk ended with a CR: an LF opening this one ends no other line.
  let cr = false
  const whole = (piece: Uint8Array): Uint8Array => {
    if (!carry.length) return piece
    carry.push(piece)
    const joined = Buffer.concat(carry)
    carry.length = carried = 0
    return joined
  }
  for await (const chunk of source) {
    if (!chunk.length) continue
    let start = cr && chunk[0] === LF ? 1 : 0
    cr = false
    for (let i = start; i < chunk.length; i++) {
      const b = chunk[i]
      if (b !== LF && b !== CR) continue
      if (carried + i - start > MAX_LINE_BYTES) throw tooLong(n)
      yield whole(chunk.subarray(start, i))
      n++
      if (b === CR && i + 1 === chunk.length) cr = true
      else if (b === CR && chunk[i + 1] === LF) i++
      start = i + 1
    }
    if (start < chunk.length) {
      carried += chunk.length - start
      if (carried > MAX_LINE_BYTES) throw tooLong(n)
      // A copy: a source may reuse its buffer for the next chunk.
      carry.push(chunk.slice(start))
    }
  }
  if (carry.length) yield whole(new Uint8Array(0))
}
