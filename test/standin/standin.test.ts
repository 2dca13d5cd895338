import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SEEDED_PII } from "./seed.ts"
import { CREDENTIALS, startStandin, type Standin, cxedgeEnv } from "./standin.ts"

/**
 * cxedge's real CLI against an independent CXone stand-in (written from cxone-api.md alone), configured the way a
 * user configures a tenant: CXEDGE_ISSUER, the access key and the app, and CXEDGE_DFO_URL because the stand-in serves
 * DFO on a host of its own (as NICE's SDK names it, api-de-{area}). Each command runs in a subprocess, in a temp cwd.
 */
const ROOT = new URL("../..", import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), "cxedge-standin-"))
const AUDIT_KEY = Buffer.alloc(32, 7).toString("base64")
let standin: Standin
let env: Record<string, string>

async function cli(args: string[], extra: Record<string, string> = {}) {
  // --storage memory: each run starts with no remembered token or rate, as a fresh machine would.
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args, "--storage", "memory"], {
    cwd: work,
    env: { PATH: process.env.PATH ?? "", HOME: work, NO_COLOR: "1", ...env, ...extra },
    stdout: "pipe",
    stderr: "pipe",
  })
  const timer = setTimeout(() => proc.kill(), 90_000)
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  clearTimeout(timer)
  return { code, stdout, stderr, all: stdout + stderr }
}

/** No secret, no token and no seeded personal value in what the user sees. */
function clean(text: string) {
  for (const secret of [CREDENTIALS.accessKeyId, CREDENTIALS.accessKeySecret, CREDENTIALS.clientSecret]) expect(text).not.toContain(secret)
  expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/)
  for (const value of SEEDED_PII) expect(text).not.toContain(value)
}

const T = 120_000
const chatContact = () => String(standin.state.contacts.find((c) => c.mediaTypeName === "Chat")!.contactId)

beforeAll(async () => {
  standin = await startStandin()
  env = cxedgeEnv(standin, AUDIT_KEY)
})
afterAll(async () => {
  await standin.close()
})

