import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { createRuntime } from "../../../core/index.ts"
import { compileMatrix, residualCheck, validatePlan } from "../../../plugins/anonymize/matrix/index.ts"
import { builtins } from "../../../plugins/manifest.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"

const rt = await createRuntime({ plugins: ["anonymize", "pii"] }, { builtins })
const residual = residualCheck(rt)
const plan = (fields: unknown[], record: Record<string, unknown>, check: typeof residual | null) =>
  compileMatrix({ name: "t", defaultRegion: "GB", fields } as never, { transforms: rt.transforms, keys: TEST_KEYS, residual: check ?? undefined }).plan(record)
const problems = async (fields: unknown[], record: Record<string, unknown>, check: typeof residual | null = residual) => validatePlan(await plan(fields, record, check))

const SEEDED = ["Hughes", "ada.okafor", "4111", "7946", "GB82"]
const noValue = (reasons: string[]) => {
  for (const r of reasons) for (const v of SEEDED) expect(r).not.toContain(v)
}

describe("validation's residual-PII check uses the pii plugin's recognizers", () => {
  test("the pii plugin, loaded by default, gives the check", () => {
    expect(typeof residual).toBe("function")
  })

  test.each([
    ["a card number", { path: "note", transform: "mask", params: { keepStart: 0, keepEnd: 30 } }, "Refund of £40 paid with card 4111 1111 1111 1111 "],
    ["an IBAN", { path: "note", transform: "replace", params: { value: "iban GB82 WEST 1234 5698 7654 32" } }, "x"],
    ["an email address", { path: "note", transform: "replace", params: { value: "write to ada.okafor@example.com" } }, "x"],
    ["a phone number", { path: "note", transform: "mask", params: { keepStart: 20, keepEnd: 0 } }, "ring 020 7946 0958 now, thanks a lot"],
  ])("%s left by a transform is rejected with E_RESIDUAL_PII, the value never quoted", async (what, rule, value) => {
    const found = await problems([rule], { note: value })
    expect(found.map((p) => p.code)).toEqual(["E_RESIDUAL_PII"])
    expect(found[0]!.reason).toBe(`${what} remains at note after ${rule.transform}: choose a stronger transform`)
    noValue(found.map((p) => p.reason))
  })

  test("a scrub limited to some types leaves others, which the validator's re-scan rejects", async () => {
    const found = await problems([{ path: "notes", transform: "scrub", params: { entities: ["EMAIL"] } }], { notes: "mail ada.okafor@example.com or ring 020 7946 0958" })
    expect(found.map((p) => [p.code, p.reason])).toEqual([["E_RESIDUAL_PII", "a phone number remains at notes after scrub: choose a stronger transform"]])
  })

  test("keyed tokens, ciphertexts, masks and generalized values pass (no false alarm)", async () => {
    const fields = [
      { path: "email", transform: "hmac", normalize: "email" },
      { path: "secret", transform: "encrypt" },
      { path: "card", transform: "pan" },
      { path: "phone", transform: "mask", params: { keepEnd: 2 } },
      { path: "country", transform: "generalize", params: { to: "phone-country" } },
      { path: "notes", transform: "scrub", params: { mode: "hmac" } },
    ]
    for (let i = 0; i < 40; i++) {
      const record = { email: `p${i}@example.com`, secret: `Ada Okafor ${i}`, card: "4111111111111111", phone: `+4479111234${String(i).padStart(2, "0")}`, country: "+44 7911 123456", notes: `Mr. Hughes wrote from p${i}@example.com` }
      expect(await problems(fields, record)).toEqual([])
    }
  })

  test("a deny-listed word in lower case is still found (values without a digit, @, colon or capital are scanned when a deny list is set)", async () => {
    const denying = await createRuntime({ plugins: ["anonymize", "pii"], settings: { pii: { deny: ["bluebird"] } } }, { builtins })
    const found = validatePlan(await plan([{ path: "note", transform: "replace", params: { value: "project bluebird" } }], { note: "x" }, residualCheck(denying)))
    expect(found.map((p) => p.code)).toEqual(["E_RESIDUAL_PII"])
    expect(found[0]!.reason).not.toContain("bluebird")
    expect(await problems([{ path: "note", transform: "replace", params: { value: "project bluebird" } }], { note: "x" })).toEqual([])
  })

  test("without the pii plugin, the email and phone patterns still apply", async () => {
    const found = await problems([{ path: "note", transform: "replace", params: { value: "write to ada.okafor@example.com" } }], { note: "x" }, null)
    expect(found.map((p) => p.reason)).toEqual(["an email address pattern remains at note after replace: choose a stronger transform"])
  })
})

