// `skills health --skill` and `skills activity --skill` read a 404 as "not a skill of this tenant" only when the
// skill's own path answered it and the tenant's list of skills answers at the same base: a wrong issuer, API host or
// ACD version 404s too, and was blamed on the id. Each says the setting to check; the exit codes are README's table:
// health 3 (no verdict), activity 1 (the operation failed).
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createSandbox } from "../../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../../helpers.ts"

let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
beforeAll(async () => {
  const sandbox = await createSandbox({ contacts: 4 })
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin)
})
afterAll(() => served?.stop())

const skills = (command: "health" | "activity", skill: string, extra: (origin: string) => Record<string, string> = () => ({})) =>
  runCli(["skills", command, "--skill", skill], { ...env, ...extra(served.origin) })
const NOT_A_SKILL = "is not a skill of this tenant"

describe("skills --skill: which 404 is the skill's", () => {
  test.each(["health", "activity"] as const)("%s: a skill the tenant has not is named as such", async (command) => {
    const r = await skills(command, "99999")
    expect(r.code).toBe(command === "health" ? 3 : 1)
    expect(r.stderr).toContain(`skill 99999 ${NOT_A_SKILL}: check the id`)
  })

  const causes: [string, (origin: string) => Record<string, string>, RegExp][] = [
    ["an issuer with no OpenID configuration", (origin) => ({ CXEDGE_ISSUER: `${origin}/nope` }), /no OpenID configuration at 127\.0\.0\.1:\d+\/nope: check CXEDGE_ISSUER/],
    ["an API host that serves no ACD API", (origin) => ({ CXEDGE_API_URL: `${origin}/wrongbase` }), /the ACD API is not at http:\/\/127\.0\.0\.1:\d+\/wrongbase\/inContactAPI\/services\/v34\.0 .*check CXEDGE_API_URL .* and CXEDGE_ACD_VERSION/],
    ["an ACD version the host does not serve", () => ({ CXEDGE_ACD_VERSION: "v99.0" }), /the ACD API is not at http:\/\/127\.0\.0\.1:\d+\/inContactAPI\/services\/v99\.0 .*check CXEDGE_API_URL .* and CXEDGE_ACD_VERSION \(v99\.0\)/],
  ]
  for (const [what, extra, says] of causes) {
    test.each(["health", "activity"] as const)(`%s: ${what} is said as that, not blamed on skill 4101`, async (command) => {
      const r = await skills(command, "4101", extra)
      expect(r.code).toBe(command === "health" ? 3 : 1)
      expect(r.stderr).not.toContain(NOT_A_SKILL)
      expect(r.stderr).toMatch(says)
    })
  }

  test("the sandbox's own skill still gets its verdict", async () => {
    const r = await skills("health", "4101")
    expect([r.code, r.stdout]).toEqual([0, expect.stringContaining("skill 4101 (Billing): ")])
  })
})
