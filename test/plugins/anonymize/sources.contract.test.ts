import { afterAll } from "bun:test"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { FileAccess } from "../../../core/index.ts"
import { nodeFiles } from "../../../node/files.ts"
import { createCxoneSource } from "../../../plugins/anonymize/sources/cxone.ts"
import { createJsonlSource } from "../../../plugins/anonymize/sources/jsonl.ts"
import { createRecordsSource } from "../../../plugins/anonymize/sources/records.ts"
import { createSingleSource } from "../../../plugins/anonymize/sources/single.ts"
import { createSubjectSource } from "../../../plugins/anonymize/sources/subject.ts"
import type { CompletedContact, RecordContact } from "../../../sandbox/data.ts"
import { createSandbox } from "../../../sandbox/app.ts"
import { testSource } from "../../../testing/source.ts"
import { sandboxClient } from "../../helpers.ts"

const dir = mkdtempSync(join(tmpdir(), "cxedge-source-contract-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let files = 0

/** nodeFiles, counting the lines it hands to the source. */
function countingFiles() {
  let lines = 0
  const access: FileAccess = {
    ...nodeFiles,
    async *lines(path) {
      for await (const line of nodeFiles.lines(path)) {
        lines++
        yield line
      }
    },
  }
  return { access, consumed: () => lines }
}

testSource(
  "jsonl",
  async ({ count, bad }) => {
    const ids = Array.from({ length: count }, (_, i) => `c${i}`)
    const lines = ids.map((id, i) => JSON.stringify({ id, firstName: `Person ${i}`, phone: `+1555010${String(i).padStart(4, "0")}` }))
    // A line that is not JSON and one without an id, in the middle: rejected by line number, the rest read on.
    if (bad) lines.splice(Math.floor(count / 2), 0, "{not json", JSON.stringify({ firstName: "no id" }))
    const path = join(dir, `input-${files++}.jsonl`)
    writeFileSync(path, lines.join("\n") + "\n")
    const { access, consumed } = countingFiles()
    return { source: await createJsonlSource(access, path), ids, bad: bad ? 2 : 0, consumed }
  },
  { bad: true, large: 20_000 },
)

/** A sandbox tenant of `count` contacts, with a client whose fetch counts the list items the tenant served. */
async function tenant(count: number) {
  const sandbox = await createSandbox({ contacts: count })
  let served = 0
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await sandbox.fetch(input, init)
    const body = response.headers.get("content-type")?.includes("json") ? await response.clone().json().catch(() => undefined) : undefined
    for (const key of ["contacts", "completedContacts"]) if (Array.isArray(body?.[key])) served += body[key].length
    return response
  }) as typeof globalThis.fetch
  const setup = await sandboxClient({ sandbox, fetch })
  return { ...setup, consumed: () => served }
}

/** Puts `item` in the middle of a Map's iteration order. */
function insertMiddle<V>(map: Map<string, V>, key: string, item: V) {
  const entries = [...map]
  entries.splice(Math.floor(entries.length / 2), 0, [key, item])
  map.clear()
  for (const [k, v] of entries) map.set(k, v)
}

testSource(
  "records",
  async ({ count, bad }) => {
    const { client, state, consumed } = await tenant(count)
    const ids = [...state.data.records.keys()]
    if (bad) insertMiddle<RecordContact>(state.data.records, "", { id: "", fields: { firstName: "No Id" }, version: 1, writes: 0 })
    return { source: createRecordsSource(client), ids, bad: bad ? 1 : 0, consumed }
  },
  { bad: true, large: 5_000 },
)

// A contact without contactId is rejected on its own; the rest of its page and the stream go on.
testSource(
  "cxone",
  async ({ count, bad }) => {
    const { client, state, consumed } = await tenant(count)
    const ids = state.data.completed.map((c) => c.contactId)
    if (bad) {
      const { contactId: _, ...noId } = state.data.completed[0]!
      state.data.completed.splice(Math.floor(count / 2), 0, noId as CompletedContact)
    }
    return { source: createCxoneSource(client, {}), ids, bad: bad ? 1 : 0, consumed }
  },
  { bad: true, large: 5_000 },
)

testSource(
  "single (records)",
  async ({ bad }) => {
    const { client, state } = await tenant(5)
    const id = [...state.data.records.keys()][2]!
    // A contact the tenant does not hold is reported, not skipped.
    return bad ? { source: createSingleSource(client, "records", "600000999999"), ids: [], bad: 1 } : { source: createSingleSource(client, "records", id), ids: [id] }
  },
  { bad: true },
)

testSource(
  "single (cxone)",
  async ({ bad }) => {
    const { client, state } = await tenant(5)
    const id = state.data.completed[2]!.contactId
    return bad ? { source: createSingleSource(client, "cxone", "600000999999"), ids: [], bad: 1 } : { source: createSingleSource(client, "cxone", id), ids: [id] }
  },
  { bad: true },
)

testSource(
  "subject",
  async ({ count, bad }) => {
    const { client, state } = await tenant(count)
    const first = state.data.completed[0]!
    const subject = first.fromAddress
    const ids = [...state.data.completed.filter((c) => c.fromAddress === subject).map((c) => c.contactId), "subject"]
    if (bad) {
      const { contactId: _, ...noId } = first
      state.data.completed.splice(1, 0, noId as CompletedContact)
    }
    // The subject's contacts are read before the first page by design (an erasure can change what the filter matches): no streaming check.
    return { source: createSubjectSource(client, { subject }), ids, bad: bad ? 1 : 0 }
  },
  { bad: true },
)
