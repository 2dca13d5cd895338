import { ConfigError } from "./errors.ts"
import { numberHint, perSecond, refuseSpacedNumber } from "./flags.ts"

/**
 * What a config value is, for a message that must not quote it: "an array", "a string". A YAML file's `!!binary` and
 * its or a TOML file's unquoted date are read as a Uint8Array and a Date: each was "an object, not an object".
 */
export const kind = (v: unknown) =>
  v === null ? "null" : Array.isArray(v) ? "an array" : v instanceof Date ? "a date" : ArrayBuffer.isView(v) || v instanceof ArrayBuffer ? "binary data" : typeof v === "object" ? "an object" : `a ${typeof v}`

// Units a number of seconds (or of milliseconds) may be written with, in that many seconds (ms).
const SECOND_UNITS: [RegExp, number][] = [[/^(?:s|secs?|seconds?)$/, 1], [/^(?:m|mins?|minutes?)$/, 60], [/^(?:h|hrs?|hours?)$/, 3600]]
const MS_UNITS: [RegExp, number][] = [[/^ms$/, 1], ...SECOND_UNITS.map(([re, s]): [RegExp, number] => [re, s * 1000])]

/**
 * What a span written with units means in the units of `table` (seconds by default): `5m`, `1.5m`, `2m30s`,
 * `1h 30min`; undefined for anything else (a unit no table holds, a number alone, more than three parts).
 * @example spanIn("2m30s") // 150
 */
export function spanIn(text: string, table: [RegExp, number][] = SECOND_UNITS): number | undefined {
  const t = text.trim().toLowerCase()
  if (!/^(?:\d{1,7}(?:\.\d{1,3})?\s*[a-z]+\s*){1,3}$/.test(t)) return undefined
  let total = 0
  for (const [, n, u] of t.matchAll(/(\d{1,7}(?:\.\d{1,3})?)\s*([a-z]+)/g)) {
    const per = table.find(([re]) => re.test(u!))?.[1]
    if (per === undefined) return undefined
    total += Number(n) * per
  }
  return Math.round(total * 1000) / 1000
}

/** {@link spanIn} in milliseconds: `500ms`, `1m30s`. */
export const durationMs = (text: string): number | undefined => spanIn(text, MS_UNITS)

/**
 * ` (5m is 300)`: what a value written with a unit (`5m`, `30 s`) or another notation (`1,000`, `1e3`) would be read
 * as, when that is allowed; nothing otherwise. `unit` is what the setting counts. Only ever said, never taken.
 */
function settingHint(text: string, range: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean }, unit?: "seconds" | "ms"): string {
  const t = text.trim()
  // `1.5m` and `2m30s` as well as `5m`: each was told nothing.
  const meant = unit ? spanIn(t, unit === "seconds" ? SECOND_UNITS : MS_UNITS) : undefined
  if (meant !== undefined) {
    const allowed = (range.exclusiveMin ? meant > range.min : meant >= range.min) && meant <= range.max && (!range.integer || Number.isInteger(meant))
    return allowed ? ` (${t.slice(0, 20)} is ${meant})` : ""
  }
  return numberHint(t, { min: range.min, max: range.max, above: range.exclusiveMin }, range.integer ?? false)
}

/**
 * What to do with a number a config file or a body gave in quotes, named by its `key`: digits are told to go without
 * the quotes; a span on a key counting milliseconds (`cooldownMs: "30s"`) or seconds (`maxWaitSec: "5m"`) is told the
 * number it means, since the unit cannot go without quotes. Empty for text that is no number.
 * @example quotedNumber("cooldownMs", "30s") // ": write it as a number of milliseconds, without quotes (30s is 30000)"
 */
export function quotedNumber(key: string, text: string): string {
  const t = text.trim()
  if (/^-?\d+(\.\d+)?$/.test(t)) return ": write it without quotes"
  // A rate with its unit ("5/s"): the setting (rps, minRps) already counts a second.
  const rate = /rps$/i.test(key) ? perSecond(t) : undefined
  if (rate) return `: write it as a number without quotes, ${rate} (the setting is already per second)`
  const unit = /Ms$/.test(key) ? "ms" : /(Sec|Secs|Seconds)$/.test(key) ? "seconds" : undefined
  const hint = unit ? settingHint(t, { min: 0, max: Number.MAX_SAFE_INTEGER }, unit) : ""
  return hint && /[a-z]$/i.test(t) ? `: write it as a number of ${unit === "ms" ? "milliseconds" : "seconds"}, without quotes${hint}` : ""
}

/**
 * A number within a documented range, from a flag, a variable or a file; `undefined` when not given. A value
 * written with a unit or another notation is refused with what it would be read as (`5m is 300`) when `unit` says
 * what the setting counts.
 */
export function numberSetting(raw: unknown, where: string, range: { min: number; max: number; integer?: boolean; exclusiveMin?: boolean; unit?: "seconds" | "ms" }): number | undefined {
  if (raw === undefined || raw === null) return undefined
  // The one rule of core/flags.ts: CXEDGE_SANDBOX_SEED=" 5" was trimmed here where CXEDGE_RPS=" 5" is refused.
  if (typeof raw === "string") refuseSpacedNumber(where, raw, !!range.integer, where)
  const text = typeof raw === "string" ? raw.trim() : raw
  // Number("") is 0, Number("0x10") 16, Number("1e1") 10 and Number("-0") -0: a variable's text is plain digits (a decimal
  // point where a fraction makes sense), as a flag's is; a sign or an exponent is told the number it means, never taken.
  const n = typeof text === "number" ? text : typeof text === "string" && /^(\d+(\.\d+)?|\.\d+)$/.test(text) ? Number(text) : NaN
  const span = `${range.exclusiveMin ? "more than" : "at least"} ${range.min} and at most ${range.max}`
  const what = range.integer ? "a whole number" : "a number"
  const bad = !Number.isFinite(n) || (range.integer && !Number.isInteger(n)) || (range.exclusiveMin ? n <= range.min : n < range.min) || n > range.max
  const hint = bad && typeof text === "string" ? settingHint(text, range, range.unit) : ""
  if (bad) throw new ConfigError("config", `${where} must be ${what} ${span}${hint}: correct it, or leave it out for the default`)
  return n
}
