import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage, createRuntime } from "../../../core/index.ts"
import { nodeFiles } from "../../../node/files.ts"
import { approvePlan, createPlan, preparePlanRun, runnablePlan } from "../../../plugins/anonymize/approval.ts"
import { createJournal } from "../../../plugins/anonymize/journal.ts"
import { emptyChunk } from "../../../plugins/anonymize/journal-page.ts"
import { completeJob, prepareJob } from "../../../plugins/anonymize/prepare.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { contactLine } from "../../../bench/pipeline.ts"
import { loadMatrixFile } from "./setup.ts"

describe("a page's planned item left behind by a crash", () => {
  test("packed or in the earlier form (entries by id), it becomes each contact's entry on resume", async () => {
    const storage = createCxedgeStorage().namespace("journal")
    const first = createJournal(storage, "j")
    // Today's form: two field lists, digests (a patch target's), one contact on its second attempt.
    await first.plan([
      ["600000000001", { state: "planned", fields: ["email", "phone"], digest: "d1", attempts: 1 }],
      ["600000000002", { state: "planned", fields: ["email"], digest: "d2", attempts: 2 }],
      ["600000000003", { state: "planned", fields: ["email", "phone"], digest: "d3", attempts: 1 }],
    ])
    // An export's page: no digest.
    await first.plan([["600000000004", { state: "planned", fields: ["notes"], attempts: 1 }]])
    // As the version before packing stored it; an id "ids" is an id like any other.
    await storage.setItem("j:b:2", { ids: { state: "planned", fields: ["email"], digest: "d5", attempts: 1 } })

    const resumed = createJournal(storage, "j")
    await resumed.load()
    expect(await resumed.get("600000000001")).toEqual({ state: "planned", fields: ["email", "phone"], digest: "d1", attempts: 1 })
    expect(await resumed.get("600000000002")).toEqual({ state: "planned", fields: ["email"], digest: "d2", attempts: 2 })
    expect(await resumed.get("600000000003")).toEqual({ state: "planned", fields: ["email", "phone"], digest: "d3", attempts: 1 })
    expect(await resumed.get("600000000004")).toEqual({ state: "planned", fields: ["notes"], attempts: 1 })
    expect(await resumed.get("ids")).toEqual({ state: "planned", fields: ["email"], digest: "d5", attempts: 1 })
    expect(await storage.getKeys("j:b")).toEqual([])
  })

  test("chunks an earlier version kept apart (done:) still count as finished; today's replace the page's item", async () => {
    const storage = createCxedgeStorage().namespace("journal")
    await storage.setItem("j:done:0", { succeeded: ["600000000001"], skipped: ["600000000002"], invalid: [] })
    await storage.setItem("j:done:1", ["600000000003"])
    const journal = createJournal(storage, "j")
    await journal.load()
    const batch = await journal.plan([["600000000004", { state: "planned", fields: ["email"], attempts: 1 }]])
    await journal.settle(batch, { finished: { ...emptyChunk(), invalid: ["600000000004"] }, failed: [] })
    expect(await storage.getKeys("j:b")).toEqual([batch.key])

    const resumed = createJournal(storage, "j")
    expect(await resumed.load()).toBe(4)
    expect(["600000000001", "600000000002", "600000000003", "600000000004"].map(resumed.outcome)).toEqual(["succeeded", "skipped", "succeeded", "invalid"])
    expect(await storage.getKeys("j:c")).toEqual([])
  })

  test("a page's item holds each field list once, not once a contact", async () => {
    const storage = createCxedgeStorage().namespace("journal")
    const journal = createJournal(storage, "j")
    const ids = Array.from({ length: 100 }, (_, i) => String(600_000_000_000 + i))
    const { key } = await journal.plan(ids.map((id) => [id, { state: "planned", fields: ["createdAt", "email", "firstName"], attempts: 1 }]))
    const stored = JSON.stringify(await storage.getItem(key))
    expect(stored.match(/firstName/g)).toHaveLength(1)
    for (const id of ids) expect(stored).toContain(id)
  })
})

describe("an export whose page was written but not settled when the process died", () => {
  test("the resume finds its lines by id and writes none of them again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-batch-"))
    const file = join(dir, "contacts.jsonl")
    const out = join(dir, "export.jsonl")
    writeFileSync(file, Array.from({ length: 600 }, (_, i) => contactLine(i)).join("\n") + "\n")
    const rt = await createRuntime({ plugins: ["anonymize"] }, { builtins, keys: TEST_KEYS, storage: createCxedgeStorage() })
    const request = { jobId: "torn", matrix: loadMatrixFile("analytics"), source: { kind: "jsonl" as const, file }, target: { kind: "export" as const, out } }
    const first = await completeJob(rt, await prepareJob(rt, request, {}, nodeFiles), { concurrency: 4 })
    expect(first.succeeded).toBe(600)

    // Undo the settling of the last page (a JSONL source's pages are of 250: ids 500-599): its chunk is gone, its planned entries are back, as a crash between write and settle leaves them.
    const journal = rt.storage.namespace("journal")
    const pages = (await journal.getKeys("torn:b")).sort((a, b) => Number(a.split(":").at(-1)) - Number(b.split(":").at(-1)))
    expect(pages).toHaveLength(3)
    await journal.removeItem(pages.at(-1)!)
    const last = Array.from({ length: 100 }, (_, i) => String(600_000_000_500 + i))
    const torn = createJournal(journal, "torn")
    await torn.load()
    await torn.plan(last.map((id) => [id, { state: "planned", fields: ["createdAt", "customFields", "email", "firstName", "lastName", "notes", "phone"], attempts: 1 }]))
    await rt.storage.namespace("jobs").setItem("torn", { ...(await rt.storage.namespace("jobs").getItem<Record<string, unknown>>("torn")), state: "running" })

    const resumed = await completeJob(rt, await prepareJob(rt, { jobId: "torn", resume: true }, {}, nodeFiles), { concurrency: 4 })
    expect(resumed).toMatchObject({ alreadyDone: 500, succeeded: 100, failed: 0 })
    const lines = readFileSync(out, "utf8").trim().split("\n")
    expect(lines).toHaveLength(600)
    expect(new Set(lines.map((line) => JSON.parse(line).id)).size).toBe(600)
  })
})

