import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createManualClock } from "../../../core/index.ts"
import { anonymize, anonymizeSetup, findLeaks, loadMatrixFile, seededValues } from "./setup.ts"

const gdpr = loadMatrixFile("gdpr")

describe("patch target (records API)", () => {
  test("anonymizes every contact once; the stored state proves it; a re-run changes nothing", async () => {
    const { rt, state, sandbox } = await anonymizeSetup({ sandboxOptions: { contacts: 300 } })
    const seeded = seededValues(sandbox)
    const applied: string[] = []
    rt.hooks.on("contact:applied", (e) => void applied.push(e.contactId))
    const { result, job } = await anonymize(rt, { matrix: gdpr })
    expect(result).toMatchObject({ processed: 300, succeeded: 300, failed: 0 })
    expect(new Set(applied).size).toBe(300)
    for (const r of state.data.records.values()) {
      expect(r.writes).toBe(1)
      expect(r.fields.firstName).toBeUndefined()
      expect(r.fields.email).toBeUndefined()
      expect(r.fields.notes).toBe("")
      expect((r.fields.customFields as any[]).every((f) => f.value === "")).toBe(true)
    }
    // the journal holds no personal data
    const journal = JSON.stringify(await Promise.all((await rt.storage.namespace("journal").getKeys()).map((k) => rt.storage.namespace("journal").getItem(k))))
    expect(findLeaks(journal, seeded)).toEqual([])

    const again = await anonymize(rt, { matrix: gdpr })
    expect(again.result).toMatchObject({ succeeded: 0, skipped: 300, failed: 0 })
    const resumed = await anonymize(rt, { jobId: job.jobId, resume: true })
    expect(resumed.job.finished).toBe(true)
    expect([...state.data.records.values()].every((r) => r.writes === 1)).toBe(true)
  })

  test("a 412 race: a record changed between read and write is re-read, re-planned and written once", async () => {
    let raced = false
    let victimId = ""
    const { rt, state } = await anonymizeSetup({
      sandboxOptions: { contacts: 20 },
      // A concurrent writer edits the record just before our PATCH lands.
      intercept(request, sandbox) {
        if (request.method !== "PATCH" || raced) return
        const record = sandbox.tenant("acme").data.records.get(victimId)!
        if (!request.url.endsWith(`/contacts/${victimId}`)) return
        raced = true
        record.fields.firstName = "Mallory"
        record.fields.nickname = "M"
        record.version++
      },
    })
    const victim = [...state.data.records.values()][7]!
    victimId = victim.id
    const { result } = await anonymize(rt, { matrix: gdpr })
    expect(raced).toBe(true)
    expect(result.succeeded).toBe(20)
    expect(rt.metrics.total("cxedge_requests_total", { op: "records.patch", status: "412" })).toBe(1)
    expect(victim.fields.firstName).toBeUndefined()
    expect(victim.fields.nickname).toBe("M") // the other writer's unrelated change survives
    expect(victim.writes).toBe(1)
  })

  test("an ambiguous failure (write applied, then 500) is not written twice", async () => {
    const { rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 200, faults: { ambiguousRatio: 0.2 } } })
    const { result } = await anonymize(rt, { matrix: gdpr })
    expect(result.succeeded).toBe(200)
    expect(state.stats.errors).toBeGreaterThan(10)
    expect([...state.data.records.values()].every((r) => r.writes === 1 && r.fields.firstName === undefined)).toBe(true)
  })

  test("10,000 contacts, 5% 5xx, a 100 requests/s tenant: all anonymized and verified, under 1% of calls 429", async () => {
    const clock = createManualClock(Date.now())
    const { rt, state } = await anonymizeSetup({
      clock,
      limits: { rps: 100, burst: 20, maxConcurrency: 32, initialConcurrency: 8 },
      sandboxOptions: { contacts: 10_000, now: () => clock.now(), faults: { errorRatio: 0.05, rateLimit: { rps: 100, burst: 20, retryAfter: true } } },
    })
    const { result } = await anonymize(rt, { matrix: gdpr }, 32)
    expect(result).toMatchObject({ processed: 10_000, succeeded: 10_000, failed: 0 })
    expect(state.stats.errors).toBeGreaterThan(300)
    expect(state.stats.rateLimited / state.stats.requests).toBeLessThan(0.01)
    let clean = 0
    for (const r of state.data.records.values()) if (r.writes === 1 && r.fields.firstName === undefined && r.fields.phone === undefined) clean++
    expect(clean).toBe(10_000)
  }, 120_000)
})

