import { describe, expect, test } from "bun:test"
import { phoneRegion, toE164 } from "../../../../core/index.ts"
import { compileMatrix, validatePlan } from "../../../../plugins/anonymize/matrix/index.ts"
import { builtinTransforms } from "../../../../plugins/anonymize/transforms/index.ts"
import { TEST_KEYS } from "../../../../testing/transform.ts"

const transforms = new Map(builtinTransforms.map((t) => [t.name, t]))

// [input, default region or calling code, expected E.164]. The expected
// values are worked out by hand from each country's numbering plan (trunk
// prefix dropped, Italy's leading 0 kept, the country's exit code read as
// "international"), not copied from the function's output.
const TABLE: [string, string | undefined, string][] = [
  // United States / Canada (+1, NANP: trunk 1, exit code 011)
  ["+1 (212) 555-0123", undefined, "+12125550123"],
  ["1-212-555-0123", "US", "+12125550123"],
  ["(212) 555-0123", "US", "+12125550123"],
  ["212.555.0123", "1", "+12125550123"],
  ["011 44 20 7946 0018", "US", "+442079460018"],
  ["+1 416 555 0199", undefined, "+14165550199"],
  ["+1 555 010 2030 ext. 12", undefined, "+15550102030"],
  ["+1 555 010 2030 x12", undefined, "+15550102030"],
  ["+1 (555) 010-2030", undefined, "+15550102030"],
  // United Kingdom (+44: trunk 0, exit 00; "(0)" is the trunk prefix written in)
  ["+44 (0)20 7946 0018", undefined, "+442079460018"],
  ["+44 20 7946 0018", undefined, "+442079460018"],
  ["020 7946 0018", "GB", "+442079460018"],
  ["00 44 20 7946 0018", "GB", "+442079460018"],
  ["07700 900123", "44", "+447700900123"],
  ["0161 496 0000", "GB", "+441614960000"],
  // Italy (+39: the leading 0 of a geographic number is part of it)
  ["+39 06 6982 1234", undefined, "+390669821234"],
  ["06 6982 1234", "IT", "+390669821234"],
  ["0039 06 6982 1234", "IT", "+390669821234"],
  ["+39 02 1234 5678", undefined, "+390212345678"],
  ["+39 347 123 4567", undefined, "+393471234567"],
  // Germany (+49: trunk 0)
  ["+49 30 12345678", undefined, "+493012345678"],
  ["030 12345678", "DE", "+493012345678"],
  ["+49 (0)30 12345678", undefined, "+493012345678"],
  ["+49 1512 3456789", undefined, "+4915123456789"],
  // France (+33: trunk 0)
  ["+33 1 42 68 53 00", undefined, "+33142685300"],
  ["01 42 68 53 00", "FR", "+33142685300"],
  ["+33 (0)6 12 34 56 78", undefined, "+33612345678"],
  // Australia (+61: trunk 0, exit 0011)
  ["+61 2 9374 4000", undefined, "+61293744000"],
  ["(02) 9374 4000", "AU", "+61293744000"],
  ["0491 570 006", "61", "+61491570006"],
  ["0011 44 20 7946 0018", "AU", "+442079460018"],
  // Spain (+34: no trunk prefix)
  ["+34 912 34 56 78", undefined, "+34912345678"],
  ["912 345 678", "ES", "+34912345678"],
  // Netherlands (+31: trunk 0)
  ["+31 20 123 4567", undefined, "+31201234567"],
  ["020 123 4567", "NL", "+31201234567"],
  // Japan (+81: trunk 0, exit 010)
  ["+81 3-1234-5678", undefined, "+81312345678"],
  ["03-1234-5678", "JP", "+81312345678"],
  ["010 44 20 7946 0018", "JP", "+442079460018"],
  // India (+91: trunk 0)
  ["+91 98765 43210", undefined, "+919876543210"],
  ["098765 43210", "IN", "+919876543210"],
  // Brazil (+55), Mexico (+52), South Africa (+27)
  ["+55 11 91234-5678", undefined, "+5511912345678"],
  ["+52 55 1234 5678", undefined, "+525512345678"],
  ["+27 21 123 4567", undefined, "+27211234567"],
  ["021 123 4567", "ZA", "+27211234567"],
  // Russia (+7: trunk 8)
  ["+7 495 123-45-67", undefined, "+74951234567"],
  ["8 (495) 123-45-67", "RU", "+74951234567"],
  // Switzerland (+41), Singapore (+65, no trunk prefix), Hungary (+36, trunk 06), Ireland (+353)
  ["044 668 18 00", "CH", "+41446681800"],
  ["+65 6123 4567", undefined, "+6561234567"],
  ["06 1 234 5678", "HU", "+3612345678"],
  ["+353 1 555 0100", undefined, "+35315550100"],
]

