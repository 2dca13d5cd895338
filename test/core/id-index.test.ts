import { describe, expect, test } from "bun:test"
import { createIdIndex } from "../../core/id-index.ts"

describe("the JSONL source's id index", () => {
  test("200,000 distinct ids are all new; each repeated one names the line it was first seen on, after every shard grew", () => {
    const index = createIdIndex()
    const id = (i: number) => (i % 3 ? String(600_000_000_000 + i) : `contact-${i}@example.com`)
    let repeated = 0
    for (let i = 1; i <= 200_000; i++) if (index.firstSeen(id(i), i) !== undefined) repeated++
    expect(repeated).toBe(0)
    expect(index.size).toBe(200_000)
    const lines: (number | undefined)[] = []
    for (let i = 7; i <= 200_000; i += 9973) lines.push(index.firstSeen(id(i), 300_000 + i))
    expect(lines).toEqual(Array.from({ length: lines.length }, (_, k) => 7 + k * 9973))
    // A repeat is not recorded again: the first line stays the answer.
    expect(index.firstSeen(id(7), 400_000)).toBe(7)
    expect(index.size).toBe(200_000)
  })

  test("ids that differ in one character, or only in length, are told apart", () => {
    const index = createIdIndex()
    const ids = ["a", "b", "ab", "ba", "a\u0000", "", "aa", "a".repeat(256), "a".repeat(255)]
    expect(ids.map((id, i) => index.firstSeen(id, i + 1))).toEqual(ids.map(() => undefined))
    expect(ids.map((id) => index.firstSeen(id, 99))).toEqual(ids.map((_, i) => i + 1))
  })
})

test("an ASCII id read from bytes is the same id as its string: each finds the other, with no string made", () => {
  const index = createIdIndex()
  const line = new TextEncoder().encode('{"id":"c-17","n":600000000001}')
  const ids = ["c-17", "600000000001", "x"]
  // Registered from the bytes of a line, found as strings; and the other way round.
  expect(index.firstSeenBytes(line, 7, 11, 1)).toBeUndefined()
  expect(index.firstSeenBytes(line, 17, 29, 2)).toBeUndefined()
  expect(ids.map((id) => index.firstSeen(id, 3))).toEqual([1, 2, undefined])
  expect(index.firstSeenBytes(new TextEncoder().encode("x"), 0, 1, 4)).toBe(3)
  // A part of an id is another id.
  expect(index.firstSeenBytes(line, 7, 10, 5)).toBeUndefined()
  expect(index.size).toBe(4)
})
