// Everyday lookalikes in the locale's own forms: dates, times, ranges, durations, amounts, postcodes, versions,
// timestamps.
import { N, type Seg } from "./draft.ts"
import type { Rng } from "./rng.ts"
import type { Locale } from "./types.ts"

export const intlTag = (tag: string) => (tag.startsWith("en-") ? tag.slice(0, 5) : tag)
const H12 = new Set(["en-US", "en-CA", "en-IN", "en-PH", "en-JM", "en-NZ", "en-GH"])

export function dayOf(r: Rng): Date {
  return new Date(Date.UTC(2026, r.int(12), 1 + r.int(28)))
}

export function date(loc: Locale, r: Rng): Seg {
  const d = dayOf(r)
  const style = r.pick(["short", "medium", "long", "numeric", "iso"] as const)
  if (style === "iso") return N("date", d.toISOString().slice(0, 10))
  if (style === "numeric") {
    const dd = String(d.getUTCDate()).padStart(2, "0")
    const mm = String(d.getUTCMonth() + 1).padStart(2, "0")
    const sep = r.pick(loc.en ? ["/", "-"] : [".", "/", "-"])
    return N("date", loc.cc === "US" ? `${mm}/${dd}/2026` : `${dd}${sep}${mm}${sep}2026`)
  }
  return N("date", new Intl.DateTimeFormat(intlTag(loc.tag), { dateStyle: style, timeZone: "UTC" }).format(d))
}

export function timeText(loc: Locale, r: Rng, h = 7 + r.int(12), m = r.pick([0, 10, 15, 20, 30, 40, 45, 55])): string {
  const mm = String(m).padStart(2, "0")
  if (H12.has(intlTag(loc.tag)) && r.chance(0.6)) return `${h > 12 ? h - 12 : h}:${mm} ${h >= 12 ? r.pick(["pm", "PM"]) : r.pick(["am", "AM"])}`
  if (["pt-PT", "fr-BE", "ca-ES"].includes(loc.tag) && r.chance(0.5)) return `${h}h${mm}`
  return `${String(h).padStart(2, "0")}${r.pick([":", ":", "."])}${mm}`
}

export const time = (loc: Locale, r: Rng): Seg => N("time", timeText(loc, r))

export function timeRange(loc: Locale, r: Rng): Seg {
  const h = 7 + r.int(9)
  const a = `${String(h).padStart(2, "0")}:${r.pick(["00", "30"])}`
  const b = `${String(h + 1 + r.int(4)).padStart(2, "0")}:${r.pick(["00", "30"])}`
  return N("time-range", `${a}${r.pick(["–", "-", " - ", " – "])}${b}`)
}

export function duration(loc: Locale, r: Rng): Seg {
  const h = 1 + r.int(5)
  const m = r.pick([10, 15, 20, 30, 45])
  if (loc.en) return N("duration", r.pick([`${h} hours`, `${m} mins`, `${h}h ${m}m`, `${h} nights`]))
  return N("duration", r.pick([`${h} h ${m} min`, `${m} min`, `${h} h`]))
}

export function amount(loc: Locale, r: Rng, value = Math.round((5 + r.next() * 400) * 100) / 100): Seg {
  return N("amount", new Intl.NumberFormat(intlTag(loc.tag), { style: "currency", currency: loc.currency }).format(value))
}

export function postcode(loc: Locale, r: Rng): Seg {
  const L = "ABCDEFGHJKLMNPRSTWXY"
  return N("postcode", r.pick(loc.postcode).replace(/[#@]/g, (c) => (c === "#" ? String(r.int(10)) : L[r.int(L.length)]!)))
}

export const version = (r: Rng): Seg => N("version", `${1 + r.int(6)}.${r.int(20)}.${r.int(10)}`)

export function timestamp(r: Rng): Seg {
  const d = dayOf(r)
  d.setUTCHours(r.int(24), r.int(60), r.int(60))
  return N("timestamp", r.chance(0.5) ? d.toISOString() : d.toISOString().slice(0, 19) + r.pick(["Z", "+01:00", "+02:00"]))
}
