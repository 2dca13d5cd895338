import { createHash } from "node:crypto"
import { normalize, toEmail, type CxoneClient, type Runtime, type Target } from "../../../core/index.ts"
import type { Journal } from "../journal.ts"
import { dfoAuthorNameRemoval, dfoContentRemoval, dfoHistory, privacyErasure } from "../operations.ts"

export interface SubjectField {
  path: string
  /** PHONENO or EMAIL; absent means decided per value (an address with @ is an email). */
  type?: "PHONENO" | "EMAIL"
}

export interface ErasureOptions {
  subjects: SubjectField[]
  journal: Journal
  /** Pseudonymizes a subject for hooks (hmac), or undefined when no key is configured. */
  pseudonym(value: string): string | undefined
  /** Media type names whose contacts have DFO messages to redact. */
  digitalMedia?: string[]
  /** Record field holding the DFO contact number (unverified that it equals the ACD contactId). */
  dfoContactField?: string
  defaultCountryCode?: string
}

type Subject = { type: "PHONENO" | "EMAIL"; value: string }

function subjectsOf(data: Record<string, unknown>, fields: SubjectField[], cc?: string): Subject[] {
  const out = new Map<string, Subject>()
  for (const f of fields) {
    const raw = f.path.split(".").reduce<unknown>((n, k) => (n && typeof n === "object" ? (n as Record<string, unknown>)[k] : undefined), data)
    if (typeof raw !== "string" || !raw.trim()) continue
    const type = f.type ?? (raw.includes("@") ? "EMAIL" : "PHONENO")
    if (type === "EMAIL" && !raw.includes("@")) continue
    if (type === "PHONENO" && raw.replace(/\D/g, "").length < 7) continue
    // A number that cannot be read is refused (naming the field), never erased as a guess.
    const value = type === "EMAIL" ? toEmail(raw) : (normalize("e164", raw, f.path, cc) as string)
    out.set(`${type}:${value}`, { type, value })
  }
  return [...out.values()]
}

/**
 * The real CXone path: no PATCH exists for contact personal data, so each
 * normalized phone/email subject gets one Privacy erasure request per job
 * (its request id journaled, concurrent contacts of one subject share one
 * request), and a digital contact's DFO messages get content and
 * author-name removal (409, already removed, counts as done).
 */
export function createErasureTarget(rt: Runtime, client: CxoneClient, options: ErasureOptions): Target {
  const inflight = new Map<string, Promise<string>>()
  const digital = new Set((options.digitalMedia ?? ["Chat", "Email", "SMS", "Digital", "Messaging", "WorkItem"]).map((m) => m.toLowerCase()))
  const dfoField = options.dfoContactField ?? "contactId"

  async function erase(jobId: string, subject: Subject): Promise<string> {
    const key = createHash("sha256").update(`${subject.type}:${subject.value}`).digest("hex").slice(0, 40)
    let pending = inflight.get(key)
    if (!pending) {
      pending = (async () => {
        const known = await options.journal.subject.get(key)
        if (known?.requestId) return known.requestId
        const { requestId } = await client.call(privacyErasure, { subjectIdentifier: subject.value, subjectIdentifierType: subject.type })
        await options.journal.subject.set(key, { requestId })
        const token = options.pseudonym(subject.value)
        if (token) await rt.hooks.emit("subject:erasure", { jobId, subject: token, subjectType: subject.type, requestId })
        return requestId
      })()
      inflight.set(key, pending)
      pending.catch(() => inflight.delete(key))
    }
    return pending
  }

  async function redactMessages(contactNumber: string) {
    const removeOnce = async (op: typeof dfoContentRemoval, messageId: string) => {
      try {
        await client.call(op, { messageId, reason: "GDPR" })
      } catch (error) {
        if ((error as { status?: number }).status !== 409) throw error
      }
    }
    for (let page = 1; ; page++) {
      const history = await client.call(dfoHistory, { contactNumber, page, size: 50 })
      for (const m of history.messages) {
        await removeOnce(dfoContentRemoval, m.id)
        await removeOnce(dfoAuthorNameRemoval, m.id)
      }
      if (history.messages.length < 50) return
    }
  }

  return {
    name: "erasure",
    async write(ctx) {
      const subjects = subjectsOf(ctx.record.data, options.subjects, options.defaultCountryCode)
      const requestIds: string[] = []
      for (const s of subjects) requestIds.push(await erase(ctx.jobId, s))
      const media = String(ctx.record.data.mediaTypeName ?? "").toLowerCase()
      const contactNumber = ctx.record.data[dfoField]
      if (digital.has(media) && contactNumber !== undefined) await redactMessages(String(contactNumber))
      const tokens = subjects.map((s) => options.pseudonym(s.value)).filter((t): t is string => !!t)
      return { written: subjects.length > 0, requestIds, subjects: tokens, verified: true }
    },
  }
}
