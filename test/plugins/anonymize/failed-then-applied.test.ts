import { describe, expect, test } from "bun:test"
import { outboxOf } from "../../../plugins/consent-webhook/index.ts"
import { jobStore } from "../../../plugins/anonymize/journal.ts"
import { SANDBOX_ORIGIN } from "../../../sandbox/app.ts"
import { anonymize, anonymizeSetup, loadMatrixFile } from "./setup.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const noRoom = () => Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })
const sinkDown = () => Object.assign(new Error("the audit store did not answer"), { code: "E_AUDIT_SINK" })

/** A tenant with the consent outbox and the audit log, whose sink cannot keep the `contact.anonymized` record `refusals` times. */
async function setup(refusals: number, error: () => Error) {
  const writes: string[] = []
  const { rt, sandbox } = await anonymizeSetup({
    plugins: ["tenant", "anonymize", "consent-webhook", "audit-kv"],
    sandboxOptions: { contacts: 6, consentSecrets: [SECRET] },
    settings: { "consent-webhook": { url: `${SANDBOX_ORIGIN}/_consent/webhooks`, secrets: [SECRET], retrySchedule: [5, 10] } },
    intercept: (request) => void (request.method === "PATCH" && writes.push(new URL(request.url).pathname)),
  })
  let left = refusals
  // A disk that filled after the contact was written, and had room again for the resume.
  rt.hooks.on("audit:record", (entry) => {
    if (entry.action === "contact.anonymized" && left-- > 0) throw error()
  }, { durable: true })
  return { rt, sandbox, writes }
}

/** What the consent platform received: each delivered event's type and contact, in the order it came. */
async function received(sandbox: Awaited<ReturnType<typeof setup>>["sandbox"]) {
  const all = (await (await sandbox.app.request("/_sandbox/consent")).json()) as { status: number; body: string }[]
  return all.filter((d) => d.status === 204).map((d) => JSON.parse(d.body) as { type: string; data: { contactId?: string } })
}

describe("an audit record that cannot be kept after a successful write", () => {
  test("the consent platform hears the contact applied once, never failed; the resume writes nothing again", async () => {
    const { rt, sandbox, writes } = await setup(1, sinkDown)
    const first = await anonymize(rt, { matrix: loadMatrixFile("gdpr") }, 1)
    // The contact is left to the resume (its record is missing), counted as not finished.
    expect(first.result.failed).toBe(1)
    expect(first.result.succeeded).toBe(5)
    expect((await jobStore(rt.storage.namespace("jobs")).get(first.job.jobId))?.state).toBe("finished_with_failures")
    const written = writes.length
    const resumed = await anonymize(rt, { jobId: first.job.jobId, resume: true }, 1)
    expect(resumed.result).toMatchObject({ failed: 0, succeeded: 1, alreadyDone: 5 })
    expect((await jobStore(rt.storage.namespace("jobs")).get(first.job.jobId))?.state).toBe("finished")
    // Found in place by the resume: not written a second time.
    expect(writes.length).toBe(written)
    await outboxOf(rt)!.flush()
    const events = (await received(sandbox)).filter((e) => e.type.startsWith("contact."))
    // Before: contact.failed for a contact that was written, after (or before) its contact.anonymized.
    expect(events.filter((e) => e.type === "contact.failed")).toEqual([])
    // One story a contact: each of the six told once, anonymized.
    expect(events.map((e) => e.type)).toEqual(Array(6).fill("contact.anonymized"))
    expect(new Set(events.map((e) => e.data.contactId)).size).toBe(6)
    await rt.dispose()
  }, 30_000)

  test("a full disk stops the job at each refusal; resumed with room again, each contact is written once and told applied once", async () => {
    const { rt, sandbox, writes } = await setup(3, noRoom)
    const first = await anonymize(rt, { matrix: loadMatrixFile("gdpr") }, 1)
    expect(first.result.stoppedBy).toMatch(/ENOSPC/)
    // Each run stops at the refusal it meets; the fourth has room.
    let runs = 1
    for (let last = first.result; last.stoppedBy && runs < 6; runs++) last = (await anonymize(rt, { jobId: first.job.jobId, resume: true }, 1)).result
    expect(runs).toBe(4)
    expect((await jobStore(rt.storage.namespace("jobs")).get(first.job.jobId))?.state).toBe("finished")
    expect(new Set(writes).size).toBe(6)
    expect(writes.length).toBe(6)
    await outboxOf(rt)!.flush()
    const events = (await received(sandbox)).filter((e) => e.type.startsWith("contact."))
    expect(events.filter((e) => e.type === "contact.failed")).toEqual([])
    expect(events.map((e) => e.type)).toEqual(Array(6).fill("contact.anonymized"))
    expect(new Set(events.map((e) => e.data.contactId)).size).toBe(6)
    await rt.dispose()
  }, 30_000)
})
