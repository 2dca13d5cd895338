import { ConfigError, type CommandHost, type Plugin } from "../core/index.ts"

/** The refusal of a command whose plugin the configuration leaves out (`plugins`, or CXEDGE_PLUGINS). */
function refuseUnloaded(plugin: string, loaded: readonly Plugin[]): void {
  if (loaded.some((p) => p.name === plugin)) return
  throw new ConfigError("config", `the ${plugin} plugin is not loaded: add "${plugin}" to plugins (or CXEDGE_PLUGINS)`)
}

/**
 * The host a built-in plugin's commands are given. The CLI mounts every built-in's commands, loaded or not: a command
 * of a plugin the configuration leaves out ran all the same (`CXEDGE_PLUGINS=tenant cxedge skills health` called the
 * tenant), or failed on its storage namespace with a developer's message. Opening the runtime, or reading the
 * configuration, refuses it here, before the command runs and before any call.
 */
export function hostForPlugin(host: CommandHost, plugin: string): CommandHost {
  const own: CommandHost = Object.create(host)
  return Object.assign(own, {
    async open(args: Record<string, unknown>, options?: Parameters<CommandHost["open"]>[1]) {
      const opened = await host.open(args, options)
      try {
        refuseUnloaded(plugin, opened.rt.plugins)
      } catch (error) {
        await opened.close()
        throw error
      }
      return opened
    },
    ...(host.configure
      ? {
          async configure(args: Record<string, unknown>) {
            const configured = await host.configure!(args)
            refuseUnloaded(plugin, configured.plugins)
            return configured
          },
        }
      : {}),
  })
}
