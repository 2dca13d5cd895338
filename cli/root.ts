import type { CommandDef, CommandMeta } from "citty"
import type { Plugin } from "../core/index.ts"
import { isCommandClash } from "../core/plugin-check.ts"
import { mayAddPlugins } from "../node/config-probe.ts"
import { commandIndex } from "./command-index.ts"

export const VERSION = "0.1.0"

type SubCommands = Record<string, () => Promise<CommandDef<any>>>

const meta: CommandMeta & { examples: string[] } = {
  name: "cxedge",
  version: VERSION,
  description: "Privacy and integration operations against NICE CXone tenants",
  examples: [
    "cxedge anonymize --matrix gdpr --dry-run  # the shipped gdpr matrix, planned on the embedded sandbox; nothing is written",
    "cxedge anonymize --help  # every flag of one command",
    "cxedge tenant whoami  # which tenant the configuration reaches",
  ],
}

/** Plugins whose commands the root mounts: the built-ins plus any a config file names. */
async function commandPlugins(builtins: Record<string, Plugin>): Promise<Plugin[]> {
  if (!mayAddPlugins(process.env, process.cwd())) return Object.values(builtins)
  try {
    const [{ loadSettings, importPlugin }, { resolvePlugins }] = await Promise.all([import("../node/config.ts"), import("../core/plugins-resolve.ts")])
    const settings = await loadSettings({}, process.env)
    const extra = (settings.config.plugins ?? []).filter((p) => typeof p !== "string" || !builtins[p])
    if (extra.length === 0) return Object.values(builtins)
    const resolved = await resolvePlugins([...Object.values(builtins), ...extra], { builtins, importer: importPlugin })
    return resolved.map((r) => r.plugin)
  } catch (error) {
    // A plugin's command named like a built-in's would be dropped in silence here (no runtime sees the CLI's commands).
    if (isCommandClash(error)) throw error
    // A bad config is reported by the command that opens the runtime.
    return Object.values(builtins)
  }
}

/**
 * Every command by name, each still lazy. Building the table loads the
 * plugin objects (and a config file's plugins); a command's own module loads
 * only when it is named.
 */
async function subCommands(): Promise<SubCommands> {
  const [{ cliBuiltins }, { builtins }, { createHost }, { hostForPlugin }] = await Promise.all([
    import("../plugins/manifest-cli.ts"), import("../plugins/manifest.ts"), import("./host.ts"), import("./plugin-host.ts"),
  ])
  const host = createHost()
  const table: SubCommands = {
    sandbox: () => import("./commands/sandbox.ts").then((m) => m.default),
    plugins: () => import("./commands/plugins.ts").then((m) => m.default),
    serve: () => import("./commands/serve.ts").then((m) => m.default),
    build: () => import("./commands/build.ts").then((m) => m.default),
    worker: () => import("./commands/worker.ts").then((m) => m.default),
  }
  for (const plugin of await commandPlugins(cliBuiltins)) {
    // A portable built-in may be left out of plugins: its commands refuse then. (audit needs no loading; a config
    // file's own plugins are loaded by being named.)
    const own = builtins[plugin.name] ? hostForPlugin(host, plugin.name) : host
    for (const [name, make] of Object.entries(plugin.commands ?? {})) table[name] ??= () => make(own, (rt) => rt.state(plugin))
  }
  return table
}

/** The root command: the built-in commands and every plugin's, loaded lazily (the table itself when first asked for). */
export function rootCommand(): CommandDef<any> {
  let table: Promise<SubCommands> | undefined
  return { meta, subCommands: () => (table ??= subCommands()) }
}

/**
 * The root as its help shows it. Without a config that may add plugins, the
 * built-in commands' descriptions come from cli/command-index.ts, so
 * `cxedge --help` loads no plugin and no command; otherwise the full table.
 */
export function rootForUsage(root: CommandDef<any>): CommandDef<any> {
  if (mayAddPlugins(process.env, process.cwd())) return root
  const subs = Object.fromEntries(Object.entries(commandIndex).map(([name, described]) => [name, { meta: described }]))
  return { ...root, subCommands: subs }
}
