import { afterAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage } from "../../core/index.ts"
import { privateFsDriver } from "../../node/fs-driver.ts"
import { createJournal } from "../../plugins/anonymize/journal.ts"
import { emptyChunk } from "../../plugins/anonymize/journal-page.ts"

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** A job's journal on fs storage with two finished pages (an export's: no planned item), as a killed run leaves it. */
async function twoPages() {
  const base = mkdtempSync(join(tmpdir(), "cxedge-crash46-journal-"))
  dirs.push(base)
  const storage = () => createCxedgeStorage(privateFsDriver({ base })).namespace("journal")
  const journal = createJournal(storage(), "j")
  for (const ids of [["c-10", "c-11", "c-12"], ["c-20", "c-21", "c-22"]]) await journal.settle(undefined, { finished: { ...emptyChunk(), succeeded: ids }, failed: [] })
  return { file: (n: number) => join(base, "journal", "j", "b", String(n)), resume: () => createJournal(storage(), "j").load() }
}

const refusal = (n: number, what: string) =>
  `[cxedge] [anonymize] the journal of job j is damaged: its item journal:j:b:${n} (with fs storage, the file journal/j/b/${n} in the storage directory) ${what}: restore the storage directory from a backup, or run the job again under a new --job id (an export with a new --out)`

describe("a tampered journal is refused on resume, naming the item, never read as other contacts' progress", () => {
  test("untouched, both pages' contacts are done", async () => {
    const { resume } = await twoPages()
    expect(await resume()).toBe(6)
  })

  test("a page's file cut short", async () => {
    const { file, resume } = await twoPages()
    truncateSync(file(1), readFileSync(file(1)).length - 9)
    await expect(resume()).rejects.toThrow(refusal(1, "is not JSON (truncated or edited)"))
  })

  test("a page's file emptied", async () => {
    const { file, resume } = await twoPages()
    truncateSync(file(0), 0)
    await expect(resume()).rejects.toThrow(refusal(0, "is not JSON (truncated or edited)"))
  })

  test("one byte of an id changed (c-11 made c-19): the file is still JSON, its checksum no longer matches", async () => {
    const { file, resume } = await twoPages()
    writeFileSync(file(0), readFileSync(file(0), "utf8").replace('"c-11"', '"c-19"'))
    await expect(resume()).rejects.toThrow(refusal(0, "does not match its checksum (an id or an outcome was changed)"))
  })

  test("a contact moved to another outcome", async () => {
    const { file, resume } = await twoPages()
    writeFileSync(file(1), readFileSync(file(1), "utf8").replace(',"c-22"]', "]").replace('"skipped":[]', '"skipped":["c-22"]'))
    await expect(resume()).rejects.toThrow(refusal(1, "does not match its checksum (an id or an outcome was changed)"))
  })

  test("one byte of an outcome's name changed", async () => {
    const { file, resume } = await twoPages()
    writeFileSync(file(0), readFileSync(file(0), "utf8").replace("succeeded", "succeedeD"))
    await expect(resume()).rejects.toThrow(refusal(0, "is neither a page's chunk nor its planned entries"))
  })
})

// Review 48: a contact's damaged entry was named by its key, which holds the contact's id as it is when the id is
// letters, digits, dots and dashes: a source keyed by phone number had the number in the refusal.
test("a contact's damaged entry is refused without its id", async () => {
  const base = mkdtempSync(join(tmpdir(), "cxedge-crash46-journal-"))
  dirs.push(base)
  const storage = createCxedgeStorage(privateFsDriver({ base })).namespace("journal")
  await storage.setItem("j:c:07700900123", "cut sho")
  const error = await createJournal(storage, "j").get("07700900123").catch((e: Error) => e)
  expect(String(error)).toContain("the journal of job j is damaged: its item journal:j:c:<a contact's id, not shown> (with fs storage, the file journal/j/c/<a contact's id, not shown> in the storage directory) is not a contact's entry")
  expect(String(error)).not.toContain("07700900123")
})
