import { defineCommand, type CommandDef } from "citty"
import { resolvePlugins, type Plugin } from "../core/index.ts"
import { cliBuiltins as builtins } from "../plugins/manifest-cli.ts"
import { importPlugin, loadSettings } from "../node/config.ts"
import { createHost } from "./host.ts"

export const VERSION = "0.1.0"

/** Plugins whose commands the root mounts: the built-ins plus any a config file names. */
async function commandPlugins(): Promise<Plugin[]> {
  try {
    const settings = await loadSettings({}, process.env)
    const extra = (settings.config.plugins ?? []).filter((p) => typeof p !== "string" || !builtins[p])
    if (extra.length === 0) return Object.values(builtins)
    const resolved = await resolvePlugins([...Object.values(builtins), ...extra], { builtins, importer: importPlugin })
    return resolved.map((r) => r.plugin)
  } catch {
    // A bad config is reported by the command that opens the runtime.
    return Object.values(builtins)
  }
}

/** The root command: the built-in commands and every plugin's, loaded lazily. */
export async function rootCommand(): Promise<CommandDef<any>> {
  const host = createHost()
  const subCommands: Record<string, () => Promise<CommandDef<any>>> = {
    sandbox: () => import("./commands/sandbox.ts").then((m) => m.default),
    plugins: () => import("./commands/plugins.ts").then((m) => m.default),
    serve: () => import("./commands/serve.ts").then((m) => m.default),
    build: () => import("./commands/build.ts").then((m) => m.default),
    worker: () => import("./commands/worker.ts").then((m) => m.default),
  }
  for (const plugin of await commandPlugins()) {
    for (const [name, make] of Object.entries(plugin.commands ?? {})) subCommands[name] ??= () => make(host, (rt) => rt.state(plugin))
  }
  return defineCommand({
    meta: {
      name: "cxedge",
      version: VERSION,
      description: "Privacy and integration operations against NICE CXone tenants",
      examples: [
        "cxedge anonymize --matrix gdpr --dry-run  # the shipped gdpr matrix, planned on the embedded sandbox; nothing is written",
        "cxedge anonymize --help  # every flag of one command",
        "cxedge tenant whoami  # which tenant the configuration reaches",
      ],
    },
    subCommands,
  })
}