describe("cxedge against an independent CXone stand-in", () => {
  test("tenant discover, whoami and env read the stand-in's documents and token, and print no secret", async () => {
    const discover = await cli(["tenant", "discover", "--json"])
    expect(discover.code).toBe(0)
    const values = JSON.parse(discover.stdout)
    expect(values).toMatchObject({ api_endpoint: standin.apiOrigin, area: "na1", cluster: "B32", token_endpoint: `${standin.issuer}/auth/token` })
    const whoami = await cli(["tenant", "whoami", "--json"])
    expect(whoami.code).toBe(0)
    expect(JSON.parse(whoami.stdout)).toMatchObject({ tenant: "acme_standin", icBUId: 4600123, tenantId: values.tenantId })
    const area = await cli(["tenant", "env", "area"])
    expect(area.stdout.trim()).toBe("na1")
    const table = await cli(["tenant", "env"])
    expect(table.stdout).toContain(standin.apiOrigin)
    for (const r of [discover, whoami, area, table]) clean(r.all)
    // The password grant, form-encoded keys (they hold + / =) and the client as HTTP Basic.
    expect(standin.state.auth.grants.every((g) => g.grant === "password" && g.clientAuth === "basic")).toBe(true)
  }, T)

  test("pii scan --source cxone reads every page (a 429 with Retry-After on the way) and counts PII by field, never showing it", async () => {
    const r = await cli(["pii", "scan", "--source", "cxone", "--since", "30d", "--json"])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.records).toBe(30)
    const notes = report.paths.find((p: { path: string }) => p.path === "dispositionNotes")
    expect(notes.byType).toMatchObject({ EMAIL: 30, PHONE: 30 })
    clean(r.all)
    const completed = standin.log.filter((l) => l.path.includes("/contacts/completed"))
    expect(completed.map((l) => l.status)).toContain(429)
    // The page cap (25 of the 100 asked) was followed through the absolute next link.
    expect(completed.some((l) => l.status === 200 && l.path.includes("skip=25"))).toBe(true)
  }, T)

  test("anonymize --matrix gdpr with only a CXone tenant names the erasure path instead of asking for a records API", async () => {
    const r = await cli(["anonymize", "--matrix", "gdpr", "--dry-run"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("CXone has no API that edits a contact's personal data")
    expect(r.stderr).toContain("--target erasure --source cxone")
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
  }, T)

  test("the erasure dry run plans every contact and sends nothing", async () => {
    const before = standin.log.length
    const r = await cli(["anonymize", "--matrix", "gdpr", "--target", "erasure", "--source", "cxone", "--since", "30d", "--dry-run", "--json"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ records: 30, rejected: [] })
    clean(r.all)
    const sent = standin.log.slice(before).filter((l) => l.method === "POST" && l.host !== "global")
    expect(sent).toEqual([])
    expect(standin.state.erasures).toHaveLength(0)
  }, T)

  test("the erasure with --yes: one Privacy erasure per subject, each contact erased once, every message's text and author removed once", async () => {
    const r = await cli(["anonymize", "--matrix", "gdpr", "--target", "erasure", "--source", "cxone", "--since", "30d", "--yes", "--json"])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ processed: 30, succeeded: 30, failed: 0 })
    clean(r.all)
    const s = standin.state
    // 15 people: a phone subject (their call) and an email subject (their chat), each sent once.
    expect(s.erasures).toHaveLength(30)
    expect(new Set(s.erasures.map((e) => `${e.subjectIdentifierType}:${e.subjectIdentifier}`)).size).toBe(30)
    expect(s.erasures.filter((e) => e.subjectIdentifierType === "PHONENO").every((e) => /^\+\d{8,15}$/.test(e.subjectIdentifier))).toBe(true)
    // The 64-bit id above 2^53 reached the stand-in exact.
    expect([...s.writes.keys()]).toContain("9007199254740993")
    expect(s.writes.size).toBe(30)
    expect([...s.writes.values()].every((n) => n === 1)).toBe(true)
    expect(s.messages.every((m) => m.contentRemoved === 1 && m.authorRemoved === 1)).toBe(true)
    const removals = standin.log.filter((l) => /removal$/.test(l.path))
    expect(removals).toHaveLength(s.messages.length * 2)
    expect(removals.every((l) => l.status === 201)).toBe(true)
    const state = JSON.stringify({ contacts: s.contacts, messages: s.messages })
    for (const value of SEEDED_PII) expect(state).not.toContain(value)
  }, T)

  test("skills activity and health read v34 skill activity; health exits by verdict", async () => {
    const activity = await cli(["skills", "activity"])
    expect(activity.code).toBe(0)
    expect(activity.stdout).toMatch(/4103\s+Collections\s+7\s+0\s+61\s+6\d\d/)
    const bad = await cli(["skills", "health", "--skill", "4103"])
    expect(bad.code).toBe(2)
    expect(bad.stdout).toContain("unhealthy: no agent available for 7 queued")
    const good = await cli(["skills", "health", "--skill", "4101"])
    expect(good.code).toBe(0)
    expect(good.stdout).toContain("healthy")
    const watch = await cli(["skills", "activity", "--watch", "--count", "2", "--interval", "1s"])
    expect(watch.code).toBe(0)
    expect(watch.stdout).toContain("no change (304)")
  }, T)

  test("transcript send: the DFO host's 202 is success, the recipient masked", async () => {
    const contact = chatContact()
    const r = await cli(["transcript", "send", "--contact", contact, "--to", "ada@example.com", "--yes"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`transcript of contact ${contact} sent to a•••@example.com (status 202)`)
    expect(standin.state.transcripts).toEqual([{ contactNumber: contact, recipients: ["ada@example.com"] }])
  }, T)

  test("scripts start: the v34 query form, parameters split at |, the new contactId printed", async () => {
    const r = await cli(["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", "--param", "rec 1", "--param", "+15550100", "--yes"])
    expect(r.code).toBe(0)
    expect(r.stdout.trim()).toBe("700000000001")
    expect(standin.state.started).toEqual([{ contactId: "700000000001", skillId: 4101, scriptId: null, scriptPath: "Company\\Callback", parameters: ["rec 1", "+15550100"], startDate: null }])
  }, T)
})
