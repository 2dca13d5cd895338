import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT } from "../helpers.ts"

// `pii scan --source <any source>` (records, cxone, DFO messages, a third party's), and a file scan that opens no runtime.

const EMAIL_LIKE = /[\w.+-]+@[\w-]+\.[\w.]+/
const CARD_LIKE = /\b(?:\d[ -]?){13,19}\b/

async function cli(args: string[], cwd: string, input = "") {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, NO_COLOR: "1" },
    stdin: new Blob([input]),
    stdout: "pipe",
    stderr: "pipe",
  })
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  return { code, stdout, stderr }
}
const SANDBOX_LINE = "[info] no tenant configured"
const refusalLines = (stderr: string) => stderr.trim().split("\n").filter((l) => !l.startsWith(SANDBOX_LINE))

describe("pii scan --source messages: the DFO messages of the sandbox's digital contacts", () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-pii-messages-"))

  test.each([
    [["--source", "messages"], "--source messages needs --since"],
    [["--source", "messages", "--since", "2026-10-05", "--until", "2026-10-01"], "is not before --until"],
    [["--source", "messages", "--since", "last tuesday"], '--since "last tuesday" is not a date'],
    [["--source", "messages", "--since", "7d", "--file", "in.jsonl"], "--file is read by --source jsonl only"],
    [["--source", "messages", "--since", "400d"], "more than the 31 the messages source reads at once"],
    [["--source", "mesages", "--since", "7d"], '--source "mesages" is not a source here (did you mean "messages"?): use cxone, jsonl, messages, records'],
    [["--source", "Messages"], '--source "Messages" is not a source name'],
    [["--since", "7d", "--source", "records"], "--since is not read by --source records: drop --since"],
  ])("refused before any call, in one line, exit 2: %j", async (args, expected) => {
    const r = await cli(["pii", "scan", ...args], dir)
    expect([r.code, r.stdout]).toEqual([2, ""])
    const lines = refusalLines(r.stderr)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(expected)
  })

  test("counts per field path and type over the window's messages, never a value; --json as documented", async () => {
    const r = await cli(["pii", "scan", "--source", "messages", "--since", "30d", "--json"], dir)
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.records).toBeGreaterThan(50)
    const text = out.paths.find((p: { path: string }) => p.path === "text")
    // The sandbox's chats carry emails, cards, IBANs, phones and names inside the text.
    for (const type of ["EMAIL", "PHONE", "CARD", "IBAN", "PERSON"]) expect(text.byType[type]).toBeGreaterThan(0)
    expect(text.partial).toBeGreaterThan(0)
    expect(r.stdout + r.stderr).not.toMatch(EMAIL_LIKE)
    expect(r.stdout + r.stderr).not.toMatch(CARD_LIKE)
    // What 30d resolved to is said before the tenant is read, on stderr (stdout stays the JSON), as anonymize says it.
    expect(r.stderr).toMatch(/^\[info\] window: \d{4}-\d\d-\d\dT[\d:.]+Z \.\. \d{4}-\d\d-\d\dT[\d:.]+Z$/m)
    // --field narrows the scan to one path of each message, as for any source.
    const only = JSON.parse((await cli(["pii", "scan", "--source", "messages", "--since", "30d", "--field", "text", "--json"], dir)).stdout)
    expect(only.paths.map((p: { path: string }) => p.path)).toEqual(["text"])
    expect(only.paths[0].byType).toEqual(text.byType)
    // Two runs of the CLI, each opening the sandbox and scanning its messages: 3.7 s alone, over 5 s on a loaded machine.
  }, 30_000)

  test("the window of a scan with no --since is said: the tenant's default start, the --until given", async () => {
    const r = await cli(["pii", "scan", "--source", "cxone", "--until", "2026-11-01", "--json"], dir)
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("[info] window: (no start: the tenant's default) .. 2026-11-01T00:00:00.000Z")
  })

  test("--samples are masked; --suggest drafts an export matrix that matrix validate accepts and anonymize runs", async () => {
    const samples = await cli(["pii", "scan", "--source", "messages", "--since", "30d", "--samples"], dir)
    expect(samples.code).toBe(0)
    expect(samples.stdout).toMatch(/^text\s+EMAIL: .*\*\*\*/m)
    expect(samples.stdout + samples.stderr).not.toMatch(EMAIL_LIKE)
    const suggest = await cli(["pii", "scan", "--source", "messages", "--since", "30d", "--suggest"], dir)
    expect(suggest.code).toBe(0)
    const draft = JSON.parse(suggest.stdout)
    expect(draft.target).toBe("export")
    expect(draft.fields).toContainEqual({ path: "text", transform: "scrub" })
    writeFileSync(join(dir, "draft.json"), suggest.stdout)
    expect((await cli(["matrix", "validate", "draft.json"], dir)).code).toBe(0)
    const job = await cli(["anonymize", "--matrix", "draft.json", "--source", "messages", "--since", "30d", "--target", "export", "--out", "out.jsonl", "--yes"], dir)
    expect(job.code).toBe(0)
    // What the draft exported holds no PII the scan can find.
    const rescan = await cli(["pii", "scan", "--file", "out.jsonl", "--field", "text"], dir)
    expect(rescan.stdout).toContain("PII found at 0 field paths")
  }, 60_000)
})

