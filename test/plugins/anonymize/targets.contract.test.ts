import { afterAll } from "bun:test"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Runtime } from "../../../core/index.ts"
import { compileMatrix } from "../../../plugins/anonymize/matrix/index.ts"
import { type SourceRecord, type WriteContext } from "../../../plugins/anonymize/pipeline.ts"
import { nodeFiles } from "../../../node/files.ts"
import { changedFields, digestOf } from "../../../plugins/anonymize/digest.ts"
import { createJournal } from "../../../plugins/anonymize/journal.ts"
import { createCxoneSource } from "../../../plugins/anonymize/sources/cxone.ts"
import { createRecordsSource } from "../../../plugins/anonymize/sources/records.ts"
import { createErasureTarget } from "../../../plugins/anonymize/targets/erasure.ts"
import { fileSink } from "../../../plugins/anonymize/targets/export-file.ts"
import { createExportTarget, storageSink } from "../../../plugins/anonymize/targets/export.ts"
import { createPatchTarget } from "../../../plugins/anonymize/targets/patch.ts"
import { testTarget } from "../../../testing/target.ts"
import { anonymizeSetup, loadMatrixFile } from "./setup.ts"

const gdpr = loadMatrixFile("gdpr")
const dir = mkdtempSync(join(tmpdir(), "cxedge-target-contract-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0

/** The write of one record, planned as the job plans it (plugins/anonymize/job.ts). */
async function contextOf(rt: Runtime, record: SourceRecord, jobId = "contract-job"): Promise<WriteContext> {
  const matrix = compileMatrix(gdpr, { transforms: rt.transforms, keys: rt.keys })
  const planOf = async (r: SourceRecord) => {
    const plan = await matrix.plan(r.data)
    const fields = changedFields(plan)
    return { plan, fields, digest: digestOf(plan.output, fields) }
  }
  return { jobId, record, ...(await planOf(record)), replan: planOf }
}

async function firstRecord(source: { pages(): AsyncIterable<SourceRecord[]> }, pick: (r: SourceRecord) => boolean = () => true) {
  for await (const page of source.pages()) for (const r of page) if (pick(r)) return r
  throw new Error("no record to write")
}

testTarget(
  "patch",
  async () => {
    const { rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 5 } })
    const source = createRecordsSource(rt.client)
    const context = await contextOf(rt, await firstRecord(source))
    const stored = () => state.data.records.get(context.record.id)!
    return {
      target: createPatchTarget(rt.client, source),
      context,
      // A copy of the plan's result is in the sandbox when its fields hold the planned values; writes counts the PATCHes.
      results: async () => (digestOf(stored().fields, context.fields) === context.digest && stored().fields.firstName === undefined ? stored().writes : 0),
      snapshot: () => [...state.data.records.values()],
      fresh: async () => (await source.get!(context.record.id))!,
      reopen: async () => createPatchTarget(rt.client, source),
    }
  },
  { idempotent: true },
)

testTarget(
  "erasure",
  async () => {
    const { rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 12 } })
    // A digital contact: one Privacy erasure for its subject, and its DFO messages' content and author removed.
    const record = await firstRecord(createCxoneSource(rt.client, {}), (r) => r.data.mediaTypeName === "Chat")
    const subject = String(record.data.fromAddress)
    const messages = () => [...state.data.messages.values()].filter((m) => m.contactNumber === record.id)
    const journal = createJournal(rt.storage.namespace("journal"), "contract-job")
    const make = () => createErasureTarget(rt, rt.client, { subjects: [{ path: "fromAddress" }], journal, pseudonym: () => undefined })
    return {
      target: make(),
      context: await contextOf(rt, record),
      results: async () => {
        const removed = messages().length > 0 && messages().every((m) => m.contentRemoval && m.authorNameRemoval)
        return removed ? state.erasures.filter((e) => e.subjectIdentifier === subject).length : 0
      },
      snapshot: async () => ({ erasures: state.erasures, messages: messages(), requests: state.stats.requests, journal: await rt.storage.namespace("journal").getKeys() }),
      invalid: { id: "600000999999", data: { mediaTypeName: "Chat", fromAddress: "+15550102030" } },
      reopen: async () => make(),
    }
  },
  { idempotent: true },
)

/** Export lines for `id`, as they would be read back. */
const linesFor = (lines: string[], id: string, fields: string[]) =>
  lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.id === id && fields.every((f) => l[f] === undefined || l[f] === null || l[f] === "")).length

testTarget(
  "export (storage sink)",
  async () => {
    const { rt } = await anonymizeSetup({ sandboxOptions: { contacts: 5 } })
    const context = await contextOf(rt, await firstRecord(createRecordsSource(rt.client)))
    const matrix = compileMatrix(gdpr, { transforms: rt.transforms, keys: rt.keys })
    const make = () => createExportTarget(storageSink(rt.storage.namespace("exports"), context.jobId), matrix)
    const stored = async () => Promise.all((await rt.storage.namespace("exports").getKeys()).map(async (k) => JSON.stringify(await rt.storage.namespace("exports").getItem(k))))
    return {
      target: make(),
      context,
      results: async () => linesFor((await stored()).map((s) => (s.startsWith('"') ? JSON.parse(s) : s)), context.record.id, ["firstName", "email", "phone"]),
      snapshot: stored,
      reopen: async () => make(),
    }
  },
  { idempotent: true },
)

testTarget(
  "export (file sink)",
  async () => {
    const { rt } = await anonymizeSetup({ sandboxOptions: { contacts: 5 } })
    const context = await contextOf(rt, await firstRecord(createRecordsSource(rt.client)))
    const matrix = compileMatrix(gdpr, { transforms: rt.transforms, keys: rt.keys })
    const path = join(dir, `export-${files++}.jsonl`)
    const read = () => {
      try {
        return readFileSync(path, "utf8").split("\n").filter(Boolean)
      } catch {
        return []
      }
    }
    return {
      target: createExportTarget(await fileSink(nodeFiles, path, { resume: false }), matrix),
      context,
      results: async () => linesFor(read(), context.record.id, ["firstName", "email", "phone"]),
      snapshot: read,
      reopen: async () => createExportTarget(await fileSink(nodeFiles, path, { resume: true }), matrix),
    }
  },
  // Appending is not idempotent by design: the journal (and `has` on resume) keeps a line from being written twice.
  {
    knownBroken: {
      appliedSameInstance: "the file sink's has() only knows the ids read when it was opened with resume, so applied stays false for a line this instance wrote",
    },
  },
)
