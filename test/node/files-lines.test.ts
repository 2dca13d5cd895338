import { afterAll, describe, expect, test } from "bun:test"
import { execFileSync, spawn } from "node:child_process"
import { closeSync, createReadStream, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { nodeFiles } from "../../node/files.ts"

const dir = mkdtempSync(join(tmpdir(), "cxedge-lines-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function both(text: string) {
  const path = join(dir, "f.txt")
  writeFileSync(path, text)
  const ours: string[] = []
  for await (const line of nodeFiles.lines(path)) ours.push(line)
  const readline: string[] = []
  for await (const line of createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })) readline.push(line)
  return { ours, readline }
}

// The reader splits 64 KiB chunks itself: a line break or a character cut by a chunk's end must not show.
const CHUNK = 1 << 16

describe("a file's lines (the JSONL source reads them)", () => {
  test.each([
    ["newlines", "a\nb\n"],
    ["CRLF, no final newline", '{"id":1}\r\n{"id":2}'],
    ["a lone CR ends a line too", "a\rb\r\n\r\nc"],
    ["blank lines kept", "\n\nx\n"],
    ["an empty file", ""],
    ["a CR at the very end", "a\r"],
    ["CRLF across a chunk's end", `${"x".repeat(CHUNK - 1)}\r\ny\n`],
    ["a two-byte character across a chunk's end", `${"x".repeat(CHUNK - 1)}é${"z".repeat(10)}\n`],
    ["lines longer than a chunk", `${"é".repeat(CHUNK * 3)}\n${"y".repeat(CHUNK + 5)}`],
  ])("%s: the same lines as node:readline", async (_, text) => {
    const { ours, readline } = await both(text)
    expect(ours).toEqual(readline)
  })

  test("a byte-order mark is left for the source to skip", async () => {
    const { ours } = await both('\ufeff{"id":1}\n')
    expect(ours).toEqual(['\ufeff{"id":1}'])
  })
})

test("bytes gives a part of a file, start to end, in chunks a reader may keep", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "cxedge-bytes-")), "b.bin")
  const data = Uint8Array.from({ length: 2_500_000 }, (_, i) => (i * 31 + Math.floor(i / 1000)) & 0xff)
  writeFileSync(path, data)
  const kept = async (range?: { start?: number; end?: number }) => {
    const chunks: Uint8Array[] = []
    for await (const chunk of nodeFiles.bytes!(path, range)) chunks.push(chunk)
    return Buffer.concat(chunks)
  }
  // Chunks held until the end (as `consent receive` holds them) are each their own: none overwritten by the next read.
  expect(Buffer.compare(await kept(), Buffer.from(data))).toBe(0)
  expect(Buffer.compare(await kept({ start: 1_000_003, end: 2_400_001 }), Buffer.from(data.subarray(1_000_003, 2_400_001)))).toBe(0)
  expect((await kept({ start: 5, end: 5 })).length).toBe(0)
  expect(Buffer.compare(await kept({ start: 2_499_990, end: 9_000_000 }), Buffer.from(data.subarray(2_499_990)))).toBe(0)
})

test("bytes reads a FIFO whole (a body piped in, `<(curl …)`), as a read stream did", async () => {
  const path = join(dir, "piped")
  execFileSync("mkfifo", [path])
  const writer = spawn("sh", ["-c", `printf 'hello\\nworld\\n' > '${path}'`])
  const chunks: Uint8Array[] = []
  for await (const chunk of nodeFiles.bytes!(path)) chunks.push(chunk)
  await new Promise((resolve) => writer.on("exit", resolve))
  expect(Buffer.concat(chunks).toString()).toBe("hello\nworld\n")
})

test("a line written after an export's file was closed goes to no file, though its fd number was taken again", async () => {
  const out = await nodeFiles.appender(join(dir, "export.jsonl"), { truncate: true })
  await out.write('{"id":"a"}')
  await out.close()
  const other = join(dir, "journal")
  writeFileSync(other, "")
  const fd = openSync(other, "a")
  await expect(out.write('{"id":"b"}')).rejects.toThrow("after it was closed")
  closeSync(fd)
  expect(readFileSync(other, "utf8")).toBe("")
  expect(readFileSync(join(dir, "export.jsonl"), "utf8")).toBe('{"id":"a"}\n')
})
