import type { PluginCommand } from "../../core/index.ts"

/**
 * The anonymize plugin's CLI commands, loaded lazily. They are apart from the
 * plugin object (index.ts) so that a Worker, which bundles the plugin, holds
 * no command module and no citty; plugins/manifest-cli.ts adds them for the CLI.
 */
export const commands: Record<string, PluginCommand> = {
    anonymize: async (host) => (await import("./commands.ts")).anonymizeCommand(host),
    jobs: async (host) => (await import("./jobs-commands.ts")).jobsCommand(host),
    matrix: async (host) => (await import("./commands.ts")).matrixCommand(host),
    erase: async (host) => (await import("./erase-command.ts")).eraseCommand(host),
    decrypt: async (host) => (await import("./commands.ts")).decryptCommand(host),
}
