import * as v from "valibot"
import { checkQuery, definePlugin, parseBody } from "../../core/index.ts"
import { sendTranscript, sendTranscriptOp } from "./send.ts"

// Strict: an extra key (`cc`) would otherwise be dropped and the mail sent without it.
const Body = v.strictObject({ contactNumber: v.union([v.string(), v.number()]), recipients: v.array(v.string()) })

/** Over HTTP, refusals name the body fields, not the CLI flags. */
const HTTP_NAMES = { contact: "contactNumber", to: "recipients" } as const

/** Send a digital contact's transcript by email: `cxedge transcript send`, `POST /v1/transcripts`. */
export default definePlugin({
  name: "transcript",
  version: "0.1.0",
  description: "Send a DFO contact's transcript to email recipients",
  operations: [sendTranscriptOp],
  commands: {
    transcript: async (host) => (await import("./commands.ts")).transcriptCommand(host),
  },
  routeDocs: [{ method: "post", path: "/v1/transcripts", summary: "Email a digital contact's transcript", auth: "admin", body: Body, responses: { "200": "sent: {contactNumber, recipients (masked), status}", "400": "invalid body or address" } }],
  routes(app, rt) {
    app.post("/v1/transcripts", async (c) => {
      const query = checkQuery(c.req.queries(), [])
      if (query) return c.json(query, 400)
      const parsed = parseBody(Body, await c.req.json().catch(() => undefined), "{contactNumber, recipients: [email, ...]}")
      if (!parsed.success) return c.json(parsed.refusal, 400)
      // JSON.parse has already rounded a number above 2^53 - 1 to a neighbouring contact: its transcript must not be mailed.
      if (typeof parsed.output.contactNumber === "number" && !Number.isSafeInteger(parsed.output.contactNumber)) {
        return c.json({ error: "invalid_body", message: 'contactNumber is a JSON number that is not a whole number below 2^53, which JSON parsers round: send it as a string of digits, {"contactNumber":"<digits>"}' }, 400)
      }
      const result = await sendTranscript(rt, String(parsed.output.contactNumber), parsed.output.recipients, HTTP_NAMES)
      return c.json(result, 200)
    })
  },
})
