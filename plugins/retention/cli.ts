import type { PluginCommand } from "../../core/index.ts"

/**
 * The retention plugin's CLI commands, loaded lazily and apart from the plugin
 * object (index.ts), so a Worker bundling the plugin holds no command module;
 * plugins/manifest-cli.ts adds them for the CLI.
 */
export const commands: Record<string, PluginCommand> = {
  retention: async (host) => (await import("./commands.ts")).retentionCommand(host),
}
