import * as v from "valibot"
import { ambiguousMinutes, didYouMean, minSpanHint, minSpanMs, otherWordHint, spanMeant, spanMs, TARGET_WORDS, type OtherWords } from "../../core/index.ts"
import { scheduleOf, SCHEDULE_ALIASES } from "./cron.ts"

/** A policy name becomes part of job ids and storage keys: letters, digits, `-` and `_`. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/

/** Sources a policy may not sweep (see `source` below); never offered in a refusal either. */
export const UNSWEPT_SOURCES: readonly string[] = ["messages"]

const KEYS = ["name", "matrix", "target", "source", "olderThan", "schedule", "concurrency"] as const

/** Each required key, with what it takes: a missing one is named in these words, not valibot's. */
const REQUIRED: Record<string, string> = {
  name: "a short name such as nightly",
  matrix: "a shipped matrix's name (gdpr) or a matrix object",
  target: "erasure or export",
  source: "a source that selects contacts by date (cxone)",
  olderThan: "a duration such as 90d, 12h or 30min",
}

/**
 * Why an age in range's form is refused: zero (`0d`, refused with no word of why) would sweep each contact the moment
 * it ends, which is no retention; past 36500d is more than any record is kept. Otherwise the span hint (`1w is 7d`), with
 * minutes written `min`.
 */
function ageHint(text: string): string {
  const shown = text.trim().slice(0, 20)
  const m = /^(\d{1,7})([dhm])$/.exec(spanMeant(text) ?? text.trim())
  if (m && Number(m[1]) === 0) return `: ${shown} is no age, so each contact would be swept the moment it ends; write how long contacts are kept before the sweep, at least 1min (30d keeps them 30 days), or erase one person now with cxedge erase`
  if (m && spanMs(m[0])! > spanMs("36500d")!) return `: ${shown}${m[0] === shown ? "" : ` (${m[0]})`} is more than 36500d (100 years); write the age contacts are kept to, at most 36500d`
  return minSpanHint(text)
}

/** Why an olderThan is refused, under its key: ambiguous (`6m`), or no duration, with what it means if that can be said. */
function olderThanRefusal(text: string): string {
  const ambiguous = ambiguousMinutes(text)
  return ambiguous ? `${JSON.stringify(text.slice(0, 20))}: ${ambiguous}` : `olderThan must be a duration such as 90d, 12h or 30min (1min to 36500d)${ageHint(text)}`
}

const Policy = v.pipe(
  // Loose first, so a misspelt key is named with a suggestion before a required one is reported missing.
  v.looseObject({}),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return
    const unknown = Object.keys(dataset.value).find((k) => !(KEYS as readonly string[]).includes(k))
    if (unknown) return addIssue({ message: `unknown key "${unknown.slice(0, 40)}"${didYouMean(unknown, KEYS)}: a policy has ${KEYS.join(", ")}` })
    const missing = Object.keys(REQUIRED).find((k) => dataset.value[k] === undefined)
    if (missing) addIssue({ message: `${missing} is required: ${REQUIRED[missing]}` })
  }),
  v.object({
    name: v.pipe(v.string("name must be a string: a short name such as nightly"), v.regex(NAME, "name must be 1 to 40 letters, digits, - or _, starting with a letter or digit")),
    matrix: v.union([v.string(), v.record(v.string(), v.unknown())], "matrix must be a shipped matrix's name (gdpr) or a matrix object"),
    // Not patch: it writes through the records API, which no source that selects contacts by age reads.
    target: v.picklist(["erasure", "export"], (issue) => `target must be erasure or export (patch writes through the records API, which cannot select contacts by age)${otherWordHint(issue.input, POLICY_TARGET_WORDS)}`),
    source: v.pipe(
      v.string("source must be a string: a source that selects contacts by date (cxone)"),
      // A sweep reads everything from its watermark (none on the first) to now minus the age; the messages source
      // reads windows of at most maxWindowDays from a given start, so its first sweep could never run.
      v.check((s) => !UNSWEPT_SOURCES.includes(s), "source \"messages\" reads bounded windows (at most settings.anonymize.messages.maxWindowDays from a --since), and a sweep reads everything older than olderThan: use source cxone, or export messages with cxedge anonymize --source messages --since ... --until ..."),
    ),
    olderThan: v.pipe(
      // A number alone (olderThan: 90) has no unit: the days it most likely means are said, never taken.
      v.string((issue) => `olderThan must be a string: a duration such as "90d", "12h" or "30min"${Number.isInteger(issue.input) && (issue.input as number) > 0 && (issue.input as number) <= 36_500 ? ` (a number has no unit: "${issue.input}d" is ${issue.input} days)` : ""}`),
      // A policy's age is written by hand: core's minSpanMs (at most six digits, 1min to 36500d). `6m` was six
      // minutes, and a policy meant as six months swept every contact: m alone is refused (core's ambiguousMinutes).
      v.check((s) => minSpanMs(s) !== undefined, (issue) => olderThanRefusal(String(issue.input))),
    ),
    schedule: v.optional(
      v.pipe(
        v.string(`schedule must be ${Object.keys(SCHEDULE_ALIASES).join(", ")} or a cron string`),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return
          const cron = scheduleOf(dataset.value)
          if (typeof cron === "string") addIssue({ message: `schedule must be ${Object.keys(SCHEDULE_ALIASES).join(", ")} or a cron string: ${cron}` })
        }),
      ),
      "daily",
    ),
    concurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(256))),
  }),
)

