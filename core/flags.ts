import { didYouMean, otherWordHint, startOf, type OtherWords } from "./suggest.ts"
import { dateFormHint } from "./date-hints.ts"
import { labelOf, shown, spaceSide, usage } from "./flag-words.ts"
import { daysIn } from "./instant.ts"
import { ambiguousMinutes, minSpanHint, minSpanMs, spanHint, spanInRange, spanMeant, spanMs, writtenSpanMs } from "./spans.ts"

/**
 * Checks for command-line values, shared by every command so that a typo is
 * refused the same way everywhere, before any call: `Number("1e9")`,
 * `Number("")` and `Number("0x10")` all parse, so plain `Number` is not a check.
 */


/** The range a numeric flag documents; `above` makes `min` exclusive (`--rps` > 0). */
export interface FlagRange {
  min: number
  max: number
  above?: boolean
  /** A rate a second (--rps): a value written with its unit (5/s) is told the number alone. */
  perSecond?: boolean
}

function describeRange(range: FlagRange, integer: boolean): string {
  const kind = integer ? "a whole number" : "a number"
  return range.above ? `${kind} above ${range.min} and at most ${range.max}` : `${kind} from ${range.min} to ${range.max}`
}

/** The number of a rate written with its unit (5/s, 5 rps, 5 req/s, 5 per second), or undefined. */
export const perSecond = (text: string): string | undefined => /^(\d+(?:\.\d+)?)\s*(?:\/\s*s(?:ec(?:ond)?)?|rps|req\/s|per second)$/i.exec(text.trim())?.[1]

/**
 * The number a value written another way means, for a refusal's hint, when that number is allowed: `1e3` is
 * 1000, `0x10` 16, `+5` 5, `1_000` or `1,000` 1000, `10k` 10000, `5.0` 5, and `50%` 0.5 where the range ends at 1 (a
 * ratio), 50 elsewhere (a percentage). Only ever said, never taken in its place. A route's query
 * parameter is hinted the same way (`?minServiceLevel=80%`), so the CLI and the routes say one thing.
 * @example numberHint("1e3", { min: 0, max: 100_000 }, true) // " (1e3 is 1000)"
 */
export function numberHint(text: string, range: FlagRange, integer: boolean): string {
  const t = text.trim()
  const percent = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(t)
  // A ratio written as a percentage without its sign (--min-score 50): the ratio it would be, only said.
  const whole = Number(t)
  if (range.max === 1 && !range.above && range.min === 0 && /^\d{1,3}$/.test(t) && whole > 1 && whole <= 100) return ` (${t} as a percentage is ${whole / 100})`
  // A decimal comma (1,5 in much of Europe) for a flag that takes decimals; three digits after it are a thousand's.
  const comma = /^(\d+),(\d{1,2})$/.exec(t)
  if (comma && !integer) {
    const decimal = Number(`${comma[1]}.${comma[2]}`)
    return (range.above ? decimal > range.min : decimal >= range.min) && decimal <= range.max ? ` (a decimal is written with a point: ${t} is ${decimal})` : ""
  }
  // A switch's word where a count or a size is asked (CXEDGE_TRUST_PROXY=yes): a number is meant.
  if (/^(yes|no|y|n|true|false|on|off|enabled?|disabled?)$/i.test(t)) return ` (a number is asked, not ${t.toLowerCase()} or ${yesNoOther(t)})`
  // A rate with its unit (--rps 5/s, 5rps, 5 req/s): the flag's unit is already a second.
  const rate = range.perSecond ? perSecond(t) : undefined
  if (rate) return ` (the unit is already per second: write ${rate})`
  let meant: number
  if (percent) meant = range.max <= 1 ? Number(percent[1]) / 100 : Number(percent[1])
  else if (/^\d{1,3}([,_]\d{3})+$/.test(t) || /^\d+(_\d+)+$/.test(t)) meant = Number(t.replace(/[,_]/g, ""))
  else if (/^(\+?\d+(\.\d+)?(e[+-]?\d+)?|0x[0-9a-f]+)$/i.test(t)) meant = Number(t)
  // A thousand as "k" (-n 10k, --contacts 2.5k), as other tools' flags and people write it.
  else if (/^\d{1,6}(\.\d{1,3})?\s?k$/i.test(t)) meant = Math.round(Number(t.replace(/\s?k$/i, "")) * 1000)
  else return ""
  const allowed = Number.isFinite(meant) && (range.above ? meant > range.min : meant >= range.min) && meant <= range.max && (!integer || Number.isSafeInteger(meant))
  return allowed && String(meant) !== t ? ` (${t.slice(0, 20)} is ${meant})` : ""
}

