import { ValidationError, type Finding, type Runtime } from "../../core/index.ts"

/**
 * Refuses a reason in which the runtime's text inspector (`rt.inspector`: the pii plugin's recognizers) finds personal
 * data (a card or account number, an SSN, a national phone number, a person's name): the reason is stored as written
 * and shown by `hold list` and the routes. Each finding is named by type and position, never quoted. Without an
 * inspector, input.ts's own check (an email or an international number) is all there is. `name` is the reason's flag
 * or body field.
 */
export function refusePiiInReason(rt: Runtime, reason: string, name: string): void {
  const found = rt.inspector?.residual(reason) ?? []
  if (!found.length) return
  const where = found.map((f) => `${f.type} at characters ${f.start + 1}-${f.end}`).join(", ")
  throw new ValidationError("hold", `${name} holds personal data (${where}): the reason is stored as written and shown with the hold, so give a case reference instead; nothing was held`, name.replace(/^--/, ""), "E_USAGE")
}
