import type { PluginCommand } from "../../core/index.ts"

/**
 * The tenant plugin's CLI commands, loaded lazily. They are apart from the
 * plugin object (index.ts) so that a Worker, which bundles the plugin, holds
 * no command module and no citty; plugins/manifest-cli.ts adds them for the CLI.
 */
export const commands: Record<string, PluginCommand> = {
    tenant: async (host) => (await import("./commands.ts")).tenantCommand(host),
}
