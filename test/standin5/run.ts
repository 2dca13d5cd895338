import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Standin } from "./server.ts"
import { KEYS, piiOf } from "./tenant.ts"

const ROOT = new URL("../..", import.meta.url).pathname
const AUDIT_KEY = `t1:${Buffer.from("cxedge-test-audit-key-32-bytes!!").toString("base64")}`
const HMAC = `k1:${Buffer.from("standin5-hmac-key-of-32-bytes!!!").toString("base64")}`

/** The environment a user sets for a real tenant, pointed at the stand-in (fs storage in a fresh directory). */
export function envFor(issuer: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "/tmp",
    CXEDGE_ISSUER: issuer,
    CXEDGE_ACCESS_KEY_ID: KEYS.accessKeyId,
    CXEDGE_ACCESS_KEY_SECRET: KEYS.accessKeySecret,
    CXEDGE_CLIENT_ID: KEYS.clientId,
    CXEDGE_CLIENT_SECRET: KEYS.clientSecret,
    CXEDGE_AUDIT_KEY: AUDIT_KEY,
    CXEDGE_HMAC_KEYS: HMAC,
    CXEDGE_STORAGE: "fs",
    CXEDGE_STORAGE_DIR: mkdtempSync(join(tmpdir(), "standin5-")),
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

/** The seeded personal values, secrets and tokens found in a run's output or its storage dir: none is the only good answer. */
export function leaks(run: { stdout: string; stderr: string }, env: Record<string, string>, standin: Standin): string[] {
  const texts = [run.stdout, run.stderr, ...filesUnder(env.CXEDGE_STORAGE_DIR!)]
  const secrets = [KEYS.accessKeySecret, KEYS.clientSecret, ...standin.tokens()]
  // A seeded value stands alone where it leaks: a short name inside random base64 (sealed tokens at rest) is chance.
  const alone = (value: string) => new RegExp(`(?<![A-Za-z0-9])${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`)
  return [...piiOf(standin.contacts).filter((value) => texts.some((t) => alone(value).test(t))), ...secrets.filter((value) => texts.some((t) => t.includes(value)))]
}

export { ROOT }

/** The export matrix the listing tests run: each contact's id and date, its number as a pseudonym, the name emptied. */
export const EXPORT_MATRIX = JSON.stringify({
  name: "standin5",
  target: "export",
  unlisted: "drop",
  keep: ["contactStartDate"],
  fields: [{ path: "fromAddress", transform: "hmac", normalize: "e164" }, { path: "firstName", transform: "nullify" }],
})

/** `anonymize --source cxone --target export` over the last 30 days; the export file's lines come back parsed. */
export async function exportRun(standin: Standin, env: Record<string, string>, extra: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), "standin5-out-"))
  const matrix = join(dir, "matrix.json")
  await Bun.write(matrix, EXPORT_MATRIX)
  const out = join(dir, "export.jsonl")
  const run = await cxedge(["anonymize", "--matrix", matrix, "--source", "cxone", "--target", "export", "--out", out, ...(extra.includes("--since") ? [] : ["--since", "30d"]), "--yes", ...extra], env)
  const file = Bun.file(out)
  const text = (await file.exists()) ? await file.text() : ""
  const lines = text.split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)
  return { ...run, lines, text, leaked: leaks(run, env, standin) }
}

/** A config file naming tenant settings the environment cannot (the request timeout). */
export async function configFile(tenant: Record<string, unknown>): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), "standin5-cfg-")), "cxedge.config.json")
  await Bun.write(path, JSON.stringify({ tenant }))
  return path
}
