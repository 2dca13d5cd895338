import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ConfigError, createCxedgeStorage, createRuntime } from "../../../core/index.ts"
import { toE164 } from "../../../core/index.ts"
import { dryRun } from "../../../plugins/anonymize/dry-run.ts"
import { jobStore, type JournalEntry } from "../../../plugins/anonymize/journal.ts"
import { completeJob, prepareJob } from "../../../plugins/anonymize/prepare.ts"
import type { JobRequest } from "../../../plugins/anonymize/request.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN, type Faults, type Sandbox } from "../../../sandbox/app.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../../helpers.ts"
import { findLeaks, loadMatrixFile, seededValues } from "./setup.ts"

// Gather before acting: per contact, every subject and every DFO message id is read
// before the first Privacy erasure or message removal is sent (issue 14).

const gdpr = loadMatrixFile("gdpr")
const ERASURE: JobRequest = { matrix: gdpr, target: { kind: "erasure" } }

interface GatherSetup {
  contacts?: number
  faults?: Partial<Faults>
  dfoHistory?: Record<string, unknown>
  dfoContactField?: string
  /** Answers a request instead of the sandbox (a tenant whose history looks otherwise). */
  answer?(request: Request): Response | undefined
}

/** The built-in plugins against an in-process sandbox; every call the client makes is recorded. */
async function setup(options: GatherSetup = {}) {
  const sandbox = await createSandbox({ contacts: options.contacts ?? 80, seed: 14, faults: options.faults })
  const calls: { method: string; path: string; query: URLSearchParams }[] = []
  const rt = await createRuntime(
    {
      plugins: ["tenant", "anonymize"],
      settings: { anonymize: { ...(options.dfoHistory ? { dfoHistory: options.dfoHistory } : {}), ...(options.dfoContactField ? { dfoContactField: options.dfoContactField } : {}) } },
      limits: { rps: 100_000, burst: 100_000, maxConcurrency: 64, initialConcurrency: 64 },
      retry: { baseDelayMs: 2, maxDelayMs: 10 },
      // These tests are about contacts that really fail, not about the breaker pausing the job.
      breaker: { failureRatio: 2 },
      tenant: sandbox.tenantConfig(SANDBOX_ORIGIN),
    },
    {
      builtins,
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init)
        const url = new URL(request.url)
        calls.push({ method: request.method, path: url.pathname, query: url.searchParams })
        return options.answer?.(request) ?? sandbox.fetch(request)
      }) as typeof fetch,
      keys: TEST_KEYS,
      storage: createCxedgeStorage(),
    },
  )
  const state = sandbox.tenant("acme")
  return { sandbox, rt, state, calls }
}

async function run(rt: Awaited<ReturnType<typeof setup>>["rt"], request: JobRequest) {
  const settings = { concurrency: 8, ...rt.settings<Record<string, unknown>>("anonymize") } as Parameters<typeof prepareJob>[2]
  const job = await prepareJob(rt, request, settings)
  const result = await completeJob(rt, job, { concurrency: 8 })
  const meta = (await jobStore(rt.storage.namespace("jobs")).get(job.jobId))!
  return { job, result, meta }
}

const subjectOf = (fromAddress: string) => (fromAddress.includes("@") ? `EMAIL:${fromAddress.toLowerCase()}` : `PHONENO:${toE164(fromAddress)}`)
const erased = (sandbox: Sandbox) => sandbox.tenant("acme").erasures.map((e) => `${e.subjectIdentifierType}:${e.subjectIdentifier}`)
const messagesOf = (sandbox: Sandbox, contactNumber: string) => [...sandbox.tenant("acme").data.messages.values()].filter((m) => m.contactNumber === contactNumber)
const digitalContacts = (sandbox: Sandbox) => sandbox.tenant("acme").data.completed.filter((c) => c.mediaTypeName !== "Call")
const removalsOf = (calls: { method: string; path: string }[], messageIds: Set<string>) =>
  calls.filter((c) => c.method === "POST" && /\/messages\/[^/]+\/(content|author-name)-removal$/.test(c.path) && messageIds.has(c.path.split("/")[4]!))

