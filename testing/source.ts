import { describe, expect, test } from "./runner.ts"
import type { Source, SourceRecord } from "../plugins/anonymize/pipeline.ts"

/** One source under test, over an input the harness built. */
export interface SourceCase {
  source: Source
  /** Ids of the well-formed records in the input: each must come out exactly once. */
  ids: string[]
  /** How many records of the input the source must report with `error` (and go on past). */
  bad?: number
  /** Records taken from the underlying input so far (lines read, items the API served): proves streaming. */
  consumed?(): number
}

export interface SourceContractOptions {
  /** Input size for the ordinary checks (a fixed-size source ignores it). */
  count?: number
  /** Input size for the streaming check; absent when the source documents that it reads everything first. */
  large?: number
  /** Whether the harness can put bad records into the input (`make({ bad: true })`). */
  bad?: boolean
  /** An id the input does not hold, for `get` (default "cxedge-contract-missing"). */
  missingId?: string
  /**
   * Checks this source is known to fail today, each with the reason: they run as `test.failing`, so
   * the suite goes red the day the source is fixed and the entry must go. Keys: "bad".
   */
  knownBroken?: { bad?: string }
}

const isPlain = (value: unknown) => !!value && typeof value === "object" && !Array.isArray(value)

async function drain(source: Source) {
  const pages: SourceRecord[][] = []
  for await (const page of source.pages()) pages.push(page)
  return pages
}

/**
 * The suite every Source passes (core/pipeline.ts): pages of `{ id, data }`
 * with string ids, every record once, `total()` agreeing with the pages, a
 * bad record reported on its own while the stream goes on, pages that
 * stream rather than read the whole input first (counted, not timed), and
 * `get(id)` returning the record the pages gave.
 *
 * `make` builds a fresh input of `count` well-formed records (plus bad ones
 * when `bad` is set) and the source over it.
 *
 * @example
 * testSource("jsonl", async ({ count }) => ({ source: await createJsonlSource(files, write(count)), ids }), { large: 20_000 })
 */
export function testSource(name: string, make: (input: { count: number; bad: boolean }) => Promise<SourceCase>, options: SourceContractOptions = {}) {
  const count = options.count ?? 25
  describe(`source ${name} (contract)`, () => {
    test("yields pages of { id, data } with string ids, every record exactly once", async () => {
      const c = await make({ count, bad: false })
      expect(c.ids.length).toBeGreaterThan(0)
      const pages = await drain(c.source)
      expect(pages.length).toBeGreaterThan(0)
      const seen: string[] = []
      for (const page of pages) {
        expect(Array.isArray(page)).toBe(true)
        for (const record of page) {
          expect(typeof record.id).toBe("string")
          expect(record.id.length).toBeGreaterThan(0)
          expect(isPlain(record.data)).toBe(true)
          expect(record.error).toBeUndefined()
          seen.push(record.id)
        }
      }
      expect(seen.length).toBe(new Set(seen).size)
      expect([...seen].sort()).toEqual([...c.ids].sort())
    })

    test("pages() can be read twice and gives the same records (a resume reads again)", async () => {
      const c = await make({ count, bad: false })
      const ids = async () => (await drain(c.source)).flat().map((r) => r.id)
      expect(await ids()).toEqual(await ids())
    })

    test("total(), when present, matches what the pages yield", async () => {
      const c = await make({ count, bad: false })
      if (!c.source.total) return
      const total = await c.source.total()
      const yielded = (await drain(c.source)).flat().length
      if (total !== undefined) expect(total).toBe(yielded)
    })

    edgeCases(make, count, options)
  })
}

/** Bad records, streaming and `get`: the checks a source opts into. */
function edgeCases(make: (input: { count: number; bad: boolean }) => Promise<SourceCase>, count: number, options: SourceContractOptions) {
  if (options.bad) {
    const known = options.knownBroken?.bad
    ;(known ? test.failing : test)(`a bad record is reported on its own (error set) and the stream goes on${known ? ` [known broken: ${known}]` : ""}`, async () => {
      const c = await make({ count, bad: true })
      expect(c.bad).toBeGreaterThan(0)
      const records = (await drain(c.source)).flat()
      const errors = records.filter((r) => r.error !== undefined)
      expect(errors.length).toBe(c.bad!)
      for (const r of errors) {
        expect(typeof r.error).toBe("string")
        expect(r.error!.length).toBeGreaterThan(0)
        expect(typeof r.id).toBe("string")
      }
      // Every good record is still there, those after the bad one included.
      const good = records.filter((r) => r.error === undefined).map((r) => r.id)
      expect(good.sort()).toEqual([...c.ids].sort())
      // The harness puts a bad record before a good one: the stream went on past it.
      if (c.ids.length) expect(records.findIndex((r) => r.error !== undefined)).toBeLessThan(records.length - 1)
    })
  }

  if (options.large) {
    test(`streams: the first page arrives before the input is read (${options.large} records)`, async () => {
      const c = await make({ count: options.large!, bad: false })
      if (!c.consumed) throw new Error(`testSource(${name}): the streaming check needs consumed()`)
      const iterator = c.source.pages()[Symbol.asyncIterator]()
      const first = await iterator.next()
      expect(first.done).toBe(false)
      const atFirstPage = c.consumed()
      expect(first.value!.length).toBeGreaterThan(0)
      expect(atFirstPage).toBeGreaterThan(0)
      expect(atFirstPage).toBeLessThan(options.large! / 2)
      await iterator.return?.()
    })
  }

  test("get(id), when present, returns the record the pages gave, and undefined for an id it does not hold", async () => {
    const c = await make({ count, bad: false })
    if (!c.source.get) return
    const records = (await drain(c.source)).flat()
    for (const record of [records[0]!, records.at(-1)!]) {
      const fresh = await c.source.get(record.id)
      expect(fresh?.id).toBe(record.id)
      expect(fresh?.data).toEqual(record.data)
      expect(fresh?.error).toBeUndefined()
    }
    expect(await c.source.get(options.missingId ?? "cxedge-contract-missing")).toBeUndefined()
  })
}
