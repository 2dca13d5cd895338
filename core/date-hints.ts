// What a date written another way means (a zone by its name, an offset without its colon, a date with slashes), for
// a date flag's refusal: only ever said, never taken in its place.

// A date, an optional time after a T or a space, and whatever follows it (a zone however written).
// A fraction after a comma too (08:30:00,5, as much of Europe writes it): said to be written with a dot.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:([T ])(\d{2}):(\d{2})(?::(\d{2})([.,]\d{1,9})?)?)?\s*(.*)$/i
const ISO_ZONE = /^(Z|[+-]\d{2}:\d{2})$/i

const pad = (n: number) => String(n).padStart(2, "0")
const offsetText = (minutes: number) => `${minutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`

/**
 * The offsets (minutes) a named zone (Europe/Paris, CET) has at a wall-clock time there: one; two where the clocks go
 * back that night and the time happens twice; none where they go forward and it never happens. Undefined: no zone.
 */
function offsetsIn(zone: string, wall: number): number[] | undefined {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
  } catch {
    return undefined
  }
  const at = (ms: number) => {
    const name = format.formatToParts(ms).find((part) => part.type === "timeZoneName")?.value ?? ""
    const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(name)
    return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0
  }
  // The offsets a day either side (a change of the clocks lies between them, or none), each kept when it reads back.
  const around = [...new Set([at(wall - 86_400_000), at(wall + 86_400_000)])]
  return around.filter((offset) => at(wall - offset * 60_000) === offset)
}

/** A date with slashes or dots, or run together: the year first is read back (2026/11/01 is 2026-11-01); the day and month first are not. */
function writtenDateHint(text: string): string {
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (yearFirst && Number(yearFirst[2]) >= 1 && Number(yearFirst[2]) <= 12 && Number(yearFirst[3]) >= 1 && Number(yearFirst[3]) <= 31) {
    return ` (${text} is ${yearFirst[1]}-${pad(Number(yearFirst[2]))}-${pad(Number(yearFirst[3]))})`
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(text)) return " (write the year first, YYYY-MM-DD: the day and the month are written first in either order, so neither is guessed)"
  // Unix time, in seconds (10 digits) or milliseconds (13): the instant it is.
  if (/^\d{10}$|^\d{13}$/.test(text)) {
    const ms = Number(text) * (text.length === 10 ? 1000 : 1)
    return ` (${text} as Unix ${text.length === 10 ? "seconds" : "milliseconds"} is ${new Date(ms).toISOString().replace(".000Z", "Z")})`
  }
  return ""
}

/**
 * ` (Europe/Paris on 2026-11-01 is +01:00: 2026-11-01T08:00:00+01:00)` for a date-time whose zone is written as a
 * name, ` (+2 is written +02:00: ...)` for a short offset, ` (write a T between ...)` for a space in its place, and
 * the date meant for a date written with slashes; else "".
 */
export function dateFormHint(raw: string): string {
  const text = raw.trim()
  const m = DATE_TIME.exec(text)
  if (!m) return writtenDateHint(text)
  const [, y, mo, d, sep, h, mi, s, frac, rest = ""] = m
  const date = `${y}-${mo}-${d}`
  const comma = frac?.startsWith(",") ?? false
  const base = h === undefined ? `${date}T00:00:00` : `${date}T${h}:${mi}${s !== undefined ? `:${s}` : ""}${frac?.replace(",", ".") ?? ""}`
  const at = h === undefined ? `at midnight on ${date}` : `on ${date}`
  if (ISO_ZONE.test(rest)) {
    const fixes = [...(comma ? ["write the fraction of a second after a dot, not a comma"] : []), ...(sep === " " ? ["write a T between the date and the time"] : [])]
    return fixes.length ? ` (${fixes.join(", and ")}: ${base}${rest.toUpperCase()})` : ""
  }
  if (comma && !rest) return ` (write the fraction of a second after a dot, not a comma, and add a zone, Z (UTC) or an offset: e.g. ${base}Z)`
  const short = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(rest)
  if (short && Number(short[2]) <= 23) {
    const offset = `${short[1]}${pad(Number(short[2]))}:${short[3] ?? "00"}`
    return ` (${rest} is written ${offset}: ${base}${offset})`
  }
  if (/^(UTC|GMT)$/i.test(rest)) return ` (UTC is written Z: ${base}Z)`
  const named = /^\[?([A-Za-z][A-Za-z_]*(?:\/[A-Za-z][A-Za-z_+-]*)*)\]?$/.exec(rest)
  if (!named) return ""
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0))
  const offsets = Number.isNaN(wall) ? undefined : offsetsIn(named[1]!, wall)
  const zone = named[1]!
  const written = (minutes: number) => `${base}${minutes === 0 ? "Z" : offsetText(minutes)}`
  if (offsets === undefined) return ` (a time zone is written as its offset, not its name: e.g. ${base}+02:00)`
  if (!offsets.length) return ` (a time zone is written as its offset, not its name; and ${base.slice(11, 16)} never happens in ${zone} ${at}: the clocks go forward that night)`
  if (offsets.length > 1) return ` (a time zone is written as its offset, not its name; and ${base.slice(11, 16)} happens twice in ${zone} ${at}, the clocks going back: ${offsets.map(written).join(" or ")})`
  return ` (a time zone is written as its offset, not its name: ${zone} ${at} is ${offsetText(offsets[0]!)}, ${written(offsets[0]!)})`
}
