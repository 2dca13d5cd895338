import * as v from "valibot"
import { bodyOnly, definePlugin, documentRoute, jsonInput, auditMissingAnswer } from "../../core/index.ts"
import { sendTranscript, sendTranscriptOp } from "./send.ts"

// Strict: an extra key (`cc`) would otherwise be dropped and the mail sent without it.
const Body = v.strictObject({ contactNumber: v.union([v.string(), v.number()]), recipients: v.array(v.string()) })
const Sent = v.object({
  contactNumber: v.string(),
  recipients: v.pipe(v.array(v.string()), v.description("masked")),
  status: v.number(),
  alreadySent: v.optional(v.pipe(v.string(), v.description("this request was sent at this time and its missing audit record is written now: not sent again"))),
})

/** Over HTTP, refusals name the body fields, not the CLI flags. */
const HTTP_NAMES = { contact: "contactNumber", to: "recipients" } as const
// A body written from the CLI's flags (`to`), or with the contact id other routes take (`contactId`), was refused
// with the known fields and no word of which one was meant.
const ALIASES = { ...HTTP_NAMES, contactId: "contactNumber", contactID: "contactNumber", contact_id: "contactNumber", email: "recipients", emails: "recipients" }

/** Send a digital contact's transcript by email: `cxedge transcript send`, `POST /v1/transcripts`. */
export default definePlugin({
  name: "transcript",
  version: "0.1.0",
  description: "Send a DFO contact's transcript to email recipients",
  operations: [sendTranscriptOp],
  // A send whose audit record could not be written, until a retry writes it (core/owed-audit.ts).
  namespaces: ["transcripts"],
  routes(app, rt) {
    app.post(
      "/v1/transcripts",
      documentRoute({
        summary: "Email a digital contact's transcript",
        responses: {
          200: { description: "sent, recipients masked", schema: Sent },
          400: "invalid body or address",
          500: "audit_missing: sent, but its audit record could not be written; the same request again writes it and sends nothing (`done` is the send)",
        },
      }),
      bodyOnly(Body),
      jsonInput(Body, "{contactNumber, recipients: [email, ...]}", ALIASES),
      async (c) => {
        const body = c.req.valid("json")
        // JSON.parse has already rounded a number above 2^53 - 1 to a neighbouring contact: its transcript must not be mailed.
        if (typeof body.contactNumber === "number" && !Number.isSafeInteger(body.contactNumber)) {
          return c.json({ error: "invalid_body", message: 'contactNumber is a JSON number that is not a whole number below 2^53, which JSON parsers round: send it as a string of digits, {"contactNumber":"<digits>"}' }, 400)
        }
        try {
          return c.json(await sendTranscript(rt, String(body.contactNumber), body.recipients, HTTP_NAMES), 200)
        } catch (error) {
          return auditMissingAnswer(c, error)
        }
      },
    )
  },
})
