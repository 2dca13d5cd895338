import type { PluginCommand } from "../../core/index.ts"

/**
 * The hold plugin's CLI command, loaded lazily, apart from the plugin object
 * (index.ts) so a Worker bundles no command module; plugins/manifest-cli.ts adds it.
 */
export const commands: Record<string, PluginCommand> = {
  hold: async (host, stateOf) => (await import("./commands.ts")).holdCommand(host, stateOf),
}