describe("DFO history: both shapes, both pagings", () => {
  for (const shape of ["messages", "data"] as const) {
    test(`a "${shape}" history, one message a page, is read to its end: every message redacted once`, async () => {
      const { sandbox, rt, state, calls } = await setup({ faults: { dfoHistoryShape: shape }, dfoHistory: { pageSize: 1 } })
      const digital = digitalContacts(sandbox)
      const multi = digital.filter((c) => messagesOf(sandbox, String(c.contactId)).length >= 2)
      expect(multi.length).toBeGreaterThan(3) // the test really pages

      const { result, meta } = await run(rt, ERASURE)
      expect(result).toMatchObject({ processed: 80, succeeded: 80, failed: 0 })
      expect(meta.state).toBe("finished")
      const messages = [...state.data.messages.values()]
      expect(messages.every((m) => m.content === null && m.authorName === null)).toBe(true)
      // Each message exactly once per removal kind: no page was read twice.
      expect(rt.metrics.total("cxedge_requests_total", { op: "dfo.message.content-removal", status: "409" })).toBe(0)
      expect(rt.metrics.total("cxedge_requests_total", { op: "dfo.message.content-removal", status: "201" })).toBe(messages.length)
      const history = calls.filter((c) => c.path.endsWith("/history"))
      if (shape === "data") {
        // Cursor paging: the follow-up pages carry the tenant's scrollToken, not a page number.
        const followUps = history.filter((c) => c.query.has("scrollToken"))
        expect(followUps.length).toBe(messages.length - digital.length)
        expect(followUps.every((c) => !c.query.has("page"))).toBe(true)
      } else {
        expect(history.some((c) => c.query.get("page") === "3")).toBe(true)
        expect(history.every((c) => !c.query.has("scrollToken"))).toBe(true)
      }
    })
  }

  test("auto-detect reads the documented {data, hits, scrollToken} shape at the default page size", async () => {
    const { rt, state } = await setup({ faults: { dfoHistoryShape: "data" } })
    const { result } = await run(rt, ERASURE)
    expect(result).toMatchObject({ succeeded: 80, failed: 0 })
    expect([...state.data.messages.values()].every((m) => m.content === null)).toBe(true)
  })

  test("a configured itemsKey the answer lacks fails those contacts naming the key: nothing sent for them, never taken for no messages", async () => {
    const { sandbox, rt, state, calls } = await setup({ faults: { dfoHistoryShape: "data" }, dfoHistory: { itemsKey: "messages" } })
    const digital = digitalContacts(sandbox)
    const { result, meta } = await run(rt, ERASURE)
    expect(result).toMatchObject({ processed: 80, failed: digital.length, invalid: 0, succeeded: 80 - digital.length })
    expect(meta.state).toBe("finished_with_failures")
    for (const r of result.rejected) {
      expect(r.reason).toContain('the history response has no "messages" array')
      expect(r.reason).toContain("settings.anonymize.dfoHistory.itemsKey")
    }
    const sent = new Set(erased(sandbox))
    for (const c of digital) expect(sent.has(subjectOf(c.fromAddress))).toBe(false)
    expect(removalsOf(calls, new Set(state.data.messages.keys()))).toHaveLength(0)
    expect([...state.data.messages.values()].every((m) => m.content !== null)).toBe(true)
  })

  test("an answer with neither data nor messages, or both, or an item without an id, is refused naming the cause", async () => {
    for (const [body, words] of [
      [{ items: [{ id: "m1" }] }, "neither a data nor a messages array: set settings.anonymize.dfoHistory.itemsKey"],
      [{ data: [], messages: [{ id: "m1" }] }, "both a data and a messages array: set settings.anonymize.dfoHistory.itemsKey"],
      [{ data: [{ messageId: "m1" }] }, "message 1 of history page 1 has no string id"],
      [{ data: [{ id: 12 }] }, "message 1 of history page 1 has no string id"],
      [[{ id: "m1" }], "neither a data nor a messages array"],
    ] as const) {
      const { sandbox, rt, calls } = await setup({ contacts: 20, answer: (r) => (r.url.includes("/history") ? Response.json(body) : undefined) })
      const digital = digitalContacts(sandbox)
      const { result } = await run(rt, ERASURE)
      expect(result).toMatchObject({ failed: digital.length, succeeded: 20 - digital.length })
      for (const r of result.rejected) expect(r.reason).toContain(words)
      const sent = new Set(erased(sandbox))
      for (const c of digital) expect(sent.has(subjectOf(c.fromAddress))).toBe(false)
      expect(calls.filter((c) => c.path.includes("-removal"))).toHaveLength(0)
    }
  })
})