describe("an export is its own journal of what it wrote", () => {
  test("a page stores only its chunk once written; a resume finds unsettled lines by id and writes none again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-batch-"))
    const file = join(dir, "contacts.jsonl")
    const out = join(dir, "export.jsonl")
    writeFileSync(file, Array.from({ length: 600 }, (_, i) => contactLine(i)).join("\n") + "\n")
    const storage = createCxedgeStorage()
    const rt = await createRuntime({ plugins: ["anonymize"] }, { builtins, keys: TEST_KEYS, storage })
    const journal = rt.storage.namespace("journal")
    const pageWrites: string[] = []
    const setItem = journal.setItem.bind(journal)
    journal.setItem = ((key: string, value: unknown) => {
      if (key.startsWith("untorn:b:")) pageWrites.push(key)
      return setItem(key, value as string)
    }) as typeof journal.setItem
    const request = { jobId: "untorn", matrix: loadMatrixFile("analytics"), source: { kind: "jsonl" as const, file }, target: { kind: "export" as const, out } }
    const first = await completeJob(rt, await prepareJob(rt, request, {}, nodeFiles), { concurrency: 4 })
    expect(first.succeeded).toBe(600)
    // Three pages of 250, 250 and 100: one write each, its chunk; no planned item before the lines were appended.
    expect(pageWrites).toHaveLength(3)

    // A crash between the last page's lines and its chunk: the chunk is gone and nothing was planned.
    const pages = (await journal.getKeys("untorn:b")).sort((a, b) => Number(a.split(":").at(-1)) - Number(b.split(":").at(-1)))
    await journal.removeItem(pages.at(-1)!)
    await rt.storage.namespace("jobs").setItem("untorn", { ...(await rt.storage.namespace("jobs").getItem<Record<string, unknown>>("untorn")), state: "running" })

    const resumed = await completeJob(rt, await prepareJob(rt, { jobId: "untorn", resume: true }, {}, nodeFiles), { concurrency: 4 })
    // Found in place: finished in this run, not written again.
    expect(resumed).toMatchObject({ alreadyDone: 500, succeeded: 100, failed: 0 })
    const lines = readFileSync(out, "utf8").trim().split("\n")
    expect(lines).toHaveLength(600)
    expect(new Set(lines.map((line) => JSON.parse(line).id)).size).toBe(600)
  })

  test("an approved plan's export resumed after such a crash: a contact changed since then was written, and counts so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-batch-"))
    const file = join(dir, "contacts.jsonl")
    const out = join(dir, "export.jsonl")
    const lines = Array.from({ length: 300 }, (_, i) => contactLine(i))
    writeFileSync(file, lines.join("\n") + "\n")
    const rt = await createRuntime({ plugins: ["anonymize"] }, { builtins, keys: TEST_KEYS, storage: createCxedgeStorage() })
    const request = { jobId: "planned", matrix: loadMatrixFile("analytics"), source: { kind: "jsonl" as const, file }, target: { kind: "export" as const, out } }
    await createPlan(rt, request, {}, { shipped: "analytics" }, nodeFiles)
    await approvePlan(rt, "planned", "alice")
    expect((await completeJob(rt, await preparePlanRun(rt, (await runnablePlan(rt, "planned")).plan, {}, nodeFiles), { concurrency: 4 })).succeeded).toBe(300)

    // The last page's chunk is lost, and one of its contacts changes in the source before the run is resumed.
    const journal = rt.storage.namespace("journal")
    const pages = (await journal.getKeys("planned:b")).sort((a, b) => Number(a.split(":").at(-1)) - Number(b.split(":").at(-1)))
    await journal.removeItem(pages.at(-1)!)
    await rt.storage.namespace("jobs").setItem("planned", { ...(await rt.storage.namespace("jobs").getItem<Record<string, unknown>>("planned")), state: "running" })
    lines[299] = JSON.stringify({ ...JSON.parse(lines[299]!), notes: "edited after the crash" })
    writeFileSync(file, lines.join("\n") + "\n")

    const resumed = await completeJob(rt, await preparePlanRun(rt, (await runnablePlan(rt, "planned")).plan, {}, nodeFiles), { concurrency: 4 })
    // Its line is in the file: found there, not refused as changed since it was planned.
    expect(resumed).toMatchObject({ alreadyDone: 250, succeeded: 50, failed: 0, invalid: 0, rejected: [] })
    expect(new Set(readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line).id)).size).toBe(300)
  })
})
