import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { createKeyRing } from "../../../../core/index.ts"
import { checkMatrix, compileMatrix, matrixJsonSchema, readMatrix, validatePlan } from "../../../../plugins/anonymize/matrix/index.ts"
import { builtinTransforms } from "../../../../plugins/anonymize/transforms/index.ts"
import { RECORD_LIMITS } from "../../../../plugins/anonymize/targets/patch.ts"
import { TEST_KEYS } from "../../../../testing/transform.ts"
import { ROOT } from "../../../helpers.ts"

const transforms = new Map(builtinTransforms.map((t) => [t.name, t]))
const compile = (fields: any[], extra = {}) => compileMatrix({ name: "t", fields, ...extra }, { transforms, keys: TEST_KEYS })

describe("matrix engine", () => {
  test("[*] paths with a when-condition on a sibling; the input is never mutated", async () => {
    const m = compile([{ path: "customFields[*].value", transform: "redact", when: { field: "name", in: ["note"] } }])
    const record = { id: "1", customFields: [{ name: "note", value: "call Ada" }, { name: "tier", value: "gold" }] }
    const frozen = structuredClone(record)
    const plan = await m.plan(record)
    expect(plan.output.customFields).toEqual([{ name: "note", value: "" }, { name: "tier", value: "gold" }])
    expect(record).toEqual(frozen)
    expect(plan.changes.map((c) => c.path)).toEqual(["customFields[0].value"])
    // untouched branches are shared, not copied
    expect((plan.output.customFields as unknown[])[1]).toBe(record.customFields[1])
  })

  test("a branch written as an empty string holds nothing: the record goes on, as with null; a branch of another kind is a problem", async () => {
    const m = compile([{ path: "customFields[*].value", transform: "redact" }, { path: "email", transform: "nullify" }])
    for (const empty of ["", null]) {
      const plan = await m.plan({ id: "1", email: "ada@example.com", customFields: empty })
      expect(plan.problems).toEqual([])
      expect(plan.output.email).toBeNull()
    }
    const odd = await m.plan({ id: "1", email: "ada@example.com", customFields: "call Ada on 07700 900123" })
    expect(odd.problems.map((p) => p.code)).toEqual(["E_FIELD_SHAPE"])
    expect(JSON.stringify(odd.problems)).not.toContain("07700")
  })

  test("conditions can read the record root with $.", async () => {
    const m = compile([{ path: "notes", transform: "redact", when: { field: "$.channel", equals: "chat" } }])
    expect((await m.plan({ channel: "chat", notes: "x" })).output.notes).toBe("")
    expect((await m.plan({ channel: "call", notes: "x" })).output.notes).toBe("x")
  })

  test("missing fields and nulls are left alone; a wrong type is a per-field problem naming the path", async () => {
    const m = compile([{ path: "email", transform: "hmac" }, { path: "phone", transform: "mask" }])
    const plan = await m.plan({ email: { nested: "ada@example.com" }, phone: null })
    expect(plan.changes).toHaveLength(0)
    expect(plan.problems).toHaveLength(1)
    expect(plan.problems[0]!.reason).toContain("email")
    expect(plan.problems[0]!.reason).not.toContain("ada@example.com")
  })

  test("validation: limits, type kept, unchanged irreversible output, residual PII", async () => {
    const long = compile([{ path: "phone", transform: "replace", params: { value: "x".repeat(60) } }])
    expect(validatePlan(await long.plan({ phone: "+15550102030" }), RECORD_LIMITS).map((p) => p.code)).toEqual(["E_LIMIT"])
    const typed = compile([{ path: "age", transform: "replace", params: { value: "old" } }])
    expect(validatePlan(await typed.plan({ age: 42 })).map((p) => p.code)).toEqual(["E_TYPE_CHANGED"])
    const same = compile([{ path: "name", transform: "replace", params: { value: "Ada" } }])
    // a value equal to the replacement is recognized as already done, not flagged
    expect((await same.plan({ name: "Ada" })).changes[0]!.already).toBe(true)
    const weak = compile([{ path: "notes", transform: "mask", params: { keepStart: 30, keepEnd: 30 } }])
    const plan = await weak.plan({ notes: "write to ada.okafor@example.com or call +44 20 7946 0958 today please" })
    expect(validatePlan(plan).map((p) => p.code)).toEqual(["E_RESIDUAL_PII"])
  })

  test("residual check: the shortest email and phone patterns are still caught, also after clean values were seen", async () => {
    // replace writes a fixed value: what a generalized field repeats, thousands of times in a job.
    const fixed = (value: string) => compile([{ path: "notes", transform: "replace", params: { value } }])
    const codes = async (value: string) => validatePlan(await fixed(value).plan({ notes: "something else" })).map((p) => p.code)
    for (let i = 0; i < 3; i++) expect(await codes("2026-09-21T14:00:00.000Z")).toEqual([])
    expect(await codes("+1")).toEqual([])
    expect(await codes("a@b.c")).toEqual(["E_RESIDUAL_PII"])
    expect(await codes("a@b.c")).toEqual(["E_RESIDUAL_PII"])
    expect(await codes("12345678")).toEqual(["E_RESIDUAL_PII"])
    expect(await codes("tok_k1_QLOigSe39fPOV-E2iN0ODQ")).toEqual([])
    expect(await codes("ada@example.com")).toEqual(["E_RESIDUAL_PII"])
    // more distinct clean values than are remembered: the check still answers each one
    for (let i = 0; i < 1100; i++) expect(await codes(`2026-01-01T${String(i % 24).padStart(2, "0")}:00:00.${String(i).padStart(4, "0")}Z`)).toEqual([])
    expect(await codes("call +44 20 7946 0958")).toEqual(["E_RESIDUAL_PII"])
  })

  test("checkMatrix reports every problem with its field path", () => {
    const { matrix } = readMatrix({ name: "bad", fields: [
      { path: "a", transform: "shred" },
      { path: "b", transform: "mask", params: { keepStart: -1 } },
      { path: "c[", transform: "nullify" },
    ] })
    const { issues } = checkMatrix(matrix!, { transforms, keys: TEST_KEYS })
    expect(issues.map((i) => i.where)).toEqual(["fields[0] (a) transform", "fields[1] (b) params.keepStart", "fields[2] (c[)"])
    expect(issues[0]!.message).toContain('unknown transform "shred"')
  })

  test("a keyed transform without keys says to set CXEDGE_HMAC_KEYS", () => {
    expect(() => compileMatrix({ name: "t", fields: [{ path: "e", transform: "hmac", params: {} }] }, { transforms, keys: createKeyRing(undefined) })).toThrow("CXEDGE_HMAC_KEYS")
  })

  test("strict schema: a misspelt key is an error, not silently ignored", () => {
    const { issues } = readMatrix({ name: "t", fields: [{ path: "a", transfrom: "nullify" }] })
    expect(issues.length).toBeGreaterThan(0)
  })

  test("the seed's directives give the seed's outputs (vectors from its Python)", async () => {
    const fixture = JSON.parse(readFileSync(`${ROOT}test/fixtures/seed-vectors.json`, "utf8"))
    const { matrix } = readMatrix({ directives: fixture.directives })
    const m = compileMatrix(matrix!, { transforms, keys: TEST_KEYS })
    for (const vector of fixture.vectors) {
      const plan = await m.plan(vector.in)
      for (const [key, expected] of Object.entries(vector.out)) expect([key, plan.output[key]]).toEqual([key, expected])
    }
  })

  test("matrices/schema.json is the schema generated from the valibot source (no drift)", () => {
    const committed = JSON.parse(readFileSync(`${ROOT}matrices/schema.json`, "utf8"))
    expect(committed).toEqual(JSON.parse(JSON.stringify(matrixJsonSchema())))
  })

  test.each(["gdpr", "pci", "analytics", "seed-example"])("matrices/%s.json loads and compiles", (name) => {
    const { matrix, issues } = readMatrix(JSON.parse(readFileSync(`${ROOT}matrices/${name}.json`, "utf8")))
    expect(issues).toEqual([])
    expect(() => compileMatrix(matrix!, { transforms, keys: TEST_KEYS })).not.toThrow()
  })
})
