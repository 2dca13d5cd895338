// Dates, times and amounts as each language and region writes them.
import type { Rng } from "./rng"

const MONTHS: Record<string, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  pl: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  cs: ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"],
}

const p2 = (n: number) => String(n).padStart(2, "0")

export function date(r: Rng, lang: string, region: string): string {
  const d = r.int(1, 28)
  const m = r.int(1, 12)
  const y = r.pick([2025, 2026, 2026])
  const name = (MONTHS[lang] as string[])[m - 1]
  const iso = `${y}-${p2(m)}-${p2(d)}`
  if (lang === "en" && region === "US") return r.pick([`${m}/${d}/${y}`, `${name} ${d}, ${y}`, iso, `${p2(m)}/${p2(d)}/${String(y).slice(2)}`])
  if (lang === "en") return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${name} ${y}`, `${d}${d === 1 ? "st" : d === 2 ? "nd" : d === 3 ? "rd" : "th"} of ${name}`, iso])
  if (lang === "de" || lang === "pl" || lang === "cs") return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${d}. ${name} ${y}`.replace(/^(\d+)\. (\S+) /, lang === "pl" ? "$1 $2 " : "$1. $2 "), `${d}.${m}.${String(y).slice(2)}`, iso])
  if (lang === "nl") return r.pick([`${p2(d)}-${p2(m)}-${y}`, `${d} ${name} ${y}`, iso])
  return r.pick([`${p2(d)}/${p2(m)}/${y}`, `${d} ${name} ${y}`, iso])
}

export function time(r: Rng, lang: string, region: string): string {
  const h = r.int(7, 21)
  const mi = r.int(0, 59)
  if (lang === "en" && region === "US") return r.pick([`${h > 12 ? h - 12 : h}:${p2(mi)} ${h >= 12 ? "PM" : "AM"}`, `${h}:${p2(mi)}`])
  if (lang === "en") return r.pick([`${p2(h)}:${p2(mi)}`, `${h > 12 ? h - 12 : h}.${p2(mi)}${h >= 12 ? "pm" : "am"}`, `${p2(h)}:${p2(mi)}:${p2(r.int(0, 59))}`])
  if (lang === "fr") return r.pick([`${h}h${p2(mi)}`, `${p2(h)}:${p2(mi)}`])
  if (lang === "de") return r.pick([`${p2(h)}:${p2(mi)} Uhr`, `${h}.${p2(mi)}`, `${p2(h)}:${p2(mi)}`])
  return r.pick([`${p2(h)}:${p2(mi)}`, `${h}.${p2(mi)}`])
}

export function money(r: Rng, lang: string, region: string): string {
  const whole = r.int(4, 2400)
  const cents = p2(r.int(0, 99))
  const th = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
  if (lang === "en") {
    const sym = region === "US" ? "$" : region === "AU" ? "A$" : region === "IE" ? "€" : "£"
    return r.pick([`${sym}${th(whole, ",")}.${cents}`, `${sym}${whole}`, `${sym}${r.int(10, 60)}.99`])
  }
  if (lang === "pl") return r.pick([`${th(whole, " ")},${cents} zł`, `${whole} PLN`])
  if (lang === "cs") return r.pick([`${th(whole, " ")},${cents} Kč`, `${whole},- Kč`, `${whole} CZK`])
  if (lang === "de") return r.pick([`${th(whole, ".")},${cents} €`, `€ ${whole},-`, `${r.int(10, 60)},99 €`])
  if (lang === "nl") return r.pick([`€ ${th(whole, ".")},${cents}`, `€${whole},-`])
  return r.pick([`${th(whole, " ")},${cents} €`, `${whole} €`, `${r.int(10, 60)},99 €`])
}
