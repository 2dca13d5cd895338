import { defineCommand } from "citty"
import { repeatedFlag, ValidationError, type CommandHost } from "../../core/index.ts"
import type { WithState } from "./settings.ts"

/** `cxedge webhooks list`: pending and dead-lettered events. */
export const listCommand = (host: CommandHost, withState: WithState) =>
  defineCommand({
    meta: { description: "Pending and dead-lettered events", examples: ["cxedge webhooks list", "cxedge webhooks list --json"] },
    args: { ...host.commonArgs, json: { type: "boolean", description: "print the counts and events as JSON" } },
    run: ({ args }) =>
      withState(args, async ({ outbox }) => {
        const { pending, dead, sent } = await outbox.list()
        const rows = [...pending.map((e) => ({ ...e, state: "pending" })), ...dead.map((e) => ({ ...e, state: "dead" }))].map((e) => ({
          id: e.id, type: e.type, state: e.state, attempts: e.attempts, lastStatus: e.lastStatus ?? "", next: e.state === "pending" ? new Date(e.nextAt).toISOString() : "",
        }))
        if (args.json) return host.print({ pending: pending.length, dead: dead.length, sent, events: rows }, { json: true })
        host.print(rows)
        host.print(`${pending.length} pending, ${dead.length} dead, ${sent} delivered`)
      }, { readOnly: true }),
  })

/** `cxedge webhooks replay`: dead letters and pending events sent now. */
export const replayCommand = (host: CommandHost, withState: WithState) =>
  defineCommand({
    meta: {
      description: "Send dead letters again (all, or --id ... ) and every pending event now; exit 1 while any remain",
      examples: ["cxedge webhooks replay", "cxedge webhooks replay --id \"$EVENT_ID\"  # one dead letter (ids from webhooks list)"],
    },
    args: { ...host.commonArgs, id: { type: "string", description: "one event id (repeat for more)" }, json: { type: "boolean", description: "print the counts as JSON" } },
    run: ({ args, rawArgs }) => {
      const ids = repeatedFlag(rawArgs, "id")
      // An event id is msg_ and hex: a value of another shape (an address pasted in by mistake) is named by its place, never quoted.
      const shownId = (id: string) => (/^[\w.-]{1,80}$/.test(id) ? JSON.stringify(id) : `number ${ids.indexOf(id) + 1} (not quoted: not an event id's shape)`)
      // The same id twice (a list pasted with a repeat) was named twice among the missing, or replayed once in silence.
      const twice = ids.find((id, i) => ids.indexOf(id) !== i)
      if (twice !== undefined) throw new ValidationError("webhooks", `--id ${shownId(twice)} is given more than once: give each event once`, "id", "E_USAGE")
      return withState(args, async ({ outbox }) => {
        // A typo'd id would replay nothing and report success: every id must name a dead letter.
        if (ids.length) {
          const dead = new Set((await outbox.list()).dead.map((e) => e.id))
          const missing = ids.filter((id) => !dead.has(id))
          if (missing.length) {
            const shown = missing.slice(0, 3).map(shownId).join(", ")
            throw new ValidationError("webhooks", `no dead letter with --id ${shown}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}: nothing was replayed; see the ids with cxedge webhooks list`, "id", "E_USAGE")
          }
        }
        const moved = await outbox.replay(ids.length ? ids : undefined)
        const { pending, dead, sent } = await outbox.list()
        host.print(args.json ? { replayed: moved, pending: pending.length, dead: dead.length, sent } : `replayed ${moved} dead letter(s); ${pending.length} pending, ${dead.length} dead, ${sent} delivered`, { json: !!args.json })
        if (pending.length || dead.length) host.setExitCode(1)
      })
    },
  })

/** `cxedge webhooks purge`: dead letters (and delivered-id markers) deleted, after asking on a real tenant. */
export const purgeCommand = (host: CommandHost, withState: WithState) =>
  defineCommand({
    meta: { description: "Delete dead letters (and, with --sent, the delivered-id markers)", examples: ["cxedge webhooks purge --yes", "cxedge webhooks purge --sent --yes  # also forget delivered ids"] },
    args: {
      ...host.commonArgs,
      sent: { type: "boolean", description: "also forget delivered ids (they could then be sent again)" },
      yes: { type: "boolean", description: "purge a configured tenant's outbox without asking; required without a terminal" },
    },
    run: ({ args }) =>
      withState(args, async ({ outbox }, opened) => {
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
  })
