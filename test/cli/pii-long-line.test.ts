// `pii scan` and `pii redact` read a line of any length whole (a file with no newline, a base64 attachment on one
// line), where anonymize --source jsonl refuses one over 32 MB. Both now refuse it by its number and the limit (core's
// MAX_LINE_BYTES, the one every line reader uses), exit 2, never its content: a named file before any line is scanned
// or written, standard input at that line.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { MAX_LINE_BYTES } from "../../core/index.ts"
import { ROOT } from "../helpers.ts"

const work = mkdtempSync(join(tmpdir(), "cxedge-pii-long-"))
const EMAIL = "ann.lee@example.com"
const HUGE = join(work, "huge.jsonl")
const LIMIT = `longer than ${MAX_LINE_BYTES >> 20} MB, the most one line may hold`

beforeAll(() => {
  // Line 1 an ordinary record holding PII, line 2 one byte over the limit (a record whose text never ends), line 3 another.
  const fd = openSync(HUGE, "w")
  writeSync(fd, `{"id":"1","text":"mail ${EMAIL}"}\n`)
  const open = `{"id":"2","text":"`
  writeSync(fd, open)
  const block = Buffer.alloc(1 << 20, "x")
  for (let left = MAX_LINE_BYTES + 1 - open.length; left > 0; left -= block.length) writeSync(fd, block, 0, Math.min(left, block.length))
  writeSync(fd, `\n{"id":"3","text":"call ${EMAIL}"}\n`)
  closeSync(fd)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The CLI with `stdin` (a file's path, or nothing). */
async function cli(args: string[], stdin?: string) {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], {
    cwd: work,
    env: { PATH: process.env.PATH ?? "", HOME: work, NO_COLOR: "1" },
    stdin: stdin ? Bun.file(stdin) : "ignore",
    stdout: "pipe",
    stderr: "pipe",
  })
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  return { code, stdout, stderr, said: stderr.split("\n").filter((l) => l && !l.startsWith("[info]")) }
}

describe("a line over the limit is refused by pii scan and pii redact", () => {
  test.each([
    ["pii scan --json", ["pii", "scan", "--file", "huge.jsonl", "--field", "text", "--json"]],
    ["pii scan (the tally)", ["pii", "scan", "--file", "huge.jsonl", "--field", "text"]],
    ["pii redact --field", ["pii", "redact", "--file", "huge.jsonl", "--field", "text"]],
  ])("%s --file: exit 2, the line and the limit named, nothing printed", async (_, args) => {
    const r = await cli(args)
    expect(r.said).toEqual([`[cxedge] [pii] huge.jsonl line 2 is ${LIMIT}: nothing was read or written; split that line (or move its large field out of it), then run again`])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
  }, 30_000)

  test("on standard input: exit 2 at that line, naming it and the limit, no content quoted", async () => {
    const r = await cli(["pii", "redact", "--field", "text"], HUGE)
    expect(r.code).toBe(2)
    expect(r.said.at(-1)).toBe(`[cxedge] [pii] standard input line 2 is ${LIMIT}: reading stopped there; split that line (or move its large field out of it), then run again`)
    expect(r.stderr).not.toContain("xxxx")
    expect(r.stdout).not.toContain(EMAIL)
  }, 30_000)
})

// Without --field, pii redact reads its input as one text, held whole: it had no limit at all (a 35 MB file was read
// into memory and scrubbed). A text over the same limit is refused by name, exit 2, before anything is printed.
describe("a plain text over the limit is refused by pii redact", () => {
  const TEXT_LIMIT = `longer than ${MAX_LINE_BYTES >> 20} MB, the most one text may hold: nothing was written`
  test.each([
    ["--file", ["pii", "redact", "--file", "huge.jsonl"], undefined, "huge.jsonl"],
    ["standard input", ["pii", "redact"], HUGE, "standard input"],
  ])("%s: exit 2 naming it and the limit, nothing printed", async (_, args, stdin, named) => {
    const r = await cli(args as string[], stdin as string | undefined)
    expect(r.said).toEqual([`[cxedge] [pii] ${named} is ${TEXT_LIMIT}; split it into smaller texts (or give it as JSON Lines with --field), then run again`])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).not.toContain("xxxx")
  }, 30_000)

  test("a text under the limit is scrubbed as before", async () => {
    const small = join(work, "small.txt")
    await Bun.write(small, `write to ${EMAIL} please\n`)
    const r = await cli(["pii", "redact", "--file", "small.txt"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("write to ")
    expect(r.stdout).not.toContain(EMAIL)
  }, 30_000)
})
