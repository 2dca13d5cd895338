import type { Plugin } from "../core/index.ts"
import anonymize from "./anonymize/index.ts"
import tenant from "./tenant/index.ts"

/**
 * The built-in plugins, as static imports so a bundler (the Worker build)
 * sees them all; nothing scans a directory at run time. A plugin's heavy
 * parts (its commands) load lazily.
 */
export const builtins: Record<string, Plugin> = {
  [tenant.name]: tenant,
  [anonymize.name]: anonymize,
}

/** The plugins a runtime loads when its config names none. */
export const defaultPlugins = Object.keys(builtins)
