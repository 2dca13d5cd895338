import { defineCommand } from "citty"
import * as v from "valibot"
import { checkQuery, definePlugin, parseBody, repeatedFlag } from "../../core/index.ts"
import { checkTranscriptRequest, sendTranscript, sendTranscriptOp } from "./send.ts"

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
    transcript: async (host) =>
      defineCommand({
        meta: { name: "transcript", description: "Digital transcripts", examples: ["cxedge transcript send --contact 123456 --to privacy@example.com"] },
        subCommands: {
          send: defineCommand({
            meta: {
              description: "Email a contact's transcript (DFO)",
              examples: [
                "cxedge transcript send --contact 123456 --to privacy@example.com",
                "cxedge transcript send --contact 123456 --to a@example.com --to b@example.com --json  # two recipients",
              ],
            },
            args: {
              ...host.commonArgs,
              contact: { type: "string", required: true, description: "the DFO contact (case) number" },
              to: { type: "string", required: true, description: "recipient email (repeat --to for more)" },
              json: { type: "boolean", description: "print the result (recipients masked) as JSON" },
            },
            async run({ args, rawArgs }) {
              const recipients = repeatedFlag(rawArgs, "to")
              // Refused before the runtime opens: nothing is called for a request that is wrong.
              checkTranscriptRequest(String(args.contact), recipients)
              await host.withRuntime(args, async (opened) => {
                const result = await sendTranscript(opened.rt, String(args.contact), recipients)
                host.print(args.json ? result : `transcript of contact ${result.contactNumber} sent to ${result.recipients.join(", ")} (status ${result.status})`, { json: !!args.json })
              })
            },
          }),
        },
      }),
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
