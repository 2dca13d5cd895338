import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT } from "../helpers.ts"

const work = mkdtempSync(join(tmpdir(), "cxedge-pii-cli-"))
const EMAIL = "ann.lee@example.com"
const PHONE = "020 7946 0958"
const CARD = "4111 1111 1111 1111"
const IBAN = "DE89 3704 0044 0532 0130 00"
const SEEDED = [EMAIL, PHONE, CARD, IBAN, "ann.lee", "7946 0958", "0532 0130"]

/** The CLI with `input` on stdin (none: an empty pipe), in a directory with no config. */
async function pii(args: string[], input = "") {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "pii", ...args], {
    cwd: work,
    env: { PATH: process.env.PATH ?? "", HOME: work, NO_COLOR: "1" },
    stdin: new Blob([input]),
    stdout: "pipe",
    stderr: "pipe",
  })
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  return { code, stdout, stderr }
}
const file = (name: string, text: string) => {
  const path = join(work, name)
  writeFileSync(path, text)
  return path
}
const noValues = (text: string) => {
  for (const value of SEEDED) expect(text).not.toContain(value)
}

describe("cxedge pii: wrong values are refused first, in one line, exit 2", () => {
  test.each([
    [["scan", "--json"], "", "--json writes one line per input line and needs --field"],
    [["scan", "--file", "missing.jsonl", "--field", "text", "--json"], "", "cannot read missing.jsonl: it does not exist"],
    [["scan", "--file", ".", "--field", "text", "--json"], "", "is a directory"],
    [["scan", "--field", "a..b", "--json"], "", '--field "a..b" is not a field path'],
    [["scan", "--field", "text", "--json", "--suggest"], "", "--suggest prints for people and --json for programs"],
    [["scan", "--field", "text", "--json", "--limit", "5"], "", "--json writes a line for every input line: drop --limit"],
    [["scan", "--source", "recrods"], "", '--source "recrods" is not a source here (did you mean "records"?): use cxone, jsonl, messages, records'],
    [["scan", "--min-score", "1.5"], "", '--min-score "1.5" is not allowed: use a number from 0 to 1'],
    [["scan", "--field", "t", "--min-score", "1", "--entities", "EMAIL"], '{"t":"mail ann@example.com"}\n', "--min-score 1 must be at most 0.95: no finding of EMAIL scores above that, so 1 would find nothing and leave every text as it is: lower it, or name more types in --entities"],
    [["redact", "--min-score", "0.92", "--entities", "PHONE,IP_ADDRESS"], "call 020 7946 0958", "--min-score 0.92 must be at most 0.9: no finding of PHONE, IP_ADDRESS scores above that"],
    [["scan", "--entities", "EMAIL,SSN"], "", '--entities "SSN" is not an entity type'],
    [["scan", "--limit", "-3"], "", '--limit "-3" is not allowed'],
    [["scan", "--source", "records", "--file", "x.jsonl"], "", "--file is read by --source jsonl only"],
    [["scan", "--since", "2026-01-01", "--source", "records"], "", "--since is not read by --source records: drop --since"],
    [["scan", "--source", "records", "--suggest", "--matrix", "nope.json"], "", "cannot read the matrix nope.json"],
    [["scan", "--matrix", "gdpr"], "", "--matrix names the rules --suggest leaves out"],
    [["scan", "--field", "text", "--json"], "", "no input lines: standard input was empty"],
    // Round 36: a blank line alone was "line 1: not JSON", exit 1, "0 lines scanned"; pii redact said "empty".
    [["scan"], "\n", "standard input holds only a blank line, no JSON object: pipe the JSON Lines in, e.g. cat in.jsonl | cxedge pii scan"],
    [["scan", "--field", "text", "--json"], "\r\n\n", "standard input holds only blank lines (2), no JSON object"],
    [["redact"], "\n", 'standard input holds only a blank line, no text to scrub: pipe the text in, e.g. echo "..." | cxedge pii redact'],
    [["redact", "--field", "text"], "\n", "standard input holds only a blank line, no JSON object: pipe the JSON Lines in, e.g. cat in.jsonl | cxedge pii redact --field text"],
    [["redact", "--mode", "shred"], "x", '--mode "shred" is not allowed: use tag, indexed, hmac or mask'],
    [["redact", "--file", "x.txt"], "", "cannot read x.txt: it does not exist"],
    [["redact", "--file", "."], "", "cannot read .: it is a directory"],
    [["redact"], "", "standard input was empty"],
    [["redact", "--field", "text"], "", "no input lines"],
  ])("pii %j", async (args, input, expected) => {
    const r = await pii(args as string[], input as string)
    expect([r.code, r.stdout]).toEqual([2, ""])
    // Refusals found once the runtime is open (a file, a matrix, the input) follow its one line about the embedded sandbox.
    const lines = r.stderr.trim().split("\n").filter((l) => !l.startsWith("[info] no tenant configured"))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain(expected as string)
    expect(r.stderr).not.toMatch(/^\s+at /m)
  })
})

