import { describe, expect, test } from "bun:test"
import { createCxedgeStorage, createManualClock, describeError } from "../../../core/index.ts"
import { acquireLease, type LeaseValue } from "../../../plugins/anonymize/lease.ts"

const deadPids = new Set<number>()
const owner = (pid: number, host = "box-a") => ({ pid, host, alive: (p: number) => !deadPids.has(p) })

function setup() {
  const storage = createCxedgeStorage().locks
  const clock = createManualClock(1_000_000)
  const take = (pid: number, host?: string, onLost?: (holder: LeaseValue) => void) =>
    acquireLease({ storage, jobId: "job-1", owner: owner(pid, host), clock, ttlMs: 30_000, settleMs: 0, onLost })
  return { storage, clock, take }
}

describe("job lease", () => {
  test("a second runner is refused while the lease is live, naming the holder; after release it may run", async () => {
    const { take, storage } = setup()
    const lease = await take(100)
    expect(await storage.getItem<LeaseValue>("job:job-1")).toMatchObject({ pid: 100, host: "box-a", expiresAt: 1_030_000 })
    const refused = await take(200).then(() => undefined, (error) => error)
    expect(refused.code).toBe("E_USAGE")
    expect(describeError(refused)).toContain("job job-1 is being run by pid 100@box-a")
    await lease.release()
    expect(await storage.hasItem("job:job-1")).toBe(false)
    await (await take(200)).release()
  })

  test("this process's own lease, left behind by a release that could not reach storage, is taken over at once; one it holds is not", async () => {
    const { take, storage } = setup()
    const held = await take(700)
    // A second runtime of the same process: the first one's lease is live, so it is refused.
    await expect(take(700)).rejects.toThrow("job job-1 is being run by pid 700@box-a")
    // The release failed (storage away): the lease stays stored though nothing in this process holds it. Its retry
    // (a worker running its partition again) was refused by its own pid until the lease expired.
    const removeItem = storage.removeItem
    storage.removeItem = async () => {
      throw new Error("Connection is closed.")
    }
    await expect(held.release()).rejects.toThrow("Connection is closed.")
    storage.removeItem = removeItem
    expect(await storage.getItem<LeaseValue>("job:job-1")).toMatchObject({ pid: 700 })
    await (await take(700)).release()
    expect(await storage.hasItem("job:job-1")).toBe(false)
  })

  test("two containers sharing a hostname, both pid 1, in different pid namespaces: the second is refused while the first's lease is live", async () => {
    const { storage, clock } = setup()
    // The first container's lease, written by another process (so not among this one's held leases).
    await storage.setItem("job:job-1", { pid: 1, host: "cxedge", space: "pid:[4026532201]", expiresAt: clock.now() + 30_000, token: "first" })
    const second = { pid: 1, host: "cxedge", space: "pid:[4026532305]", alive: () => true }
    const refused = await acquireLease({ storage, jobId: "job-1", owner: second, clock, settleMs: 0 }).catch((e) => e)
    expect(describeError(refused)).toContain("job job-1 is being run by pid 1@cxedge")
    expect((await storage.getItem<LeaseValue>("job:job-1"))?.token).toBe("first")
    // The same namespace (one container, its own left-over lease) is still taken over at once.
    const same = { ...second, space: "pid:[4026532201]" }
    await (await acquireLease({ storage, jobId: "job-1", owner: same, clock, settleMs: 0 })).release()
  })

  test("a lease whose pid is gone on this host is taken over at once", async () => {
    const { take } = setup()
    await take(300) // never released: killed
    deadPids.add(300)
    const lease = await take(301)
    await lease.release()
  })

  test("a lease held on another host is taken over only once it expires", async () => {
    const { take, clock } = setup()
    await take(400, "box-b")
    deadPids.add(400) // on box-a this pid means nothing: box-b's process may be alive
    await expect(take(401)).rejects.toThrow("pid 400@box-b")
    clock.advance(29_000)
    await expect(take(401)).rejects.toThrow("retry in 1s")
    clock.advance(1_001)
    await (await take(401)).release()
  })

  test("a runner whose lease was taken is told to stop at its next renewal", async () => {
    const storage = createCxedgeStorage().locks
    const clock = createManualClock(0)
    let lostTo: LeaseValue | undefined
    const lease = await acquireLease({ storage, jobId: "j", owner: owner(500), clock, settleMs: 0, renewMs: 20, onLost: (h) => void (lostTo = h) })
    await storage.setItem("job:j", { pid: 600, host: "box-c", expiresAt: 99_999, token: "other" })
    await Bun.sleep(80)
    expect(lostTo).toMatchObject({ pid: 600, host: "box-c" })
    await lease.release()
    expect(await storage.getItem<LeaseValue>("job:j")).toMatchObject({ pid: 600 }) // not ours to remove
  })

  test("renewal keeps the lease alive past its ttl", async () => {
    const storage = createCxedgeStorage().locks
    const clock = createManualClock(0)
    const lease = await acquireLease({ storage, jobId: "r", owner: owner(700), clock, settleMs: 0, ttlMs: 1_000, renewMs: 20 })
    clock.advance(5_000)
    await Bun.sleep(60)
    expect((await storage.getItem<LeaseValue>("job:r"))!.expiresAt).toBe(6_000)
    await lease.release()
  })

  test("two runners starting at the same moment: exactly one holds the lease", async () => {
    const storage = createCxedgeStorage().locks
    const clock = { now: () => Date.now(), sleep: (ms: number) => Bun.sleep(ms) }
    const results = await Promise.allSettled([701, 702, 703].map((pid) => acquireLease({ storage, jobId: "race", owner: owner(pid), clock, settleMs: 30 })))
    const held = results.filter((r) => r.status === "fulfilled")
    expect(held).toHaveLength(1)
    for (const r of results) if (r.status === "rejected") expect(describeError(r.reason)).toContain("job race")
    await (held[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release()
  })
})
