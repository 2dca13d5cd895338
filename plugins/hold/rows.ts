import { stateOf, type Hold } from "./store.ts"

/** A token is shown by its prefix: enough to tell two holds apart, and all a token can show. */
export const shownSubject = (h: Hold) => (h.contactId ? `contact ${h.contactId}${personOf(h)}` : `${h.token!.slice(0, 18)}…`)

/** What a contact hold holds besides the contact: its subjects, by type and count (never a value). */
function personOf(h: Hold): string {
  const n = h.subjects?.length ?? 0
  if (!n) return ""
  const types = [...new Set(h.subjects!.map((s) => (s.type === "EMAIL" ? "email" : "phone")))].join(", ")
  return ` + ${n} subject${n === 1 ? "" : "s"} (${types})`
}

/** A hold as `hold list` and the routes show it. */
export const holdRow = (h: Hold, now: number) => ({
  id: h.id, kind: h.kind, subject: shownSubject(h), reason: h.reason, created: h.createdAt, until: h.until ?? "", state: stateOf(h, now), released: h.releasedAt ?? "",
})
