import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Standin } from "./server.ts"
import { KEYS, MATRIX, piiOf } from "./tenant.ts"

const ROOT = new URL("../..", import.meta.url).pathname
const AUDIT_KEY = `t1:${Buffer.from("cxedge-test-audit-key-32-bytes!!").toString("base64")}`
const HMAC = `k1:${Buffer.from("rate6-hmac-key-of-32-bytes!!!!!!").toString("base64")}`

/** The environment a user sets for a real tenant, pointed at the stand-in (fs storage in a fresh directory, no --rps). */
export function envFor(origin: string): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    CXEDGE_ISSUER: origin,
    CXEDGE_ACCESS_KEY_ID: KEYS.accessKeyId,
    CXEDGE_ACCESS_KEY_SECRET: KEYS.accessKeySecret,
    CXEDGE_CLIENT_ID: KEYS.clientId,
    CXEDGE_CLIENT_SECRET: KEYS.clientSecret,
    CXEDGE_RECORDS_URL: origin,
    CXEDGE_RECORDS_CLIENT_ID: KEYS.recordsClientId,
    CXEDGE_RECORDS_CLIENT_SECRET: KEYS.recordsClientSecret,
    CXEDGE_AUDIT_KEY: AUDIT_KEY,
    CXEDGE_HMAC_KEYS: HMAC,
    CXEDGE_STORAGE: "fs",
    CXEDGE_STORAGE_DIR: mkdtempSync(join(tmpdir(), "rate6-")),
    NO_COLOR: "1",
  }
}

function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...filesUnder(path))
    else out.push(readFileSync(path, "utf8"))
  }
  return out
}

/**
 * `cxedge anonymize --matrix <rate6> --yes` (records source, patch target, no --rps) as a user runs it. A job that does
 * not end within `limitMs` is killed (exit code null): "the job ends" is then a failed assertion, not a hung suite.
 */
export async function anonymize(standin: Standin, limitMs = 120_000) {
  const env = envFor(standin.origin)
  const matrix = join(env.CXEDGE_STORAGE_DIR!, "..", `rate6-matrix-${process.pid}-${standin.origin.split(":").pop()}.json`)
  await Bun.write(matrix, JSON.stringify(MATRIX))
  const proc = Bun.spawn([process.execPath, join(ROOT, "cli/main.ts"), "anonymize", "--matrix", matrix, "--yes"], { cwd: ROOT, env, stdout: "pipe", stderr: "pipe", stdin: "ignore" })
  const killer = setTimeout(() => proc.kill(), limitMs)
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  clearTimeout(killer)
  const texts = [stdout, stderr, ...filesUnder(env.CXEDGE_STORAGE_DIR!)]
  const secrets = [KEYS.accessKeySecret, KEYS.clientSecret, KEYS.recordsClientSecret, ...standin.tokens()]
  // A seeded value stands alone where it leaks (a log's word, a JSON string): a four-letter first name inside a run of
  // base64 (a sealed token's random bytes, `…7Ines0q…`) is chance, no leak. Secrets are long, and matched anywhere.
  const alone = (value: string) => new RegExp(`(?<![A-Za-z0-9])${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`)
  const leaked = [...piiOf(standin.seed).filter((value) => texts.some((t) => alone(value).test(t))), ...secrets.filter((value) => texts.some((t) => t.includes(value)))]
  return { stdout, stderr, code: proc.signalCode ? null : code, leaked }
}

/** A number from the job summary table (`succeeded   3`). */
export function summaryCount(stdout: string, row: string): number | undefined {
  const line = stdout.split("\n").find((l) => l.startsWith(`${row} `))
  const n = line?.slice(row.length).trim()
  return n === undefined || n === "" ? undefined : Number(n)
}

/** The most calls the tenant accepted (not refused, not failed) in any rolling second: what the job got of its budget. */
export function peakAccepted(standin: Standin): number {
  const ok = standin.seen.filter((s) => s.kind === "ok").map((s) => s.at)
  let best = 0
  for (let i = 0, j = 0; i < ok.length; i++) {
    while (ok[i]! - ok[j]! >= 1000) j++
    best = Math.max(best, i - j + 1)
  }
  return best
}

/** The calls the tenant accepted (not refused, not failed) in each whole second of the run, from its first call. */
export function acceptedPerSecond(standin: Standin): number[] {
  const ok = standin.seen.filter((s) => s.kind === "ok").map((s) => s.at)
  const from = standin.seen[0]?.at ?? 0
  const seconds = Math.floor(((standin.seen.at(-1)?.at ?? from) - from) / 1000)
  const counts = Array.from({ length: seconds }, () => 0)
  for (const at of ok) {
    const i = Math.floor((at - from) / 1000)
    if (i < seconds) counts[i]!++
  }
  return counts
}

/** The middle value: half the seconds were at least this busy. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

