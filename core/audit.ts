import { createHash } from "node:crypto"
import type { AuditKey } from "./audit-key.ts"

/** What is audited: ids, names, codes and counts. Never an original value or a secret. */
export interface AuditEntry {
  action: string
  outcome: string
  jobId?: string
  contactId?: string
  fields?: string[]
  transforms?: string[]
  keyIds?: string[]
  latencyMs?: number
  detail?: Record<string, unknown>
  /**
   * One action's record, asked for again when a sink failed it (`recordDone`, `writeOwed`, a hold's owed record): each
   * sink that already holds it is skipped, so it is in every sink once. Never stored in the record.
   */
  once?: string
}

/** A stored record: the entry plus its place in the chain. */
export interface AuditRecord extends AuditEntry {
  /** Name of the chain (one per writer for sinks that cannot lock). */
  chain: string
  seq: number
  ts: string
  /** Hash of the previous record in this chain; 64 zeros for the first. */
  prev: string
  hash: string
  /** `kid.HMAC(audit key, hash)`: without the key a record cannot be forged or re-hashed. */
  mac?: string
}

/** A chain's last record as its head pointer has it. */
export interface AuditHead {
  seq: number
  hash: string
}

/** A signed checkpoint: every registered chain's head at one moment. */
export interface AuditCheckpoint {
  type: "cxedge.audit.checkpoint"
  v: 1
  id: string
  ts: string
  sink: string
  chains: ({ chain: string } & AuditHead)[]
  sig: string
}

/**
 * Where audit records go. Appends are ordered per chain; `read` yields a
 * chain's records in stored order, so tampering shows in `verifyChain`.
 * Only `append`, `chains` and `read` are required; the rest make deletions
 * detectable (see core/audit-verify.ts).
 */
export interface AuditSink {
  name: string
  append(entry: AuditEntry): Promise<AuditRecord>
  /** Every chain ever started (the registry), whether or not its records are still there. */
  chains(): Promise<string[]>
  /** A chain's records; a stored value that is not a record comes as `unreadableRecord`. */
  read(chain: string): AsyncIterable<AuditRecord>
  /** The last record's seq and hash as the sink's own pointer has them (detects a cut tail). */
  head?(chain: string): Promise<AuditHead | undefined>
  /** Chains that have records or a head in storage, registered or not. */
  stored?(): Promise<string[]>
  /** The registry's entries as stored, with their signatures, to check them. */
  registry?(): Promise<{ chain: string; value: unknown; where: string }[]>
  saveCheckpoint?(checkpoint: AuditCheckpoint): Promise<void>
  /** Stored checkpoints, oldest first, unvalidated. */
  checkpoints?(): Promise<{ value: unknown; where: string }[]>
  close?(): Promise<void>
}

export const GENESIS = "0".repeat(64)

/** Canonical JSON: keys sorted at every level, so a hash does not depend on key order. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null"
  // Built by hand (it runs for every audit record): the same text as mapping and joining, without the arrays.
  if (Array.isArray(value)) {
    let out = "["
    for (let i = 0; i < value.length; i++) out += `${i ? "," : ""}${i in value ? canonical(value[i]) : ""}`
    return `${out}]`
  }
  const o = value as Record<string, unknown>
  let out = ""
  // Default sort compares UTF-16 code units, as `<` does.
  for (const k of Object.keys(o).sort()) {
    const v = o[k]
    if (v !== undefined) out += `${out ? "," : ""}${JSON.stringify(k)}:${canonical(v)}`
  }
  return `{${out}}`
}

/** h_i = SHA-256(0x00 || canonical(record_i without hash and mac)), the record carrying prev = h_(i-1). */
export function hashRecord(record: Omit<AuditRecord, "hash">): string {
  const { hash: _, mac: __, ...body } = record as AuditRecord
  return createHash("sha256").update("\u0000").update(canonical(body)).digest("hex")
}

/** Links an entry after `previous` (or as a chain's first record), signed when a key is given. */
export function chainRecord(chain: string, entry: AuditEntry, previous: AuditHead | undefined, ts: string, key?: AuditKey): AuditRecord {
  const body = { ...entry, chain, seq: (previous?.seq ?? 0) + 1, ts, prev: previous?.hash ?? GENESIS }
  const hash = hashRecord(body)
  return key ? { ...body, hash, mac: key.sign("record", hash) } : { ...body, hash }
}

const WHERE = Symbol("where")
const UNREADABLE = Symbol("unreadable")
type Located = AuditRecord & { [WHERE]?: string; [UNREADABLE]?: string }
const HEX64 = /^[0-9a-f]{64}$/

