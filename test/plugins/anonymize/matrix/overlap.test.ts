import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { checkMatrix, compileMatrix, readMatrix } from "../../../../plugins/anonymize/matrix/index.ts"
import { builtinTransforms } from "../../../../plugins/anonymize/transforms/index.ts"
import { TEST_KEYS } from "../../../../testing/transform.ts"
import { runCli } from "../../../helpers.ts"

const transforms = new Map(builtinTransforms.map((t) => [t.name, t]))

/** Reads and checks a matrix as `matrix validate` does: schema issues, then rule issues. */
function issuesOf(fields: unknown[], extra: Record<string, unknown> = {}) {
  const read = readMatrix({ name: "t", fields, ...extra })
  if (!read.matrix) return read.issues
  return checkMatrix(read.matrix, { transforms, keys: TEST_KEYS }).issues
}
const messages = (fields: unknown[]) => issuesOf(fields).map((i) => `${i.where}: ${i.message}`)

describe("two rules that can reach one value are refused, naming both", () => {
  test("a redact then an hmac on one field (today: a linkable token of the emptied value) is refused", () => {
    const found = messages([
      { path: "firstName", transform: "nullify" },
      { path: "email", transform: "redact" },
      { path: "notes", transform: "redact" },
      { path: "email", transform: "hmac" },
    ])
    expect(found).toHaveLength(1)
    expect(found[0]).toStartWith("fields[3] (email): overlaps fields[1] (email): ")
    expect(found[0]).toContain("keep one rule")
    expect(() => compileMatrix({ name: "t", fields: [{ path: "email", transform: "redact", params: {} }, { path: "email", transform: "hmac", params: {} }] }, { transforms, keys: TEST_KEYS })).toThrow("overlaps fields[0] (email)")
  })

  test.each([
    ["[*] and [0] of one array", "customFields[*].value", "customFields[0].value"],
    ["[1] and [*]", "customFields[1].value", "customFields[*].value"],
    ["a parent and its child", "customFields", "customFields[*].value"],
    ["a child and its parent", "address.city", "address"],
    ["[*] and a deeper path under it", "tags[*]", "tags[*].label"],
  ])("%s", (_, a, b) => {
    const found = messages([{ path: a, transform: "redact" }, { path: b, transform: "redact" }])
    expect(found).toHaveLength(1)
    expect(found[0]).toStartWith(`fields[1] (${b}): overlaps fields[0] (${a}): `)
  })

  test.each([
    ["different fields", "email", "phone"],
    ["siblings in one array element", "customFields[*].name", "customFields[*].value"],
    ["two different indexes", "customFields[0].value", "customFields[1].value"],
    ["a prefix that is not a parent", "note", "notes"],
    ["an object key against an array position", "a.b", "a[0]"],
  ])("no overlap: %s", (_, a, b) => {
    expect(messages([{ path: a, transform: "redact" }, { path: b, transform: "redact" }])).toEqual([])
  })

  test("when conditions: allowed only where they provably never hold together", () => {
    const on = (w1: unknown, w2: unknown, path2 = "customFields[*].value") =>
      messages([{ path: "customFields[*].value", transform: "redact", when: w1 }, { path: path2, transform: "hmac", when: w2 }])
    // exclusive: the same sibling, disjoint values
    expect(on({ field: "name", equals: "a" }, { field: "name", equals: "b" })).toEqual([])
    expect(on({ field: "name", equals: "a" }, { field: "name", notIn: ["a", "z"] })).toEqual([])
    expect(on({ field: "name", in: ["a", "b"] }, { field: "name", in: ["c"] })).toEqual([])
    expect(on({ field: "name", exists: true }, { field: "name", exists: false })).toEqual([])
    expect(on({ field: "name", equals: "x1" }, { field: "name", matches: "^y" })).toEqual([])
    expect(on([{ field: "kind", equals: "k" }, { field: "name", equals: "a" }], { field: "name", equals: "b" })).toEqual([])
    expect(on({ field: "name", equals: "a" }, { field: "name", equals: "b" }, "customFields[2].value")).toEqual([])
    // not provably exclusive: refused
    expect(on({ field: "name", equals: "a" }, { field: "name", equals: "a" })).toHaveLength(1)
    expect(on({ field: "name", in: ["a", "b"] }, { field: "name", in: ["b", "c"] })).toHaveLength(1)
    expect(on({ field: "name", equals: "a" }, { field: "kind", equals: "b" })).toHaveLength(1) // different fields can both hold
    expect(on({ field: "name", notIn: ["a"] }, { field: "name", notIn: ["b"] })).toHaveLength(1)
    expect(on({ field: "name", exists: true }, { field: "name", matches: "^a" })).toHaveLength(1)
    expect(on({ field: "name", equals: "a" }, undefined)).toHaveLength(1) // one rule unconditional
    expect(on({ field: "name", equals: "a" }, { field: "name", equals: "1" })).toEqual([])
    expect(on({ field: "name", equals: 1 }, { field: "name", equals: "1" })).toEqual([]) // compared with ===
  })

  test("a parent and child are exclusive only on a $. field: their sibling fields live in different objects", () => {
    const pair = (w1: unknown, w2: unknown) =>
      messages([{ path: "address", transform: "redact", when: w1 }, { path: "address.city", transform: "redact", when: w2 }])
    expect(pair({ field: "kind", equals: "a" }, { field: "kind", equals: "b" })).toHaveLength(1)
    expect(pair({ field: "$.channel", equals: "chat" }, { field: "$.channel", equals: "call" })).toEqual([])
  })

  test("exclusive rules on one path each apply where their condition holds", async () => {
    const m = compileMatrix({ name: "t", fields: [
      { path: "fromAddress", transform: "generalize", params: { to: "email-domain" }, when: { field: "channel", equals: "email" } },
      { path: "fromAddress", transform: "generalize", params: { to: "phone-country" }, when: { field: "channel", notIn: ["email"] } },
    ] }, { transforms, keys: TEST_KEYS })
    expect((await m.plan({ channel: "email", fromAddress: "ada@example.com" })).output.fromAddress).toBe("example.com")
    expect((await m.plan({ channel: "call", fromAddress: "+44 20 7946 0018" })).output.fromAddress).toBe("+44")
  })

  test("seed-format matrices convert to one rule per field and stay valid; two directives on one field do not", () => {
    expect(issuesOf(readMatrix({ directives: { a: { field_name: "email", transform: "hash" }, b: { field_name: "phone", transform: "mask" } } }).matrix!.fields)).toEqual([])
    const twice = readMatrix({ directives: { a: { field_name: "email", transform: "hash" }, b: { field_name: "email", transform: "nullify" } } }).matrix!
    expect(checkMatrix(twice, { transforms, keys: TEST_KEYS }).issues.map((i) => i.where)).toEqual(["fields[1] (email)"])
  })
})

