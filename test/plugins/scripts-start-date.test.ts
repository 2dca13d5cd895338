import { afterAll, beforeAll, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxApp, sandboxEnv, serveSandbox } from "../helpers.ts"

// --start-date (startDate over HTTP) was checked trimmed and as an instant (a date alone as midnight UTC), then sent as
// typed: the tenant read " 2027-10-01" or a bare date its own way. The instant checked is what is sent; white space
// around it is refused before any call.

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 3 })
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin)
})
afterAll(() => served.stop())

const starts = () => sandbox.tenant("acme").scriptStarts
const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10)
const START = ["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", "--yes"]

test("a date alone is sent as the instant checked, midnight UTC", async () => {
  const r = await runCli([...START, "--start-date", tomorrow], env)
  expect(r.code).toBe(0)
  expect(starts().at(-1)?.startDate).toBe(`${tomorrow}T00:00:00.000Z`)
})

test("a date-time with an offset is sent in UTC", async () => {
  const r = await runCli([...START, "--start-date", `${tomorrow}T10:30:00+02:00`], env)
  expect(r.code).toBe(0)
  expect(starts().at(-1)?.startDate).toBe(`${tomorrow}T08:30:00.000Z`)
})

test.each([` ${tomorrow}`, `${tomorrow} `])("--start-date %j with white space: refused, exit 2, nothing started", async (typed) => {
  const before = starts().length
  const r = await runCli([...START, "--start-date", typed], env)
  expect(r.stderr.trim()).toBe(`[cxedge] [flags] --start-date ${JSON.stringify(typed)} has white space ${typed.startsWith(" ") ? "before" : "after"} it: write "${tomorrow}", without it`)
  expect(r.code).toBe(2)
  expect(starts().length).toBe(before)
})

test("over HTTP: startDate of a date alone is sent as midnight UTC; with white space, 400 and nothing started", async () => {
  const { admin, rt, state } = await sandboxApp({ sandbox: { contacts: 3 } })
  try {
    const ok = await admin("/v1/scripts/start", JSON.stringify({ skillId: 4101, scriptPath: "Company\\Callback", startDate: tomorrow }))
    expect(ok.status).toBe(200)
    expect(state.scriptStarts.at(-1)?.startDate).toBe(`${tomorrow}T00:00:00.000Z`)
    const refused = await admin("/v1/scripts/start", JSON.stringify({ skillId: 4101, scriptPath: "Company\\Callback", startDate: `${tomorrow} ` }))
    expect(refused.status).toBe(400)
    expect((await refused.json()).message).toBe(`startDate "${tomorrow} " has white space after it: write "${tomorrow}", without it`)
    expect(state.scriptStarts.length).toBe(1)
  } finally {
    await rt.dispose()
  }
})
