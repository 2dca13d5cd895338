import { describe, expect, test } from "bun:test"
import { ConfigError, createCxedgeStorage, createMemoryLogger, createRuntime, toEmail } from "../../../core/index.ts"
import { readMatrix } from "../../../plugins/anonymize/matrix/index.ts"
import { createMessagesSource } from "../../../plugins/anonymize/sources/messages.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../../sandbox/app.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"
import { anonymize, loadMatrixFile, seededValues, findLeaks } from "./setup.ts"

// Two ways an erasure job ended "succeeded N, failed 0", exit 0, with personal data left in the tenant: a digitalMedia
// list that named no real medium (a slip, or []), and a subject whose declared type its values did not have.

async function setup(settings: Record<string, unknown> = {}, contacts = 60) {
  const sandbox = await createSandbox({ contacts, seed: 31 })
  const log = createMemoryLogger()
  const rt = await createRuntime(
    {
      plugins: ["tenant", "anonymize"],
      settings: { anonymize: settings },
      limits: { rps: 100_000, burst: 100_000, maxConcurrency: 64, initialConcurrency: 64 },
      retry: { baseDelayMs: 2, maxDelayMs: 10 },
      tenant: sandbox.tenantConfig(SANDBOX_ORIGIN),
    },
    { builtins, fetch: sandbox.fetch, keys: TEST_KEYS, storage: createCxedgeStorage(), log },
  )
  return { sandbox, rt, log, state: sandbox.tenant("acme") }
}

const refusal = async (settings: Record<string, unknown>) => {
  try {
    await setup(settings, 5)
  } catch (error) {
    return error
  }
  return undefined
}

describe("settings.anonymize.digitalMedia is refused when it would leave DFO messages", () => {
  test('a misspelled medium ("E-mail") is refused when the config loads, naming it and the medium meant', async () => {
    const error = await refusal({ digitalMedia: ["Chat", "E-mail"] })
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain("settings.anonymize.digitalMedia[1]")
    expect((error as Error).message).toContain('"E-mail" is not a known digital medium (did you mean "Email"?)')
  })

  test("an empty list is refused: it would remove no contact's messages", async () => {
    const error = await refusal({ digitalMedia: [] })
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain("settings.anonymize.digitalMedia: an empty list leaves every contact's DFO messages out")
  })

  test("a medium without DFO messages (Call) is refused; known names in any case or spacing are taken", async () => {
    expect((await refusal({ digitalMedia: ["Chat", "Call"] }) as Error).message).toContain('"Call" is not a digital medium')
    expect(await refusal({ digitalMedia: ["chat", "EMAIL", "Work Item"] })).toBeUndefined()
  })

  test("a contact of a medium neither listed nor known to have no messages is warned of, once per medium, by the erasure job and the messages source", async () => {
    const { rt, log, state } = await setup({}, 40)
    const digital = state.data.completed.filter((c) => c.mediaTypeName !== "Call")
    const calls = state.data.completed.filter((c) => c.mediaTypeName === "Call")
    for (const c of digital.slice(0, 3)) c.mediaTypeName = "Social"
    calls[0]!.mediaTypeName = "Phone Call"
    await anonymize(rt, { matrix: loadMatrixFile("gdpr"), target: { kind: "erasure" } })
    const warned = (lines: string[]) => lines.filter((l) => l.startsWith("warn") && l.includes("not in settings.anonymize.digitalMedia"))
    expect(warned(log.lines)).toHaveLength(1)
    expect(warned(log.lines)[0]).toContain('contacts of medium "Social"')

    const told: string[] = []
    const source = createMessagesSource(rt.client, { since: "2020-01-01T00:00:00.000Z", until: "2030-01-01T00:00:00.000Z", messages: { maxWindowDays: 36_500 }, warn: (m) => told.push(m) })
    for await (const _ of source.pages());
    expect(told).toEqual(['"Social"'])
  })
})

describe("an erasure subject whose values are not of its declared type", () => {
  const er2 = readMatrix({
    name: "er2",
    target: "erasure",
    subjects: [{ path: "fromAddress", type: "EMAIL" }],
    fields: [{ path: "firstName", transform: "nullify" }, { path: "lastName", transform: "nullify" }, { path: "fromAddress", transform: "nullify" }],
  }).matrix!

  test("fails each such contact naming the path and the declared type, never the value: the job does not end all succeeded", async () => {
    const { sandbox, rt, state } = await setup({}, 60)
    // Read before the job: the sandbox scrubs an erased subject's contacts.
    const phones = state.data.completed.filter((c) => !c.fromAddress.includes("@")).map((c) => ({ ...c }))
    const emails = state.data.completed.filter((c) => c.fromAddress.includes("@")).map((c) => ({ ...c }))
    expect(phones.length).toBeGreaterThan(0)
    expect(emails.length).toBeGreaterThan(0)
    const { result } = await anonymize(rt, { matrix: er2, target: { kind: "erasure" } })
    // Every phone contact is a failure (exit 1 on the CLI), not a success whose subject got no erasure.
    expect(result.failed).toBe(phones.length)
    expect(result.succeeded).toBe(emails.length)
    expect(result.rejected.map((r) => r.contactId).sort()).toEqual(phones.map((c) => String(c.contactId)).sort())
    for (const r of result.rejected) {
      expect(r.field).toBe("fromAddress")
      expect(r.reason).toContain("subject fromAddress is declared EMAIL, but this contact's value there is not an email address")
    }
    expect(state.erasures.filter((e) => e.subjectIdentifierType === "PHONENO")).toHaveLength(0)
    const erased = new Set(state.erasures.map((e) => e.subjectIdentifier))
    for (const c of emails) expect(erased.has(toEmail(c.fromAddress))).toBe(true)
    // No value of the tenant's in what the job says.
    expect(findLeaks(JSON.stringify(result), seededValues(sandbox))).toEqual([])
  })
})
