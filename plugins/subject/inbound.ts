import type { Storage } from "unstorage"
import { forgetAudited, sealedStorage, type AuditEntry, type Runtime } from "../../core/index.ts"
import { ACCESS_EXPORT, type AccessExportTask, type AccessReady } from "./events.ts"
import { exportEntry, gatherExport } from "./export.ts"
import { openSubject, sealSubject } from "./sealed-subject.ts"
import type { SubjectSettings } from "./settings.ts"

/** What is kept in clear about an export: its state and times, never the subject (its keyed token only). */
export interface ExportMeta {
  state: "ready" | "collected" | "expired"
  createdAt: string
  expiresAt: string
  collectedAt?: string
  /** False until its audit record and `subject:access-ready` were kept: a task run again then tells them (absent: told). */
  told?: boolean
  /** While untold: the record and the event, so a task run again tells them without making the export again. */
  untold?: { entry: AuditEntry; ready: AccessReady }
  /** When it was deleted uncollected. */
  expiredAt?: string
  /** Deleted, its `subject.export.expired` record not written yet (a sink failed): the next sweep writes it. */
  unrecorded?: true
}

export interface ExportStore {
  meta: Storage
  /** The documents, sealed under the key ring (AES-256-GCM, the storage key bound in). */
  sealed: Storage
}

export const openExportStore = (rt: Runtime): ExportStore => {
  const ns = rt.storage.namespace("subject-exports")
  return { meta: ns, sealed: sealedStorage(ns, rt.keys, "subject-exports") }
}

/**
 * Handles the access-request task kind: the subject arrives encrypted (see
 * sealSubject), the export is gathered, sealed under the key ring, and
 * `subject:access-ready` is emitted with its id. A task run again after its
 * export was made (a redelivery, a retry after a crash) makes nothing twice,
 * and never again after it was collected.
 */
export function handleAccessRequests(rt: Runtime, settings: SubjectSettings, store: ExportStore) {
  rt.tasks.handle(ACCESS_EXPORT, async ({ subject, subjectType }, task) => {
    const id = task.id
    const made = await store.meta.getItem<ExportMeta>(`m:${id}`)
    // Made, its record or event failed (a durable listener: the audit sink, the outbox): told now, not made again.
    if (made?.untold) return void (await tell(rt, store, id, made, true))
    // Made, and told (or collected, or expired): nothing is made twice. Made untold before `untold` was kept: made again.
    if (made && !(made.state === "ready" && made.told === false)) return
    const by = settings.by ?? "consent-webhook"
    const { document, summary } = await gatherExport(rt, { subject: { type: subjectType, value: subject }, linked: settings.linked, by }, settings)
    const now = rt.clock.now()
    const expiresAt = new Date(now + settings.exportTtlHours * 3_600_000).toISOString()
    const ready: AccessReady = {
      exportId: id, subject: summary.subject, subjectType, records: summary.records, completedContacts: summary.completedContacts,
      messages: summary.messages, linked: summary.linked.length, expiresAt,
    }
    const meta: ExportMeta = { state: "ready", createdAt: new Date(now).toISOString(), expiresAt, told: false, untold: { entry: exportEntry(summary, { channel: "inbound", exportId: id }), ready } }
    await store.sealed.setItem(`e:${id}`, JSON.stringify(document))
    await store.meta.setItem(`m:${id}`, meta)
    await tell(rt, store, id, meta, false)
  }, {
    encode: (p: AccessExportTask) => ({ subject: sealSubject(rt.keys, p.subject), subjectType: p.subjectType }),
    decode: (stored: unknown) => {
      const s = stored as AccessExportTask
      return { subject: openSubject(rt.keys, s.subject), subjectType: s.subjectType }
    },
  })
}

/**
 * Writes a made export's audit record and emits `subject:access-ready` (unless it was collected or expired since),
 * then keeps it told. The record is marked as one export's: written again after one sink of several failed it, only
 * the sinks that lack it take it. `late`: a task run again tells it, and the record says when the export was made.
 */
