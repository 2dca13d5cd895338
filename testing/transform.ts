import { describe, expect, test } from "./runner.ts"
import * as v from "valibot"
import { createKeyRing, CxedgeError, type KeyRing, type Transform, type TransformContext } from "../core/index.ts"
import { compileMatrix } from "../plugins/anonymize/matrix/index.ts"
import { TRANSFORM_NAME } from "../core/plugin-check.ts"

export const TEST_KEYS = createKeyRing({ k1: "a".repeat(43), k2: "b".repeat(43) }, "k1")

/** A kind of value a transform refuses; each kind carries the seeded personal data below. */
export type WrongKind = "object" | "array" | "number" | "string"

// Seeded personal data a refusal must never quote: an email inside objects and arrays, a phone
// number as a number (a message that prints `String(value)` would show its digits).
const SEEDED_EMAIL = "ada.okafor@example.com"
const SEEDED_NUMBER = 15550102030
const seeded: Record<WrongKind, { value: unknown; leaks: string[] }> = {
  object: { value: { nested: { email: SEEDED_EMAIL } }, leaks: ["ada.okafor", "example.com"] },
  array: { value: [SEEDED_EMAIL, { email: SEEDED_EMAIL }], leaks: ["ada.okafor", "example.com"] },
  number: { value: SEEDED_NUMBER, leaks: ["5550102030"] },
  string: { value: SEEDED_EMAIL, leaks: ["ada.okafor", "example.com"] },
}

/** `"object"`, a kind, a list of kinds, or (as before) a sample value whose type is the kind. */
function kindsOf(wrongType: unknown): WrongKind[] {
  const list = Array.isArray(wrongType) ? wrongType : [wrongType]
  return list.map((w) => {
    const kind = typeof w === "string" && w in seeded ? w : Array.isArray(w) ? "array" : typeof w
    if (!(kind in seeded)) throw new Error(`testTransform: wrongType ${String(w)} cannot carry personal data; use one of ${Object.keys(seeded).join(", ")}`)
    return kind as WrongKind
  })
}

type Node = { type?: string; entries?: Record<string, Node>; wrapped?: Node; pipe?: Node[] }
const unwrap = (s: Node | undefined): Node | undefined => {
  for (let i = 0; s && i < 8; i++) {
    if (s.wrapped) s = s.wrapped
    else if (s.pipe?.[0] && s.pipe[0] !== s) s = s.pipe[0]
    else break
  }
  return s
}

/**
 * The suite every transform passes, built-in or third-party: a valibot params
 * schema that a matrix cannot get around (unknown or mistyped params are
 * refused), its vectors, determinism, leaving its own output alone, and
 * errors that name the path without quoting the value.
 *
 * `wrongType` names the kinds of value the transform refuses (`"object"`,
 * `"array"`, `"number"`, `"string"`, or a list): each is passed carrying
 * seeded personal data the error message must not contain.
 *
 * @example
 * testTransform(initials, { wrongType: ["number", "object"] })
 */