describe("resolve first, then act", () => {
  test("a contact whose history cannot be read sends nothing (a shared subject goes out once, for the contact that gathered); --resume then does each exactly once", async () => {
    const { sandbox, rt, state, calls } = await setup({ contacts: 80 })
    const digital = digitalContacts(sandbox)
    const failing = digital.slice(-4)
    const sharer = state.data.completed.find((c) => c.mediaTypeName === "Call")!
    failing[0]!.fromAddress = sharer.fromAddress // one person: a call that gathers fine, a chat whose history fails
    const shared = subjectOf(sharer.fromAddress)
    const allSubjects = new Set(state.data.completed.map((c) => subjectOf(c.fromAddress)))
    const failingIds = new Set(failing.map((c) => String(c.contactId)))
    const failingMessages = new Set(failing.flatMap((c) => messagesOf(sandbox, String(c.contactId)).map((m) => m.id)))
    expect(failingMessages.size).toBeGreaterThanOrEqual(4)
    state.faults.dfoHistoryFailFor = [...failingIds]
    const seeded = seededValues(sandbox)

    const first = await run(rt, { ...ERASURE, jobId: "gather" })
    expect(first.result).toMatchObject({ processed: 80, succeeded: 76, failed: 4, invalid: 0 })
    expect(first.meta.state).toBe("finished_with_failures")
    expect(new Set(first.result.rejected.map((r) => r.contactId))).toEqual(failingIds)
    for (const r of first.result.rejected) {
      expect(r.reason).toMatch(/^\[cxedge\] \[anonymize\] DFO contact \d+: its message history could not be read \(dfo\.history failed with status 500 .*\); nothing was sent for it: --resume retries it$/)
    }
    // Nothing went out for the failing contacts: no erasure of their own subjects, no removal of their messages.
    const sent = erased(sandbox)
    for (const c of failing.slice(1)) expect(sent).not.toContain(subjectOf(c.fromAddress))
    expect(removalsOf(calls, failingMessages)).toHaveLength(0)
    for (const id of failingMessages) expect(state.data.messages.get(id)!.content).not.toBeNull()
    // The shared subject was erased once, on behalf of the call that gathered fine.
    expect(sent.filter((s) => s === shared)).toHaveLength(1)
    // Everything else is done.
    for (const m of state.data.messages.values()) if (!failingMessages.has(m.id)) expect(m.content).toBeNull()

    // The journal says why, as a code, and holds no personal data.
    const journal = rt.storage.namespace("journal")
    const entries = await Promise.all((await journal.getKeys("gather:c")).map((k) => journal.getItem<JournalEntry>(k)))
    const open = entries.filter((e) => e?.state === "planned")
    expect(open).toHaveLength(4)
    for (const e of open) expect(e!.errorCode).toBe("E_GATHER")
    const everything = JSON.stringify(await Promise.all((await journal.getKeys()).map((k) => journal.getItem(k))))
    expect(findLeaks(everything, seeded)).toEqual([])

    // The tenant's history is readable again: a resume finishes exactly the four.
    state.faults.dfoHistoryFailFor = []
    const before = calls.length
    const second = await run(rt, { jobId: "gather", resume: true })
    expect(second.result).toMatchObject({ succeeded: 4, failed: 0, alreadyDone: 76 })
    expect(second.meta.state).toBe("finished")
    const historyReads = calls.slice(before).filter((c) => c.path.endsWith("/history")).map((c) => c.path.split("/")[4])
    expect(new Set(historyReads)).toEqual(failingIds)
    // Each subject erased exactly once over both runs; each message removed exactly once.
    const all = erased(sandbox)
    expect(all.length).toBe(new Set(all).size)
    expect(new Set(all)).toEqual(allSubjects)
    expect([...state.data.messages.values()].every((m) => m.content === null && m.authorName === null)).toBe(true)
    expect(rt.metrics.total("cxedge_requests_total", { op: "dfo.message.content-removal", status: "409" })).toBe(0)
    expect(rt.metrics.total("cxedge_requests_total", { op: "dfo.message.author-name-removal", status: "201" })).toBe(state.data.messages.size)
  })

  for (const shape of ["data", "messages"] as const) {
    test(`paging that does not advance (${shape}) is an error, not a loop: those contacts send nothing`, async () => {
      const { sandbox, rt, state, calls } = await setup({ contacts: 60, faults: { dfoHistoryShape: shape, dfoHistoryStuck: true }, dfoHistory: { pageSize: 1 } })
      const stuck = digitalContacts(sandbox).filter((c) => messagesOf(sandbox, String(c.contactId)).length >= 2)
      expect(stuck.length).toBeGreaterThan(2)
      const { result } = await run(rt, ERASURE)
      expect(result).toMatchObject({ processed: 60, failed: stuck.length, succeeded: 60 - stuck.length })
      const words = shape === "data" ? "the history's scrollToken repeated on page 2" : "history page 2 repeated earlier messages"
      for (const r of result.rejected) expect(r.reason).toContain(words)
      const sent = new Set(erased(sandbox))
      for (const c of stuck) expect(sent.has(subjectOf(c.fromAddress))).toBe(false)
      const stuckMessages = new Set(stuck.flatMap((c) => messagesOf(sandbox, String(c.contactId)).map((m) => m.id)))
      expect(removalsOf(calls, stuckMessages)).toHaveLength(0)
      // Two reads a contact, then the error: bounded.
      expect(calls.filter((c) => c.path.endsWith("/history")).length).toBeLessThanOrEqual(2 * digitalContacts(sandbox).length)
      void state
    })
  }

  test("more history pages than maxPages is an error naming the setting", async () => {
    const { sandbox, rt, calls } = await setup({ contacts: 60, faults: { dfoHistoryShape: "data" }, dfoHistory: { pageSize: 1, maxPages: 2 } })
    const long = digitalContacts(sandbox).filter((c) => messagesOf(sandbox, String(c.contactId)).length >= 3)
    expect(long.length).toBeGreaterThan(0)
    const { result } = await run(rt, ERASURE)
    expect(result.failed).toBe(long.length)
    for (const r of result.rejected) expect(r.reason).toContain("its history has more than 2 pages: raise settings.anonymize.dfoHistory.maxPages")
    const longMessages = new Set(long.flatMap((c) => messagesOf(sandbox, String(c.contactId)).map((m) => m.id)))
    expect(removalsOf(calls, longMessages)).toHaveLength(0)
  })
})