describe("cxedge pii scan --json (the machine interface)", () => {
  test("one {id, findings} line per input line, UTF-16 offsets after emoji, a nested --field", async () => {
    const lines = [
      { id: 1, message: { body: `😀 mail ${EMAIL} or call ${PHONE}` } },
      { id: "c-2", message: { body: "nothing to see here" } },
      { message: { body: `IBAN ${IBAN}` } },
      { id: 12345678901234567890, message: { body: `card ${CARD}` } },
    ]
    const r = await pii(["scan", "--file", file("in.jsonl", lines.map((l) => JSON.stringify(l)).join("\n").replace("12345678901234567000", "12345678901234567890") + "\n"), "--field", "message.body", "--json"])
    expect(r.code).toBe(0)
    expect(r.stderr).not.toContain("[warn]")
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l))
    expect(out).toHaveLength(4)
    // An id is copied as written: a number of 20 digits stays that number (JSON.parse here reads it as the nearest double).
    expect(out.map((o) => o.id)).toEqual([1, "c-2", undefined, 12345678901234567890])
    expect(r.stdout.trim().split("\n")[3]).toStartWith('{"id":12345678901234567890,"findings":')
    const spans = out.map((o, i) => o.findings.map((f: { type: string; start: number; end: number }) => [f.type, lines[i]!.message.body.slice(f.start, f.end)]))
    expect(spans).toEqual([[["EMAIL", EMAIL], ["PHONE", PHONE]], [], [["IBAN", IBAN]], [["CARD", CARD]]])
    for (const o of out) for (const f of o.findings) expect(Object.keys(f)).toEqual(["type", "start", "end", "score"])
    noValues(r.stdout)
  })

  test("a line that is not JSON or lacks the field: an error line in its place, named on stderr, exit 1", async () => {
    const input = [JSON.stringify({ id: 1, text: `mail ${EMAIL}` }), "not json", JSON.stringify({ id: 3, body: `call ${PHONE}` }), JSON.stringify({ id: 4, text: 7 }), "[1]", JSON.stringify({ id: 6, text: `card ${CARD}` })].join("\n")
    const r = await pii(["scan", "--field", "text", "--json"], input)
    expect(r.code).toBe(1)
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l))
    expect(out.map((o) => [o.id, o.findings.length, o.error])).toEqual([
      [1, 1, undefined],
      [undefined, 0, "line 2: not JSON"],
      [3, 0, "line 3: no field text"],
      [4, 0, "line 4: field text is a number, not a string"],
      [undefined, 0, "line 5: not a JSON object"],
      [6, 1, undefined],
    ])
    for (const n of [2, 3, 4, 5]) expect(r.stderr).toContain(`line ${n}:`)
    expect(r.stderr).toContain("4 of 6 lines could not be scanned")
    noValues(r.stdout + r.stderr)
  })
})

describe("cxedge pii scan for people", () => {
  const records = [
    { id: 1, email: EMAIL, notes: `Customer asked for a callback on ${PHONE}, said thanks.`, extra: { memo: `card ${CARD}` } },
    { id: 2, email: "bo@example.org", notes: "No personal data here.", tags: [`IBAN ${IBAN}`] },
  ]
  const path = file("records.jsonl", records.map((r) => JSON.stringify(r)).join("\n"))

  test("counts per field path and type, never a value; --samples masks them", async () => {
    const r = await pii(["scan", "--file", path])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("2 lines scanned; PII found at 4 field paths")
    expect(r.stdout).toMatch(/email\s+2\s+2\s+EMAIL 2/)
    expect(r.stdout).toMatch(/extra\.memo\s+1\s+1\s+CARD 1/)
    expect(r.stdout).toMatch(/tags\[\*\]\s+1\s+1\s+IBAN 1/)
    noValues(r.stdout + r.stderr)
    const samples = await pii(["scan", "--file", path, "--samples"])
    expect(samples.stdout).toContain("CARD: card **** **** **** 1111")
    noValues(samples.stdout)
  })

  test("--suggest prints a draft matrix (free text scrubbed, whole values emptied) that matrix validate accepts", async () => {
    const r = await pii(["scan", "--file", path, "--suggest"])
    expect(r.code).toBe(0)
    const draft = JSON.parse(r.stdout)
    // scrub, as --source records drafts it: redact empties a whole note for the one phone number in it.
    expect(draft.fields).toEqual([
      { path: "email", transform: "nullify" },
      { path: "extra.memo", transform: "scrub" },
      { path: "notes", transform: "scrub" },
      { path: "tags[*]", transform: "scrub" },
    ])
    const check = Bun.spawnSync([process.execPath, `${ROOT}cli/main.ts`, "matrix", "validate", file("draft.json", r.stdout)], { cwd: work, env: { PATH: process.env.PATH ?? "", HOME: work, NO_COLOR: "1" } })
    expect([check.exitCode, check.stdout.toString()]).toEqual([0, `${join(work, "draft.json")}: valid (4 rules)\n`])
  })

  test("on the sandbox's records, --suggest --matrix pci drafts rules only for what pci leaves out, down to a custom field's name", async () => {
    const r = await pii(["scan", "--source", "records", "--suggest", "--matrix", "pci"])
    expect(r.code).toBe(0)
    const draft = JSON.parse(r.stdout)
    // pci pans cardNumber and redacts notes; the callback note (a name and a phone in free text) and the contact fields it leaves.
    expect(draft.fields).toContainEqual({ path: "customFields[*].value", transform: "scrub", when: { field: "name", in: ["callbackNote"] } })
    const paths = draft.fields.map((f: { path: string }) => f.path)
    expect(paths).toEqual(expect.arrayContaining(["email", "phone", "firstName"]))
    expect(paths).not.toContain("notes")
    expect(r.stderr).toContain("customFields[*].value: ")
    expect(r.stderr).toContain("(in matrix: when)")
    noValues(r.stdout + r.stderr)
    const check = Bun.spawnSync([process.execPath, `${ROOT}cli/main.ts`, "matrix", "validate", file("pci-draft.json", r.stdout)], { cwd: work, env: { PATH: process.env.PATH ?? "", HOME: work, NO_COLOR: "1" } })
    expect(check.exitCode).toBe(0)
  })

  test("examples/contacts.jsonl as a file drafts what the sandbox's records draft: free text scrubbed, never emptied whole", async () => {
    const rules = (stdout: string) => JSON.parse(stdout).fields.map((f: { path: string; transform: string }) => `${f.path} ${f.transform}`)
    const [fromFile, fromSource] = await Promise.all([pii(["scan", "--file", `${ROOT}examples/contacts.jsonl`, "--suggest"]), pii(["scan", "--source", "records", "--suggest"])])
    expect([fromFile.code, fromSource.code]).toEqual([0, 0])
    expect(rules(fromFile.stdout)).toEqual(rules(fromSource.stdout))
    expect(rules(fromFile.stdout)).toContain("notes scrub")
  })

  test("with a matrix naming every field that holds PII, there is nothing to suggest and stdout stays empty", async () => {
    const r = await pii(["scan", "--source", "records", "--suggest", "--matrix", "gdpr"])
    expect([r.code, r.stdout]).toEqual([0, ""])
    expect(r.stderr).toContain("every field holding PII is named by gdpr: nothing to suggest")
  })
})