/** Tags a record with where it is stored (a key, a file and line) for reports; never hashed or stored. */
export function located<R extends AuditRecord>(record: R, where: string): R {
  Object.defineProperty(record, WHERE, { value: where, enumerable: false })
  return record
}
export const whereOf = (record: AuditRecord): string | undefined => (record as Located)[WHERE]

/**
 * A stored value as a record, or a stand-in that verify reports as garbage
 * at `seq` (from the key or the position) with where it is, never
 * "record undefined".
 */
export function toAuditRecord(value: unknown, fallback: { chain: string; seq: number; where: string }): AuditRecord {
  const r = value as Partial<AuditRecord> | null
  const fields = (o: Record<string, unknown>) =>
    [
      ...(Number.isSafeInteger(o.seq) && (o.seq as number) > 0 ? [] : ["seq"]),
      ...["chain", "ts", "action", "outcome", "hash"].filter((k) => typeof o[k] !== "string"),
      ...(typeof o.prev === "string" && HEX64.test(o.prev) ? [] : ["prev"]),
    ].join(", ")
  const problem =
    typeof value === "string" ? "not JSON"
    : !r || typeof r !== "object" || Array.isArray(r) ? "not an object"
    : fields(r as Record<string, unknown>) ? `missing or invalid fields (${fields(r as Record<string, unknown>)})`
    : undefined
  if (!problem) return located(r as AuditRecord, fallback.where)
  const seq = r && typeof r === "object" && Number.isSafeInteger(r.seq) && r.seq! > 0 ? r.seq! : fallback.seq
  const stand: Located = { chain: fallback.chain, seq, ts: "", action: "(unreadable)", outcome: "", prev: "", hash: "" }
  Object.defineProperty(stand, UNREADABLE, { value: problem, enumerable: false })
  return located(stand, fallback.where)
}

export type TamperKind = "edited" | "deleted" | "reordered" | "inserted" | "truncated" | "forged" | "garbage" | "missing" | "unregistered"

export interface VerifyResult {
  chain: string
  ok: boolean
  records: number
  /**
   * Records past the head pointer that do not continue the chain (after a
   * gap, or linked to an earlier attempt): a writer stopped, or failed,
   * while storing a group it had not yet committed by moving the head.
   */
  uncommitted?: number
  broken?: { seq: number; kind: TamperKind; message: string; where?: string }
}

export interface VerifyChainOptions {
  /** Checks every record's MAC: a re-hashed edit or an appended forgery is caught where it is. */
  key?: AuditKey
  /** Seqs whose hashes the caller wants back (checkpointed records). */
  want?: Set<number>
  /** Filled with the hashes of the wanted seqs as found in the chain. */
  found?: Map<number, string>
}

/**
 * Walks one chain and reports the first broken link: a stored value that is
 * not a record (garbage), a record whose hash does not match its content
 * (edited) or whose MAC is not the audit key's (forged: edited and
 * re-hashed, or appended), a gap in the sequence (deleted), a sequence
 * going backwards (reordered), a record whose `prev` is not its
 * predecessor's hash (inserted), or a chain shorter than the sink's own head
 * pointer (truncated). Past the head pointer, records that do not continue
 * the chain are not a break: they are a group of appends its writer stopped
 * (or failed) storing before it moved the head, counted as `uncommitted`.
 */
