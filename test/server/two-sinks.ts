// A real server with fs storage and two audit sinks, audit-kv and audit-file, the file sink failing while its day file
// is a directory (EISDIR) until mended: the harness of the tests of records owed to one sink of two.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Sandbox } from "../../sandbox/app.ts"
import { ADMIN, CONSENT, serverEnv, signed } from "../../testing/runtime.ts"
import { failFileSink, fileSinkRecords, mendFileSink } from "../failing-file-sink.ts"
import { ROOT, runCli, stopProcess } from "../helpers.ts"

export const PLATFORM = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`

/** A server's directory: its config (two sinks), its storage, its audit files; the file sink made to fail at once. */
export function twoSinks(sandbox: Sandbox, origin: string, prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "consent-webhook", "subject", "audit-kv", ["audit-file", { dir: "alog" }]] }))
  const env = { ...serverEnv(sandbox, origin), CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_PORT: "0", CXEDGE_WEBHOOK_URL: `${origin}/_consent/webhooks`, CXEDGE_WEBHOOK_SECRETS: PLATFORM }
  failFileSink(dir)
  return {
    dir,
    env,
    mend: () => mendFileSink(dir),
    start: () => startServer(env, dir),
    /** `cxedge audit verify` of the file sink's directory (verify reads the first sink: a config with that one only). */
    verifyFileChain() {
      const only = join(dir, "file-only")
      mkdirSync(only, { recursive: true })
      writeFileSync(join(only, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", ["audit-file", { dir: join(dir, "alog") }]] }))
      return runCli(["audit", "verify"], env, { cwd: only })
    },
    /** One action's records in the file sink (its day files, read as they are). */
    async fileRecords(action: string) {
      return fileSinkRecords(dir).filter((r) => r.action === action)
    },
    /** One action's records in each sink, read once the server stopped (audit tail reads the first sink, audit-kv). */
    async records(action: string) {
      const tail = await runCli(["audit", "tail", "-n", "500", "--json"], env, { cwd: dir })
      const kv = (JSON.parse(tail.stdout) as { action: string }[]).filter((r) => r.action === action)
      return { kv: kv.length, file: (await this.fileRecords(action)).length }
    },
  }
}

export interface Server {
  origin: string
  /** What the server logged so far (warnings: a task that failed, and why). */
  logged(): string
  stop(): Promise<unknown>
}

/** The Bun server in its own process, its log kept: the test waits on what an operator reads there. */
export async function startServer(env: Record<string, string>, cwd: string): Promise<Server> {
  const proc = Bun.spawn([process.execPath, `${ROOT}server/bun.ts`], { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env }, cwd, stdout: "pipe", stderr: "pipe" })
  let log = ""
  void (async () => {
    for await (const chunk of proc.stderr) log += new TextDecoder().decode(chunk)
  })()
  let printed = ""
  for await (const chunk of proc.stdout) {
    printed += new TextDecoder().decode(chunk)
    if (/listening on http/.test(printed)) break
  }
  const origin = /listening on (http:\/\/[\d.]+:\d+)/.exec(printed)?.[1]
  if (!origin) throw new Error(`the server did not start: ${log}`)
  return { origin, logged: () => log, stop: () => stopProcess(proc) }
}

export const sendConsent = (server: Server, type: string, id: string, email: string) => {
  const body = JSON.stringify({ type, data: { subject: email } })
  return fetch(`${server.origin}/webhooks/consent`, { method: "POST", headers: signed(CONSENT, body, id), body })
}
export const collect = (server: Server, id: string) => fetch(`${server.origin}/v1/subjects/exports/${id}`, { headers: { authorization: `Bearer ${ADMIN}` } })

/** Polls `check` every 100 ms until it gives a value (bounded). */
export async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await Bun.sleep(100)) {
    const value = await check()
    if (value !== undefined) return value
  }
  throw new Error(`timed out waiting for ${what}`)
}
