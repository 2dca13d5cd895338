// Everyday values written the locale's way: amounts, dates, times.
import type { Rng } from "./rng.ts"
import type { Fmt } from "./types.ts"

function group(int: string, thou: string): string {
  if (thou === "lakh") {
    if (int.length <= 3) return int
    const head = int.slice(0, -3)
    return head.replace(/\B(?=(\d{2})+$)/g, ",") + "," + int.slice(-3)
  }
  return int.replace(/\B(?=(\d{3})+$)/g, thou)
}

export function amount(r: Rng, f: Fmt): string {
  const big = r.chance(0.35)
  const n = big ? r.int(1000, 250000) : r.int(5, 999)
  const cents = r.chance(0.5) ? `${f.dec}${r.digits(2)}` : ""
  return r.pick(f.money).replace("{n}", group(String(n), f.thou) + cents)
}

const p2 = (n: number) => String(n).padStart(2, "0")

export function date(r: Rng, f: Fmt): string {
  const pat = r.pick(f.date)
  const y = r.int(2025, 2026)
  const m = r.int(1, 12)
  const dd = r.int(1, 28)
  const pad = r.chance(0.5)
  const short = pat.startsWith("d/m/y") && r.chance(0.25)
  const map: Record<string, string> = { d: pad ? p2(dd) : String(dd), m: pad ? p2(m) : String(m), y: short ? String(y).slice(2) : String(y), M: f.months[m - 1] ?? String(m) }
  if (pat.startsWith("y")) { map.m = p2(m); map.d = p2(dd) }
  return pat.replace(/\b[dmyM]\b/g, (c) => map[c]!)
}

export function time(r: Rng, f: Fmt): string {
  const h = r.int(7, 19)
  const mi = r.pick(["00", "15", "30", "45", "10", "20", "40", "50", "05"])
  switch (f.clock) {
    case "12": return `${h > 12 ? h - 12 : h}:${mi}${h >= 12 ? r.pick([" pm", "pm", " PM"]) : r.pick([" am", "am", " AM"])}`
    case "h": return `${h}h${mi}`
    case "dot": return `${h}.${mi}`
    default: return `${h}:${mi}`
  }
}

export const timestamp = (r: Rng) => `2026-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`
