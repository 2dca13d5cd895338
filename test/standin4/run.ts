import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { KEYS, PII } from "./tenant.ts"

const ROOT = new URL("../..", import.meta.url).pathname
const AUDIT_KEY = `t1:${Buffer.from("cxedge-test-audit-key-32-bytes!!").toString("base64")}`
const HMAC = `k1:${Buffer.from("standin4-hmac-key-of-32-bytes!!!").toString("base64")}`

/** The environment a user sets for a real tenant, pointed at the stand-in (fs storage in a fresh directory). */
export function envFor(origin: string, extra: Record<string, string> = {}): Record<string, string> {
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
    CXEDGE_STORAGE_DIR: mkdtempSync(join(tmpdir(), "standin4-")),
    NO_COLOR: "1",
    ...extra,
  }
}

/** Runs `cxedge ...args` as a user would, with the stand-in as the tenant. */
export async function cxedge(args: string[], env: Record<string, string>, cwd = ROOT) {
  const proc = Bun.spawn([process.execPath, join(ROOT, "cli/main.ts"), ...args], { cwd, env, stdout: "pipe", stderr: "pipe", stdin: "ignore" })
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  return { stdout, stderr, code }
}

/** Every file under a directory, as text (the storage dir after a run). */
function filesUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...filesUnder(path))
    else out.push(readFileSync(path, "utf8"))
  }
  return out
}

/** The seeded personal values (and secrets) found in a run's output or its storage dir: none is the only good answer. */
export function leaks(run: { stdout: string; stderr: string }, env: Record<string, string>, extra: string[] = []): string[] {
  const texts = [run.stdout, run.stderr, ...filesUnder(env.CXEDGE_STORAGE_DIR!)]
  const secrets = [KEYS.accessKeySecret, KEYS.clientSecret, KEYS.recordsClientSecret]
  return [...PII, ...secrets, ...extra].filter((value) => texts.some((t) => t.includes(value)))
}

export { ROOT }
