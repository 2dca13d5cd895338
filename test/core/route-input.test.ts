import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { repeatedKey } from "../../core/json-keys.ts"
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
    expect(message).toBe("recipients must be a list, not a string: send {contactNumber, recipients}")
    expect(message).not.toContain(EMAIL)
    expect(refusal({ contactNumber: { email: EMAIL }, recipients: [] })).not.toContain(EMAIL)
  })

  // Schemas without messages of their own: valibot's defaults quote the value, so each kind gets a sentence here.
  const Rules = v.strictObject({
    id: v.union([v.string(), v.number()]),
    name: v.optional(v.pipe(v.string(), v.maxLength(5))),
    tags: v.optional(v.pipe(v.array(v.string()), v.minLength(1))),
    count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9))),
    code: v.optional(v.pipe(v.string(), v.regex(/^[a-z]+$/))),
    kind: v.optional(v.picklist(["a", "b"])),
    nested: v.optional(v.strictObject({ items: v.array(v.strictObject({ v: v.number() })) })),
  })
  test.each([
    [{ id: true }, "id must be a string or a number, not a boolean: send {id, ...}"],
    [{ id: 1, name: EMAIL }, `name is ${EMAIL.length} characters long: it must be at most 5 characters`],
    [{ id: 1, tags: [] }, "tags is empty: it must be at least 1 item"],
    [{ id: 1, count: 1.5 }, "count must be a whole number"],
    [{ id: 1, count: 0 }, "count must be at least 1"],
    [{ id: 1, count: 10 }, "count must be at most 9"],
    [{ id: 1, code: EMAIL }, "code is not in the expected format"],
    [{ id: 1, kind: EMAIL }, 'kind must be one of "a", "b"'],
    [{ id: 1, nested: { items: [{ v: 1 }, { v: EMAIL }] } }, "nested.items[1].v must be a number, not a string: send {id, ...}"],
    [{ id: 1, nested: { items: [{ w: 1 }] } }, 'unknown field "nested.items[0].w" (did you mean "v"?): known fields are v: send {id, ...}'],
  ])("%j", (json, message) => {
    const parsed = parseBody(Rules, json, "{id, ...}")
    expect(parsed.success ? "accepted" : parsed.refusal.message).toBe(message)
    expect(message.replace(`${EMAIL.length}`, "")).not.toContain(EMAIL)
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

test("a key written twice that may be data (an address, a phone) is named by its place, never quoted", () => {
  expect(repeatedKey('{"emails":{"jane.doe@example.com":1,"jane.doe@example.com":2}}')).toBe("emails.(a key, not quoted: not a field name's shape)")
  expect(repeatedKey('{"phones":{"+44 7700 900123":"home","+44 7700 900123":"work"}}')).toBe("phones.(a key, not quoted: not a field name's shape)")
  expect(repeatedKey('{"customFields":[{"name":1,"name":2}]}')).toBe("customFields[0].name")
})
