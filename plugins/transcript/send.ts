import * as v from "valibot"
import { defineOperation, EMAIL, maskEmail, ValidationError, type Runtime } from "../../core/index.ts"

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
    recipients: v.pipe(v.array(v.object({ idOnExternalPlatform: v.string() })), v.minLength(1), v.maxLength(20)),
  }),
  output: v.unknown(),
})

export interface TranscriptResult {
  contactNumber: string
  /** Masked: the addresses are personal data. */
  recipients: string[]
  status: number
}

/** Validates the addresses before any call, sends, and audits without the addresses in clear. */
export async function sendTranscript(rt: Runtime, contactNumber: string, recipients: string[]): Promise<TranscriptResult> {
  if (!/^\d{1,20}$/.test(contactNumber)) throw new ValidationError("transcript", "--contact must be the DFO contact number (digits)", "contact", "E_USAGE")
  if (recipients.length === 0) throw new ValidationError("transcript", "no recipient: pass --to address (repeat it for more)", "to", "E_USAGE")
  recipients.forEach((r, i) => {
    if (!EMAIL.test(r)) throw new ValidationError("transcript", `recipient ${i + 1} is not an email address: check --to`, "to", "E_USAGE")
  })
  const masked = recipients.map(maskEmail)
  try {
    const res = await rt.client.request(sendTranscriptOp, { contactNumber, recipients: recipients.map((r) => ({ idOnExternalPlatform: r })) })
    await rt.hooks.emit("audit:record", { action: "transcript.send", outcome: "ok", detail: { contactNumber, recipients: masked, status: res.status } })
    return { contactNumber, recipients: masked, status: res.status }
  } catch (error) {
    await rt.hooks.emit("audit:record", { action: "transcript.send", outcome: "failed", detail: { contactNumber, recipients: masked, code: (error as { code?: string }).code } })
    throw error
  }
}
