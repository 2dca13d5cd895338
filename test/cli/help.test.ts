import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { ArgsDef, CommandDef, CommandMeta } from "citty"
import { checkArgv } from "../../cli/check-args.ts"
import { rootCommand } from "../../cli/root.ts"
import { renderUsage, splitExample } from "../../cli/usage.ts"
import { ROOT } from "../helpers.ts"

type Lazy<T> = T | Promise<T> | (() => T | Promise<T>)
const resolve = async <T,>(value: Lazy<T>): Promise<T> => (typeof value === "function" ? (value as () => T | Promise<T>)() : value)

interface Visited {
  path: string[]
  command: CommandDef<any>
  meta: CommandMeta
  args: ArgsDef
}

/** Every command and sub-command the root mounts (plugins' included), lazily resolved as the CLI does. */
async function walk(command: CommandDef<any>, path: string[], out: Visited[] = []): Promise<Visited[]> {
  out.push({ path, command, meta: ((await resolve(command.meta)) ?? {}) as CommandMeta, args: ((await resolve(command.args)) ?? {}) as ArgsDef })
  const subs = ((await resolve(command.subCommands)) ?? {}) as Record<string, Lazy<CommandDef<any>>>
  for (const [name, sub] of Object.entries(subs)) await walk(await resolve(sub), [...path, name], out)
  return out
}

/** A command line split as a POSIX shell would for the quoting examples use ('...' and "..."), up to a redirection. */
function shellWords(line: string): string[] {
  const words: string[] = []
  for (const match of line.matchAll(/'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
    if (match[3] === ">" || match[3] === "|") break
    words.push(match[1] ?? match[2]?.replace(/\\(.)/g, "$1") ?? match[3]!)
  }
  return words
}

const root = await rootCommand()
const commands = await walk(root, ["cxedge"])

test("the walk reaches the nested commands of plugins", () => {
  const names = commands.map((c) => c.path.join(" "))
  for (const expected of ["cxedge audit verify", "cxedge matrix schema", "cxedge webhooks receive", "cxedge tenant env", "cxedge skills health"]) {
    expect(names).toContain(expected)
  }
  expect(commands.length).toBeGreaterThan(25)
})

describe.each(commands.map((c) => [c.path.join(" "), c] as const))("%s", (name, c) => {
  test("help names the command by its path, with a description", async () => {
    const usage = await renderUsage(c.command, c.path, false)
    expect(usage).toStartWith(`${c.meta.description} (${name}`)
    expect(usage).toContain(`USAGE ${name}`)
    expect(usage).not.toContain("main.ts")
    expect(c.meta.description?.trim()).toBeTruthy()
    // A meta.name that disagrees with the name it is mounted under would mislead whoever reads the definition.
    if (c.meta.name) expect(c.meta.name).toBe(c.path.at(-1)!)
  })

  test("every flag and argument has a description", () => {
    const undescribed = Object.entries(c.args).filter(([, def]) => !def.description?.trim()).map(([arg]) => arg)
    expect(undescribed).toEqual([])
  })

  test("at least one example, each a command line the CLI accepts", async () => {
    const examples = c.meta.examples ?? []
    expect(examples.length).toBeGreaterThan(0)
    const usage = await renderUsage(c.command, c.path, false)
    expect(usage).toContain("\nEXAMPLES\n")
    for (const example of examples) {
      const { command } = splitExample(example)
      expect(usage).toContain(`  ${command}`)
      const [bin, ...argv] = shellWords(command)
      expect(bin).toBe("cxedge")
      expect(`${[bin, ...argv].join(" ")} `).toStartWith(`${name} `)
      // The same check the CLI runs before any command: no unknown flag, missing value or missing required flag.
      const help = argv.includes("--help") || argv.includes("-h")
      const resolved = await checkArgv(root, argv, { help }).catch((error: Error) => error.message)
      expect(typeof resolved === "string" ? `${example}: ${resolved}` : "accepted").toBe("accepted")
    }
  })
})

/** The CLI as a user runs it, with pipes (never a terminal) and only the environment given. */
async function cli(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
    stdout: "pipe",
    stderr: "pipe",
  })
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  return { code, stdout, stderr }
}

describe("help as a user sees it", () => {
  test("a sub-command's help names it, lists its flags with descriptions, and ends with examples", async () => {
    const r = await cli(["audit", "verify", "--help"])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe("")
    expect(r.stdout).toContain("USAGE cxedge audit verify [OPTIONS]")
    expect(r.stdout).not.toContain("main.ts")
    expect(r.stdout).toMatch(/--json\s+print the report as JSON/)
    expect(r.stdout).toMatch(/EXAMPLES\n\n {2}cxedge audit verify/)
  })

  test("help is found wherever --help or -h stands, flags included", async () => {
    const r = await cli(["anonymize", "--matrix", "matrices/gdpr.json", "-h"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("USAGE cxedge anonymize [OPTIONS]")
  })

  test("help for a misspelt command exits 2 with the suggestion, not the root's help", async () => {
    const r = await cli(["anonymze", "--help"])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr.trim()).toStartWith("[cxedge] unknown command anonymze for cxedge (did you mean anonymize?)")
    const nested = await cli(["audit", "verfy", "--help"])
    expect(nested.code).toBe(2)
    expect(nested.stdout).toBe("")
    expect(nested.stderr).toContain("unknown command verfy for cxedge audit (did you mean verify?)")
  })

  test("help with a misspelt flag exits 2 and names the flag", async () => {
    const r = await cli(["anonymize", "--dryrun", "--help"])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("unknown flag --dryrun (did you mean --dry-run?)")
  })

  test("bare cxedge prints the root help and exits 0", async () => {
    const r = await cli([])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("USAGE cxedge sandbox|plugins|serve")
    expect(r.stdout).toContain("EXAMPLES")
  })

  test("a value citty refuses (a plugin's enum flag): the usage, then the error, all on stderr, no colour", async () => {
    // A third-party plugin loaded from a config file, as a plugin author ships one: no import from the repo.
    const dir = mkdtempSync(join(tmpdir(), "cxedge-help-"))
    writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["./probe.mjs"] }))
    writeFileSync(
      join(dir, "probe.mjs"),
      `export default { name: "probe", version: "1.0.0", commands: { probe: async () => ({
        meta: { description: "a probe", examples: ["cxedge probe --mode fast"] },
        args: { mode: { type: "enum", options: ["fast", "slow"], description: "how fast" } },
        run() { console.log("ran") },
      }) } }`,
    )
    const ok = await cli(["probe", "--mode", "fast"], {}, dir)
    expect(ok).toMatchObject({ code: 0, stdout: "ran\n" })
    const r = await cli(["probe", "--mode", "bogus"], {}, dir)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("USAGE cxedge probe [OPTIONS]")
    expect(r.stderr).toMatch(/--mode=<fast\|slow>\s+how fast/)
    expect(r.stderr.trimEnd().split("\n").at(-1)).toBe("[cxedge] Invalid value for argument: --mode (bogus). Expected one of: fast, slow.")
    expect(r.stderr).not.toContain("\x1b[")
  })

  test("every other refusal is one line on stderr and nothing on stdout", async () => {
    for (const argv of [["audit"], ["anonymize", "--dryrun"], ["audit", "verfy"], ["tenant", "whoami", "extra"], ["anonymize", "--matrix"]]) {
      const r = await cli(argv)
      expect({ argv, code: r.code, stdout: r.stdout, lines: r.stderr.trimEnd().split("\n").length }).toEqual({ argv, code: 2, stdout: "", lines: 1 })
      expect(r.stderr).toStartWith("[cxedge] ")
    }
  })
})
