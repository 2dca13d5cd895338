// Dates, times, timestamps and amounts as each region writes them (negatives).
import type { Rng } from "./prng.ts"
import type { Lang, Region } from "./regions.ts"

export const MONTHS: Record<Lang, string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  pt: ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
  da: ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"],
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  fi: ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
  et: ["jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "september", "oktoober", "november", "detsember"],
  sk: ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"],
  uk: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
  hr: ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"],
}

const p2 = (n: number) => String(n).padStart(2, "0")

export interface Ymd {
  y: number
  m: number
  d: number
}
export const drawYmd = (rng: Rng): Ymd => ({ y: rng.int(2024, 2026), m: rng.int(1, 12), d: rng.int(1, 28) })

/** A date as written in the region, numeric or with the month's name. */
export function writeDate(rng: Rng, r: Region, x: Ymd = drawYmd(rng)): string {
  const mon = MONTHS[r.lang][x.m - 1]!
  if (rng.chance(0.45)) {
    if (r.lang === "en") return r.country === "US" ? `${mon} ${x.d}, ${x.y}` : rng.pick([`${x.d} ${mon} ${x.y}`, `${x.d} ${mon.slice(0, 3)} ${x.y}`, `${x.d} ${mon}`])
    if (r.lang === "es" || r.lang === "pt") return `${x.d} de ${mon} de ${x.y}`
    if (r.lang === "fr" || r.lang === "uk") return `${x.d} ${mon} ${x.y}`
    return `${x.d}. ${mon} ${x.y}`
  }
  switch (r.date) {
    case "mdy/": return `${p2(x.m)}/${p2(x.d)}/${x.y}`
    case "dmy/": return rng.chance(0.7) ? `${p2(x.d)}/${p2(x.m)}/${x.y}` : `${x.d}/${x.m}/${String(x.y).slice(2)}`
    case "ymd-": return `${x.y}-${p2(x.m)}-${p2(x.d)}`
    case "dmy.": return r.lang === "fi" ? `${x.d}.${x.m}.${x.y}` : `${p2(x.d)}.${p2(x.m)}.${x.y}`
    case "dmy. ": return r.lang === "hr" ? `${x.d}. ${x.m}. ${x.y}.` : `${x.d}. ${x.m}. ${x.y}`
  }
}

export function writeTime(rng: Rng, r: Region): string {
  const h = rng.int(8, 19)
  const m = rng.pick([0, 10, 15, 20, 30, 45, 50])
  if (r.lang === "en" && r.country !== "GH") {
    const h12 = h > 12 ? h - 12 : h
    const ap = h >= 12 ? "pm" : "am"
    return rng.pick([`${h12}:${p2(m)}${ap}`, `${h12}${m ? `.${p2(m)}` : ""}${ap}`, `${p2(h)}:${p2(m)}`, `${h12}:${p2(m)} ${ap.toUpperCase()}`])
  }
  if (r.lang === "fr") return rng.pick([`${h}h${m ? p2(m) : ""}`, `${h} h ${p2(m)}`])
  if (["da", "nb", "fi"].includes(r.lang)) return rng.pick([`${p2(h)}.${p2(m)}`, `${h}:${p2(m)}`])
  return `${h}:${p2(m)}`
}

export function timestamp(rng: Rng): string {
  const x = drawYmd(rng)
  const t = `${p2(rng.int(0, 23))}:${p2(rng.int(0, 59))}:${p2(rng.int(0, 59))}`
  return rng.pick([`${x.y}-${p2(x.m)}-${p2(x.d)}T${t}Z`, `${x.y}-${p2(x.m)}-${p2(x.d)} ${t}`, `${x.y}-${p2(x.m)}-${p2(x.d)}T${t}.${rng.digits(3)}+0${rng.int(0, 3)}:00`])
}

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
}

/** An amount of money in the region's currency and notation. */
export function amount(rng: Rng, r: Region, lo = 5, hi = 2500): string {
  const v = rng.int(lo, hi)
  const cents = rng.pick(["00", "50", "99", "25", String(rng.int(10, 89))])
  const { sym, before, dec, group: g, space } = r.money
  const n = `${v >= 1000 && rng.chance(0.8) ? group(String(v), g) : String(v)}${dec}${cents}`
  if (!before) return `${n}${space ? " " : ""}${sym}`
  return `${sym}${space ? " " : ""}${n}`
}
