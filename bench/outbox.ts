// What consent webhooks cost a job, in one run: N contacts from a JSONL file through `cxedge anonymize
// --source jsonl --target export` against the embedded sandbox (its consent receiver gets every event,
// signed), fs storage, once with the default plugins and once without consent-webhook (the baseline).
//   bun bench/outbox.ts [contacts=30000]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { defaultPlugins } from "../plugins/manifest.ts"
import { writeContacts } from "./pipeline.ts"

export interface OutboxRun {
  seconds: number
  perSec: number
  /** Consent events the receiver acknowledged (read from the run's stderr summary). */
  delivered: number
}

export interface OutboxBench {
  contacts: number
  /** tenant and anonymize only, without and with consent-webhook: what the outbox itself costs. */
  bare: { off: OutboxRun; on: OutboxRun; ratio: number }
  /** every default plugin (audit-kv included), without and with consent-webhook. */
  defaults: { off: OutboxRun; on: OutboxRun; ratio: number }
  markdown: string
}

const CLI = new URL("../cli/main.ts", import.meta.url).pathname

async function run(dir: string, file: string, plugins: string[], tag: string): Promise<OutboxRun> {
  const work = mkdtempSync(join(dir, `${tag}-run-`))
  writeFileSync(join(work, "cxedge.config.json"), JSON.stringify({ plugins }))
  const env: Record<string, string> = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(work, "state"), NO_COLOR: "1" }
  const started = performance.now()
  const proc = Bun.spawn([process.execPath, CLI, "anonymize", "--source", "jsonl", "--file", file, "--matrix", "analytics", "--target", "export", "--out", join(work, "out.jsonl"), "--yes"], { cwd: work, env, stdout: "pipe", stderr: "pipe" })
  const [, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited])
  const seconds = (performance.now() - started) / 1000
  if (code !== 0) throw new Error(`bench outbox: cxedge anonymize (${tag}) exited ${code}: ${stderr.slice(-400)}`)
  const delivered = Number(/(\d+) consent event\(s\) delivered/.exec(stderr)?.[1] ?? 0)
  return { seconds, perSec: 0, delivered }
}

const fmt = (x: number) => Math.round(x).toLocaleString("en-US")

export async function benchOutbox(contacts = 30_000): Promise<OutboxBench> {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-outbox-"))
  try {
    const file = join(dir, "contacts.jsonl")
    await writeContacts(file, contacts)
    const measure = async (plugins: string[], tag: string) => {
      const r = await run(dir, file, plugins, tag)
      return { ...r, perSec: contacts / r.seconds }
    }
    const pair = async (plugins: string[], tag: string) => {
      const off = await measure(plugins.filter((p) => p !== "consent-webhook"), `${tag}-off`)
      const on = await measure(plugins, `${tag}-on`)
      return { off, on, ratio: on.perSec / off.perSec }
    }
    const bare = await pair(["tenant", "anonymize", "consent-webhook"], "bare")
    const defaults = await pair(defaultPlugins, "defaults")
    const row = (name: string, r: OutboxRun, ratio: string) => `| ${name} | ${r.seconds.toFixed(1)} | ${fmt(r.perSec)} | ${fmt(r.delivered)} | ${ratio} |`
    const markdown = `## Consent webhooks against the job, ${fmt(contacts)} contacts (target: consent on keeps at least 0.8x the job's throughput)

\`bun bench/outbox.ts ${contacts}\`: \`cxedge anonymize --source jsonl --target export\` (analytics matrix) against the
embedded sandbox, whose consent receiver verifies and acknowledges every signed event; fs storage; each run a fresh
process and state directory, timed from spawn to exit (so the outbox's last deliveries are inside the time). Each
baseline is the same command with the same plugins but consent-webhook: \`{"plugins":["tenant","anonymize"]}\`, then
every default plugin (audit-kv writes an audit record per contact).

| | seconds | contacts/s | consent events delivered | of its baseline |
|---|---:|---:|---:|---:|
${row("tenant, anonymize (baseline)", bare.off, "1.00")}
${row("tenant, anonymize, consent-webhook", bare.on, `**${bare.ratio.toFixed(2)}**`)}
${row("default plugins without consent-webhook (baseline)", defaults.off, "1.00")}
${row("default plugins (consent webhooks on)", defaults.on, `**${defaults.ratio.toFixed(2)}**`)}
`
    return { contacts, bare, defaults, markdown }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.main) console.log((await benchOutbox(Number(process.argv[2] ?? 30_000))).markdown)
