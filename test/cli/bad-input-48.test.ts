/**
 * Bad input, round 48: a matrix rule whose path slipped (`emial`) was refused only once the job's export file had been
 * opened, so the --out an operator named (a file of last week's export) was left empty beside "Nothing was written";
 * split across workers (`--workers redis`) such a rule was not checked at all, and the job exited 0 with every email
 * as it was (exported in clear under `"unlisted": "keep"`). And request limits that cross (`minConcurrency` above
 * `maxConcurrency`, `minRps` above `rps`) were taken: one slow answer then opened the concurrency window to the floor,
 * past the ceiling the operator set. A `firstName` rule on records holding only `lastName` was told "did you mean
 * lastName?", advice that would null the wrong field.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { createLimiter, createManualClock } from "../../core/index.ts"
import { runCli } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"
import { json, refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"
import { startWorker } from "./worker-process.ts"

const contacts = [json({ id: "1", email: "ann@example.com" }), json({ id: "2", email: "bo@example.com" })].join("\n") + "\n"
const slipped = json({ name: "m48", fields: [{ path: "emial", transform: "redact" }] })
const EXPORT = ["anonymize", "--matrix", "m.json", "--source", "jsonl", "--file", "c.jsonl", "--target", "export"]
const SLIP = /^\[cxedge\] \[matrix\] matrix m48: the rule on "emial" reaches no field of the first 2 record\(s\), which hold "email": did you mean it\? Nothing was written; correct the rule's path$/
const LAST_WEEK = '{"id":"9","email":"tok_k1_x"}\n'
const crossed = (what: string) => new RegExp(`^\\[cxedge\\] \\[config\\] ${what}$`)

const rows: RefusalRow[] = [
  {
    // With --force (the file would be replaced): the slipped rule is refused before --out is opened.
    name: "an export's existing --out with a slipped rule: refused, the file kept (was: emptied beside 'Nothing was written')",
    args: [...EXPORT, "--out", "last-week.jsonl", "--force"],
    files: { "c.jsonl": contacts, "m.json": slipped, "last-week.jsonl": LAST_WEEK },
    says: SLIP,
    after: (cwd) => expect(readFileSync(join(cwd, "last-week.jsonl"), "utf8")).toBe(LAST_WEEK),
  },
  { name: "a new --out with a slipped rule: no empty file left (was: o.jsonl made, empty)", args: [...EXPORT, "--out", "o.jsonl"], files: { "c.jsonl": contacts, "m.json": slipped }, says: SLIP },
  {
    name: "limits.minConcurrency above limits.maxConcurrency (was: taken, and a slow answer opened the window to 100)",
    args: ["jobs", "--config", "c.json"],
    files: { "c.json": json({ limits: { minConcurrency: 100, maxConcurrency: 2 } }) },
    says: crossed("c\\.json: limits\\.minConcurrency \\(100\\) is above c\\.json: limits\\.maxConcurrency \\(2\\), a ceiling: lower the one, or raise the other"),
  },
  {
    // A ceiling given for the run (CXEDGE_CONCURRENCY, --rps) lowers the file's floors instead: test/core/limits-ceiling.test.ts.
    name: "limits.initialConcurrency above limits.maxConcurrency",
    args: ["jobs", "--config", "c.json"],
    files: { "c.json": json({ limits: { initialConcurrency: 32, maxConcurrency: 4 } }) },
    says: crossed("c\\.json: limits\\.initialConcurrency \\(32\\) is above c\\.json: limits\\.maxConcurrency \\(4\\), a ceiling: lower the one, or raise the other"),
  },
  {
    // Since stop 68 a matrix naming no field of the records is refused whole (it would export them untouched); still no guess.
    name: "a firstName rule on records holding only lastName is no 'did you mean lastName?' (a rule to null the wrong field)",
    args: ["anonymize", "--matrix", "fn.json", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--dry-run"],
    files: { "c.jsonl": json({ id: "1", lastName: "Okafor" }) + "\n", "fn.json": json({ name: "fn", fields: [{ path: "firstName", transform: "nullify" }] }) },
    says: /^\[cxedge\] \[matrix\] matrix fn names no field of the first 1 record\(s\) of source jsonl: it names firstName; the records hold id, lastName\. Nothing was written/,
  },
  { name: "limits.minConcurrency at limits.maxConcurrency is taken", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ limits: { minConcurrency: 4, maxConcurrency: 4, minRps: 5, rps: 5 } }) }, code: 0, says: /./ },
]

refusalRound("bad input, round 48", "cxedge-bad48-", rows)

const KEY = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string

beforeAll(async () => {
  dir = tempDir("cxedge-bad48w-")
  writeFileSync(join(dir, "c.jsonl"), contacts)
  // Every field not named is exported as it is: the slipped rule left the emails in the export.
  writeFileSync(join(dir, "keep.json"), json({ name: "m48", unlisted: "keep", fields: [{ path: "emial", transform: "redact" }] }))
  mkdirSync(join(dir, "w"))
  if (!noRedis) redis = await startRedis()
}, 30_000)
afterAll(async () => {
  await redis?.stop()
})

describe.skipIf(noRedis)("a slipped rule in a job split across workers", () => {
  test("--workers redis: refused before any partition is queued (was: exit 0, the emails exported as they were)", async () => {
    const env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize", CXEDGE_HMAC_KEYS: KEY }
    const w = startWorker(join(dir, "w"), env)
    try {
      const r = await runCli(["anonymize", "--matrix", "keep.json", "--file", "c.jsonl", "--out", "x.jsonl", "--job", "r48w", "--workers", "redis"], env, { cwd: dir, timeoutMs: 60_000 })
      expect([r.code, r.stderr.trim().split("\n").at(-1)]).toEqual([2, '[cxedge] [matrix] matrix m48: the rule on "emial" reaches no field of the first 2 record(s), which hold "email": did you mean it? Nothing was written; correct the rule\'s path'])
      expect(readdirSync(dir).filter((name) => name.startsWith("x."))).toEqual([])
      // Not stored: the same command, the rule corrected, starts the job afresh rather than "resume it without --matrix".
      const jobs = await runCli(["jobs", "--json"], env, { cwd: dir })
      expect(jobs.stdout).not.toContain("r48w")
    } finally {
      w.proc.kill()
      await w.proc.exited
    }
  }, 90_000)
})

describe("a concurrency floor above its ceiling, where no refusal sees it (minConcurrency alone, past the client's 16)", () => {
  test("a slow answer never opens the window past maxConcurrency (was: to the floor, 100)", async () => {
    const limiter = createLimiter({ maxConcurrency: 2, minConcurrency: 100 }, createManualClock(0))
    const permit = await limiter.acquire()
    permit.release({ status: 200, latencyMs: 60_000 })
    expect(limiter.state().concurrency).toBe(2)
  })
})
