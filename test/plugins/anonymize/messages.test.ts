import { afterAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as v from "valibot"
import { anonymizeFlags } from "../../../plugins/anonymize/anonymize-flags.ts"
import { AnonymizeConfig, type AnonymizeSettings } from "../../../plugins/anonymize/settings.ts"
import { createMessagesSource } from "../../../plugins/anonymize/sources/messages.ts"
import { splitJob } from "../../../plugins/anonymize/partitions.ts"
import { completeJob, prepareJob } from "../../../plugins/anonymize/prepare.ts"
import type { JobMeta } from "../../../plugins/anonymize/journal.ts"
import { nodeFiles } from "../../../node/files.ts"
import type { TenantData } from "../../../sandbox/data.ts"
import { createSandbox } from "../../../sandbox/app.ts"
import { runCli, sandboxClient, sandboxEnv, serveSandbox } from "../../helpers.ts"
import { anonymize, anonymizeSetup, findLeaks, loadMatrixFile, seededValues } from "./setup.ts"

const DAY = 86_400_000
const dir = mkdtempSync(join(tmpdir(), "cxedge-messages-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const window = () => ({ since: new Date(Date.now() - 30 * DAY).toISOString(), until: new Date(Date.now() + 60_000).toISOString() })
const messageIds = (data: TenantData) => [...data.messages.values()].map((m) => `${m.contactNumber}:${m.id}`)
const matrix = loadMatrixFile("messages")
// The shipped messages matrix scrubs the text: the pii plugin brings scrub.
const WITH_PII = ["tenant", "pii", "anonymize"]
const lines = (path: string) => readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>)
const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error as { message: string; code: string }
  }
  throw new Error("not refused")
}

describe("wrong values are refused before any call", () => {
  test("--source messages without --since, --until before --since, a typo in the name, more than 366 days", () => {
    expect(refusal(() => anonymizeFlags({ source: "messages" })).message).toContain("--source messages needs --since")
    expect(refusal(() => anonymizeFlags({ source: "messages", since: "2026-10-08", until: "2026-10-01" })).message).toContain("is not before --until")
    // A name's shape is checked here; whether a loaded plugin declares it, once the runtime is open (test/cli/pii-sources.test.ts).
    expect(refusal(() => anonymizeFlags({ source: "Messages", since: "7d" })).message).toContain('--source "Messages" is not a source name')
    expect(refusal(() => anonymizeFlags({ source: "messages", since: "2025-01-01", until: "2026-06-01" })).message).toContain("more than the 366")
    expect(anonymizeFlags({ source: "messages", since: "7d" }).source).toMatchObject({ kind: "messages" })
  })

  test("a window longer than maxWindowDays (31 unless set) is refused with the setting to raise; the setting's wrong values too", async () => {
    const { client } = await sandboxClient()
    const since = new Date(Date.now() - 40 * DAY).toISOString()
    const error = refusal(() => createMessagesSource(client, { since }))
    expect(error.code).toBe("E_USAGE")
    expect(error.message).toContain("spans 40 days, more than the 31")
    expect(error.message).toContain("settings.anonymize.messages.maxWindowDays")
    expect(createMessagesSource(client, { since, messages: { maxWindowDays: 60 } }).name).toBe("messages")
    for (const messages of [{ maxWindowDays: 0 }, { maxWindowDays: 400 }, { maxWindowDays: 1.5 }, { text: "both" }, { textKey: "a..b" }, { textKey: "__proto__" }, { pageSize: 5 }]) {
      expect(v.safeParse(AnonymizeConfig, { messages }).success).toBe(false)
    }
  })
})

/** The agents' (outbound) texts that reached the export unchanged: the sandbox's seeded values include every message text. */
const agentLinesKept = (written: Record<string, unknown>[]) => new Set(written.filter((r) => r.direction === "outbound").map((r) => String(r.text)))

