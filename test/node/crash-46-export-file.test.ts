import { afterAll, describe, expect, test } from "bun:test"
import { execFileSync, spawnSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { nodeFiles } from "../../node/files.ts"
import { ROOT } from "../helpers.ts"

const dir = mkdtempSync(join(tmpdir(), "cxedge-crash46-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const line = (id: string) => JSON.stringify({ id, pad: "x".repeat(780) })

describe("an export file appended to (crash and tamper, pass 46)", () => {
  test("a write cut short by a full disk leaves no part of a line: the file ends at its last whole line, and the error names the file and what to do", () => {
    const path = join(dir, "full.jsonl")
    const script = join(dir, "full.ts")
    // The file size limit (ulimit -f 1: 1024 bytes) stands in for a full disk: the second line is cut short.
    writeFileSync(script, `import { nodeFiles } from ${JSON.stringify(`${ROOT}node/files.ts`)}
const out = await nodeFiles.appender(${JSON.stringify(path)}, { truncate: true })
await out.write(${JSON.stringify(line("a"))})
try { await out.write(${JSON.stringify(line("b"))}) } catch (error) { console.log((error as Error).message) }
await out.close()`)
    const r = spawnSync("bash", ["-c", `ulimit -f 1; exec "${process.execPath}" "${script}"`], { encoding: "utf8", timeout: 20_000 })
    expect(r.stdout).toContain(`${path} could not be written (EFBIG): its disk is full or the file size limit was reached; make room or fix it, then resume the job`)
    expect(readFileSync(path, "utf8")).toBe(line("a") + "\n")
  })

  test("a FIFO named as the export file is refused at once, naming it, rather than blocking until something reads it", () => {
    const path = join(dir, "pipe.jsonl")
    execFileSync("mkfifo", [path])
    const script = join(dir, "pipe.ts")
    // In a child with a deadline: an open that blocks on the FIFO cannot be interrupted inside this process.
    writeFileSync(script, `import { nodeFiles } from ${JSON.stringify(`${ROOT}node/files.ts`)}
for (const truncate of [true, false]) await nodeFiles.appender(${JSON.stringify(path)}, { truncate }).catch((error) => console.log((error as Error).message))`)
    const r = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 15_000 })
    const refusal = `[cxedge] [files] ${path} is a FIFO (named pipe): a job appends its lines to a regular file and reads them again to resume; name a regular file`
    expect(r.stdout).toBe(`${refusal}\n${refusal}\n`)
  })

  test("on resume, an unended last line that no export wrote is refused naming the file, not cut away in silence; a torn line of ours is still cut", async () => {
    const path = join(dir, "foreign.jsonl")
    writeFileSync(path, `${line("a")}\nnotes of mine`)
    await expect(nodeFiles.appender(path, { truncate: false })).rejects.toThrow(`${path} ends with a line that has no line end and is not one this command writes`)
    expect(readFileSync(path, "utf8")).toBe(`${line("a")}\nnotes of mine`)
    writeFileSync(path, `${line("a")}\n{"id":"b","pa`)
    const out = await nodeFiles.appender(path, { truncate: false })
    await out.close()
    expect(statSync(path).size).toBe(line("a").length + 1)
  })

  // Review 48: a whole line of ours without its line end was cut like a torn one; the journal has its contact as
  // exported, so the resume then refused the file as cut short, with that line already deleted by cxedge itself.
  test("on resume, a whole last line of ours that lost only its line end is ended, not cut away", async () => {
    const path = join(dir, "noeol.jsonl")
    writeFileSync(path, `${line("a")}\n${line("b")}`)
    const out = await nodeFiles.appender(path, { truncate: false })
    await out.write(line("c"))
    await out.close()
    expect(readFileSync(path, "utf8")).toBe(`${line("a")}\n${line("b")}\n${line("c")}\n`)
  })
})
