/**
 * A variable set to the empty string is refused by its name at start (CXEDGE_CALLOUT_ALLOW_IPS= opened the callout to
 * any address, CXEDGE_RPS= dropped the rate ceiling); consent webhook secrets with no URL are refused as a URL with
 * no secret is; a number or an interval with white space or another spelling is refused as CXEDGE_RPS=" 5" is.
 */
import { expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { readPluginEnv, type Plugin } from "../../core/index.ts"
import { runCli } from "../helpers.ts"

const TOKEN = "t".repeat(40)
const SECRET = `whsec_${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`

/** The CLI against the embedded sandbox, in memory, in a fresh directory holding `files`. */
async function run(args: string[], env: Record<string, string>, files: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), "cxedge-empty-"))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text)
  return runCli(args, { CXEDGE_STORAGE: "memory", ...env }, { cwd, timeoutMs: 20_000 })
}

/** Exit 2 with the one line `says` (after the sandbox's [info] line, where it is said), and nothing done: no job, nothing on stdout. */
function refused(r: Awaited<ReturnType<typeof run>>, says: string) {
  expect(r.stderr.trim().split("\n").filter((line) => !line.startsWith("[info] no tenant configured"))).toEqual([says])
  expect(r.stdout).toBe("")
  expect(r.code).toBe(2)
}

const empty = (name: string) => `[cxedge] [config] ${name} is set but empty: give its value, or unset it`

test("serve with CXEDGE_CALLOUT_ALLOW_IPS= (an unset shell variable) is refused at start, not open to any address", async () => {
  // Before, the server started and a POST with the token from any address ran a gdpr job; killed at the time-out, it
  // exited with no refusal.
  const r = await run(["serve", "--port", "0"], { CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_MATRIX: "gdpr", CXEDGE_CALLOUT_ALLOW_IPS: "" })
  refused(r, empty("CXEDGE_CALLOUT_ALLOW_IPS"))
})

test.each([
  ["CXEDGE_TRUST_PROXY", {}],
  ["CXEDGE_CALLOUT_TARGET", { CXEDGE_CALLOUT_TOKENS: TOKEN, CXEDGE_CALLOUT_MATRIX: "gdpr" }],
  ["CXEDGE_CALLOUT_TOKENS", {}],
  ["CXEDGE_WEBHOOK_URL", {}],
  ["CXEDGE_CONSENT_SECRETS", {}],
  ["CXEDGE_RPS", {}],
  ["CXEDGE_BURST", {}],
  ["CXEDGE_CONCURRENCY", {}],
  ["CXEDGE_TASK_LOCK_SECONDS", {}],
  ["CXEDGE_SANDBOX_CONTACTS", {}],
  ["CXEDGE_LOG_LEVEL", {}],
  ["CXEDGE_AUDIT_KEY", {}],
] as [string, Record<string, string>][])("%s= is refused by its name at start, exit 2", async (name, others) => {
  refused(await run(["jobs"], { ...others, [name]: "" }), empty(name))
})

test("CXEDGE_STORAGE= and CXEDGE_STORAGE_DIR= still mean the default storage (they widen no access, drop no limit)", async () => {
  const r = await run(["jobs"], { CXEDGE_STORAGE: "", CXEDGE_STORAGE_DIR: "" })
  expect(r.stderr).not.toContain("set but empty")
  expect(r.code).toBe(0)
})

test("a third-party plugin's variable set empty is refused naming it and the plugin, whatever its name", () => {
  const plugin = { name: "acme-sink", env: [{ name: "ACME_SINK_ALLOW", description: "who may send", setting: "allow" }] } as unknown as Plugin
  expect(() => readPluginEnv(plugin, { ACME_SINK_ALLOW: "" }, {})).toThrow("[cxedge] [acme-sink] ACME_SINK_ALLOW is set but empty: give its value, or unset it")
  expect(readPluginEnv(plugin, { ACME_SINK_ALLOW: "10.0.0.1" }, {})).toEqual({ allow: "10.0.0.1" })
})

const ANONYMIZE = ["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--yes"]
const NO_URL = "[cxedge] [consent-webhook] CXEDGE_WEBHOOK_URL is not set: CXEDGE_WEBHOOK_SECRETS is set, so consent events are meant to be sent, but there is no URL to send them to: set CXEDGE_WEBHOOK_URL (or settings.consent-webhook.url), or unset CXEDGE_WEBHOOK_SECRETS"

test("consent webhook secrets with no URL are refused before the job, as a URL with no secret is (it patched 249 contacts, exit 0)", async () => {
  const r = await run(ANONYMIZE, { CXEDGE_WEBHOOK_SECRETS: SECRET })
  refused(r, NO_URL)
  expect(r.stderr).not.toContain(SECRET.slice(6))
})

test("secrets with a config file that gives consent-webhook settings but no url: refused the same; with its url, taken", async () => {
  const noUrl = { "cxedge.config.json": JSON.stringify({ plugins: ["tenant", "anonymize", "consent-webhook"], settings: { "consent-webhook": { timeoutMs: 5000 } } }) }
  refused(await run(["webhooks", "list"], { CXEDGE_WEBHOOK_SECRETS: SECRET }, noUrl), NO_URL)
  const withUrl = { "cxedge.config.json": JSON.stringify({ plugins: ["tenant", "anonymize", "consent-webhook"], settings: { "consent-webhook": { url: "http://127.0.0.1:9/hook" } } }) }
  const ok = await run(["webhooks", "list"], { CXEDGE_WEBHOOK_SECRETS: SECRET }, withUrl)
  expect(ok.stderr).not.toContain("CXEDGE_WEBHOOK_URL is not set")
  expect(ok.code).toBe(0)
})

test.each([
  ["CXEDGE_TASK_LOCK_SECONDS", " 5", "before"],
  ["CXEDGE_TRUST_PROXY", "5 ", "after"],
  ["CXEDGE_SANDBOX_CONTACTS", " 5", "before"],
  ["CXEDGE_SANDBOX_SEED", " 5", "before"],
])("%s %j is refused as CXEDGE_RPS \" 5\" is, not trimmed", async (name, value, side) => {
  refused(await run(["jobs"], { [name]: value }), `[cxedge] [flags] ${name} ${JSON.stringify(value)} has white space ${side} the number: write 5, without it`)
})

test.each([
  ["5S", '[cxedge] [skills] --interval "5S" is not a duration: use e.g. 5s, 500ms, 1m or 1m30s (write 5s)'],
  ["5 s", '[cxedge] [skills] --interval "5 s" is not a duration: use e.g. 5s, 500ms, 1m or 1m30s (write 5s)'],
  ["5sec", '[cxedge] [skills] --interval "5sec" is not a duration: use e.g. 5s, 500ms, 1m or 1m30s (write 5s)'],
  ["5s ", '[cxedge] [skills] --interval "5s " has white space after it: write "5s", without it'],
  [" 5", '[cxedge] [flags] --interval " 5" has white space before the number: write 5, without it'],
])("skills activity --interval %j is refused as jobs prune --older-than 30D is", async (interval, says) => {
  refused(await run(["skills", "activity", "--watch", "--count", "1", "--interval", interval], {}), says)
})
