import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { createRuntime } from "../../core/runtime.ts"
import { defineSource, openSource, type Plugin, type Source } from "../../core/public.ts"
import { sourceFlag } from "../../core/sources.ts"

const listOf = (name: string, ids: string[]): Source => ({ name, async *pages() { yield ids.map((id) => ({ id, data: { body: `ticket ${id}` } })) } })

/** A plugin object as a third party writes it, against the published contract only. */
const tickets: Plugin = {
  name: "helpdesk",
  version: "1.0.0",
  sources: {
    tickets: defineSource({
      description: "the helpdesk's tickets",
      options: v.object({ since: v.optional(v.pipe(v.string(), v.isoTimestamp("must be an ISO instant"))) }),
      open: (_rt, options) => listOf("tickets", options.since ? ["T-2"] : ["T-1", "T-2"]),
    }),
  },
}

async function read(source: Source) {
  const ids: string[] = []
  for await (const page of source.pages()) ids.push(...page.map((r) => r.id))
  return ids
}

describe("sources: a plugin declares them by name, the runtime collects them", () => {
  test("a third-party plugin's source is opened by name, its options checked by its own schema", async () => {
    const rt = await createRuntime({ plugins: [tickets] })
    expect([...rt.sources.keys()]).toEqual(["tickets"])
    expect(await read(await openSource(rt, "tickets", {}))).toEqual(["T-1", "T-2"])
    expect(await read(await openSource(rt, "tickets", { since: "2026-10-01T00:00:00.000Z" }))).toEqual(["T-2"])
    await expect(openSource(rt, "tickets", { since: "last week" })).rejects.toThrow("--source tickets: --since must be an ISO instant")
    // A flag the source does not read is refused, naming it, never ignored.
    await expect(openSource(rt, "tickets", { file: "x.jsonl" })).rejects.toThrow("--file is not read by --source tickets (it reads --since): drop --file")
    await rt.dispose()
  })

  test("an unknown name is refused with what this runtime has and the nearest name, as a usage error", async () => {
    const rt = await createRuntime({ plugins: [tickets, { name: "crm", version: "1.0.0", sources: { contacts: { description: "crm", open: () => listOf("contacts", []) } } }] })
    const refusal = await openSource(rt, "tikets", {}).catch((error) => error)
    expect(refusal.message).toBe('[cxedge] [runtime] --source "tikets" is not a source here (did you mean "tickets"?): use contacts, tickets')
    expect(refusal.code).toBe("E_USAGE")
    await rt.dispose()
    const bare = await createRuntime({ plugins: [] })
    await expect(openSource(bare, "records", {})).rejects.toThrow("no loaded plugin declares a source")
  })

  test("two plugins cannot declare one source name: refused at start, naming both", async () => {
    const twin: Plugin = { name: "helpdesk-v2", version: "1.0.0", sources: { tickets: { description: "again", open: () => listOf("tickets", []) } } }
    await expect(createRuntime({ plugins: [tickets, twin] })).rejects.toThrow('plugins "helpdesk" and "helpdesk-v2" both declare the source "tickets": load only one, or rename one')
  })

  test("a malformed declaration is refused at start: the key misspelt, not an object, no open, a bad name", async () => {
    const base = { name: "bad", version: "1.0.0" }
    await expect(createRuntime({ plugins: [{ ...base, source: {} } as never] })).rejects.toThrow('has an unknown key "source" (did you mean "sources"?)')
    await expect(createRuntime({ plugins: [{ ...base, sources: [] } as never] })).rejects.toThrow("sources must be an object, not an array")
    await expect(createRuntime({ plugins: [{ ...base, sources: { tickets: { description: "x" } } } as never] })).rejects.toThrow('source "tickets" has no open function')
    await expect(createRuntime({ plugins: [{ ...base, sources: { "My Tickets": { description: "x", open: () => listOf("t", []) } } }] })).rejects.toThrow("a source name is lowercase letters, digits and -")
  })

  test("--source is checked for its shape before anything opens", () => {
    expect(sourceFlag(undefined)).toBeUndefined()
    expect(sourceFlag("tickets")).toBe("tickets")
    expect(() => sourceFlag("")).toThrow("--source is empty")
    expect(() => sourceFlag("Tickets")).toThrow('--source "Tickets" is not a source name')
    expect(() => sourceFlag(true)).toThrow("--source is empty")
  })
})
