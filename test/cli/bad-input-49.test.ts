/**
 * Bad input, round 49. A new export job (or its dry run) whose --out named a FIFO, or /dev/stdout in a pipe
 * (`... --out /dev/stdout | gzip`), hung for good: the check that the file was not another's read it first, and a pipe
 * gives nothing until something writes to it. `--out /dev/stdout > o.jsonl` wrote the export into o.jsonl and the
 * summary over it from the file's start: the export was lost, exit 0. And an address pasted with an invisible
 * character (a zero-width space before it, a word joiner) was taken: `erase` sent a Privacy erasure for an address
 * nobody has (the person's contacts left as they were, exit 0), `hold add` held no one, `transcript send` mailed a
 * person's transcript to no one's address. A JSONL line nested 200,000 deep ended `pii scan` and `pii redact` with
 * "unexpected error: Maximum call stack size exceeded", exit 1, no line written for the file's other lines.
 */
import { afterAll, describe, expect, test } from "bun:test"
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT, runCli } from "../helpers.ts"
import { refusalRound } from "./refusal-harness.ts"

const EXPORT = ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", `${ROOT}examples/contacts.jsonl`, "--target", "export"]
const dirs: string[] = []
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-bad49-"))
  dirs.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const FIFO = /^\[cxedge\] \[files\] (p|\/dev\/stdout) is a FIFO \(named pipe\): a job appends its lines to a regular file and reads them again to resume; name a regular file$/m

// Through sh: a shell's pipe or file as standard output (Bun.spawn's pipe is a socket).
function viaShell(args: string[], redirect: string) {
  const cwd = temp()
  const line = [process.execPath, `${ROOT}cli/main.ts`, ...args].map((a) => `'${a}'`).join(" ")
  const r = spawnSync("sh", ["-c", `${line} ${redirect}`], { cwd, encoding: "utf8", timeout: 30_000, env: { PATH: process.env.PATH, HOME: cwd, NO_COLOR: "1", CXEDGE_STORAGE: "memory" } })
  return { ...r, cwd }
}

describe("--out naming a pipe is refused at once, exit 2 (was: the command hung)", () => {
  for (const extra of [["--yes"], ["--dry-run"]]) {
    test(`a FIFO, ${extra[0]}`, async () => {
      const cwd = temp()
      spawnSync("mkfifo", [join(cwd, "p")])
      const r = await runCli([...EXPORT, "--out", "p", ...extra], { CXEDGE_STORAGE: "fs" }, { cwd, timeoutMs: 20_000 })
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(FIFO)
      expect(existsSync(join(cwd, ".cxedge"))).toBe(false)
    }, 30_000)
  }
  test("/dev/stdout in a pipe", () => {
    const r = viaShell([...EXPORT, "--out", "/dev/stdout", "--yes"], "| cat")
    expect(r.stderr).toMatch(FIFO)
    expect(r.stdout).toBe("")
  }, 40_000)
})

test("--out /dev/stdout with standard output sent to a file: refused, naming it (was: the export written over by the summary, exit 0)", () => {
  const r = viaShell([...EXPORT, "--out", "/dev/stdout", "--yes"], "> o.jsonl")
  expect(r.status).toBe(2)
  expect(r.stderr).toMatch(/^\[cxedge\] \[files\] \/dev\/stdout is this command's standard output: a job writes its lines to a file of their own and reads them again to resume; name a file \(the summary goes to standard output\)$/m)
  expect(readFileSync(join(r.cwd, "o.jsonl"), "utf8")).toBe("")
}, 40_000)

const ZWSP = "\u200b"
const DEEP = `{"id":"1","text":"ann@example.com","x":${"[".repeat(200_000)}${"]".repeat(200_000)}}\n{"id":"2","text":"bo@example.com"}\n`
const INVISIBLE = "it holds an invisible character (a zero-width space, a joiner or a direction mark, copied with it): type the address again"
refusalRound("bad input, round 49", "cxedge-bad49r-", [
  {
    name: "erase --email with a zero-width space before it (was: a Privacy erasure of an address nobody has, exit 0)",
    args: ["erase", "--email", `${ZWSP}quentin@example.com`, "--yes"],
    says: new RegExp(`^\\[cxedge\\] \\[erase\\] --email is not an email address: check it \\(it is not repeated here: it is personal data\\) \\(${INVISIBLE.replace(/[()]/g, "\\$&")}\\)$`),
  },
  {
    name: "erase --email with a word joiner in it, on a dry run",
    args: ["erase", "--email", "ann\u2060@example.com", "--dry-run"],
    says: /^\[cxedge\] \[erase\] --email is not an email address: .*invisible character/,
  },
  {
    name: "hold add --subject-email with a zero-width space (was: a hold on no one, the person left unheld)",
    args: ["hold", "add", "--subject-email", `${ZWSP}ann@example.com`, "--reason", "case 49"],
    says: /^\[cxedge\] \[hold\] --subject-email is not an email address: give name@domain \(it holds an invisible character/,
  },
  {
    name: "transcript send --to with a zero-width space (was: the transcript sent to no one's address)",
    args: ["transcript", "send", "--contact", "600042000000", "--to", `${ZWSP}ann@example.com`],
    says: /^\[cxedge\] \[transcript\] recipient 1 is not an email address: check --to \(it holds an invisible character/,
  },
  {
    name: "an address with a zero-width space after its domain is refused too (it was read without it by erase, with it by others)",
    args: ["erase", "--email", `ann@example.com${ZWSP}`, "--dry-run"],
    says: /^\[cxedge\] \[erase\] --email is not an email address: .*invisible character/,
  },
  {
    name: "pii scan --json of a JSONL line nested 200,000 deep: its findings, and the lines after it (was: 'unexpected error: Maximum call stack size exceeded', exit 1)",
    args: ["pii", "scan", "--file", "d.jsonl", "--field", "text", "--json"],
    files: { "d.jsonl": DEEP },
    code: 0,
    says: /^\{"id":"1","findings":\[\{"type":"EMAIL","start":0,"end":15,"score":[\d.]+\}\]\}\n\{"id":"2","findings":\[\{"type":"EMAIL","start":0,"end":14,"score":[\d.]+\}\]\}\n/,
  },
  {
    name: "pii redact of that line: scrubbed, the rest of it passed through as written, the next line too (was: the same crash, nothing written; then an error line in its place)",
    args: ["pii", "redact", "--file", "d.jsonl", "--field", "text"],
    files: { "d.jsonl": DEEP },
    code: 0,
    says: /^\{"id":"1","text":"<EMAIL>","x":\[{200000}\]{200000}\}\n\{"id":"2","text":"<EMAIL>"\}\n/,
  },
  { name: "an address in its own letters is still taken", args: ["erase", "--email", "ann@exämple.de", "--dry-run"], code: 0, says: /dry run: 0 contact\(s\) and 1 Privacy erasure\(s\) would be sent/ },
])
