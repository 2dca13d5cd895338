import * as v from "valibot"
import { WEBHOOK_ID } from "../../core/index.ts"

/** Whether `text` is JSON of an object (an event's body). */
export const isJsonObject = (text: string) => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === "object" && value !== null && !Array.isArray(value)
  } catch {
    return false
  }
}

const time = v.pipe(v.number(), v.finite())

/**
 * A pending event as the outbox stores it (outbox-store.ts). Read back, every entry is checked against it before it is
 * sent: storage is outside the process (a file, a redis key), and an entry a crash cut, a hand edit or a tamperer
 * changed (no body, a number for a string, a `url` or other field no event has) is never sent as it stands. Strict: a
 * field cxedge never writes is refused rather than ignored.
 */
export const OutboxEntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(WEBHOOK_ID)),
  // The body before the rest: of an entry that lacks several fields, the missing body is what is said.
  body: v.pipe(v.string(), v.check(isJsonObject)),
  type: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9._-]{0,99}$/)),
  scope: v.optional(v.string()),
  attempts: v.pipe(v.number(), v.integer(), v.minValue(0)),
  nextAt: time,
  createdAt: time,
  lastStatus: v.optional(v.union([v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999)), v.picklist(["network", "timeout"])])),
})

/** A field's name as stored, shown only when it has a field name's shape (a key is stored data too). */
const named = (key: unknown) => (typeof key === "string" && /^[A-Za-z_][\w.-]{0,39}$/.test(key) ? JSON.stringify(key) : "(a name not shown)")

/**
 * Why a stored value cannot be sent as a pending event, or undefined when it can. Said by its fields' names, never a
 * value: an entry holds an event's body, and a tampered one anything at all.
 */
export function entryProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a stored event (not a JSON object)"
  const parsed = v.safeParse(OutboxEntrySchema, value)
  if (parsed.success) return undefined
  const issue = parsed.issues[0]
  const key = issue.path?.[0]?.key
  if (issue.type === "strict_object" && issue.input !== undefined) return `it has a field no stored event has, ${named(key)}`
  if (issue.input === undefined) return `${named(key)} is missing`
  return `${named(key)} is of the wrong type or shape`
}
