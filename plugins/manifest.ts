import type { Plugin } from "../core/index.ts"
import anonymize from "./anonymize/index.ts"
import scripts from "./scripts/index.ts"
import skillActivity from "./skill-activity/index.ts"
import tenant from "./tenant/index.ts"
import transcript from "./transcript/index.ts"

/**
 * The built-in plugins, as static imports so a bundler (the Worker build)
 * sees them all; nothing scans a directory at run time. A plugin's heavy
 * parts (its commands) load lazily.
 */
export const builtins: Record<string, Plugin> = {
  [tenant.name]: tenant,
  [anonymize.name]: anonymize,
  [transcript.name]: transcript,
  [skillActivity.name]: skillActivity,
  [scripts.name]: scripts,
}

/** The plugins a runtime loads when its config names none. */
export const defaultPlugins = Object.keys(builtins)