export async function verifyChain(sink: AuditSink, chain: string, options: VerifyChainOptions = {}): Promise<VerifyResult> {
  const { key, want, found } = options
  let previous: AuditRecord | undefined
  let count = 0
  // A gap is a deletion unless the missing record turns up later (then the chain was reordered).
  // Each named by the line where a reader sees it (a file sink's records say where they are; others say nothing).
  let gap: { missing: number; records: number; after: number; next: number; where?: string } | undefined
  let missingSeen: { where?: string; after: number } | undefined
  let lastRead = 0
  const head = await sink.head?.(chain)
  let atHead: AuditRecord | undefined
  const broken = (seq: number, kind: TamperKind, message: string, records = count, where?: string): VerifyResult => ({ chain, ok: false, records, broken: { seq, kind, message, ...(where ? { where } : {}) } })
  // Past the head pointer nothing is committed yet: from the first record there that does not continue
  // the chain (a gap, or a link to an earlier attempt), the rest is a group its writer never committed.
  let uncommitted = 0
  const pastHead = (seq: number) => head !== undefined && seq > head.seq
  const cutShort = () => {
    count--
    uncommitted = 1
  }
  for await (const record of sink.read(chain)) {
    if (uncommitted) {
      uncommitted++
      continue
    }
    count++
    if (gap) {
      if (record.seq === gap.missing && !missingSeen) missingSeen = { where: whereOf(record), after: lastRead }
      lastRead = record.seq
      continue
    }
    const where = whereOf(record)
    const unreadable = (record as Located)[UNREADABLE]
    if (unreadable) return broken(record.seq, "garbage", `record ${record.seq} is ${unreadable}`, count, where)
    const expected = (previous?.seq ?? 0) + 1
    if (record.seq > expected && pastHead(expected)) {
      cutShort()
      continue
    }
    if (record.seq > expected) {
      gap = { missing: expected, records: count, after: expected - 1, next: record.seq, where }
      lastRead = record.seq
      continue
    }
    if (record.seq < expected) return broken(record.seq, record.seq === previous?.seq ? "inserted" : "reordered", `record ${record.seq} appears after record ${previous?.seq}`, count, where)
    if (hashRecord(record) !== record.hash) return broken(record.seq, "edited", `record ${record.seq} does not match its hash`, count, where)
    if (key) {
      const signed = key.check("record", record.hash, record.mac)
      if (signed !== true) return broken(record.seq, "forged", `record ${record.seq} is not the audit key's: ${signed} (edited and re-hashed, or added)`, count, where)
    }
    if (record.prev !== (previous?.hash ?? GENESIS)) {
      if (!pastHead(record.seq)) return broken(record.seq, "inserted", `record ${record.seq} does not follow record ${previous?.seq ?? 0}`, count, where)
      cutShort()
      continue
    }
    if (record.seq === head?.seq) atHead = record
    if (want?.has(record.seq)) found?.set(record.seq, record.hash)
    previous = record
  }
  if (gap) {
    // A log reordered or with a record deleted was "record 5 is out of place", with no word of where to look.
    return missingSeen
      ? broken(gap.missing, "reordered", `record ${gap.missing} is out of place: it comes after record ${missingSeen.after}, not ${gap.after ? `after record ${gap.after}` : "first"}`, gap.records, missingSeen.where)
      : broken(gap.missing, "deleted", `record ${gap.missing} is missing: record ${gap.next} comes ${gap.after ? `right after record ${gap.after}` : "first"}`, gap.records, gap.where)
  }
  if (head && (!previous || head.seq > previous.seq)) {
    const last = previous ? whereOf(previous) : undefined
    return broken((previous?.seq ?? 0) + 1, "truncated", `the chain ends at ${previous?.seq ?? 0}${last ? ` (its last record at ${last})` : ""} but its head says ${head.seq}`)
  }
  // Records past the head that chain (checked above) are a writer stopped between storing its records
  // and moving the head: only the record the head names must match it.
  if (head && atHead && head.hash !== atHead.hash) return broken(atHead.seq, "edited", `record ${atHead.seq} does not match the head pointer`, count, whereOf(atHead))
  if (sink.head && !head && count > 0) return broken(previous?.seq ?? 1, "missing", "its head pointer is gone (removed or rewritten)")
  return { chain, ok: true, records: count, ...(uncommitted ? { uncommitted } : {}) }
}

export interface JobAuditSummary {
  jobId: string
  from?: string
  to?: string
  records: number
  outcomes: Record<string, number>
  actions: Record<string, number>
  /** Per transform, the records it was applied to. */
  transforms: Record<string, number>
  /** Per field (array indexes as `[*]`), the records it was written in: each record once, however many values it had there. */
  fields: Record<string, number>
  keyIds: string[]
}

/** GDPR Art. 30-style summary of one job: what was done to how many records, with which transforms and keys. */
export async function summarizeJob(sink: AuditSink, jobId: string): Promise<JobAuditSummary> {
  const s: JobAuditSummary = { jobId, records: 0, outcomes: {}, actions: {}, transforms: {}, fields: {}, keyIds: [] }
  const keys = new Set<string>()
  const bump = (map: Record<string, number>, key: string) => void (map[key] = (map[key] ?? 0) + 1)
  for (const chain of await sink.chains()) {
    for await (const r of sink.read(chain)) {
      if (r.jobId !== jobId) continue
      s.from = !s.from || r.ts < s.from ? r.ts : s.from
      s.to = !s.to || r.ts > s.to ? r.ts : s.to
      bump(s.actions, r.action)
      if (r.contactId) {
        s.records++
        bump(s.outcomes, r.outcome)
      }
      for (const t of new Set(r.transforms ?? [])) bump(s.transforms, t)
      // Per record, not per value: a record's three custom fields are one record with customFields[*].value.
      for (const f of new Set((r.fields ?? []).map((f) => f.replace(/\[\d+\]/g, "[*]")))) bump(s.fields, f)
      for (const k of r.keyIds ?? []) keys.add(k)
    }
  }
  s.keyIds = [...keys].sort()
  return s
}