describe("cxedge pii with a config", () => {
  test("settings.pii applies when the config loads the plugin: an allowed number is not reported", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-pii-config-"))
    writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "pii"], settings: { pii: { allow: ["+44 20 7946 0958"], regions: ["GB"] } } }))
    const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "pii", "redact"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: dir, NO_COLOR: "1" },
      stdin: new Blob([`our line ${PHONE}, mail ${EMAIL}`]),
      stdout: "pipe",
      stderr: "pipe",
    })
    expect(await new Response(proc.stdout).text()).toBe(`our line ${PHONE}, mail <EMAIL>\n`)
    expect(await proc.exited).toBe(0)
  })

  test("settings.pii.minScore with --entities of types that never score that high is refused before the text is read", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-pii-config-"))
    writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "pii"], settings: { pii: { minScore: 0.97 } } }))
    const run = (args: string[]) => Bun.spawnSync([process.execPath, `${ROOT}cli/main.ts`, "pii", ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: dir, NO_COLOR: "1" }, stdin: new Blob([`mail ${EMAIL}`]) })
    const refused = run(["redact", "--entities", "EMAIL"])
    expect([refused.exitCode, refused.stdout.toString()]).toEqual([2, ""])
    expect(refused.stderr.toString()).toContain("settings.pii.minScore (0.97) with --entities EMAIL must be at most 0.95: no finding of EMAIL scores above that")
    // Every type asked for: a checked card or IBAN still scores 0.97 and more, so the setting stands.
    expect(run(["redact"]).exitCode).toBe(0)
  })
})

describe("cxedge pii redact", () => {
  test("text on stdin comes back with each finding replaced and every other character kept", async () => {
    const r = await pii(["redact"], `Hi 😀 — mail ${EMAIL}\nor call ${PHONE}.\n`)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe("Hi 😀 — mail <EMAIL>\nor call <PHONE>.\n")
  })

  test("--file names the text instead of stdin", async () => {
    const r = await pii(["redact", "--file", file("note.txt", `IBAN ${IBAN}, thanks`)])
    expect([r.code, r.stdout]).toEqual([0, "IBAN <IBAN>, thanks\n"])
  })

  test("JSONL through with --field: that field scrubbed, the rest kept; an unusable line is never passed on, its error object stands in its place", async () => {
    const input = [JSON.stringify({ id: 1, msg: { body: `card ${CARD}` }, keep: "yes" }), "nope", JSON.stringify({ id: 3, other: `mail ${EMAIL}` })].join("\n")
    const r = await pii(["redact", "--field", "msg.body", "--entities", "CARD,EMAIL"], input)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(`${JSON.stringify({ id: 1, msg: { body: "card <CARD>" }, keep: "yes" })}\n{"error":"line 2: not JSON"}\n{"id":3,"error":"line 3: no field msg.body"}\n`)
    expect(r.stderr).toContain("line 2: not JSON: an error object is written in its place")
    expect(r.stderr).toContain("line 3: no field msg.body: an error object is written in its place")
    noValues(r.stdout + r.stderr)
  })
})
