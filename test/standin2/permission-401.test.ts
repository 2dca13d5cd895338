// A tenant that answers 401 for a permission the API user lacks (not an expired token): cxone-api.md 8.3 expects
// 403, but a 401 looks the same as an expired token. cxedge renews once, then says it is the permission, and asks
// for no more tokens for other calls of the same kind.
import { afterAll, beforeAll, expect, test } from "bun:test"
import { CxonePermissionError } from "../../core/index.ts"
import { completedByAddress, dfoHistory } from "../../plugins/subject/operations.ts"
import { standinClient } from "./client"
import { type Standin, startStandin } from "./server"

let s: Standin
beforeAll(async () => {
  s = await startStandin({ tokenLifetimeSec: 600, deny401: ["/history"] })
})
afterAll(() => s.stop())

const client = () => standinClient(s)
const WINDOW = { startDate: new Date(Date.now() - 864e6).toISOString(), endDate: new Date().toISOString(), fromAddress: "6175550143" }
const tokenRequests = () => s.state.grants.password + s.state.grants.refresh

test("a 401 for a missing permission costs one renewal, is said as the permission, and no more tokens for the same call", async () => {
  const c = client()
  await c.call(completedByAddress, WINDOW)
  const before = tokenRequests()
  const first = await c.call(dfoHistory, { contactNumber: s.state.contacts[0]!.contactId }).catch((e) => e)
  expect(first).toBeInstanceOf(CxonePermissionError)
  expect(first.message).toContain("subject.dfo.history")
  expect(first.message).toContain("lacks the permission")
  expect(first.message).toContain("access key")
  expect(tokenRequests() - before).toBe(1)
  for (const contact of s.state.contacts.slice(1, 6)) {
    const again = await c.call(dfoHistory, { contactNumber: contact.contactId }).catch((e) => e)
    expect(again).toBeInstanceOf(CxonePermissionError)
  }
  expect(tokenRequests() - before).toBe(1)
  // Other calls go on with the token in use.
  await c.call(completedByAddress, WINDOW)
  expect(tokenRequests() - before).toBe(1)
  expect(s.forbidden().some((secret) => first.message.includes(secret))).toBe(false)
})

test("the first call of a run, refused with its first token, renews once: two token requests in all", async () => {
  const before = tokenRequests()
  const error = await client().call(dfoHistory, { contactNumber: s.state.contacts[0]!.contactId }).catch((e) => e)
  expect(error).toBeInstanceOf(CxonePermissionError)
  expect(tokenRequests() - before).toBe(2)
})
