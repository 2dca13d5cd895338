import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

type Fields = { notes: string; firstName?: string; customFields: { name: string; value: string | null }[] }
const callback = (f: Fields) => f.customFields.find((c) => c.name === "callbackNote")?.value ?? ""

/** The words of a text once its personal values are taken out: what scrubbing must keep. */
const plainWords = (text: string, values: string[]) => values.reduce((t, v) => t.split(v).join(" "), text).split(/[\s,.:;]+/).filter((w) => w.length > 1)

describe("cxedge anonymize --matrix matrices/notes.json (scrub) against the sandbox", () => {
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  let env: Record<string, string>
  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 80, seed: 11 })
    served = serveSandbox(sandbox)
    env = sandboxEnv(sandbox, served.origin, { CXEDGE_RPS: "2000", CXEDGE_STORAGE: "" })
  })
  afterAll(() => served.stop())

  test("the written notes keep their other words and hold no seeded value; a second run writes nothing new", async () => {
    const data = sandbox.tenant("acme").data
    const before = new Map([...data.records].map(([id, r]) => [id, structuredClone(r.fields) as Fields]))
    const seeded = [...new Set([...seededValues(sandbox), ...[...data.freeTextPii.values()].flat()])]
    const dir = mkdtempSync(join(tmpdir(), "cxedge-scrub-"))
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state")]
    const run = await runCli(["anonymize", "--matrix", `${ROOT}matrices/notes.json`, ...state, "--yes", "--verbose"], env, { cwd: dir })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/succeeded\s+80/)
    expect(findLeaks(run.stdout + run.stderr, seeded)).toEqual([])

    let tagged = 0
    for (const [id, record] of data.records) {
      const was = before.get(id)!
      const now = record.fields as Fields
      const values = [...data.freeTextPii.get(id)!, `${was.firstName}`]
      for (const [old, written] of [
        [was.notes, now.notes],
        [callback(was), callback(now)],
      ] as const) {
        expect(findLeaks(written, values)).toEqual([])
        for (const word of plainWords(old, values)) expect(written).toContain(word)
        if (/<(EMAIL|PHONE)_\d+>/.test(written)) tagged++
      }
      // A card field keeps its last four, masked; the account number is emptied.
      const card = now.customFields.find((c) => c.name === "cardNumber")
      if (card) expect(card.value).toMatch(/^\*{12}\d{4}$/)
      expect(now.customFields.find((c) => c.name === "accountNumber")?.value).toBe("")
    }
    expect(tagged).toBe(2 * data.records.size)

    const notes = new Map([...data.records].map(([id, r]) => [id, JSON.stringify(r.fields)]))
    const again = await runCli(["anonymize", "--matrix", `${ROOT}matrices/notes.json`, ...state, "--yes"], env, { cwd: dir })
    expect(again.code).toBe(0)
    for (const [id, r] of data.records) expect(JSON.stringify(r.fields)).toBe(notes.get(id)!)
  }, 60_000)
})