describe("problems in the record are refused before anything is sent, as invalid", () => {
  test("a phone subject the numbering plan cannot read: invalid (dry run says so too), nothing sent, not retried by --resume", async () => {
    const { sandbox, rt, state, calls } = await setup({ contacts: 40 })
    const victim = digitalContacts(sandbox).find((c) => !c.fromAddress.includes("@") && messagesOf(sandbox, String(c.contactId)).length > 0)!
    victim.fromAddress = "+999 555 0100 77"
    const id = String(victim.contactId)
    const victimMessages = new Set(messagesOf(sandbox, id).map((m) => m.id))

    const plan = await prepareJob(rt, { ...ERASURE, dryRun: true }, { concurrency: 1 })
    const report = await dryRun(plan.source, plan.matrix, plan.target, 0)
    expect(report.rejected).toEqual([{ contactId: id, field: "fromAddress", reason: expect.stringContaining("fromAddress") }])
    expect(calls.filter((c) => c.method === "POST" && !c.path.startsWith("/auth/"))).toHaveLength(0)

    const first = await run(rt, { ...ERASURE, jobId: "bad-subject" })
    expect(first.result).toMatchObject({ processed: 40, succeeded: 39, failed: 1, invalid: 1 })
    expect(first.result.rejected).toEqual([{ contactId: id, field: "fromAddress", reason: expect.stringMatching(/normalize "e164" at fromAddress: .+/) }])
    expect(first.result.rejected[0]!.reason).not.toContain("555 0100")
    expect(removalsOf(calls, victimMessages)).toHaveLength(0)
    expect(calls.filter((c) => c.path.endsWith(`/contacts/${id}/history`))).toHaveLength(0)
    expect(state.erasures.some((e) => e.subjectIdentifier.includes("5550100"))).toBe(false)
    expect(first.meta.state).toBe("finished") // invalid is a data problem: nothing for a resume to retry
    const again = await run(rt, { jobId: "bad-subject", resume: true })
    expect(again.result).toMatchObject({ succeeded: 0, failed: 0, alreadyDone: 40 })
  })

  test("a digital contact without a DFO contact number at dfoContactField: invalid naming the field and the setting, nothing sent", async () => {
    const { sandbox, rt, state, calls } = await setup({ contacts: 40, dfoContactField: "caseNumber" })
    const digital = digitalContacts(sandbox)
    const { result } = await run(rt, ERASURE)
    expect(result).toMatchObject({ processed: 40, invalid: digital.length, succeeded: 40 - digital.length })
    for (const r of result.rejected) {
      expect(r.field).toBe("caseNumber")
      expect(r.reason).toBe("a digital contact has no DFO contact number at caseNumber: its messages cannot be found; set settings.anonymize.dfoContactField to the field that holds it")
    }
    const sent = new Set(erased(sandbox))
    for (const c of digital) expect(sent.has(subjectOf(c.fromAddress))).toBe(false)
    expect(calls.filter((c) => c.path.includes("/dfo/"))).toHaveLength(0)
    void state
  })
})

