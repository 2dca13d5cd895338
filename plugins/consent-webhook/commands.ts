import { defineCommand } from "citty"
import { ConfigError, repeatedFlag, ValidationError, type CommandHost, type OpenedRuntime, type OpenOptions } from "../../core/index.ts"
import { acceptErasureRequest } from "./inbound.ts"
import { outboxOf, type ConsentSettings } from "./index.ts"

export function webhooksCommand(host: CommandHost) {
  const withOutbox = (args: Record<string, unknown>, fn: (o: NonNullable<ReturnType<typeof outboxOf>>, opened: OpenedRuntime) => Promise<void>, options?: OpenOptions) =>
    host.withRuntime(args, (opened) => {
      const outbox = outboxOf(opened.rt)
      if (!outbox) throw new ConfigError("webhooks", "the consent-webhook plugin is not loaded: add it to plugins")
      return fn(outbox, opened)
    }, options)
  return defineCommand({
    meta: { name: "webhooks", description: "Consent-platform webhooks: the outbox, dead letters, replay, and saved inbound requests", examples: ["cxedge webhooks list", "cxedge webhooks replay"] },
    subCommands: {
      list: defineCommand({
        meta: { description: "Pending and dead-lettered events", examples: ["cxedge webhooks list", "cxedge webhooks list --json"] },
        args: { ...host.commonArgs, json: { type: "boolean", description: "print the counts and events as JSON" } },
        run: ({ args }) =>
          withOutbox(args, async (outbox) => {
            const { pending, dead, sent } = await outbox.list()
            const rows = [...pending.map((e) => ({ ...e, state: "pending" })), ...dead.map((e) => ({ ...e, state: "dead" }))].map((e) => ({
              id: e.id, type: e.type, state: e.state, attempts: e.attempts, lastStatus: e.lastStatus ?? "", next: e.state === "pending" ? new Date(e.nextAt).toISOString() : "",
            }))
            if (args.json) return host.print({ pending: pending.length, dead: dead.length, sent, events: rows }, { json: true })
            host.print(rows)
            host.print(`${pending.length} pending, ${dead.length} dead, ${sent} delivered`)
          }, { readOnly: true }),
      }),
      replay: defineCommand({
        meta: {
          description: "Send dead letters again (all, or --id ... ) and every pending event now; exit 1 while any remain",
          examples: ["cxedge webhooks replay", "cxedge webhooks replay --id \"$EVENT_ID\"  # one dead letter (ids from webhooks list)"],
        },
        args: { ...host.commonArgs, id: { type: "string", description: "one event id (repeat for more)" }, json: { type: "boolean", description: "print the counts as JSON" } },
        run: ({ args, rawArgs }) =>
          withOutbox(args, async (outbox) => {
            const ids = repeatedFlag(rawArgs, "id")
            // A typo'd id would replay nothing and report success: every id must name a dead letter.
            if (ids.length) {
              const dead = new Set((await outbox.list()).dead.map((e) => e.id))
              const missing = ids.filter((id) => !dead.has(id))
              if (missing.length) {
                const shown = missing.slice(0, 3).map((id) => JSON.stringify(id.slice(0, 80))).join(", ")
                throw new ValidationError("webhooks", `no dead letter with --id ${shown}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}: nothing was replayed; see the ids with cxedge webhooks list`, "id", "E_USAGE")
              }
            }
            const moved = await outbox.replay(ids.length ? ids : undefined)
            const { pending, dead, sent } = await outbox.list()
            host.print(args.json ? { replayed: moved, pending: pending.length, dead: dead.length, sent } : `replayed ${moved} dead letter(s); ${pending.length} pending, ${dead.length} dead, ${sent} delivered`, { json: !!args.json })
            if (pending.length || dead.length) host.setExitCode(1)
          }),
      }),
      purge: defineCommand({
        meta: { description: "Delete dead letters (and, with --sent, the delivered-id markers)", examples: ["cxedge webhooks purge --yes", "cxedge webhooks purge --sent --yes  # also forget delivered ids"] },
        args: {
          ...host.commonArgs,
          sent: { type: "boolean", description: "also forget delivered ids (they could then be sent again)" },
          yes: { type: "boolean", description: "purge a configured tenant's outbox without asking; required without a terminal" },
        },
        run: ({ args }) =>
          withOutbox(args, async (outbox, opened) => {
            // Deleting dead letters loses consent events for good: a configured tenant's outbox asks first, like a write.
            if (!opened.sandbox) {
              const { dead, sent } = await outbox.list()
              const summary = [`dead letters to delete: ${dead.length}`, ...(args.sent ? [`delivered ids to forget: ${sent} (those events could then be sent again)`] : [])]
              if (!(await host.confirm({ scope: "webhooks", action: "purge a real tenant's consent outbox", summary, yes: !!args.yes }))) {
                host.warn("aborted: nothing was removed")
                return host.setExitCode(1)
              }
            }
            host.print(`removed ${await outbox.purge({ dead: true, sent: !!args.sent })} item(s)`)
          }),
      }),
      receive: defineCommand({
        meta: {
          description: "Process a saved inbound erasure request (body file plus its webhook headers)",
          examples: [
            "cxedge webhooks receive request.json --id \"$WEBHOOK_ID\" --timestamp \"$WEBHOOK_TIMESTAMP\" --signature \"$WEBHOOK_SIGNATURE\"",
            "cxedge webhooks receive request.json --id \"$WEBHOOK_ID\" --timestamp \"$WEBHOOK_TIMESTAMP\" --signature \"$WEBHOOK_SIGNATURE\" --ignore-timestamp  # saved over 5 minutes ago",
          ],
        },
        args: {
          ...host.commonArgs,
          file: { type: "positional", required: true, description: "the request body, byte for byte" },
          id: { type: "string", required: true, description: "webhook-id header" },
          timestamp: { type: "string", required: true, description: "webhook-timestamp header" },
          signature: { type: "string", required: true, description: "webhook-signature header" },
          "ignore-timestamp": { type: "boolean", description: "accept a saved request older than 5 minutes" },
          json: { type: "boolean", description: "print the status and the erasure job as JSON" },
        },
        run: ({ args }) =>
          withOutbox(args, async (_, opened) => {
            const settings = opened.rt.settings<ConsentSettings>("consent-webhook")
            const body = await opened.files.readText(args.file).catch(() => {
              throw new ConfigError("webhooks", `cannot read ${args.file}: check the path`)
            })
            const headers: Record<string, string> = { "webhook-id": args.id, "webhook-timestamp": args.timestamp, "webhook-signature": args.signature }
            const result = await acceptErasureRequest(
              opened.rt,
              { secrets: settings.inboundSecrets, maxBodyBytes: settings.maxBodyBytes, toleranceSec: args["ignore-timestamp"] ? 0 : settings.toleranceSec },
              body,
              (n) => headers[n],
            )
            if (result.status >= 400) {
              host.print(args.json ? { status: result.status, ...result.body } : `refused (${result.status} ${result.body.error}): ${result.body.message}`, { json: !!args.json })
              host.setExitCode(result.status === 401 || result.status === 503 ? 1 : 2)
              return
            }
            await opened.rt.tasks.drain()
            const task = await opened.rt.tasks.get(result.body.jobId!)
            host.print(args.json ? { status: result.status, ...result.body, task: task?.state } : `${result.body.duplicate ? "already received" : "accepted"}: erasure job ${result.body.jobId} (${task?.state ?? "unknown"})`, { json: !!args.json })
            if (task?.state === "failed") host.setExitCode(1)
          }),
      }),
    },
  })
}
