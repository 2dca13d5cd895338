import { afterEach, beforeEach, describe, expect, test } from "bun:test"
import { runCommand, type CommandDef } from "citty"
import { attachAuditSink, definePlugin, demoAuditKey, describeError, USAGE_CODES, type AuditRecord, type CommandHost, type CxedgeError, type OpenedRuntime } from "../../core/index.ts"
import { createKvSink } from "../../plugins/audit-kv/sink.ts"
import { holdCommand } from "../../plugins/hold/commands.ts"
import hold from "../../plugins/hold/index.ts"
import { scriptsCommand } from "../../plugins/scripts/commands.ts"
import { transcriptCommand } from "../../plugins/transcript/commands.ts"
import { createApp } from "../../server/app.ts"
import { withSandbox, type SandboxHarness } from "../../testing/sandbox.ts"

// An action done on the tenant (or in storage) whose audit record then fails: the user is told it was done, a retry
// of the same request writes the record and does not do the action again, and the log ends holding one record.

const CHAIN = "flaky"
const TOKEN = "admin-token-for-tests-0123456789"

/** The audit sink, in the runtime's storage, failing its next `failures` appends as a full disk does. */
function flakyAudit() {
  const control = { failures: 0 }
  const plugin = definePlugin({
    name: "flaky-audit",
    version: "0.0.0",
    setup(rt) {
      const sink = createKvSink(rt.storage.audit, CHAIN, demoAuditKey)
      const append = sink.append.bind(sink)
      sink.append = async (entry) => {
        if (control.failures > 0) {
          control.failures--
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })
        }
        return append(entry)
      }
      return attachAuditSink(rt, sink, { key: demoAuditKey })
    },
  })
  return { plugin, control }
}

let harness: SandboxHarness
let control: { failures: number }
beforeEach(async () => {
  const flaky = flakyAudit()
  control = flaky.control
  harness = await withSandbox({ plugins: ["tenant", "transcript", "scripts", "hold", flaky.plugin], sandbox: { contacts: 8 } })
})
afterEach(() => harness.dispose())

/** The audit log's records of `action`. */
async function recordsOf(action: string): Promise<AuditRecord[]> {
  const found: AuditRecord[] = []
  for await (const record of createKvSink(harness.rt.storage.audit, CHAIN, demoAuditKey).read(CHAIN)) {
    if (record.action === action) found.push(record)
  }
  return found
}

/** A CLI host on the harness's runtime: what the command prints, and the exit code and stderr line the CLI would give. */
function cli(command: (host: CommandHost) => CommandDef<any>) {
  const opened: OpenedRuntime = { rt: harness.rt, sandbox: true, files: undefined as never, close: async () => {} }
  let stdout = ""
  const host: CommandHost = {
    commonArgs: {},
    isTTY: false,
    open: async () => opened,
    withRuntime: (_args, fn) => fn(opened),
    print: (data, options) => void (stdout += `${options?.json ? JSON.stringify(data) : String(data)}\n`),
    info: (m) => void (stdout += `ℹ ${m}\n`),
    warn: (m) => void (stdout += `WARN ${m}\n`),
    setExitCode: () => {},
    status: () => {},
    confirm: async () => true,
    signal: new AbortController().signal,
  }
  return async (...rawArgs: string[]) => {
    stdout = ""
    try {
      await runCommand(command(host), { rawArgs })
      return { code: 0, stdout, stderr: "" }
    } catch (error) {
      return { code: USAGE_CODES.has((error as CxedgeError).code) ? 2 : 1, stdout, stderr: describeError(error) }
    }
  }
}

const admin = (path: string, body?: unknown) =>
  createApp(harness.rt, { adminToken: TOKEN }).request(path, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })

const digital = () => [...harness.sandbox.tenant("acme").data.messages.values()][0]!.contactNumber
const completed = () => harness.sandbox.tenant("acme").data.completed[0]!.contactId