describe("settings.anonymize.dfoHistory is checked when the runtime opens", () => {
  const open = (dfoHistory: unknown) => createRuntime({ plugins: ["anonymize"], settings: { anonymize: { dfoHistory } } }, { builtins, keys: TEST_KEYS })
  for (const [value, words] of [
    [{ itemKey: "data" }, "unknown key: use itemsKey, paging, pageSize or maxPages"],
    [{ paging: "cursor" }, "dfoHistory.paging: must be auto, page or scrollToken"],
    [{ itemsKey: "" }, "dfoHistory.itemsKey: must be a key name or a dotted path"],
    [{ itemsKey: "data[0]" }, "dfoHistory.itemsKey: must be a key name or a dotted path"],
    [{ itemsKey: "__proto__" }, "dfoHistory.itemsKey: must not name __proto__"],
    [{ pageSize: 0 }, "dfoHistory.pageSize"],
    [{ pageSize: 501 }, "dfoHistory.pageSize"],
    [{ maxPages: 1.5 }, "dfoHistory.maxPages"],
    ["data", "dfoHistory"],
  ] as const) {
    test(`${JSON.stringify(value)} is refused`, async () => {
      const error = await open(value).then(() => undefined, (e: unknown) => e)
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as Error).message).toContain(words)
      expect((error as Error).message).toContain("anonymize.dfoHistory")
    })
  }
  test("a good one opens", async () => {
    const rt = await open({ itemsKey: "result.messages", paging: "scrollToken", pageSize: 100, maxPages: 50 })
    expect(rt.settings<{ dfoHistory: unknown }>("anonymize").dfoHistory).toEqual({ itemsKey: "result.messages", paging: "scrollToken", pageSize: 100, maxPages: 50 })
  })
})

