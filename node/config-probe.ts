import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"

/** Whether the directory may hold a config file c12 would find: a cheap look before importing anything that reads one. */
export function mayHoldConfig(cwd: string): boolean {
  const names = (dir: string) => {
    try {
      return readdirSync(dir)
    } catch {
      return []
    }
  }
  return names(cwd).some((n) => n.startsWith("cxedge.config.")) || names(join(cwd, ".config")).some((n) => n.startsWith("cxedge."))
}

/**
 * Whether the configuration may load plugins beyond the built-ins: a config
 * file (named or in `cwd`), CXEDGE_PLUGINS, or a secrets file that may set
 * either. Without any, the CLI knows its commands without loading a plugin.
 */
export function mayAddPlugins(env: Record<string, string | undefined>, cwd: string): boolean {
  return !!(env.CXEDGE_CONFIG || env.CXEDGE_PLUGINS || env.CXEDGE_SECRETS_FILE) || mayHoldConfig(cwd)
}

/** Whether package.json here holds a `cxedge` object, as many tools read theirs from (c12 can; cxedge does not). */
export function packageKey(cwd: string): boolean {
  try {
    const cxedge = (JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")) as { cxedge?: unknown }).cxedge
    return !!cxedge && typeof cxedge === "object" && !Array.isArray(cxedge)
  } catch {
    return false
  }
}
