import { afterEach, describe, expect, test } from "bun:test"
import { cxedge, envFor, exportRun, leaks } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"
import { summaryCount } from "../standin4/summary.ts"

let standin: Standin | undefined
afterEach(() => standin?.stop())

describe("records as a real tenant writes them (cxone-api.md 4.1, 8.4)", () => {
  test("ids past 2^53 as numbers and as strings, null and absent names, a Greek field name, a field added later: every contact exported, every id exact", async () => {
    standin = await startStandin({ pageSize: 5 })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(0)
    expect(summaryCount(run.stdout, "succeeded")).toBe(12)
    expect(run.lines.map((l) => l.id)).toEqual(standin.contacts.map((c) => c.contactId.digits))
    // Raw text too: a rounded id would read 9007199254740992 somewhere.
    expect(run.text).not.toContain("9007199254740992")
    expect(run.leaked).toEqual([])
    expect(run.text).not.toContain(standin.contacts[0]!.fromAddress as string)
  }, 60_000)

  test("scripts start: a contactId past 2^53 as a bare number or a string prints the same exact digits", async () => {
    for (const scriptId of ["number", "string"] as const) {
      standin = await startStandin({ scriptId })
      const env = envFor(standin.origin)
      const run = await cxedge(["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", "--param", "x", "--yes"], env)
      expect(run.code).toBe(0)
      expect(run.stdout.trim()).toBe("9007199254740995")
      expect(standin.writes.scripts.length).toBe(1)
      expect(leaks(run, env, standin)).toEqual([])
      standin.stop()
    }
  }, 60_000)
})

describe("erase --phone against a tenant that ignores the fromAddress filter (cxone-api.md 4.1: how it compares is open)", () => {
  test("only the subject is erased: no other caller's number is sent to the Privacy API, none is called linked", async () => {
    standin = await startStandin({ ignoresFilter: true })
    const env = envFor(standin.origin)
    const subject = standin.contacts[1]!.fromAddress as string
    const run = await cxedge(["erase", "--phone", subject, "--yes"], env)
    expect(run.code).toBe(0)
    expect(standin.writes.erasures).toEqual([{ subjectIdentifier: subject, subjectIdentifierType: "PHONENO" }])
    expect(run.stdout).toContain("linked         0 identifiers")
    // The subject's one contact and the subject's own record.
    expect(summaryCount(run.stdout, "processed")).toBe(2)
    expect(leaks(run, env, standin)).toEqual([])
  }, 60_000)

  test("a subject access export holds only the subject's contacts", async () => {
    standin = await startStandin({ ignoresFilter: true })
    const env = envFor(standin.origin)
    const subject = standin.contacts[1]!.fromAddress as string
    const out = `${env.CXEDGE_STORAGE_DIR}-access.json`
    const run = await cxedge(["subject", "export", "--phone", subject, "--out", out, "--by", "dpo"], env)
    expect(run.code).toBe(0)
    const text = await Bun.file(out).text()
    expect(text).toContain(standin.contacts[1]!.contactId.digits)
    const others = standin.contacts.filter((_, i) => i !== 1).map((c) => c.fromAddress as string)
    expect(others.filter((number) => text.includes(number))).toEqual([])
    expect(run.stdout).toContain("ACD completed  1 contact")
  }, 60_000)
})

describe("5xx answers that quote a caller (cxone-api.md 8.2: free text and icStatusDescription)", () => {
  test("a listing failing 500 with a name and number in its body and header: exit 1, the code named, the person never", async () => {
    standin = await startStandin({ failWithPii: { match: "completed", times: 99, status: 500 } })
    const run = await exportRun(standin, envFor(standin.origin))
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("status 500 (InternalError)")
    expect(run.leaked).toEqual([])
  }, 60_000)

  test("a Privacy erasure failing 502 with the person in its body: not repeated (it may have taken effect), nothing quoted", async () => {
    standin = await startStandin({ failWithPii: { match: "erasure", times: 99, status: 502 } })
    const env = envFor(standin.origin)
    const run = await cxedge(["erase", "--phone", standin.contacts[1]!.fromAddress as string, "--yes"], env)
    expect(run.code).toBe(1)
    expect(standin.seen.filter((s) => s.path.includes("/privacy/v1/erasure")).length).toBe(1)
    expect(leaks(run, env, standin)).toEqual([])
  }, 60_000)
})