describe("through the CLI against a configured tenant", () => {
  const GDPR = `${ROOT}matrices/gdpr.json`
  const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/)

  test("an unreadable history fails those contacts (exit 1, one line each), sends nothing for them; --resume finishes them once", async () => {
    const sandbox = await createSandbox({ contacts: 40, seed: 21, faults: { dfoHistoryShape: "data", dfoHistoryFailStatus: 403 } })
    const served = serveSandbox(sandbox)
    try {
      const state = sandbox.tenant("acme")
      const failing = digitalContacts(sandbox).slice(0, 3)
      const failingIds = failing.map((c) => String(c.contactId))
      state.faults.dfoHistoryFailFor = failingIds
      const failingSubjects = failing.map((c) => subjectOf(c.fromAddress))
      const allSubjects = new Set(state.data.completed.map((c) => subjectOf(c.fromAddress)))
      const dir = mkdtempSync(join(tmpdir(), "cxedge-gather-"))
      const env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "" })
      const storage = ["--storage", "fs", "--storage-dir", join(dir, "state")]

      const first = await runCli(["anonymize", "--matrix", GDPR, "--target", "erasure", "--since", "30d", "--yes", "--json", ...storage], env, { cwd: dir })
      expect(first.code).toBe(1)
      noStack(first.stderr)
      for (const id of failingIds) {
        expect(first.stderr).toContain(`contact ${id}: [cxedge] [anonymize] DFO contact ${id}: its message history could not be read (dfo.history failed with status 403`)
      }
      const summary = JSON.parse(first.stdout)
      expect(summary).toMatchObject({ processed: 40, failed: 3, invalid: 0, succeeded: 37 })
      const sent = erased(sandbox)
      for (const s of failingSubjects) expect(sent).not.toContain(s)
      for (const c of failing) for (const m of messagesOf(sandbox, String(c.contactId))) expect(m.content).not.toBeNull()

      state.faults.dfoHistoryFailFor = []
      const second = await runCli(["anonymize", "--resume", summary.jobId, "--yes", "--json", ...storage], env, { cwd: dir })
      expect(second.code).toBe(0)
      expect(JSON.parse(second.stdout)).toMatchObject({ succeeded: 3, failed: 0, alreadyDone: 37 })
      const all = erased(sandbox)
      expect(all.length).toBe(new Set(all).size)
      expect(new Set(all)).toEqual(allSubjects)
      expect([...state.data.messages.values()].every((m) => m.content === null && m.authorName === null)).toBe(true)
    } finally {
      served.stop()
    }
  }, 60_000)

  test("a bad dfoHistory setting in the config file exits 2 in one line naming it, before any call", async () => {
    const sandbox = await createSandbox({ contacts: 10 })
    const served = serveSandbox(sandbox)
    try {
      const dir = mkdtempSync(join(tmpdir(), "cxedge-gather-config-"))
      const config = join(dir, "cxedge.config.json")
      writeFileSync(config, JSON.stringify({ settings: { anonymize: { dfoHistory: { paging: "cursor" } } } }))
      const r = await runCli(["anonymize", "--config", config, "--matrix", GDPR, "--target", "erasure", "--since", "30d", "--yes", "--storage", "memory"], sandboxEnv(sandbox, served.origin), { cwd: dir })
      expect(r.code).toBe(2)
      expect(r.stderr.trim().split("\n")).toHaveLength(1)
      expect(r.stderr).toContain("anonymize.dfoHistory.paging")
      expect(r.stderr).toContain("dfoHistory.paging: must be auto, page or scrollToken")
      noStack(r.stderr)
      expect(sandbox.tenant("acme").stats.requests).toBe(0)
      expect(sandbox.tenant("acme").erasures).toHaveLength(0)
    } finally {
      served.stop()
    }
  }, 30_000)
})
