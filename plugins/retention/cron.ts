import { didYouMean } from "../../core/index.ts"

/**
 * Five-field cron expressions (minute hour day-of-month month day-of-week),
 * in UTC as Cloudflare's cron triggers read them: `*`, lists (`1,15`),
 * ranges (`1-5`), steps (`*\/15`, `10-40/10`), month and day names (`jan`,
 * `mon`), 7 as Sunday, and the usual rule that when both day fields are
 * restricted a day matching either one fires. Small enough to keep here,
 * behind one file; `croner` offers the same two calls if this ever grows.
 */
export interface Cron {
  /** The first firing strictly after `after` (epoch ms), at a whole minute. */
  next(after: number): number
  /** The last firing at or before `at` (epoch ms), or undefined within the search bound (about four years). */
  previous(at: number): number | undefined
}

/** The policy schedules that are names, as cron expressions (UTC midnight). */
export const SCHEDULE_ALIASES: Record<string, string> = { hourly: "0 * * * *", daily: "0 0 * * *", weekly: "0 0 * * 0", monthly: "0 0 1 * *" }

const FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] },
  { name: "day of week", min: 0, max: 7, names: ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] },
] as const

function value(text: string, field: (typeof FIELDS)[number]): number {
  const named = "names" in field ? (field.names as readonly string[]).indexOf(text.toLowerCase()) : -1
  if (named >= 0) return named + (field.min === 1 ? 1 : 0)
  if (!/^\d+$/.test(text)) throw new Error(`${field.name} "${text}" is not a number`)
  const n = Number(text)
  if (n < field.min || n > field.max) throw new Error(`${field.name} ${n} is out of range ${field.min}-${field.max}`)
  return n
}

function parseField(text: string, field: (typeof FIELDS)[number]): Set<number> {
  const out = new Set<number>()
  for (const part of text.split(",")) {
    const [range, stepText] = part.split("/")
    if (range === undefined || range === "" || part.split("/").length > 2) throw new Error(`${field.name} "${part}" is not a cron field`)
    const step = stepText === undefined ? 1 : value(stepText, { ...FIELDS[0], name: `${field.name} step`, min: 1, max: field.max } as never)
    let lo: number, hi: number
    if (range === "*") [lo, hi] = [field.min, field.max === 7 ? 6 : field.max]
    else if (range.includes("-")) {
      const [a, b] = range.split("-")
      ;[lo, hi] = [value(a ?? "", field), value(b ?? "", field)]
      if (lo > hi) throw new Error(`${field.name} range ${range} runs backwards`)
    } else [lo, hi] = [value(range, field), stepText === undefined ? value(range, field) : field.max]
    for (let n = lo; n <= hi; n += step) out.add(field.max === 7 && n === 7 ? 0 : n)
  }
  return out
}

/** Parses an expression; throws an Error whose message says what is wrong (never more than the expression). */
export function parseCron(expression: string): Cron {
  const parts = expression.trim().split(/\s+/)
  if (parts.length !== 5) throw new Error(`"${expression.slice(0, 60)}" has ${parts.length} field(s): a cron string has 5 (minute hour day-of-month month day-of-week), e.g. "0 2 * * *"`)
  const [minutes, hours, doms, months, dows] = parts.map((p, i) => parseField(p, FIELDS[i]!)) as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>]
  const domAny = parts[2] === "*", dowAny = parts[4] === "*"
  const dayMatches = (d: Date) => {
    const dom = doms.has(d.getUTCDate()), dow = dows.has(d.getUTCDay())
    return domAny || dowAny ? dom && dow : dom || dow
  }
  const matches = (d: Date) => minutes.has(d.getUTCMinutes()) && hours.has(d.getUTCHours()) && months.has(d.getUTCMonth() + 1) && dayMatches(d)
  const SPAN = 4 * 366 * 86_400_000
  // Minute by minute, skipping whole hours and days that cannot match: a few thousand steps at most in practice.
  function walk(from: number, dir: 1 | -1): number | undefined {
    let t = Math.floor(from / 60_000) * 60_000
    while (Math.abs(t - from) <= SPAN) {
      const d = new Date(t)
      if (!months.has(d.getUTCMonth() + 1) || !dayMatches(d)) {
        t = dir === 1 ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - 60_000
        continue
      }
      if (!hours.has(d.getUTCHours())) {
        t = dir === 1 ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours()) - 60_000
        continue
      }
      if (matches(d)) return t
      t += dir * 60_000
    }
    return undefined
  }
  const never = () => {
    throw new Error(`"${expression.slice(0, 60)}" never fires (check the day of month against the month)`)
  }
  if (walk(Date.UTC(2000, 0, 1), 1) === undefined) never()
  return {
    next: (after) => walk(Math.floor(after / 60_000) * 60_000 + 60_000, 1) ?? never(),
    previous: (at) => walk(at, -1),
  }
}

/**
 * Why a schedule of one word is none: cron's nickname (`@daily`), a name in capitals or a slip (`Daily`, `dayly`), or
 * another word (`nightly`); blank. Undefined for a cron string, which parseCron reads. Only said, never taken.
 */
function wordProblem(schedule: string): string | undefined {
  const word = schedule.trim()
  if (!word) return "it is empty: leave the key out for daily"
  if (/\s/.test(word)) return undefined
  const names = Object.keys(SCHEDULE_ALIASES)
  const bare = word.replace(/^@/, "").toLowerCase()
  if (word.startsWith("@")) return names.includes(bare) ? `"${word.slice(0, 20)}" is cron's nickname: write ${bare}` : `"${word.slice(0, 20)}" is no schedule here: write one of ${names.join(", ")} or five cron fields`
  // " daily " (spaces around it) was told it "is written in capitals".
  if (names.includes(bare)) return word === bare ? `"${schedule.slice(0, 20)}" has white space around it: write ${bare}` : `"${word.slice(0, 20)}" is written in capitals: write ${bare}`
  const near = didYouMean(word, names)
  return /^[a-z]+$/i.test(word) ? `"${word.slice(0, 20)}" is not a schedule name${near}: write one of ${names.join(", ")} or five cron fields (e.g. "0 2 * * *")` : undefined
}

/** A schedule (`daily`, ... or a cron string) as a Cron, or the reason it is not one. */
export function scheduleOf(schedule: string): Cron | string {
  const word = Object.hasOwn(SCHEDULE_ALIASES, schedule) ? undefined : wordProblem(schedule)
  if (word) return word
  try {
    return parseCron(SCHEDULE_ALIASES[schedule] ?? schedule)
  } catch (error) {
    return (error as Error).message
  }
}
