import { ConfigError, type CommandHost, type PluginCommand } from "../../core/index.ts"

/**
 * The host with one check before a command's runtime is used: a config whose
 * plugins leave out anonymize would otherwise fail deep inside (a storage
 * namespace not declared, every transform of a matrix unknown).
 */
function needsAnonymize(host: CommandHost): CommandHost {
  const loaded = (opened: Awaited<ReturnType<CommandHost["open"]>>) => {
    if (!opened.rt.plugins.some((p) => p.name === "anonymize")) throw new ConfigError("anonymize", 'the anonymize plugin is not loaded: add "anonymize" to plugins')
    return opened
  }
  // The host as prototype, not spread: a spread would read its lazy getters (host.signal installs the Ctrl-C handler).
  const overrides: Pick<CommandHost, "open" | "withRuntime"> = {
    open: async (args, options) => loaded(await host.open(args, options)),
    withRuntime: (args, fn, options) => host.withRuntime(args, (opened) => fn(loaded(opened)), options),
  }
  return Object.assign(Object.create(host) as CommandHost, overrides)
}

/**
 * The anonymize plugin's CLI commands, loaded lazily. They are apart from the
 * plugin object (index.ts) so that a Worker, which bundles the plugin, holds
 * no command module and no citty; plugins/manifest-cli.ts adds them for the CLI.
 */
export const commands: Record<string, PluginCommand> = {
    anonymize: async (host) => (await import("./commands.ts")).anonymizeCommand(needsAnonymize(host)),
    jobs: async (host) => (await import("./jobs-commands.ts")).jobsCommand(needsAnonymize(host)),
    matrix: async (host) => (await import("./commands.ts")).matrixCommand(needsAnonymize(host)),
    erase: async (host) => (await import("./erase-command.ts")).eraseCommand(needsAnonymize(host)),
    decrypt: async (host) => (await import("./commands.ts")).decryptCommand(needsAnonymize(host)),
}
