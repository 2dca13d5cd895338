import type { RuntimeConfig } from "./runtime.ts"

/**
 * What a config file (`cxedge.config.ts`, `.mjs`, `.js`, `.json`, ...) may
 * hold. Secrets are not among it: they come only from the environment (or
 * CXEDGE_SECRETS_FILE), and a file holding one is refused at any depth.
 */
export type CxedgeConfig = RuntimeConfig & {
  /** A JSON config's schema reference; ignored. */
  $schema?: string
  /** Where state is kept: `memory`, `fs` (with `dir`) or `redis` (with `url`). */
  storage?: { driver?: string; dir?: string; url?: string }
}

/**
 * Types a config file; it returns its argument unchanged, and the file is
 * checked when it loads (unknown keys, secrets, limits, plugin settings).
 *
 * @example
 * // cxedge.config.ts
 * import { defineConfig } from "@cxedge/toolkit"
 * export default defineConfig({
 *   plugins: ["tenant", "anonymize"],
 *   settings: { anonymize: { concurrency: 8 } },
 *   storage: { driver: "fs", dir: ".cxedge" },
 * })
 */
export const defineConfig = (config: CxedgeConfig): CxedgeConfig => config
