import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { defineTransform } from "../../../../core/index.ts"
import { compileMatrix, validatePlan } from "../../../../plugins/anonymize/matrix/index.ts"
import { TEST_KEYS } from "../../../../testing/transform.ts"

// A plugin transform marked `reversible: true` was exempt from E_UNCHANGED: one that returned its input wrote the
// account number back as it was, and the contact counted as anonymized.
const identrev = defineTransform({ name: "identrev", description: "returns its input", params: v.object({}), reversible: true, apply: (x) => x })
const revtail = defineTransform({ name: "revtail", description: "a reversible prefix", params: v.object({}), reversible: true, apply: (x) => `T-${String(x)}` })
const transforms = new Map<string, any>([["identrev", identrev], ["revtail", revtail]])
const codes = async (transform: string, record: Record<string, unknown>) =>
  validatePlan(await compileMatrix({ name: "t", fields: [{ path: "account", transform, params: {} }] }, { transforms, keys: TEST_KEYS }).plan(record)).map((p) => [p.code, p.path, p.transform, p.reason])

describe("E_UNCHANGED holds for reversible transforms too", () => {
  test("a reversible transform that leaves a non-empty value as it was fails the contact, naming the field and the rule, not the value", async () => {
    const found = await codes("identrev", { account: "GB29NWBK60161331926819" })
    expect(found).toEqual([["E_UNCHANGED", "account", "identrev", "identrev left the value at account unchanged: check the rule's params"]])
  })

  test("a reversible transform that changes the value passes; an empty value may stay empty", async () => {
    expect(await codes("revtail", { account: "GB29NWBK60161331926819" })).toEqual([])
    expect(await codes("identrev", { account: "" })).toEqual([])
  })
})
