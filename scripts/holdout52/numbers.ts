// Shared lookalikes: dates, times, amounts, durations, versions, postcodes, house, case and tracking numbers,
// timestamps, card expiries and domestic bank accounts. Every number of digits and separators (six digits or more) is
// drawn again until it reads as no phone anywhere in the corpus and (twelve digits or more) fails Luhn.
import { safeDigits } from "./checks.ts"
import type { Piece } from "./draft.ts"
import type { Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"

/** Draws until `ok`. */
export function until(r: Rng, draw: (r: Rng) => string, ok: (v: string) => boolean = safeDigits): string {
  for (let i = 0; i < 5000; i++) {
    const v = draw(r)
    if (ok(v)) return v
  }
  throw new Error("until: nothing passed")
}

const neg = (kind: string, t: string): Piece => ({ t, kind })
const pad = (n: number, w = 2) => String(n).padStart(w, "0")

/** A day of 2026 or the first months of 2027 (or, for a date of birth, 1950-2004) as a UTC date. */
export function drawDay(r: Rng, dob = false): Date {
  if (dob) return new Date(Date.UTC(r.int(1950, 2004), r.int(0, 11), r.int(1, 28)))
  const start = Date.UTC(2026, 0, 1)
  return new Date(start + r.int(0, 440) * 86400000)
}

const ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
const ordinal = (d: number) => (d <= 20 ? ORD[d]! : d === 30 ? "thirtieth" : d < 30 ? `twenty-${ORD[d - 20]}` : `thirty-${ORD[d - 30]}`)
const suffix = (d: number) => (d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th")

/** A date written in one of its locale's forms; `said` gives the forms of speech-to-text (lower case, words); a date
 *  of birth (`dob`) always carries its year. */
export function writeDate(r: Rng, loc: Locale, day: Date, said = false, dob = false): string {
  const fmt = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(loc.tag, { ...o, timeZone: "UTC" }).format(day)
  const month = fmt({ month: "long" })
  const d = day.getUTCDate()
  const year = dob ? ` ${day.getUTCFullYear()}` : ""
  if (said && loc.lang === "en") return r.pick([`the ${ordinal(d)} of ${month}`, `${month} the ${ordinal(d)}`, `${month} ${ordinal(d)}`]).toLowerCase() + year
  if (said) return (dob ? fmt({ dateStyle: "long" }) : fmt({ day: "numeric", month: "long" })).toLowerCase()
  const forms = [fmt({ dateStyle: "short" }), fmt({ dateStyle: "medium" }), fmt({ dateStyle: "long" })]
  if (!dob) forms.push(fmt({ day: "numeric", month: "long" }), fmt({ weekday: "long", day: "numeric", month: "long" }))
  if (loc.lang === "en" && !dob) forms.push(`${d}${suffix(d)} ${month}`, `${month} ${d}${suffix(d)}`, `the ${d}${suffix(d)} of ${month}`)
  if (r.chance(0.1)) return day.toISOString().slice(0, 10)
  return r.pick(forms)
}

/** A clock time as the locale writes it. */
export function writeTime(r: Rng, loc: Locale, h: number, m: number): string {
  const h12 = h % 12 === 0 ? 12 : h % 12
  const ap = h < 12 ? "am" : "pm"
  if (loc.cc === "US" || loc.cc === "CA" || loc.cc === "IN") return r.pick([`${h12}:${pad(m)} ${ap.toUpperCase()}`, `${h12}:${pad(m)}${ap}`, `${h12}:${pad(m)} ${ap}`])
  if (loc.lang === "en") return r.pick([`${pad(h)}:${pad(m)}`, `${h12}.${pad(m)}${ap}`, `${h12}:${pad(m)}${ap}`])
  if (loc.lang === "fr") return r.pick([`${h}h${pad(m)}`, `${pad(h)}:${pad(m)}`])
  if (loc.lang === "da" || loc.lang === "sv") return r.pick([`${pad(h)}.${pad(m)}`, `${pad(h)}:${pad(m)}`])
  return `${pad(h)}:${pad(m)}`
}

const INFORMAL: Record<string, (n: number, cents: string) => string[]> = {
  USD: (n, c) => [`$${n.toLocaleString("en-US")}`, `$${n}.${c}`],
  GBP: (n, c) => [`£${n.toLocaleString("en-GB")}`, `£${n}.${c}`],
  AUD: (n, c) => [`A$${n}.${c}`, `$${n}`],
  NZD: (n, c) => [`NZ$${n}`, `$${n}.${c}`],
  CAD: (n, c) => [`C$${n}.${c}`, `$${n}`],
  INR: (n) => [`Rs. ${n.toLocaleString("en-IN")}`, `₹${n.toLocaleString("en-IN")}`, `INR ${n}`],
  ZAR: (n, c) => [`R${n}`, `R${n}.${c}`],
  EUR: (n, c) => [`€${n}`, `${n},${c} €`, `EUR ${n},${c}`, `€ ${n},${c}`],
  PLN: (n) => [`${n} zł`, `${n} PLN`],
  SEK: (n) => [`${n} kr`, `${n}:-`, `${n} SEK`],
  DKK: (n, c) => [`${n} kr.`, `${n},${c} kr.`, `DKK ${n}`],
  CZK: (n) => [`${n} Kč`, `${n},- Kč`, `${n} CZK`],
}
export function drawAmount(r: Rng, loc: Locale, lo = 20, hi = 4000): string {
  const n = r.int(lo, hi)
  const cents = r.pick(["00", "99", "50", pad(r.int(0, 99))])
  if (r.chance(0.5)) return new Intl.NumberFormat(loc.tag, { style: "currency", currency: loc.currency }).format(Number(`${n}.${cents}`))
  return r.pick(INFORMAL[loc.currency]!(n, cents))
}

type Unit = [number, number, string, boolean?]
/** Durations by language (minutes are `drawMinutes`), in forms that agree with their numbers; `true` allows a range. */
const DURATIONS: Record<string, Unit[]> = {
  en: [[2, 5, "working days", true], [2, 6, "weeks"], [24, 48, "hours"], [5, 14, "days"]],
  de: [[2, 5, "Werktage", true], [2, 6, "Wochen"], [24, 48, "Stunden"], [5, 14, "Tage"]],
  fr: [[2, 5, "jours ouvrés", true], [2, 6, "semaines"], [24, 48, "heures"], [5, 14, "jours"]],
  es: [[2, 5, "días hábiles", true], [2, 6, "semanas"], [24, 48, "horas"], [5, 14, "días"]],
  it: [[2, 5, "giorni lavorativi", true], [2, 6, "settimane"], [24, 48, "ore"], [5, 14, "giorni"]],
  nl: [[2, 5, "werkdagen", true], [2, 6, "weken"], [24, 48, "uur"], [5, 14, "dagen"]],
  pt: [[2, 5, "dias úteis", true], [2, 6, "semanas"], [24, 48, "horas"], [5, 14, "dias"]],
  pl: [[5, 10, "dni roboczych", true], [2, 4, "tygodnie"], [48, 48, "godzin"], [5, 14, "dni"]],
  sv: [[2, 5, "arbetsdagar", true], [2, 6, "veckor"], [24, 48, "timmar"], [5, 14, "dagar"]],
  da: [[2, 5, "hverdage", true], [2, 6, "uger"], [24, 48, "timer"], [5, 14, "dage"]],
  cs: [[5, 10, "pracovních dnů", true], [2, 4, "týdny"], [48, 48, "hodin"], [5, 14, "dní"]],
}
export function drawDuration(r: Rng, lang: string): string {
  const [lo, hi, unit, range] = r.pick(DURATIONS[lang]!)
  if (hi === 48 && lo === 24) return `${r.pick([24, 48, 72])} ${unit}`
  if (range && r.chance(0.5) && hi - lo >= 2) {
    const a = r.int(lo, hi - 2)
    return `${a}-${r.int(a + 1, hi)} ${unit}`
  }
  return `${r.int(lo, hi)} ${unit}`
}

const MINUTES: Record<string, string[]> = {
  en: ["minutes", "mins"], de: ["Minuten", "Min."], fr: ["minutes", "min"], es: ["minutos", "min"], it: ["minuti", "min"], nl: ["minuten", "min"],
  pt: ["minutos", "min"], pl: ["minut", "min"], sv: ["minuter", "min"], da: ["minutter", "min."], cs: ["minut", "min"],
}
/** A short wait or call length in minutes (5-40). */
export function drawMinutes(r: Rng, lang: string): string {
  return `${r.pick([5, 10, 15, 20, 25, 30, 40, r.int(5, 40)])} ${r.pick(MINUTES[lang]!)}`
}

export const drawVersion = (r: Rng) => r.pick([`v${r.int(2, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(3, 8)}.${r.int(0, 9)}.${r.int(0, 9)} (${r.int(1000, 1999)})`, `2026.${r.int(1, 12)}.${r.int(0, 9)}`])
/** A browser or system name (plain) and its version (the lookalike). */
export function drawBrowser(r: Rng): Piece[] {
  const b = r.pick([
    ["Chrome ", `${r.int(120, 131)}.0.${r.int(6000, 6999)}.${r.int(10, 199)}`],
    ["Firefox ", `${r.int(120, 133)}.0.${r.int(1, 3)}`],
    ["Safari ", `${r.int(16, 18)}.${r.int(0, 6)}`],
    ["Edge ", `${r.int(120, 131)}.0.${r.int(2000, 2999)}.${r.int(10, 99)}`],
  ] as const)
  const os = r.pick([["iOS ", `${r.int(16, 18)}.${r.int(0, 6)}.${r.int(1, 3)}`], ["Android ", String(r.int(12, 15))], ["Windows ", "11"], ["macOS ", `${r.int(13, 15)}.${r.int(0, 6)}`]] as const)
  return [b[0], neg("version", b[1]), " / ", os[0], neg("version", os[1])]
}
