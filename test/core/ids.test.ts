import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { ExactId, idString, parseJsonExact, quoteUnsafeIntegers } from "../../core/index.ts"
import { contactsCompleted, recordsList } from "../../plugins/anonymize/operations.ts"
import { stringifyWithIds } from "../../sandbox/wire.ts"
import { SANDBOX_ORIGIN, sandboxClient } from "../helpers.ts"

const TWO_53 = 2n ** 53n

describe("parseJsonExact", () => {
  test("an integer above 2^53 comes back exact, as a digit string; JSON.parse would round it", () => {
    expect(JSON.parse("[9007199254740993]")[0]).toBe(9007199254740992)
    expect(parseJsonExact('{"contactId":9007199254740993}')).toEqual({ contactId: "9007199254740993" })
    expect(parseJsonExact("-9007199254740993")).toBe("-9007199254740993")
    expect(parseJsonExact("18446744073709551615")).toBe("18446744073709551615")
    expect(parseJsonExact("123456789012345678901234567890")).toBe("123456789012345678901234567890")
  })

  test("safe integers, decimals and exponents stay numbers", () => {
    expect(parseJsonExact("[9007199254740991,-9007199254740991,1234567890123456,0,-0,42]")).toEqual([9007199254740991, -9007199254740991, 1234567890123456, 0, -0, 42])
    // 2^53 itself is where ambiguity starts (2^53 + 1 parses to it): kept as digits.
    expect(parseJsonExact("9007199254740992")).toBe("9007199254740992")
    expect(parseJsonExact("[12345678901234567890.5,12345678901234567890e2,-12345678901234567890E-2,1E+30,9007199254740993.0]")).toEqual([
      12345678901234567890.5, 12345678901234567890e2, -12345678901234567890e-2, 1e30, 9007199254740993.0,
    ])
  })

  test("digits inside strings are never touched, whatever the escapes", () => {
    const cases = [
      '{"note":"call 9007199254740993 back","id":9007199254740993}',
      '{"a":"x\\"9007199254740993\\\\","b":9007199254740995}',
      '{"a":"\\\\","b":9007199254740997}',
      '{"a":"\\\\\\"","b":[9007199254740999]}',
      '{"a":"\\u0022 9007199254741001 \\u005c","b":9007199254741003}',
      '{"9007199254741005":9007199254741005}',
      '["-9007199254741007", -9007199254741007]',
    ]
    expect(parseJsonExact(cases[0]!)).toEqual({ note: "call 9007199254740993 back", id: "9007199254740993" })
    expect(parseJsonExact(cases[1]!)).toEqual({ a: 'x"9007199254740993\\', b: "9007199254740995" })
    expect(parseJsonExact(cases[2]!)).toEqual({ a: "\\", b: "9007199254740997" })
    expect(parseJsonExact(cases[3]!)).toEqual({ a: '\\"', b: ["9007199254740999"] })
    expect(parseJsonExact(cases[4]!)).toEqual({ a: '" 9007199254741001 \\', b: "9007199254741003" })
    expect(parseJsonExact(cases[5]!)).toEqual({ "9007199254741005": "9007199254741005" })
    expect(parseJsonExact(cases[6]!)).toEqual(["-9007199254741007", "-9007199254741007"])
  })

  test("nested arrays and objects, with whitespace of every kind around the numbers", () => {
    const text = '[ [9007199254740993 ,[\n-9007199254740995\t]],{"x":[18446744073709551615],"y":{"z":\r\n9007199254740997}} , 1 ]'
    expect(parseJsonExact(text)).toEqual([["9007199254740993", ["-9007199254740995"]], { x: ["18446744073709551615"], y: { z: "9007199254740997" } }, 1])
  })

  test("malformed JSON stays malformed: a leading zero, a cut body, an open string", () => {
    for (const bad of ["[09007199254740993]", '{"a":9007199254740993', '{"a":"9007199254740993', "[9007199254740993,]", "-"]) {
      expect(() => parseJsonExact(bad)).toThrow(SyntaxError)
    }
  })

  test("text with no long run of digits is returned as it is", () => {
    const text = '{"a":123,"b":"x"}'
    expect(quoteUnsafeIntegers(text)).toBe(text)
  })

  test("random documents: every big integer exact, everything else as JSON.parse gives it", () => {
    let seed = 12345
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!
    const chars = ['"', "\\", "9", "0", "1", "-", "e", ".", " ", "\n", "é", "/", "{", "[", ",", ":"]
    // [text, expected value]
    const gen = (depth: number): [string, unknown] => {
      const kind = depth > 3 ? Math.floor(rand() * 4) : Math.floor(rand() * 6)
      if (kind === 0) {
        const big = TWO_53 + BigInt(Math.floor(rand() * 1e12)) * (rand() < 0.3 ? 1_000_000_000n : 1n)
        const n = rand() < 0.5 ? -big : big
        return [n.toString(), n.toString()]
      }
      if (kind === 1) {
        const n = pick([0, 7, -3, 1.5, -2.25e-7, 9007199254740991, 1234567890123456, 3e300])
        return [JSON.stringify(n), n]
      }
      if (kind === 2) {
        const s = Array.from({ length: Math.floor(rand() * 12) }, () => pick(chars)).join("") + (rand() < 0.5 ? "9007199254740993" : "")
        return [JSON.stringify(s), s]
      }
      if (kind === 3) return pick<[string, unknown]>([["true", true], ["null", null], ["false", false]])
      if (kind === 4) {
        const items = Array.from({ length: Math.floor(rand() * 4) }, () => gen(depth + 1))
        return [`[${items.map(([t]) => t).join(pick([",", " , ", ",\n"]))}]`, items.map(([, x]) => x)]
      }
      const entries = Array.from({ length: Math.floor(rand() * 4) }, (_, i) => [`k${i}${pick(chars)}`, gen(depth + 1)] as const)
      return [`{${entries.map(([k, [t]]) => `${JSON.stringify(k)}:${t}`).join(",")}}`, Object.fromEntries(entries.map(([k, [, x]]) => [k, x]))]
    }
    for (let i = 0; i < 2000; i++) {
      const [text, expected] = gen(0)
      expect(parseJsonExact(text)).toEqual(expected)
    }
  })

  test("the reviver still runs (the JSONL source drops __proto__ with it)", () => {
    const out = parseJsonExact('{"id":9007199254740993,"__proto__":{"x":1}}', (k, x) => (k === "__proto__" ? undefined : x))
    expect(out).toEqual({ id: "9007199254740993" })
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
})

describe("ids in operation outputs", () => {
  test("ExactId: numbers and strings both leave as exact strings", () => {
    expect(v.parse(ExactId, 42)).toBe("42")
    expect(v.parse(ExactId, "9007199254740993")).toBe("9007199254740993")
    expect(idString(2n ** 64n)).toBe("18446744073709551616")
    expect(() => v.parse(ExactId, null)).toThrow()
  })

  test("contacts/completed and the records list normalize ids to strings", () => {
    const completed = v.parse(contactsCompleted.output, { completedContacts: [{ contactId: 7, masterContactId: "9007199254740993" }] })
    expect(completed!.completedContacts[0]).toMatchObject({ contactId: "7", masterContactId: "9007199254740993" })
    expect(v.parse(recordsList.output, { contacts: [{ id: 600042000001 }] }).contacts[0]!.id).toBe("600042000001")
  })
})

describe("sandbox bigIds", () => {
  test("the wire carries raw JSON numbers above 2^53 and the client reads them exactly", async () => {
    const { client, state, sandbox } = await sandboxClient({ sandboxOptions: { contacts: 120, faults: { bigIds: true } } })
    const expected = state.data.completed.map((c) => c.contactId)
    expect(expected.every((id) => BigInt(id) > TWO_53)).toBe(true)
    // The bytes a real tenant sends: the id unquoted.
    const token = await client.tokens.cxone.get()
    const raw = await (await sandbox.fetch(`${SANDBOX_ORIGIN}/inContactAPI/services/v34.0/contacts/completed?top=200`, { headers: { authorization: `Bearer ${token}` } })).text()
    expect(raw).toContain(`"contactId":${expected[0]},`)
    expect(raw).not.toContain(`"contactId":"`)
    // Parsed naively, neighbouring ids collapse: the knob makes a difference a test can see.
    const naive = new Set((JSON.parse(raw).completedContacts as { contactId: number }[]).map((c) => String(c.contactId)))
    expect(naive.size).toBeLessThan(expected.length)

    const seen: string[] = []
    for await (const page of client.paginate(contactsCompleted, { top: 50 })) for (const c of page as { contactId: string }[]) seen.push(c.contactId)
    expect(seen).toEqual(expected)
  })

  test("stringifyWithIds writes digit strings of id keys as numbers, nowhere else", () => {
    const text = stringifyWithIds({ contactId: "9007199254740993", note: "9007199254740993", nested: [{ masterContactId: "-12" }], contactIdx: "5", other: { contactId: "abc" } })
    expect(text).toBe('{"contactId":9007199254740993,"note":"9007199254740993","nested":[{"masterContactId":-12}],"contactIdx":"5","other":{"contactId":"abc"}}')
  })
})