describe("phone numbers read by the numbering plan (libphonenumber-js)", () => {
  test("the table covers at least 40 numbers from at least 10 countries", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40)
    expect(new Set(TABLE.map(([, , out]) => out.slice(0, 3))).size).toBeGreaterThanOrEqual(10)
  })

  test.each(TABLE)("%s (region %s) -> %s", (input, region, expected) => {
    expect(toE164(input, region)).toBe(expected)
  })

  test.each([
    ["(555) 010-2030", undefined, "without a country calling code"],
    ["020 7946 0018", undefined, "without a country calling code"],
    ["12345", "US", "not a possible phone number"],
    ["+44 20", undefined, "not a possible phone number"],
    ["+1 212 555 01234567", undefined, "not a possible phone number"],
    ["+999 123 456", undefined, "not a phone number"],
    ["call me maybe", "US", "not a phone number"],
    ["", "GB", "not a phone number"],
    ["Call +44 20 7946 0018 today", undefined, "not a phone number"],
  ])("%j (region %s) is refused, not guessed: %s", (input, region, says) => {
    let error: (Error & { code?: string }) | undefined
    try {
      toE164(input, region)
    } catch (e) {
      error = e as Error & { code?: string }
    }
    expect(error?.message).toContain(says)
    expect(error?.code).toBe("E_FIELD_FORMAT")
    if (input.length > 4) expect(error?.message).not.toContain(input)
  })

  test("a calling code maps to its main region; a region is checked", () => {
    expect([phoneRegion("44"), phoneRegion("1"), phoneRegion("7"), phoneRegion("39"), phoneRegion("gb"), phoneRegion("999"), phoneRegion("XX")]).toEqual(["GB", "US", "RU", "IT", "GB", undefined, undefined])
  })
})

describe("phone normalization in a matrix", () => {
  const compile = (extra: Record<string, unknown>, fields: unknown[] = [{ path: "phone", transform: "hmac", normalize: "e164" }]) =>
    compileMatrix({ name: "t", fields, ...extra } as never, { transforms, keys: TEST_KEYS })

  test("one person, one token: every way of writing a UK number gives the same pseudonym", async () => {
    const m = compile({ defaultRegion: "GB" })
    const tokens = new Set<unknown>()
    for (const phone of ["+44 (0)20 7946 0018", "020 7946 0018", "00 44 20 7946 0018", "+442079460018", "+44 20 7946 0018 ext. 3"]) tokens.add((await m.plan({ phone })).output.phone)
    expect(tokens.size).toBe(1)
    // defaultCountryCode (a calling code) still works and reads national numbers the same way
    expect((await compile({ defaultCountryCode: "44" }).plan({ phone: "020 7946 0018" })).output.phone).toBe([...tokens][0])
  })

  test("a number that cannot be read is a per-record problem naming the field, never the value", async () => {
    const plan = await compile({}).plan({ phone: "(555) 010-2030" })
    expect(plan.output.phone).toBe("(555) 010-2030") // nothing written
    expect(plan.problems).toHaveLength(1)
    expect(plan.problems[0]).toMatchObject({ path: "phone", code: "E_FIELD_FORMAT" })
    expect(plan.problems[0]!.reason).toContain('normalize "e164" at phone')
    expect(plan.problems[0]!.reason).toContain('"defaultRegion"')
    expect(plan.problems[0]!.reason).not.toContain("555")
  })

  test("a matrix with an unknown region or calling code, or both set, is refused at load", () => {
    expect(() => compile({ defaultRegion: "XX" })).toThrow("defaultRegion")
    expect(() => compile({ defaultCountryCode: "999" })).toThrow("defaultCountryCode")
    expect(() => compile({ defaultRegion: "GB", defaultCountryCode: "44" })).toThrow("not both")
  })

  test("generalize phone-country uses the same parse: +1 and +7 and three-digit codes, no digit counting", async () => {
    const m = compile({}, [{ path: "phone", transform: "generalize", params: { to: "phone-country" } }])
    const country = async (phone: string) => (await m.plan({ phone })).output.phone
    expect(await country("+44 (0)20 7946 0018")).toBe("+44")
    expect(await country("+1 242 555 0100")).toBe("+1") // the Bahamas share +1
    expect(await country("+7 495 123-45-67")).toBe("+7")
    expect(await country("+353 1 555 0100")).toBe("+353")
    expect(await country("+39 06 6982 1234")).toBe("+39")
    const bad = await m.plan({ phone: "(555) 010-2030" })
    expect(bad.problems[0]).toMatchObject({ path: "phone", code: "E_FIELD_FORMAT" })
    expect(bad.problems[0]!.reason).toContain('add "normalize": "e164"')
    // with normalize and a region, a national number generalizes too
    const national = compile({ defaultRegion: "US" }, [{ path: "phone", transform: "generalize", normalize: "e164", params: { to: "phone-country" } }])
    const plan = await national.plan({ phone: "(555) 010-2030" })
    expect(plan.output.phone).toBe("+1")
    expect(validatePlan(plan)).toEqual([])
  })
})
