import * as v from "valibot"
import { defineOperation, EMAIL, emailFormHint, idFormHint, ValidationError, type Runtime, recordDone, requestKey, writeOwed, type Says } from "../../core/index.ts"

/** The most recipients DFO sends one transcript to. */
const MAX_RECIPIENTS = 20

/** An email address shown masked: its first character and its domain (`a•••@example.com`). */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@")
  if (at < 1) return "•••"
  return `${address[0]}•••@${address.slice(at + 1)}`
}

/** `POST /dfo/3.0/contacts/{contactNumber}/transcript`; any 2xx is success (the spec says 201, the starter pack saw 202). */
export const sendTranscriptOp = defineOperation({
  id: "dfo.transcript.send",
  api: "dfo",
  method: "POST",
  path: "/contacts/{contactNumber}/transcript",
  // It sends email: never repeated blindly after a 5xx.
  idempotent: false,
  input: v.object({
    contactNumber: v.pipe(v.string(), v.regex(/^\d{1,20}$/, "contact number must be digits")),
    recipients: v.pipe(v.array(v.object({ idOnExternalPlatform: v.string() })), v.minLength(1), v.maxLength(MAX_RECIPIENTS)),
  }),
  output: v.unknown(),
})

export interface TranscriptResult {
  contactNumber: string
  /** Masked: the addresses are personal data. */
  recipients: string[]
  status: number
  /** Set when this request was sent before and only its missing audit record was written now: when it was sent. */
  alreadySent?: string
}

/** What refusals call the inputs: the CLI's flags, or an HTTP body's fields. */
export interface TranscriptNames {
  contact: string
  to: string
}
const CLI_NAMES: TranscriptNames = { contact: "--contact", to: "--to" }

/**
 * Refuses, before any call, a request that would not do what it says: a
 * contact that is not a number, no recipient, a recipient that is no
 * address, or one given twice (it would get the mail twice). Recipients
 * are named by position, never by address: addresses are personal data.
 */
export function checkTranscriptRequest(contactNumber: string, recipients: string[], names: TranscriptNames = CLI_NAMES): void {
  const cli = names.to.startsWith("--")
  const nth = (i: number) => (cli ? `${names.to} ${i + 1}` : `${names.to}[${i}]`)
  // "0600042000003" was told "(digits, not 0)", which it is: a leading 0 is named as what is wrong (a spreadsheet's padding?).
  const unpadded = /^0+([1-9]\d{0,19})$/.exec(contactNumber)?.[1]
  if (unpadded) {
    const example = cli ? `${names.contact} ${unpadded}` : `"${names.contact}": "${unpadded}"`
    throw new ValidationError("transcript", `${names.contact} must be the DFO contact number, which does not start with 0: drop the leading 0 (${example}), or check the number DFO shows for the contact`, "contact", "E_USAGE")
  }
  if (!/^[1-9]\d{0,19}$/.test(contactNumber)) {
    // A value with no hint of its own (0, abc, 12.5) was refused with no word of what to give.
    const hint = idFormHint(contactNumber) || `: give the case number DFO shows for the contact, e.g. ${cli ? `${names.contact} 123456` : `"${names.contact}": "123456"`}`
    throw new ValidationError("transcript", `${names.contact} must be the DFO contact number (digits, not 0)${hint}`, "contact", "E_USAGE")
  }
  if (recipients.length === 0) {
    throw new ValidationError("transcript", cli ? `no recipient: pass ${names.to} address (repeat it for more)` : `${names.to} is empty: list one or more email addresses`, "to", "E_USAGE")
  }
  // DFO takes at most MAX_RECIPIENTS (the operation's schema): said here in the caller's words, before the runtime opens.
  if (recipients.length > MAX_RECIPIENTS) {
    throw new ValidationError("transcript", cli ? `${names.to} is given ${recipients.length} times: a transcript goes to at most ${MAX_RECIPIENTS} recipients; send it again for the rest` : `${names.to} lists ${recipients.length} addresses: at most ${MAX_RECIPIENTS}`, "to", "E_USAGE")
  }
  const seen = new Map<string, number>()
  recipients.forEach((r, i) => {
    // A display name with the address (Ann Lee <ann@example.com>, as a mail client copies it) was "holds several addresses".
    if (/^[^<>@,;]*<[^<>\s]+@[^<>\s]+>$/.test(r.trim())) {
      throw new ValidationError("transcript", cli ? `recipient ${i + 1} is written as Name <address>: give the address alone (${names.to} ann@example.com)` : `${nth(i)} is written as Name <address>: give the address alone ("ann@example.com")`, "to", "E_USAGE")
    }
    // "a@b.com,c@d.com" (or ; or spaces) in one value: several addresses, each of which may be right; said as such, never quoted.
    // One @ with a space in it is one address with a space (`ada@exa mple.com`), not several.
    if (/\s/.test(r.trim()) && !/[,;]/.test(r) && (r.match(/@/g) ?? []).length === 1) {
      throw new ValidationError("transcript", cli ? `recipient ${i + 1} holds a space: an email address has none; check ${names.to}` : `${nth(i)} holds a space: an email address has none`, "to", "E_USAGE")
    }
    if (/[,;\s]/.test(r.trim()) && r.trim().split(/[,;\s]+/).filter(Boolean).length > 1) {
      throw new ValidationError("transcript", cli ? `recipient ${i + 1} holds several addresses: give each with its own ${names.to} (${names.to} a@example.com ${names.to} b@example.com)` : `${nth(i)} holds several addresses: list each as its own item`, "to", "E_USAGE")
    }
    if (!EMAIL.test(r.trim())) throw new ValidationError("transcript", cli ? `recipient ${i + 1} is not an email address: check ${names.to}${emailFormHint(r)}` : `${nth(i)} is not an email address${emailFormHint(r)}`, "to", "E_USAGE")
    const key = r.trim().toLowerCase()
    const first = seen.get(key)
    if (first !== undefined) throw new ValidationError("transcript", `${nth(i)} repeats ${nth(first)} (the same address): give each recipient once`, "to", "E_USAGE")
    seen.set(key, i)
  })
}

