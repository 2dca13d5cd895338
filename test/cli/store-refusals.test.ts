/**
 * Storage a plan or a job would not outlive, and a short flag written with its value glued on, each refused in words
 * before any call (exit 2, nothing written at the tenant or here):
 * - `--plan` on memory storage (named by --storage, or a config's memory driver) against a configured tenant printed
 *   "planned ... approve it with cxedge jobs approve", exit 0, and the plan was gone when the command ended;
 * - a config's storage.dir (or CXEDGE_STORAGE_DIR) beside the memory driver was silently ignored: a job ran and kept
 *   its journal in memory, so `--resume` then found "no job" and no directory existed (--storage-dir was refused);
 * - `audit tail -n3` was "unknown flag -n3" with no word of how to write it.
 */
import { expect, test } from "bun:test"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { defineCommand } from "citty"
import { checkArgv } from "../../cli/check-args.ts"
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const KEYS = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const PLAN = ["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--plan", "pm"]
const MEMORY_PLAN = /^\[cxedge\] \[anonymize\] plan pm would be kept in memory storage, gone when this command ends: no later command could approve or run it; keep plans in fs storage \(--storage-dir DIR, CXEDGE_STORAGE_DIR or storage\.dir in the config file, with the fs driver\) or redis; nothing was planned$/
// Only the config file names the storage (the harness's fs storage variables are unset).
const FROM_CONFIG = { CXEDGE_STORAGE: "", CXEDGE_STORAGE_DIR: "", CXEDGE_HMAC_KEYS: KEYS }
const MEMORY_WITH_DIR = { "cxedge.config.json": json({ storage: { driver: "memory", dir: "st" } }) }
const noDir = (cwd: string) => expect(existsSync(join(cwd, "st"))).toBe(false)

const rows: RefusalRow[] = [
  { name: "--plan with --storage memory against a tenant (was: planned, exit 0, the plan gone)", tenant: true, args: [...PLAN, "--storage", "memory"], env: { CXEDGE_HMAC_KEYS: KEYS }, says: MEMORY_PLAN },
  { name: "--plan with a config's memory driver against a tenant", tenant: true, args: PLAN, env: FROM_CONFIG, files: { "cxedge.config.json": json({ storage: { driver: "memory" } }) }, says: MEMORY_PLAN },
  {
    name: "a config's storage.dir beside its memory driver: a job is refused (was: written at the tenant, its journal in memory, no st/)",
    tenant: true,
    args: ["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--job", "jm", "--yes"],
    env: FROM_CONFIG,
    files: MEMORY_WITH_DIR,
    says: /^\[cxedge\] \[config\] cxedge\.config\.json: storage\.dir is read by the fs storage only, and storage\.driver there is memory: remove storage\.dir, or use storage\.driver "fs"$/,
    after: noDir,
  },
  {
    name: "CXEDGE_STORAGE_DIR beside a config's memory driver (was: jobs, exit 0, the directory ignored)",
    args: ["jobs"],
    env: { ...FROM_CONFIG, CXEDGE_STORAGE_DIR: "st" },
    files: { "cxedge.config.json": json({ storage: { driver: "memory" } }) },
    says: /^\[cxedge\] \[config\] CXEDGE_STORAGE_DIR is read by the fs storage only, and cxedge\.config\.json: storage\.driver is memory: unset CXEDGE_STORAGE_DIR, or use storage\.driver "fs"$/,
    after: noDir,
  },
  { name: "CXEDGE_STORAGE_DIR beside CXEDGE_STORAGE=redis", args: ["jobs"], env: { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: "redis://127.0.0.1:1", CXEDGE_STORAGE_DIR: "st" }, says: /^\[cxedge\] \[config\] CXEDGE_STORAGE_DIR is read by the fs storage only, and CXEDGE_STORAGE is redis: unset CXEDGE_STORAGE_DIR, or use CXEDGE_STORAGE=fs$/ },
  // --storage memory for one command over a config's fs directory is the user's choice for that command: it runs.
  { name: "--storage memory over a config's fs storage.dir still runs", args: ["jobs", "--storage", "memory"], env: FROM_CONFIG, files: { "cxedge.config.json": json({ storage: { driver: "fs", dir: "st" } }) }, code: 0, says: /^\(none\)$/m, after: noDir },
  { name: "audit tail -n3 says how to write it (was: unknown flag -n3, no hint)", args: ["audit", "tail", "-n3"], says: /^\[cxedge\] unknown flag -n3: -n takes its value after a space or =: write -n 3 \(or --n 3\)$/ },
  { name: "a glued value that is not a number is not repeated", args: ["audit", "tail", "-nann@example.com"], says: /^\[cxedge\] unknown flag -nann@example\.com: -n takes its value after a space or =: write -n VALUE \(or --n VALUE\)$/ },
]

refusalRound("storage and flag refusals", "cxedge-store-", rows)

// Flags are checked for every command from its definition: a plugin's command with a one-letter flag is told the same.
test("any command's one-letter flag glued to its value is told how to write it", async () => {
  const leaf = defineCommand({ meta: { name: "pick" }, args: { k: { type: "string", description: "how many" }, v: { type: "boolean", description: "verbose" } }, run: () => undefined })
  const root = defineCommand({ meta: { name: "cxedge" }, subCommands: { thing: defineCommand({ meta: { name: "thing" }, subCommands: { pick: leaf } }) } })
  await expect(checkArgv(root, ["thing", "pick", "-k12"])).rejects.toThrow("unknown flag -k12: -k takes its value after a space or =: write -k 12 (or --k 12)")
  await expect(checkArgv(root, ["thing", "pick", "-k", "12"])).resolves.toMatchObject({ path: ["cxedge", "thing", "pick"] })
  await expect(checkArgv(root, ["thing", "pick", "-k=12"])).resolves.toMatchObject({ path: ["cxedge", "thing", "pick"] })
  // A switch's letter with more after it is no glued value: the unknown flag as before.
  await expect(checkArgv(root, ["thing", "pick", "-vx"])).rejects.toThrow(/^unknown flag -vx$/)
})
