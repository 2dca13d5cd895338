import { defineCommand } from "citty"
import { ConfigError, unreadableWhy, ValidationError, WEBHOOK_ID, WEBHOOK_SIGNATURE_ENTRY, type CommandHost, type FileAccess, type Task } from "../../core/index.ts"
import type { WithState } from "./settings.ts"
import { acceptErasureRequest } from "./inbound.ts"

/** Whether the file's bytes are UTF-8 (a host that reads no bytes cannot tell: taken as UTF-8, and verified). */
async function isUtf8(files: FileAccess, file: string): Promise<boolean> {
  if (!files.bytes) return true
  const chunks: Uint8Array[] = []
  for await (const chunk of files.bytes(file)) chunks.push(chunk)
  try {
    new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks))
    return true
  } catch {
    return false
  }
}

/** What a job not ended needs: its last attempt failed (run the command again), or it waits for a worker (redis). */
function unfinished(task: Task | undefined): string {
  if (task?.state !== "pending") return ""
  if (task.error) return `: its last attempt failed (${task.error}, see the warning above); run this command again to try it now, or a server on this storage tries it at ${task.retryAt ?? "its next pass"}`
  return ": queued, not run by this command; cxedge worker (or a server) on this storage runs it"
}

/** `cxedge webhooks receive`: a saved inbound erasure request processed as the route would, then its job run. */
export const receiveCommand = (host: CommandHost, withState: WithState) =>
  defineCommand({
    meta: {
      description: "Process a saved inbound erasure request (body file plus its webhook headers)",
      examples: [
        "cxedge webhooks receive request.json --id \"$WEBHOOK_ID\" --timestamp \"$WEBHOOK_TIMESTAMP\" --signature \"$WEBHOOK_SIGNATURE\"",
        "cxedge webhooks receive request.json --id \"$WEBHOOK_ID\" --timestamp \"$WEBHOOK_TIMESTAMP\" --signature \"$WEBHOOK_SIGNATURE\" --ignore-timestamp  # saved over 5 minutes ago",
      ],
    },
    args: {
      ...host.commonArgs,
      file: { type: "positional", valueHint: "file", required: true, description: "the request body, byte for byte" },
      id: { type: "string", required: true, description: "webhook-id header" },
      timestamp: { type: "string", required: true, description: "webhook-timestamp header" },
      signature: { type: "string", required: true, description: "webhook-signature header" },
      "ignore-timestamp": { type: "boolean", description: "accept a saved request older than 5 minutes" },
      json: { type: "boolean", description: "print the status and the erasure job as JSON" },
    },
    run: ({ args }) => {
      // The header's own rule (core/webhooks.ts), said in the flag's name before anything opens: the route's answer
      // ("refused (400 invalid_timestamp): webhook-timestamp must be Unix seconds") named a header no one typed.
      if (!/^\d{1,12}$/.test(args.timestamp)) {
        // Milliseconds (a logger's Date.now()) or a written date: said what it is, and what the header holds.
        const kind = /^\d{13}$/.test(args.timestamp) ? " (13 digits: milliseconds? the header holds seconds, the first 10 digits)" : /^\d{4}-\d{2}-\d{2}/.test(args.timestamp) ? " (a date: the header holds seconds since 1970, e.g. date -d 2026-10-01T08:00:00Z +%s)" : ""
        throw new ValidationError("webhooks", `--timestamp ${JSON.stringify(args.timestamp.slice(0, 20))} is not Unix seconds${kind}: give the webhook-timestamp header as it was sent (digits, e.g. 1700000000)`, "timestamp", "E_USAGE")
      }
      // The same for the other two headers: the route's "refused (400 invalid_webhook_id)" line was no [cxedge] refusal, and a
      // signature of no v1 entry (a paste of the wrong header, a cut-off value) was verified and answered "no signature matches".
      if (!WEBHOOK_ID.test(args.id)) throw new ValidationError("webhooks", "--id is not a webhook-id header: give it as it was sent (1-128 letters, digits, _ or -, e.g. msg_2Lb1...)", "id", "E_USAGE")
      if (!args.signature.split(" ").some((entry) => WEBHOOK_SIGNATURE_ENTRY.test(entry))) {
        throw new ValidationError("webhooks", "--signature is not a webhook-signature header: give it as it was sent (v1, and a base64 signature: v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=; several separated by spaces)", "signature", "E_USAGE")
      }
      return withState(args, async ({ settings }, opened) => {
        // Nothing can verify the saved request: a configuration to fix, said before the file is read (exit 2).
        if (settings.inboundSecrets.length === 0) throw new ConfigError("webhooks", "inbound consent webhooks are off, so the request cannot be verified: set CXEDGE_CONSENT_SECRETS to the secrets the consent platform signs with")
        // "-" was looked up as a file named "-": "cannot read - (no such file)".
        if (args.file === "-") throw new ConfigError("webhooks", "FILE - is not read from standard input: save the request body to a file as it came (e.g. curl -o request.json) and name that file")
        const body = await opened.files.readText(args.file).catch((error) => {
          const why = unreadableWhy(error)
          throw new ConfigError("webhooks", `cannot read ${args.file}${why ? ` (${why})` : ""}: check the path; FILE is the request body, saved byte for byte`)
        })
        // An empty file is no saved request (the platform sends a JSON body): verified, it was "no signature matches" (exit 1).
        if (body === "") throw new ConfigError("webhooks", `${args.file} is empty: FILE is the request body, saved byte for byte (a consent request's body is JSON)`)
        // A body saved in another encoding (PowerShell's > writes UTF-16) was verified as read and answered "401 no signature
        // matches" (exit 1), as if the request were forged. Only a read with replacement characters is checked byte by byte.
        if (body.includes("\uFFFD") && !(await isUtf8(opened.files, args.file))) {
          throw new ConfigError("webhooks", `${args.file} holds bytes that are not UTF-8 (saved in another encoding, such as PowerShell's > in UTF-16?): FILE is the request body as it came, byte for byte; save it again that way (e.g. curl -o ${args.file})`)
        }
        // A saved request is older than a live one may be: the route's 401 (exit 1) did not say the flag that accepts it.
        const away = Math.abs(opened.rt.clock.now() / 1000 - Number(args.timestamp))
        if (!args["ignore-timestamp"] && settings.toleranceSec > 0 && away > settings.toleranceSec) {
          throw new ValidationError("webhooks", `--timestamp is ${Math.round(away)} s from now, more than the ${settings.toleranceSec} s a live request may be: for a saved request, pass --ignore-timestamp`, "timestamp", "E_USAGE")
        }
        const headers: Record<string, string> = { "webhook-id": args.id, "webhook-timestamp": args.timestamp, "webhook-signature": args.signature }
        const result = await acceptErasureRequest(
          opened.rt,
          { secrets: settings.inboundSecrets, maxBodyBytes: settings.maxBodyBytes, toleranceSec: args["ignore-timestamp"] ? 0 : settings.toleranceSec, tenantId: settings.tenantId },
          body,
          (n) => headers[n],
        )
        if (result.status >= 400) {
          host.print(args.json ? { status: result.status, ...result.body } : `${result.status === 500 ? "not finished" : "refused"} (${result.status} ${result.body.error}): ${result.body.message}`, { json: !!args.json })
          host.setExitCode(result.status === 401 || result.status >= 500 ? 1 : 2)
          return
        }
        if (result.body.held) {
          host.print(args.json ? { status: result.status, ...result.body } : `held: subject under legal hold ${result.body.holdId}; nothing was queued or written`, { json: !!args.json })
          return
        }
        // Received again (its first run stopped: a failed record, a crash), its job is run now if it has not ended: it is
        // the one this request queued. Before, only a job queued by this process ran, and "(pending)" was exit 0.
        await opened.rt.tasks.drain({ own: true, ...(result.body.duplicate ? { ids: [result.body.jobId!] } : {}) })
        const task = await opened.rt.tasks.get(result.body.jobId!)
        host.print(args.json ? { status: result.status, ...result.body, task: task?.state } : `${result.body.duplicate ? "already received" : "accepted"}: erasure job ${result.body.jobId} (${task?.state ?? "unknown"})${unfinished(task)}`, { json: !!args.json })
        if (task?.state === "failed" || (task?.state === "pending" && task.error)) host.setExitCode(1)
      })
    },
  })
