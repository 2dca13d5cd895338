import { describe, expect, test } from "bun:test"
import type { CxoneClient } from "../../../core/index.ts"
import { digestOf } from "../../../plugins/anonymize/digest.ts"
import type { Plan } from "../../../plugins/anonymize/matrix/index.ts"
import type { Source, WriteContext } from "../../../plugins/anonymize/pipeline.ts"
import { createPatchTarget, sameValues } from "../../../plugins/anonymize/targets/patch.ts"

/** A patch target whose tenant answers each PATCH with `answer` (what it says it stored). */
function patchWith(answer: Record<string, unknown>) {
  const client = { request: async () => ({ status: 200, data: answer, headers: new Headers({ etag: '"e2"' }) }) } as unknown as CxoneClient
  const source = { name: "stub", pages: async function* () {}, get: async () => undefined } as unknown as Source
  return createPatchTarget(client, source)
}

function contextOf(output: Record<string, unknown>, fields: string[]): WriteContext {
  const plan: Plan = { output, changes: [], problems: [], covered: [] }
  const digest = digestOf(output, fields)
  return { jobId: "j", record: { id: "1", etag: '"e1"', data: {} }, plan, fields, digest, replan: async () => ({ plan, fields, digest }) }
}

describe("a PATCH's answer is compared with the plan", () => {
  const output = { firstName: "anon_1", email: null, customFields: { a: 1, b: ["x"] } }
  const fields = ["customFields", "email", "firstName"]

  test("the values planned, a deleted field answered absent or null: verified", async () => {
    for (const answer of [{ id: "1", ...output }, { id: "1", firstName: "anon_1", customFields: { a: 1, b: ["x"] } }]) {
      expect((await patchWith(answer).write(contextOf(output, fields))).verified).toBe(true)
    }
  })

  test("any field stored otherwise (a value, a nested value, a type, a deletion not made): not verified", async () => {
    for (const answer of [
      { ...output, firstName: "Ada" },
      { ...output, customFields: { a: 2, b: ["x"] } },
      { ...output, customFields: { a: "1", b: ["x"] } },
      { ...output, email: "ada@example.com" },
    ]) {
      expect((await patchWith(answer).write(contextOf(output, fields))).verified).toBe(false)
    }
  })

  test("agrees with the digest on every case: equal values are equal digests", () => {
    const list = [{ name: "accountNumber", value: "" }, { name: "note", value: "" }]
    const cases: Record<string, unknown>[] = [
      output, { ...output, firstName: "Ada" }, { firstName: "anon_1" }, { ...output, customFields: { b: ["x"], a: 1 } }, { ...output, email: 0 },
      // Custom fields as the records API holds them, an array of objects: equal, reordered, shorter, a value changed.
      { ...output, customFields: list }, { ...output, customFields: list.map((c) => ({ ...c })) }, { ...output, customFields: [...list].reverse() },
      { ...output, customFields: list.slice(1) }, { ...output, customFields: [{ ...list[0], value: "1" }, list[1]] },
      // What JSON leaves out or writes as null: an undefined key, an undefined or NaN element, a number against its text.
      { ...output, customFields: { a: 1, b: ["x"], c: undefined } }, { ...output, customFields: { a: 1, b: [null] } }, { ...output, customFields: { a: 1, b: [undefined] } },
      { ...output, customFields: { a: 1, b: [Number.NaN] } }, { ...output, customFields: { a: "1", b: ["x"] } }, { ...output, customFields: [] }, { ...output, customFields: {} },
    ]
    for (const a of cases) for (const b of cases) expect(sameValues(a, b, fields)).toBe(digestOf(a, fields) === digestOf(b, fields))
  })
})
