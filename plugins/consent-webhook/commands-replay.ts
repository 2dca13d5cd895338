import { defineCommand } from "citty"
import { ConfigError, repeatedFlag, ValidationError, type CommandHost } from "../../core/index.ts"
import { purgeHint } from "./commands-outbox.ts"
import type { Outbox, OutboxEntry } from "./outbox.ts"
import { notSending, waitingUnsent, type WithState } from "./settings.ts"

/**
 * What the consent platform answered the events still waiting, one clause per answer: a replay that ended "1 consent
 * event(s) still waiting" left the 401 to `webhooks list`. A 401 or 403 is the platform refusing our signature.
 */
export function answersOf(entries: OutboxEntry[]): string | undefined {
  const counts = new Map<string, number>()
  for (const e of entries) if (e.lastStatus !== undefined) counts.set(String(e.lastStatus), (counts.get(String(e.lastStatus)) ?? 0) + 1)
  if (!counts.size) return undefined
  const said = [...counts].map(([status, n]) => {
    if (status === "network") return `could not be reached for ${n} event(s) (a network error: check CXEDGE_WEBHOOK_URL and that the platform is up)`
    if (status === "timeout") return `did not answer in time for ${n} event(s) (settings.consent-webhook.timeoutMs)`
    const why = status === "401" || status === "403" ? ": it refused the signature, so the signing secret likely differs on the two sides (CXEDGE_WEBHOOK_SECRETS here, the endpoint's secret on the platform)" : ""
    return `answered ${status} to ${n} event(s)${why}`
  })
  return `the consent platform ${said.join("; ")}`
}

/** Refuses ids that name no dead letter that can be sent, saying what each is instead (pending, unreadable, unknown). */
async function refuseUnknown(outbox: Outbox, ids: string[], shownId: (id: string) => string) {
  const { pending, dead } = await outbox.list()
  const bad = (await outbox.unreadable()).find((u) => ids.some((id) => u.key === `outbox:d:${id}`))
  if (bad) throw new ValidationError("webhooks", `dead letter ${bad.key} cannot be sent (${bad.why}): nothing was replayed; see cxedge webhooks list, and clear it with ${purgeHint(bad.key)}`, "id", "E_USAGE")
  // A pending event was "no dead letter with --id ...", as if the id were wrong.
  const waiting = pending.find((e) => ids.includes(e.id))
  if (waiting) {
    const at = new Date(waiting.nextAt).toISOString()
    throw new ValidationError("webhooks", `--id ${shownId(waiting.id)} is pending, not a dead letter: it is sent at its next attempt, due at ${at} (${waiting.attempts} attempt(s) so far); nothing was replayed; run cxedge webhooks replay without --id to send every pending event now`, "id", "E_USAGE")
  }
  // A typo'd id would replay nothing and report success: every id must name a dead letter.
  const known = new Set(dead.map((e) => e.id))
  const missing = ids.filter((id) => !known.has(id))
  if (missing.length) {
    const shown = missing.slice(0, 3).map(shownId).join(", ")
    throw new ValidationError("webhooks", `no dead letter with --id ${shown}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}: nothing was replayed; see the ids with cxedge webhooks list`, "id", "E_USAGE")
  }
}

/** `cxedge webhooks replay`: dead letters and pending events sent now. */
export const replayCommand = (host: CommandHost, withState: WithState) =>
  defineCommand({
    meta: {
      description: "Send dead letters again (all, or --id ... ) and every pending event now; exit 1 while any remain (with --id: while any named one does)",
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
      return withState(args, async (state) => {
        const { outbox, settings } = state
        if (ids.length) await refuseUnknown(outbox, ids, shownId)
        // Nowhere to send: refused before a dead letter is moved, where it was "could not be reached" (exit 1).
        const off = notSending(settings)
        if (off) {
          const { pending, dead } = await outbox.list()
          state.waitingSaid = true
          throw new ConfigError("webhooks", waitingUnsent(off, pending.length, dead.length))
        }
        const before = new Set((await outbox.list()).dead.map((e) => e.id).filter((id) => ids.length && !ids.includes(id)))
        const moved = await outbox.replay(ids.length ? ids : undefined)
        const { pending, dead, sent } = await outbox.list()
        // A replay of every dead letter leaves those that cannot be sent: said by key, with how to clear them.
        const unreadable = ids.length ? [] : await outbox.unreadable()
        host.print(args.json ? { replayed: moved, pending: pending.length, dead: dead.length, unreadable: unreadable.length, sent } : `replayed ${moved} dead letter(s); ${pending.length} pending, ${dead.length} dead, ${sent} delivered`, { json: !!args.json })
        const answers = answersOf([...pending, ...dead.filter((e) => !before.has(e.id))])
        if (answers) host.warn(`${answers}: see cxedge webhooks list`)
        if (unreadable.length) host.warn(`${unreadable.length} dead letter(s) cannot be sent (unreadable): ${unreadable.map((u) => u.key).sort().join(", ")}: nothing of them was sent; see why with cxedge webhooks list, and clear each with cxedge webhooks purge --key KEY --yes`)
        // --id asks for those events only: the other dead letters, left where they were, are no failure of this replay.
        const left = ids.length ? [...pending, ...dead].filter((e) => ids.includes(e.id)) : [...pending, ...dead]
        if (left.length || unreadable.length) host.setExitCode(1)
      }, { existingStorage: true })
    },
  })
