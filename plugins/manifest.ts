import type { Plugin } from "../core/index.ts"
import anonymize from "./anonymize/index.ts"
import auditKv from "./audit-kv/index.ts"
import consentWebhook from "./consent-webhook/index.ts"
import hold from "./hold/index.ts"
import pii from "./pii/plugin.ts"
import retention from "./retention/index.ts"
import scripts from "./scripts/index.ts"
import subject from "./subject/index.ts"
import skillActivity from "./skill-activity/index.ts"
import tenant from "./tenant/index.ts"
import transcript from "./transcript/index.ts"

/**
 * The built-in plugins that run anywhere (Bun, Node, Workers), as static
 * imports so a bundler sees them all; nothing scans a directory at run
 * time. Node-only plugins (audit-file) are in manifest-node.ts, which the
 * Worker never imports. A plugin's heavy parts (its commands) load lazily.
 */
export const builtins: Record<string, Plugin> = {
  [tenant.name]: tenant,
  [anonymize.name]: anonymize,
  [transcript.name]: transcript,
  [skillActivity.name]: skillActivity,
  [scripts.name]: scripts,
  [consentWebhook.name]: consentWebhook,
  [auditKv.name]: auditKv,
  [pii.name]: pii,
  [retention.name]: retention,
  [hold.name]: hold,
  [subject.name]: subject,
}

/** Built-ins loaded only when a config names them (none today: pii brings scrub and validation's residual check). */
const OPT_IN = new Set<string>([])

/** The plugins a runtime loads when its config names none. */
export const defaultPlugins = Object.keys(builtins).filter((name) => !OPT_IN.has(name))
