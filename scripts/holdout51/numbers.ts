// Lookalikes every business shares: dates, times, amounts, durations, versions, postcodes, house numbers, case and
// tracking numbers, log timestamps and domestic bank accounts where no IBAN is used. Each digit string that could be
// read as a phone or a card is drawn again until it is neither (`inert`).
import { inert } from "./checks.ts"
import type { Locale } from "./locales.ts"
import type { Rng } from "./rng.ts"

export function until(r: Rng, make: (r: Rng) => string): string {
  for (;;) {
    const v = make(r)
    if (inert(v)) return v
  }
}

const DAY = 86400000
/** A day of 2026 or early 2027, as a Date at noon UTC. */
export const someDay = (r: Rng) => new Date(Date.UTC(2026, 0, 1, 12) + r.int(0, 424) * DAY)
const fmt = (tag: string, o: Intl.DateTimeFormatOptions, d: Date) => new Intl.DateTimeFormat(tag, { ...o, timeZone: "UTC" }).format(d)

const ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
export function ordinalWord(n: number): string {
  if (n <= 20) return ORD[n]!
  if (n === 30) return "thirtieth"
  return (n < 30 ? "twenty-" : "thirty-") + ORD[n % 10]!
}
const suffix = (n: number) => (n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th")

/** A date of birth, 1950 to 2004. */
export const birthDay = (r: Rng) => new Date(Date.UTC(r.int(1950, 2004), r.int(0, 11), r.int(1, 28), 12))

/** A date written as the locale writes it: Intl's forms, ISO, day and month, and English ordinals. */
export function dateText(r: Rng, loc: Locale, d = someDay(r)): string {
  if (d.getUTCFullYear() < 2026) return r.pick([() => fmt(loc.tag, { dateStyle: "short" }, d), () => fmt(loc.tag, { dateStyle: "medium" }, d), () => fmt(loc.tag, { dateStyle: "long" }, d), () => d.toISOString().slice(0, 10)])()
  const month = fmt("en-GB", { month: "long" }, d)
  const n = d.getUTCDate()
  const forms = [
    () => fmt(loc.tag, { dateStyle: "short" }, d), () => fmt(loc.tag, { dateStyle: "medium" }, d), () => fmt(loc.tag, { dateStyle: "long" }, d),
    () => d.toISOString().slice(0, 10), () => fmt(loc.tag, { day: "numeric", month: "long" }, d), () => fmt(loc.tag, { weekday: "long", day: "numeric", month: "long" }, d),
  ]
  if (loc.lang === "en") forms.push(() => (loc.tag === "en-US" || loc.tag === "en-CA" ? `${month} ${n}${suffix(n)}` : `${n}${suffix(n)} ${month}`), () => `the ${n}${suffix(n)} of ${month}`)
  return r.pick(forms)()
}
/** A date as a speech-to-text engine writes what was said. */
export function dateSaid(r: Rng, loc: Locale): string {
  const d = someDay(r)
  if (loc.lang !== "en") return fmt(loc.tag, { day: "numeric", month: "long" }, d).toLowerCase()
  const month = fmt("en-GB", { month: "long" }, d).toLowerCase()
  return r.chance(0.5) ? `the ${ordinalWord(d.getUTCDate())} of ${month}` : `${month} the ${ordinalWord(d.getUTCDate())}`
}

/** A clock time in one of the locale's styles (`style` is drawn once per text, so one text keeps one style). */
export function timeText(loc: Locale, h: number, m: number, style: number): string {
  const mm = String(m).padStart(2, "0")
  const h12 = `${h % 12 === 0 ? 12 : h % 12}`
  const ap = h < 12 ? "am" : "pm"
  const pick = (xs: string[]) => xs[style % xs.length]!
  if (loc.tag === "en-US" || loc.tag === "en-CA" || loc.tag === "en-AU") return pick([`${h12}:${mm} ${ap.toUpperCase()}`, `${h12}:${mm}${ap}`, `${h12}:${mm} ${ap[0]}.m.`])
  if (loc.lang === "en") return pick([`${h}:${mm}`, `${h12}.${mm}${ap}`, `${h12}:${mm} ${ap}`])
  if (loc.lang === "fr" || loc.lang === "pt") return pick([`${h}h${mm}`, `${h}:${mm}`])
  if (loc.lang === "sv" || loc.lang === "de" || loc.lang === "nl" || loc.lang === "it") return pick([`${h}.${mm}`, `${h}:${mm}`])
  return `${h}:${mm}`
}

export function amountText(r: Rng, loc: Locale, lo = 12, hi = 1900): string {
  const v = r.chance(0.5) ? r.int(lo, hi) + r.pick([0, 0.5, 0.99, 0.95, 0.49]) : r.int(lo, hi)
  const intl = new Intl.NumberFormat(loc.tag, { style: "currency", currency: loc.currency, minimumFractionDigits: v % 1 === 0 && r.chance(0.5) ? 0 : 2 }).format(v)
  const plain = v.toFixed(2)
  const informal: Record<string, string[]> = {
    USD: [`$${plain}`, `${plain} USD`], GBP: [`£${plain}`, `£${Math.round(v)}`], AUD: [`$${plain}`, `A$${plain}`, `AUD ${plain}`],
    CAD: [`$${plain}`, `C$${plain}`, `${plain} CAD`], INR: [`Rs. ${Math.round(v * 80).toLocaleString("en-IN")}`, `₹${Math.round(v * 80).toLocaleString("en-IN")}`, `INR ${Math.round(v * 80)}`],
    ZAR: [`R${Math.round(v * 18)}`, `R ${(v * 18).toFixed(2)}`, `ZAR ${Math.round(v * 18)}`, `R${Math.round(v * 18).toLocaleString("en-ZA").replace(/\u00a0/g, " ")}`], EUR: loc.tag === "en-IE" ? [`€${plain}`, `EUR ${plain}`, `€${Math.round(v)}`] : [`${plain.replace(".", ",")} €`, `€ ${plain.replace(".", ",")}`, `EUR ${plain.replace(".", ",")}`],
    PLN: [`${Math.round(v * 4)} zł`, `${(v * 4).toFixed(2).replace(".", ",")} zł`, `PLN ${Math.round(v * 4)}`], SEK: [`${Math.round(v * 11)} kr`, `${Math.round(v * 11)}:-`, `SEK ${Math.round(v * 11)}`],
  }
  return r.chance(0.5) ? intl.replace(/\u00a0|\u202f/g, " ") : r.pick(informal[loc.currency]!)
}

/** Units of time by language: short ones (minutes, hours), long ones (days, weeks) and nights (the mattress trial). */
const UNITS: Record<string, [string[], string[], string]> = {
  en: [["minutes", "mins", "hours"], ["working days", "weeks", "days"], "nights"], de: [["Minuten", "Stunden"], ["Werktage", "Wochen", "Tage"], "Nächte"],
  fr: [["minutes", "heures"], ["jours ouvrés", "semaines", "jours"], "nuits"], es: [["minutos", "horas"], ["días hábiles", "semanas", "días"], "noches"],
  it: [["minuti", "ore"], ["giorni lavorativi", "settimane", "giorni"], "notti"], nl: [["minuten", "uur"], ["werkdagen", "weken", "dagen"], "nachten"],
  pt: [["minutos", "horas"], ["dias úteis", "semanas", "dias"], "noites"], pl: [["minut", "godzin"], ["dni roboczych", "tygodni", "dni"], "nocy"],
  sv: [["minuter", "timmar"], ["arbetsdagar", "veckor", "dagar"], "nätter"],
}
/** A span of time: `short` (minutes, hours), `long` (days, weeks) or the mattress trial's `nights`. */
export function durationText(r: Rng, lang: string, kind: "short" | "long" | "nights"): string {
  const [short, long, nights] = UNITS[lang]!
  const unit = kind === "short" ? (r.chance(0.85) ? short[0]! : r.pick(short)) : kind === "nights" ? nights : r.pick(long)
  const n = kind === "nights" ? r.pick([30, 100, 100, 120]) : /min/i.test(unit) ? r.pick([5, 10, 15, 20, 30, 45]) : kind === "short" ? r.int(1, 2) : r.int(2, 14)
  return r.chance(0.2) && kind === "long" ? `${n}-${n + r.int(1, 3)} ${unit}` : `${n} ${unit}`
}

/** An app's version (`v3.14.2`, `5.4.0 (1123)`, `2026.4.1`). */
export function versionText(r: Rng): string {
  return r.pick([() => `v${r.int(1, 6)}.${r.int(0, 24)}.${r.int(0, 9)}`, () => `${r.int(2, 9)}.${r.int(0, 40)}.${r.int(0, 9)} (${r.int(1000, 9999)})`, () => `2026.${r.int(1, 12)}.${r.int(0, 9)}`])()
}
/** A browser or system and its version: the name stays outside the lookalike. */
export function browserText(r: Rng): [string, string] {
  return r.pick<() => [string, string]>([
    () => ["Chrome ", `${r.int(118, 131)}.0.${r.int(5900, 6999)}.${r.int(10, 250)}`], () => ["Edge ", `${r.int(118, 131)}.0.${r.int(2000, 2999)}.${r.int(10, 99)}`],
    () => ["Safari ", `${r.int(16, 18)}.${r.int(0, 6)}`], () => ["Firefox ", `${r.int(118, 133)}.0.${r.int(1, 3)}`], () => ["iOS ", `${r.int(16, 18)}.${r.int(0, 6)}.${r.int(1, 3)}`],
    () => ["Android ", `${r.int(12, 15)}`],
  ])()
}

const L2 = "ABDEFGHJLNPQRSTUWXYZ"
const UC = "ABCDEFGHJKLMNPRSTUVWXYZ"
export function postcodeText(r: Rng, cc: string): string {
  const d = (n: number) => r.digits(n)
  const L = (s = UC) => r.pick([...s])
  switch (cc) {
    case "US": return r.chance(0.7) ? `${r.int(10, 99)}${d(3)}` : `${r.int(10, 99)}${d(3)}-${d(4)}`
    case "GB": return `${r.pick(["SW", "M", "LS", "CF", "EH", "B", "BS", "NE", "G", "L", "OX", "N", "SE"])}${r.int(1, 19)} ${r.int(1, 9)}${L(L2)}${L(L2)}`
    case "IE": return `${r.pick(["D02", "D04", "D08", "T12", "H91", "V94", "A94", "D6W"])} ${L("ACDEFHKNPRTVWXY")}${d(1)}${L("ACDEFHKNPRTVWXY")}${d(1)}`
    case "CA": return `${L("ABCEGHJKLMNPRSTVXY")}${d(1)}${L("ABCEGHJKLMNPRSTVWXYZ")} ${d(1)}${L("ABCEGHJKLMNPRSTVWXYZ")}${d(1)}`
    case "IN": return `${r.int(11, 85)}${d(4)}`
    case "AU": case "ZA": return `${r.int(1, 8)}${d(3)}`
    case "NL": return `${r.int(10, 99)}${d(2)} ${L("ABCDEGHJKLMNPRTVWXZ")}${L("ABCDEGHJKLMNPRTVWXZ")}`
    case "PT": return `${r.int(1, 9)}${d(3)}-${d(3)}`
    case "PL": return `${d(2)}-${d(3)}`
    case "SE": return `${r.int(10, 98)}${d(1)} ${d(2)}`
    default: return `${r.int(1, 9)}${d(4)}`
  }
}
export const housenoText = (r: Rng) => `${r.int(1, 240)}${r.chance(0.15) ? r.pick(["a", "b", "A", "B"]) : ""}`

export const caseText = (r: Rng) => until(r, () => r.pick([`CS-${r.digits(8)}`, `#${r.int(100000, 999999)}`, `INC${r.digits(7)}`, `SR-26-${r.digits(6)}`, `CASE-${r.int(1000, 9999)}-${r.digits(4)}`]))
export function trackingText(r: Rng, cc: string): string {
  const up = (n: number) => Array.from({ length: n }, () => r.pick([..."0123456789ABCDEFGHJKLMNPRSTUVWXYZ"])).join("")
  return until(r, () => r.pick([
    () => `1Z${up(6)}${r.digits(10)}`, () => `${r.pick(["RR", "LX", "CP", "JD"])}${r.digits(9)}${cc === "US" || cc === "CA" || cc === "IN" ? "GB" : cc}`,
    () => `JJD${r.digits(18)}`, () => `3S${up(4)}${r.digits(7)}`, () => `TBA${r.digits(12)}`,
  ])())
}
export const timestampText = (r: Rng) => someDay(r).toISOString().slice(0, 10) + r.pick(["T", " "]) + `${String(r.int(6, 22)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}` + r.pick(["Z", "", ".412Z", "+01:00"])

/** Domestic account details where people are paid by account number, not IBAN: the words and the numbers. */
export function bankAccount(r: Rng, cc: string): Array<[string, string, string?]> {
  const u = (make: () => string) => until(r, make)
  switch (cc) {
    case "US": return [["routing ", u(() => `0${r.int(1, 9)}${r.digits(7)}`)], [", account ", u(() => r.digits(r.int(10, 12)))]]
    case "AU": return [["BSB ", u(() => `${r.pick(["062", "063", "082", "033", "012"])}-${r.digits(3)}`)], [", acct ", u(() => `${r.digits(4)} ${r.digits(4)}`)]]
    case "CA": return [["transit ", u(() => `${r.digits(5)}-${r.pick(["001", "002", "003", "004", "006", "815"])}`)], [", account ", u(() => r.digits(7))]]
    case "IN": return [["A/c no. ", u(() => r.pick(["5010", "0012", "9180", "3345"]) + r.digits(10))], [", IFSC ", `${r.pick(["HDFC", "ICIC", "SBIN", "UTIB", "KKBK"])}0${r.digits(6)}`, "bank-code"]]
    default: return [["branch code ", u(() => r.pick(["250655", "632005", "470010", "198765", "051001"]))], [", account ", u(() => `${r.digits(2)} ${r.digits(4)} ${r.digits(4)}`)]]
  }
}
