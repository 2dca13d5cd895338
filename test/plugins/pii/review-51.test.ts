// Defects found reviewing this session's readings of encoded text (review51): a value written in a JSON string, a web
// form or a quoted-printable body took another hmac token than the same value in its own field; a key-value text with
// one empty value at a line's end was read as quoted-printable, so `phone=447911123456` became `phoneD7911123456` and
// the phone was lost; and a long run of escapes, or an RTF with many nested hidden groups, took quadratic time.
import { describe, expect, test } from "bun:test"
import { compileMatrix } from "../../../plugins/anonymize/matrix/index.ts"
import { builtinTransforms } from "../../../plugins/anonymize/transforms/index.ts"
import { analyze, scrub } from "../../../plugins/pii/index.ts"
import { readableText } from "../../../plugins/pii/readable-text.ts"
import { TEST_KEYS } from "../../../testing/transform.ts"

const found = (text: string) => analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)
const transforms = new Map([...builtinTransforms, scrub].map((t) => [t.name, t]))

describe("hmac and indexed read a value as the text around it shows it", () => {
  const m = compileMatrix({ name: "t", defaultRegion: "PT", fields: [
    { path: "phone", transform: "hmac", normalize: "e164", params: { domain: "person" } },
    { path: "email", transform: "hmac", normalize: "email", params: { domain: "person" } },
    { path: "notes", transform: "scrub", params: { mode: "hmac", domain: "person", regions: ["PT"] } },
  ] } as never, { transforms, keys: TEST_KEYS })
  const tokens = async (notes: string) => {
    const plan = await m.plan({ phone: "+351 912 345 678", email: "ana.souza@mail.pt", notes })
    expect(plan.problems).toEqual([])
    return { out: plan.output.notes as string, phone: plan.output.phone as string, email: plan.output.email as string }
  }

  test("a JSON string's \\u0040 gives the email field's token", async () => {
    const t = await tokens(String.raw`{"msg": "mail ana.souza\u0040mail.pt"}`)
    expect(t.out).toBe(`{"msg": "mail ${t.email}"}`)
  })

  test("a web form's %2B and + spaces give the phone field's token", async () => {
    const t = await tokens("name=x&phone=%2B351+912+345+678")
    expect(t.out).toBe(`name=x&phone=${t.phone}`)
  })

  test("a quoted-printable body's =40 and soft break give the email field's token", async () => {
    const t = await tokens("Ol=C3=A1, o meu email =C3=A9 ana.souza=40mail.pt, obri=\ngada")
    expect(t.out).toBe(`Ol=C3=A1, o meu email =C3=A9 ${t.email}, obri=\ngada`)
  })
})

describe("a key-value text is no quoted-printable body", () => {
  test("an empty value ending a line leaves the numbers after it as written", () => {
    const dump = "first_name=Ana\nmiddle_name=\nphone=447911123456\ncard=4111111111111111"
    expect(readableText(dump)).toBeUndefined()
    expect(found(dump)).toEqual(expect.arrayContaining(["PHONE:447911123456", "CARD:4111111111111111"]))
  })

  test("a real quoted-printable body is still read", () => {
    expect(readableText("Dobr=C3=BD den, zpr=\n=C3=A1vu od ana=40mail.pt")!.text).toBe("Dobrý den, zprávu od ana@mail.pt")
  })
})

describe("hostile input is read in linear time and never throws", () => {
  // Sizes where the quadratic readings took minutes: each now reads in well under a second (no timed assertion).
  test("a quoted-printable text holding a long run of escapes that are no UTF-8", () => {
    const text = `a=\n${"=C3".repeat(100_000)}`
    expect(readableText(text)!.text).toBe(`a${"=C3".repeat(100_000)}`)
  })

  test("an RTF document with many nested hidden groups left open", () => {
    const text = `{\\rtf1 ${"{\\info ".repeat(100_000)}ana.souza@mail.pt`
    expect(found(text)).toEqual(["EMAIL:ana.souza@mail.pt"])
  })
})
