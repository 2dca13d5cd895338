// Everyday values in the locale's way: amounts, dates, times and ranges, durations, versions.
import type { Rng } from "./rng.ts"
import type { Fmt } from "./types.ts"

const p2 = (n: number) => String(n).padStart(2, "0")
const group = (int: string, thou: string) => int.replace(/\B(?=(\d{3})+$)/g, thou)

export function amount(r: Rng, f: Fmt): string {
  const n = r.chance(0.3) ? r.int(1000, 90000) : r.int(8, 960)
  const cents = r.chance(0.5) ? `${f.dec}${r.digits(2)}` : ""
  return r.pick(f.money).replace("{n}", group(String(n), f.thou) + cents)
}

export function date(r: Rng, f: Fmt): string {
  const pat = r.pick(f.date)
  const y = r.int(2025, 2026)
  const m = r.int(1, 12)
  const d = r.int(1, 28)
  const pad = pat.startsWith("y") || r.chance(0.5)
  const map: Record<string, string> = { d: pad ? p2(d) : String(d), m: pad ? p2(m) : String(m), y: String(y), M: f.months[m - 1]! }
  return pat.replace(/\b[dmyM]\b/g, (c) => map[c]!)
}

function clock(f: Fmt, h: number, mi: string, r: Rng, ampm = true): string {
  if (f.clock === "12") return `${h > 12 ? h - 12 : h}:${mi}${ampm ? (h >= 12 ? r.pick(["pm", " pm", " PM"]) : r.pick(["am", " am", " AM"])) : ""}`
  return f.clock === "dot" ? `${h}.${mi}` : `${p2(h)}:${mi}`
}

const MINUTES = ["00", "15", "30", "45", "10", "20", "40", "05"]

export const time = (r: Rng, f: Fmt) => clock(f, r.int(7, 20), r.pick(MINUTES), r)

export function range(r: Rng, f: Fmt): string {
  const h = r.int(7, 17)
  const to = h + r.int(1, 3)
  const mi = r.pick(["00", "30"])
  const dash = r.pick(["–", "-", " - ", " – "])
  return `${clock(f, h, mi, r, false)}${dash}${clock(f, to, mi, r)}`
}

export function duration(r: Rng, f: Fmt): string {
  const pat = r.pick(f.dur)
  return pat.replace("{h}", String(r.int(1, 3))).replace("{m}", String(pat.includes("{h}") ? r.pick([10, 15, 20, 30, 45]) : r.pick([20, 25, 35, 40, 45, 50, 90])))
}

export const version = (r: Rng) => `${r.int(1, 9)}.${r.int(0, 24)}.${r.int(0, 19)}`

export const timestamp = (r: Rng) => `2026-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}${r.pick(["Z", "+02:00", ".412Z", "+01:00"])}`
