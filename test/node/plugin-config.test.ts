import { describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as v from "valibot"
import { CORE_VARIABLES, createRuntime, definePlugin, settingsFrom, withPluginEnv, withSandboxDefaults } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { ROOT, runCli } from "../helpers.ts"

const CORE = `${ROOT}core/index.ts`
const SECRET = "acme-secret-value-0123456789abcdef"

/** A fresh directory holding `files` (name -> text); commands run in it, so nothing of the repo's is found. */
function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-plugin-config-"))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

/** A third-party plugin, declared inline in a .ts config: one variable it reads, one secret, one namespace. */
const ACME_PLUGIN = `{
  name: "acme", version: "1.0.0",
  config: v.object({ region: v.optional(v.string()), signing: v.optional(v.string()) }),
  env: [
    { name: "ACME_REGION", description: "where acme runs", setting: "region" },
    { name: "ACME_SIGNING", description: "acme's signing key", secret: true, setting: "signing",
      requiredWhen: (s) => (s.region ? "acme signs every call once a region is set: set ACME_SIGNING" : undefined) },
  ],
  namespaces: ["acme-state"],
}`
const acmeConfig = (extra = "") => `import * as v from "valibot"
import { defineConfig } from ${JSON.stringify(CORE)}
export default defineConfig({ plugins: ["tenant", ${ACME_PLUGIN}]${extra} })
`

/** Every refusal: exit 2, one line starting [cxedge], no stack trace, nothing on stdout. */
function expectRefusal(r: { code: number; stdout: string; stderr: string }, ...says: (string | RegExp)[]) {
  const lines = r.stderr.trim().split("\n").filter((l) => !l.includes("no tenant configured"))
  expect({ code: r.code, lines: lines.length, stdout: r.stdout }).toEqual({ code: 2, lines: 1, stdout: "" })
  expect(lines[0]).toStartWith("[cxedge] ")
  for (const s of says) expect(lines[0]!).toMatch(s)
  expect(r.stderr).not.toMatch(/^\s+at |\bError:|Unhandled/m)
}

describe("a plugin declares its variables and namespaces", () => {
  test("cxedge plugins --json lists them, set or not, never the value", async () => {
    const dir = dirWith({ "cxedge.config.ts": acmeConfig() })
    // ACME_REGION set and its secret too: the plugin is content; the secret's value must not be printed.
    const r = await runCli(["plugins", "--json"], { ACME_REGION: "eu", ACME_SIGNING: SECRET }, { cwd: dir })
    expect(r.code).toBe(0)
    const plugins = JSON.parse(r.stdout) as { name: string; namespaces: string[]; variables: { name: string; secret: boolean; set: boolean }[] }[]
    expect(plugins.map((p) => p.name)).toEqual(["tenant", "acme"])
    const acme = plugins.find((p) => p.name === "acme")!
    expect(acme.namespaces).toEqual(["acme-state"])
    expect(acme.variables.map(({ name, secret, set }) => ({ name, secret, set }))).toEqual([
      { name: "ACME_REGION", secret: false, set: true },
      { name: "ACME_SIGNING", secret: true, set: true },
    ])
    expect(r.stdout + r.stderr).not.toContain(SECRET)
  })

  test("the table shows the built-ins' variables, with CXEDGE_SECRETS_FILE counted as set", async () => {
    const dir = dirWith({ "secrets.env": `CXEDGE_CONSENT_SECRETS=whsec_${Buffer.alloc(32, 1).toString("base64")}\n` })
    const r = await runCli(["plugins"], { CXEDGE_SECRETS_FILE: join(dir, "secrets.env") }, { cwd: dir })
    expect(r.code).toBe(0)
    const row = (name: string) => r.stdout.split("\n").find((l) => l.includes(` ${name} `))?.split(/\s{2,}/)
    expect(row("CXEDGE_CONSENT_SECRETS")?.slice(0, 4)).toEqual(["consent-webhook", "CXEDGE_CONSENT_SECRETS", "yes", "yes"])
    expect(row("CXEDGE_WEBHOOK_URL")?.slice(0, 4)).toEqual(["consent-webhook", "CXEDGE_WEBHOOK_URL", "no", "no"])
    expect(row("CXEDGE_CALLOUT_TOKENS")?.slice(0, 4)).toEqual(["anonymize", "CXEDGE_CALLOUT_TOKENS", "yes", "no"])
    expect(r.stdout).toMatch(/anonymize .* journal,jobs,exports/)
    expect(r.stdout).not.toContain(Buffer.alloc(32, 1).toString("base64"))
  })

  test("a missing secret is reported with the plugin that needs it", async () => {
    const builtin = await runCli(["plugins"], { CXEDGE_WEBHOOK_URL: "https://consent.example/hooks" }, { cwd: dirWith({}) })
    expectRefusal(builtin, "[cxedge] [consent-webhook] CXEDGE_WEBHOOK_SECRETS is not set: ")
    const theirs = await runCli(["plugins"], { ACME_REGION: "eu" }, { cwd: dirWith({ "cxedge.config.ts": acmeConfig() }) })
    expectRefusal(theirs, "[cxedge] [acme] ACME_SIGNING is not set: acme signs every call once a region is set")
  })

  test("a declared secret's setting in a config file is refused, whatever its key is called", async () => {
    const dir = dirWith({ "cxedge.config.ts": acmeConfig(`, settings: { acme: { signing: "${SECRET}" } }`) })
    const r = await runCli(["plugins"], {}, { cwd: dir })
    expectRefusal(r, "holds a secret at settings.acme.signing", "secrets belong in the environment")
    expect(r.stderr).not.toContain(SECRET)
  })
})

describe("core's own variables", () => {
  test("cxedge plugins lists them beside the plugins', set or not, never the value", async () => {
    const r = await runCli(["plugins"], { CXEDGE_RPS: "5", CXEDGE_ADMIN_TOKEN: SECRET })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^core +CXEDGE_RPS +no +yes +the request rate ceiling/m)
    expect(r.stdout).toMatch(/^core +CXEDGE_ADMIN_TOKEN +yes +yes /m)
    expect(r.stdout).toMatch(/^core +CXEDGE_ISSUER +no +no /m)
    expect(r.stdout + r.stderr).not.toContain(SECRET)
  })
  test("every CXEDGE_ variable core, the CLI and the servers read is listed (a Worker's bindings aside)", () => {
    const bindings = new Set(["CXEDGE_KV", "CXEDGE_QUEUE", "CXEDGE_DEAD_LETTER_QUEUE"])
    const declared = new Set([...CORE_VARIABLES.map((v) => v.name), ...Object.values(builtins).flatMap((p) => (p.env ?? []).map((e) => e.name))])
    const files = ["core", "node", "cli", "server"].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => join(ROOT, dir, f)))
    const read = new Set(files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/\bCXEDGE_[A-Z0-9_]+/g)].map((m) => m[0])))
    expect([...read].filter((name) => !declared.has(name) && !bindings.has(name)).sort()).toEqual([])
  })
})