describe("export of transcripts", () => {
  test("every message of the window once, as <contactId>:<messageId> with its metadata; the text scrubbed (its other words kept), no seeded value written", async () => {
    const { sandbox, rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 60 }, plugins: WITH_PII })
    const out = join(dir, "all.jsonl")
    const { result } = await anonymize(rt, { matrix, source: { kind: "messages", ...window() }, target: { kind: "export", out } })
    expect(result).toMatchObject({ failed: 0 })
    const written = lines(out)
    expect(written.map((r) => r.id).sort()).toEqual(messageIds(state.data).sort())
    for (const r of written) {
      expect(r.id).toBe(`${r.contactId}:${r.messageId}`)
      expect(["inbound", "outbound"]).toContain(r.direction as string)
      expect(r.authorName).toBeNull()
    }
    // The customer lines quoted personal data: it is tagged, and the words around it are still there.
    const texts = written.map((r) => String(r.text ?? ""))
    expect(texts.filter((t) => /<(EMAIL|PHONE|PERSON|CARD|IBAN)_1>/.test(t)).length).toBeGreaterThan(5)
    expect(texts.filter((t) => /<EMAIL_1>/.test(t)).every((t) => t.replace(/<[A-Z_]+_\d+>/g, "").trim().length > 5)).toBe(true)
    const seeded = [...state.data.messagePii.values()].flat()
    expect(seeded.length).toBeGreaterThan(20)
    // Agent lines hold no personal data, only lookalikes (order numbers, "Will do", "12 May", versions): kept word for word.
    const kept = agentLinesKept(written)
    expect(kept.size).toBeGreaterThan(2)
    expect(findLeaks(readFileSync(out, "utf8"), [...seeded, ...seededValues(sandbox).filter((v) => !kept.has(v))])).toEqual([])
  })

  test("an interrupted export, resumed, holds every message exactly once", async () => {
    // Pages of about 100 messages, two in flight: enough contacts that stopping after 30 leaves most unread.
    const { rt, state } = await anonymizeSetup({ sandboxOptions: { contacts: 500 }, plugins: WITH_PII })
    const out = join(dir, "cut.jsonl")
    const stop = new AbortController()
    let applied = 0
    rt.hooks.on("contact:applied", () => {
      if (++applied === 30) stop.abort()
    })
    const request = { jobId: "cut", matrix, source: { kind: "messages" as const, ...window() }, target: { kind: "export" as const, out } }
    const first = await completeJob(rt, await prepareJob(rt, request, { concurrency: 4 }, nodeFiles), { concurrency: 4, signal: stop.signal })
    expect(first.interrupted).toBe(true)
    const before = lines(out).length
    expect(before).toBeGreaterThan(0)
    expect(before).toBeLessThan(messageIds(state.data).length / 2)
    const second = await completeJob(rt, await prepareJob(rt, { jobId: "cut", resume: true }, { concurrency: 4 }, nodeFiles), { concurrency: 4 })
    expect(second).toMatchObject({ interrupted: false, failed: 0, alreadyDone: before })
    const ids = lines(out).map((r) => r.id)
    expect(ids.length).toBe(new Set(ids).size)
    expect(ids.sort()).toEqual(messageIds(state.data).sort())
  })
})

describe("reading the messages", () => {
  test("text in the history item is used as is; otherwise each message is read (GET /messages/{id})", async () => {
    const sandbox = await createSandbox({ contacts: 20 })
    const state = sandbox.tenant("acme")
    let reads = 0
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      if (/\/dfo\/3\.0\/messages\/[^/]+$/.test(new URL(request.url).pathname)) reads++
      const response = await sandbox.fetch(request)
      if (!request.url.includes("/history") || !withText) return response
      const body = await response.json()
      body.messages = body.messages.map((m: { id: string }) => ({ ...m, messageContent: { type: "TEXT", text: `history:${state.data.messages.get(m.id)!.content}` } }))
      return Response.json(body)
    }) as typeof globalThis.fetch
    let withText = false
    const { client } = await sandboxClient({ sandbox, fetch })
    const texts = async () => (await Array.fromAsync(createMessagesSource(client, window()).pages())).flat().map((r) => r.data.text as string)
    const plain = await texts()
    expect(reads).toBe(messageIds(state.data).length)
    expect(plain.sort()).toEqual([...state.data.messages.values()].map((m) => m.content!).sort())
    withText = true
    reads = 0
    const fromHistory = await texts()
    expect(reads).toBe(0)
    expect(fromHistory.every((t) => t.startsWith("history:"))).toBe(true)
  })

  test("a contact whose history cannot be read is one rejection naming it (no text); the other contacts' messages all come", async () => {
    const { client, state } = await sandboxClient({ sandboxOptions: { contacts: 30 } })
    const broken = state.data.completed.find((c) => c.mediaTypeName === "Chat")!.contactId
    state.faults.dfoHistoryFailFor = [broken]
    state.faults.dfoHistoryFailStatus = 404
    const records = (await Array.fromAsync(createMessagesSource(client, window()).pages())).flat()
    const rejected = records.filter((r) => r.error)
    expect(rejected.map((r) => r.id)).toEqual([`${broken}:history`])
    expect(rejected[0]!.error).toContain(`DFO contact ${broken}`)
    expect(records.filter((r) => !r.error).map((r) => r.id).sort()).toEqual(messageIds(state.data).filter((id) => !id.startsWith(`${broken}:`)).sort())
  })
})