const SWITCH_PAIRS: Record<string, string> = { yes: "no", no: "yes", y: "n", n: "y", true: "false", false: "true", on: "off", off: "on", enable: "disable", disable: "enable", enabled: "disabled", disabled: "enabled" }
const yesNoOther = (word: string) => SWITCH_PAIRS[word.toLowerCase()] ?? "no"

// Digits (and one decimal point, a leading one too: --min-score .5) only: no sign, exponent, hex, Infinity or blank.
const digitsOf = (integer: boolean) => (integer ? /^\d+$/ : /^(\d+(\.\d+)?|\.\d+)$/)

/**
 * White space around the digits (--port ' 0', CXEDGE_RPS=" 5", CXEDGE_TASK_LOCK_SECONDS="5 ") was read as the number:
 * refused, as a blank is, by every reader of a number (flags, variables, `numberSetting`), never trimmed by some.
 */
export function refuseSpacedNumber(name: string, text: string, integer: boolean, label = labelOf(name)): void {
  if (text.trim() !== text && digitsOf(integer).test(text.trim())) throw usage(`${label} ${shown(text)} has white space ${spaceSide(text)} the number: write ${text.trim()}, without it`, name)
}

function checked(name: string, raw: unknown, range: FlagRange, integer: boolean, label: string): number | undefined {
  if (raw === undefined) return undefined
  const text = String(raw)
  const pattern = digitsOf(integer)
  refuseSpacedNumber(name, text, integer, label)
  const value = Number(text)
  const inRange = range.above ? value > range.min : value >= range.min
  if (!pattern.test(text.trim()) || !Number.isFinite(value) || !inRange || value > range.max || (integer && !Number.isSafeInteger(value))) {
    throw usage(`${label} ${shown(text)} is not allowed: use ${describeRange(range, integer)}${numberHint(text, range, integer)}`, name)
  }
  return value
}

/**
 * A whole-number flag within its documented range, or undefined when absent.
 * A name in capitals (`CXEDGE_PORT`) is an environment variable and is named so.
 * @example intFlag("concurrency", args.concurrency, { min: 1, max: 256 }) ?? 8
 */
export function intFlag(name: string, raw: unknown, range: FlagRange, label = labelOf(name)): number | undefined {
  return checked(name, raw, range, true, label)
}

/**
 * How the user wrote a one-letter flag, which citty reads as `-n` and `--n` alike: the spelling last given
 * in `rawArgs` (the value that counts), so a refusal names what was typed. A longer name is `--name`.
 * @example intFlag("n", args.n, { min: 1, max: 10_000 }, typedAs("n", rawArgs))
 */
export function typedAs(name: string, rawArgs: readonly string[]): string {
  if (name.length > 1) return `--${name}`
  const spelled = rawArgs.findLast((arg) => arg === `-${name}` || arg === `--${name}` || arg.startsWith(`-${name}=`) || arg.startsWith(`--${name}=`))
  return spelled?.startsWith("--") ? `--${name}` : `-${name}`
}

/** A decimal flag (`--rps 2.5`) within its documented range, or undefined when absent. */
export function numberFlag(name: string, raw: unknown, range: FlagRange): number | undefined {
  return checked(name, raw, range, false, labelOf(name))
}

/**
 * One of a fixed set of words, or undefined when absent. `label` is how the refusal names the value
 * when it is no flag (a route's body field, `target`); by default the flag, `--target`.
 */
export function choiceFlag<T extends string>(name: string, raw: unknown, choices: readonly T[], label = labelOf(name), others?: OtherWords): T | undefined {
  if (raw === undefined) return undefined
  const list = choices.length > 1 ? `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}` : choices.join("")
  // A slip of the keyboard (--target pacth) is answered with the choice meant, as an unknown flag is.
  if (!choices.includes(raw as T)) throw usage(`${label} ${shown(String(raw))} is not allowed${otherWordHint(raw, others) || didYouMean(String(raw), choices) || startOf(String(raw), choices)}: use ${list}`, name)
  return raw as T
}

