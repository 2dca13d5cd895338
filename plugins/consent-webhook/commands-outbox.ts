import { defineCommand } from "citty"
import { ValidationError, type CommandHost } from "../../core/index.ts"
import type { WithState } from "./settings.ts"

/** How to clear a dead letter that cannot be sent. */
export const purgeHint = (key: string) => `cxedge webhooks purge --key ${key} --yes`

/** `cxedge webhooks list`: pending and dead-lettered events, and dead letters that cannot be sent (by key). */
export const listCommand = (host: CommandHost, withState: WithState) =>
  defineCommand({
    meta: { description: "Pending and dead-lettered events", examples: ["cxedge webhooks list", "cxedge webhooks list --json"] },
    args: { ...host.commonArgs, json: { type: "boolean", description: "print the counts and events as JSON" } },
    run: ({ args }) =>
      withState(args, async ({ outbox }) => {
        const { pending, dead, sent } = await outbox.list()
        const unreadable = await outbox.unreadable()
        const rows = [...pending.map((e) => ({ ...e, state: "pending" })), ...dead.map((e) => ({ ...e, state: "dead" }))].map((e) => ({
          id: e.id, type: e.type, state: e.state, attempts: e.attempts, lastStatus: e.lastStatus ?? "", next: e.state === "pending" ? new Date(e.nextAt).toISOString() : "",
        }))
        // A dead letter that is not one (not JSON, no id, no body) is shown by its storage key: nothing else names it.
        const bad = unreadable.map((u) => ({ key: u.key, state: "unreadable", why: `${u.why}: never sent; clear it with ${purgeHint(u.key)}` }))
        if (args.json) return host.print({ pending: pending.length, dead: dead.length, unreadable: unreadable.length, sent, events: [...rows, ...bad] }, { json: true })
        host.print(rows)
        if (bad.length) host.print(bad)
        host.print(`${pending.length} pending, ${dead.length} dead, ${bad.length ? `${bad.length} unreadable, ` : ""}${sent} delivered`)
      }, { readOnly: true, existingStorage: true }),
  })

/** `cxedge webhooks purge --key`: checked before anything opens (exit 2). */
function keyRefusal(key: string | undefined, sent: boolean): string | undefined {
  if (key === undefined) return undefined
  if (sent) return "--key deletes one dead letter and --sent forgets delivered ids: give one of them"
  if (!/^outbox:d:[^\s]{1,200}$/.test(key)) return `--key ${/^[\w:.-]{1,200}$/.test(key) ? key : "(not quoted: not a key's shape)"} is not a dead letter's key: give it as cxedge webhooks list shows it (outbox:d:...)`
  return undefined
}

/** `cxedge webhooks purge`: dead letters (all, or one by --key) and delivered-id markers deleted, after asking on a real tenant. */
export const purgeCommand = (host: CommandHost, withState: WithState) =>
  defineCommand({
    meta: {
      description: "Delete dead letters (all, or one by --key; with --sent, also the delivered-id markers)",
      examples: ["cxedge webhooks purge --yes", "cxedge webhooks purge --sent --yes  # also forget delivered ids", "cxedge webhooks purge --key outbox:d:msg_2f1c... --yes  # one dead letter, readable or not (keys from webhooks list)"],
    },
    args: {
      ...host.commonArgs,
      key: { type: "string", description: "delete only the dead letter at this key (as webhooks list shows it), readable or not" },
      sent: { type: "boolean", description: "also forget delivered ids (they could then be sent again)" },
      yes: { type: "boolean", description: "purge a configured tenant's outbox without asking; required without a terminal" },
    },
    run: ({ args }) => {
      const refusal = keyRefusal(args.key, !!args.sent)
      if (refusal) throw new ValidationError("webhooks", refusal, "key", "E_USAGE")
      return withState(args, async ({ outbox }, opened) => {
        // Deleting dead letters loses consent events for good: a configured tenant's outbox asks first, like a write.
        if (!opened.sandbox) {
          const { dead, sent } = await outbox.list()
          const all = dead.length + (await outbox.unreadable()).length
          const summary = [args.key ? `dead letter to delete: ${args.key}` : `dead letters to delete: ${all}`, ...(args.sent ? [`delivered ids to forget: ${sent} (those events could then be sent again)`] : [])]
          if (!(await host.confirm({ scope: "webhooks", action: "purge a real tenant's consent outbox", summary, yes: !!args.yes }))) {
            host.warn("aborted: nothing was removed")
            return host.setExitCode(1)
          }
        }
        const removed = args.key ? await outbox.purgeKey(args.key) : await outbox.purge({ dead: true, sent: !!args.sent })
        if (args.key && !removed) throw new ValidationError("webhooks", `no dead letter at --key ${args.key}: nothing was removed; see the keys with cxedge webhooks list`, "key", "E_USAGE")
        host.print(`removed ${removed} item(s)`)
      }, { existingStorage: true })
    },
  })
