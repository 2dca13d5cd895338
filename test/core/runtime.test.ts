import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { ConfigError, createRuntime, definePlugin, type Plugin } from "../../core/index.ts"

const log: string[] = []
const make = (name: string, extra: Partial<Plugin> = {}): Plugin =>
  definePlugin({
    name,
    version: "1.0.0",
    setup: () => void log.push(`setup ${name}`),
    dispose: () => void log.push(`dispose ${name}`),
    ...extra,
  })

describe("createRuntime", () => {
  test("sets plugins up in dependency order and disposes them in reverse", async () => {
    log.length = 0
    const a = make("a", { requires: ["b"] })
    const b = make("b")
    const rt = await createRuntime({ plugins: [a, b] })
    expect(rt.plugins.map((p) => p.name)).toEqual(["b", "a"])
    await rt.dispose()
    expect(log).toEqual(["setup b", "setup a", "dispose a", "dispose b"])
  })

  test("dispose runs for every plugin even when one throws", async () => {
    log.length = 0
    const bad = make("bad", { dispose: () => { throw new Error("boom") } })
    const rt = await createRuntime({ plugins: [make("first"), bad, make("last")] })
    await expect(rt.dispose()).rejects.toThrow("boom")
    expect(log).toEqual(["setup first", "setup bad", "setup last", "dispose last", "dispose first"])
  })

  test("a failing setup disposes what was set up and rethrows", async () => {
    log.length = 0
    const failing = make("failing", { setup: () => { throw new ConfigError("failing", "cannot start") } })
    await expect(createRuntime({ plugins: [make("ok"), failing] })).rejects.toThrow("cannot start")
    expect(log).toEqual(["setup ok", "dispose ok"])
  })

  test("plugin settings are validated once, and errors name the plugin and key path", async () => {
    const p = make("webhooks", { config: v.object({ endpoint: v.object({ url: v.pipe(v.string(), v.url()) }) }) })
    const error = await createRuntime({ plugins: [p], settings: { webhooks: { endpoint: { url: "not a url" } } } }).catch((e) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toContain("settings.webhooks.endpoint.url")
    const rt = await createRuntime({ plugins: [[p, { endpoint: { url: "https://example.test/hook" } }]] })
    expect(rt.settings<{ endpoint: { url: string } }>("webhooks").endpoint.url).toBe("https://example.test/hook")
  })

  test("missing requirements, cycles and name clashes are clear errors", async () => {
    await expect(createRuntime({ plugins: [make("a", { requires: ["zzz"] })] })).rejects.toThrow('plugin "a" requires "zzz": add "zzz" to plugins')
    await expect(createRuntime({ plugins: [make("x", { requires: ["y"] }), make("y", { requires: ["x"] })] })).rejects.toThrow("require each other")
    await expect(createRuntime({ plugins: [make("twin"), make("twin")] })).rejects.toThrow('two different plugins are named "twin"')
  })

  test("the same plugin listed twice and falsy entries are accepted", async () => {
    const p = make("once")
    const rt = await createRuntime({ plugins: [p, false, null, p, undefined] })
    expect(rt.plugins).toHaveLength(1)
  })

  test("built-in names and module specifiers resolve; unknown names say what exists", async () => {
    const builtins = { core: make("core") }
    const rt = await createRuntime(
      { plugins: ["core", new URL("../fixtures/third-party-plugin.ts", import.meta.url).href] },
      { builtins, importer: (s) => import(s) },
    )
    expect(rt.plugins.map((p) => p.name)).toEqual(["core", "shout"])
    expect(rt.transforms.has("shout")).toBe(true)
    await expect(createRuntime({ plugins: ["nope"] }, { builtins })).rejects.toThrow('unknown plugin "nope": use a built-in name (core)')
    await expect(createRuntime({ plugins: ["./missing-plugin.ts"] }, { builtins, importer: (s) => import(s) })).rejects.toThrow('plugin module "./missing-plugin.ts": no such file')
  })

  test("hooks declared by plugins receive events; a failing listener is reported, not thrown", async () => {
    const seen: string[] = []
    const warnings: string[] = []
    const rt = await createRuntime(
      {
        plugins: [
          make("listener", { hooks: { "contact:applied": (e) => void seen.push(e.contactId) } }),
          make("broken", { hooks: { "contact:applied": () => { throw new Error("listener down") } } }),
        ],
      },
      { log: { debug() {}, info() {}, error() {}, warn: (m) => void warnings.push(m) } },
    )
    await rt.hooks.emit("contact:applied", { jobId: "j", contactId: "42", fields: [], target: "patch", latencyMs: 1 })
    expect(seen).toEqual(["42"])
    expect(warnings[0]).toContain("listener down")
  })

  test("without a tenant, using the client is a config error that says what to set", async () => {
    const rt = await createRuntime({})
    expect(() => rt.client).toThrow("no tenant configured")
  })
})
