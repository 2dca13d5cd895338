import { stateOf, type Hold } from "./store.ts"

/** A token is shown by its prefix: enough to tell two holds apart, and all a token can show. */
export const shownSubject = (h: Hold) => (h.contactId ? `contact ${h.contactId}` : `${h.token!.slice(0, 18)}…`)

/** A hold as `hold list` and the routes show it. */
export const holdRow = (h: Hold, now: number) => ({
  id: h.id, kind: h.kind, subject: shownSubject(h), reason: h.reason, created: h.createdAt, until: h.until ?? "", state: stateOf(h, now), released: h.releasedAt ?? "",
})
