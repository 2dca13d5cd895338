import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

// A sweep's erasure job that ended "succeeded 250, failed 0", exit 0, with personal data left in the tenant:
// a digitalMedia list naming no real medium (DFO messages kept their content). Now it is refused.

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
    [[], /settings\.anonymize\.digitalMedia: an empty list removes no contact's DFO messages/],
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
})
