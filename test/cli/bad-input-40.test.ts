/**
 * Bad input, round 40: a date-time finer than a millisecond, through the refusal harness (refusal-harness.ts); the
 * same legal hold placed twice.
 */
import { describe, expect, test } from "bun:test"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"

const KEY = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
/** A dry run of an erasure over the cxone source from `since`. */
const sinceRow = (name: string, since: string, says: RegExp, code = 2): RefusalRow => ({
  name,
  args: ["anonymize", "--matrix", "gdpr", "--source", "cxone", "--target", "erasure", "--since", since, "--dry-run"],
  code,
  says,
})

const rows: RefusalRow[] = [
  // Read to the millisecond in silence: the window started at .123, or at .999 for a time written .999999.
  sinceRow("--since with seven digits after the seconds (was cut to .123)", "2026-11-01T08:30:00.1234567Z", /^\[cxedge\] \[flags\] --since "2026-11-01T08:30:00\.1234567Z" is finer than a millisecond, and a time is read to the millisecond: write at most three digits after the seconds \(2026-11-01T08:30:00\.123Z\)$/),
  sinceRow("--since .999999 with an offset (was cut to .999)", "2026-11-01T08:30:00.999999+02:00", /is finer than a millisecond.*\(2026-11-01T08:30:00\.999\+02:00\)$/),
  { name: "pii scan --until with a microsecond (was cut)", args: ["pii", "scan", "--source", "cxone", "--since", "30d", "--until", "2026-11-30T00:00:00.000001Z"], says: /^\[cxedge\] \[flags\] --until "2026-11-30T00:00:00\.000001Z" is finer than a millisecond/ },
  // Zeros past the third digit change nothing: still taken.
  sinceRow("--since .123000 (the same millisecond: taken)", "2026-11-01T08:30:00.123000Z", /window: 2026-11-01T08:30:00\.123Z \.\./, 0),
]

refusalRound("bad input, round 40", "cxedge-bad40-", rows)

describe("bad input, round 40: the same legal hold placed twice", () => {
  const dir = tempDir("cxedge-bad40h-")
  const env = { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, ".cxedge"), CXEDGE_HMAC_KEYS: KEY }
  const hold = (...args: string[]) => runCli(["hold", ...args], env, { cwd: dir })
  const holds = async () => JSON.parse((await hold("list", "--json")).stdout) as { id: string; reason: string; until: string }[]

  test("the same subject for the same reason again is that hold, said so (was: a second hold, which a release of the first left holding)", async () => {
    const first = await hold("add", "--subject-email", "ann@example.com", "--reason", "LH 40")
    expect(first.code).toBe(0)
    const id = /^hold (hold_\w+) added: /.exec(first.stdout)?.[1]
    expect(id).toBeDefined()
    // Written otherwise (case, spacing), the same address and the same matter.
    const again = await hold("add", "--subject-email", "Ann@Example.com", "--reason", "lh  40")
    expect(again.code).toBe(0)
    expect(again.stdout).toStartWith(`hold ${id} already holds email sub_k1_`)
    expect(again.stdout).toEndWith(", until released, for this reason: nothing added\n")
    expect(again.stdout).not.toContain("ann@")
    expect((await holds()).map((h) => h.id)).toEqual([id!])
  }, 30_000)

  test("the same hold with another end is refused, naming the hold (exit 2), and nothing is added", async () => {
    const r = await hold("add", "--subject-email", "ann@example.com", "--reason", "LH 40", "--until", "2099-01-01")
    expect(r.code).toBe(2)
    const id = (await holds())[0]!.id
    expect(r.stderr).toContain(`[cxedge] [hold] hold ${id} already holds this subject (email) for this reason, until released: to change when it ends, release it and add it again; to hold it for another matter, give that matter's reason`)
    expect(await holds()).toHaveLength(1)
  }, 30_000)

  test("another matter's reason is another hold; a released hold holds nothing, so adding it again adds one", async () => {
    expect((await hold("add", "--subject-email", "ann@example.com", "--reason", "LH 41")).code).toBe(0)
    const [first] = await holds()
    expect((await hold("release", first!.id)).code).toBe(0)
    const again = await hold("add", "--subject-email", "ann@example.com", "--reason", "LH 40")
    expect(again.stdout).toContain(" added: ")
    expect((await holds()).map((h) => h.reason)).toEqual(["LH 40", "LH 41", "LH 40"])
  }, 30_000)

  test("a contact held twice for one reason: one hold, the second answer marked existing", async () => {
    const a = await hold("add", "--contact", "600042000003", "--reason", "LH 42", "--json")
    const b = await hold("add", "--contact", "600042000003", "--reason", "LH 42", "--json")
    expect([a.code, b.code]).toEqual([0, 0])
    expect(JSON.parse(b.stdout)).toMatchObject({ id: JSON.parse(a.stdout).id, existing: true })
    expect((await holds()).filter((h) => h.reason === "LH 42")).toHaveLength(1)
  }, 30_000)
})
