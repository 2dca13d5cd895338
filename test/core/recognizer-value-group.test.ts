import { describe, expect, test } from "bun:test"
import { defineRecognizer } from "../../core/index.ts"

describe("a pattern's value group", () => {
  const customer = defineRecognizer({ type: "CUSTOMER_ID", name: "customer-id", score: 0.9, pattern: /\border (?:no\.? )?\d+ for customer (?<value>\d+)/g })

  test("is reported where the engine matched it, not where its text first occurs in the match", () => {
    const text = "order 1234 for customer 1234"
    expect(customer.recognize(text).map((f) => [f.start, f.end])).toEqual([[24, 28]])
    const shifted = "order 41234 for customer 1234"
    expect(customer.recognize(shifted).map((f) => [f.start, f.end])).toEqual([[25, 29]])
  })

  test("the caller's pattern is left as it was (no d flag added, lastIndex untouched)", () => {
    const pattern = /\bcustomer (?<value>\d+)/g
    const r = defineRecognizer({ type: "CUSTOMER_ID", name: "customer-id", score: 0.9, pattern })
    expect(r.recognize("customer 77 and customer 88").map((f) => [f.start, f.end])).toEqual([[9, 11], [25, 27]])
    expect(pattern.flags).toBe("g")
    expect(pattern.lastIndex).toBe(0)
  })

  test("a value group that matched nothing is no candidate, and nothing is thrown", () => {
    const id = defineRecognizer({ type: "X_Y", name: "x-y", score: 0.9, pattern: /id:(?<value>\d*)/g })
    expect(id.recognize("id: and id:12").map((f) => [f.start, f.end])).toEqual([[11, 13]])
  })
})
