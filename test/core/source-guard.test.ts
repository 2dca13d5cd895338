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
    expect((error as Error).message).toBe('[cxedge] [anonymize] source twice gave the id "7" a second time (record 2): a source gives each record once; fix the source')
  })
})
