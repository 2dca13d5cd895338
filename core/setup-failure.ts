import { CxedgeError, errorKindAndCode } from "./errors.ts"
import type { KeyRing } from "./keys.ts"

/** Every string of at least 4 characters in the configuration (the tenant's secrets, each plugin's settings, the variables plugins declare). */
function configuredValues(sources: unknown[], keys: KeyRing): Set<string> {
  const values = new Set<string>()
  const walk = (value: unknown, depth: number) => {
    if (typeof value === "string" && value.length >= 4) values.add(value)
    else if (value && typeof value === "object" && depth < 8) for (const item of Object.values(value)) walk(item, depth + 1)
  }
  for (const source of sources) walk(source, 0)
  for (const id of keys.ids()) {
    const key = keys.get(id)
    if (!key) continue
    const base64 = btoa(String.fromCharCode(...key))
    for (const form of [base64, base64.replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_"), [...key].map((b) => b.toString(16).padStart(2, "0")).join("")]) values.add(form)
  }
  return values
}

/**
 * What a plugin's failed `setup` is reported as. A cxedge error keeps its words (its author chose them for a
 * message, and no secret is put in one); anything else is named by plugin and kind, its message kept only when it is one short line holding
 * no configured value: a client library's "login failed for <secret>" would have been printed as it was. Such an
 * error is not attached as the cause either, where a log of causes would print it.
 */
export function setupFailure(plugin: string, error: unknown, configured: unknown[], keys: KeyRing): unknown {
  // cxedge's errors never hold a secret (a house rule), and may quote a setting's value to name it (a policy's matrix).
  if (error instanceof CxedgeError) return error
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : ""
  const values = configuredValues(configured, keys)
  const holdsValue = [...values].some((value) => message.includes(value))
  const why = holdsValue
    ? "; its message is not shown: it holds a configured value, which may be a secret"
    : message.length > 200 || /[\r\n]/.test(message) ? "; its message is not shown: it is longer than one line" : message ? `: ${JSON.stringify(message)}` : ""
  return new CxedgeError("E_PLUGIN_SETUP", plugin, `plugin ${plugin} failed in its setup (${errorKindAndCode(error)}${why}): fix the plugin or its settings`, holdsValue ? {} : { cause: error })
}
