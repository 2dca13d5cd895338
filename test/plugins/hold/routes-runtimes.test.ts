import { describe, expect, test } from "bun:test"
import { ADMIN, CONSENT, signed } from "../../../testing/runtime.ts"
import { servedSandbox, serverRuntimes } from "../../server-runtimes.ts"

const runtimes = serverRuntimes()

for (const [name, start] of runtimes) {
  describe(`hold routes on ${name}`, () => {
    const served = servedSandbox(start, 8)
    const call = (path: string, body?: object, token = ADMIN) =>
      fetch(`${served.server.origin}${path}`, { method: body ? "POST" : "GET", ...(body ? { body: JSON.stringify(body) } : {}), headers: { authorization: `Bearer ${token}`, "content-type": "application/json" } })
    // A release takes no body (one is refused).
    const release = (path: string) => fetch(`${served.server.origin}${path}`, { method: "POST", headers: { authorization: `Bearer ${ADMIN}` } })

    test("add, list and release behind the admin token; wrong bodies refused; a held subject's erasure request is answered held", async () => {
      const email = served.sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@"))!.fromAddress
      expect((await call("/v1/holds", { contactId: "1", reason: "LH-1" }, "wrong")).status).toBe(401)
      const refusals: [object, RegExp][] = [
        [{ reason: "LH-1" }, /say what to hold/],
        [{ contactId: "1", subjectEmail: email, reason: "LH-1" }, /give only one of subjectEmail, subjectPhone or contactId/],
        [{ contactId: "1" }, /reason/],
        [{ contactId: "1", reason: "LH-1", until: "next friday" }, /until "next friday" is not a date/],
        [{ contactId: "1", reason: "LH-1", until: "2020-01-01" }, /not in the future/],
        [{ contactId: "1", reason: "LH-1", reasn: "x" }, /reasn/],
      ]
      for (const [body, message] of refusals) {
        const r = await call("/v1/holds", body)
        const answer = await r.json()
        expect({ body, status: r.status }).toEqual({ body, status: 400 })
        expect(answer.message).toMatch(message)
        expect(JSON.stringify(answer)).not.toContain(email)
      }
      const added = await call("/v1/holds", { subjectEmail: email.toUpperCase(), reason: "LH-9", until: "2099-01-01" })
      expect(added.status).toBe(201)
      const hold = await added.json()
      expect(hold).toMatchObject({ kind: "email", reason: "LH-9", state: "active", until: "2099-01-01T00:00:00.000Z" })
      expect(hold.subject).toMatch(/^sub_k1_/)
      expect(JSON.stringify(hold)).not.toContain(email)

      const body = JSON.stringify({ type: "erasure.requested", data: { subject: email } })
      const inbound = await fetch(`${served.server.origin}/webhooks/consent`, { method: "POST", headers: signed(CONSENT, body), body })
      expect(inbound.status).toBe(200)
      expect(await inbound.json()).toEqual({ held: true, holdId: hold.id })
      expect(served.sandbox.tenant("acme").erasures.some((e) => e.subjectIdentifier === email.toLowerCase())).toBe(false)

      // A contact is read first and its person held too; one the tenant does not know is refused, nothing held.
      const contact = served.sandbox.tenant("acme").data.completed[0]!.contactId
      const byContact = await call("/v1/holds", { contactId: contact, reason: "LH-10" })
      expect(byContact.status).toBe(201)
      const contactHold = await byContact.json()
      expect(contactHold.subject).toMatch(new RegExp(`^contact ${contact} \\+ \\d subjects? \\((email|phone)`))
      const unknown404 = await call("/v1/holds", { contactId: "999000111", reason: "LH-11" })
      expect([unknown404.status, (await unknown404.json()).error]).toEqual([422, "contact_not_found"])
      expect((await release(`/v1/holds/${contactHold.id}/release`)).status).toBe(200)

      const list = await (await call("/v1/holds")).json()
      expect(list.holds.map((h: { id: string }) => h.id)).toEqual([hold.id, contactHold.id])
      const released = await release(`/v1/holds/${hold.id}/release`)
      expect([released.status, (await released.json()).state]).toEqual([200, "released"])
      const again = await release(`/v1/holds/${hold.id}/release`)
      expect([again.status, (await again.json()).error]).toEqual([409, "already_released"])
      const unknown = await release("/v1/holds/hold_nosuch/release")
      expect([unknown.status, (await unknown.json()).error]).toEqual([404, "not_found"])

      const doc = await (await fetch(`${served.server.origin}/openapi.json`)).json()
      expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/holds", "/v1/holds/{id}/release"]))
    }, 60_000)
  })
}
