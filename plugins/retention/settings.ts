import * as v from "valibot"
import { didYouMean, spanInRange, spanMs } from "../../core/index.ts"
import { scheduleOf, SCHEDULE_ALIASES } from "./cron.ts"

/**
 * `90d`, `12h`, `30m` in milliseconds (the span `--since 7d` takes, core/flags.ts), or undefined for anything else
 * (`ninety days`, `0d`, over 100 years). At most six digits: a policy's age is written by hand.
 */
export function durationMs(text: string): number | undefined {
  const ms = /^\d{1,6}[dhm]$/.test(text) ? spanMs(text) : undefined
  return ms !== undefined && spanInRange(ms) ? ms : undefined
}

/** A policy name becomes part of job ids and storage keys: letters, digits, `-` and `_`. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/

const KEYS = ["name", "matrix", "target", "source", "olderThan", "schedule", "concurrency"] as const

/** Each required key, with what it takes: a missing one is named in these words, not valibot's. */
const REQUIRED: Record<string, string> = {
  name: "a short name such as nightly",
  matrix: "a shipped matrix's name (gdpr) or a matrix object",
  target: "erasure or export",
  source: "a source that reads a date window (cxone, messages)",
  olderThan: "a duration such as 90d, 12h or 30m",
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
    target: v.picklist(["erasure", "export"], "target must be erasure or export (patch writes through the records API, which cannot select contacts by age)"),
    source: v.string("source must be a string: a source that reads a date window (cxone, messages)"),
    olderThan: v.pipe(
      v.string("olderThan must be a string: a duration such as \"90d\", \"12h\" or \"30m\""),
      v.check((s) => durationMs(s) !== undefined, "olderThan must be a duration such as 90d, 12h or 30m (1m to 36500d)"),
    ),
    schedule: v.optional(
      v.pipe(
        v.string(`schedule must be ${Object.keys(SCHEDULE_ALIASES).join(", ")} or a cron string`),
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return
          const cron = scheduleOf(dataset.value)
          if (typeof cron === "string") addIssue({ message: `schedule is not ${Object.keys(SCHEDULE_ALIASES).join(", ")} or a cron string: ${cron}` })
        }),
      ),
      "daily",
    ),
    concurrency: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(256))),
  }),
)

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
      }),
    ),
    [],
  ),
})

export type RetentionSettings = v.InferOutput<typeof RetentionConfig>
export type Policy = RetentionSettings["policies"][number]
