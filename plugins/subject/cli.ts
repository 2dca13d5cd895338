import type { PluginCommand } from "../../core/index.ts"

/** The subject plugin's CLI commands, apart from the plugin object so a Worker bundles no citty. */
export const commands: Record<string, PluginCommand> = {
  subject: async (host, stateOf) => (await import("./commands.ts")).subjectCommand(host, stateOf),
}
