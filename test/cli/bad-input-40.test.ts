/**
 * Bad input, round 40: a date-time finer than a millisecond, through the refusal harness (refusal-harness.ts).
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

/** A dry run of an erasure over the cxone source from `since`. */
const sinceRow = (name: string, since: string, says: RegExp, code = 2): RefusalRow => ({
  name,
  args: ["anonymize", "--matrix", "gdpr", "--source", "cxone", "--target", "erasure", "--since", since, "--dry-run"],
  code,
  says,
})

const rows: RefusalRow[] = [
  // Read to the millisecond in silence: the window started at .123, or at .999 for a time written .999999.
  sinceRow("--since with seven digits after the seconds (was cut to .123)", "2026-11-01T08:30:00.1234567Z", /^\[cxedge\] \[flags\] --since "2026-11-01T08:30:00\.1234567Z" is finer than a millisecond, and a time is read to the millisecond: write at most three digits after the seconds \(2026-11-01T08:30:00\.123Z\)$/),
  sinceRow("--since .999999 with an offset (was cut to .999)", "2026-11-01T08:30:00.999999+02:00", /is finer than a millisecond.*\(2026-11-01T08:30:00\.999\+02:00\)$/),
  { name: "pii scan --until with a microsecond (was cut)", args: ["pii", "scan", "--source", "cxone", "--since", "30d", "--until", "2026-11-30T00:00:00.000001Z"], says: /^\[cxedge\] \[flags\] --until "2026-11-30T00:00:00\.000001Z" is finer than a millisecond/ },
  // Zeros past the third digit change nothing: still taken.
  sinceRow("--since .123000 (the same millisecond: taken)", "2026-11-01T08:30:00.123000Z", /window: 2026-11-01T08:30:00\.123Z \.\./, 0),
]

refusalRound("bad input, round 40", "cxedge-bad40-", rows)