/**
 * Where no span is read (a hold's --until, a script's --start-date: times to come), a span given is told the date it
 * would reach from now, for the user to write: ` (7d from now is 2026-12-08)`. Only said, never taken.
 */
function aheadHint(text: string, now: number): string {
  const ms = writtenSpanMs(text) ?? writtenSpanMs(spanMeant(text) ?? "")
  if (ms === undefined) return ""
  const at = new Date(now + ms).toISOString()
  return ` (a time to come is written as a date: ${text.slice(0, 20)} from now is ${ms % 86_400_000 === 0 ? at.slice(0, 10) : `${at.slice(0, 16)}Z`})`
}
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/

/**
 * The day a word means, for a refusal's hint where a past instant is read (spans taken): `today` is today's date,
 * `yesterday` the day before (or 1d); `now` is the default of an end or an as-of instant (--until, --at: leave it out), and a start from now
 * holds nothing. Only ever said, never taken in its place.
 */
function wordHint(name: string, label: string, text: string, now: number, spans: boolean): string {
  // A date to come (a hold's --until) is no word's: today and now are already past as it ends.
  if (!spans) return ""
  const word = text.toLowerCase()
  const day = (offset: number) => new Date(now - offset * 86_400_000).toISOString().slice(0, 10)
  if (word === "today") return ` (today is ${day(0)}, from midnight UTC)`
  if (word === "yesterday") return ` (yesterday is ${day(1)}, or 1d before now)`
  if (word !== "now") return ""
  if (name === "until" || name === "at") return ` (now is the default: leave ${label} out)`
  return name === "since" ? ` (a window from now holds nothing: say how far back, e.g. 7d)` : ""
}

/**
 * An instant from a date flag, as milliseconds since the epoch:
 * - `2026-10-01`: that day at 00:00 UTC;
 * - `2026-10-01T08:30Z`, `2026-10-01T08:30:00.000+02:00`: a date-time, which must carry `Z` or an offset;
 * - `7d`, `12h`, `30m`: that long before `now`.
 * Anything else (`yesterday`, told the day it is, `2024-02-30`, epoch seconds, a date-time without a zone) is refused.
 * `relative: false` refuses the span form too (a start date in the future has no "before now").
 * `label` names the value where it is no flag (a route's body field, `startDate`); by default `--name`.
 * `minutes: "min"` reads minutes as `30min` and refuses `30m` as ambiguous (ambiguousMinutes), where a span is an age.
 */