describe("settings reach the source", () => {
  test("settings.anonymize.messages.text \"message\": each message is read once even when the history carries its text (auto would read none)", async () => {
    let reads = 0
    const { rt, state } = await anonymizeSetup({
      sandboxOptions: { contacts: 40, faults: { dfoHistoryText: true } },
      plugins: WITH_PII,
      settings: { anonymize: { messages: { text: "message" } } },
      intercept: (request) => void (/\/dfo\/3\.0\/messages\/[^/]+$/.test(new URL(request.url).pathname) && reads++),
    })
    const job = await prepareJob(rt, { matrix, source: { kind: "messages", ...window() }, target: { kind: "export" } }, rt.settings<AnonymizeSettings>("anonymize"))
    const texts = (await Array.fromAsync(job.source.pages())).flat().map((r) => r.data.text)
    expect(reads).toBe(state.data.messages.size)
    expect(texts.sort()).toEqual([...state.data.messages.values()].map((m) => m.content).sort())
  })
})

describe("--workers redis", () => {
  test("splits the window into parts whose sources together give every message once", async () => {
    const { client, state } = await sandboxClient({ sandboxOptions: { contacts: 80 } })
    const meta = { id: "split", source: { kind: "messages", ...window() } } as unknown as JobMeta
    const ids: string[] = []
    for await (const part of splitJob(meta, nodeFiles)) {
      for await (const page of createMessagesSource(client, part.window!).pages()) ids.push(...page.map((r) => r.id))
    }
    expect(ids.length).toBe(new Set(ids).size)
    expect(ids.sort()).toEqual(messageIds(state.data).sort())
  })
})

describe("sandbox chat texts", () => {
  test("customer messages quote PII in several formats and languages, valid cards and IBANs; the same seed gives the same texts", async () => {
    const [a, b] = [await createSandbox({ contacts: 150 }), await createSandbox({ contacts: 150 })]
    const data = a.tenant("acme").data
    expect([...b.tenant("acme").data.messages.values()].map((m) => m.content)).toEqual([...data.messages.values()].map((m) => m.content))
    const all = [...data.messages.values()]
    for (const [id, values] of data.messagePii) for (const value of values) expect(data.messages.get(id)!.content).toContain(value)
    const pii = [...data.messagePii.values()].flat()
    const digits = (s: string) => s.replace(/[ -]/g, "")
    const cards = pii.filter((p) => /^4111/.test(p)).map(digits)
    const ibans = pii.filter((p) => p.startsWith("DE")).map(digits)
    expect(cards.length).toBeGreaterThan(0)
    expect(ibans.length).toBeGreaterThan(0)
    const luhn = (n: string) => [...n].reverse().reduce((s, c, i) => s + (i % 2 ? ((+c * 2) % 10) + Math.floor((+c * 2) / 10) : +c), 0) % 10 === 0
    for (const c of cards) expect(luhn(c)).toBe(true)
    for (const i of ibans) expect(BigInt(`${i.slice(4)}1314${i.slice(2, 4)}`) % 97n).toBe(1n)
    expect(pii.some((p) => /^\+\d+ \d/.test(p)) && pii.some((p) => /^00\d/.test(p)) && pii.some((p) => /^\+\d+$/.test(p))).toBe(true)
    const languages = ["my email is", "Meine E-Mail", "mon adresse est", "mi correo es", "la mia email", "mijn e-mail"].filter((w) => all.some((m) => m.content?.includes(w)))
    expect(languages.length).toBeGreaterThanOrEqual(4)
    expect(all.filter((m) => m.direction === "outbound").every((m) => !data.messagePii.has(m.id))).toBe(true)
  })
})

describe("cxedge anonymize --source messages (CLI, sandbox on a port)", () => {
  test("exports the window's transcripts with --matrix messages, exit 0; no seeded value in stdout, stderr or the file", async () => {
    const sandbox = await createSandbox({ contacts: 40, seed: 9 })
    const served = serveSandbox(sandbox)
    try {
      const out = join(dir, "cli.jsonl")
      const r = await runCli(["anonymize", "--matrix", "messages", "--source", "messages", "--since", "30d", "--target", "export", "--out", out, "--storage", "memory", "--json"], sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "" }), { cwd: dir })
      expect(r.code).toBe(0)
      const data = sandbox.tenant("acme").data
      expect(JSON.parse(r.stdout)).toMatchObject({ processed: data.messages.size, succeeded: data.messages.size, failed: 0 })
      expect(lines(out).map((l) => l.id).sort()).toEqual(messageIds(data).sort())
      const seeded = [...data.messagePii.values()].flat()
      const kept = agentLinesKept(lines(out))
      expect(findLeaks(r.stdout + r.stderr + readFileSync(out, "utf8"), [...seeded, ...seededValues(sandbox).filter((v) => !kept.has(v))])).toEqual([])
    } finally {
      served.stop()
    }
  })
})
