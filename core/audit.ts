import { createHash } from "node:crypto"
import type { Runtime } from "./runtime.ts"

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
}

/**
 * Where audit records go. Appends are ordered per chain; `read` yields a
 * chain's records in stored order, so tampering shows in `verifyChain`.
 */
export interface AuditSink {
  name: string
  append(entry: AuditEntry): Promise<AuditRecord>
  chains(): Promise<string[]>
  read(chain: string): AsyncIterable<AuditRecord>
  /** The last record's seq and hash as the sink's own pointer has them (detects a cut tail). */
  head?(chain: string): Promise<{ seq: number; hash: string } | undefined>
  close?(): Promise<void>
}

export const GENESIS = "0".repeat(64)

/** Canonical JSON: keys sorted at every level, so a hash does not depend on key order. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null"
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`
}

/** h_i = SHA-256(0x00 || canonical(record_i without hash)), the record carrying prev = h_(i-1). */
export function hashRecord(record: Omit<AuditRecord, "hash">): string {
  const { hash: _, ...body } = record as AuditRecord
  return createHash("sha256").update("\u0000").update(canonical(body)).digest("hex")
}

/** Links an entry after `previous` (or as a chain's first record). */
export function chainRecord(chain: string, entry: AuditEntry, previous: { seq: number; hash: string } | undefined, ts: string): AuditRecord {
  const body = { ...entry, chain, seq: (previous?.seq ?? 0) + 1, ts, prev: previous?.hash ?? GENESIS }
  return { ...body, hash: hashRecord(body) }
}

export type TamperKind = "edited" | "deleted" | "reordered" | "inserted" | "truncated"

export interface VerifyResult {
  chain: string
  ok: boolean
  records: number
  broken?: { seq: number; kind: TamperKind; message: string }
}

/**
 * Walks one chain and reports the first broken link: a record whose hash
 * does not match its content (edited), a gap in the sequence (deleted), a
 * sequence going backwards (reordered), a record whose `prev` is not its
 * predecessor's hash (inserted), or a chain shorter than the sink's own head
 * pointer (truncated).
 */
export async function verifyChain(sink: AuditSink, chain: string): Promise<VerifyResult> {
  let previous: AuditRecord | undefined
  let count = 0
  // A gap is a deletion unless the missing record turns up later (then the chain was reordered).
  let gap: { missing: number; records: number } | undefined
  let missingSeen = false
  const head = await sink.head?.(chain)
  let atHead: AuditRecord | undefined
  const broken = (seq: number, kind: TamperKind, message: string, records = count): VerifyResult => ({ chain, ok: false, records, broken: { seq, kind, message } })
  for await (const record of sink.read(chain)) {
    count++
    if (gap) {
      if (record.seq === gap.missing) missingSeen = true
      continue
    }
    const expected = (previous?.seq ?? 0) + 1
    if (record.seq > expected) {
      gap = { missing: expected, records: count }
      continue
    }
    if (record.seq < expected) return broken(record.seq, record.seq === previous?.seq ? "inserted" : "reordered", `record ${record.seq} appears after record ${previous?.seq}`)
    if (hashRecord(record) !== record.hash) return broken(record.seq, "edited", `record ${record.seq} does not match its hash`)
    if (record.prev !== (previous?.hash ?? GENESIS)) return broken(record.seq, "inserted", `record ${record.seq} does not follow record ${previous?.seq ?? 0}`)
    if (record.seq === head?.seq) atHead = record
    previous = record
  }
  if (gap) {
    return missingSeen
      ? broken(gap.missing, "reordered", `record ${gap.missing} is out of place`, gap.records)
      : broken(gap.missing, "deleted", `record ${gap.missing} is missing`, gap.records)
  }
  if (head && (!previous || head.seq > previous.seq)) return broken((previous?.seq ?? 0) + 1, "truncated", `the chain ends at ${previous?.seq ?? 0} but its head says ${head.seq}`)
  // Records past the head are a writer stopped between storing a record and moving the head: they
  // chain correctly (checked above), so only the record the head names must match it.
  if (head && atHead && head.hash !== atHead.hash) return broken(atHead.seq, "edited", `record ${atHead.seq} does not match the head pointer`)
  return { chain, ok: true, records: count }
}

/** The sink a runtime audits into, set by an audit plugin's setup. */
const sinks = new WeakMap<Runtime, AuditSink>()
export const provideAuditSink = (rt: Runtime, sink: AuditSink) => void sinks.set(rt, sink)
export const auditSinkOf = (rt: Runtime): AuditSink | undefined => sinks.get(rt)

export interface JobAuditSummary {
  jobId: string
  from?: string
  to?: string
  records: number
  outcomes: Record<string, number>
  actions: Record<string, number>
  transforms: Record<string, number>
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
      for (const t of r.transforms ?? []) bump(s.transforms, t)
      for (const f of r.fields ?? []) bump(s.fields, f.replace(/\[\d+\]/g, "[*]"))
      for (const k of r.keyIds ?? []) keys.add(k)
    }
  }
  s.keyIds = [...keys].sort()
  return s
}
