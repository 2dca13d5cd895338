import { describe, expect, test } from "bun:test"
import { CxedgeError } from "../../core/errors.ts"
import { guardedSource, idsChecked } from "../../core/source-guard.ts"
import type { Source, SourceRecord } from "../../core/source.ts"

// A source that gives the id "7" twice, the second time as its own rejection (as the JSONL source does a repeated line).
const twice = (): Source => ({
  name: "twice",
  async *pages() {
    yield [{ id: "7", data: {} }, { id: "7", data: {}, error: "line 2: duplicate id (first seen on line 1)" }] as SourceRecord[]
  },
})

async function read(source: Source) {
  const records: SourceRecord[] = []
  for await (const page of source.pages()) records.push(...page)
  return records
}

describe("source guard: one index of a job's ids", () => {
  test("a source that refuses repeats itself hands its rejection on: the guard keeps no second index to stop the job", async () => {
    const records = await read(guardedSource(idsChecked(twice()), "twice", "anonymize"))
    expect(records.map((r) => r.error ?? "ok")).toEqual(["ok", "line 2: duplicate id (first seen on line 1)"])
  })

  test("any other source giving an id twice is stopped, naming the record, as before", async () => {
    const error = await read(guardedSource(twice(), "twice", "anonymize")).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CxedgeError)
    expect((error as Error).message).toBe('[cxedge] [anonymize] source twice gave record 2 the id of record 1 (ids are not shown: one may be an email or a phone number): a source gives each record once; fix the source')
  })
})

describe("source guard: a marked source whose pages are replaced is checked again", () => {
  // A plugin opens the JSONL source (openSource) and keys its records by email, wrapping what it got in a proxy that
  // keeps its other members (as core's guard does): both records of one customer were written, the guard trusting the
  // JSONL source's mark, which the proxy handed on with the rest.
  test("a plugin re-keying the JSONL source's records behind a proxy is stopped at the repeat", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs")
    const { tmpdir } = await import("node:os")
    const { join } = await import("node:path")
    const { nodeFiles } = await import("../../node/files.ts")
    const { createJsonlSource } = await import("../../plugins/anonymize/sources/jsonl.ts")
    const path = join(mkdtempSync(join(tmpdir(), "cxedge-guard-")), "in.jsonl")
    writeFileSync(path, '{"id":"1","email":"ann@example.com"}\n{"id":"2","email":"ann@example.com"}\n')
    const opened = guardedSource(await createJsonlSource(nodeFiles, path), "jsonl", "anonymize")
    async function* byEmail() {
      for await (const page of opened.pages()) yield page.map((r) => ({ id: String(r.data.email), data: r.data }))
    }
    const rekeyed = new Proxy(opened, { get: (target, key) => (key === "pages" ? byEmail : Reflect.get(target, key)) })
    const error = await read(guardedSource(rekeyed, "by-email", "anonymize")).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CxedgeError)
    expect((error as Error).message).toMatch(/^\[cxedge\] \[anonymize\] source by-email gave record 2 the id of record 1 \(ids are not shown: one may be an email or a phone number\): a source gives each record once; fix the source$/)
  })
})

describe("source guard: a refusal names records by number, never by id", () => {
  // A plugin's source keyed by email: its repeat, or a record without data, printed the address in the refusal.
  const keyedByEmail = (records: unknown[]): Source => ({ name: "by-email", async *pages() { yield records as SourceRecord[] } })
  test("an id given twice is told by the two records' numbers", async () => {
    const error = await read(guardedSource(keyedByEmail([{ id: "ann@example.com", data: {} }, { id: "bob@example.com", data: {} }, { id: "ann@example.com", data: {} }]), "by-email", "anonymize")).catch((e: unknown) => e)
    expect((error as Error).message).toBe("[cxedge] [anonymize] source by-email gave record 3 the id of record 1 (ids are not shown: one may be an email or a phone number): a source gives each record once; fix the source")
  })
  test("a record without data is told by its number", async () => {
    const error = await read(guardedSource(keyedByEmail([{ id: "ann@example.com" }]), "by-email", "anonymize")).catch((e: unknown) => e)
    expect((error as Error).message).toBe("[cxedge] [anonymize] source by-email gave record 1 without data as an object: give { id, data: {...} }, or set error for a record it could not read; fix the source")
  })
})