describe("transcript send: its audit record fails after the mail went", () => {
  test("CLI: told it was sent (exit 1); the same command again writes the record and sends nothing; a third is a new send", async () => {
    const send = cli(transcriptCommand)
    const args = ["send", "--contact", digital(), "--to", "ada.okafor@example.com", "--yes"]
    control.failures = 1
    const first = await send(...args)
    expect(first.code).toBe(1)
    expect(first.stderr).toContain(`transcript of contact ${digital()} was sent to a•••@example.com`)
    expect(first.stderr).toContain("its audit record could not be written")
    expect(first.stderr).toContain("run the same command again to write it; the transcript is not sent again")
    expect(first.stderr).not.toContain("ada.okafor")
    expect(harness.sandbox.tenant("acme").transcripts.length).toBe(1)

    const retry = await send(...args)
    expect(retry.code).toBe(0)
    expect(retry.stdout).toContain(`transcript of contact ${digital()} was already sent to a•••@example.com`)
    expect(retry.stdout).toContain("not sent again; its audit record is written now")
    expect(harness.sandbox.tenant("acme").transcripts.length).toBe(1)
    const records = await recordsOf("transcript.send")
    expect(records.map((r) => [r.outcome, r.detail?.contactNumber])).toEqual([["ok", digital()]])
    expect(JSON.stringify(records)).not.toContain("ada.okafor")

    // The record is written: the same request once more is a new send, audited at once.
    expect((await send(...args)).code).toBe(0)
    expect(harness.sandbox.tenant("acme").transcripts.length).toBe(2)
    expect((await recordsOf("transcript.send")).length).toBe(2)
  })

  test("POST /v1/transcripts: 500 audit_missing saying it was sent; the same request again answers 200, sends nothing", async () => {
    const body = { contactNumber: digital(), recipients: ["ada.okafor@example.com"] }
    control.failures = 1
    const first = await admin("/v1/transcripts", body)
    expect(first.status).toBe(500)
    const answer = await first.json()
    expect(answer).toMatchObject({ error: "audit_missing", done: { contactNumber: digital(), recipients: ["a•••@example.com"] } })
    expect(answer.message).toContain("was sent to a•••@example.com")
    expect(answer.message).toContain("send the same request again to write it")
    const retry = await admin("/v1/transcripts", body)
    expect(retry.status).toBe(200)
    expect(await retry.json()).toMatchObject({ contactNumber: digital(), recipients: ["a•••@example.com"], alreadySent: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })
    expect(harness.sandbox.tenant("acme").transcripts.length).toBe(1)
    expect((await recordsOf("transcript.send")).length).toBe(1)
  })
})

describe("scripts start: its audit record fails after the script started", () => {
  const args = ["start", "--skill", "4101", "--script-path", "Company\\Callback", "--param", "rec-9"]

  test("CLI: told it started, with its contact (exit 1); the same command again prints that contact and starts nothing", async () => {
    const start = cli(scriptsCommand)
    control.failures = 1
    const first = await start(...args)
    const contactId = harness.sandbox.tenant("acme").scriptStarts[0]?.contactId
    expect(first.code).toBe(1)
    expect(first.stderr).toContain(`script started on skill 4101 as contact ${contactId}`)
    expect(first.stderr).toContain("run the same command again to write it; the script is not started again")
    const retry = await start(...args)
    expect(retry.code).toBe(0)
    expect(retry.stdout).toContain(`${contactId}\n`)
    expect(retry.stdout).toContain("not started again; its audit record is written now")
    expect(harness.sandbox.tenant("acme").scriptStarts.length).toBe(1)
    const records = await recordsOf("scripts.start")
    expect(records.map((r) => r.detail?.contactId)).toEqual([contactId])
    expect(JSON.stringify(records)).not.toContain("rec-9")
  })

  test("POST /v1/scripts/start: 500 audit_missing with the contact; the same request again answers 200 with it", async () => {
    const body = { skillId: 4101, scriptPath: "Company\\Callback", parameters: ["rec-9"] }
    control.failures = 1
    const first = await admin("/v1/scripts/start", body)
    expect(first.status).toBe(500)
    const answer = await first.json()
    const contactId = harness.sandbox.tenant("acme").scriptStarts[0]!.contactId
    expect(answer).toMatchObject({ error: "audit_missing", done: { contactId } })
    expect(answer.message).toContain(`script started on skill 4101 as contact ${contactId}`)
    const retry = await admin("/v1/scripts/start", body)
    expect(retry.status).toBe(200)
    expect(await retry.json()).toMatchObject({ contactId })
    expect(harness.sandbox.tenant("acme").scriptStarts.length).toBe(1)
    expect((await recordsOf("scripts.start")).length).toBe(1)
  })
})

