import { describe, expect, test } from "bun:test"
import { generateContacts } from "../../sandbox/data.ts"

type Fields = { firstName: string; lastName: string; email: string; phone: string; notes: string; customFields: { name: string; value: string }[] }

describe("sandbox free text", () => {
  const now = Date.parse("2026-01-15T00:00:00Z")
  const data = generateContacts(3, 200, now)
  const all = [...data.records.values()].map((r) => ({ id: r.id, f: r.fields as Fields }))

  test("the same seed gives the same notes, and other seeds other notes", () => {
    const again = generateContacts(3, 200, now)
    expect([...again.records.values()].map((r) => r.fields)).toEqual(all.map((r) => r.f))
    expect([...generateContacts(4, 200, now).records.values()].map((r) => (r.fields as Fields).notes)).not.toEqual(all.map((r) => r.f.notes))
  })

  test("notes and callback notes hold the person's name, email, a phone number and sometimes a card, listed per record", () => {
    for (const { id, f } of all) {
      const values = data.freeTextPii.get(id)!
      const callback = f.customFields.find((c) => c.name === "callbackNote")!.value
      expect(values).toContain(`${f.firstName} ${f.lastName}`)
      expect(f.notes).toContain(f.email)
      for (const v of values) expect(`${f.notes} ${callback}`).toContain(v)
    }
    expect(all.filter(({ f }) => /\b4\d{3} ?\d{4} ?\d{4} ?\d{4}\b/.test(f.notes)).length).toBeGreaterThan(20)
  })

  test("in four languages and several number formats", () => {
    const notes = all.map(({ f }) => f.notes).join("\n")
    for (const word of ["invoice", "Rechnung", "facture", "factura"]) expect(notes).toContain(word)
    const phones = all.flatMap(({ id }) => data.freeTextPii.get(id)!.slice(2, 4))
    expect(phones.some((p) => /^\+\d+$/.test(p))).toBe(true) // E.164
    expect(phones.some((p) => /^\+\d+ \d{3} \d{3} \d+$/.test(p))).toBe(true) // international, spaced
    expect(phones.some((p) => /^0\d{3} \d{3} \d+$/.test(p))).toBe(true) // national with trunk 0
    expect(phones.some((p) => /^\(\d{3}\) \d{3}-\d{4}$/.test(p))).toBe(true) // US
  })
})
