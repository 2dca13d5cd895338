import { defineCommand } from "citty"
import { ConfigError, type CommandHost, type Runtime } from "../../core/index.ts"
import { listCommand, purgeCommand } from "./commands-outbox.ts"
import { replayCommand } from "./commands-replay.ts"
import { receiveCommand } from "./commands-receive.ts"
import type { ConsentState, WithState } from "./settings.ts"

/** `cxedge webhooks`: the outbox, dead letters, replay, and saved inbound requests. */
export function webhooksCommand(host: CommandHost, stateOf: (rt: Runtime) => ConsentState | undefined) {
  const withState: WithState = (args, fn, options) =>
    host.withRuntime(args, (opened) => {
      const state = stateOf(opened.rt)
      if (!state) throw new ConfigError("webhooks", "the consent-webhook plugin is not loaded: add it to plugins")
      return fn(state, opened)
    }, options)
  return defineCommand({
    meta: { name: "webhooks", description: "Consent-platform webhooks: the outbox, dead letters, replay, and saved inbound requests", examples: ["cxedge webhooks list", "cxedge webhooks replay"] },
    subCommands: {
      list: listCommand(host, withState),
      replay: replayCommand(host, withState),
      purge: purgeCommand(host, withState),
      receive: receiveCommand(host, withState),
    },
  })
}
