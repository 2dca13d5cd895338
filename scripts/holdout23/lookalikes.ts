// Lookalikes (negatives): national ids of the corpus's countries with their own check digits, the four
// businesses' numbers, dates, times, amounts. Each maker returns [kind, value].
import type { Rng } from './prng.ts'
import { luhnDigit, luhnOk } from './values.ts'

export type Neg = [kind: string, value: string]
const pad = (n: number, w = 2) => String(n).padStart(w, '0')
export const sumW = (d: string, w: number[]) => [...d].reduce((a, c, i) => a + Number(c) * (w[i] ?? 0), 0)

// ---------- national ids ----------
export function ahv(r: Rng): Neg {
  const body = '756' + r.digits(9)
  const s = sumW(body, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3])
  const c = (10 - (s % 10)) % 10
  const d = body + c
  return ['ahv', `${d.slice(0, 3)}.${d.slice(3, 7)}.${d.slice(7, 11)}.${d.slice(11)}`]
}
export function svnr(r: Rng): Neg {
  for (;;) {
    const serial = String(r.int(1, 9)) + r.digits(2)
    const dob = pad(r.int(1, 28)) + pad(r.int(1, 12)) + pad(r.int(40, 99))
    const c = (sumW(serial, [3, 7, 9]) + sumW(dob, [5, 8, 4, 2, 1, 6])) % 11
    if (c === 10) continue
    return ['svnr', r.chance(0.5) ? `${serial}${c} ${dob}` : `${serial}${c}${dob}`]
  }
}
const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 }
export const cfCheck = (s15: string): string => {
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const ch = s15[i]!
    sum += i % 2 === 0 ? CF_ODD[ch]! : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65
  }
  return String.fromCharCode(65 + (sum % 26))
}
export function codiceFiscale(r: Rng): Neg {
  const s15 = r.letters(3, 'BCDFGLMNPRSTVZ') + r.letters(3, 'BCDFGLMNPRSTVZ') + pad(r.int(50, 99)) + r.pick([...'ABCDEHLMPRST']) + pad(r.int(1, 28) + (r.chance(0.5) ? 40 : 0)) + r.pick(['H', 'F', 'L', 'A', 'G']) + pad(r.int(1, 999), 3)
  return ['codice-fiscale', s15 + cfCheck(s15)]
}
export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'
export function dni(r: Rng): Neg {
  const n = r.int(10000000, 79999999)
  return ['dni-es', `${n}${DNI_LETTERS[n % 23]}`]
}
export function curp(r: Rng): Neg {
  const v = r.letters(1, 'BCDGHLMPRSTVZ') + r.letters(1, 'AEIOU') + r.letters(2, 'ABCDEGHLMNOPRSTVZ') + pad(r.int(60, 99)) + pad(r.int(1, 12)) + pad(r.int(1, 28)) + r.pick(['H', 'M']) + r.pick(['DF', 'NL', 'JC', 'PL', 'QT', 'YN']) + r.letters(3, 'BCDFGHLMNPRSTVZ') + '0' + r.digits(1)
  return ['curp', v]
}
export function clabe(r: Rng): Neg {
  const body = r.pick(['002', '012', '014', '021', '072']) + r.pick(['180', '320', '580', '650']) + r.digits(11)
  const c = (10 - (sumW(body, [3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10
  return ['clabe', body + c]
}
export function nifPt(r: Rng): Neg {
  for (;;) {
    const body = r.pick(['1', '2', '2', '3']) + r.digits(7)
    const m = sumW(body, [9, 8, 7, 6, 5, 4, 3, 2]) % 11
    const c = m < 2 ? 0 : 11 - m
    return ['nif-pt', body + c]
  }
}
export function cpf(r: Rng): Neg {
  const b = r.digits(9)
  let s = sumW(b, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
  const d1 = s < 2 ? 0 : 11 - s
  s = sumW(b + d1, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11
  const d2 = s < 2 ? 0 : 11 - s
  const v = b + d1 + d2
  return ['cpf', r.chance(0.8) ? `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}` : v]
}
export function rrn(r: Rng): Neg {
  const yy = r.int(50, 99)
  const b = pad(yy) + pad(r.int(1, 12)) + pad(r.int(1, 28)) + pad(r.int(1, 997), 3)
  const c = 97 - (Number(b) % 97)
  const v = b + pad(c)
  return ['rrn', `${v.slice(0, 2)}.${v.slice(2, 4)}.${v.slice(4, 6)}-${v.slice(6, 9)}.${v.slice(9)}`]
}
export function cpr(r: Rng): Neg {
  return ['cpr', `${pad(r.int(1, 28))}${pad(r.int(1, 12))}${pad(r.int(50, 99))}-${r.digits(4)}`]
}
const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
export function aadhaar(r: Rng): Neg {
  const body = String(r.int(2, 9)) + r.digits(10)
  let c = 0
  const rev = [...body].reverse()
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[(i + 1) % 8]![Number(rev[i])]!]!
  const v = body + VINV[c]
  return ['aadhaar', `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`]
}
export function pan(r: Rng): Neg {
  return ['pan-in', r.letters(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ') + r.pick(['P', 'P', 'F', 'C']) + r.letters(1, 'ABCDEGKMNRSTV') + r.digits(4) + r.letters(1)]
}
export function saId(r: Rng): Neg {
  const body = pad(r.int(55, 99)) + pad(r.int(1, 12)) + pad(r.int(1, 28)) + r.digits(4) + r.pick(['0', '1']) + '8'
  return ['sa-id', body + luhnDigit(body)]
}
export function sin(r: Rng): Neg {
  const body = String(r.int(1, 7)) + r.digits(7)
  const v = body + luhnDigit(body)
  return ['sin', r.chance(0.6) ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}`]
}
export function tfn(r: Rng): Neg {
  for (;;) {
    const body = String(r.int(1, 9)) + r.digits(7)
    for (let c = 0; c < 10; c++) {
      if (sumW(body + c, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) {
        const v = body + c
        return ['tfn', `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`]
      }
    }
  }
}
export function ukLicence(r: Rng, family: string): Neg {
  const f = (family.toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5)
  const y = r.int(50, 99)
  const m = r.int(1, 12) + (r.chance(0.5) ? 50 : 0)
  return ['driving-licence', `${f}${String(y)[0]}${pad(m)}${pad(r.int(1, 28))}${String(y)[1]}${r.letters(2)}9${r.letters(2)}`]
}
export function usLicence(r: Rng): Neg {
  return ['driving-licence', r.pick([`${r.letters(1)}${r.digits(7)}`, `${r.letters(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, `${r.digits(9)}`.replace(/^(\d{3})/, 'D$1')])]
}

// ---------- the four businesses ----------
export function plate(r: Rng, c: string): Neg {
  const L = (n: number) => r.letters(n, 'ABCDEFGHJKLMNPRSTVWXYZ')
  const v: Record<string, () => string> = {
    US: () => `${r.int(1, 9)}${L(3)}${r.digits(3)}`,
    CA: () => `${L(4)} ${r.digits(3)}`,
    IN: () => `${r.pick(['MH', 'KA', 'TN', 'DL'])} ${pad(r.int(1, 50))} ${L(2)} ${r.digits(4)}`,
    ZA: () => `${L(2)} ${pad(r.int(10, 99))} ${L(2)} GP`,
    AU: () => `${L(3)}-${r.digits(3)}`,
    GB: () => `${L(2)}${pad(r.int(15, 26))} ${L(3)}`,
    CH: () => `${r.pick(['ZH', 'BE', 'VD', 'GE', 'LU'])} ${r.int(10000, 999999)}`,
    AT: () => `${r.pick(['W', 'G', 'S', 'I', 'L'])}-${r.int(100, 99999)}${L(1)}`,
    IT: () => `${L(2)} ${r.digits(3)}${L(2)}`,
    MX: () => `${L(3)}-${r.digits(3)}-${L(1)}`,
    ES: () => `${r.digits(4)} ${L(3)}`,
    PT: () => `${L(2)}-${pad(r.int(10, 99))}-${L(2)}`,
    BR: () => `${L(3)}${r.int(1, 9)}${L(1)}${r.digits(2)}`,
    DK: () => `${L(2)} ${r.digits(2)} ${r.digits(3)}`,
    BE: () => `${r.int(1, 2)}-${L(3)}-${r.digits(3)}`,
  }
  return ['plate', (v[c] ?? v.GB!)()]
}
export const rentalAgreement = (r: Rng): Neg => ['rental-agreement', r.pick([`RA-2026-${r.digits(5)}`, `RA${r.digits(8)}`, `${r.pick(['LAX', 'YYZ', 'BOM', 'CPT', 'SYD', 'LHR', 'ZRH', 'VIE', 'FCO', 'MEX', 'MAD', 'LIS', 'GRU', 'CPH', 'BRU'])}-${r.digits(6)}`])]
export const damageRef = (r: Rng): Neg => ['damage-report', `DR-${r.digits(4)}-${r.letters(1)}`]
export const claimNo = (r: Rng): Neg => ['claim-number', r.pick([`CLM-${r.digits(7)}`, `HC/2026/${r.digits(5)}`, `${r.digits(2)}-${r.digits(6)}-${r.digits(2)}`, `SIN-${r.digits(6)}`])]
export const policyNo = (r: Rng): Neg => ['policy-number', r.pick([`HP-${r.digits(8)}`, `POL${r.digits(9)}`, `${r.letters(3)}/${r.digits(6)}/${r.digits(2)}`, `H${r.digits(7)}-${r.digits(2)}`])]
export const jobNo = (r: Rng): Neg => ['job-number', r.pick([`JOB-${r.digits(5)}`, `WO ${r.digits(6)}`, `#${r.digits(5)}`])]
export const meterSerial = (r: Rng): Neg => ['meter-serial', r.pick([`${r.letters(1)}${pad(r.int(10, 26))}${r.letters(1)}${r.digits(5)}`, `${r.digits(2)}${r.letters(1)}${r.digits(7)}`, `E${r.digits(2)}${r.letters(2)}${r.digits(5)}`])]
const MPAN_W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
export function mpan(r: Rng): Neg {
  const core = String(r.int(10, 23)) + r.digits(10)
  const c = (sumW(core, MPAN_W) % 11) % 10
  const v = core + c
  return ['supply-number', r.chance(0.5) ? `${v.slice(0, 2)} ${v.slice(2, 6)} ${v.slice(6, 10)} ${v.slice(10)}` : v]
}
export const mprn = (r: Rng): Neg => ['supply-number', `${r.int(1, 9)}${r.digits(r.int(6, 9))}`]
export const utilAccount = (r: Rng): Neg => ['account-number', r.pick([`${r.digits(3)} ${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `AC-${r.digits(8)}`, `${r.digits(10)}`.replace(/^0/, '8')])]
export const tariff = (r: Rng): Neg => ['tariff-code', r.pick([`E7-${r.pick(['ECO', 'FLEX', 'FIX'])}${pad(r.int(12, 36))}`, `${r.pick(['VAR', 'FIX', 'TOU'])}-${r.int(2024, 2027)}-${r.letters(1)}${r.int(1, 9)}`, `T${r.digits(3)}/${r.letters(2)}`])]
export const pnr = (r: Rng): Neg => ['booking-ref', r.letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789').replace(/^\d/, 'K')]
export function eticket(r: Rng): Neg {
  const a = r.pick(['125', '724', '081', '220', '057', '074', '047', '075', '014', '098'])
  const n = r.digits(10)
  return ['e-ticket', r.pick([`${a}-${n}`, `${a} ${n}`, `${a}${n}`])]
}
export const ffNumber = (r: Rng): Neg => ['frequent-flyer', r.pick([`${r.pick(['BA', 'LX', 'OS', 'AZ', 'IB', 'TP', 'LA', 'SK', 'SN', 'AC', 'AI', 'SA', 'QF', 'UA'])} ${r.digits(8)}`, `${r.digits(9)}${r.letters(1)}`, `M&M ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`.replace('M&M ', '992 ')])]
export const flight = (r: Rng): Neg => ['flight-number', `${r.pick(['BA', 'LX', 'OS', 'AZ', 'IB', 'TP', 'LA', 'SK', 'SN', 'AC', 'AI', 'SA', 'QF', 'UA', 'AM', 'EK', 'DL'])}${r.chance(0.3) ? ' ' : ''}${r.int(1, 2999)}`]
export const orderNo = (r: Rng): Neg => ['order-number', r.pick([`#${r.digits(5)}`, `ORD-${r.digits(6)}`, `${r.digits(3)}-${r.digits(7)}`])]
export const ticketNo = (r: Rng): Neg => ['reference', r.pick([`REF ${r.letters(2)}${r.digits(6)}`, `case ${r.digits(8)}`, `INC${r.digits(7)}`, `SR-${r.digits(4)}-${r.digits(4)}`])]
export const tracking = (r: Rng): Neg => ['tracking', r.pick([`1Z${r.letters(3, 'ABCDEFGHJKLMNPRSTVWXY0123456789')}${r.digits(3)}${r.digits(10)}`, `RR${r.digits(9)}${r.pick(['GB', 'CH', 'AT', 'IT', 'ES', 'PT', 'BR', 'DK', 'BE'])}`, `JJD${r.digits(18)}`])]
export const version = (r: Rng): Neg => ['version', r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}`, `${r.int(1, 12)}.${r.int(0, 9)}.${r.int(0, 99)}`, `${r.int(2, 9)}.${r.int(0, 9)}`])]

// ---------- dates, times, amounts by locale ----------
const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
}
export function date(r: Rng, lang: string, us = false): Neg {
  const d = r.int(1, 28)
  const m = r.int(1, 12)
  const y = r.pick([2026, 2026, 2027])
  const mn = MONTHS[lang]![m - 1]!
  const forms: string[] = [`${y}-${pad(m)}-${pad(d)}`]
  if (lang === 'en') forms.push(us ? `${m}/${d}/${y}` : `${pad(d)}/${pad(m)}/${y}`, us ? `${mn} ${d}` : `${d} ${mn} ${y}`, us ? `${mn.slice(0, 3)} ${d}, ${y}` : `${d} ${mn.slice(0, 3)}`)
  else if (lang === 'de' || lang === 'da') forms.push(`${d}. ${mn}`, `${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.`)
  else if (lang === 'es' || lang === 'pt') forms.push(`${d} de ${mn}`, `${pad(d)}/${pad(m)}/${y}`)
  else forms.push(`${d} ${mn}`, `${pad(d)}/${pad(m)}/${y}`, `${d} ${mn} ${y}`)
  if (lang === 'nl') forms.push(`${d}-${m}-${y}`)
  return ['date', r.pick(forms)]
}
export function time(r: Rng, lang: string, us = false): Neg {
  const h = r.int(7, 20)
  const mi = r.pick([0, 5, 10, 15, 20, 30, 40, 45, 50, 55])
  if (lang === 'en' && r.chance(us ? 0.7 : 0.4)) return ['time', `${h > 12 ? h - 12 : h}:${pad(mi)}${r.pick(['am', 'pm', ' am', ' pm']).replace(/a|p/, h >= 12 ? 'p' : 'a')}`]
  if (lang === 'fr' && r.chance(0.5)) return ['time', `${h}h${pad(mi)}`]
  if ((lang === 'da' || lang === 'de') && r.chance(0.3)) return ['time', `${h}.${pad(mi)}`]
  return ['time', `${h}:${pad(mi)}`]
}
export function timestamp(r: Rng): Neg {
  return ['timestamp', `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`]
}
export function amount(r: Rng, cur: string): Neg {
  const whole = r.int(12, 4800)
  const cents = pad(r.int(0, 99))
  const th = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
  const f: Record<string, () => string> = {
    USD: () => r.pick([`$${th(whole, ',')}.${cents}`, `USD ${th(whole, ',')}`, `$${whole}`]),
    CAD: () => r.pick([`CA$${th(whole, ',')}.${cents}`, `$${whole}.${cents} CAD`]),
    INR: () => r.pick([`₹${th(whole * 40, ',')}`, `Rs. ${th(whole * 30, ',')}`, `INR ${whole * 25}`]),
    ZAR: () => r.pick([`R${th(whole * 3, ' ')}.${cents}`, `ZAR ${whole * 4}`]),
    AUD: () => r.pick([`A$${th(whole, ',')}.${cents}`, `$${whole} AUD`]),
    GBP: () => r.pick([`£${th(whole, ',')}.${cents}`, `£${whole}`, `GBP ${whole}.${cents}`]),
    CHF: () => r.pick([`CHF ${th(whole, "'")}.${cents}`, `Fr. ${whole}.–`, `${whole}.${cents} CHF`]),
    EURde: () => r.pick([`€ ${th(whole, '.')},${cents}`, `EUR ${whole},${cents}`, `${whole},${cents} €`]),
    EUR: () => r.pick([`${th(whole, '.')},${cents} €`, `€${whole},${cents}`, `EUR ${whole},${cents}`]),
    MXN: () => r.pick([`$${th(whole * 18, ',')} MXN`, `MXN ${whole * 17}.${cents}`]),
    BRL: () => r.pick([`R$ ${th(whole * 5, '.')},${cents}`, `R$${whole},${cents}`]),
    DKK: () => r.pick([`${th(whole * 7, '.')},${cents} kr.`, `DKK ${whole * 7}`, `kr. ${whole},${cents}`]),
  }
  return ['amount', f[cur]!()]
}

export { luhnOk }