describe("hold add and release: the audit record fails after the hold was stored", () => {
  // hold add and release refuse memory storage, which ends with the command that wrote it. This harness's runtime
  // outlives the commands run on it, as a storage directory would: its driver stands in for one.
  beforeEach(() => {
    harness.rt.storage.root.getMount("").driver.name = "fs (stand-in)"
  })

  test("CLI: told the hold was added / released (exit 1); the same command again writes the record, one hold", async () => {
    const holds = cli((host) => holdCommand(host, (rt) => rt.state(hold)))
    control.failures = 1
    const added = await holds("add", "--contact", completed(), "--reason", "LH-1")
    expect(added.code).toBe(1)
    expect(added.stderr).toMatch(/hold (hold_\w+) added: contact \d+, until released, but its audit record could not be written/)
    expect(added.stderr).toContain("run the same command again to write it; nothing is added twice")
    const id = /hold (hold_\w+)/.exec(added.stderr)![1]!
    const again = await holds("add", "--contact", completed(), "--reason", "LH-1")
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`hold ${id} was added`)
    expect(again.stdout).toContain("its audit record is written now")
    expect((await harness.rt.state(hold)!.list()).length).toBe(1)
    expect((await recordsOf("hold.added")).map((r) => r.detail?.holdId)).toEqual([id])

    control.failures = 1
    const released = await holds("release", id)
    expect(released.code).toBe(1)
    expect(released.stderr).toContain(`hold ${id} released: its contacts are eligible for the next job, but its audit record could not be written`)
    const releasedAgain = await holds("release", id)
    expect(releasedAgain.code).toBe(0)
    expect(releasedAgain.stdout).toContain(`hold ${id} was released`)
    expect(releasedAgain.stdout).toContain("its audit record is written now")
    expect((await recordsOf("hold.released")).map((r) => r.detail?.holdId)).toEqual([id])
    // Written: a third release is the usual refusal.
    expect((await holds("release", id)).stderr).toContain("was already released")
  })

  // The record written, then the hold's save that clears its mark failed: the mark stayed, and the sinks' skip marks
  // were dropped with it gone unsaved, so the next same add wrote the record a second time.
  test("CLI: the record written but the hold's mark not cleared (a failed save): the same add again writes no second record", async () => {
    const holds = cli((host) => holdCommand(host, (rt) => rt.state(hold)))
    const root = harness.rt.storage.root
    const setItem = root.setItem.bind(root)
    let failSettledSave = 1
    root.setItem = (async (key: string, value: unknown, options?: unknown) => {
      const settled = key.startsWith("holds:") && typeof value === "object" && value !== null && !("auditOwed" in value)
      if (settled && failSettledSave-- > 0) throw Object.assign(new Error("EIO: i/o error, write"), { code: "EIO" })
      return setItem(key, value as never, options as never)
    }) as typeof root.setItem
    const added = await holds("add", "--contact", completed(), "--reason", "LH-3")
    expect(added.code).toBe(0)
    expect(failSettledSave).toBe(0)
    const id = /hold (hold_\w+)/.exec(added.stdout)![1]!
    await holds("add", "--contact", completed(), "--reason", "LH-3")
    expect((await harness.rt.state(hold)!.list()).length).toBe(1)
    expect((await recordsOf("hold.added")).map((r) => r.detail?.holdId)).toEqual([id])
  })

  test("POST /v1/holds and /release: 500 audit_missing saying it was done; the same request again writes the record", async () => {
    control.failures = 1
    const first = await admin("/v1/holds", { contactId: completed(), reason: "LH-2" })
    expect(first.status).toBe(500)
    const answer = await first.json()
    expect(answer).toMatchObject({ error: "audit_missing", done: { kind: "contact", state: "active" } })
    expect(answer.message).toContain(`hold ${answer.done.id} added`)
    const again = await admin("/v1/holds", { contactId: completed(), reason: "LH-2" })
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ id: answer.done.id, existing: true })
    expect((await recordsOf("hold.added")).length).toBe(1)

    control.failures = 1
    const released = await admin(`/v1/holds/${answer.done.id}/release`)
    expect(released.status).toBe(500)
    expect((await released.json()).message).toContain(`hold ${answer.done.id} released`)
    const releasedAgain = await admin(`/v1/holds/${answer.done.id}/release`)
    expect(releasedAgain.status).toBe(200)
    expect(await releasedAgain.json()).toMatchObject({ id: answer.done.id, state: "released" })
    expect((await recordsOf("hold.released")).length).toBe(1)
  })
})
