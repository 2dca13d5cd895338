import { MAX_LINE_BYTES } from "./jsonl-shape.ts"

const LF = 10
const CR = 13

/**
 * The number of the first line longer than MAX_LINE_BYTES in a byte stream, or undefined: a line ends at LF, CRLF or a
 * lone CR, as every cxedge line reader splits it (a file's lines, `pii`'s), so the check and the reader agree on what a
 * line is and on its number. Reads a chunk at a time and holds nothing: a file is looked through before it is read.
 */
export async function firstLongLine(chunks: AsyncIterable<Uint8Array>): Promise<number | undefined> {
  let n = 1
  let length = 0
  // The last chunk ended with a CR: an LF opening this one ends no other line.
  let cr = false
  for await (const chunk of chunks) {
    if (!chunk.length) continue
    let from = cr && chunk[0] === LF ? 1 : 0
    cr = false
    // Each searched for natively, and again only once passed: a file without CR looks for one once a chunk.
    let lf = chunk.indexOf(LF, from)
    let r = chunk.indexOf(CR, from)
    while (lf !== -1 || r !== -1) {
      const i = lf === -1 ? r : r === -1 ? lf : Math.min(lf, r)
      if (length + i - from > MAX_LINE_BYTES) return n
      n++
      length = 0
      from = i + 1
      if (i === r && from === chunk.length) cr = true
      else if (i === r && chunk[from] === LF) from++
      if (lf !== -1 && lf < from) lf = chunk.indexOf(LF, from)
      if (r !== -1 && r < from) r = chunk.indexOf(CR, from)
    }
    length += chunk.length - from
    if (length > MAX_LINE_BYTES) return n
  }
  return undefined
}
