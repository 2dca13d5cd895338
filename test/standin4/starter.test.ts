import { afterEach, describe, expect, test } from "bun:test"
import { cxedge, envFor, leaks } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"
import { TENANT_ID, type Knobs } from "./tenant.ts"

let standin: Standin | undefined
afterEach(() => standin?.stop())

/** Runs each command in turn against one tenant (one storage dir, as a user's day-one session). */
async function session(knobs: Partial<Knobs>, ...commands: string[][]) {
  standin = startStandin(knobs)
  const env = envFor(standin.origin)
  const runs = []
  for (const args of commands) runs.push(await cxedge(args, env))
  for (const run of runs) expect(leaks(run, env)).toEqual([])
  return runs
}

describe("day one: discovery and tokens (cxone-api.md 1.4, 2.1, 2.3)", () => {
  test("a token with expires_in as a string, no refresh_token, `bearer`, an id_token; hosts with upper case and trailing slashes", async () => {
    const [discover, whoami, env, activity] = await session(
      { oddToken: true, oddDiscovery: true },
      ["tenant", "discover"], ["tenant", "whoami"], ["tenant", "env", "area"], ["skills", "activity"],
    )
    for (const run of [discover, whoami, env, activity]) expect(run!.code).toBe(0)
    expect(whoami!.stdout).toContain(TENANT_ID)
    expect(env!.stdout.trim()).toBe("s4")
    expect(activity!.stdout).toContain("Email Care")
    // The discovered host ends in a slash: the path must not start with two.
    expect(standin!.log.requests.filter((r) => r.raw.includes("//"))).toEqual([])
  }, 30_000)
})

describe("skill activity: odd but legal answers (cxone-api.md 6, 8.4)", () => {
  test("counts and ids as strings, dates with +01:00 offsets and seven fraction digits, unknown fields: read as numbers", async () => {
    const [table, health] = await session({ activity: "odd" }, ["skills", "activity", "--json"], ["skills", "health", "--skill", "4102"])
    expect(table!.code).toBe(0)
    expect(JSON.parse(table!.stdout)).toEqual([
      { skillId: 4101, skillName: "Billing", queueCount: 2, agentsAvailable: 3, serviceLevel: 92, longestWaitSec: 45 },
      { skillId: 4102, skillName: "Email Care", queueCount: 7, agentsAvailable: 0, serviceLevel: 61, longestWaitSec: 620 },
    ])
    expect(health!.code).toBe(2)
    expect(health!.stdout).toContain("unhealthy")
  }, 30_000)

  for (const activity of ["empty", "204"] as const) {
    test(`no skills (${activity === "204" ? "204" : "an empty list"}): an empty table, and health has no verdict (exit 3)`, async () => {
      const [table, health] = await session({ activity }, ["skills", "activity", "--json"], ["skills", "health", "--skill", "4101"])
      expect(table!.code).toBe(0)
      expect(JSON.parse(table!.stdout)).toEqual([])
      expect(health!.code).toBe(3)
    }, 30_000)
  }
})

describe("transcripts and scripts: every success code (cxone-api.md 5.1, 7.1)", () => {
  for (const transcriptStatus of [200, 201, 202, 204] as const) {
    test(`a transcript answered ${transcriptStatus}: sent once, exit 0, the address masked`, async () => {
      const [run] = await session({ transcriptStatus }, ["transcript", "send", "--contact", "600044000001", "--to", "layla.haddad@example.ae", "--yes"])
      expect(run!.code).toBe(0)
      expect(run!.stdout).toContain(`(status ${transcriptStatus})`)
      expect(standin!.log.transcripts).toEqual([{ contact: "600044000001", body: { recipients: [{ idOnExternalPlatform: "layla.haddad@example.ae" }] } }])
    }, 30_000)
  }

  for (const scriptAnswer of ["number", "string"] as const) {
    test(`scripts start answered with a contactId above 2^53 as a ${scriptAnswer}: printed exactly, started once`, async () => {
      const [run] = await session({ scriptAnswer }, ["scripts", "start", "--skill", "4101", "--script-path", "Company\\Callback", "--param", "1", "--yes"])
      expect(run!.code).toBe(0)
      expect(run!.stdout.trim()).toBe("700044000000000001")
      expect(standin!.log.scripts.length).toBe(1)
    }, 30_000)
  }
})
