import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

// A configured tenant on a real port: every request it receives is counted, so "refused before any call" is checked.
let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let requests = 0
const work = mkdtempSync(join(tmpdir(), "cxedge-flags-"))
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 60 })
  served = serveSandbox(sandbox, () => void requests++)
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY })
})
afterAll(() => served.stop())

const writes = () => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)
const erasures = () => sandbox.tenant("acme").erasures.length

/** Runs the CLI against the configured tenant and asserts a refusal: exit 2, one line, no stack, no request, nothing written. */
async function refused(args: string[], extraEnv: Record<string, string> = {}) {
  const [beforeRequests, beforeWrites, beforeErasures] = [requests, writes(), erasures()]
  const r = await runCli(args, { ...env, ...extraEnv }, { cwd: work })
  expect(r.code).toBe(2)
  const lines = r.stderr.trim().split("\n")
  expect(lines).toHaveLength(1)
  expect(lines[0]).toStartWith("[cxedge] ")
  expect(r.stderr + r.stdout).not.toMatch(/^\s+at /m)
  expect(requests - beforeRequests).toBe(0)
  expect(writes()).toBe(beforeWrites)
  expect(erasures()).toBe(beforeErasures)
  return lines[0]!
}

describe("unknown flags, values and commands", () => {
  test("anonymize --dryrun is refused with a suggestion: exit 2, not one contact written", async () => {
    const line = await refused(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--dryrun", "--yes"])
    expect(line).toBe("[cxedge] unknown flag --dryrun (did you mean --dry-run?)")
  })

  test("the same mistake on the embedded sandbox is refused the same way", async () => {
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--dryrun"], {}, { cwd: work })
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe("[cxedge] unknown flag --dryrun (did you mean --dry-run?)")
    expect(r.stdout).toBe("")
  })

  test.each([
    [["audit", "verify", "--jsn"], "unknown flag --jsn (did you mean --json?)"],
    [["webhooks", "purge", "--snet"], "unknown flag --snet (did you mean --sent?)"],
    [["skills", "health", "--skill", "4101", "--max-queu", "3"], "unknown flag --max-queu (did you mean --max-queue?)"],
    [["scripts", "start", "--skill", "4101", "--script-id", "7", "--parm", "a"], "unknown flag --parm (did you mean --param?)"],
    [["transcript", "send", "--contact", "1", "--to", "a@example.com", "--too", "b@example.com"], "unknown flag --too (did you mean --to?)"],
    [["tenant", "env", "--jsonn"], "unknown flag --jsonn (did you mean --json?)"],
    [["jobs", "--storage-dri", "x"], "unknown flag --storage-dri (did you mean --storage-dir?)"],
    [["serve", "--prot", "8080"], "unknown flag --prot (did you mean --port?)"],
    [["sandbox", "--contact", "5"], "unknown flag --contact (did you mean --contacts?)"],
    [["plugins", "--verbos"], "unknown flag --verbos (did you mean --verbose?)"],
    [["matrix", "validate", "x.json", "--jsno"], "unknown flag --jsno (did you mean --json?)"],
    [["anonymize", "--matrix", "m.json", "--zzzzzzzz"], "unknown flag --zzzzzzzz"],
    [["anonymize", "--matrix", "m.json", "-x"], "unknown flag -x"],
    [["anonymize", "--matrix", "m.json", "--no-matrix"], "--no-matrix is not a flag: --matrix takes a value and cannot be negated"],
    [["anonymize", "--matrix", "m.json", "--dry-run=maybe"], "--dry-run takes no value: pass --dry-run alone"],
    [["anonymize", "--matrix"], "--matrix needs a value: --matrix VALUE"],
    [["anonymize", "--matrix", "--dry-run"], "--matrix needs a value (found --dry-run instead): --matrix VALUE"],
    [["anonymize", "--matrix="], "--matrix needs a value: --matrix=VALUE or --matrix VALUE"],
    [["anonymize", "--matrix", ""], "--matrix needs a value: --matrix VALUE"],
    [["anonymize", "--matrix", "m.json", "extra"], "unexpected argument (after --matrix): cxedge anonymize takes no positional arguments"],
    [["transcript", "send", "--contact", "1", "--to", "a@example.com", "b@example.com"], "unexpected argument (after --to): cxedge transcript send takes no positional arguments"],
    [["decrypt", "enc_a", "enc_b"], "unexpected argument: cxedge decrypt takes 1 (TOKEN)"],
    [["anonymise", "--matrix", "m.json"], "unknown command anonymise for cxedge (did you mean anonymize?)"],
    [["audit", "verfy"], "unknown command verfy for cxedge audit (did you mean verify?)"],
    [["frobnicate"], "unknown command frobnicate for cxedge: use one of"],
    [["constructor"], "unknown command constructor for cxedge: use one of"],
    [["audit", "__proto__"], "unknown command __proto__ for cxedge audit: use one of"],
    [["anonymize", "--__proto__", "x"], "unknown flag --__proto__"],
    [["webhooks"], "cxedge webhooks needs a sub-command: use one of list, replay, purge, receive"],
    [["webhooks", "--json", "list"], "unknown flag --json for cxedge webhooks: flags go after the sub-command"],
    [["--verbose", "anonymize"], "unknown flag --verbose for cxedge: flags go after the sub-command"],
    [["skills", "health"], "missing --skill: cxedge skills health needs it"],
    [["matrix", "validate"], "missing FILE: cxedge matrix validate needs it"],
  ])("%j", async (args, expected) => {
    const line = await refused(args)
    expect(line).toStartWith(`[cxedge] ${expected}`)
    if (!expected.includes("did you mean")) expect(line).not.toContain("did you mean")
  })

  test("what the checker lets through still works: --no-x, --x=v, -n, a value starting with -", async () => {
    const tail = await runCli(["audit", "tail", "-n", "3", "--no-json", "--storage=memory"], env, { cwd: work })
    expect(tail.code).toBe(0)
    const start = await runCli(["scripts", "start", "--skill", "4101", "--script-id", "7", "--param", "-1", "--param=x", "--json", "--yes"], env, { cwd: work })
    expect(start.code).toBe(0)
    expect(sandbox.tenant("acme").scriptStarts.at(-1)!.parameters).toEqual(["-1", "x"])
  })
})

describe("numbers are checked against their documented range before any call", () => {
  test.each(["1e9", "abc", "-1", "0", "1.5", "", "Infinity", "0x10", "257"])("--concurrency %p", async (raw) => {
    const line = await refused(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--yes", `--concurrency=${raw}`])
    // Round 30: 0x10 says the number it means (16, allowed).
    expect(line).toBe(raw === "" ? "[cxedge] --concurrency needs a value: --concurrency=VALUE or --concurrency VALUE" : `[cxedge] [flags] --concurrency ${JSON.stringify(raw)} is not allowed: use a whole number from 1 to 256${raw === "0x10" ? " (0x10 is 16)" : ""}`)
  })

  test.each([
    [["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--yes", "--rps", "0"], '--rps "0" is not allowed: use a number from 0.1 to 10000'],
    [["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--yes", "--rps", "1e9"], '--rps "1e9" is not allowed'],
    [["tenant", "discover", "--rps", "-5"], '--rps "-5" is not allowed'],
    [["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--dry-run", "--show", "1.5"], '--show "1.5" is not allowed: use a whole number from 0 to 1000'],
    [["audit", "tail", "-n", "0"], '-n "0" is not allowed: use a whole number from 1 to 10000'],
    [["audit", "tail", "-n", "abc"], '-n "abc" is not allowed'],
    [["skills", "activity", "--watch", "--count", "0"], '--count "0" is not allowed: use a whole number from 1 to 1000000'],
    [["skills", "activity", "--watch", "--interval", "1e9"], '--interval "1e9" is not a duration'],
    [["skills", "activity", "--watch", "--interval", "100m"], '--interval "100m" is more than 1h'],
    [["skills", "activity", "--skill", "0x10"], '--skill "0x10" is not a skill id: give the skill\'s number, a positive whole number (cxedge skills activity lists them) (0x10 is 16)'],
    [["skills", "health", "--skill", "4101", "--max-queue", "-1"], '--max-queue "-1" is not allowed'],
    [["skills", "health", "--skill", "4101", "--min-service-level", "101"], '--min-service-level "101" is not allowed: use a number from 0 to 100'],
    [["skills", "health", "--skill", "4101", "--max-wait", "Infinity"], '--max-wait "Infinity" is not allowed'],
    [["scripts", "start", "--skill", "1e3", "--script-id", "7"], '--skill "1e3" is not a skill id: give the skill\'s number, a positive whole number (1e3 is 1000)'],
    [["serve", "--port", "abc"], '--port "abc" is not allowed: use a whole number from 0 to 65535'],
    [["serve", "--port", "99999"], '--port "99999" is not allowed'],
    [["serve", "--port", "80.5"], '--port "80.5" is not allowed'],
    [["serve", "--runtime", "deno"], '--runtime "deno" is not allowed: use bun or node'],
    [["sandbox", "--port", "65536"], '--port "65536" is not allowed'],
    [["sandbox", "--contacts", "1e6"], '--contacts "1e6" is not allowed: use a whole number from 1 to 100000'],
    [["sandbox", "--faults", "[1]"], "--faults must be a JSON object"],
  ])("%j", async (args, expected) => {
    expect(await refused(args)).toContain(expected)
  })

  test.each([
    [{ CXEDGE_RPS: "1e9" }, ["tenant", "discover"], 'CXEDGE_RPS "1e9" is not allowed'],
    [{ CXEDGE_PORT: "abc" }, ["serve"], 'CXEDGE_PORT "abc" is not allowed: use a whole number from 0 to 65535'],
    [{ CXEDGE_PORT: "70000" }, ["serve"], 'CXEDGE_PORT "70000" is not allowed'],
  ])("environment %j", async (extra, args, expected) => {
    expect(await refused(args, extra)).toContain(expected)
  })
})

describe("the port a server listens on", () => {
  const freePort = () => {
    const probe = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response() })
    const port = probe.port
    probe.stop(true)
    return port
  }

  async function listening(args: string[], extra: Record<string, string>) {
    const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], {
      cwd: work, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", CXEDGE_STORAGE: "memory", ...extra }, stdout: "pipe", stderr: "pipe",
    })
    try {
      const reader = proc.stdout.getReader()
      let text = ""
      const deadline = Date.now() + 20_000
      while (!/listening on http:\/\/[\d.]+:\d+/.test(text) && Date.now() < deadline) {
        const chunk = await Promise.race([reader.read(), Bun.sleep(20_000).then(() => ({ done: true, value: undefined }))])
        if (chunk.done) break
        text += new TextDecoder().decode(chunk.value)
      }
      return /listening on (http:\/\/[\d.]+:\d+)/.exec(text)?.[1]
    } finally {
      proc.kill("SIGTERM")
      await proc.exited
    }
  }

  test("CXEDGE_PORT is used when --port is not given (the flag has no default that hides it)", async () => {
    const port = freePort()
    expect(await listening(["serve"], { CXEDGE_PORT: String(port) })).toBe(`http://127.0.0.1:${port}`)
  }, 30_000)

  test("--port wins over CXEDGE_PORT", async () => {
    const port = freePort()
    expect(await listening(["serve", "--port", String(port)], { CXEDGE_PORT: "1" })).toBe(`http://127.0.0.1:${port}`)
  }, 30_000)

  test("a port in use: one line, exit 2", async () => {
    const busy = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => new Response() })
    try {
      const r = await runCli(["sandbox", "--port", String(busy.port)], {}, { cwd: work })
      expect(r.code).toBe(2)
      expect(r.stderr.trim()).toBe(`[cxedge] [sandbox] port ${busy.port} is in use: pick another with --port (0 picks a free one)`)
    } finally {
      busy.stop(true)
    }
  })
})

