import { expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { nodeFiles } from "../../../node/files.ts"
import type { SourceRecord } from "../../../plugins/anonymize/pipeline.ts"
import { createJsonlSource } from "../../../plugins/anonymize/sources/jsonl.ts"
import { createJsonlRangeSource, lineRanges } from "../../../plugins/anonymize/sources/jsonl-range.ts"

async function all(pages: AsyncIterable<SourceRecord[]>): Promise<SourceRecord[]> {
  const out: SourceRecord[] = []
  for await (const page of pages) out.push(...page)
  return out
}

// Ids repeated inside one range, across ranges, a bad line, a blank line, CRLF and a missing final newline.
const LINES = [
  '{"id":"a","email":"ada@example.com"}', '{"id":"b"}', '{"id":"a"}', // a repeat inside the first range
  '{"id":"c"}', "not json", '{"id":"b"}', // b: first seen in an earlier range
  "", '{"id":"d"}\r', '{"id":"d"}', // blank, CRLF, and d repeated inside its own range
  '{"id":"g",}', '{"id":"h","id":"g"}', '{"id":"g"}', // g first on an invalid line (not counted), then held by a line whose last id key wins
  '{"id":"e"}', '{"id":"c"}', '{"id":"f"}', // c from two ranges back; no final newline
]

test("a file split into line ranges yields the same records and refusals as one process reading it whole", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "cxedge-ranges-")), "in.jsonl")
  writeFileSync(path, LINES.join("\n"))
  const whole = await all((await createJsonlSource(nodeFiles, path)).pages())
  for (const linesPer of [1, 2, 3, 5, 100]) {
    const ranges = []
    for await (const range of lineRanges(nodeFiles, path, linesPer)) ranges.push(range)
    const split: SourceRecord[] = []
    for (const range of ranges) split.push(...(await all(createJsonlRangeSource(nodeFiles, path, range).pages())))
    expect([linesPer, split.map((r) => [r.id, r.error ?? null])]).toEqual([linesPer, whole.map((r) => [r.id, r.error ?? null])])
    // Every id is accepted once, whichever range holds its first line.
    const accepted = split.filter((r) => !r.error).map((r) => r.id)
    expect(new Set(accepted).size).toBe(accepted.length)
  }
  expect(whole.filter((r) => !r.error).map((r) => r.id)).toEqual(["a", "b", "c", "d", "g", "e", "f"])
  expect(whole.find((r) => r.id === "line:6")?.error).toBe("line 6: duplicate id (first seen on line 2)")
})

// An object written over lines 3-6, a broken line (8) before a whole one, and an object left open at the end (11-12).
const FOLDED = [
  '{"id":"a"}', '{"id":"b"}', "{", '  "id": "c",', '  "email": "ada@example.com"', "}",
  '{"id":"d"}', '{"id":"e",', '{"id":"f"}', "", '{"id":"g",', '  "x": 1',
]

test("an object written over several lines is one rejection in a split job too, whichever ranges its lines fall in", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "cxedge-ranges-")), "in.jsonl")
  writeFileSync(path, FOLDED.join("\n") + "\n")
  const whole = await all((await createJsonlSource(nodeFiles, path)).pages())
  const rejections = whole.filter((r) => r.error).map((r) => r.error)
  expect(rejections).toEqual([
    "lines 3-6 are not valid JSON: they hold one object written over several lines, and JSON Lines hold one object per line (jq -c . writes it so)",
    "line 8 is not valid JSON",
    "lines 11-12 are not valid JSON: they hold one object written over several lines, and JSON Lines hold one object per line (jq -c . writes it so)",
  ])
  for (const linesPer of [1, 2, 3, 4, 5, 100]) {
    const ranges = []
    for await (const range of lineRanges(nodeFiles, path, linesPer)) ranges.push(range)
    // No range starts inside the object: each begins on a line outside lines 4-6 and 12.
    expect([linesPer, ranges.map((r) => r.line).filter((n) => [4, 5, 6, 12].includes(n))]).toEqual([linesPer, []])
    const split: SourceRecord[] = []
    for (const range of ranges) split.push(...(await all(createJsonlRangeSource(nodeFiles, path, range).pages())))
    expect([linesPer, split.map((r) => [r.id, r.error ?? null])]).toEqual([linesPer, whole.map((r) => [r.id, r.error ?? null])])
  }
})

