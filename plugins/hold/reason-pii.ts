import { ValidationError, type Finding, type Runtime } from "../../core/index.ts"

/** The plugin whose state carries the recognizers' residual check, looked up by name: a plugin never imports another's folder. */
const PII_PLUGIN = "pii"

/**
 * Refuses a reason in which the pii plugin's recognizers find personal data (a card or account number, an SSN, a
 * national phone number, a person's name): the reason is stored as written and shown by `hold list` and the routes.
 * Each finding is named by type and position, never quoted. Without the pii plugin, input.ts's own check (an email or
 * an international number) is all there is. `name` is the reason's flag or body field.
 */
export function refusePiiInReason(rt: Runtime, reason: string, name: string): void {
  const pii = rt.state<{ residual?: (text: string) => readonly Finding[] }>(PII_PLUGIN)
  if (typeof pii?.residual !== "function") return
  const found = pii.residual(reason)
  if (!found.length) return
  const where = found.map((f) => `${f.type} at characters ${f.start + 1}-${f.end}`).join(", ")
  throw new ValidationError("hold", `${name} holds personal data (${where}): the reason is stored as written and shown with the hold, so give a case reference instead; nothing was held`, name.replace(/^--/, ""), "E_USAGE")
}
