// Safe 52 (CLI): retries after an audit record failed. Two sinks (audit-kv and audit-file), the file sink failing (its
// day file is a directory: EISDIR) while the kv sink takes the record: the retry wrote a second copy into the kv chain.
// A hold add retried after someone released the hold added a second hold; a subject export retried was exported again.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { failFileSink, fileSinkRecords, mendFileSink } from "../failing-file-sink.ts"
import { runCli } from "../helpers.ts"

let dir: string
let env: Record<string, string>
const cli = (...args: string[]) => runCli(args, env, { cwd: dir })

/** The kv sink's records (audit tail reads the first sink) and the file sink's, of one action. */
async function records(action: string) {
  // audit tail shows a record's hold id as `hold`.
  const kv = JSON.parse((await cli("audit", "tail", "-n", "500", "--json")).stdout) as { action: string; hold: string }[]
  const file = fileSinkRecords<{ action: string; detail: { holdId: string } }>(dir)
  return { kv: kv.filter((r) => r.action === action), file: file.filter((r: { action: string }) => r.action === action) }
}
const holdId = (text: string) => /hold (hold_\w+)/.exec(text)?.[1]

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-safe52a-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "hold", "subject", "audit", "audit-kv", ["audit-file", { dir: "alog" }]] }))
  env = { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("an audit record one sink of two failed is written again only to that sink", () => {
  test("hold add: the retry writes the record to the file sink; the kv chain holds it once", async () => {
    failFileSink(dir)
    const first = await cli("hold", "add", "--subject-email", "ada@example.com", "--reason", "LH-1")
    mendFileSink(dir)
    expect(first.code).toBe(1)
    expect(first.stderr).toContain("run the same command again to write it; nothing is added twice")
    const id = holdId(first.stderr)!
    const again = await cli("hold", "add", "--subject-email", "ada@example.com", "--reason", "LH-1")
    expect([again.code, again.stdout]).toEqual([0, expect.stringContaining(`hold ${id} was added`)])
    const { kv, file } = await records("hold.added")
    expect(kv.map((r) => r.hold)).toEqual([id])
    expect(file.map((r: { detail: { holdId: string } }) => r.detail.holdId)).toEqual([id])
  }, 60_000)
})

describe("hold add asked again after its hold was released", () => {
  test("the retry its failed record asked for adds no second hold; the next add holds again", async () => {
    failFileSink(dir)
    const first = await cli("hold", "add", "--subject-email", "bo@example.com", "--reason", "LH-2")
    mendFileSink(dir)
    expect(first.code).toBe(1)
    const id = holdId(first.stderr)!
    // Someone releases it before the operator retries: the release writes the add's record, then its own.
    expect((await cli("hold", "release", id)).code).toBe(0)
    const retry = await cli("hold", "add", "--subject-email", "bo@example.com", "--reason", "LH-2")
    expect(retry.code).toBe(0)
    expect(retry.stdout).toContain(`hold ${id} was added at`)
    expect(retry.stdout).toContain("not added again; to hold it again, run the same command once more")
    const listed = () => cli("hold", "list", "--json").then((r) => (JSON.parse(r.stdout) as { id: string; reason: string; state: string }[]).filter((h) => h.reason === "LH-2"))
    expect((await listed()).map((h) => [h.id, h.state])).toEqual([[id, "released"]])
    expect((await records("hold.added")).kv.filter((r) => r.hold === id)).toHaveLength(1)
    // Answered once: asked again, the subject is held again, by a new hold.
    const held = await cli("hold", "add", "--subject-email", "bo@example.com", "--reason", "LH-2")
    expect([held.code, held.stdout]).toEqual([0, expect.stringMatching(/^hold hold_\w+ added/)])
    expect((await listed()).map((h) => h.state).sort()).toEqual(["active", "released"])
  }, 60_000)

  test("an add run twice is one hold, recorded once", async () => {
    for (let i = 0; i < 2; i++) expect((await cli("hold", "add", "--subject-email", "cy@example.com", "--reason", "LH-3")).code).toBe(0)
    const holds = JSON.parse((await cli("hold", "list", "--json")).stdout) as { reason: string }[]
    expect(holds.filter((h) => h.reason === "LH-3")).toHaveLength(1)
  }, 60_000)
})

describe("subject export whose audit record failed", () => {
  const exportArgs = ["subject", "export", "--email", "ada@example.com", "--out", "ada.json", "--by", "dpo"]

  test("the same command again writes only the record: the file is not exported again, each sink holds one record", async () => {
    failFileSink(dir)
    const first = await cli(...exportArgs)
    mendFileSink(dir)
    expect(first.code).toBe(1)
    expect(first.stderr).toContain("subject export written to ada.json, but its audit record could not be written")
    expect(first.stderr).toContain("run the same command again to write it; the export is not made again")
    expect(first.stderr).not.toContain("ada@example.com")
    const written = readFileSync(join(dir, "ada.json"), "utf8")
    const retry = await cli(...exportArgs)
    expect([retry.code, retry.stdout]).toEqual([0, expect.stringContaining("not exported again; its audit record is written now")])
    expect(readFileSync(join(dir, "ada.json"), "utf8")).toBe(written)
    const { kv, file } = await records("subject.export")
    expect([kv.length, file.length]).toEqual([1, 1])
    // Written: the command once more is refused as before (the file exists), nothing recorded.
    const third = await cli(...exportArgs)
    expect([third.code, third.stderr]).toEqual([2, expect.stringContaining("ada.json exists: choose another --out, or pass --force")])
  }, 60_000)
})
