import { ConfigError, maskIdentifier, resolveIdentity, type AuditEntry, type Identifier, type Runtime } from "../../core/index.ts"
import { keyedSubjectToken } from "../../core/pseudonym.ts"
import { createTenantLookup } from "./lookup.ts"
import { contactMessages, type ExportedMessage } from "./messages.ts"
import { recordsGet } from "./operations.ts"
import { checkByIsNotSubject } from "./request.ts"
import type { SubjectSettings } from "./settings.ts"

export const EXPORT_FORMAT = "cxedge.subject-export/v1"

export interface ExportRequest {
  subject: Identifier
  linked: "follow" | "report"
  by: string
  /** Where `by` came from, for a refusal (default `settings.subject.by`). */
  byFrom?: string
}

/** What may be shown, logged and audited about an export: counts, masked forms and the subject's token, never a value. */
export interface ExportSummary {
  subject: string
  subjectType: Identifier["type"]
  masked: string
  linkedMode: "follow" | "report"
  /** Contacts carrying the requested identifier itself (0: a typo, or nothing in the window). */
  found: number
  /** Linked identifiers, masked, and whether their contacts are in the export. */
  linked: { type: Identifier["type"]; masked: string; followed: boolean }[]
  truncated: boolean
  records: number
  /** False when no records API is configured (a CXone tenant has none): it was not searched, not searched and empty. */
  recordsSearched?: boolean
  completedContacts: number
  digitalContacts: number
  messages: number
  by: string
}

/**
 * The subject's keyed token (`sub_<keyId>_...`, as erasure events carry it), the only trace of whose data the audit
 * shows. No key ring: refused, as a subject hold is; a fixed placeholder made every person's export look alike.
 */
function exportSubjectToken(rt: Runtime, subject: Identifier): string {
  const token = keyedSubjectToken(rt.keys, subject.value)
  if (!token) throw new ConfigError("subject", "a subject export needs CXEDGE_HMAC_KEYS: the audit log records the subject only as a keyed token; set the key ring")
  return token
}

/**
 * Gathers what the tenant holds about one person: identity resolution first
 * (the identifiers on the requested identifier's contacts; with `follow`,
 * their contacts too), then the records API contacts, the ACD completed
 * contacts and the DFO messages of the digital ones. The document holds the
 * values (that is its purpose); the summary holds none.
 */
export async function gatherExport(rt: Runtime, request: ExportRequest, settings: SubjectSettings): Promise<{ document: Record<string, unknown>; summary: ExportSummary }> {
  const subject = exportSubjectToken(rt, request.subject)
  const tenant = createTenantLookup(rt, settings)
  const resolution = await resolveIdentity(request.subject, (i) => tenant.lookup(i), { linked: request.linked, maxDepth: settings.maxDepth, maxIdentifiers: settings.maxIdentifiers })
  // `by` was checked against the requested identifier before any call; the ones found for the person are known only now.
  checkByIsNotSubject(request.by, resolution.identifiers, request.byFrom ?? "settings.subject.by")
  const ids = (prefix: string) => resolution.contacts.filter((c) => c.startsWith(prefix)).map((c) => c.slice(prefix.length))
  const records: Record<string, unknown>[] = []
  for (const id of ids("records:")) records.push(await rt.client.call(recordsGet, { id }))
  const completed = ids("acd:").map((id) => tenant.completed.get(id)!).filter(Boolean)
  // Media names matched without case or spaces, as the anonymize plugin does: "Work Item" is WorkItem.
  const mediaKey = (m: unknown) => String(m ?? "").replace(/\s+/g, "").toLowerCase()
  const digitalMedia = new Set(settings.digitalMedia.map(mediaKey))
  const digital = completed.filter((c) => digitalMedia.has(mediaKey(c.mediaTypeName)))
  const messages: ExportedMessage[] = []
  for (const c of digital) {
    const number = c[settings.dfoContactField]
    if (number === undefined || number === null) continue
    messages.push(...(await contactMessages(rt, String(c.contactId), String(number), settings)))
  }
  const linked = resolution.identifiers.filter((i) => i.via === "linked")
  const summary: ExportSummary = {
    subject,
    subjectType: request.subject.type,
    masked: maskIdentifier(request.subject),
    linkedMode: request.linked,
    found: resolution.identifiers.find((i) => i.via === "requested")?.contacts.length ?? 0,
    linked: linked.map((i) => ({ type: i.type, masked: maskIdentifier(i), followed: i.followed })),
    truncated: resolution.truncated,
    records: records.length,
    recordsSearched: !!rt.client.tenant?.records,
    completedContacts: completed.length,
    digitalContacts: digital.length,
    messages: messages.length,
    by: request.by,
  }
  const document = {
    format: EXPORT_FORMAT,
    generatedAt: new Date(rt.clock.now()).toISOString(),
    subject: request.subject,
    identifiers: resolution.identifiers.map(({ type, value, via, depth, followed, contacts }) => ({ type, value, via, depth, followed, contacts })),
    linked: {
      mode: request.linked,
      note: request.linked === "report"
        ? "identifiers found on this person's contacts are listed; their own contacts are not included (they may be another person's)"
        : `identifiers found on this person's contacts were followed up to ${settings.maxDepth} links away`,
      ...(resolution.truncated ? { truncated: `more than ${settings.maxIdentifiers} identifiers: the rest were not followed` } : {}),
    },
    sources: { records: summary.recordsSearched ? "records API contacts" : "not searched: no records API is configured", completedContacts: `ACD completed contacts of the last ${settings.windowDays} days, matched by fromAddress`, messages: "DFO messages of the digital contacts" },
    records,
    completedContacts: completed,
    messages,
  }
  return { document, summary }
}

/** The audit record of an export, once it is delivered (written, or sealed for collection): token, counts, who; never a value. */
export const exportEntry = (summary: ExportSummary, delivery: { channel: "file" | "inbound"; exportId?: string }): AuditEntry => ({
  action: "subject.export",
  outcome: "ok",
  ...(delivery.exportId ? { jobId: delivery.exportId } : {}),
  detail: {
    subject: summary.subject, subjectType: summary.subjectType, channel: delivery.channel, linkedMode: summary.linkedMode,
    linked: summary.linked.length, followed: summary.linked.filter((i) => i.followed).length,
    records: summary.records, completedContacts: summary.completedContacts, messages: summary.messages, by: summary.by,
  },
})