export function instantFlag(name: string, raw: string, now: number, options: { relative?: boolean; label?: string; minutes?: "min" } = {}): number {
  const text = raw.trim()
  const label = options.label ?? `--${name}`
  // Checked trimmed, a value with white space around it was passed on as typed (a script's startDate among them).
  if (text && text !== raw) throw usage(`${label} ${shown(raw)} has white space ${spaceSide(raw)} it: write ${shown(text)}, without it`, name)
  const spans = options.relative ?? true
  const min = options.minutes === "min" ? "min" : "m"
  const ambiguous = spans && min === "min" ? ambiguousMinutes(text) : undefined
  if (ambiguous) throw usage(`${label} ${shown(raw)}: ${ambiguous}`, name)
  const span = spans ? spanMs(min === "min" ? text.replace(/^(\d+)min$/, "$1m") : text) : undefined
  if (span !== undefined) {
    if (!spanInRange(span)) throw usage(`${label} ${shown(raw)} is not allowed: use a span from 1${min} to 36500d`, name)
    return now - span
  }
  const m = ISO.exec(text)
  const hint = `use an ISO 8601 date (2026-10-01, midnight UTC)${spans ? "," : " or"} a date-time with a zone (2026-10-01T08:30:00Z)${spans ? ` or a span before now (7d, 12h, 30${min})` : ""}`
  const spanWords = min === "min" ? minSpanHint : spanHint
  if (!m) throw usage(`${label} ${shown(raw)} is not a date: ${hint}${wordHint(name, label, text, now, spans) || (spans ? spanWords(text) : aheadHint(text, now)) || dateFormHint(text)}`, name)
  const [, y, mo, d, h, mi, s, fraction, zone] = m
  const year = Number(y), month = Number(mo), day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) throw usage(`${label} ${shown(raw)} is not a calendar date: check the month and day`, name)
  // A year before 1970 is a typo (0224 for 2024): as a --since it would widen an erasure to every contact.
  if (year < 1970) throw usage(`${label} ${shown(raw)} is before 1970: check the year`, name)
  if (h !== undefined) {
    if (zone === undefined) throw usage(`${label} ${shown(raw)} has no time zone: add Z (UTC) or an offset such as +02:00`, name)
    const [oh, om] = zone === "Z" ? [0, 0] : zone.slice(1).split(":").map(Number)
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59 || oh! > 23 || om! > 59) throw usage(`${label} ${shown(raw)} is not a valid time: check the hours, minutes and offset`, name)
  }
  // A date-time is read to the millisecond: digits past the third were dropped in silence, moving the window's edge.
  if (fraction && /[1-9]/.test(fraction.slice(4))) {
    const cut = text.replace(fraction, fraction.slice(0, 4))
    throw usage(`${label} ${shown(raw)} is finer than a millisecond, and a time is read to the millisecond: write at most three digits after the seconds (${cut})`, name)
  }
  const ms = Date.parse(h === undefined ? `${text}T00:00:00Z` : text)
  if (Number.isNaN(ms)) throw usage(`${label} ${shown(raw)} is not a date: ${hint}`, name)
  return ms
}

/** A date window resolved to absolute ISO 8601 instants (UTC). */
export interface DateWindow {
  since?: string
  until?: string
}

/**
 * `--since`/`--until` checked and resolved against `now`: both forms of
 * {@link instantFlag}, `since` strictly before `until`, and a `since` in the
 * future refused (the window would be empty). A window with a start and no
 * end ends at `now`, so a job resumed later keeps the scope it started with.
 * `labels` name the two where they are no flags (a route's body fields: `since`, `until`).
 */
export function dateWindow(raw: { since?: string; until?: string }, now: number = Date.now(), labels: { since: string; until: string } = { since: "--since", until: "--until" }): DateWindow {
  const since = raw.since === undefined ? undefined : instantFlag("since", raw.since, now, { label: labels.since })
  const until = raw.until === undefined ? undefined : instantFlag("until", raw.until, now, { label: labels.until })
  if (since !== undefined && until !== undefined && since >= until) {
    // Two spans the wrong way round (--since 7d --until 30d): a span counts back from now, so the start is the longer.
    const spans = spanMs(raw.since!.trim()) !== undefined && spanMs(raw.until!.trim()) !== undefined && since !== until
    const [a, b] = [raw.until!.trim(), raw.since!.trim()]
    const swapped = labels.since.startsWith("--") ? `${labels.since} ${a} ${labels.until} ${b}` : `{"${labels.since}": "${a}", "${labels.until}": "${b}"}`
    const back = spans ? ` (a span counts back from now, so the start is the longer one: ${swapped})` : ""
    throw usage(`${labels.since} ${new Date(since).toISOString()} is not before ${labels.until} ${new Date(until).toISOString()}: swap them or widen the window${back}`, "since")
  }
  // A window wholly to come (--since 2030-01-01 --until 2030-02-01) was taken as well: nothing can be in it yet.
  if (since !== undefined && since > now) {
    throw usage(`${labels.since} ${new Date(since).toISOString()} is in the future: nothing would be in scope; check the date`, "since")
  }
  const end = until ?? (since !== undefined ? now : undefined)
  return {
    ...(since !== undefined ? { since: new Date(since).toISOString() } : {}),
    ...(end !== undefined ? { until: new Date(end).toISOString() } : {}),
  }
}

/** The window a tenant source reads, as shown before a run: what `7d` or a date alone resolved to, and an open start named. */
export const windowText = (window: DateWindow): string => `window: ${window.since ?? "(no start: the tenant's default)"} .. ${window.until ?? "now"}`
