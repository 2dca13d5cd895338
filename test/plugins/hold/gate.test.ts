import { describe, expect, test } from "bun:test"
import { createCxedgeStorage, createKeyRing, createRuntime, definePlugin, type Clock, type CxedgeStorage, type WriteSubject } from "../../../core/index.ts"
import { builtins } from "../../../plugins/manifest.ts"
import hold from "../../../plugins/hold/index.ts"
import { createHoldStore, type HoldStore } from "../../../plugins/hold/store.ts"

const K1 = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const K2 = "k2:" + Buffer.from("fedcba9876543210fedcba9876543210").toString("base64")

/** What the tenant says each contact names (a contact hold reads it); a contact not here has no subjects. */
const PEOPLE: Record<string, WriteSubject[]> = { "42": [{ type: "EMAIL", value: "kim@example.com" }, { type: "PHONENO", value: "+447700900123" }] }

async function runtime(keys = K1, clock?: Clock, storage?: CxedgeStorage) {
  const rt = await createRuntime({ plugins: ["hold"] }, { builtins, keys: createKeyRing(keys, "k1"), ...(clock ? { clock } : {}), ...(storage ? { storage } : {}) })
  // The same storage as the plugin's own store, with the tenant read replaced.
  return { rt, store: createHoldStore(rt, async (_rt, id) => PEOPLE[id] ?? []) as HoldStore }
}

describe("write gates (core)", () => {
  test("no plugin with a gate: inactive, and every candidate passes", async () => {
    const rt = await createRuntime({ plugins: ["tenant"] }, { builtins })
    expect(rt.gates.active).toBe(false)
    expect(await rt.gates.checkMany([{ contactId: "1" }, {}])).toEqual([undefined, undefined])
  })

  test("a plugin's gate vetoes by id; the first gate that vetoes names it", async () => {
    const freeze = definePlugin({ name: "freeze", version: "1.0.0", gates: [{ name: "freeze", check: async (_rt, cs) => cs.map((c) => (c.contactId === "2" ? "frozen-2" : undefined)) }] })
    const rt = await createRuntime({ plugins: [freeze] }, {})
    expect(rt.gates.active).toBe(true)
    expect(await rt.gates.checkMany([{ contactId: "1" }, { contactId: "2" }])).toEqual([undefined, { gate: "freeze", heldBy: "frozen-2" }])
  })

  test("a plugin's gates key is shape-checked, and a near-miss is named", async () => {
    await expect(createRuntime({ plugins: [{ name: "x", version: "1.0.0", gates: {} } as never] }, {})).rejects.toThrow('plugin "x": gates must be an array, not object')
    await expect(createRuntime({ plugins: [{ name: "x", version: "1.0.0", gate: [] } as never] }, {})).rejects.toThrow('unknown key "gate" (did you mean "gates"?)')
  })
})