describe("a third-party plugin's source: pii scan and anonymize both read it by name", () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-pii-plugin-source-"))
  // A plain plugin object, as an outside package exports it: no import of cxedge at all.
  writeFileSync(join(dir, "helpdesk.mjs"), `
const tickets = [
  { id: "T-1", body: "Please call me back on 020 7946 0958, thanks" },
  { id: "T-2", body: "My email is ann.lee@example.com" },
  { id: "T-3", body: "Printer on floor 3 is broken" },
]
export default {
  name: "helpdesk",
  version: "1.0.0",
  sources: {
    tickets: {
      description: "the helpdesk's open tickets",
      open: () => ({ name: "tickets", async *pages() { yield tickets.map(({ id, ...data }) => ({ id, data })) } }),
    },
    archive: {
      description: "closed tickets; one could not be read",
      open: () => ({ name: "archive", async *pages() { yield [{ id: "T-1", data: tickets[0] }, { id: "T-9", error: "T-9: the archive returned no body" }] } }),
    },
  },
}
`)
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["anonymize", "pii", "./helpdesk.mjs"] }))
  writeFileSync(join(dir, "m.json"), JSON.stringify({ name: "tickets", target: "export", fields: [{ path: "body", transform: "scrub" }] }))

  test("pii scan --source tickets counts its PII", async () => {
    const r = await cli(["pii", "scan", "--source", "tickets"], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("3 records scanned; PII found at 1 field path")
    expect(r.stdout).toMatch(/body\s+3\s+2\s+PHONE 1, EMAIL 1/)
    expect(r.stdout + r.stderr).not.toContain("ann.lee")
  })

  test("a record the source could not read is named, left out of the counts, and fails the scan", async () => {
    const r = await cli(["pii", "scan", "--source", "archive"], dir)
    expect(r.stdout).toContain("1 record scanned")
    expect(r.stderr).toContain("T-9: the archive returned no body")
    expect(r.stderr).toContain("1 records could not be read and were not scanned")
    expect(r.code).toBe(1)
  })

  test("anonymize --source tickets exports it scrubbed; flags it does not read and typos are refused", async () => {
    const r = await cli(["anonymize", "--matrix", "m.json", "--source", "tickets", "--target", "export", "--out", "out.jsonl", "--yes"], dir)
    expect(r.code).toBe(0)
    expect(readFileSync(join(dir, "out.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l))).toEqual([
      { id: "T-1", body: "Please call me back on <PHONE>, thanks" },
      { id: "T-2", body: "My email is <EMAIL>" },
      { id: "T-3", body: "Printer on floor 3 is broken" },
    ])
    const since = await cli(["pii", "scan", "--source", "tickets", "--since", "7d"], dir)
    expect([since.code, refusalLines(since.stderr)]).toEqual([2, ["[cxedge] [pii] --since is not read by --source tickets: drop --since"]])
    const typo = await cli(["anonymize", "--matrix", "m.json", "--source", "tikets", "--target", "export", "--out", "o2.jsonl", "--yes"], dir)
    expect(typo.code).toBe(2)
    expect(refusalLines(typo.stderr)).toEqual(['[cxedge] [anonymize] --source "tikets" is not a source here (did you mean "tickets"?): use archive, cxone, jsonl, messages, records, tickets'])
  }, 30_000)
})

