import { CxedgeError, errorKindAndCode } from "./errors.ts"
import { createIdIndex } from "./id-index.ts"
import type { Source, SourceRecord } from "./source.ts"

// A source a plugin wrote, held to its contract while it is read: records with string ids, each once, and its own
// failures reported by kind. A record without an id was exported without one; an id given twice was anonymized and
// written twice; a throw quoting the record it choked on ("db down for ann@...") was printed as it was.

type IdIndex = ReturnType<typeof createIdIndex>

const fault = (scope: string, message: string) => new CxedgeError("E_SOURCE", scope, message)

// Not exported from the package (core/public.ts): a plugin in its own package cannot mark its source, only cxedge's own.
const IDS_CHECKED = Symbol("cxedge.idsChecked")

/**
 * Marks a built-in source that refuses a repeated id itself (the JSONL source rejects the line, naming where the id
 * was first seen): the guard then keeps no index of its own. Two indexes of a million ids were 17 MB more at the
 * job's peak, and each forced collection of the job's (job.ts) paid for them. The mark is on its pages function, not
 * on the source: a plugin that opens the source and gives its records again under other ids (its own pages, behind a
 * proxy or a prototype that hands on the rest) is indexed as any other.
 */
export function idsChecked<S extends Source>(source: S): S {
  Object.defineProperty(source.pages, IDS_CHECKED, { value: true })
  return source
}

function checkPage(page: unknown, name: string, scope: string, seen: IdIndex | undefined, count: { n: number }): SourceRecord[] {
  if (!Array.isArray(page)) throw fault(scope, `source ${name} yielded a page that is not a list of records: pages() yields arrays of { id, data }; fix the source`)
  for (const record of page as SourceRecord[]) {
    count.n++
    if (!record || typeof record !== "object") throw fault(scope, `source ${name} gave record ${count.n} as ${record === null ? "null" : typeof record}, not { id, data }: fix the source`)
    if (typeof record.id !== "string" || !record.id) {
      throw fault(scope, `source ${name} gave record ${count.n} ${record.id === undefined ? "without an id" : `an id that is ${typeof record.id === "string" ? "empty" : `a ${typeof record.id}, not a string`}`}: every record needs its own id, a non-empty string; fix the source`)
    }
    // Records are named by number, never by id: a plugin's source may key its records by an email or a phone number.
    const first = seen?.firstSeen(record.id, count.n)
    if (first !== undefined) throw fault(scope, `source ${name} gave record ${count.n} the id of record ${first} (ids are not shown: one may be an email or a phone number): a source gives each record once; fix the source`)
    if (record.error === undefined && (!record.data || typeof record.data !== "object" || Array.isArray(record.data))) {
      throw fault(scope, `source ${name} gave record ${count.n} without data as an object: give { id, data: {...} }, or set error for a record it could not read; fix the source`)
    }
  }
  return page as SourceRecord[]
}

/** The source, its pages checked as they are read; `get` and `total` as they were, failures by kind. */
export function guardedSource(source: Source, name: string, scope: string): Source {
  if (!source || typeof source.pages !== "function") throw fault(scope, `source ${name}: open returned no pages() function: return { name, pages() { ... } }; fix the source`)
  const pages = async function* () {
    // Hashes, not the id strings (see id-index.ts): a Set held every id of the job on the heap, on top of the index
    // the jsonl source keeps; a 200,000-contact export peaked at 160-171 MB with it, 127-130 MB without.
    const seen = (source.pages as { [IDS_CHECKED]?: true })[IDS_CHECKED] ? undefined : createIdIndex()
    const count = { n: 0 }
    const iterator = source.pages()[Symbol.asyncIterator]()
    for (;;) {
      let next: IteratorResult<SourceRecord[]>
      try {
        next = await iterator.next()
      } catch (error) {
        if (error instanceof CxedgeError) throw error
        throw fault(scope, `source ${name} failed after ${count.n} record${count.n === 1 ? "" : "s"} (${errorKindAndCode(error)}; its message is not shown, it may quote a record): fix the source or what it reads`)
      }
      if (next.done) return
      yield checkPage(next.value, name, scope, seen, count)
    }
  }
  // A proxy: what else the source has (get, total, a built-in's own members) stays as it is, bound to the source.
  return new Proxy(source, {
    get(target, key) {
      if (key === "pages") return pages
      const member = Reflect.get(target, key, target)
      return typeof member === "function" ? member.bind(target) : member
    },
  })
}
