import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fromAddressForms } from "../../core/index.ts"
import { startStandin, type Standin, cxedgeEnv } from "./standin.ts"

/**
 * The ACD's fromAddress filter is documented; the form a caller's number is stored in is not. Here the
 * stand-in holds one caller's number the way caller ids often are kept, as the national number with no country
 * code, and filters exactly. A subject access export by that phone found nothing before cxedge asked each form.
 */
const ROOT = new URL("../..", import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), "cxedge-forms-"))
let standin: Standin
let env: Record<string, string>

async function cli(args: string[]) {
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args, "--storage", "memory"], { cwd: work, env: { PATH: process.env.PATH ?? "", HOME: work, NO_COLOR: "1", ...env }, stdout: "pipe", stderr: "pipe" })
  const timer = setTimeout(() => proc.kill(), 60_000)
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  clearTimeout(timer)
  return { code, stdout, stderr }
}

beforeAll(async () => {
  standin = await startStandin()
  // The first caller (+1 617-555-0143) as a US caller id: 6175550143.
  const call = standin.state.contacts.find((c) => c.mediaTypeName === "Phone Call")!
  call.fromAddress = "6175550143"
  // A subject export against a configured tenant needs a key ring: the audit records the subject as a keyed token.
  env = { ...cxedgeEnv(standin), CXEDGE_HMAC_KEYS: `k1:${Buffer.alloc(32, 5).toString("base64")}` }
})
afterAll(async () => {
  await standin.close()
})

describe("a phone asked for in the forms the ACD may hold it in", () => {
  test("the forms of a number: E.164, its digits, its national number; an email as it is", () => {
    expect(fromAddressForms({ type: "PHONENO", value: "+16175550143" })).toEqual(["+16175550143", "16175550143", "6175550143"])
    expect(fromAddressForms({ type: "PHONENO", value: "+442079460018" }, ["e164", "national"])).toEqual(["+442079460018", "2079460018"])
    expect(fromAddressForms({ type: "EMAIL", value: "a@example.org" })).toEqual(["a@example.org"])
  })

  test("subject export --phone finds the contact the ACD holds under the national number", async () => {
    const out = join(work, "export.json")
    const r = await cli(["subject", "export", "--phone", "+1 617-555-0143", "--out", out, "--by", "tester"])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/ACD completed\s+1 contact\b/)
    // The tenant has no records API: the export says it was not searched, not that it holds nothing.
    expect(r.stdout).toMatch(/records API\s+not configured \(not searched\)/)
    const doc = JSON.parse(readFileSync(out, "utf8"))
    expect(doc.sources.records).toBe("not searched: no records API is configured")
    expect(doc.completedContacts.map((c: { contactId: string | number }) => String(c.contactId))).toEqual(["5000000101"])
    const asked = standin.log.filter((l) => l.path.includes("fromAddress=")).map((l) => new URL(l.path, "http://x").searchParams.get("fromAddress"))
    expect(new Set(asked)).toEqual(new Set(["+16175550143", "16175550143", "6175550143"]))
  }, 90_000)

  test("tenant.fromAddressForms narrows the queries to the forms a tenant is known to use", async () => {
    writeFileSync(join(work, "cxedge.config.json"), JSON.stringify({ tenant: { fromAddressForms: ["e164"] } }))
    const before = standin.log.length
    const r = await cli(["subject", "export", "--phone", "+1 617-555-0143", "--out", join(work, "e164.json"), "--by", "tester"])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/ACD completed\s+0 contacts/)
    expect(standin.log.slice(before).filter((l) => l.path.includes("fromAddress="))).toHaveLength(1)
    writeFileSync(join(work, "cxedge.config.json"), JSON.stringify({ tenant: { fromAddressForms: ["e.164"] } }))
    const bad = await cli(["tenant", "env", "area"])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("fromAddressForms")
  }, 90_000)
})
