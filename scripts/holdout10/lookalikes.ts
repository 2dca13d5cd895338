// The numbers these businesses are full of that are not PII: references,
// licences, plates, drug codes, postcodes, dates, times and amounts.
import type { Rng } from "./rng.ts"

type Gen = (r: Rng, locale: string) => string
const swiss = (l: string) => l.endsWith("CH")
const canadian = (l: string) => l.endsWith("CA")
const L = "ABCDEFGHJKLMNPRSTUVWXYZ"
const letters = (r: Rng, n: number) => Array.from({ length: n }, () => L[r.int(0, L.length - 1)]).join("")

export const LOOKALIKES: Record<string, Gen> = {
  "case-number": (r) =>
    r.pick([`CASE-2026-${r.digits(6)}`, `SR-${r.int(10, 99)}-${r.digits(8)}`, `${r.int(100, 899)}${r.digits(6)}`, `C${r.digits(9)}`, `311-${r.digits(7)}`]),
  ticket: (r) => r.pick([`INC${r.digits(7)}`, `TKT-${r.digits(6)}`, `#${r.digits(6)}`, `RITM${r.digits(7)}`]),
  "driver-licence": (r, l) =>
    canadian(l)
      ? r.pick([`${letters(r, 1)}${r.digits(4)}-${r.digits(6)}-${r.digits(2)}`, `${letters(r, 1)}${r.digits(4)}-${r.digits(5)}-${r.digits(5)}`])
      : swiss(l)
        ? `${r.digits(6)}${r.int(100, 999)}`
        : r.pick([`${letters(r, 1)}${r.digits(7)}`, r.digits(8), `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${letters(r, 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-0`]),
  plate: (r, l) =>
    canadian(l)
      ? r.pick([`${letters(r, 1)}${r.digits(2)} ${letters(r, 3)}`, `${letters(r, 4)} ${r.digits(3)}`])
      : swiss(l)
        ? `${r.pick(["ZH", "BE", "VD", "GE", "AG", "LU", "SG", "VS"])} ${r.int(1000, 999999)}`
        : r.pick([`${r.int(1, 9)}${letters(r, 3)}${r.digits(3)}`, `${letters(r, 3)}-${r.digits(4)}`, `${letters(r, 3)} ${r.digits(4)}`]),
  "rx-number": (r) => r.pick([`${r.digits(7)}`, `${r.digits(7)}-${r.digits(5)}`, `RX${r.digits(8)}`]),
  ndc: (r) => `${r.digits(5)}-${r.digits(4)}-${r.digits(2)}`,
  "member-id": (r) => r.pick([`${letters(r, 3)}${r.digits(9)}`, `W${r.digits(9)}`, `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}-${r.digits(2)}`]),
  "benefit-id": (r) => r.pick([`SNAP-${r.digits(10)}`, `${r.digits(2)} ${r.digits(4)} ${r.digits(4)}`, `BEN${r.digits(8)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`]),
  zip: (r) => r.pick([String(r.int(10001, 99950)), `${r.int(10001, 99950)}-${r.digits(4)}`]),
  "postal-code": (r, l) =>
    swiss(l)
      ? r.pick([String(r.int(1000, 9658)), `CH-${r.int(1000, 9658)}`])
      : `${"ABCEGHJKLMNPRSTVXY"[r.int(0, 17)]}${r.int(0, 9)}${letters(r, 1)} ${r.int(0, 9)}${letters(r, 1)}${r.int(0, 9)}`,
  "meter-number": (r) => r.pick([`M-${r.digits(8)}`, `${r.digits(5)} ${r.digits(5)}`, `${r.digits(10)}`]),
  "account-number": (r, l) =>
    swiss(l) ? `${r.digits(2)}.${r.digits(6)}.${r.digits(2)}` : r.pick([`${r.digits(9)}-${r.digits(1)}`, `${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `${r.digits(12)}`]),
  date: (r, l) => {
    const d = r.int(1, 28)
    const m = r.int(1, 12)
    const y = r.pick([2025, 2026, 2027])
    const fr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][m - 1]
    const en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][m - 1]
    const de = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][m - 1]
    if (swiss(l)) return l.startsWith("de") ? r.pick([`${d}.${m}.${y}`, `${d}. ${de} ${y}`]) : r.pick([`${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`, `${d} ${fr} ${y}`])
    const es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][m - 1]
    if (l === "es-US") return r.pick([`${m}/${d}/${y}`, `${d} de ${es}`, `${d} de ${es} de ${y}`])
    if (l === "fr-CA") return r.pick([`${d} ${fr} ${y}`, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`])
    return r.pick([`${m}/${d}/${y}`, `${en} ${d}`, `${en} ${d}, ${y}`, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`])
  },
  time: (r, l) => {
    const h = r.int(7, 19)
    const mm = r.pick(["00", "15", "30", "45"])
    if (l.startsWith("fr")) return r.pick([`${h} h ${mm}`, `${h}h${mm}`])
    if (l.startsWith("de")) return r.pick([`${h}:${mm}`, `${h}.${mm} Uhr`])
    const h12 = h > 12 ? h - 12 : h
    return r.pick([`${h12}:${mm} ${h >= 12 ? "PM" : "AM"}`, `${h12}:${mm} ${h >= 12 ? "p.m." : "a.m."}`, `${h}:${mm}`])
  },
  amount: (r, l) => {
    const n = r.int(3, 2400)
    const c = String(r.int(0, 99)).padStart(2, "0")
    const big = n >= 1000 ? `${Math.floor(n / 1000)}${l.endsWith("CH") ? "'" : l === "fr-CA" ? " " : ","}${String(n % 1000).padStart(3, "0")}` : String(n)
    if (swiss(l)) return r.pick([`CHF ${big}.${c}`, `Fr. ${n}.–`, `${big}.${c} CHF`])
    if (l === "fr-CA") return `${big},${c} $`
    return `$${big}.${c}`
  },
}
