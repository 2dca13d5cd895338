import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

// A sweep's two erasure jobs that ended "succeeded 250, failed 0", exit 0, with personal data left in the tenant:
// a digitalMedia list naming no real medium (DFO messages kept their content), and a subject declared EMAIL over
// phone numbers (those contacts' subjects got no Privacy erasure). Now the first is refused, the second fails.

describe("an erasure job never ends all succeeded with erasures silently not sent", () => {
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  let env: Record<string, string>
  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 60, seed: 5 })
    served = serveSandbox(sandbox)
    env = sandboxEnv(sandbox, served.origin, { CXEDGE_RPS: "2000", CXEDGE_STORAGE: "" })
  })
  afterAll(() => served.stop())

  const erasure = (dir: string, matrix = "gdpr") =>
    runCli(["anonymize", "--matrix", matrix, "--source", "cxone", "--since", "30d", "--target", "erasure", "--storage", "fs", "--storage-dir", join(dir, "state"), "--yes"], env, { cwd: dir })
  const contents = () => [...sandbox.tenant("acme").data.messages.values()].map((m) => m.content)

  for (const [list, says] of [
    [["Chat", "E-mail"], /settings\.anonymize\.digitalMedia\[1\]: "E-mail" is not a known digital medium \(did you mean "Email"\?\)/],
    [[], /settings\.anonymize\.digitalMedia: an empty list leaves every contact's DFO messages out/],
  ] as const) {
    test(`digitalMedia ${JSON.stringify(list)} is refused before any call (exit 2): no message is left, none is touched`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "cxedge-media-"))
      writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ settings: { anonymize: { digitalMedia: list } } }))
      const before = { contents: contents(), erasures: sandbox.tenant("acme").erasures.length }
      const r = await erasure(dir)
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(says)
      expect(r.stderr).not.toContain("    at ")
      expect(contents()).toEqual(before.contents)
      expect(sandbox.tenant("acme").erasures.length).toBe(before.erasures)
    }, 60_000)
  }

  test("a subject declared EMAIL over phone numbers fails those contacts (exit 1), naming the path and the type, never a value", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-er2-"))
    const matrix = join(dir, "er2.json")
    writeFileSync(matrix, JSON.stringify({
      name: "er2",
      target: "erasure",
      subjects: [{ path: "fromAddress", type: "EMAIL" }],
      fields: [{ path: "firstName", transform: "nullify" }, { path: "lastName", transform: "nullify" }, { path: "fromAddress", transform: "nullify" }],
    }))
    const seeded = seededValues(sandbox)
    const phones = sandbox.tenant("acme").data.completed.filter((c) => !c.fromAddress.includes("@")).length
    expect(phones).toBeGreaterThan(0)
    const r = await erasure(dir, matrix)
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(new RegExp(`failed\\s+${phones}\\n`))
    expect(r.stderr).toContain("subject fromAddress is declared EMAIL, but this contact's value there is not an email address")
    expect(sandbox.tenant("acme").erasures.filter((e) => e.subjectIdentifierType === "PHONENO")).toHaveLength(0)
    expect(findLeaks(r.stdout + r.stderr, seeded)).toEqual([])
  }, 60_000)
})
