/**
 * Spans written by hand (`90d`, `12h`, `30m`) in flags and settings, and the hints that tell a span written another
 * way (`1w`, `6 months`, `P1Y`) in the form cxedge reads. Only ever said, never taken in its place.
 */

const SPAN_UNITS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 }
/** A span's bounds: 1 minute, and 100 years (a window longer than that is a typo). */
export const SPAN_RANGE = { min: 60_000, max: 36_500 * 86_400_000 }

/**
 * `7d`, `12h`, `30m` in milliseconds, or undefined when the text is not a span; whether it is within
 * `SPAN_RANGE` is the caller's to check (`spanInRange`), so each can say so in its own words.
 */
export function spanMs(text: string): number | undefined {
  const m = /^(\d+)([dhm])$/.exec(text)
  return m ? Number(m[1]) * SPAN_UNITS[m[2]!]! : undefined
}

export const spanInRange = (ms: number) => ms >= SPAN_RANGE.min && ms <= SPAN_RANGE.max

const WRITTEN_UNITS: [RegExp, number, "d" | "h" | "m"][] = [
  [/^(?:w|wk|wks|weeks?)$/, 7, "d"], [/^(?:y|yr|yrs|years?)$/, 365, "d"], [/^(?:mo|mos|months?)$/, 30, "d"],
  [/^(?:d|days?)$/, 1, "d"], [/^(?:h|hrs?|hours?)$/, 1, "h"], [/^(?:mins?|minutes?)$/, 1, "m"],
]
// What one of a unit is in the next smaller one, for a fraction (1.5d is 36h, 0.5h is 30m).
const SMALLER: Record<string, [number, "h" | "m"]> = { d: [24, "h"], h: [60, "m"] }
// An ISO 8601 duration of one part (P1Y, P6M, P1D, P2W, PT12H, PT30M): what `P` spans copied from another tool say.
// A year and a month count as `1 year` and `1 month` written out do (365 and 30 days); M before a T is a month.
const ISO_SPAN = /^P(?:(\d{1,6})([YMWD])|T(\d{1,6})([HM]))$/i
const ISO_DAYS: Record<string, number> = { Y: 365, M: 30, W: 7, D: 1 }

/**
 * The span a user meant in cxedge's own form, for a refusal's hint: `1w` is `7d`, `2 years` is `730d`, `3 months`
 * is `90d` (30 days each), `12 hours` is `12h`, `7D` is `7d`, `1.5d` is `36h`, `P1D` is `1d`, `P1Y` is `365d`. Only ever said,
 * never taken in its place. A capital M is no minute (it may be a month): no hint.
 */
export function spanMeant(text: string): string | undefined {
  // A count written with thousands separators (1,000d, 1_000d) is the same count: 1000d.
  const trimmed = text.trim().replace(/^\d{1,3}(?:[,_]\d{3})+(?=\s*[a-z])/i, (n) => n.replace(/[,_]/g, ""))
  const iso = ISO_SPAN.exec(trimmed)
  if (iso) return iso[1] ? `${Number(iso[1]) * ISO_DAYS[iso[2]!.toUpperCase()]!}d` : `${Number(iso[3])}${iso[4]!.toLowerCase()}`
  const m = /^(\d{1,6}(?:\.\d{1,3})?)\s*([a-z]+)$/i.exec(trimmed)
  if (!m || m[2] === "M") return undefined
  const unit = WRITTEN_UNITS.find(([re]) => re.test(m[2]!.toLowerCase()))
  if (!unit) return undefined
  const count = Number(m[1]) * unit[1]
  if (Number.isInteger(count)) return `${count}${unit[2]}`
  const smaller = SMALLER[unit[2]]
  return smaller && Number.isInteger(count * smaller[0]) ? `${count * smaller[0]}${smaller[1]}` : undefined
}
/**
 * ` (1w is 7d)`, or nothing when the text is no span written another way, or what it means is out of range too
 * (`0w`). A span with a sign (`-1d`, `+7d`) is told a span counts back from now, unsigned.
 */
export const spanHint = (text: string) => {
  // A number alone (--older-than 5, --since 7) has no unit: the three it may mean, never one taken. A year (2026) is no span.
  const bare = /^\d{1,5}$/.exec(text.trim())
  if (bare) {
    const n = Number(bare[0])
    return n >= 1 && n <= 36_500 && !(n >= 1970 && n <= 2100) ? ` (a number alone has no unit: ${n}d is ${n} days, ${n}h ${n} hours, ${n}m ${n} minutes)` : ""
  }
  const signed = /^[-+]\s*(\d.*)$/.exec(text.trim())
  if (signed) {
    const unsigned = writtenSpanMs(signed[1]!) !== undefined ? signed[1]! : spanMeant(signed[1]!)
    return unsigned && writtenSpanMs(unsigned) !== undefined ? ` (a span counts back from now, with no sign: ${unsigned})` : ""
  }
  const meant = spanMeant(text)
  return meant && meant !== text.trim() && writtenSpanMs(meant) !== undefined ? ` (${text.trim().slice(0, 20)} is ${meant})` : ""
}

/** A span written by hand in a setting or a flag (`90d`, `12h`, `30m`: at most six digits) within SPAN_RANGE, in ms; else undefined. */
export const writtenSpanMs = (text: string): number | undefined => {
  const ms = /^\d{1,6}[dhm]$/.test(text) ? spanMs(text) : undefined
  return ms !== undefined && spanInRange(ms) ? ms : undefined
}
/**
 * Why `6m` is refused where a span is a retention age (a policy's olderThan, `jobs prune --older-than`, `retention run
 * --at`): m read as minutes, and a user meaning six months swept or pruned everything older than six minutes. There
 * minutes are written `min`. ` m is ambiguous: write 6min for minutes or 180d for 6 months`; undefined for any other
 * text, and for a count of 0 (no span either way: the caller says why).
 */
export function ambiguousMinutes(text: string): string | undefined {
  const m = /^(\d{1,6})\s*[mM]$/.exec(text.trim())
  const n = m ? Number(m[1]) : 0
  if (n === 0) return undefined
  const months = n * 30 <= 36_500 ? ` or ${n * 30}d for ${n === 1 ? "a month" : `${n} months`}` : ""
  return `m is ambiguous: write ${n}min for minutes${months}`
}

/** A span written by hand where minutes are written `min` (`90d`, `12h`, `30min`: at most six digits) within SPAN_RANGE, in ms; `30m` is no such span (see ambiguousMinutes). */
export const minSpanMs = (text: string): number | undefined => {
  const minutes = /^(\d{1,6})min$/.exec(text)
  return minutes ? writtenSpanMs(`${minutes[1]}m`) : /^\d{1,6}[dh]$/.test(text) ? writtenSpanMs(text) : undefined
}

/** spanHint where minutes are written `min`: ` (30 minutes is 30min)`. */
export const minSpanHint = (text: string): string => spanHint(text).replace(/(\d)m\b/g, "$1min")