describe("pii scan --file needs no tenant: no runtime, nothing on stderr", () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-pii-file-"))
  writeFileSync(join(dir, "in.jsonl"), `{"id":1,"text":"mail ann.lee@example.com or call 020 7946 0958"}\n`)

  test("a clean run says nothing on stderr; stdin works the same", async () => {
    const r = await cli(["pii", "scan", "--file", "in.jsonl", "--field", "text", "--json"], dir)
    expect([r.code, r.stderr]).toEqual([0, ""])
    expect(JSON.parse(r.stdout).findings.map((f: { type: string }) => f.type)).toEqual(["EMAIL", "PHONE"])
    const piped = await cli(["pii", "scan", "--field", "text", "--json"], dir, readFileSync(join(dir, "in.jsonl"), "utf8"))
    expect([piped.code, piped.stderr, piped.stdout]).toEqual([0, "", r.stdout])
  })

  test("the config's pii settings apply; a wrong one is refused in one line", async () => {
    const conf = mkdtempSync(join(tmpdir(), "cxedge-pii-file-conf-"))
    writeFileSync(join(conf, "in.jsonl"), readFileSync(join(dir, "in.jsonl")))
    writeFileSync(join(conf, "cxedge.config.json"), JSON.stringify({ plugins: ["anonymize", "pii"], settings: { pii: { allow: ["+44 20 7946 0958"] } } }))
    const r = await cli(["pii", "scan", "--file", "in.jsonl", "--field", "text", "--json"], conf)
    expect([r.code, r.stderr]).toEqual([0, ""])
    expect(JSON.parse(r.stdout).findings.map((f: { type: string }) => f.type)).toEqual(["EMAIL"])
    writeFileSync(join(conf, "cxedge.config.json"), JSON.stringify({ plugins: ["anonymize", "pii"], settings: { pii: { minScore: 5 } } }))
    const bad = await cli(["pii", "scan", "--file", "in.jsonl", "--field", "text", "--json"], conf)
    expect([bad.code, bad.stdout]).toEqual([2, ""])
    expect(bad.stderr.trim().split("\n")).toEqual(["[cxedge] [pii] cxedge.config.json: invalid setting settings.pii.minScore: must be at most 1 (5 as a percentage is 0.05)"])
  })

  test("errors stay clear: a missing file, a bad line gets its documented per-line error", async () => {
    const missing = await cli(["pii", "scan", "--file", "none.jsonl", "--field", "text", "--json"], dir)
    expect([missing.code, missing.stdout, missing.stderr.trim()]).toEqual([2, "", "[cxedge] [pii] cannot read none.jsonl: it does not exist; check the --file path"])
    writeFileSync(join(dir, "bad.jsonl"), `{"id":1,"text":"hi"}\nnot json\n`)
    const bad = await cli(["pii", "scan", "--file", "bad.jsonl", "--field", "text", "--json"], dir)
    expect(bad.code).toBe(1)
    expect(bad.stdout.trim().split("\n").map((l) => JSON.parse(l))).toEqual([{ id: 1, findings: [] }, { findings: [], error: "line 2: not JSON" }])
    expect(bad.stderr).not.toMatch(/^\s+at /m)
  })
})
