import { describe, expect, test } from "bun:test"
import { createSandbox } from "../../../sandbox/app.ts"
import { createSkillPoller, longestWaitSec } from "../../../plugins/skill-activity/poller.ts"
import { sandboxClient } from "../../helpers.ts"

describe("skills activity --watch: longest wait", () => {
  test("a skill left out of a delta, or a 304, keeps waiting: its wait grows with the latest poll's server time", async () => {
    let now = Date.now()
    const sandbox = await createSandbox({ contacts: 1, now: () => now })
    // What the tenant answered to each poll: the delta really leaves skills out.
    const answers: { status: number; skills: number[] }[] = []
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await sandbox.fetch(input, init)
      if (new URL(new Request(input, init).url).pathname.endsWith("/skills/activity")) {
        const body = response.status === 200 ? ((await response.clone().json()) as { skillActivity: { skillId: number }[] }) : undefined
        answers.push({ status: response.status, skills: body?.skillActivity.map((s) => s.skillId) ?? [] })
      }
      return response
    }) as typeof globalThis.fetch
    const { client, state } = await sandboxClient({ sandbox, fetch })
    const poller = createSkillPoller(client, undefined, { now: () => now })
    const waits = (skills: Awaited<ReturnType<typeof poller.poll>>["skills"]) => Object.fromEntries(skills.map((s) => [s.skillId, longestWaitSec(s)]))

    // The sandbox's Email Care has waited 620 s, Billing 45 s, Support Chat has no queue.
    const first = await poller.poll()
    expect(waits(first.skills)).toEqual({ 4101: 45, 4102: 0, 4103: 620 })

    // A minute later only Billing changed: the delta holds Billing alone.
    now += 60_000
    Object.assign(state.skills[0]!, { agentsAvailable: 1, updatedAt: now })
    const second = await poller.poll()
    expect(answers.at(-1)).toEqual({ status: 200, skills: [4101] })
    expect(second.changed).toBe(true)
    expect(waits(second.skills)).toEqual({ 4101: 105, 4102: 0, 4103: 680 })

    // Thirty seconds on, nothing changed: a 304 with no server time; the wait still grows.
    now += 30_000
    const third = await poller.poll()
    expect(answers.at(-1)).toEqual({ status: 304, skills: [] })
    expect(third.changed).toBe(false)
    expect(waits(third.skills)).toEqual({ 4101: 135, 4102: 0, 4103: 710 })
    expect(third.skills.map((s) => s.skillId)).toEqual([4101, 4102, 4103])
  })

  test("a 200 with no rows (the other way a tenant may say 'no change') moves the server time too", async () => {
    let now = Date.now()
    const sandbox = await createSandbox({ contacts: 1, now: () => now })
    let empty = false
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await sandbox.fetch(input, init)
      if (empty && response.status === 304) {
        return Response.json({ skillActivity: [], lastPollTime: new Date(now).toISOString(), totalRecords: 0 })
      }
      return response
    }) as typeof globalThis.fetch
    const { client } = await sandboxClient({ sandbox, fetch })
    // This process's clock stands still: only the server's time can make the wait grow.
    const poller = createSkillPoller(client, 4103, { now: () => 0 })
    expect(longestWaitSec((await poller.poll()).skills[0]!)).toBe(620)
    now += 45_000
    empty = true
    const next = await poller.poll()
    expect(next.changed).toBe(false)
    expect(longestWaitSec(next.skills[0]!)).toBe(665)
  })
})

test("--interval takes a span of two units (1m30s) and says what it takes when refused", async () => {
  const { parseInterval } = await import("../../../plugins/skill-activity/commands.ts")
  expect(parseInterval("1m30s")).toBe(90_000)
  expect(parseInterval("1.5m")).toBe(90_000)
  expect(parseInterval("500ms 2s")).toBe(2500)
  expect(parseInterval("30")).toBe(30_000)
  expect(() => parseInterval("1m30x")).toThrow('--interval "1m30x" is not a duration: use e.g. 5s, 500ms, 1m or 1m30s')
  expect(() => parseInterval("2h")).toThrow("is more than 1h")
})

test("a queue time the tenant writes with no zone is UTC, as CXone reports: the wait is the same in every machine zone", () => {
  const row = { skillId: 1, queueCount: 2, agentsAvailable: 0, earliestQueueTime: "2026-12-01T10:00:00.000", serverTime: "2026-12-01T10:05:00.000Z" }
  const tz = process.env.TZ
  try {
    // Date.parse read the zone-less time in the machine's zone: 9 h off in Tokyo, -5 h (so 0) in New York.
    for (const zone of ["Asia/Tokyo", "America/New_York", "UTC"]) {
      process.env.TZ = zone
      expect(longestWaitSec(row)).toBe(300)
      expect(longestWaitSec({ ...row, serverTime: "2026-12-01T10:05:00" })).toBe(300)
    }
  } finally {
    process.env.TZ = tz
  }
  expect(longestWaitSec({ ...row, earliestQueueTime: "yesterday" })).toBe(0)
})
