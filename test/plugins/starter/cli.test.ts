import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, secretsOf, serveSandbox } from "../../helpers.ts"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
const seen: { method: string; path: string; query: URLSearchParams }[] = []
const readOnly = () => ({ ...env, CXEDGE_ACCESS_KEY_ID: "SBXACMEREADONLY=", CXEDGE_ACCESS_KEY_SECRET: "sbx-acme-readonly" })
const setFaults = (faults: object) => sandbox.app.request("/_sandbox/tenants/acme/faults", { method: "PUT", body: JSON.stringify(faults) })
const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m)

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 40 })
  served = serveSandbox(sandbox, (r) => {
    const url = new URL(r.url)
    seen.push({ method: r.method, path: url.pathname, query: url.searchParams })
  })
  env = sandboxEnv(sandbox, served.origin)
})
afterAll(() => served.stop())

const digital = () => [...sandbox.tenant("acme").data.messages.values()][0]!.contactNumber

describe("transcript send", () => {
  test("sends to several recipients, prints them masked, and never writes an address in clear", async () => {
    const r = await runCli(["transcript", "send", "--contact", digital(), "--to", "ada.okafor@example.com", "--to", "zoe@example.org", "--yes"], env)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`transcript of contact ${digital()} sent to a•••@example.com, z•••@example.org (status 201)\n`)
    expect(r.stdout + r.stderr).not.toContain("ada.okafor")
    const sent = sandbox.tenant("acme").transcripts.at(-1)!
    expect(sent.recipients).toEqual(["ada.okafor@example.com", "zoe@example.org"])
  })

  test("--json, and a 202 from the tenant is success too", async () => {
    await setFaults({ transcriptStatus: 202 })
    const r = await runCli(["transcript", "send", "--contact", digital(), "--to", "a@example.com", "--json", "--yes"], env)
    await setFaults({ transcriptStatus: 201 })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ contactNumber: digital(), recipients: ["a•••@example.com"], status: 202 })
  })

  test("an invalid address is refused before any call (exit 2)", async () => {
    const before = sandbox.tenant("acme").transcripts.length
    const r = await runCli(["transcript", "send", "--contact", digital(), "--to", "good@example.com", "--to", "not-an-address", "--yes"], env)
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe("[cxedge] [transcript] recipient 2 is not an email address: check --to")
    expect(sandbox.tenant("acme").transcripts.length).toBe(before)
  })

  test("an unknown contact: one line with the DFO error code and uid", async () => {
    const r = await runCli(["transcript", "send", "--contact", "123", "--to", "a@example.com", "--yes"], env)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/dfo\.transcript\.send failed with status 404 \(CONTACT_NOT_FOUND, uid [0-9a-f-]{36}\): no such resource/)
    noStack(r.stderr)
  })

  test("403: the role lacks DFO permission", async () => {
    const r = await runCli(["transcript", "send", "--contact", digital(), "--to", "a@example.com", "--yes"], readOnly())
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("status 403")
    expect(r.stderr).toContain("lacks the permission")
  })

  test("a 5xx is not repeated: one transcript request, no duplicate email", async () => {
    const before = seen.filter((s) => s.path.endsWith("/transcript")).length
    await setFaults({ errorRatio: 1 })
    const r = await runCli(["transcript", "send", "--contact", digital(), "--to", "a@example.com", "--yes"], env)
    await setFaults({ errorRatio: 0 })
    expect(r.code).toBe(1)
    expect(seen.filter((s) => s.path.endsWith("/transcript")).length - before).toBe(1)
  })
})

describe("skills", () => {
  test("activity: a table with the derived longest wait, or JSON", async () => {
    const r = await runCli(["skills", "activity"], env)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/skillId\s+skillName\s+queueCount\s+agentsAvailable\s+serviceLevel\s+longestWaitSec/)
    const json = await runCli(["skills", "activity", "--skill", "4103", "--json"], env)
    const rows = JSON.parse(json.stdout)
    expect(rows).toHaveLength(1)
    expect(rows[0].longestWaitSec).toBeGreaterThanOrEqual(620)
  })

  test("--watch asks for deltas after the first call; after a 304 it still prints every skill, its longest wait grown", async () => {
    const start = seen.length
    const r = await runCli(["skills", "activity", "--watch", "--interval", "1s", "--count", "3", "--json"], env, { timeoutMs: 20_000 })
    expect(r.code).toBe(0)
    const polls = seen.slice(start).filter((s) => s.path.endsWith("/skills/activity"))
    expect(polls).toHaveLength(3)
    expect(polls[0]!.query.get("updatedSince")).toBe("1970-01-01T00:00:00.000Z")
    expect(polls[1]!.query.get("updatedSince")).not.toBe("1970-01-01T00:00:00.000Z")
    // One JSON array per poll: nothing changed after the first, yet the queued skill has waited longer.
    const printed = r.stdout.trim().split(/\n(?=\[)/).map((chunk) => JSON.parse(chunk) as { skillId: number; longestWaitSec: number }[])
    expect(printed).toHaveLength(3)
    const waits = printed.map((rows) => rows.find((s) => s.skillId === 4101)!.longestWaitSec)
    expect(waits[2]!).toBeGreaterThan(waits[0]!)
  })

  test.each([
    ["4101", [], 0, "healthy"],
    ["4101", ["--max-queue", "1"], 1, "degraded: queue 2 > 1"],
    ["4103", [], 2, "unhealthy: no agent available for 7 queued"],
  ])("health of skill %s %j: exit %i", async (skill, flags, code, expected) => {
    const r = await runCli(["skills", "health", "--skill", skill, ...flags], env)
    expect(r.code).toBe(code)
    expect(r.stdout).toContain(expected)
  })

  test("health of an unknown skill: exit 3 (no verdict: a monitor's unknown, not 1, degraded), says the skill was not found", async () => {
    const r = await runCli(["skills", "health", "--skill", "999"], env)
    expect(r.code).toBe(3)
    expect(r.stderr).toContain("skill 999 is not a skill of this tenant: check the id")
  })

  test("a rate-limited tenant is retried after Retry-After", async () => {
    await setFaults({ rateLimit: { rps: 1, burst: 1, retryAfter: true } })
    const r = await runCli(["skills", "activity", "--skill", "4101", "--json"], env)
    const r2 = await runCli(["skills", "activity", "--skill", "4101", "--json"], env)
    await setFaults({ rateLimit: null })
    expect(r.code).toBe(0)
    expect(r2.code).toBe(0)
  })
})

