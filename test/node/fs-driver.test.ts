import { expect, test } from "bun:test"
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage } from "../../core/index.ts"
import { privateFsDriver } from "../../node/fs-driver.ts"

const fresh = () => mkdtempSync(join(tmpdir(), "cxedge-fs-driver-"))
const mode = (path: string) => statSync(path).mode & 0o777

test("files are written 0600 and directories 0700, with no temporary file left behind", async () => {
  const base = fresh()
  const journal = createCxedgeStorage(privateFsDriver({ base })).namespace("journal")
  for (let i = 0; i < 5; i++) await journal.setItem(`job1:c:${i}`, { state: "planned", attempts: i })
  await journal.setItem("job1:c:0", { state: "verified", attempts: 1 })
  expect(mode(join(base, "journal"))).toBe(0o700)
  expect(mode(join(base, "journal", "job1", "c"))).toBe(0o700)
  expect(readdirSync(join(base, "journal", "job1", "c")).sort()).toEqual(["0", "1", "2", "3", "4"])
  for (const f of readdirSync(join(base, "journal", "job1", "c"))) expect(mode(join(base, "journal", "job1", "c", f))).toBe(0o600)
  expect(await journal.getItem("job1:c:0")).toEqual({ state: "verified", attempts: 1 })
  expect(await journal.getItem("job1:c:9")).toBeNull()
  expect(await journal.hasItem("job1:c:9")).toBe(false)
})

test("a directory removed after a write is made again (0700) by the next write", async () => {
  const base = fresh()
  const journal = createCxedgeStorage(privateFsDriver({ base })).namespace("journal")
  await journal.setItem("job1:c:1", { state: "planned" })
  rmSync(join(base, "journal"), { recursive: true })
  await journal.setItem("job1:c:2", { state: "applied" })
  expect(await journal.getItem("job1:c:2")).toEqual({ state: "applied" })
  expect(mode(join(base, "journal", "job1", "c"))).toBe(0o700)
  expect(await journal.getKeys()).toEqual(["job1:c:2"])
})

test("a key with a .. segment is refused, for reads and writes, and nothing lands outside the base", async () => {
  const outer = fresh()
  const storage = createCxedgeStorage(privateFsDriver({ base: join(outer, "state") }))
  await expect(storage.root.setItem("a:..:..:b", 1)).rejects.toThrow()
  await expect(storage.root.getItem("a:..")).rejects.toThrow()
  expect(readdirSync(outer)).toEqual([])
})

test("a listing under a prefix names the same keys as the whole listing filtered, and none of another namespace", async () => {
  const base = fresh()
  const storage = createCxedgeStorage(privateFsDriver({ base }))
  const audit = storage.namespace("audit")
  for (let i = 0; i < 3; i++) await audit.setItem(`w:r:${i}`, { seq: i })
  await audit.setItem("w:head", { seq: 2 })
  await audit.setItem("~registry:w", { chain: "w" })
  await storage.namespace("journal").setItem("job1:c:1", { state: "planned" })
  expect((await audit.getKeys("w:r")).sort()).toEqual(["w:r:0", "w:r:1", "w:r:2"])
  expect(await audit.getKeys("~registry")).toEqual(["~registry:w"])
  expect(await audit.getKeys("none")).toEqual([])
  expect((await audit.getKeys()).sort()).toEqual(["w:head", "w:r:0", "w:r:1", "w:r:2", "~registry:w"])
  expect((await storage.root.getKeys("audit:w")).sort()).toEqual(["audit:w:head", "audit:w:r:0", "audit:w:r:1", "audit:w:r:2"])
})
