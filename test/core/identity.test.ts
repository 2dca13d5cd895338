import { expect, test } from "bun:test"
import { fromAddressForms, identifierOf, maskIdentifier, resolveIdentity, type Identifier, type IdentityHit } from "../../core/index.ts"

// email a -> phone 1 (contact c1); phone 1 -> email b (contact c2); email b -> phone 2 (contact c3)
const graph: Record<string, IdentityHit> = {
  "EMAIL:a@x.example": { contacts: ["c1"], identifiers: [{ type: "EMAIL", value: "a@x.example" }, { type: "PHONENO", value: "+447700900001" }] },
  "PHONENO:+447700900001": { contacts: ["c1", "c2"], identifiers: [{ type: "PHONENO", value: "+447700900001" }, { type: "EMAIL", value: "b@x.example" }] },
  "EMAIL:b@x.example": { contacts: ["c2", "c3"], identifiers: [{ type: "PHONENO", value: "+447700900002" }] },
  "PHONENO:+447700900002": { contacts: ["c3"], identifiers: [] },
}
const asked: string[] = []
const lookup = async (i: Identifier) => (asked.push(`${i.type}:${i.value}`), graph[`${i.type}:${i.value}`] ?? { contacts: [], identifiers: [] })
const a: Identifier = { type: "EMAIL", value: "a@x.example" }

test("report looks up only the requested identifier and lists what is linked; follow walks maxDepth links", async () => {
  asked.length = 0
  const report = await resolveIdentity(a, lookup, { linked: "report" })
  expect(asked).toEqual(["EMAIL:a@x.example"])
  expect(report.identifiers.map((i) => [i.value, i.via, i.followed])).toEqual([["a@x.example", "requested", true], ["+447700900001", "linked", false]])
  expect(report.contacts).toEqual(["c1"])
  const follow = await resolveIdentity(a, lookup, { linked: "follow", maxDepth: 2 })
  expect(follow.identifiers.map((i) => [i.value, i.depth, i.followed])).toEqual([["a@x.example", 0, true], ["+447700900001", 1, true], ["b@x.example", 2, true], ["+447700900002", 3, false]])
  expect(follow.contacts.sort()).toEqual(["c1", "c2", "c3"])
  const capped = await resolveIdentity(a, lookup, { linked: "follow", maxIdentifiers: 2 })
  expect(capped.truncated).toBe(true)
  expect(capped.identifiers).toHaveLength(2)
})

test("identifiers are normalized or refused, and masked without their value", () => {
  expect(identifierOf(" Ada@Example.COM ")).toEqual({ type: "EMAIL", value: "ada@example.com" })
  expect(identifierOf("+44 (0)20 7946 0018")).toEqual({ type: "PHONENO", value: "+442079460018" })
  expect(identifierOf("020 7946 0018")).toBeUndefined()
  expect(identifierOf("ada.example.com", "EMAIL")).toBeUndefined()
  expect(maskIdentifier({ type: "EMAIL", value: "ada@example.com" })).toBe("a•••@example.com")
  expect(maskIdentifier({ type: "PHONENO", value: "+442079460018" })).toBe("+44••••••••18")
})

test("an address with a path or fragment after its domain: refused as typed, read as before when the tenant holds it (review)", () => {
  expect(identifierOf("ada@example.com#x", "EMAIL")).toBeUndefined()
  expect(identifierOf("ada@example.com/", "EMAIL")).toBeUndefined()
  // A contact's stored fromAddress still links it to the subject, as before round 37.
  expect(identifierOf("ada@example.com/", "EMAIL", true)).toEqual({ type: "EMAIL", value: "ada@example.com" })
  expect(identifierOf("ada@example.com#x", undefined, true)).toEqual({ type: "EMAIL", value: "ada@example.com" })
})

test("an address at a domain in its own letters or in punycode is an email, as its owner writes it", () => {
  expect(identifierOf("jane@example.xn--p1ai")?.type).toBe("EMAIL")
  expect(identifierOf("jane@пример.рф")?.type).toBe("EMAIL")
  // Compared in punycode (keys, indexes), asked of the tenant both ways: it may store the address as its owner wrote it.
  const idn = identifierOf("Jane@Пример.РФ")!
  expect(idn).toEqual({ type: "EMAIL", value: "jane@xn--e1afmkfd.xn--p1ai", written: "jane@пример.рф" })
  expect(fromAddressForms(idn)).toEqual(["jane@xn--e1afmkfd.xn--p1ai", "jane@пример.рф"])
  expect(fromAddressForms(identifierOf("Jane@Example.com")!)).toEqual(["jane@example.com"])
  expect(identifierOf("josé@müller.de")?.type).toBe("EMAIL")
  // Typos are still refused: no dot, a one-letter or numeric top-level domain, two @.
  for (const bad of ["jane@example", "jane@example.c", "jane@example.123", "jane@@example.com", "jane@ex_ample.com"]) expect(identifierOf(bad)).toBeUndefined()
})
