import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../../helpers.ts"
import { anonymize, anonymizeSetup, loadMatrixFile } from "./setup.ts"

// Contact ids above 2^53, sent as bare JSON numbers: a client that parses them
// as doubles rounds half of them onto their neighbours.
const TWO_53 = 2n ** 53n
const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const CONTACTS = 24

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
const paths: { method: string; path: string }[] = []

const ids = () => sandbox.tenant("acme").data.completed.map((c) => c.contactId).sort()
const digitalIds = () => [...new Set([...sandbox.tenant("acme").data.messages.values()].map((m) => m.contactNumber))].sort()
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort()

function work() {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-bigids-"))
  return { dir, run: { ...env, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "state") } }
}

/** Every contact id in a finished job's journal (its pages' chunks of finished ids, by outcome). */
function journalIds(dir: string, job: string): string[] {
  const pages = join(dir, "state", "journal", job, "b")
  // A page's chunk: its ids by outcome, and beside them its checksum (`sum`), which is no id.
  return readdirSync(pages).flatMap((f) => Object.entries(JSON.parse(readFileSync(join(pages, f), "utf8")) as Record<string, string[] | string>).flatMap(([k, v]) => (k === "sum" ? [] : v)))
}

async function auditIds(run: Record<string, string>, dir: string, job: string): Promise<string[]> {
  const tail = await runCli(["audit", "tail", "-n", "1000", "--json"], run, { cwd: dir })
  expect(tail.code).toBe(0)
  return (JSON.parse(tail.stdout) as { job: string; contact: string; action: string }[]).filter((r) => r.job === job && r.contact).map((r) => r.contact)
}

async function consentIds(job: string): Promise<string[]> {
  const deliveries = (await (await sandbox.app.request("/_sandbox/consent")).json()) as { body: string }[]
  return deliveries.map((d) => JSON.parse(d.body)).filter((e) => e.data?.jobId === job && e.data?.contactId).map((e) => e.data.contactId)
}

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: CONTACTS, consentSecrets: [SECRET], faults: { bigIds: true } })
  served = serveSandbox(sandbox, (r) => void paths.push({ method: r.method, path: new URL(r.url).pathname }))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_WEBHOOK_URL: `${served.origin}/_consent/webhooks`, CXEDGE_WEBHOOK_SECRETS: SECRET })
  expect(ids().every((id) => BigInt(id) > TWO_53)).toBe(true)
  // Neighbours collide as doubles: the test would see a rounding.
  expect(new Set(ids().map((id) => Number(id))).size).toBeLessThan(CONTACTS)
})
afterAll(() => served.stop())

describe("contact ids above 2^53 stay exact from the wire to every record of them", () => {
  test("cxone source, erasure target: DFO calls, journal, audit and consent events carry the exact ids", async () => {
    const { dir, run } = work()
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "erasure", "--source", "cxone", "--since", "30d", "--job", "big-erasure", "--yes", "--json"], run, { cwd: dir })
    expect(r.stderr).not.toMatch(/^\s+at /m)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ processed: CONTACTS, succeeded: CONTACTS, failed: 0 })
    // The calls made: each digital contact's history read under its own exact number.
    const histories = paths.filter((p) => p.path.endsWith("/history")).map((p) => p.path.split("/").at(-2)!)
    expect(sorted(histories)).toEqual(digitalIds())
    expect([...sandbox.tenant("acme").data.messages.values()].every((m) => m.content === null)).toBe(true)
    expect(sorted(journalIds(dir, "big-erasure"))).toEqual(ids())
    expect(sorted(await auditIds(run, dir, "big-erasure"))).toEqual(ids())
    expect(sorted(await consentIds("big-erasure"))).toEqual(ids())
  }, 60_000)

  test("records source, patch target (the records API sends ids as bare numbers): each record written once, under its own id", async () => {
    const { dir, run } = work()
    paths.length = 0
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "big-patch", "--yes", "--json"], run, { cwd: dir })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ processed: CONTACTS, succeeded: CONTACTS, failed: 0 })
    const patched = paths.filter((p) => p.method === "PATCH").map((p) => p.path.split("/").at(-1)!)
    expect(patched.sort()).toEqual(ids())
    expect([...sandbox.tenant("acme").data.records.values()].every((x) => x.writes === 1 && x.fields.email === undefined)).toBe(true)
    expect(sorted(journalIds(dir, "big-patch"))).toEqual(ids())
    expect(sorted(await auditIds(run, dir, "big-patch"))).toEqual(ids())
    expect(sorted(await consentIds("big-patch"))).toEqual(ids())
  }, 60_000)

  test("the output: a dry run's sample and an export's lines name the exact ids", async () => {
    const { dir, run } = work()
    const dry = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--source", "cxone", "--since", "30d", "--target", "erasure", "--dry-run", "--show", "1000", "--json"], run, { cwd: dir })
    expect(dry.code).toBe(0)
    expect(sorted((JSON.parse(dry.stdout).sample as { contactId: string }[]).map((s) => s.contactId))).toEqual(ids())
    const out = join(dir, "export.jsonl")
    const exported = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--source", "cxone", "--since", "30d", "--target", "export", "--out", out, "--yes"], run, { cwd: dir })
    expect(exported.code).toBe(0)
    // Read as text: the file holds the ids as strings, never as numbers to round.
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(sorted(lines.map((l) => l.id as string))).toEqual(ids())
  }, 60_000)

  test("transcript send --contact with a 64-bit contact number reaches the tenant exactly", async () => {
    const contact = digitalIds()[0]!
    const r = await runCli(["transcript", "send", "--contact", contact, "--to", "a@example.com", "--json", "--yes"], env)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).contactNumber).toBe(contact)
    expect(sandbox.tenant("acme").transcripts.at(-1)!.contactNumber).toBe(contact)
  })

  test("scripts start: the new contact's id above 2^53 is printed exactly", async () => {
    await sandbox.app.request("/_sandbox/tenants/acme/faults", { method: "PUT", body: JSON.stringify({ bigIds: true }) })
    const r = await runCli(["scripts", "start", "--skill", "4101", "--script-id", "7", "--json", "--yes"], env)
    expect(r.code).toBe(0)
    const started = sandbox.tenant("acme").scriptStarts.at(-1)!.contactId
    expect(BigInt(started) > TWO_53).toBe(true)
    expect(JSON.parse(r.stdout).contactId).toBe(started)
  })
})

describe("single-contact jobs (the contact-ended callout's path)", () => {
  test.each(["cxone", "records"] as const)("from %s: the job reads, writes and reports the exact id", async (from) => {
    const { rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 6, faults: { bigIds: true } } })
    // An odd id: as a double it would be its even neighbour, another contact.
    const id = state.data.completed.map((c) => c.contactId).find((x) => BigInt(x) % 2n === 1n)!
    const applied: string[] = []
    rt.hooks.on("contact:applied", (e) => void applied.push(e.contactId))
    const target = from === "cxone" ? "erasure" : "patch"
    const { result } = await anonymize(rt, { jobId: `contact_${id}`, matrix: loadMatrixFile("gdpr"), source: { kind: "single", id, from }, target: { kind: target } }, 1)
    expect(result).toMatchObject({ processed: 1, succeeded: 1, failed: 0 })
    expect(applied).toEqual([id])
    if (from === "records") {
      expect(state.data.records.get(id)!.writes).toBe(1)
      expect([...state.data.records.values()].filter((r) => r.writes > 0)).toHaveLength(1)
    } else {
      expect(state.erasures.length).toBeGreaterThan(0)
    }
  })
})