describe("a scrub rule's own allow list reaches validation", () => {
  const SUPPORT = "+44 20 7946 0000"
  const note = "Customer rang our line 020 7946 0000 from 020 7946 0958, mail ada.okafor@example.com"

  test("the value the rule keeps is not a residue: the field is written, the rest scrubbed", async () => {
    const result = await plan([{ path: "notes", transform: "scrub", params: { allow: [SUPPORT], regions: ["GB"] } }], { notes: note }, residual)
    expect(validatePlan(result)).toEqual([])
    expect(result.output.notes).toBe("Customer rang our line 020 7946 0000 from <PHONE>, mail <EMAIL>")
  })

  test("whatever the order of the rule's regions: a national number another region reads first is still the allowed one", async () => {
    // 030 901820 is valid in IT as well as in DE; the rule allows the Berlin number and lists IT first.
    const berlin = "ring 030 901820 or mail ada.okafor@example.com"
    const result = await plan([{ path: "notes", transform: "scrub", params: { allow: ["+49 30 901820"], regions: ["IT", "DE"] } }], { notes: berlin }, residual)
    expect(result.output.notes).toBe("ring 030 901820 or mail <EMAIL>")
    expect(validatePlan(result)).toEqual([])
  })

  test("only for the field that rule wrote: the same number left by another rule is still rejected", async () => {
    const found = await problems(
      [
        { path: "notes", transform: "scrub", params: { allow: [SUPPORT] } },
        { path: "memo", transform: "replace", params: { value: "call 020 7946 0000" } },
      ],
      { notes: note, memo: "x" },
    )
    expect(found.map((p) => [p.path, p.code])).toEqual([["memo", "E_RESIDUAL_PII"]])
  })

  test("a deny-listed value stays a residue even where the rule allows it", async () => {
    const denying = await createRuntime({ plugins: ["anonymize", "pii"], settings: { pii: { deny: ["020 7946 0000"] } } }, { builtins })
    const result = await plan([{ path: "notes", transform: "scrub", params: { entities: ["EMAIL"], allow: [SUPPORT] } }], { notes: "line 020 7946 0000, mail ada.okafor@example.com" }, residualCheck(denying))
    expect(validatePlan(result).map((p) => [p.code, p.reason])).toEqual([["E_RESIDUAL_PII", "a deny-listed value remains at notes after scrub: choose a stronger transform"]])
    await denying.dispose()
  })
})

describe("a value a transform took for its own output is re-scanned too", () => {
  test("a scrub with a higher minScore or fewer entities than settings.pii, which found nothing to replace, fails its contact", async () => {
    for (const [params, note] of [[{ minScore: 1 }, "Customer Tomás Haddad asked about invoice 4355."], [{ entities: ["EMAIL"] }, "Call back Tomás on +33 2 95 33 76 68"]] as const) {
      const found = await problems([{ path: "notes", transform: "scrub", params }], { notes: note })
      expect(found.map((p) => p.code)).toEqual(["E_RESIDUAL_PII"])
      expect(found[0]!.reason).toMatch(/remains at notes, which scrub took for its own output and left: widen the rule's entities or lower its minScore/)
      expect(found[0]!.reason).not.toMatch(/4111|95 33|Tomás/)
    }
  })

  test("a plugin transform whose recognizes reads everything as done cannot pass an address through", async () => {
    const lax = { name: "lax", params: v.optional(v.object({})), apply: (x: unknown) => x, recognizes: () => true } as never
    const compiled = compileMatrix({ name: "t", fields: [{ path: "email", transform: "lax" }] } as never, { transforms: new Map([...rt.transforms, ["lax", lax]]), keys: TEST_KEYS, residual })
    const found = validatePlan(await compiled.plan({ email: "tomas.haddad13@example.com" }))
    expect(found.map((p) => [p.code, p.reason])).toEqual([["E_RESIDUAL_PII", "an email address remains at email, which lax took for its own output and left: check the transform's recognizes"]])
  })

  test("output that really is a transform's own passes: tokens, scrubbed notes, masks (no false alarm on a second run)", async () => {
    const fields = [
      { path: "email", transform: "hmac", normalize: "email" },
      { path: "notes", transform: "scrub", params: { mode: "indexed" } },
      { path: "notes2", transform: "scrub", params: { minScore: 0.9 } },
    ]
    const first = await plan(fields, { email: "ada.okafor@example.com", notes: "Mr. Hughes wrote from ada.okafor@example.com", notes2: "no personal data here at all" }, residual)
    expect(validatePlan(first)).toEqual([])
    const again = validatePlan(await plan(fields, first.output, residual))
    expect(again).toEqual([])
  })
})