test("a whole object on a line inside one written over several lines holds no id, split or not", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "cxedge-ranges-")), "in.jsonl")
  // Line 2 is read by no one (it is inside lines 1-3): the x of line 4 is its first.
  writeFileSync(path, ['{"id":"a","items":[', '  {"id":"x"}', "]}", '{"id":"x"}', '{"id":"x"}'].join("\n") + "\n")
  const whole = await all((await createJsonlSource(nodeFiles, path)).pages())
  expect(whole.map((r) => [r.id, r.error ?? null])).toEqual([
    ["line:1", "lines 1-3 are not valid JSON: they hold one object written over several lines, and JSON Lines hold one object per line (jq -c . writes it so)"],
    ["x", null],
    ["line:5", "line 5: duplicate id (first seen on line 4)"],
  ])
  for (const linesPer of [1, 2, 100]) {
    const split: SourceRecord[] = []
    for await (const range of lineRanges(nodeFiles, path, linesPer)) split.push(...(await all(createJsonlRangeSource(nodeFiles, path, range).pages())))
    expect([linesPer, split.map((r) => [r.id, r.error ?? null])]).toEqual([linesPer, whole.map((r) => [r.id, r.error ?? null])])
  }
})

test("lines cut by the file's reads (a megabyte at a time), one longer than a read, split as one process reads them", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "cxedge-ranges-")), "in.jsonl")
  const pad = (i: number) => "p".repeat(300 + ((i * 7919) % 900))
  const lines = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `c${i % 3700}`, notes: pad(i) }))
  // A line of 1.5 MB: no line end in the read after the one it starts in. CRLF ends on a few lines.
  lines[1500] = JSON.stringify({ id: "long", notes: "n".repeat(1_500_000) })
  for (const i of [10, 1999, 3001]) lines[i] += "\r"
  writeFileSync(path, lines.join("\n") + "\n")
  const whole = await all((await createJsonlSource(nodeFiles, path)).pages())
  expect(whole.filter((r) => r.error).length).toBe(300)
  for (const linesPer of [333, 1000, 5000]) {
    const split: SourceRecord[] = []
    for await (const range of lineRanges(nodeFiles, path, linesPer)) split.push(...(await all(createJsonlRangeSource(nodeFiles, path, range).pages())))
    expect([linesPer, split.length, split.map((r) => `${r.id} ${r.error ?? ""} ${r.data.notes ? String(r.data.notes).length : ""}`)]).toEqual([linesPer, whole.length, whole.map((r) => `${r.id} ${r.error ?? ""} ${r.data.notes ? String(r.data.notes).length : ""}`)])
  }
})

test("a line one process refuses holds no id: its id's next line is accepted in a split job too", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "cxedge-ranges-")), "in.jsonl")
  // A key written twice, a Latin-1 byte, U+FFFD, a rejected line's name: each refused, then its id given again.
  const lines = ['{"id":"a","x":1,"x":2}', '{"id":"a"}', '{"id":"b","n":"Espa\xf1a"}', '{"id":"b"}', '{"id":"c","n":"\uFFFD"}', '{"id":"c"}', '{"id":"line:9"}', '{"id":"line:9"}']
  writeFileSync(path, Buffer.concat(lines.map((l) => Buffer.from(l + "\n", l.includes("\xf1") ? "latin1" : "utf8"))))
  const whole = await all((await createJsonlSource(nodeFiles, path)).pages())
  expect(whole.filter((r) => !r.error).map((r) => r.id)).toEqual(["a", "b", "c"])
  for (const linesPer of [1, 3, 100]) {
    const split: SourceRecord[] = []
    for await (const range of lineRanges(nodeFiles, path, linesPer)) split.push(...(await all(createJsonlRangeSource(nodeFiles, path, range).pages())))
    expect([linesPer, split.map((r) => [r.id, r.error ?? null])]).toEqual([linesPer, whole.map((r) => [r.id, r.error ?? null])])
  }
})
