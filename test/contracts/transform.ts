import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { createKeyRing, CxedgeError, type KeyRing, type Transform } from "../../core/index.ts"

export const TEST_KEYS = createKeyRing({ k1: "a".repeat(43), k2: "b".repeat(43) }, "k1")

/**
 * The suite every transform passes, built-in or third-party: its vectors,
 * determinism, leaving its own output alone, and errors that name the path
 * without quoting the value.
 */
export function testTransform(transform: Transform<any>, options: { keys?: KeyRing; sample?: unknown; wrongType?: unknown } = {}) {
  const keys = options.keys ?? TEST_KEYS
  const ctx = (path = "field") => ({ path, record: {}, keys })
  const params = (raw: unknown) => v.parse(transform.params, raw ?? {})

  describe(`transform ${transform.name} (contract)`, () => {
    test("has a name, a params schema and says whether it is reversible", () => {
      expect(transform.name).toMatch(/^[a-z][a-z0-9-]*$/)
      expect(typeof transform.reversible).toBe("boolean")
    })

    test.each((transform.vectors ?? []).map((vec, i) => [i, vec] as const))("vector %i", async (_, vec) => {
      expect(await transform.apply(vec.in, params(vec.params), ctx(vec.path))).toEqual(vec.out)
    })

    const sample = options.sample ?? transform.vectors?.[0]?.in
    const sampleParams = transform.vectors?.[0]?.params ?? {}
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
      }
    }
    if (options.wrongType !== undefined) {
      test("refuses a value of the wrong type with the path named and the value not quoted", async () => {
        const secret = { nested: "ada.okafor@example.com" }
        const wrong = options.wrongType === "object" ? secret : options.wrongType
        let error: unknown
        try {
          await transform.apply(wrong, params(sampleParams), ctx("customFields[3].value"))
        } catch (e) {
          error = e
        }
        expect(error).toBeInstanceOf(CxedgeError)
        expect((error as Error).message).toContain("customFields[3].value")
        expect((error as Error).message).not.toContain("ada.okafor")
      })
    }
  })
}
