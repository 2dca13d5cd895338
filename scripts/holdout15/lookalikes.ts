// Numbers these businesses print all day that are not personal data here.
import { luhnDigit } from './checksums'
import type { Rng } from './rng'

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

const CHIP_CC = ['040', '826', '840', '710', '756', '442', '300', '428', '705', '900', '941', '985', '977']
export const microchip = (r: Rng): string => r.pick(CHIP_CC) + r.digits(12)
export const policy = (r: Rng): string => r.pick([`PET-${r.digits(7)}`, `PP/${r.int(2019, 2026)}/${r.digits(6)}`, `VP${r.digits(8)}`, `${r.pick(['HP', 'TV'])}-${r.digits(4)}-${r.digits(4)}`])
export const claim = (r: Rng): string => r.pick([`CLM-${r.digits(7)}`, `${r.int(2025, 2026)}${pad(r.int(1, 12))}${pad(r.int(1, 28))}-${r.digits(4)}`, `C${r.digits(9)}`])
export const invoice = (r: Rng): string => r.pick([`INV-${r.int(2025, 2026)}-${r.digits(5)}`, `RE ${r.int(2025, 2026)}/${r.digits(4)}`, `#${r.digits(6)}`, `F-${r.digits(8)}`, `0${r.digits(3)}-${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`])
export const quote = (r: Rng): string => r.pick([`Q-${r.digits(5)}`, `ANG-${r.int(2025, 2026)}-${r.digits(4)}`, `QT${r.digits(7)}`, `DEV/${r.digits(3)}/${r.digits(4)}`])
export const funeralPlan = (r: Rng): string => r.pick([`FP ${r.digits(4)} ${r.digits(4)}`, `GFP-${r.digits(6)}`, `PP${r.digits(9)}`])
export const deathReg = (r: Rng): string => r.pick([`DR-${r.int(2025, 2026)}-${r.pick(['S', 'W', 'E'])}-${r.digits(5)}`, `${r.digits(3)}/${r.int(2025, 2026)}/${r.digits(5)}`, `Entry ${r.digits(3)}`, `CD${r.digits(8)}`])
export const plot = (r: Rng): string => r.pick([`Plot ${r.int(1, 40)}${r.pick(['A', 'B', 'C', 'D'])}`, `Section ${r.pick(['C', 'F', 'K'])}, Row ${r.int(1, 30)}, Grave ${r.int(1, 400)}`, `Lair ${r.digits(4)}`, `${r.int(1, 40)}-${r.int(1, 400)}`])
export const inverterSerial = (r: Rng): string => r.pick([`${r.pick(['30', '21', '19'])}${r.digits(8)}`, `HV${r.digits(10)}`, `${r.digits(4)}-${r.digits(8)}`, `SE${r.digits(4)}H-${r.digits(8)}`, `A${r.digits(2)}${r.pick(['X', 'K'])}${r.digits(8)}`])
export const grantRef = (r: Rng): string => r.pick([`BUS-${r.int(2025, 2026)}-${r.digits(6)}`, `GBIS/${r.int(2025, 2026)}/${r.digits(5)}`, `ECO4-${r.digits(6)}`, `KPC ${r.digits(7)}`, `EKO ${r.digits(3)}-${r.digits(3)}`, `${r.digits(2)}/${r.digits(7)}`])
export const tariffRef = (r: Rng): string => r.pick([`SEG-${r.digits(8)}`, `FIT ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`, `OeMAG ${r.digits(6)}`, `PV-${r.digits(9)}`])
export const mpan = (r: Rng): string => r.pick([`${r.int(10, 23)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`, `${r.pick(['10', '12', '14', '16', '18'])}${r.digits(11)}`, `S ${pad(r.int(1, 8))} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)} ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`])
export const mprn = (r: Rng, lang = 'en'): string => {
  if (lang === 'de') return r.pick([`AT00${r.digits(6)}0000000000000${r.digits(12)}`, `${r.digits(4)} ${r.digits(3)} ${r.digits(3)}`])
  if (lang === 'lv') return r.pick([`LV${r.digits(14)}`, r.digits(8)])
  if (lang === 'fr') return r.pick([`CH10${r.digits(29)}`, `LU${r.digits(14)}`, r.digits(10)])
  return r.pick([r.digits(10), `${r.digits(4)} ${r.digits(3)} ${r.digits(3)}`, r.digits(8)])
}
export const meterReading = (r: Rng): string => r.pick([`${r.digits(5)}`, `${pad(r.int(0, 99999), 5)}.${r.int(0, 9)}`, `${r.int(1, 99)} ${r.digits(3)} kWh`, `${r.digits(6)} m³`])
export const quantity = (r: Rng): string => r.pick([`${r.int(2, 12)}.${r.int(0, 9)} kWp`, `${r.int(1200, 9800)} kWh`, `${r.int(100, 1500)} litres`, `${r.int(3, 14)},${r.int(0, 9)} kWp`, `${r.int(1, 40)},${r.digits(1)} kWh`, `${r.int(200, 2000)} l`, `${r.int(5, 16)} kW`])
export const postcode = (r: Rng, lang: string): string => ({
  en: r.pick([`EH${r.int(1, 17)} ${r.int(1, 9)}${r.pick(['AB', 'LX', 'QT'])}`, `CF${r.int(10, 48)} ${r.int(1, 9)}${r.pick(['HN', 'DW'])}`, `${r.digits(5)}`, `${r.int(1000, 9999)}`]),
  de: `${r.int(1010, 9999)}`, fr: r.pick([`CH-${r.int(1000, 3999)}`, `L-${r.int(1000, 9999)}`]), el: `${r.digits(3)} ${r.digits(2)}`,
  lv: `LV-${r.int(1001, 5999)}`, sl: `${r.int(1000, 9999)}`,
}[lang] ?? r.digits(5))

/** Greek tax number shape with its own check digit. */
export function afm(r: Rng): string {
  const d = r.digits(8)
  let s = 0
  for (let i = 0; i < 8; i++) s += Number(d[i]) * 2 ** (8 - i)
  return d + String((s % 11) % 10)
}

/** Greek social-security number shape: birth date, five digits, Luhn. */
export function amka(r: Rng): string {
  const body = `${pad(r.int(1, 28))}${pad(r.int(1, 12))}${pad(r.int(40, 99))}${r.digits(4)}`
  return body + String(luhnDigit(body))
}

export function lvCode(r: Rng): string {
  if (r.chance(0.3)) return `32${r.digits(4)}-${r.digits(5)}`
  const body = `${pad(r.int(1, 28))}${pad(r.int(1, 12))}${pad(r.int(40, 99))}1${r.digits(3)}`
  const w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const c = (1101 - [...body].reduce((s, ch, i) => s + Number(ch) * (w[i] ?? 0), 0)) % 11
  return c === 10 ? lvCode(r) : `${body.slice(0, 6)}-${body.slice(6)}${c}`
}

export function emso(r: Rng): string {
  const body = `${pad(r.int(1, 28))}${pad(r.int(1, 12))}${r.pick(['9', '0'])}${pad(r.int(40, 99))}50${r.digits(3)}`
  const w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
  const m = 11 - ([...body].reduce((s, ch, i) => s + Number(ch) * (w[i] ?? 0), 0) % 11)
  if (m === 10) return emso(r)
  return body + String(m === 11 ? 0 : m)
}
