import { describe, expect, test } from "bun:test"
import * as v from "valibot"
import { configurePlugins, createRuntime } from "../../core/runtime.ts"
import type { Plugin } from "../../core/plugin.ts"

// An async valibot schema (v.objectAsync) passed the "is a valibot schema" check, then safeParse ran it without
// awaiting it: `matrix validate` called a matrix valid and apply received params === undefined.
const withParams = (params: unknown): Plugin =>
  ({ name: "apar", version: "1.0.0", transforms: [{ name: "apar", params, reversible: false, apply: (x: unknown) => `${String(x)}!` }] }) as unknown as Plugin

describe("an async valibot schema is refused when the plugin loads", () => {
  test("a transform's params, naming the plugin and the transform", async () => {
    const refused = /^\[cxedge\] \[runtime\] plugin "apar": transform "apar": params is an async valibot schema \(v\.objectAsync, v\.pipeAsync\.\.\.\), which cxedge, checking synchronously, would never check: use v\.object and synchronous actions$/
    await expect(createRuntime({ plugins: [withParams(v.objectAsync({ keepEnd: v.optional(v.number(), 4) }))] })).rejects.toThrow(refused)
    // What `matrix validate` opens: the plugins and their settings, no setup.
    await expect(configurePlugins({ plugins: [withParams(v.objectAsync({}))] })).rejects.toThrow(refused)
  })

  test("a plugin's config", async () => {
    const plugin = { name: "acfg", version: "1.0.0", config: v.objectAsync({ url: v.optional(v.string()) }) } as unknown as Plugin
    await expect(createRuntime({ plugins: [plugin] })).rejects.toThrow(/plugin "acfg": config is an async valibot schema/)
  })

  test("a sync schema still loads", async () => {
    const rt = await createRuntime({ plugins: [withParams(v.object({ keepEnd: v.optional(v.number(), 4) }))] })
    expect(rt.transforms.has("apar")).toBe(true)
    await rt.dispose()
  })
})
