import { defineCommand } from "citty"
import * as v from "valibot"
import { definePlugin, documentRoute, jsonInput, queryInput, repeatedFlag } from "../../core/index.ts"
import { checkTranscriptRequest, sendTranscript, sendTranscriptOp } from "./send.ts"

// Strict: an extra key (`cc`) would otherwise be dropped and the mail sent without it.
const Body = v.strictObject({ contactNumber: v.union([v.string(), v.number()]), recipients: v.array(v.string()) })
const Sent = v.object({ contactNumber: v.string(), recipients: v.pipe(v.array(v.string()), v.description("masked")), status: v.number() })

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
  routes(app, rt) {
    app.post(
      "/v1/transcripts",
      documentRoute({ summary: "Email a digital contact's transcript", responses: { 200: { description: "sent, recipients masked", schema: Sent }, 400: "invalid body or address" } }),
      queryInput(),
      jsonInput(Body, "{contactNumber, recipients: [email, ...]}"),
      async (c) => {
        const body = c.req.valid("json")
        // JSON.parse has already rounded a number above 2^53 - 1 to a neighbouring contact: its transcript must not be mailed.
        if (typeof body.contactNumber === "number" && !Number.isSafeInteger(body.contactNumber)) {
          return c.json({ error: "invalid_body", message: 'contactNumber is a JSON number that is not a whole number below 2^53, which JSON parsers round: send it as a string of digits, {"contactNumber":"<digits>"}' }, 400)
        }
        const result = await sendTranscript(rt, String(body.contactNumber), body.recipients, HTTP_NAMES)
        return c.json(result, 200)
      },
    )
  },
})
