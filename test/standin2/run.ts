// Runs cxedge's CLI (cli/main.ts) as a user would, against the second stand-in, and scans what it printed
// and stored for the seeded personal values and secrets. Spawns a process; the stand-in keeps serving.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import type { Standin } from "./server"

const ROOT = resolve(import.meta.dirname, "../..")
export const AUDIT_KEY = Buffer.alloc(32, 7).toString("base64")
export const HMAC_KEYS = `k1:${Buffer.alloc(32, 9).toString("base64")}`

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "standin2-"))
}

export async function cli(s: Standin, args: string[], opts: { dir: string; env?: Record<string, string>; timeoutMs?: number }): Promise<Run> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmpdir(),
    NO_COLOR: "1",
    CXEDGE_AUDIT_KEY: AUDIT_KEY,
    CXEDGE_HMAC_KEYS: HMAC_KEYS,
    CXEDGE_STORAGE_DIR: join(opts.dir, ".cxedge"),
    ...s.env,
    ...opts.env,
  }
  const p = Bun.spawn(["bun", "--no-env-file", join(ROOT, "cli/main.ts"), ...args], {
    cwd: opts.dir,
    env,
    stdin: "ignore",
    stdout: "pipe",
    stderr: "pipe",
  })
  const timer = setTimeout(() => p.kill(), opts.timeoutMs ?? 60_000)
  const [stdout, stderr] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text()])
  const code = await p.exited
  clearTimeout(timer)
  return { code, stdout, stderr }
}

/**
 * Every file cxedge wrote in a run's directory (journals, audit records, exports, job state), read as text;
 * HOME (Bun's caches of transpiled sources) is elsewhere.
 */
export function storedText(dir: string): string {
  let out = ""
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out += `\n${readFileSync(p, "utf8")}`
    }
  }
  walk(dir)
  return out
}

/** The forbidden values found in text (case-insensitive for addresses and names). */
export function leaks(text: string, forbidden: string[]): string[] {
  const low = text.toLowerCase()
  return forbidden.filter((v) => v.length >= 4 && low.includes(v.toLowerCase()))
}

/** The erasure matrix the erasure and plan tests run: US numbers, the contact's names and number emptied, notes redacted. */
export const GDPR_US = {
  name: "gdpr-us",
  defaultRegion: "US",
  subjects: [{ path: "fromAddress" }],
  fields: [
    { path: "firstName", transform: "nullify" },
    { path: "lastName", transform: "nullify" },
    { path: "fromAddress", transform: "nullify" },
    { path: "dispositionNotes", transform: "redact" },
  ],
}
