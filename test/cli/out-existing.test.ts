/**
 * `anonymize --out` naming a file that exists: a new job's export emptied it in silence (a tired operator's input, or
 * any other file, lost). Now refused before anything is read, stored or written, a dry run's too, as subject export
 * and audit checkpoint refuse theirs; --force replaces it, and a job's own export is still added to on its resume.
 */
import { describe, expect, test } from "bun:test"
import { readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"

const CONTACTS = '{"id":"a1","email":"a@example.com"}\n{"id":"a2","email":"b@example.com"}\n'
const THEIRS = '{"id":"kept","note":"a file the job did not write"}\n'
const RUN = ["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "c.jsonl"]
const untouched = (name: string, text = THEIRS) => (cwd: string) => expect(readFileSync(join(cwd, name), "utf8")).toBe(text)
const REFUSED = /^\[cxedge\] \[anonymize\] o\.jsonl exists and is not this job's export: choose another --out, or pass --force to replace it \(a job adds to its own export when resumed: cxedge anonymize --resume JOB\)$/

const rows: RefusalRow[] = [
  { name: "--out an existing file", args: [...RUN, "--out", "o.jsonl"], files: { "c.jsonl": CONTACTS, "o.jsonl": THEIRS }, says: REFUSED, after: untouched("o.jsonl") },
  { name: "--out an existing file, --target export", args: [...RUN, "--target", "export", "--out", "o.jsonl"], files: { "c.jsonl": CONTACTS, "o.jsonl": THEIRS }, says: REFUSED, after: untouched("o.jsonl") },
  // The dry run of the command about to be run says what the run would say, rather than pass and the run refuse.
  { name: "--out an existing file, --dry-run", args: [...RUN, "--out", "o.jsonl", "--dry-run"], files: { "c.jsonl": CONTACTS, "o.jsonl": THEIRS }, says: REFUSED, after: untouched("o.jsonl") },
  { name: "--out a file of one byte without a line end", args: [...RUN, "--out", "o.jsonl"], files: { "c.jsonl": CONTACTS, "o.jsonl": "x" }, says: REFUSED, after: untouched("o.jsonl", "x") },
  { name: "--out of blank lines", args: [...RUN, "--out", "o.jsonl"], files: { "c.jsonl": CONTACTS, "o.jsonl": "\n\n" }, says: REFUSED, after: untouched("o.jsonl", "\n\n") },
  { name: "--out a directory", args: [...RUN, "--out", "d"], files: { "c.jsonl": CONTACTS, "d/": "" }, says: /^\[cxedge\] \[files\] d is a directory: name a file to write$/ },
  { name: "--force without --out", args: ["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--force"], says: /^\[cxedge\] \[anonymize\] --force replaces an existing --out file: give --out, or drop --force$/ },
  { name: "--force with --resume", args: ["anonymize", "--resume", "j1", "--force"], says: /^\[cxedge\] \[anonymize\] --force replaces a file at --out, and a resumed job adds to its own export: drop --force$/ },
  { name: "--force=no", args: [...RUN, "--out", "o.jsonl", "--force=no"], files: { "c.jsonl": CONTACTS, "o.jsonl": THEIRS }, says: /^\[cxedge\] --force takes no value: pass --force alone$/, after: untouched("o.jsonl") },
  { name: "--force no", args: [...RUN, "--out", "o.jsonl", "--force", "no"], files: { "c.jsonl": CONTACTS, "o.jsonl": THEIRS }, says: /^\[cxedge\] unexpected argument after --force/, after: untouched("o.jsonl") },
  // Split across workers, the job writes o.part-0000.jsonl and on: an earlier job's parts were emptied by the workers.
  {
    name: "--workers redis with an earlier job's part of --out", args: [...RUN, "--out", "o.jsonl", "--workers", "redis"], files: { "c.jsonl": CONTACTS, "o.part-0000.jsonl": THEIRS },
    says: /^\[cxedge\] \[anonymize\] o\.part-0000\.jsonl \(part 0 of --out o\.jsonl, as --workers writes it\) exists and is not this job's export: choose another --out, or pass --force/,
    after: untouched("o.part-0000.jsonl"),
  },
  // Earlier rounds' refusal comes first: the input named as the output.
  { name: "--out the --file", args: [...RUN, "--out", "c.jsonl"], files: { "c.jsonl": CONTACTS }, says: /--out names the --file being read/, after: untouched("c.jsonl", CONTACTS) },
]

refusalRound("anonymize --out of an existing file", "cxedge-out-existing-", rows)

/** A working directory with the contacts, and a run of the CLI there on fs storage of its own. */
function workdir() {
  const cwd = tempDir("cxedge-out-existing-ok-")
  writeFileSync(join(cwd, "c.jsonl"), CONTACTS)
  const run = (args: string[]) => runCli(args, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(cwd, ".cxedge") }, { cwd, timeoutMs: 30_000 })
  const ids = (name: string) => readFileSync(join(cwd, name), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)
  return { cwd, run, ids }
}

describe("anonymize --out that is written", () => {
  test("a new file, and an empty one (as mktemp makes): the export is written", async () => {
    const { cwd, run, ids } = workdir()
    expect((await run([...RUN, "--out", "new.jsonl"])).code).toBe(0)
    expect(ids("new.jsonl")).toEqual(["a1", "a2"])
    writeFileSync(join(cwd, "empty.jsonl"), "")
    expect((await run([...RUN, "--out", "empty.jsonl"])).code).toBe(0)
    expect(ids("empty.jsonl")).toEqual(["a1", "a2"])
  }, 60_000)

  test("--force replaces another file, through a link too: it then holds the export alone", async () => {
    const { cwd, run, ids } = workdir()
    writeFileSync(join(cwd, "o.jsonl"), THEIRS)
    const r = await run([...RUN, "--out", "o.jsonl", "--force"])
    expect(r.code).toBe(0)
    expect(ids("o.jsonl")).toEqual(["a1", "a2"])
    writeFileSync(join(cwd, "other.jsonl"), THEIRS)
    symlinkSync("other.jsonl", join(cwd, "link.jsonl"))
    expect((await run([...RUN, "--out", "link.jsonl"])).stderr).toContain("link.jsonl exists and is not this job's export")
    expect(readFileSync(join(cwd, "other.jsonl"), "utf8")).toBe(THEIRS)
  }, 60_000)

  test("a job's own export, named again by --job or --resume, is its own: not refused, not emptied; --force there is", async () => {
    const { run, ids } = workdir()
    expect((await run([...RUN, "--out", "o.jsonl", "--job", "j1"])).code).toBe(0)
    const again = await run([...RUN, "--out", "o.jsonl", "--job", "j1"])
    expect(again.code).toBe(0)
    expect(again.stderr).toContain("job j1 already finished")
    expect((await run(["anonymize", "--resume", "j1"])).code).toBe(0)
    expect(ids("o.jsonl")).toEqual(["a1", "a2"])
    const forced = await run([...RUN, "--out", "o.jsonl", "--job", "j1", "--force"])
    expect(forced.code).toBe(2)
    expect(forced.stderr).toContain("--force replaces a file at --out, but job j1 exists and adds to its own export there when resumed: drop --force, or name a new job with --job")
    // Another job at the same --out is not this job: refused.
    const other = await run([...RUN, "--out", "o.jsonl", "--job", "j2"])
    expect(other.code).toBe(2)
    expect(ids("o.jsonl")).toEqual(["a1", "a2"])
  }, 60_000)
})
