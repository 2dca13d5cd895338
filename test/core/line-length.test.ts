import { describe, expect, test } from "bun:test"
import { firstLongLine, MAX_LINE_BYTES } from "../../core/index.ts"

/** `parts` handed out as chunks of `size` bytes. */
async function* chunks(parts: (string | Uint8Array)[], size: number): AsyncGenerator<Uint8Array> {
  const all = Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)))
  for (let at = 0; at < all.length; at += size) yield all.subarray(at, at + size)
}

const over = () => Buffer.alloc(MAX_LINE_BYTES + 1, "x")
const atLimit = () => Buffer.alloc(MAX_LINE_BYTES, "x")

// The one check anonymize --source jsonl and pii make before reading a file: a line ends at LF, CRLF or a lone CR.
describe("firstLongLine", () => {
  test.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("%s ends: the long line's own number, in big and in small chunks", async (_, end) => {
    for (const size of [1 << 20, 65_519]) {
      expect(await firstLongLine(chunks([`a${end}b${end}`, over(), `${end}c${end}`], size))).toBe(3)
      expect(await firstLongLine(chunks([`a${end}b${end}`, atLimit(), `${end}c${end}`], size))).toBeUndefined()
    }
  }, 30_000)

  test("a CRLF cut between two chunks ends one line, not two; a CR at a chunk's end before a line is one end", async () => {
    expect(await firstLongLine(chunks(["ab\r", "\ncd\r", "\r", over()], 3))).toBe(4)
    const crlf = Buffer.from("a\r\nb\r\n")
    const split = async function* () {
      yield crlf.subarray(0, 2)
      yield crlf.subarray(2)
      yield over()
    }
    expect(await firstLongLine(split())).toBe(3)
  }, 30_000)

  test("a last line without an end, and one split only by CR into pieces under the limit", async () => {
    expect(await firstLongLine(chunks(["a\n", over()], 1 << 20))).toBe(2)
    const half = Buffer.alloc(MAX_LINE_BYTES / 2 + 10, "y")
    expect(await firstLongLine(chunks([half, "\r", half, "\r"], 1 << 20))).toBeUndefined()
    expect(await firstLongLine(chunks([half, half], 1 << 20))).toBe(1)
  }, 30_000)
})