export function testTransform(transform: Transform<any>, options: { keys?: KeyRing; sample?: unknown; wrongType?: unknown; params?: Record<string, unknown> } = {}) {
  const keys = options.keys ?? TEST_KEYS
  const ctx = (path = "field") => ({ path, record: {}, keys })
  const params = (raw: unknown) => v.parse(transform.params, raw ?? {})
  const baseParams: Record<string, unknown> = options.params ?? transform.vectors?.[0]?.params ?? {}
  /** Compiles a one-rule matrix, as `cxedge anonymize --matrix` does before any call. */
  const compile = (p: unknown) => compileMatrix({ name: "contract", fields: [{ path: "field", transform: transform.name, params: p as Record<string, unknown> }] }, { transforms: new Map([[transform.name, transform]]), keys })
  const refusal = (p: unknown) => {
    try {
      compile(p)
    } catch (error) {
      return error
    }
    return undefined
  }

  describe(`transform ${transform.name} (contract)`, () => {
    test("has a name and says whether it is reversible", () => {
      // The rule the runtime loads a plugin's transform by (tokenizeV2 loaded, and this suite refused it).
      expect(transform.name).toMatch(TRANSFORM_NAME)
      expect(typeof transform.reversible).toBe("boolean")
    })

    test("has a valibot params schema that a matrix with the vectors' params compiles with", () => {
      expect((transform.params as { "~standard"?: { vendor?: string } })["~standard"]?.vendor).toBe("valibot")
      expect(v.safeParse(transform.params, baseParams).success).toBe(true)
      expect(() => compile(baseParams)).not.toThrow()
      for (const vec of transform.vectors ?? []) {
        expect(v.safeParse(transform.params, vec.params).success).toBe(true)
        expect(() => compile(vec.params)).not.toThrow()
      }
    })

    test("a matrix with an unknown param is refused, naming it", () => {
      const error = refusal({ ...baseParams, cxedgeNoSuchParam: 1 })
      expect(error).toBeInstanceOf(CxedgeError)
      expect((error as Error).message).toContain("params.cxedgeNoSuchParam")
    })

    const declared = Object.entries(unwrap(transform.params as unknown as Node)?.entries ?? {})
    test.each(declared.map(([key, schema]) => [key, schema] as const))("a matrix with param %s of the wrong type is refused, naming it", (key, schema) => {
      // An object is the wrong type for a scalar param; a number for an object or array param.
      const shape = unwrap(schema)?.type ?? ""
      const wrong = /object|record|array|tuple/.test(shape) ? 12345 : { wrong: true }
      expect(v.safeParse(transform.params, { ...baseParams, [key]: wrong }).success).toBe(false)
      const error = refusal({ ...baseParams, [key]: wrong })
      expect(error).toBeInstanceOf(CxedgeError)
      expect((error as Error).message).toContain(`params.${key}`)
    })

    test.each((transform.vectors ?? []).map((vec, i) => [i, vec] as const))("vector %i", async (_, vec) => {
      expect(await transform.apply(vec.in, params(vec.params), ctx(vec.path))).toEqual(vec.out)
    })

    valueChecks(transform, options, ctx, params, baseParams)
  })
}

/** Values no transform writes: plain words, a name, an email, phone numbers and numbers. */
const ORDINARY: unknown[] = ["hello world", "Ada Okafor", "ada.okafor@example.com", "+44 20 7946 0958", "07700 900123", "12345", 12345, "London"]

/** Determinism, recognizing its own output, and refusals that quote no personal data: checks on a sample value. */
function valueChecks(transform: Transform<any>, options: { sample?: unknown; wrongType?: unknown }, ctx: (path?: string) => TransformContext, params: (raw: unknown) => unknown, baseParams: Record<string, unknown>) {
  const sample = options.sample ?? transform.vectors?.[0]?.in
  const sampleParams = transform.vectors?.[0]?.params ?? baseParams
  if (sample !== undefined) {
    test("is deterministic", async () => {
      const p = params(sampleParams)
      expect(await transform.apply(sample, p, ctx())).toEqual(await transform.apply(sample, p, ctx()))
    })
    if (transform.recognizes) {
      test("recognizes its own output, so nothing is transformed twice", async () => {
        const p = params(sampleParams)
        const out = await transform.apply(sample, p, ctx())
        expect(transform.recognizes!(out, p)).toBe(true)
        expect(transform.recognizes!(sample, p)).toBe(false)
      })
      // A recognizes that says yes to everything passed the lines above with its one sample, and a job then left every
      // value as it was ("already done"). Saying yes is a claim that apply would leave the value as it is (scrub's
      // "nothing to scrub" in plain words is one that holds).
      test("recognizes an ordinary value only when apply would leave it as it is", async () => {
        const p = params(sampleParams)
        let claimed = 0
        for (const value of ORDINARY) {
          if (!transform.recognizes!(value, p)) continue
          const out = await Promise.resolve(transform.apply(value, p, ctx())).catch(() => Symbol("refused"))
          if (JSON.stringify(out) !== JSON.stringify(value)) claimed++
        }
        if (claimed) throw new Error(`transform ${transform.name}: recognizes says ${claimed} of ${ORDINARY.length} ordinary values (plain words, a name, an email, phone numbers, a number) are its own output, though apply would change them, so a job would leave them as they are: make it true only for what apply returns`)
      })
    }
  }
  if (options.wrongType !== undefined) {
    test.each(kindsOf(options.wrongType))("refuses a value of the wrong type (%s) with the path named and the value not quoted", async (kind) => {
      const { value, leaks } = seeded[kind]
      let error: unknown
      try {
        await transform.apply(structuredClone(value), params(sampleParams), ctx("customFields[3].value"))
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(CxedgeError)
      expect((error as Error).message).toContain("customFields[3].value")
      for (const leak of leaks) expect((error as Error).message).not.toContain(leak)
    })
  }
}
