/**
 * Timestamps read from data (record fields, API answers), never guessed.
 *
 * `Date.parse` takes `12/01/2026` (which day?), `Dec 1 2026`, even `1` (the
 * year 2001), rolls `2026-02-30` over into March, and reads a date-time with
 * no zone in the machine's own zone, so the same record gives another day on
 * another machine. Here only ISO 8601 is read: a date (`2026-12-01`, midnight
 * UTC) or a date-time with `T` or a space, optional seconds and fraction, and
 * `Z`, `+02:00` or `+0200`. A date-time with no zone is UTC, the zone CXone
 * reports in, so the result is the same wherever it runs.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

/** Days in a month (1-12) of a year. */
export const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Epoch milliseconds of an ISO 8601 date or date-time (no zone: UTC); undefined for anything else or an impossible date. */
export function isoInstant(text: string): number | undefined {
  const m = ISO.exec(text.trim())
  if (!m) return undefined
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = m
  const year = Number(y), month = Number(mo), day = Number(d), hour = Number(h), minute = Number(mi), second = Number(s)
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return undefined
  let offset = 0
  if (zone && zone.toUpperCase() !== "Z") {
    const digits = zone.slice(1).replace(":", "")
    const oh = Number(digits.slice(0, 2)), om = Number(digits.slice(2) || "0")
    if (oh > 23 || om > 59) return undefined
    offset = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om) * 60_000
  }
  const at = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, Number(fraction.padEnd(3, "0").slice(0, 3))))
  // Date.UTC reads years 0-99 as 1900-1999; the year is set on its own.
  return at.setUTCFullYear(year) - offset
}