describe("erasure target (CXone Privacy + DFO)", () => {
  test("one erasure request per normalized subject per job, DFO messages redacted, request ids journaled", async () => {
    const { rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 120 } })
    // two contacts share one subject written differently
    const [a, b] = state.data.completed.filter((c) => c.fromAddress.startsWith("+1"))
    if (a && b) b.fromAddress = a.fromAddress.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "+1 ($1) $2-$3")
    const subjects = new Set(state.data.completed.map((c) => (c.fromAddress.includes("@") ? c.fromAddress.toLowerCase() : "+" + c.fromAddress.replace(/\D/g, ""))))
    const erasures: string[] = []
    rt.hooks.on("subject:erasure", (e) => void erasures.push(e.subject))
    const { result, job } = await anonymize(rt, { matrix: gdpr, target: { kind: "erasure" } })
    expect(result).toMatchObject({ processed: 120, succeeded: 120, failed: 0 })
    expect(state.erasures).toHaveLength(subjects.size)
    expect(new Set(state.erasures.map((e) => `${e.subjectIdentifierType}:${e.subjectIdentifier}`)).size).toBe(subjects.size)
    expect(erasures.every((s) => s.startsWith("sub_k1_"))).toBe(true)
    const digitalMessages = [...state.data.messages.values()]
    expect(digitalMessages.length).toBeGreaterThan(0)
    expect(digitalMessages.every((m) => m.content === null && m.authorName === null)).toBe(true)
    expect(state.data.completed.every((c) => c.fromAddress === "[erased]")).toBe(true)
    // re-running the same job submits nothing again
    const before = state.erasures.length
    await anonymize(rt, { jobId: job.jobId, resume: true })
    expect(state.erasures).toHaveLength(before)
  })
})

describe("erasure target: exact DFO contact numbers", () => {
  for (const shape of ["messages", "data"] as const) {
    test(`contact ids above 2^53 reach the DFO history (${shape}) and removals exactly: every message redacted, none missed`, async () => {
      const { rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 40, faults: { bigIds: true, dfoHistoryShape: shape } } })
      const ids = [...state.data.records.keys()]
      expect(ids.every((id) => BigInt(id) > 2n ** 53n)).toBe(true)
      const { result } = await anonymize(rt, { matrix: gdpr, target: { kind: "erasure" } })
      expect(result).toMatchObject({ processed: 40, succeeded: 40, failed: 0 })
      // A rounded id would have asked for another contact's history (404) or none.
      expect(rt.metrics.total("cxedge_requests_total", { op: "dfo.history", status: "404" })).toBe(0)
      const messages = [...state.data.messages.values()]
      expect(messages.length).toBeGreaterThan(0)
      expect(messages.every((m) => m.content === null && m.authorName === null)).toBe(true)
    })
  }
})

describe("export target", () => {
  test("writes one anonymized JSON line per contact to a file, with no personal data", async () => {
    const { rt, sandbox } = await anonymizeSetup({ sandboxOptions: { contacts: 150 } })
    const out = join(mkdtempSync(join(tmpdir(), "cxedge-export-")), "contacts.jsonl")
    const { result } = await anonymize(rt, { matrix: loadMatrixFile("analytics"), target: { kind: "export", out } })
    expect(result.succeeded).toBe(150)
    const lines = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l))
    expect(lines).toHaveLength(150)
    expect(lines.every((l) => /^tok_k1_/.test(l.email) && /^\+\d{1,3}$/.test(l.phone) && l.firstName === null)).toBe(true)
    expect(findLeaks(readFileSync(out, "utf8"), seededValues(sandbox))).toEqual([])
    expect([...sandbox.tenant("acme").data.records.values()].every((r) => r.writes === 0)).toBe(true)
  })
})
