import { describe, expect, test } from "./runner.ts"
import type { SourceRecord, Target, WriteContext } from "../plugins/anonymize/pipeline.ts"

/** One target under test, over a store the harness can inspect. */
export interface TargetCase {
  target: Target
  /** The write of one record whose plan changes something. */
  context: WriteContext
  /** How many copies of the plan's result the store holds for that record: 0 before the write, 1 after. */
  results(): Promise<number>
  /** Everything a write could change, to compare before and after `check`. */
  snapshot(): unknown | Promise<unknown>
  /** The record as the source reads it now (a resume reads it again); `applied` is asked with it. Default: the context's. */
  fresh?(): Promise<SourceRecord>
  /** A record `check` must refuse, when the target has `check`. */
  invalid?: SourceRecord
  /** The target opened again over the same store, as a resume opens it. */
  reopen?(): Promise<Target>
}

export interface TargetContractOptions {
  /** The target claims that writing the same plan twice leaves one result. */
  idempotent?: boolean
  /**
   * Checks this target is known to fail today, each with the reason: they run as `test.failing`, so the
   * suite goes red the day the target is fixed and the entry must go. Keys: "appliedSameInstance".
   */
  knownBroken?: { appliedSameInstance?: string }
}

const withFresh = async (c: TargetCase): Promise<WriteContext> => ({ ...c.context, record: c.fresh ? await c.fresh() : c.context.record })

/**
 * The suite every Target passes (core/pipeline.ts): `write` puts the plan in
 * the store once and `verify`/`applied` agree with the store (false before,
 * true after, on this instance and on one reopened as a resume would), the
 * same plan written twice leaves one result where the target claims
 * idempotence, `check` refuses a bad record without touching the store, and
 * `close` ends it.
 *
 * `make` builds a fresh store and target for each check.
 *
 * @example
 * testTarget("export (storage)", async () => ({ target, context, results, snapshot }), { idempotent: true })
 */
export function testTarget(name: string, make: () => Promise<TargetCase>, options: TargetContractOptions = {}) {
  describe(`target ${name} (contract)`, () => {
    test("before a write: nothing in the store, applied and verify say so", async () => {
      const c = await make()
      expect(await c.results()).toBe(0)
      if (c.target.applied) expect(await c.target.applied(await withFresh(c))).toBe(false)
      if (c.target.verify) expect(await c.target.verify(c.context)).toBe(false)
    })

    test("write puts the plan in the store once, and verify agrees", async () => {
      const c = await make()
      const result = await c.target.write(c.context)
      expect(result.written).toBe(true)
      expect(await c.results()).toBe(1)
      if (c.target.verify) expect(await c.target.verify(c.context)).toBe(true)
      if (result.verified !== undefined) expect(result.verified).toBe(true)
      await c.target.close?.()
    })

    const known = options.knownBroken?.appliedSameInstance
    ;(known ? test.failing : test)(`after a write, applied is true on the same instance${known ? ` [known broken: ${known}]` : ""}`, async () => {
      const c = await make()
      if (!c.target.applied) return
      await c.target.write(c.context)
      expect(await c.target.applied(await withFresh(c))).toBe(true)
    })

    test("after a write, applied is true on the target reopened as a resume opens it", async () => {
      const c = await make()
      if (!c.target.applied || !c.reopen) return
      await c.target.write(c.context)
      await c.target.close?.()
      const again = await c.reopen()
      expect(await again.applied!(await withFresh(c))).toBe(true)
      await again.close?.()
    })

    if (options.idempotent) {
      test("writing the same plan twice leaves one result", async () => {
        const c = await make()
        await c.target.write(c.context)
        const second = await c.target.write(c.context)
        expect(await c.results()).toBe(1)
        if (c.target.verify) expect(await c.target.verify(c.context)).toBe(true)
        expect(typeof second.written).toBe("boolean")
        await c.target.close?.()
      })
    }

    test("check, when present, refuses a bad record and leaves the store as it was", async () => {
      const c = await make()
      if (!c.target.check) return
      if (!c.invalid) throw new Error(`testTarget(${name}): the target has check(): give an invalid record`)
      const before = JSON.stringify(await c.snapshot())
      const problems = c.target.check(c.invalid)
      expect(problems.length).toBeGreaterThan(0)
      for (const p of problems) {
        expect(typeof p.code).toBe("string")
        expect(p.reason.length).toBeGreaterThan(0)
      }
      expect(c.target.check(c.context.record)).toEqual([])
      expect(JSON.stringify(await c.snapshot())).toBe(before)
      expect(await c.results()).toBe(0)
    })

    test("close can be called once, at the end, and the result stays", async () => {
      const c = await make()
      await c.target.write(c.context)
      await c.target.close?.()
      expect(await c.results()).toBe(1)
    })
  })
}
