import { describeError, dfoMessageAuthor, digitalMediaKeys, mediaKey, unknownMediumWarner, type CxoneClient } from "../../../core/index.ts"
import { contactsCompleted } from "../operations.ts"
import type { Source, SourceRecord } from "../pipeline.ts"
import type { DfoHistoryOptions } from "../targets/dfo-history.ts"
import { checkMessagesWindow, TEXT_KEYS, type MessagesOptions } from "./messages-config.ts"
import { AGAIN, dfoMessageGet, historyPages, valueAt } from "./messages-history.ts"

export interface MessagesSourceOptions {
  since?: string
  until?: string
  messages?: MessagesOptions
  dfoHistory?: DfoHistoryOptions
  /** Media types whose contacts have DFO messages (settings.anonymize.digitalMedia). */
  digitalMedia?: readonly string[]
  /** Told once per medium of a contact neither digital nor known to have no DFO messages (its name quoted). */
  warn?(medium: string): void
  /** Field of a completed contact holding its DFO contact number (settings.anonymize.dfoContactField). */
  dfoContactField?: string
  /** The label of the command that opened it, for the window's refusal (default anonymize). */
  scope?: string
}

/** Errors that are the tenant's answer for every contact alike: they stop the job (a resume goes on) rather than reject each message. */
const STOPS = new Set(["E_AUTH", "E_PERMISSION", "E_CIRCUIT_OPEN", "E_CONFIG"])
const bare = (error: unknown) => describeError(error).replace(/^\[cxedge\] (\[[^\]]*\] )?/, "")
const text = (value: unknown) => (typeof value === "string" ? value : undefined)

/**
 * The DFO messages of the digital contacts completed in a window, one
 * record per message: id `<contactId>:<messageId>`, data `{ contactId,
 * contactNumber, messageId, mediaTypeName, direction, createdAt,
 * authorName, text }`. It streams: one page of completed contacts (ACD
 * `contacts/completed`, skip/top) and the histories of 8 of its digital
 * contacts at a time (DFO `contacts/{n}/history`), yielded in pages of about
 * 100 messages; a message's text is taken from its history
 * item or read with `GET /messages/{id}` (settings.anonymize.messages.text).
 * A contact whose history cannot be read, or a message without an id, is a
 * rejection of its own and the stream goes on; pages come in the tenant's
 * order, so a resume reads the same ids and the journal skips those done.
 *
 * @example
 * const source = createMessagesSource(client, { since: "2026-10-01T00:00:00.000Z", until: "2026-10-08T00:00:00.000Z" })
 */
export function createMessagesSource(client: CxoneClient, options: MessagesSourceOptions): Source {
  const settings = options.messages ?? {}
  checkMessagesWindow(options, settings.maxWindowDays ?? 31, options.scope)
  const digital = digitalMediaKeys(options.digitalMedia)
  const unknownMedium = unknownMediumWarner(digital, options.warn ?? (() => {}))
  const dfoField = options.dfoContactField ?? "contactId"
  const input = { startDate: options.since, endDate: options.until, top: settings.contactsPageSize ?? 100 }
  const read = messageReader(client, settings)

  async function* ofContact(contact: Record<string, unknown>, contactId: string): AsyncGenerator<SourceRecord[]> {
    const raw = valueAt(contact, dfoField)
    const contactNumber = typeof raw === "string" || typeof raw === "number" || typeof raw === "bigint" ? String(raw) : ""
    if (!/^\d{1,20}$/.test(contactNumber)) {
      yield [{ id: `${contactId}:history`, data: {}, error: `digital contact ${contactId} has no DFO contact number at ${dfoField}: set settings.anonymize.dfoContactField to the field that holds it` }]
      return
    }
    const base = { contactId, contactNumber, mediaTypeName: text(contact.mediaTypeName) }
    let n = 0
    try {
      for await (const items of historyPages(client, contactNumber, options.dfoHistory)) {
        yield await Promise.all(items.map((item) => read(base, item, ++n)))
      }
    } catch (error) {
      if (STOPS.has((error as { cause?: { code?: string } }).cause?.code ?? "")) throw (error as { cause: unknown }).cause
      if ((error as { code?: string }).code !== "E_GATHER") throw error
      yield [{ id: `${contactId}:history`, data: {}, error: bare(error) }]
    }
  }

  /** One contact's records, all of its history pages (one contact's messages, never the window's). */
  async function recordsOf(contact: Record<string, unknown>): Promise<SourceRecord[]> {
    const out: SourceRecord[] = []
    for await (const records of ofContact(contact, String(contact.contactId))) out.push(...records)
    return out
  }

  return {
    name: "messages",
    async *pages() {
      let missing = 0
      let page: SourceRecord[] = []
      for await (const contacts of client.paginate(contactsCompleted, input)) {
        const digitalOnes: Record<string, unknown>[] = []
        for (const contact of contacts as Record<string, unknown>[]) {
          if (contact.contactId === undefined) page.push({ id: `(no contactId #${++missing})`, data: {}, error: "completed contact has no contactId: its messages cannot be named" })
          else if (digital.has(mediaKey(contact.mediaTypeName))) digitalOnes.push(contact)
          else unknownMedium(contact.mediaTypeName)
        }
        // A few contacts' histories at once, in order; pages of about PAGE records keep the job's writers busy.
        for (let i = 0; i < digitalOnes.length; i += CONTACTS_AT_ONCE) {
          for (const records of await Promise.all(digitalOnes.slice(i, i + CONTACTS_AT_ONCE).map(recordsOf))) page.push(...records)
          if (page.length >= PAGE) {
            yield page
            page = []
          }
        }
      }
      if (page.length) yield page
    },
  }
}

const CONTACTS_AT_ONCE = 8
const PAGE = 100

type Base = { contactId: string; contactNumber: string; mediaTypeName?: string }

/** One history item as a record: its text from the item, or from the message itself when the item has none (or `text: "message"`). */
function messageReader(client: CxoneClient, settings: MessagesOptions) {
  const keys = settings.textKey ? [settings.textKey] : TEXT_KEYS
  const mode = settings.text ?? "auto"
  const textOf = (item: unknown): string | null | undefined => {
    for (const key of keys) {
      const value = valueAt(item, key)
      if (typeof value === "string" || value === null) return value
    }
    return undefined
  }
  return async (base: Base, item: unknown, n: number): Promise<SourceRecord> => {
    const messageId = item && typeof item === "object" ? (item as Record<string, unknown>).id : undefined
    if (typeof messageId !== "string" || !messageId) return { id: `${base.contactId}:#${n}`, data: {}, error: `message ${n} of DFO contact ${base.contactNumber} has no id: report it` }
    const id = `${base.contactId}:${messageId}`
    let full = item as Record<string, unknown>
    let body = mode === "message" ? undefined : textOf(item)
    if (mode === "message" || (mode === "auto" && body === undefined)) {
      try {
        full = await client.call(dfoMessageGet, { messageId })
      } catch (error) {
        const code = (error as { code?: string }).code ?? ""
        if (STOPS.has(code)) throw error
        if (code === "E_NOT_FOUND") return { id, data: {}, error: `message ${messageId} of DFO contact ${base.contactNumber} is gone (404): it was deleted after the history was read` }
        return { id, data: {}, error: `message ${messageId} of DFO contact ${base.contactNumber} could not be read (${bare(error)}): ${AGAIN}` }
      }
      body = textOf(full)
    }
    const data = { ...base, messageId, direction: text(full.direction), createdAt: text(full.createdAt), authorName: dfoMessageAuthor(full) ?? null, text: body ?? null }
    return { id, data: Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) }
  }
}
