import type { Plugin, PluginCommand } from "../core/index.ts"
import { commands as anonymize } from "./anonymize/cli.ts"
import { commands as consentWebhook } from "./consent-webhook/cli.ts"
import { commands as hold } from "./hold/cli.ts"
import { nodeBuiltins } from "./manifest-node.ts"
import { commands as pii } from "./pii/cli.ts"
import { commands as retention } from "./retention/cli.ts"
import { commands as scripts } from "./scripts/cli.ts"
import { commands as subject } from "./subject/cli.ts"
import { commands as skillActivity } from "./skill-activity/cli.ts"
import { commands as tenant } from "./tenant/cli.ts"
import { commands as transcript } from "./transcript/cli.ts"

const builtinCommands: Record<string, Record<string, PluginCommand>> = {
  anonymize, "consent-webhook": consentWebhook, hold, pii, retention, scripts, "skill-activity": skillActivity, subject, tenant, transcript,
}

/**
 * Every built-in with its CLI commands: what the CLI mounts and opens. The
 * portable plugin objects (plugins/manifest.ts, the Worker's) carry no
 * commands, so no bundler follows a command's lazy import into a Worker.
 */
export const cliBuiltins: Record<string, Plugin> = Object.fromEntries(
  Object.entries(nodeBuiltins).map(([name, plugin]) => [name, builtinCommands[name] ? { ...plugin, commands: { ...plugin.commands, ...builtinCommands[name] } } : plugin]),
)