describe("the hold gate", () => {
  test("holds a contact, and a subject by its normalized value, stored only as a token", async () => {
    const { rt, store } = await runtime()
    const byContact = await store.add({ kind: "contact", value: "42", reason: "LH-1" })
    const byEmail = await store.add({ kind: "email", value: "ann.lee@example.com", reason: "LH-2" })
    const byPhone = await store.add({ kind: "phone", value: "+442079460000", reason: "LH-3" })
    const verdicts = await rt.gates.checkMany([
      { contactId: "42" },
      { contactId: "7", subjects: [{ type: "EMAIL", value: "ann.lee@example.com" }] },
      { contactId: "8", subjects: [{ type: "PHONENO", value: "+442079460000" }] },
      // The same digits as an email would be a different subject: a hold is by type and value.
      { contactId: "9", subjects: [{ type: "EMAIL", value: "bob@example.com" }] },
    ])
    expect(verdicts.map((v) => v?.heldBy)).toEqual([byContact.id, byEmail.id, byPhone.id, undefined])
    const stored = JSON.stringify(await Promise.all((await rt.storage.namespace("holds").getKeys()).map((k) => rt.storage.namespace("holds").getItem(k))))
    expect(stored).not.toContain("ann.lee")
    expect(stored).not.toContain("2079460000")
  })

  test("a contact hold holds the subjects the contact names (by type), on any contact and any request carrying them", async () => {
    const { rt, store } = await runtime()
    const h = await store.add({ kind: "contact", value: "42", reason: "LH-1" })
    expect(h.subjects?.map((s) => s.type)).toEqual(["EMAIL", "PHONENO"])
    const verdicts = await rt.gates.checkMany([
      { contactId: "43", subjects: [{ type: "EMAIL", value: "kim@example.com" }] },
      { subjects: [{ type: "PHONENO", value: "+447700900123" }] },
      { contactId: "44", subjects: [{ type: "EMAIL", value: "lee@example.com" }] },
    ])
    expect(verdicts.map((v) => v?.heldBy)).toEqual([h.id, h.id, undefined])
    const stored = JSON.stringify(await rt.storage.namespace("holds").getItem(`h:${h.id}`))
    expect(stored).not.toContain("kim@")
    expect(stored).not.toContain("7700900123")
    await store.release(h.id)
    expect((await rt.gates.check({ contactId: "43", subjects: [{ type: "EMAIL", value: "kim@example.com" }] }))).toBeUndefined()
  })

  test("a contact naming a subject is not held without a key ring (its subjects could not be stored); one naming none is", async () => {
    const rt = await createRuntime({ plugins: ["hold"] }, { builtins })
    const store = createHoldStore(rt, async (_rt, id) => PEOPLE[id] ?? [])
    await expect(store.add({ kind: "contact", value: "42", reason: "LH-1" })).rejects.toThrow(/contact 42 names 2 subjects, held as keyed tokens .*: set CXEDGE_HMAC_KEYS/)
    expect(await store.list()).toEqual([])
    expect((await store.add({ kind: "contact", value: "7", reason: "LH-2" })).subjects).toEqual([])
  })

  test("an expired or released hold does not hold", async () => {
    let now = Date.parse("2026-01-01T00:00:00Z")
    const { rt, store } = await runtime(K1, { now: () => now, sleep: async () => {} } as unknown as Clock)
    const soon = await store.add({ kind: "contact", value: "1", reason: "LH-1", until: now + 60_000 })
    const open = await store.add({ kind: "contact", value: "2", reason: "LH-2" })
    expect((await rt.gates.checkMany([{ contactId: "1" }, { contactId: "2" }])).map((v) => v?.heldBy)).toEqual([soon.id, open.id])
    now += 120_000
    await store.release(open.id)
    expect(await rt.gates.checkMany([{ contactId: "1" }, { contactId: "2" }])).toEqual([undefined, undefined])
  })

  test("subjects are read only when a subject is held", async () => {
    const { rt, store } = await runtime()
    let reads = 0
    const lazy = { contactId: "5", get subjects() { reads++; return [{ type: "EMAIL" as const, value: "x@example.com" }] } }
    await store.add({ kind: "contact", value: "1", reason: "LH-1" })
    await rt.gates.checkMany([lazy])
    expect(reads).toBe(0)
    const h = await store.add({ kind: "email", value: "x@example.com", reason: "LH-2" })
    expect((await rt.gates.check(lazy))?.heldBy).toBe(h.id)
    expect(reads).toBe(1)
  })

  test("a subject hold made under a key that left the ring stops writes rather than pass them", async () => {
    const storage = createCxedgeStorage()
    const { store } = await runtime(`${K1},${K2}`, undefined, storage)
    await store.add({ kind: "email", value: "x@example.com", reason: "LH-1" })
    const rotated = await createRuntime({ plugins: ["hold"] }, { builtins, keys: createKeyRing(K2), storage })
    await expect(rotated.gates.check({ subjects: [{ type: "EMAIL", value: "x@example.com" }] })).rejects.toThrow(/made under key "k1", which is not in CXEDGE_HMAC_KEYS/)
  })

  test("a hold made under k1 stops writes when k1 names another key: its tokens would match nothing", async () => {
    const storage = createCxedgeStorage()
    const { store } = await runtime(K1, undefined, storage)
    const subject = await store.add({ kind: "email", value: "x@example.com", reason: "LH-1" })
    const person = await store.add({ kind: "contact", value: "42", reason: "LH-2" })
    const other = "k1:" + Buffer.from("another-key-of-thirty-two-bytes!").toString("base64")
    const changed = await runtime(other, undefined, storage)
    const check = changed.rt.gates.check({ contactId: "7", subjects: [{ type: "EMAIL", value: "x@example.com" }] })
    await expect(check).rejects.toThrow(new RegExp(`hold (${subject.id}|${person.id}) was made under key "k1", and CXEDGE_HMAC_KEYS has another key under that id`))
    await expect(check).rejects.not.toThrow(other.slice(3))
    // Adding consults the holds too; a release needs no key, and once both are released writes go on.
    await expect(changed.store.add({ kind: "contact", value: "7", reason: "LH-3" })).rejects.toThrow(/made under key "k1", and CXEDGE_HMAC_KEYS has another key/)
    await changed.store.release(subject.id)
    await expect(changed.rt.gates.check({ contactId: "7" })).rejects.toThrow(`hold ${person.id} was made under key "k1"`)
    await changed.store.release(person.id)
    expect(await changed.rt.gates.check({ contactId: "7", subjects: [{ type: "EMAIL", value: "x@example.com" }] })).toBeUndefined()
  })

  test("a reason is checked with the pii plugin's recognizers when it is loaded, refused by type and position", async () => {
    const rt = await createRuntime({ plugins: ["hold", "pii"] }, { builtins, keys: createKeyRing(K1) })
    const store = createHoldStore(rt, async (_rt, id) => PEOPLE[id] ?? [])
    await expect(store.add({ kind: "contact", value: "7", reason: "SSN 123-45-6789" })).rejects.toThrow("reason holds personal data (US_SSN at characters 5-15)")
    await expect(store.add({ kind: "contact", value: "7", reason: "SSN 123-45-6789" })).rejects.not.toThrow("6789")
    expect(await store.list()).toEqual([])
    // Without the pii plugin the reason's own check (an email or international number) is all there is.
    const { store: bare } = await runtime()
    expect((await bare.add({ kind: "contact", value: "7", reason: "SSN 123-45-6789" })).reason).toBe("SSN 123-45-6789")
  })

  test("settings.hold is refused when it holds anything: the plugin has none, so a key there is a mistake", async () => {
    await expect(createRuntime({ plugins: ["hold"], settings: { hold: { until: "2027-01-01" } } }, { builtins, keys: createKeyRing(K1) })).rejects.toThrow(
      "invalid setting settings.hold.until: the hold plugin has no settings: remove settings.hold",
    )
  })
})
