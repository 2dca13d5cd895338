// A server's pass that dead-lettered many consent events logged a warning per event. It now logs one line for the
// pass: how many, after how many attempts, what the platform last answered, and how to send them again.
import { describe, expect, test } from "bun:test"
import { createCxedgeStorage, createMemoryLogger, createRuntime, systemClock } from "../../core/index.ts"
import { toEvent } from "../../plugins/consent-webhook/events.ts"
import { outboxOf } from "../../plugins/consent-webhook/index.ts"
import { builtins } from "../../plugins/manifest.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const applied = (contactId: string) =>
  toEvent.applied({ jobId: "job-d", contactId, fields: [{ path: "email", transform: "hmac", keyId: "k1" }], target: "export", latencyMs: 1 }, new Date())

describe("dead-lettering is said once per pass", () => {
  test('a server tick that dead-letters 40 events (retrySchedule "none", the platform answering 410 or 500) logs one line', async () => {
    const log = createMemoryLogger()
    let n = 0
    const fetch = (async () => new Response(null, { status: n++ % 4 ? 500 : 410 })) as unknown as typeof globalThis.fetch
    const rt = await createRuntime(
      { plugins: ["consent-webhook"], settings: { "consent-webhook": { url: "https://consent.example/hooks", secrets: [SECRET], retrySchedule: "none" } } },
      { builtins, storage: createCxedgeStorage(), fetch, clock: systemClock, log },
    )
    const outbox = outboxOf(rt)!
    await Promise.all(Array.from({ length: 40 }, (_, i) => outbox.enqueue(applied(`c${i}`))))
    await rt.hooks.emit("runtime:tick", { at: Date.now() })
    await outbox.settle()
    const said = log.lines.filter((l) => l.includes("dead-letter"))
    expect(said).toHaveLength(1)
    expect(said[0]).toContain("40 consent event(s) dead-lettered after 1 attempt(s) (last answer: 410 for 10, 500 for 30): see them with cxedge webhooks list, send them again with cxedge webhooks replay")
    expect(said[0]).not.toContain("msg_")
    expect((await outbox.list()).dead).toHaveLength(40)
    await rt.dispose()
    // Said already: closing does not say these 40 again as this run's, only that the list holds them.
    expect(log.lines.filter((l) => l.includes("dead-letter")).slice(1)).toEqual([expect.stringContaining("40 consent event(s) in the dead-letter list")])
  })
})
