/**
 * The author's name of a DFO message, in every shape seen for it. cxone-api.md does not publish the history item;
 * NICE's own SDKs and public integrations read `authorEndUserIdentity` (the customer: `fullName`, or `firstName` and
 * `lastName`, `nickname`) on inbound messages and `authorUser` (the agent: `firstName` and `surname`, `nickname`) on
 * outbound ones; the sandbox and older stand-ins send a flat `authorName`. Confidence: LOW (no published schema).
 *
 * Answers the name, `null` when a shape is there but its name was removed (author-name-removal) or empty, and
 * `undefined` when the message carries no author at all.
 */
export function dfoMessageAuthor(message: Record<string, unknown>): string | null | undefined {
  let seen = false
  for (const candidate of [message.authorName, nameOf(message.authorEndUserIdentity), nameOf(message.authorUser)]) {
    if (typeof candidate === "string" && candidate.trim()) return candidate
    if (candidate !== undefined) seen = true
  }
  return seen ? null : undefined
}

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined)

/** A person object's name: its full name, else its first and last names joined, else its nickname; null if it has none. */
function nameOf(person: unknown): string | null | undefined {
  if (person === null) return null
  if (!person || typeof person !== "object" || Array.isArray(person)) return undefined
  const p = person as Record<string, unknown>
  const joined = [text(p.firstName), text(p.lastName) ?? text(p.surname)].filter(Boolean).join(" ")
  return text(p.fullName) ?? (joined || text(p.nickname) || null)
}
