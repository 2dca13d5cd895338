// The text-inspector contract: the plugins that need to find personal data in free text (validation's residual check,
// a hold's reason) ask `rt.inspector`, so a third party's inspector serves them as the pii plugin's does.
import { expect, test } from "bun:test"
import { createRuntime, definePlugin, type Finding, type TextInspector } from "../../core/index.ts"
import { compileMatrix, residualCheck, validatePlan } from "../../plugins/anonymize/matrix/index.ts"
import { builtins } from "../../plugins/manifest.ts"
import { TEST_KEYS } from "../../testing/transform.ts"

/** A tenant's own inspector: an account number `ACC-` and eight digits, nothing else. */
const accounts: TextInspector = {
  analyze: (text) => [...text.matchAll(/ACC-\d{8}/g)].map((m): Finding => ({ type: "ACCOUNT", start: m.index!, end: m.index! + m[0].length, score: 0.9, recognizer: "account" })),
  residual: (text) => accounts.analyze(text),
}
const accountsPlugin = definePlugin({ name: "accounts", version: "1.0.0", setup: () => accounts, inspector: (state) => state })

test("a third party's inspector is the runtime's, and validation rejects what it still finds", async () => {
  const rt = await createRuntime({ plugins: ["anonymize", accountsPlugin] }, { builtins })
  expect(rt.inspector).toBe(accounts)
  const matrix = compileMatrix({ name: "t", defaultRegion: "GB", fields: [{ path: "note", transform: "replace", params: { value: "see ACC-12345678" } }] } as never, { transforms: rt.transforms, keys: TEST_KEYS, residual: residualCheck(rt) })
  const problems = validatePlan(await matrix.plan({ note: "x" }))
  expect(problems.map((p) => p.code)).toContain("E_RESIDUAL_PII")
  expect(JSON.stringify(problems)).not.toContain("12345678")
  await rt.dispose()
})

test("the pii plugin provides the inspector; a runtime without one has none, and no residual check", async () => {
  const withPii = await createRuntime({ plugins: ["anonymize", "pii"] }, { builtins })
  expect(withPii.inspector?.residual("ring 020 7946 0958 today").map((f) => f.type)).toEqual(["PHONE"])
  await withPii.dispose()
  const without = await createRuntime({ plugins: ["anonymize"] }, { builtins })
  expect(without.inspector).toBeUndefined()
  expect(residualCheck(without)).toBeUndefined()
  await without.dispose()
})

test("two inspectors are refused at load, naming both; an inspector that is no function too", async () => {
  await expect(createRuntime({ plugins: ["pii", accountsPlugin] }, { builtins })).rejects.toThrow(/plugins "pii" and "accounts" both provide a text inspector/)
  const broken = { name: "broken", version: "1.0.0", inspector: { analyze: () => [] } } as never
  await expect(createRuntime({ plugins: [broken] }, { builtins })).rejects.toThrow(/plugin "broken": inspector must be a function/)
})
