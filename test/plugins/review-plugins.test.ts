import { describe, expect, test } from "bun:test"
import { createManualClock } from "../../core/index.ts"
import { sandboxApp } from "../helpers.ts"

const setup = () => sandboxApp({ sandbox: { contacts: 20, faults: { bigIds: true } }, clock: createManualClock(Date.now()) })

describe("POST /v1/transcripts with a contact id above 2^53", () => {
  test("a bare JSON number that a parser rounds to a neighbouring contact is refused; nothing is mailed", async () => {
    const { admin, state } = await setup()
    const ids = [...state.data.records.keys()]
    // An id whose double is another contact of this tenant: the transcript would go out for the wrong person.
    const id = ids.find((s) => String(Number(s)) !== s && state.data.records.has(String(Number(s))))!
    expect(id).toBeDefined()
    const rounded = await admin("/v1/transcripts", `{"contactNumber":${id},"recipients":["ada@example.com"]}`)
    expect(rounded.status).toBe(400)
    expect((await rounded.json()).message).toContain("send it as a string of digits")
    expect(state.transcripts).toHaveLength(0)

    const exact = await admin("/v1/transcripts", JSON.stringify({ contactNumber: id, recipients: ["ada@example.com"] }))
    expect(exact.status).toBe(200)
    expect(state.transcripts.map((t) => t.contactNumber)).toEqual([id])
  })
})

describe("job lease release during a renewal", () => {
  test("a renewal in flight when the job releases its lease does not write the lease back", async () => {
    const { createCxedgeStorage, createManualClock } = await import("../../core/index.ts")
    const { acquireLease } = await import("../../plugins/anonymize/lease.ts")
    const locks = createCxedgeStorage().locks
    let slow = false
    // A storage whose writes are slow once the lease is held: the renewal's write lands after release() returns.
    const storage = new Proxy(locks, {
      get(target, name, receiver) {
        if (name === "setItem") return async (key: string, value: unknown) => {
          if (slow) await Bun.sleep(60)
          return target.setItem(key, value as never)
        }
        const member = Reflect.get(target, name, receiver)
        return typeof member === "function" ? member.bind(target) : member
      },
    })
    const owner = { pid: 4242, host: "box-a", alive: () => true }
    const lease = await acquireLease({ storage, jobId: "job-r", owner, clock: createManualClock(1_000_000), settleMs: 0, renewMs: 10 })
    slow = true
    await Bun.sleep(25) // a renewal has read the lease and is writing it
    await lease.release()
    await Bun.sleep(120)
    expect(await locks.hasItem("job:job-r")).toBe(false)
  })
})