describe("--since and --until", () => {
  test("--target erasure --source cxone --since yesterday: exit 2 and not one erasure", async () => {
    const line = await refused(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "erasure", "--source", "cxone", "--since", "yesterday", "--yes"])
    expect(line).toContain('--since "yesterday" is not a date: use an ISO 8601 date')
  })

  test.each([
    [["--since", "2024-13-01"], '--since "2024-13-01" is not a calendar date'],
    [["--since", "2024-02-30"], '--since "2024-02-30" is not a calendar date'],
    [["--since", "1700000000"], '--since "1700000000" is not a date'],
    [["--until", "2026-10-01T10:00"], '--until "2026-10-01T10:00" has no time zone'],
    [["--since", "2026-10-02", "--until", "2026-10-01"], "--since 2026-10-02T00:00:00.000Z is not before --until 2026-10-01T00:00:00.000Z"],
    [["--since", "2999-01-01"], "is in the future"],
  ])("%j", async (flags, expected) => {
    expect(await refused(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "erasure", "--source", "cxone", "--yes", ...flags])).toContain(expected)
  })

  test.each([
    [["--source", "records", "--since", "7d"], "--since and --until select contacts of the cxone and messages sources only"],
    [["--source", "messages", "--target", "export"], "--source messages needs --since"],
    [["--resume", "job-1", "--since", "7d"], "--since cannot change a job being resumed"],
    [["--file", "x.jsonl", "--source", "records"], "--file is read by --source jsonl only"],
  ])("window flags where they mean nothing: %j", async (flags, expected) => {
    expect(await refused(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--yes", ...flags])).toContain(expected)
  })

  test("the window actually used is printed before the job, as absolute instants (dry run too)", async () => {
    const r = await runCli(
      ["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "erasure", "--since", "2026-10-01", "--until", "2026-10-02T00:00:00+02:00", "--dry-run", "--storage", "memory"],
      env, { cwd: work },
    )
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("window: 2026-10-01T00:00:00.000Z .. 2026-10-01T22:00:00.000Z")
    const relative = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "erasure", "--since", "3d", "--dry-run", "--json", "--storage", "memory"], env, { cwd: work })
    const [, since, until] = /window: (\S+) \.\. (\S+)/.exec(relative.stderr)!
    expect(Date.parse(until!) - Date.parse(since!)).toBe(3 * 86_400_000)
    expect(Math.abs(Date.parse(until!) - Date.now())).toBeLessThan(60_000)
  })

  test("a window selects only the contacts inside it: erasure requests for those, none outside", async () => {
    const completed = sandbox.tenant("acme").data.completed
    const starts = completed.map((c) => Date.parse(c.contactStartDate)).sort((a, b) => a - b)
    // A window around the newest few contacts only.
    const since = new Date(starts.at(-3)!).toISOString()
    const inside = completed.filter((c) => Date.parse(c.contactStartDate) >= Date.parse(since)).length
    expect(inside).toBeGreaterThan(0)
    expect(inside).toBeLessThan(completed.length)
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "erasure", "--since", since, "--yes", "--json", "--storage", "memory"], env, { cwd: work })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).processed).toBe(inside)
  })
})