describe("scripts start", () => {
  test("prints the new contactId; parameters arrive pipe-joined", async () => {
    const r = await runCli(["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", "--param", "rec-1", "--param", "+15550100", "--json", "--yes"], env)
    expect(r.code).toBe(0)
    const { contactId } = JSON.parse(r.stdout)
    const start = sandbox.tenant("acme").scriptStarts.at(-1)!
    expect(String(start.contactId)).toBe(contactId)
    expect(start.parameters).toEqual(["rec-1", "+15550100"])
    expect(start.scriptPath).toBe("Company\\Callback")
  })

  test.each([
    [["--skill", "4101", "--script-id", "7", "--param", "a|b"], 'parameter 1 contains "|"'],
    [["--skill", "4101"], "exactly one of --script-id or --script-path"],
    [["--skill", "4101", "--script-id", "7", "--script-path", "x"], "exactly one of --script-id or --script-path"],
    [["--skill", "abc", "--script-id", "7"], '--skill "abc" is not a skill id'],
    [["--skill", "4101", "--script-id", "7", ...Array.from({ length: 21 }, (_, i) => ["--param", `p${i}`]).flat()], "at most 20 parameters"],
  ])("refuses %j before any call (exit 2)", async (args, expected) => {
    const before = sandbox.tenant("acme").scriptStarts.length
    const r = await runCli(["scripts", "start", ...args], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(expected)
    expect(sandbox.tenant("acme").scriptStarts.length).toBe(before)
  })

  test("an unknown skill is a 404; a role without admin permission a 403", async () => {
    const missing = await runCli(["scripts", "start", "--skill", "999", "--script-id", "7", "--yes"], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain("status 404")
    const denied = await runCli(["scripts", "start", "--skill", "4101", "--script-id", "7", "--yes"], readOnly())
    expect(denied.code).toBe(1)
    expect(denied.stderr).toContain("status 403")
  })
})

test("a 401 mid-session (tokens revoked) is recovered by one refresh", async () => {
  const dir = (await import("node:fs")).mkdtempSync("/tmp/cxedge-401-")
  const fsEnv = { ...env, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: dir }
  expect((await runCli(["skills", "activity", "--json"], fsEnv)).code).toBe(0)
  await sandbox.app.request("/_sandbox/tenants/acme/revoke", { method: "POST" })
  await Bun.sleep(1100)
  const before = sandbox.tenant("acme").stats.tokens
  const r = await runCli(["skills", "activity", "--json"], fsEnv)
  expect(r.code).toBe(0)
  expect(sandbox.tenant("acme").stats.tokens - before).toBe(1)
})

test("no command prints a secret", async () => {
  const r = await runCli(["tenant", "env", "--json"], env)
  for (const s of secretsOf(sandbox.credentials("acme"))) expect(r.stdout + r.stderr).not.toContain(s)
})

test("scripts start run bare on a terminal asks for the skill, the script and the parameters", async () => {
  // `script` gives the CLI a real pseudo-terminal; answers are typed one prompt at a time.
  const proc = Bun.spawn(["script", "-qfc", `${process.execPath} ${ROOT}cli/main.ts scripts start`, "/dev/null"], {
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TERM: "dumb", ...env },
    stdin: "pipe",
    stdout: "pipe",
    stderr: "pipe",
  })
  for (const answer of ["4101", "Company\\Callback", "rec-9", "", "yes"]) {
    await Bun.sleep(700)
    proc.stdin.write(`${answer}\r`)
  }
  await Promise.race([proc.exited, Bun.sleep(15_000)])
  const out = await new Response(proc.stdout).text()
  expect(out).toContain("Skill id:")
  expect(out).toContain("Parameter P2")
  const start = sandbox.tenant("acme").scriptStarts.at(-1)!
  expect(start).toMatchObject({ skillId: 4101, scriptPath: "Company\\Callback", parameters: ["rec-9"] })
  expect(out).toContain(String(start.contactId))
}, 30_000)
