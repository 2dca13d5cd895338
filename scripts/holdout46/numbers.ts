// The businesses' own numbers and the everyday ones (dates, times, amounts, ticket ids), all labeled as negatives.
// A number made only of digits and separators (six digits or more) is drawn again until no country of the corpus
// calls it a valid phone, and (twelve digits or more) until it fails Luhn.
import type { Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import { phoneAnywhere } from "./phones.ts"
import type { Rng } from "./rng.ts"
import { luhnOk } from "./values.ts"

const L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
const letters = (r: Rng, n: number) => Array.from({ length: n }, () => r.pick([...L])).join("")

/** True when a business number could be read as a phone or a card. */
export function looksLikePii(v: string): boolean {
  const d = v.replace(/\D/g, "")
  if (d.length >= 6 && phoneAnywhere(d)) return true
  if (/^[\d\s().\/-]+$/.test(v) && d.length >= 6 && phoneAnywhere(v)) return true
  return d.length >= 12 && luhnOk(d)
}

function safe(r: Rng, draw: (r: Rng) => string): string {
  for (let i = 0; i < 2000; i++) {
    const v = draw(r)
    if (!looksLikePii(v)) return v
  }
  throw new Error("holdout46: no business number that is neither phone nor card")
}

const DRAW: Record<string, (r: Rng, loc: Locale) => string> = {
  pnr: (r) => Array.from({ length: 6 }, () => r.pick([..."ABCDEFGHJKLMNPQRSTUVWXYZ23456789"])).join(""),
  "ticket-number": (r) => { const d = "457" + r.pick(["24", "21", "26"]) + r.digits(8); return r.pick([d, `${d.slice(0, 3)}-${d.slice(3)}`, `${d.slice(0, 3)} ${d.slice(3)}`]) },
  ffn: (r) => r.pick(["CV", "CV ", "CVX"]) + r.digits(9),
  seat: (r) => `${1 + r.int(44)}${r.pick([..."ABCDEFHJK"])}`,
  flight: (r) => r.pick(["CV", "CV ", "CV"]) + String(100 + r.int(8900)),
  "bag-tag": (r) => r.pick(["CV", "CV "]) + r.digits(6),
  "account-number": (r) => { const d = r.pick(["40", "47", "50", "60"]) + r.digits(10); return r.pick([d, `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`, `${d.slice(0, 4)}-${d.slice(4, 10)}-${d.slice(10)}`]) },
  "meter-serial": (r) => r.pick([`${18 + r.int(8)}${letters(r, 1)}${r.digits(6)}`, `${r.pick(["EA", "ZE", "KA", "WM"])}${r.digits(8)}`, `${letters(r, 3)}-${r.digits(7)}`]),
  "property-ref": (r) => r.pick([`P-${r.digits(4)}-${r.digits(4)}`, `PRN${r.digits(9)}`, `${r.pick(["OBJ", "LOC"])}/${r.digits(6)}`]),
  "mandate-ref": (r) => r.pick([`DDM-2026-${r.digits(6)}`, `MNDT-26-${r.digits(6)}`, `SEPA-${letters(r, 2)}${r.digits(7)}`]),
  "meter-reading": (r) => r.pick([`${r.digits(5)} m³`, `${r.digits(4)},${r.digits(3)} m³`, `${r.digits(4)}.${r.digits(1)} m3`]),
  "student-id": (r) => r.pick([`S${r.digits(7)}`, `${r.pick(["22", "23", "24", "25"])}${r.digits(6)}`, `${letters(r, 1).toLowerCase()}${r.digits(7)}`]),
  "application-ref": (r) => r.pick([`APP-2026-${r.digits(5)}`, `A26/${r.digits(6)}`, `ADM-${letters(r, 2)}-${r.digits(5)}`]),
  "course-code": (r) => r.pick([`${r.pick(["CS", "BUS", "LAW", "MATH", "NUR", "ECO"])}${r.digits(4)}`, `${r.pick(["BSc", "MSc", "BA"])}-${letters(r, 3)}-${r.digits(2)}`, `${r.pick(["ENG", "BIO", "PHY"])} ${r.digits(3)}`]),
  "rx-number": (r) => r.pick([`RX-${r.digits(7)}`, `26-${r.digits(6)}-0${1 + r.int(4)}`, `Rx${r.digits(8)}`]),
  "insurance-number": (r) => r.pick([`756.${r.digits(4)}.${r.digits(4)}.${r.digits(2)}`, `80${r.digits(18)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(4)}`, `${letters(r, 3)}${r.digits(9)}`]),
  dosage: (r) => r.pick([`${r.pick(["5", "10", "20", "40", "250", "500"])} mg`, `2 x ${r.pick(["10", "20", "25"])} mg`, `${r.pick(["2,5", "5", "10"])} ml`, "1-0-1", "0-0-1"]),
  batch: (r) => r.pick([`${letters(r, 2)}${r.digits(4)}${letters(r, 1)}`, `${letters(r, 1)}${r.digits(2)}${letters(r, 1)}${r.digits(4)}`, `${r.digits(6)}${letters(r, 1)}`]),
  "ticket-id": (r) => r.pick([`#${r.digits(6)}`, `INC${r.digits(7)}`, `CS-2026-${r.digits(5)}`, `2026${r.pick(["03", "04", "05"])}${r.pick(["11", "12", "13"])}1000${r.digits(4)}`]),
  "card-expiry": (r) => `${String(1 + r.int(12)).padStart(2, "0")}/${r.pick(["27", "28", "29", "2028", "2030"])}`,
  "masked-card": (r) => r.pick([`**** **** **** ${r.digits(4)}`, `•••• ${r.digits(4)}`, `XXXX-XXXX-XXXX-${r.digits(4)}`, `************${r.digits(4)}`]),
  "app-version": (r) => `${1 + r.int(9)}.${r.int(20)}.${r.int(30)}`,
  "dial-pin": (r) => r.digits(6),
}

export function neg(r: Rng, loc: Locale, kind: string): Piece {
  return { text: safe(r, (rr) => DRAW[kind]!(rr, loc)), kind }
}

const CURRENCY: Record<string, string> = {
  IE: "EUR", IN: "INR", CA: "CAD", PH: "PHP", NZ: "NZD", US: "USD", NL: "EUR", BE: "EUR", DK: "DKK", NO: "NOK", HU: "HUF", SK: "EUR", SI: "EUR", LT: "EUR",
  LV: "EUR", BG: "EUR", UA: "UAH", RS: "RSD", ES: "EUR", MX: "MXN", AR: "ARS", CH: "CHF", LU: "EUR",
}
const SCALE: Record<string, number> = { INR: 80, PHP: 55, HUF: 380, UAH: 40, RSD: 115, MXN: 18, ARS: 900, DKK: 7, NOK: 11 }

export function amount(r: Rng, loc: Locale): Piece {
  const cur = CURRENCY[loc.cc]!
  const v = Math.round((12 + r.int(900)) * (SCALE[cur] ?? 1) * 100 + r.pick([0, 0, 50, 99])) / 100
  const digits = cur === "HUF" || cur === "ARS" ? 0 : 2
  const fmt = new Intl.NumberFormat(loc.tag, { style: "currency", currency: cur, minimumFractionDigits: digits, maximumFractionDigits: digits, currencyDisplay: r.chance(0.25) ? "code" : "symbol" })
  return { text: fmt.format(v), kind: "amount" }
}

/** A real 2026 date in one of the locale's written forms. */
export function date(r: Rng, loc: Locale): Piece {
  const d = new Date(Date.UTC(2026, 0, 1 + r.int(365)))
  const style = r.pick(["short", "medium", "long", "medium", "iso", "dotted"] as const)
  let text = ""
  if (style === "iso") text = d.toISOString().slice(0, 10)
  else if (style === "dotted") text = `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.2026`
  else text = new Intl.DateTimeFormat(loc.tag, { dateStyle: style, timeZone: "UTC" }).format(d)
  return { text, kind: "date" }
}

export function time(r: Rng, loc: Locale): Piece {
  const h = 7 + r.int(12)
  const m = r.pick(["00", "15", "30", "45", "05", "20"])
  const twelve = loc.cc === "US" || loc.cc === "PH" || (loc.cc === "CA" && r.chance(0.5))
  if (!twelve) return { text: `${String(h).padStart(2, "0")}:${m}`, kind: "time" }
  return { text: `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? r.pick(["pm", "PM", "p.m."]) : r.pick(["am", "AM", "a.m."])}`, kind: "time" }
}

/** An ISO timestamp of a log line, from the text's clock. */
export function timestamp(at: Date, ms = false): Piece {
  const iso = at.toISOString()
  return { text: ms ? iso : iso.replace(/\.\d{3}Z$/, "Z"), kind: "timestamp" }
}
