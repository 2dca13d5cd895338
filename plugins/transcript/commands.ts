import { defineCommand } from "citty"
import { repeatedFlag, type CommandHost } from "../../core/index.ts"
import { checkTranscriptRequest, maskEmail, sendTranscript } from "./send.ts"

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
            "cxedge transcript send --contact 123456 --to privacy@example.com --yes  # from a script: no terminal to ask on",
            "cxedge transcript send --contact 123456 --to a@example.com --to b@example.com --json  # two recipients",
          ],
        },
        args: {
          ...host.commonArgs,
          contact: { type: "string", required: true, description: "the DFO contact (case) number" },
          to: { type: "string", required: true, description: "recipient email (repeat --to for more)" },
          json: { type: "boolean", description: "print the result (recipients masked) as JSON" },
          yes: { type: "boolean", description: "send from a configured tenant without asking; required without a terminal" },
        },
        async run({ args, rawArgs }) {
          const recipients = repeatedFlag(rawArgs, "to")
          // Refused before the runtime opens: nothing is called for a request that is wrong.
          checkTranscriptRequest(String(args.contact), recipients)
          await host.withRuntime(args, async (opened) => {
            // A whole transcript by email to any address: asked first, as erase and anonymize ask before they write.
            if (!opened.sandbox) {
              const summary = [`email the whole transcript of contact ${String(args.contact)} to ${recipients.map(maskEmail).join(", ")}`]
              if (!(await host.confirm({ scope: "transcript", action: "send a transcript from a real tenant", summary, yes: !!args.yes }))) {
                host.warn("aborted: nothing was sent")
                return host.setExitCode(1)
              }
            }
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
