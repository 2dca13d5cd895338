import type { PluginCommand } from "../../core/index.ts"

/**
 * The skill-activity plugin's CLI commands, loaded lazily. They are apart from the
 * plugin object (index.ts) so that a Worker, which bundles the plugin, holds
 * no command module and no citty; plugins/manifest-cli.ts adds them for the CLI.
 */
export const commands: Record<string, PluginCommand> = {
    skills: async (host) => (await import("./commands.ts")).skillsCommand(host, {}),
}