describe("a plugin object is checked like a config file", () => {
  test.each([
    [{ name: "p", version: "1.0.0", settings: {} }, /plugin "p" has an unknown key "settings" \(did you mean "config"\?\): a plugin has name, version/],
    [{ name: "p", version: "1.0.0", hoks: {} }, /unknown key "hoks" \(did you mean "hooks"\?\)/],
    [{ name: "p", version: "1.0.0", hooks: [] }, /plugin "p": hooks must be an object, not an array/],
    [{ name: "p", version: "1.0.0", setup: "run" }, /plugin "p": setup must be a function, not string/],
    [{ name: "p", version: "" }, /plugin "p" has no version: add version: "1.0.0"/],
  ])("%j is refused before setup", async (plugin, message) => {
    await expect(createRuntime({ plugins: [plugin as never] })).rejects.toThrow(message)
  })
  test("through the CLI, from a module: one line, exit 2", async () => {
    const dir = dirWith({ "p.mjs": `export default { name: "p", version: "1.0.0", settings: { x: 1 } }\n`, "cxedge.config.json": JSON.stringify({ plugins: ["tenant", "./p.mjs"] }) })
    expectRefusal(await runCli(["plugins"], {}, { cwd: dir }), /plugin "p" has an unknown key "settings" \(did you mean "config"\?\)/)
  })
})

