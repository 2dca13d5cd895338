import { defineCommand } from "citty"
import { ConfigError, ValidationError, type CommandHost, type OpenedRuntime, type Runtime } from "../../core/index.ts"
import { FLAG_NAMES, HOLD_ID, HOLD_ID_RULE, parseHold } from "./input.ts"
import { holdRow, shownSubject } from "./rows.ts"
import type { HoldStore } from "./store.ts"
import { inMemory } from "./verdicts.ts"

type StateOf = (rt: Runtime) => HoldStore | undefined

/**
 * Runs `fn` with the runtime's hold store. A command that changes holds needs storage that outlasts it: memory storage
 * (the embedded sandbox's default) said "added" and lost the hold when the command ended. A read-only one (and release,
 * of a hold stored there) is refused a storage directory that does not exist, where "no holds" would be a false all-clear.
 */
function storeRunner(host: CommandHost, stateOf: StateOf) {
  return <T>(args: Record<string, unknown>, fn: (store: HoldStore, opened: OpenedRuntime) => Promise<T>, use: "add" | "release" | "read") =>
    host.withRuntime(args, (opened) => {
      const store = stateOf(opened.rt)
      if (!store) throw new ConfigError("hold", "the hold plugin is not loaded: add \"hold\" to plugins")
      if (use !== "read" && inMemory(opened.rt)) {
        throw new ValidationError("hold", `the storage is memory storage (the embedded sandbox's default), gone when this command ends, and the hold with it: give fs storage with --storage-dir DIR (or --storage fs, CXEDGE_STORAGE=fs), or redis; nothing was ${use === "add" ? "held" : "released"}`, "storage", "E_USAGE")
      }
      return fn(store, opened)
    }, use === "read" ? { readOnly: true, existingStorage: true } : use === "release" ? { existingStorage: true } : {})
}

/** `cxedge hold`: legal holds that every write path honours. */
export function holdCommand(host: CommandHost, stateOf: StateOf) {
  const withStore = storeRunner(host, stateOf)
  const json = { type: "boolean", description: "print as JSON" } as const

  const add = defineCommand({
    meta: {
      description: "Put a subject (by email or phone) or one contact on legal hold: no job, sweep, callout or erasure request writes to it",
      examples: [
        "cxedge hold add --subject-email jane@example.com --reason \"matter 2026-114\"",
        "cxedge hold add --contact 5001234 --reason \"litigation hold LH-9\" --until 2027-01-01",
      ],
    },
    args: {
      ...host.commonArgs,
      "subject-email": { type: "string", description: "hold every contact of this email address (stored only as a keyed token)" },
      "subject-phone": { type: "string", description: "hold every contact of this phone number, in international form (+44...)" },
      contact: { type: "string", description: "hold one contact by id" },
      reason: { type: "string", description: "why (a case or matter reference); shown by hold list, never in the audit log" },
      until: { type: "string", description: "when the hold ends by itself: 2027-01-01 (midnight UTC) or a date-time with a zone (default: until released)" },
      json,
    },
    run: ({ args }) => {
      // Checked before any runtime opens: a refused hold touches nothing.
      const input = parseHold({ email: args["subject-email"], phone: args["subject-phone"], contact: args.contact, reason: args.reason, until: args.until }, FLAG_NAMES, Date.now())
      return withStore(args, async (store, { rt }) => {
        const hold = await store.add(input, undefined, FLAG_NAMES.reason)
        if (args.json) return host.print({ ...holdRow(hold, rt.clock.now()), ...(hold.existing ? { existing: true } : {}), ...(hold.auditWritten ? { auditWritten: true } : {}), ...(hold.releasedSince ? { releasedSince: true } : {}) }, { json: true })
        const what = `${hold.contactId ? "" : `${hold.kind} `}${shownSubject(hold)}${hold.until ? `, until ${hold.until}` : ", until released"}`
        // This is the run again that an add's failed audit record asked for; a release since wrote the record.
        if (hold.releasedSince) return host.print(`hold ${hold.id} was added at ${hold.createdAt} and released at ${hold.releasedAt}, which wrote its audit record: not added again; to hold it again, run the same command once more`)
        // Added by an earlier run whose audit record failed: this run wrote that record.
        if (hold.auditWritten) return host.print(`hold ${hold.id} was added at ${hold.createdAt}: ${what}; not added again, its audit record is written now`)
        host.print(hold.existing ? `hold ${hold.id} already holds ${what}, for this reason: nothing added` : `hold ${hold.id} added: ${what}`)
        // Lengthened: the shorter hold stays until released, so the subject is never unheld between the two.
        if (hold.beside) host.info(`hold ${hold.beside.id} holds it too for this reason, ${hold.beside.until ? `until ${hold.beside.until}` : "until released"}: release it if this hold replaces it`)
      }, "add")
    },
  })

  const list = defineCommand({
    meta: { description: "Holds: id, kind, subject token prefix or contact, reason, created, until, state", examples: ["cxedge hold list", "cxedge hold list --json"] },
    args: { ...host.commonArgs, json },
    run: ({ args }) =>
      withStore(args, async (store, { rt }) => {
        const rows = (await store.list()).map((h) => holdRow(h, rt.clock.now()))
        if (args.json) return host.print(rows, { json: true })
        if (!rows.length) return host.info("no holds: add one with cxedge hold add")
        host.print(rows, { columns: ["id", "kind", "subject", "reason", "created", "until", "state", "released"] })
      }, "read"),
  })

  const release = defineCommand({
    meta: { description: "Release a hold: its contacts are written again by the next job (a job that skipped them is not redone)", examples: ["cxedge hold release hold_0a1b2c3d4e5f6g7h"] },
    args: { ...host.commonArgs, id: { type: "positional", required: false, description: "the hold's id (see cxedge hold list)" }, json },
    run: ({ args }) => {
      const id = typeof args.id === "string" ? args.id.trim() : ""
      if (!id) throw new ValidationError("hold", "say which hold to release: cxedge hold release ID (see the ids with cxedge hold list)", "id", "E_USAGE")
      // Before the storage opens: an id of another shape (a contact id, a pasted address) names no hold; one with @ or + is not quoted.
      if (!HOLD_ID.test(id)) throw new ValidationError("hold", `ID ${/^[\w.-]{1,40}$/.test(id) ? `${JSON.stringify(id)} ` : ""}${HOLD_ID_RULE}; see them with cxedge hold list`, "id", "E_USAGE")
      return withStore(args, async (store, { rt }) => {
        const hold = await store.release(id)
        if (args.json) return host.print({ ...holdRow(hold, rt.clock.now()), ...(hold.auditWritten ? { auditWritten: true } : {}) }, { json: true })
        if (hold.auditWritten) return host.print(`hold ${hold.id} was released at ${hold.releasedAt}: its audit record is written now`)
        host.print(`hold ${hold.id} released: its contacts are eligible for the next job`)
      }, "release")
    },
  })

  return defineCommand({
    meta: { name: "hold", description: "Legal holds: subjects and contacts that no write path touches", examples: ["cxedge hold list"] },
    subCommands: { add, list, release },
  })
}
