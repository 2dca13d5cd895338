/**
 * Bad input, round 47: an export's --out that is a hard link to its --file emptied the contacts before they were read
 * (processed 0, exit 0, the file lost); a --file that is a pipe (<(zcat ...), or standard input as /dev/stdin) was read
 * to its end by the checks, and the job found nothing (processed 0, exit 0); a JSONL file whose lines end in a carriage
 * return alone was "ends in the middle of a line: give the whole file", though whole (pii scan read it); and a path
 * variable with white space around its name (CXEDGE_STORAGE_DIR="st ", storage.dir in the config file) kept the jobs in
 * a directory named with the space, where CXEDGE_CONFIG=" c.json" was "does not exist", the space unseen.
 */
import { describe, expect, test } from "bun:test"
import { existsSync, linkSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { json, refusalRound, tempDir, type Printed, type RefusalRow } from "./refusal-harness.ts"

const ROOT = join(import.meta.dir, "..", "..")
const contacts = [json({ id: "1", email: "ann@example.com" }), json({ id: "2", email: "bo@example.com" })]
const EXPORT = ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--target", "export"]
const STREAM = /^\[cxedge\] \[anonymize\] --file \/dev\/(fd\/\d+|stdin) is a stream \(standard input, or a pipe as <\(\.\.\.\) makes\), which can be read only once: a job reads its file more than once \(checked, then run, and again to resume\); save the input to a file and name it$/
const exported = (lines: number) => (cwd: string, printed: Printed) => {
  expect(readFileSync(join(cwd, "o.jsonl"), "utf8").trim().split("\n")).toHaveLength(lines)
  expect(printed.output).not.toContain("ann@example.com")
}

const rows: RefusalRow[] = [
  { name: "CXEDGE_STORAGE_DIR with a space after the name (was: a directory 'st ' made, the jobs kept there)", args: ["anonymize", "--matrix", "gdpr", "--job", "j1"], env: { CXEDGE_STORAGE_DIR: "st " }, says: /^\[cxedge\] \[config\] CXEDGE_STORAGE_DIR "st " has white space after the name: write "st", without it$/ },
  { name: "CXEDGE_CONFIG with a space before the name (was: config file  c.json does not exist)", args: ["jobs"], env: { CXEDGE_CONFIG: " c.json" }, files: { "c.json": json({ limits: { rps: 5 } }) }, says: /^\[cxedge\] \[config\] CXEDGE_CONFIG " c\.json" has white space before the name: write "c\.json", without it$/ },
  { name: "CXEDGE_SECRETS_FILE of white space alone", args: ["jobs"], env: { CXEDGE_SECRETS_FILE: " " }, says: /^\[cxedge\] \[config\] CXEDGE_SECRETS_FILE is only white space: name the file, or unset it$/ },
  {
    name: "config storage.dir with a space after the name (was: a directory 'st ' made)",
    args: ["anonymize", "--matrix", "gdpr", "--job", "j1"],
    env: { CXEDGE_STORAGE: "", CXEDGE_STORAGE_DIR: "" },
    files: { "cxedge.config.json": json({ storage: { dir: "st " } }) },
    says: /^\[cxedge\] \[config\] cxedge\.config\.json: storage\.dir "st " has white space after the name: write "st", without it$/,
  },
  { name: "anonymize --file /dev/stdin is a stream", args: [...EXPORT, "--file", "/dev/stdin", "--out", "o.jsonl"], says: STREAM },
  { name: "anonymize --file /dev/fd/63 (bash's <(...)), on a dry run too", args: [...EXPORT, "--file", "/dev/fd/63", "--dry-run"], says: STREAM },
  {
    name: "anonymize of JSONL whose lines end in a carriage return alone is read (was: ends in the middle of a line, exit 2)",
    args: [...EXPORT, "--file", "c.jsonl", "--out", "o.jsonl"],
    files: { "c.jsonl": `${contacts.join("\r")}\r` },
    code: 0,
    says: /processed\s+2\n/,
    after: exported(2),
  },
  {
    name: "the same without a line end after the last line",
    args: [...EXPORT, "--file", "c.jsonl", "--out", "o.jsonl"],
    files: { "c.jsonl": contacts.join("\r") },
    code: 0,
    says: /succeeded\s+2\n/,
    after: exported(2),
  },
  { name: "a carriage-return file cut in its last line is still refused as cut", args: [...EXPORT, "--file", "c.jsonl", "--dry-run"], files: { "c.jsonl": `${contacts[0]}\r{"id":"2","em` }, says: /^\[cxedge\] \[anonymize\] c\.jsonl ends in the middle of a line:/ },
]

refusalRound("bad input, round 47", "cxedge-bad47-", rows)

describe("an export's --out that is the --file under another name", () => {
  test("a hard link to the --file is refused, and the file kept (was: emptied before it was read, processed 0, exit 0)", async () => {
    const cwd = tempDir("cxedge-bad47-link-")
    const text = contacts.join("\n") + "\n"
    writeFileSync(join(cwd, "c.jsonl"), text)
    linkSync(join(cwd, "c.jsonl"), join(cwd, "same.jsonl"))
    const r = await runCli([...EXPORT, "--file", "c.jsonl", "--out", "same.jsonl"], { CXEDGE_STORAGE: "fs" }, { cwd })
    expect([r.code, r.stderr.trim().split("\n").at(-1)]).toEqual([2, "[cxedge] [anonymize] --out names the --file being read: it would be emptied before it is read; write the export elsewhere"])
    expect(readFileSync(join(cwd, "c.jsonl"), "utf8")).toBe(text)
    expect(existsSync(join(cwd, ".cxedge"))).toBe(false)
  })
  // Since round 50 an existing --out that is not the job's own is refused (out-existing.test.ts); --force writes it.
  test("another file of the same content is not the --file: written with --force", async () => {
    const cwd = tempDir("cxedge-bad47-copy-")
    writeFileSync(join(cwd, "c.jsonl"), contacts.join("\n") + "\n")
    writeFileSync(join(cwd, "o.jsonl"), contacts.join("\n") + "\n")
    const r = await runCli([...EXPORT, "--file", "c.jsonl", "--out", "o.jsonl", "--force"], { CXEDGE_STORAGE: "fs" }, { cwd })
    expect(r.code).toBe(0)
    exported(2)(cwd, { stdout: r.stdout, output: r.stdout + r.stderr })
  })
})

describe("a --file that is a pipe", () => {
  // As an operator types it: bash hands the command /dev/fd/63, or standard input piped in.
  const shell = async (line: string) => {
    const cwd = tempDir("cxedge-bad47-pipe-")
    writeFileSync(join(cwd, "c.jsonl"), contacts.join("\n") + "\n")
    const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, "cli", "main.ts"))}`
    const proc = Bun.spawn(["bash", "-c", line.replace("CLI", cli)], { cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", CXEDGE_STORAGE: "fs" }, stdout: "pipe", stderr: "pipe" })
    const [stderr, code] = await Promise.all([new Response(proc.stderr).text(), proc.exited])
    return { code, last: stderr.trim().split("\n").at(-1), wrote: existsSync(join(cwd, "o.jsonl")) || existsSync(join(cwd, ".cxedge")) }
  }
  test("<(cat c.jsonl): refused before anything is read or written (was: processed 0, an empty export, exit 0)", async () => {
    const r = await shell(`CLI ${EXPORT.join(" ")} --file <(cat c.jsonl) --out o.jsonl`)
    expect([r.code, r.wrote]).toEqual([2, false])
    expect(r.last).toMatch(STREAM)
  })
  test("cat c.jsonl | ... --file /dev/stdin, the same", async () => {
    const r = await shell(`cat c.jsonl | CLI ${EXPORT.join(" ")} --file /dev/stdin --out o.jsonl`)
    expect([r.code, r.wrote]).toEqual([2, false])
    expect(r.last).toMatch(STREAM)
  })
})
