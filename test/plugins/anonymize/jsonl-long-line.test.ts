import { describe, expect, test } from "bun:test"
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { FileAccess } from "../../../core/index.ts"
import { nodeFiles } from "../../../node/files.ts"
import { MAX_LINE_BYTES } from "../../../plugins/anonymize/sources/jsonl-check.ts"
import { createJsonlRangeSource, lineRanges } from "../../../plugins/anonymize/sources/jsonl-range.ts"
import { runCli } from "../../helpers.ts"

/** A file of `text` handed out in chunks of `size` bytes (views of one buffer: no copy made here). */
function chunked(text: string | Uint8Array, size: number): FileAccess {
  const all = typeof text === "string" ? new TextEncoder().encode(text) : text
  return {
    ...nodeFiles,
    async *bytes(_path, range) {
      const end = Math.min(range?.end ?? all.length, all.length)
      for (let at = range?.start ?? 0; at < end; at += size) yield all.subarray(at, Math.min(at + size, end))
    },
  }
}

describe("a long line of JSON Lines is read in one pass", () => {
  test("a 2 MB line handed out 64 bytes at a time is split and read whole (each piece was copied onto the line so far: 32 GB)", async () => {
    const long = JSON.stringify({ id: "2", notes: "y".repeat(2 << 20) })
    const files = chunked(`{"id":"1"}\n${long}\n{"id":"3"}\n`, 64)
    const ranges = []
    for await (const range of lineRanges(files, "f.jsonl", 1)) ranges.push(range)
    expect(ranges.map((r) => r.line)).toEqual([1, 2, 3])
    const ids: string[] = []
    for await (const page of createJsonlRangeSource(files, "f.jsonl", ranges[1]!).pages()) ids.push(...page.map((r) => `${r.id}:${String(r.data.notes).length}`))
    expect(ids).toEqual([`2:${2 << 20}`])
  }, 20_000)

  test("a line longer than the limit is refused by its number when a split job's ranges are found", async () => {
    const bytes = new Uint8Array(MAX_LINE_BYTES + 100).fill(0x78)
    bytes.set(new TextEncoder().encode('{"id":"1"}\n{"id":"2","n":"'))
    const ranges = async () => {
      for await (const _ of lineRanges(chunked(bytes, 1 << 20), "f.jsonl", 1000)) void _
    }
    await expect(ranges()).rejects.toThrow("line 2 is longer than 32 MB, the most one line (one contact) may hold")
  }, 20_000)

  test("nodeFiles.lines reads a line of 8 MB across its chunks as it was written, CRLF and CR ends too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-long-"))
    try {
      const long = "z".repeat(8 << 20)
      writeFileSync(join(dir, "f"), `a\r\n${long}\rb\n\nc`)
      const lines: string[] = []
      for await (const line of nodeFiles.lines(join(dir, "f"))) lines.push(line)
      expect(lines.map((l) => l.length)).toEqual([1, 8 << 20, 1, 0, 1])
      expect(lines[1] === long).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 20_000)

  test("a contact of a 20 MB line is exported whole by anonymize --source jsonl", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-long-"))
    try {
      writeFileSync(join(dir, "c.jsonl"), `${JSON.stringify({ id: "1", keepMe: "k".repeat(20 << 20) })}\n{"id":"2","email":"ada@example.com"}\n`)
      writeFileSync(join(dir, "m.json"), JSON.stringify({ name: "m", fields: [{ path: "email", transform: "nullify" }], keep: ["keepMe"] }))
      const r = await runCli(["anonymize", "--matrix", "m.json", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--out", "o.jsonl"], {}, { cwd: dir })
      expect(r.code).toBe(0)
      const out = readFileSync(join(dir, "o.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))
      expect(out.map((o) => [o.id, String(o.keepMe ?? "").length])).toEqual([["1", 20 << 20], ["2", 0]])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

// The long-line check before an anonymize --source jsonl job counted LF alone, where the reader (and pii's check) end a
// line at LF, CRLF or a lone CR: a file of CR-ended lines was one line to it, so a long line was named line 1 whatever
// its number, and lines of 17 MB each, 34 MB in all, were refused as one line over 32 MB that the reader never meets.
describe("anonymize --source jsonl's long-line check ends a line where the reader does", () => {
  const run = (dir: string) => runCli(["anonymize", "--matrix", "m.json", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--out", "o.jsonl"], {}, { cwd: dir })
  const withFile = async (write: (fd: number) => void, check: (dir: string, r: Awaited<ReturnType<typeof run>>) => void) => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-long-cr-"))
    try {
      const fd = openSync(join(dir, "c.jsonl"), "w")
      write(fd)
      closeSync(fd)
      writeFileSync(join(dir, "m.json"), JSON.stringify({ name: "m", fields: [{ path: "email", transform: "nullify" }], keep: ["notes"] }))
      check(dir, await run(dir))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  for (const [name, end] of [["CR", "\r"], ["CRLF", "\r\n"]] as const) {
    test(`${name} line ends: a line over the limit is named by its number (line 2), nothing written`, async () => {
      await withFile((fd) => {
        writeSync(fd, `{"id":"1","email":"ada@example.com"}${end}{"id":"2","notes":"`)
        writeSync(fd, Buffer.alloc(MAX_LINE_BYTES, "x"))
        writeSync(fd, `"}${end}{"id":"3"}${end}`)
      }, (dir, r) => {
        expect(r.code).toBe(2)
        expect(r.stderr).toContain("c.jsonl line 2 is longer than 32 MB, the most one line (one contact) may hold: nothing was read or written")
        expect(r.stderr).not.toContain("xxxx")
        expect(existsSync(join(dir, "o.jsonl"))).toBe(false)
      })
    }, 60_000)
  }

  test("CR line ends: two lines of 17 MB each (34 MB in all) are each one contact, read whole, not one line over 32 MB", async () => {
    const half = 17 << 20
    await withFile((fd) => {
      for (const id of ["1", "2"]) {
        writeSync(fd, `{"id":"${id}","email":"ada@example.com","notes":"`)
        writeSync(fd, Buffer.alloc(half, "n"))
        writeSync(fd, `"}\r`)
      }
    }, (dir, r) => {
      expect([r.code, r.stderr]).toEqual([0, expect.not.stringContaining("longer than")])
      const out = readFileSync(join(dir, "o.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))
      expect(out.map((o) => [o.id, o.email, String(o.notes).length])).toEqual([["1", null, half], ["2", null, half]])
    })
  }, 90_000)
})
