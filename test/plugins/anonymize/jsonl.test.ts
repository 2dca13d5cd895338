import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { SourceRecord } from "../../../plugins/anonymize/pipeline.ts"
import { nodeFiles } from "../../../node/files.ts"
import { createJsonlSource, parseLine } from "../../../plugins/anonymize/sources/jsonl.ts"
import { ROOT, runCli } from "../../helpers.ts"

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "cxedge-jsonl-")), "in.jsonl")
  writeFileSync(path, text)
  return path
}

async function read(text: string, pageSize?: number): Promise<SourceRecord[]> {
  const source = await createJsonlSource(nodeFiles, file(text), { pageSize })
  const out: SourceRecord[] = []
  for await (const page of source.pages()) out.push(...page)
  return out
}

describe("JSONL source: read safely", () => {
  test("a UTF-8 byte-order mark before the first line is stripped (the first record is not lost)", async () => {
    const records = await read('\uFEFF{"id":"a","email":"a@example.com"}\n{"id":"b"}\n')
    expect(records.map((r) => [r.id, r.error])).toEqual([["a", undefined], ["b", undefined]])
    expect(records[0]!.data.email).toBe("a@example.com")
  })

  test("a duplicate id is a per-record rejection naming both lines, never the id; across pages too", async () => {
    const lines = ['{"id":"+442079460018","n":1}', '{"id":"x"}', "", '{"id":"+442079460018","n":2}', '{"id":7}', '{"id":"7"}']
    const records = await read(lines.join("\n") + "\n", 2)
    expect(records.map((r) => r.id)).toEqual(["+442079460018", "x", "line:4", "7", "line:6"])
    expect(records[2]!.error).toBe("line 4: duplicate id (first seen on line 1)")
    expect(records[2]!.error).not.toContain("442079460018")
    expect(records[2]!.data).toEqual({})
    expect(records[4]!.error).toBe("line 6: duplicate id (first seen on line 5)") // 7 and "7" are one id
  })

  test("an id of a rejected line's form (line:<n>) is refused: it would share a broken line's entry, written and failed at once", async () => {
    const records = await read('{"id":"a"}\nnot json\n{"id":"line:2","email":"b@example.com"}\n{"id":"line:two"}\n')
    expect(records.map((r) => [r.id, r.error])).toEqual([
      ["a", undefined],
      ["line:2", "line 2 is not valid JSON"],
      ["line:3", "line 3: id has the form line:<number>, the name cxedge gives a rejected line: give the record another id"],
      ["line:two", undefined],
    ])
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length)
  })

  test("__proto__, constructor and prototype keys never reach a prototype, at any depth, even spelt with escapes", async () => {
    const lines = [
      '{"id":"p1","__proto__":{"isAdmin":true,"email":"hidden@example.com"},"email":"a@example.com"}',
      '{"id":"p2","nested":{"constructor":{"prototype":{"polluted":1}},"ok":true}}',
      '{"id":"p3","\\u005f_proto__":{"isAdmin":true}}',
      '{"id":"p4","list":[{"__proto__":{"isAdmin":true}}]}',
    ]
    const records = await read(lines.join("\n"))
    expect(records.map((r) => r.error)).toEqual([undefined, undefined, undefined, undefined])
    for (const r of records) {
      expect(Object.getPrototypeOf(r.data)).toBe(Object.prototype)
      expect(JSON.stringify(r.data)).not.toMatch(/proto|constructor|hidden@/)
      expect((r.data as { isAdmin?: unknown }).isAdmin).toBeUndefined()
    }
    expect(records[1]!.data).toEqual({ id: "p2", nested: { ok: true } })
    expect(({} as { polluted?: unknown; isAdmin?: unknown }).polluted).toBeUndefined()
    expect(({} as { isAdmin?: unknown }).isAdmin).toBeUndefined()
    // an Object.assign of a parsed line cannot change a prototype either
    const assigned = Object.assign({}, parseLine('{"__proto__":{"isAdmin":true}}'))
    expect((assigned as { isAdmin?: unknown }).isAdmin).toBeUndefined()
  })

  test("bad lines stay one rejection each and the job goes on", async () => {
    const records = await read('{"id":"a"}\n{ nope\n[1]\n{"name":"no id"}\n{"id":""}\n{"id":"b"}\n')
    expect(records.map((r) => r.error ?? r.id)).toEqual(["a", "line 2 is not valid JSON", "line 3 is not a JSON object", "line 4 has no id", "line 5 has no id", "b"])
  })

  test("from the CLI: a BOM file with a duplicate and a __proto__ payload exports cleanly; exit 1 names the duplicate line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-jsonl-cli-"))
    const input = join(dir, "in.jsonl")
    writeFileSync(input, [
      '\uFEFF{"id":"1","email":"ada@example.com","phone":"+44 20 7946 0018","channel":"chat"}',
      '{"id":"2","email":"bo@example.com","__proto__":{"email":"hidden.person@example.com"}}',
      '{"id":"1","email":"again@example.com"}',
    ].join("\n"))
    const out = join(dir, "out.jsonl")
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--source", "jsonl", "--file", input, "--target", "export", "--out", out, "--storage", "memory", "--json"], {}, { cwd: dir })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ processed: 3, succeeded: 2 })
    expect(r.stderr).toContain("line 3: duplicate id (first seen on line 1)")
    expect(r.stderr).not.toContain("again@example.com")
    const text = readFileSync(out, "utf8")
    expect(text.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["1", "2"])
    expect(text).not.toMatch(/hidden\.person|__proto__|ada@example|bo@example/)
  }, 60_000)
})