type Scoped = { name: string; matrix: unknown; source: string; target: string; olderThan: string }

const matrixName = (p: Scoped) => (typeof p.matrix === "string" ? p.matrix : String((p.matrix as { name?: unknown }).name ?? "(inline)"))
const sameMatrix = (a: Scoped, b: Scoped) => JSON.stringify(a.matrix) === JSON.stringify(b.matrix)

/**
 * Pairs of policies that sweep the same source to the same target, the younger age first: every contact
 * older than both ages is in both scopes. The same matrix twice would process those contacts again
 * (refused at load); different matrices are a tiered lifecycle (one warning when the runtime opens).
 */
export function overlapping<P extends Scoped>(policies: readonly P[]): [P, P][] {
  const pairs: [P, P][] = []
  policies.forEach((a, i) => {
    for (const b of policies.slice(i + 1)) {
      if (a.source !== b.source || a.target !== b.target) continue
      pairs.push((minSpanMs(a.olderThan) ?? 0) <= (minSpanMs(b.olderThan) ?? 0) ? [a, b] : [b, a])
    }
  })
  return pairs
}

/** One line per overlapping pair with different matrices, for the log when the runtime opens. */
export const overlapWarnings = (policies: readonly Scoped[]) =>
  overlapping(policies).filter(([a, b]) => !sameMatrix(a, b)).map(([young, old]) =>
    `[retention] policies "${young.name}" (${matrixName(young)}, ${young.olderThan}) and "${old.name}" (${matrixName(old)}, ${old.olderThan}) both sweep ${young.source} contacts through ${young.target}: a contact older than ${old.olderThan} is processed by both (fine for tiers; otherwise give one another source or target)`)

/** `settings.retention`: the policies, checked when the runtime opens (matrix, source and target against it in setup). */
export const RetentionConfig = v.object({
  policies: v.optional(
    v.pipe(
      v.array(Policy),
      v.rawCheck(({ dataset, addIssue }) => {
        if (!dataset.typed) return
        const seen = new Set<string>()
        for (const p of dataset.value) {
          if (seen.has(p.name)) addIssue({ message: `two policies are named "${p.name}": give each its own name` })
          seen.add(p.name)
        }
        const twin = overlapping(dataset.value).find(([a, b]) => sameMatrix(a, b))
        if (twin) {
          const [young, old] = twin
          addIssue({ message: `policies "${young.name}" and "${old.name}" both apply matrix ${matrixName(young)} to ${young.source} contacts through ${young.target}: "${old.name}" (${old.olderThan}) would only process again what "${young.name}" (${young.olderThan}) already did; remove one, or give it another source, target or matrix` })
        }
      }),
    ),
    [],
  ),
})

export type RetentionSettings = v.InferOutput<typeof RetentionConfig>
export type Policy = RetentionSettings["policies"][number]

/** Another tool's word for a target a policy takes (erase); not update, which means patch, the target a policy has not. */
const POLICY_TARGET_WORDS: OtherWords = { erase: TARGET_WORDS.erase! }
