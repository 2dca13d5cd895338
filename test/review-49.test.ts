// Review 49: defects found in this session's changes, each proven by a test that failed before its fix.
import { afterEach, describe, expect, test } from "bun:test"
import { createKeyRing, createRuntime, settingsFrom, withPluginEnv, type Env, type Runtime } from "../core/index.ts"
import { builtins, defaultPlugins } from "../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../sandbox/app.ts"
import { KEY } from "../testing/runtime.ts"
import { jobStore } from "../plugins/anonymize/journal.ts"
import { expireExports, openExportStore } from "../plugins/subject/inbound.ts"
import { sandboxEnv } from "./helpers.ts"
import { anonymize, anonymizeSetup, loadMatrixFile } from "./plugins/anonymize/setup.ts"

const TOKEN = "studio-callout-token-0123456789abcdef"
const opened: Runtime[] = []
afterEach(async () => {
  for (const rt of opened.splice(0)) await rt.dispose()
})

/** A runtime as the server opens it, with the contact-ended callout's job configured. */
async function calloutRuntime() {
  const sandbox = await createSandbox({ contacts: 3 })
  const env: Env = { ...sandboxEnv(sandbox, SANDBOX_ORIGIN), CXEDGE_CALLOUT_MATRIX: "gdpr", CXEDGE_CALLOUT_TOKENS: TOKEN }
  const settings = withPluginEnv(settingsFrom(env, {}, {}), env, Object.values(builtins))
  const rt = await createRuntime({ ...settings.config, plugins: defaultPlugins }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEY) })
  opened.push(rt)
  return { rt, records: [...sandbox.tenant("acme").data.records.values()] }
}

const noRoom = () => Object.assign(new Error("no space left on device"), { code: "ENOSPC" })

describe("a queued job stopped by a full disk", () => {
  test("its task is not called done: it stays queued to run the job again, which is left unfinished", async () => {
    const { rt, records } = await calloutRuntime()
    // The consent outbox or the audit sink on a full disk: a durable listener that cannot keep its record.
    let full = true
    rt.hooks.on("contact:applied", () => {
      if (full) throw noRoom()
    }, { durable: true })
    const id = `contact_${records[0]!.id}`
    await rt.tasks.enqueue("anonymize.contact", { contactId: records[0]!.id }, id)
    await rt.tasks.drain()
    const job = await jobStore(rt.storage.namespace("jobs")).get(id)
    expect(job?.state).toBe("running")
    // Before: the task was "done" with its job left running, and nothing ran the job again.
    expect((await rt.tasks.get(id))?.state).toBe("pending")
    full = false
  }, 30_000)
})

describe("an erasure whose event a durable listener could not keep", () => {
  test("is told again by the resume, which sends no second request: every erasure request ends up recorded", async () => {
    const { rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 12 } })
    // An audit sink or outbox that could not keep the first erasure's record (a full disk, then room again).
    const kept = new Set<string>()
    let refusals = 1
    rt.hooks.on("subject:erasure", (e) => {
      if (refusals-- > 0) throw noRoom()
      kept.add(e.requestId)
    }, { durable: true })
    // CXone processes a Privacy erasure later (the sandbox at once): the resume still reads the contacts as they were.
    const before = state.data.completed.map((c) => ({ ...c }))
    const { job } = await anonymize(rt, { matrix: loadMatrixFile("gdpr"), target: { kind: "erasure" } })
    before.forEach((c, i) => Object.assign(state.data.completed[i]!, c))
    await anonymize(rt, { jobId: job.jobId, resume: true })
    const subjects = state.erasures.map((e) => `${e.subjectIdentifierType}:${e.subjectIdentifier}`)
    expect(new Set(subjects).size).toBe(subjects.length)
    // Before: the resume found the request id journaled and went on, the record of that request lost for good.
    expect(kept.size).toBe(subjects.length)
  }, 30_000)
})

describe("the sweep of uncollected subject exports, with an audit sink that cannot append", () => {
  test("deletes every export past its time, not only the first (the record it could not keep is still reported)", async () => {
    const rt = await createRuntime({ plugins: defaultPlugins }, { builtins, keys: createKeyRing(KEY) })
    opened.push(rt)
    const store = openExportStore(rt)
    const past = new Date(Date.now() - 60_000).toISOString()
    for (const id of ["a1", "a2", "a3"]) {
      await store.sealed.setItem(`e:${id}`, "{}")
      await store.meta.setItem(`m:${id}`, { state: "ready", createdAt: past, expiresAt: past })
    }
    rt.hooks.on("audit:record", () => {
      throw noRoom()
    }, { durable: true })
    const swept = await expireExports(rt, store).catch((error) => error)
    expect(swept?.code).toBe("ENOSPC")
    // Before: the first export's record threw and the two others stayed past their time, personal data kept.
    for (const id of ["a1", "a2", "a3"]) expect(await store.sealed.hasItem(`e:${id}`)).toBe(false)
  })
})

describe("an access export whose audit record could not be kept", () => {
  test("its task, run again, still announces the export ready: the requester is told once it is recorded", async () => {
    const { rt, sandbox } = await anonymizeSetup({ plugins: ["tenant", "anonymize", "subject"], sandboxOptions: { contacts: 12 } })
    let refusals = 1
    rt.hooks.on("audit:record", (entry) => {
      if (entry.action === "subject.export" && refusals-- > 0) throw noRoom()
    }, { durable: true })
    const ready: string[] = []
    rt.hooks.on("subject:access-ready", (e) => void ready.push(e.exportId))
    const person = [...sandbox.tenant("acme").data.records.values()][2]!.fields as { email: string }
    await rt.tasks.enqueue("subject.access-export", { subject: person.email, subjectType: "EMAIL" }, "access_review49")
    await rt.tasks.drain()
    // The queue's back-off, run out: the task is due again.
    const task = await rt.storage.tasks.getItem<Record<string, unknown>>("task:access_review49")
    expect(task?.state).toBe("pending")
    await rt.storage.tasks.setItem("task:access_review49", { ...task, retryAt: new Date(0).toISOString() })
    await rt.tasks.drain()
    expect((await rt.tasks.get("access_review49"))?.state).toBe("done")
    // Before: the run again found the export stored and returned, and subject.access.ready was never sent.
    expect(ready).toEqual(["access_review49"])
  }, 30_000)
})
