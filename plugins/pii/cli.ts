import type { PluginCommand } from "../../core/index.ts"
import type { Analyzer } from "./analyzer.ts"

/**
 * The pii plugin's CLI commands, loaded lazily and apart from the plugin
 * object (index.ts), so a Worker, which bundles the plugin, holds no command
 * module and no citty; plugins/manifest-cli.ts adds them for the CLI.
 */
export const commands: Record<string, PluginCommand<Analyzer>> = {
  pii: async (host, stateOf) => (await import("./scan-command.ts")).piiCommand(host, stateOf),
}
