// Dates, times and amounts written the way each language writes them.
import type { Rng } from './rng'

const pad = (n: number): string => String(n).padStart(2, '0')

const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  el: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'],
  lv: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
  sl: ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
}

export function date(r: Rng, lang: string, us = false): string {
  const d = r.int(1, 28)
  const m = r.int(1, 12)
  const y = r.pick([2025, 2026, 2026])
  const name = (MONTHS[lang] ?? MONTHS.en ?? [])[m - 1] ?? ''
  const forms: Record<string, string[]> = {
    en: us ? [`${m}/${d}/${y}`, `${name} ${d}, ${y}`, `${y}-${pad(m)}-${pad(d)}`] : [`${pad(d)}/${pad(m)}/${y}`, `${d} ${name} ${y}`, `${y}-${pad(m)}-${pad(d)}`, `${d}/${m}/${String(y).slice(2)}`],
    de: [`${pad(d)}.${pad(m)}.${y}`, `${d}. ${name} ${y}`, `${d}.${m}.`, `${y}-${pad(m)}-${pad(d)}`],
    fr: [`${pad(d)}.${pad(m)}.${y}`, `${pad(d)}/${pad(m)}/${y}`, `${d} ${name} ${y}`],
    el: [`${d}/${m}/${y}`, `${d} ${name} ${y}`, `${pad(d)}-${pad(m)}-${y}`],
    lv: [`${pad(d)}.${pad(m)}.${y}.`, `${y}. gada ${d}. ${name}`, `${y}-${pad(m)}-${pad(d)}`],
    sl: [`${d}. ${m}. ${y}`, `${pad(d)}.${pad(m)}.${y}`, `${d}. ${name} ${y}`],
  }
  return r.pick(forms[lang] ?? [])
}

export function time(r: Rng, lang: string, us = false): string {
  const h = r.int(7, 18)
  const min = r.pick([0, 15, 30, 45, 10, 50])
  if (lang === 'en' && (us || r.chance(0.4))) return `${h > 12 ? h - 12 : h}:${pad(min)} ${h >= 12 ? r.pick(['pm', 'PM', 'p.m.']) : r.pick(['am', 'AM'])}`
  if (lang === 'fr' && r.chance(0.5)) return `${h}h${pad(min)}`
  if (lang === 'de' && r.chance(0.4)) return `${h}.${pad(min)} Uhr`
  return r.chance(0.2) ? `${pad(h)}:${pad(min)}:${pad(r.int(0, 59))}` : `${pad(h)}:${pad(min)}`
}

export function amount(r: Rng, lang: string, cur?: string): string {
  const whole = r.int(12, 4800)
  const cents = pad(r.int(0, 99))
  const th = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+$)/g, sep)
  switch (cur ?? lang) {
    case 'GBP': return `£${th(whole, ',')}.${cents}`
    case 'USD': return `$${th(whole, ',')}.${cents}`
    case 'ZAR': return `R${th(whole, ' ')}.${cents}`
    case 'CHF': return r.pick([`CHF ${th(whole, "'")}.${cents}`, `Fr. ${whole}.–`])
    case 'de': return r.pick([`€ ${th(whole, '.')},${cents}`, `${whole},- €`, `EUR ${th(whole, '.')},${cents}`])
    case 'lv': return r.pick([`${whole},${cents} EUR`, `€${whole},${cents}`])
    default: return r.pick([`${th(whole, ' ')},${cents} €`, `€${th(whole, '.')},${cents}`, `EUR ${whole},${cents}`])
  }
}
