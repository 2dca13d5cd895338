import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { useColour } from "../../cli/colour.ts"
import { render, renderTable } from "../../cli/output.ts"
import { displayWidth } from "../../cli/width.ts"
import { ROOT } from "../helpers.ts"

const ESC = "\x1b["
const COMBINING_E = "e\u0301"

describe("tables measure display width", () => {
  test("Björn, 黄, 😀 and a combining é line up", () => {
    const table = renderTable([
      { name: "Björn", n: 1 },
      { name: "黄", n: 2 },
      { name: "😀", n: 3 },
      { name: COMBINING_E, n: 4 },
    ])
    // 黄 and 😀 take two columns, é (e + U+0301) one: each is padded to Björn's five.
    expect(table).toBe(["name   n", "-----  -", "Björn  1", "黄     2", "😀     3", `${COMBINING_E}      4`, ""].join("\n"))
  })

  test("the second column starts at one display column on every row, wide values included", () => {
    const names = ["Björn", "黄大仙", "😀", COMBINING_E, "👨‍👩‍👧", "🇫🇷", "ｱｲｳ", "한국어", "plain"]
    const lines = renderTable(names.map((name) => ({ name, after: "|" }))).trimEnd().split("\n")
    // Bun's own measure, independent of cli/width.ts.
    const columns = lines.slice(2).map((line) => Bun.stringWidth(line.slice(0, line.lastIndexOf("|"))))
    expect(new Set(columns).size).toBe(1)
    expect(columns[0]).toBe(Math.max(...names.map((n) => Bun.stringWidth(n))) + 2)
  })

  test("the width of wide, zero-width and escaped text agrees with Bun.stringWidth", () => {
    for (const text of ["Björn", "黄", "😀", COMBINING_E, "👨‍👩‍👧", "🇫🇷", "❤️", "ｱ", "한", "a\u200bb", `${ESC}36mx${ESC}39m`, "日本語テキスト"]) {
      expect({ text, width: displayWidth(text) }).toEqual({ text, width: Bun.stringWidth(text) })
    }
  })

  test("a line break, tab or escape code in a value stays inside its cell, shown escaped", () => {
    const table = renderTable([{ id: 1, note: `one\ntwo\tthree${ESC}31mred` }, { id: 2, note: "ok" }])
    expect(table.trimEnd().split("\n")).toHaveLength(4)
    expect(table).toContain("one\\ntwo\\tthree\\u001b[31mred")
    expect(table).not.toContain(ESC)
  })

  test("an object prints as key/value rows, JSON as JSON", () => {
    expect(render({ 名前: "黄" })).toBe("key   value\n----  -----\n名前  黄\n")
    expect(render({ a: 1 }, { json: true })).toBe('{\n  "a": 1\n}\n')
  })
})

describe("colour rules", () => {
  const tty = { stdout: { isTTY: true }, stderr: { isTTY: true } }
  const piped = { stdout: { isTTY: false }, stderr: { isTTY: true } }
  test.each([
    ["two terminals", {}, tty, true],
    ["stdout piped", {}, piped, false],
    ["stderr piped", {}, { stdout: { isTTY: true }, stderr: {} }, false],
    ["NO_COLOR=1 on terminals", { NO_COLOR: "1" }, tty, false],
    ["NO_COLOR=true beats FORCE_COLOR", { NO_COLOR: "true", FORCE_COLOR: "1" }, tty, false],
    ["an empty NO_COLOR is unset (no-color.org)", { NO_COLOR: "" }, tty, true],
    ["FORCE_COLOR=1 in a pipe", { FORCE_COLOR: "1" }, piped, true],
    ["FORCE_COLOR=3 in a pipe", { FORCE_COLOR: "3" }, piped, true],
    ["FORCE_COLOR=0 on terminals", { FORCE_COLOR: "0" }, tty, false],
    ["FORCE_COLOR=false on terminals", { FORCE_COLOR: "false" }, tty, false],
    ["TERM=dumb on terminals", { TERM: "dumb" }, tty, false],
  ] as const)("%s", (_, env, streams, expected) => {
    expect(useColour(env, streams)).toBe(expected)
  })
})

/** The CLI with pipes for stdout and stderr (a test is never a terminal) and only the environment given: no NO_COLOR. */
async function piped(args: string[], env: Record<string, string> = {}) {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TERM: "xterm-256color", ...env },
    stdout: "pipe",
    stderr: "pipe",
  })
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  return { code, stdout, stderr }
}

/** The CLI with stdout on a pseudo-terminal (`script`) and stderr, unless `bothTerminals`, on a file. */
async function onTerminal(args: string, options: { bothTerminals?: boolean } = {}) {
  const errFile = join(mkdtempSync(join(tmpdir(), "cxedge-colour-")), "stderr.txt")
  const command = `${process.execPath} ${ROOT}cli/main.ts ${args}${options.bothTerminals ? "" : ` 2>${errFile}`}`
  const proc = Bun.spawn(["script", "-qfc", command, "/dev/null"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", TERM: "xterm-256color" },
    stdin: "pipe",
    stdout: "pipe",
    stderr: "pipe",
  })
  const [terminal, code] = await Promise.all([new Response(proc.stdout).text(), proc.exited])
  return { code, terminal, stderr: options.bothTerminals ? "" : readFileSync(errFile, "utf8") }
}

const DRY_RUN = ["anonymize", "--matrix", "matrices/gdpr.json", "--dry-run", "--show", "1"]

describe("output in pipes", () => {
  test("help and logs carry no colour when stdout and stderr are pipes", async () => {
    const help = await piped(["audit", "verify", "--help"])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("USAGE cxedge audit verify")
    expect(help.stdout + help.stderr).not.toContain(ESC)
    const run = await piped(DRY_RUN)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain("dry run: matrix gdpr")
    expect(run.stdout + run.stderr).not.toContain(ESC)
  })

  test("FORCE_COLOR=1 colours the help in a pipe; NO_COLOR wins over it", async () => {
    const forced = await piped(["audit", "verify", "--help"], { FORCE_COLOR: "1" })
    expect(forced.stdout).toContain(`${ESC}36m`)
    expect(forced.stdout).toContain("cxedge audit verify")
    const both = await piped(["audit", "verify", "--help"], { FORCE_COLOR: "1", NO_COLOR: "1" })
    expect(both.stdout).toContain("USAGE cxedge audit verify")
    expect(both.stdout).not.toContain(ESC)
  })

  test("on two terminals the help is coloured", async () => {
    const r = await onTerminal("audit verify --help", { bothTerminals: true })
    expect(r.terminal).toContain("cxedge audit verify")
    expect(r.terminal).toContain(`${ESC}36m`)
  }, 20_000)

  test("stdout on a terminal but stderr in a file: no colour in either", async () => {
    const help = await onTerminal("audit verify --help")
    expect(help.terminal).toContain("USAGE cxedge audit verify")
    expect(help.terminal).not.toContain(ESC)
    const run = await onTerminal(DRY_RUN.join(" "))
    expect(run.stderr).toContain("dry run: matrix gdpr")
    expect(run.stderr + run.terminal).not.toContain(ESC)
  }, 20_000)

  test("after an unknown flag stdout is empty and stderr holds one uncoloured line", async () => {
    for (const env of [{}, { FORCE_COLOR: "1" }] as Record<string, string>[]) {
      const r = await piped(["anonymize", "--dryrun"], env)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe("")
      expect(r.stderr).toBe("[cxedge] unknown flag --dryrun (did you mean --dry-run?)\n")
    }
  })
})