/** What the messages of a send whose audit record is missing say, to the CLI or over HTTP. */
function says(result: TranscriptResult, names: TranscriptNames): Says {
  return {
    done: `transcript of contact ${result.contactNumber} was sent to ${result.recipients.join(", ")} (status ${result.status})`,
    retry: names === CLI_NAMES ? "run the same command again" : "send the same request again",
    again: "the transcript is not sent again",
  }
}

/**
 * Validates the addresses before any call, sends, and audits without the addresses in clear. A send whose audit
 * record could not be written is kept (core's audit sink is durable: its failure reaches here), so the same request
 * again writes the record and answers `alreadySent` instead of mailing the recipients a second time.
 */
export async function sendTranscript(rt: Runtime, contactNumber: string, recipients: string[], names: TranscriptNames = CLI_NAMES): Promise<TranscriptResult> {
  checkTranscriptRequest(contactNumber, recipients, names)
  // A space pasted around an address is not part of it.
  recipients = recipients.map((r) => r.trim())
  const masked = recipients.map(maskEmail)
  const store = rt.storage.namespace("transcripts")
  const key = requestKey(rt, ["transcript.send", contactNumber, ...recipients.map((r) => r.toLowerCase()).sort()])
  const owed = await writeOwed<TranscriptResult>(rt, "transcript", store, key, (result) => says(result, names))
  if (owed) return { ...owed.result, alreadySent: owed.at }
  let status: number
  try {
    status = (await rt.client.request(sendTranscriptOp, { contactNumber, recipients: recipients.map((r) => ({ idOnExternalPlatform: r })) })).status
  } catch (error) {
    await rt.hooks.emit("audit:record", { action: "transcript.send", outcome: "failed", detail: { contactNumber, recipients: masked, code: (error as { code?: string }).code } })
    throw error
  }
  const result = { contactNumber, recipients: masked, status }
  const entry = { action: "transcript.send", outcome: "ok", detail: { contactNumber, recipients: masked, status } }
  await recordDone(rt, "transcript", store, key, { entry, result, at: new Date(rt.clock.now()).toISOString() }, says(result, names))
  return result
}
