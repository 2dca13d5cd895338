import { defineCommand } from "citty"
import { repeatedFlag, type CommandHost } from "../../core/index.ts"
import { checkTranscriptRequest, sendTranscript } from "./send.ts"

/** `cxedge transcript send`, loaded only by the CLI (the Worker bundle holds no citty). */
export const transcriptCommand = (host: CommandHost) =>
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
            const sent = `transcript of contact ${result.contactNumber} sent to ${result.recipients.join(", ")} (status ${result.status})`
            // Sent by an earlier run whose audit record failed: this run wrote that record and sent nothing.
            const again = result.alreadySent && `transcript of contact ${result.contactNumber} was already sent to ${result.recipients.join(", ")} (status ${result.status}) at ${result.alreadySent}: not sent again; its audit record is written now`
            host.print(args.json ? result : (again || sent), { json: !!args.json })
          })
        },
      }),
    },
  })