async function tell(rt: Runtime, store: ExportStore, id: string, meta: ExportMeta, late: boolean, announce = meta.state === "ready"): Promise<ExportMeta> {
  const { untold, ...kept } = meta
  if (!untold) return meta
  const once = `subject-export.${id}.${Date.parse(meta.createdAt)}`
  const entry = late ? { ...untold.entry, detail: { ...untold.entry.detail, doneAt: meta.createdAt } } : untold.entry
  await rt.hooks.emit("audit:record", { ...entry, once })
  if (announce) await rt.hooks.emit("subject:access-ready", untold.ready)
  const told: ExportMeta = { ...kept, told: true }
  await store.meta.setItem(`m:${id}`, told)
  await forgetAudited(rt, once)
  return told
}

/**
 * Collects a made export: the record of its making when still owed (its task's attempt failed it), then the record of
 * its collection, and only then the document deleted. A sink that fails either throws with the document kept, so the
 * collection asked again returns it (each sink that took a record skips it) instead of a 410 and a record lost.
 */
export async function collectExport(rt: Runtime, store: ExportStore, id: string, meta: ExportMeta): Promise<void> {
  // The collector has the id already: the ready event is for the task to send, not this.
  const told = await tell(rt, store, id, meta, true, false)
  const once = `subject-export-collected.${id}.${Date.parse(meta.createdAt)}`
  await rt.hooks.emit("audit:record", { action: "subject.export.collected", outcome: "ok", jobId: id, once })
  await store.sealed.removeItem(`e:${id}`)
  await store.meta.setItem(`m:${id}`, { ...told, state: "collected", collectedAt: new Date(rt.clock.now()).toISOString() } satisfies ExportMeta)
  await forgetAudited(rt, once)
}

/** Exports left uncollected past their time are deleted (the server's tick, a Worker's cron). */
export async function expireExports(rt: Runtime, store: ExportStore) {
  // An audit sink that cannot append (a full disk) stops no deletion: the others are past their time too. Its failure
  // is thrown once all are deleted, to be reported; the record stays owed, and the next sweep writes it.
  let unrecorded: { error: unknown } | undefined
  for (const key of await store.meta.getKeys("m")) {
    const meta = await store.meta.getItem<ExportMeta>(key)
    const id = key.replace(/^m:/, "")
    if (meta?.state === "expired" && meta.unrecorded) await recordExpiry(rt, store, id, meta, true).catch((error) => void (unrecorded ??= { error }))
    if (meta?.state !== "ready" || Date.parse(meta.expiresAt) > rt.clock.now()) continue
    await expireExport(rt, store, id, meta).catch((error) => void (unrecorded ??= { error }))
  }
  if (unrecorded) throw unrecorded.error
}

/** Deletes an export past its time, keeping the record of it owed until it is written (by the next sweep when a sink fails). */
export async function expireExport(rt: Runtime, store: ExportStore, id: string, meta: ExportMeta): Promise<void> {
  await store.sealed.removeItem(`e:${id}`)
  const expired: ExportMeta = { ...meta, state: "expired", expiredAt: new Date(rt.clock.now()).toISOString(), unrecorded: true }
  await store.meta.setItem(`m:${id}`, expired)
  await recordExpiry(rt, store, id, expired, false)
}

/** Writes an expiry's record (to the sinks that lack it, when asked again) and clears the debt; `late` says when it was. */
async function recordExpiry(rt: Runtime, store: ExportStore, id: string, meta: ExportMeta, late: boolean): Promise<void> {
  const once = `subject-export-expired.${id}.${Date.parse(meta.createdAt)}`
  await rt.hooks.emit("audit:record", { action: "subject.export.expired", outcome: "deleted", jobId: id, ...(late ? { detail: { doneAt: meta.expiredAt } } : {}), once })
  const { unrecorded: _, ...kept } = meta
  await store.meta.setItem(`m:${id}`, kept satisfies ExportMeta)
  await forgetAudited(rt, once)
  if (late) rt.log.info(`subject: export ${id} was deleted at ${meta.expiredAt} (expired); its audit record subject.export.expired, missing since, is written now`)
}
