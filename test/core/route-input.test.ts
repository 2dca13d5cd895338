import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { parseBody } from "../../core/route-input.ts"
import { sandboxApp } from "../helpers.ts"

const EMAIL = "ada.lovelace@example.com"
const Body = v.strictObject({ contactNumber: v.union([v.string(), v.number()]), recipients: v.array(v.string()) })
const refusal = (json: unknown) => {
  const parsed = parseBody(Body, json, "{contactNumber, recipients}")
  if (parsed.success) throw new Error("accepted")
  return parsed.refusal.message
}

describe("route bodies", () => {
  test("a value of the wrong type is named by its field and kind, never quoted", () => {
    const message = refusal({ contactNumber: "1", recipients: EMAIL })
    expect(message).toStartWith("recipients: expected Array, not a string")
    expect(message).not.toContain(EMAIL)
    expect(refusal({ contactNumber: { email: EMAIL }, recipients: [] })).not.toContain(EMAIL)
  })

  test("a missing field is reported as missing, not as unknown", () => {
    expect(refusal({ recipients: [] })).toStartWith('missing field "contactNumber"')
    expect(refusal({ contactNumber: "1", recipients: [], cc: [EMAIL] })).toStartWith('unknown field "cc"')
    expect(refusal({ contactNumber: "1", recipients: [], cc: [EMAIL] })).not.toContain(EMAIL)
  })

  test("over HTTP, a script start with an address as skillId answers 400 without the address", async () => {
    const { rt, admin } = await sandboxApp({ sandbox: { contacts: 5 } })
    const res = await admin("/v1/scripts/start", JSON.stringify({ skillId: EMAIL, scriptId: "1" }))
    expect(res.status).toBe(400)
    const text = await res.text()
    expect(text).toContain("skillId")
    expect(text).not.toContain(EMAIL)
    await rt.dispose()
  })
})