describe("storage namespaces", () => {
  const claims = (name: string, namespaces: string[]) => definePlugin({ name, version: "1.0.0", namespaces })
  test("two plugins claiming one namespace are refused, naming both", async () => {
    const runtime = createRuntime({ plugins: [...defaultPlugins, claims("my-journal", ["journal"])] }, { builtins })
    await expect(runtime).rejects.toThrow(/plugins "anonymize" and "my-journal" both claim the storage namespace "journal"/)
  })
  test("a plugin claiming one of core's namespaces is refused, naming it and core's", async () => {
    await expect(createRuntime({ plugins: [claims("sneaky", ["tasks"])] })).rejects.toThrow(/plugin "sneaky" claims the storage namespace "tasks", which core keeps \(tokens, tasks, audit, locks, limits, audited, gates\)/)
  })
  test("a namespace nobody declared is refused at its first use; a declared one works", async () => {
    const rt = await createRuntime({ plugins: [claims("notes", ["notes"])] })
    await rt.storage.namespace("notes").setItem("a", 1)
    expect(await rt.storage.namespace("notes").getItem("a")).toBe(1)
    expect(() => rt.storage.namespace("notse")).toThrow(/storage namespace "notse" is not declared by core or any loaded plugin \(tokens, tasks, audit, locks, limits, audited, gates, notes\): add it to the plugin's namespaces/)
    expect(await rt.storage.namespace("limits").getKeys()).toEqual([])
    await rt.dispose()
  })
  test("through the CLI: one line, exit 2", async () => {
    const dir = dirWith({ "cxedge.config.ts": `export default { plugins: ["anonymize", { name: "thief", version: "1.0.0", namespaces: ["outbox"] }, "consent-webhook"] }\n` })
    expectRefusal(await runCli(["plugins"], {}, { cwd: dir }), /plugins "thief" and "consent-webhook" both claim the storage namespace "outbox"/)
  })
})

describe("config files through c12", () => {
  test("cxedge.config.ts with defineConfig is found in the working directory and loaded", async () => {
    const dir = dirWith({ "cxedge.config.ts": `import { defineConfig } from ${JSON.stringify(CORE)}\nexport default defineConfig({ plugins: ["tenant", "transcript"] })\n` })
    const r = await runCli(["plugins", "--json"], {}, { cwd: dir })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).map((p: { name: string }) => p.name)).toEqual(["tenant", "transcript"])
  })
  test("an .mjs config in .config/ is found too", async () => {
    const dir = dirWith({ ".config/cxedge.config.mjs": `export default { plugins: ["tenant"] }\n` })
    const r = await runCli(["plugins", "--json"], {}, { cwd: dir })
    expect(JSON.parse(r.stdout).map((p: { name: string }) => p.name)).toEqual(["tenant"])
  })
  test("CXEDGE_CONFIG names the file; --config wins over it", async () => {
    const dir = dirWith({ "a.json": `{ "plugins": ["tenant"] }`, "b.mjs": `export default { plugins: ["scripts"] }\n` })
    const byVar = await runCli(["plugins", "--json"], { CXEDGE_CONFIG: join(dir, "b.mjs") }, { cwd: tmpdir() })
    expect(JSON.parse(byVar.stdout).map((p: { name: string }) => p.name)).toEqual(["scripts"])
    const byFlag = await runCli(["plugins", "--json", "--config", join(dir, "a.json")], { CXEDGE_CONFIG: join(dir, "b.mjs") }, { cwd: tmpdir() })
    expect(JSON.parse(byFlag.stdout).map((p: { name: string }) => p.name)).toEqual(["tenant"])
  })
  test("CXEDGE_CONFIG naming a missing file is refused, naming the variable", async () => {
    const missing = join(tmpdir(), "no-such-dir-cxedge", "cxedge.config.ts")
    expectRefusal(await runCli(["plugins"], { CXEDGE_CONFIG: missing }, { cwd: dirWith({}) }), `config file ${missing} does not exist: check CXEDGE_CONFIG`)
  })
  test("a secret in a .ts config is refused at any depth, never quoted", async () => {
    const dir = dirWith({ "cxedge.config.ts": `import { defineConfig } from ${JSON.stringify(CORE)}\nexport default defineConfig({ settings: { anonymize: { dfoHistory: { nested: [{ apiKey: "${SECRET}" }] } } } })\n` })
    const r = await runCli(["plugins"], {}, { cwd: dir })
    expectRefusal(r, /cxedge\.config\.ts holds a secret at settings\.anonymize\.dfoHistory\.nested\[0\]\.apiKey/)
    expect(r.stderr).not.toContain(SECRET)
  })
  test("a broken .ts config is one line naming the file", async () => {
    const dir = dirWith({ "cxedge.config.ts": "export default { plugins: [\n" })
    expectRefusal(await runCli(["plugins"], {}, { cwd: dir }), /cannot load .*cxedge\.config\.ts: .*fix the file/)
  })
  test("a .env in the working directory is not read by cxedge (CXEDGE_SECRETS_FILE names one explicitly)", async () => {
    const dir = dirWith({ ".env": "CXEDGE_WEBHOOK_URL=https://consent.example/hooks\n" })
    // Bun itself loads .env unless told not to (the installed CLI runs on Node, which does not): this checks cxedge's own loading.
    const proc = Bun.spawn([process.execPath, "--no-env-file", `${ROOT}cli/main.ts`, "plugins", "--json"], { cwd: dir, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" }, stdout: "pipe", stderr: "pipe" })
    const [stdout, code] = await Promise.all([new Response(proc.stdout).text(), proc.exited])
    expect(code).toBe(0)
    const consent = JSON.parse(stdout).find((p: { name: string }) => p.name === "consent-webhook")
    expect(consent.variables.find((x: { name: string }) => x.name === "CXEDGE_WEBHOOK_URL").set).toBe(false)
  })
})

describe("the embedded sandbox's values", () => {
  const plugins = Object.values(builtins)
  const sandbox = { origin: "http://sandbox.test", consentSecrets: [`whsec_${Buffer.alloc(32, 2).toString("base64")}`] }
  test("fill a plugin's declared variables when the user set none of them", () => {
    const config = withSandboxDefaults(withPluginEnv(settingsFrom({}), {}, plugins).config, plugins, sandbox)
    expect(config.settings?.["consent-webhook"]).toEqual({ url: "http://sandbox.test/_consent/webhooks", secrets: sandbox.consentSecrets })
  })
  test("are not mixed with the user's own", () => {
    const env = { CXEDGE_WEBHOOK_URL: "https://consent.example/hooks", CXEDGE_WEBHOOK_SECRETS: sandbox.consentSecrets[0]! }
    const config = withSandboxDefaults(withPluginEnv(settingsFrom(env), env, plugins).config, plugins, sandbox)
    expect(config.settings?.["consent-webhook"]).toEqual({ url: "https://consent.example/hooks", secrets: sandbox.consentSecrets })
  })
  test("a variable's schema refuses a bad value naming the plugin and the variable", () => {
    const plugin = definePlugin({ name: "acme", version: "1", config: v.object({ n: v.optional(v.number()) }), env: [{ name: "ACME_N", description: "n", setting: "n", schema: v.pipe(v.string(), v.toNumber(), v.integer("must be a whole number")) }] })
    expect(() => withPluginEnv(settingsFrom({}), { ACME_N: "1.5" }, [plugin])).toThrow("[cxedge] [acme] ACME_N must be a whole number: correct it, or unset it for the default")
    expect(withPluginEnv(settingsFrom({}), { ACME_N: "3" }, [plugin]).config.settings).toEqual({ acme: { n: 3 } })
  })
})