describe("a when condition needs exactly one known operator", () => {
  test.each([
    [{ field: "name" }, "when", "has no operator"],
    [{ field: "name", eq: "x" }, "when", 'unknown key "eq": use one of field, equals, in, notIn, exists, matches'],
    [{ field: "name", equal: "x" }, "when", 'unknown key "equal"'],
    [[{ field: "name", equals: "x" }, { field: "kind", Equals: "y" }], "when[1]", 'unknown key "Equals"'],
    [[{ field: "name", equals: "x" }, { field: "kind" }], "when[1]", "has no operator"],
    [{ field: "name", equals: "x", in: ["y"] }, "when", "more than one operator"],
    [{ field: "name", exists: true, matches: "^a" }, "when", "more than one operator"],
    [{ field: "name", equals: { a: 1 } }, "when.equals", "must be a string or a number or true or false or null, not an object"],
    [{ field: "name", in: "x" }, "when.in", "must be a list, not a string"],
    [{ equals: "x" }, "when.field", "is missing: it is required"],
    [{ field: "__proto__.x", equals: "x" }, "when", '"__proto__"'],
    [{ field: "name", matches: "(" }, "when", "not a valid regular expression"],
  ])("%j is refused at %s", (when, where, says) => {
    const found = issuesOf([{ path: "email", transform: "nullify" }, { path: "customFields[*].value", transform: "redact", when }])
    expect(found.length).toBeGreaterThan(0)
    expect(found[0]!.where).toBe(`fields[1] (customFields[*].value) ${where}`)
    expect(found[0]!.message).toContain(says)
  })

  test("today's bug: an operator-less condition no longer applies everywhere", async () => {
    const read = readMatrix({ name: "t", fields: [{ path: "notes", transform: "redact", when: { field: "$.channel" } }] })
    expect(read.matrix).toBeUndefined()
  })

  test("paths naming prototype keys are refused", () => {
    for (const path of ["__proto__", "a.constructor", "customFields[*].prototype"]) {
      expect(messages([{ path, transform: "redact" }])[0]).toContain("never reads or writes")
    }
    expect(issuesOf([{ path: "a", transform: "redact" }], { keep: ["__proto__.email"] })[0]!.where).toBe("keep[0] (__proto__.email)")
  })

  test("matrix validate exits 2 and prints both rules, with no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-overlap-"))
    const env = { CXEDGE_HMAC_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}` }
    const overlap = join(dir, "overlap.json")
    writeFileSync(overlap, JSON.stringify({ name: "t", fields: [{ path: "email", transform: "redact" }, { path: "email", transform: "hmac" }] }))
    const badWhen = join(dir, "when.json")
    writeFileSync(badWhen, JSON.stringify({ name: "t", fields: [{ path: "notes", transform: "redact", when: { field: "kind", eq: "x" } }] }))
    for (const [file, says] of [[overlap, "fields[1] (email): overlaps fields[0] (email)"], [badWhen, 'fields[0] (notes) when: unknown key "eq"']] as const) {
      const r = await runCli(["matrix", "validate", file, "--storage", "memory"], env)
      expect(r.code).toBe(2)
      expect(r.stdout + r.stderr).toContain(says)
      expect(r.stdout + r.stderr).not.toMatch(/^\s+at /m)
    }
    // and anonymize refuses it before any call
    const run = await runCli(["anonymize", "--matrix", overlap, "--storage", "memory"], env)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("overlaps fields[0] (email)")
    expect(run.stdout).not.toContain("processed")
  })
})
