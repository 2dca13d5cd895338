// Lookalikes these businesses are full of. Each is labeled as a negative with
// its kind; none is PII here (national id numbers are not an entity type).
import { badCard, badIban } from './values.ts'
import type { Rng } from './rng.ts'

const L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
const letters = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.pick([...L])).join('')
const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function egn(rng: Rng): string {
  const yy = rng.int(50, 99)
  const body = `${pad(yy)}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${rng.digits(3)}`
  const w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
  const sum = [...body].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0) % 11
  return body + String(sum === 10 ? 0 : sum)
}

function birthNumber(rng: Rng): string {
  for (;;) {
    const month = rng.int(1, 12) + (rng.chance(0.5) ? 50 : 0)
    const head = `${pad(rng.int(55, 99))}${pad(month)}${pad(rng.int(1, 28))}`
    const tail3 = rng.digits(3)
    const base = Number(head + tail3) * 10
    const check = (11 - (base % 11)) % 11
    if (check === 10) continue
    return `${head}/${tail3}${check}`
  }
}

function ltCode(rng: Rng): string {
  const body = `${rng.pick([3, 4, 5, 6])}${pad(rng.int(50, 99))}${pad(rng.int(1, 12))}${pad(rng.int(1, 28))}${rng.digits(3)}`
  const mod = (w: number[]) => [...body].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0) % 11
  let c = mod([1, 2, 3, 4, 5, 6, 7, 8, 9, 1])
  if (c === 10) c = mod([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10
  return body + String(c)
}

function date(rng: Rng, lang: string): string {
  const d = rng.int(1, 28)
  const m = rng.int(1, 12)
  const y = rng.pick([2025, 2026])
  const en = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  const forms: Record<string, string[]> = {
    en: [`${m}/${d}/${y}`, `${d}/${pad(m)}/${y}`, `${d} ${en[m - 1]} ${y}`, `${en[m - 1]} ${d}`, `${y}-${pad(m)}-${pad(d)}`],
    de: [`${pad(d)}.${pad(m)}.${y}`, `${d}.${m}.`, `${y}-${pad(m)}-${pad(d)}`],
    fr: [`${pad(d)}/${pad(m)}/${y}`, `${d}/${m}`, `${pad(d)}.${pad(m)}.${String(y).slice(2)}`],
    es: [`${pad(d)}/${pad(m)}/${y}`, `${d}-${m}-${y}`],
    it: [`${pad(d)}/${pad(m)}/${y}`, `${d}.${m}.${y}`],
    bg: [`${pad(d)}.${pad(m)}.${y} г.`, `${d}.${pad(m)}`],
    sk: [`${d}. ${m}. ${y}`, `${pad(d)}.${pad(m)}.${y}`],
    lt: [`${y}-${pad(m)}-${pad(d)}`, `${y}.${pad(m)}.${pad(d)}`],
  }
  return rng.pick(forms[lang] ?? forms.en ?? [])
}

function time(rng: Rng, lang: string): string {
  const h = rng.int(5, 23)
  const mi = rng.pick([0, 15, 30, 45, 10, 55])
  if (lang === 'en') return rng.pick([`${h}:${pad(mi)}`, `${h > 12 ? h - 12 : h}.${pad(mi)}${h >= 12 ? 'pm' : 'am'}`, `${pad(h)}${pad(mi)}`])
  if (lang === 'fr') return rng.pick([`${h}h${pad(mi)}`, `${h}:${pad(mi)}`])
  return `${pad(h)}:${pad(mi)}`
}

function amount(rng: Rng, lang: string, region?: string): string {
  const n = rng.int(12, 4800)
  const c = rng.int(0, 99)
  const fmt: Record<string, string[]> = {
    en: region === 'GB' ? [`£${n}.${pad(c)}`, `£${n}`, `GBP ${n}.${pad(c)}`] : [`$${n.toLocaleString('en-US')}.${pad(c)}`, `C$${n}`, `$${n}`],
    de: [`${n},${pad(c)} €`, `CHF ${n}.${pad(c)}`, `EUR ${n},-`],
    fr: [`${n},${pad(c)} €`, `${n} € TTC`],
    es: [`${n},${pad(c)} €`, `${n} euros`],
    it: [`€ ${n},${pad(c)}`, `${n},00 euro`],
    bg: [`${n},${pad(c)} лв.`, `${n} €`],
    sk: [`${n},${pad(c)} €`],
    lt: [`${n},${pad(c)} €`, `${n} Eur`],
  }
  return rng.pick(fmt[lang] ?? fmt.en ?? [])
}

const REG: Record<string, (rng: Rng) => string> = {
  en: (r) => r.pick([`${letters(r, 2)}${r.int(10, 75)} ${letters(r, 3)}`, `${r.int(1, 9)}${letters(r, 3)}${r.digits(3)}`]),
  de: (r) => r.pick([`${r.pick(['HH', 'M', 'B', 'KN', 'FN'])}-${letters(r, 2)} ${r.int(1, 9999)}`, `FL ${r.int(1000, 39999)}`]),
  fr: (r) => r.pick([`${letters(r, 2)}-${r.digits(3)}-${letters(r, 2)}`, `1-${letters(r, 3)}-${r.digits(3)}`]),
  es: (r) => `${r.digits(4)} ${letters(r, 3).replace(/[AEIOU]/g, 'K')}`,
  it: (r) => `${letters(r, 2)} ${r.digits(3)}${letters(r, 2)}`,
  bg: (r) => `${r.pick(['CA', 'CB', 'B', 'A'])} ${r.digits(4)} ${r.pick(['KX', 'BT', 'PA', 'MH'])}`,
  sk: (r) => `${r.pick(['BA', 'KE', 'ZA', 'NR'])}-${r.digits(3)}${letters(r, 2)}`,
  lt: (r) => `${letters(r, 3)} ${r.digits(3)}`,
}

type Gen = (rng: Rng, lang: string, region?: string) => string

export const NEGATIVES: Record<string, Gen> = {
  'case-number': (r) => r.pick([`M-${r.int(2024, 2026)}-${r.digits(5)}`, `CASE ${r.digits(6)}`, `LA/${r.int(24, 26)}/${r.digits(4)}`, `MAT-${r.digits(6)}`]),
  'court-ref': (r, l) =>
    l === 'de' ? `${r.int(1, 39)} ${r.pick(['O', 'C', 'S', 'Ca', 'F'])} ${r.int(10, 999)}/${r.int(24, 26)}`
    : l === 'fr' ? `RG ${r.int(24, 26)}/${r.digits(5)}`
    : l === 'it' ? `R.G. ${r.int(100, 9999)}/${r.int(2024, 2026)}`
    : l === 'es' ? `${r.int(100, 999)}/${r.int(2024, 2026)}`
    : r.pick([`${r.int(1, 39)} O ${r.int(10, 999)}/${r.int(24, 26)}`, `CV-${r.int(24, 26)}-${r.digits(6)}`, `F${r.digits(3)}/${r.int(24, 26)}`]),
  'fee-quote': (r) => r.pick([`FQ-${r.int(25, 26)}-${r.digits(4)}`, `Q${r.digits(6)}`, `KV-${r.int(2025, 2026)}-${r.digits(3)}`]),
  invoice: (r) => r.pick([`INV-${r.int(2025, 2026)}-${r.digits(5)}`, `RE-${r.int(2025, 2026)}/${r.digits(4)}`, `F${r.int(2025, 2026)}-${r.digits(5)}`, `${r.digits(8)}`]),
  'candidate-id': (r) => r.pick([`CAND-${r.digits(7)}`, `C-${r.digits(5)}`, `${r.digits(7)}`]),
  'job-id': (r) => r.pick([`JOB-${r.int(24, 26)}-${r.digits(4)}`, `REQ ${r.digits(5)}`, `#${r.digits(4)}`]),
  'timesheet-ref': (r) => `TS-${r.int(2025, 2026)}-W${pad(r.int(1, 52))}-${r.digits(4)}`,
  'payroll-ref': (r) => r.pick([`PR/${r.int(2025, 2026)}/${pad(r.int(1, 12))}/${r.digits(4)}`, `PAY-${r.digits(6)}`, `${r.digits(10)}`]),
  hours: (r, l) => (l === 'en' ? `${r.pick([37.5, 40, 22.5, 16, 38])} ${r.pick(['hrs', 'h', 'hours'])}` : `${r.pick(['37,5', '40', '7,5', '8'])} h`),
  rate: (r, l, g) => (l === 'en' ? (g === 'GB' ? `£${r.int(11, 24)}.${pad(r.int(0, 99))}/h` : `$${r.int(18, 45)}.${pad(r.int(0, 99))}/hr`) : `${r.int(11, 30)},${pad(r.int(0, 99))} €/h`),
  'booking-ref': (r) => r.pick([`${letters(r, 2)}${r.digits(1)}${letters(r, 3)}`, `BK-${r.digits(7)}`, `${letters(r, 3)}${r.digits(6)}`]),
  ticket: (r) => r.pick([`TKT ${r.digits(4)} ${r.digits(4)} ${r.digits(3)}`, `E-${r.digits(9)}`]),
  cabin: (r) => r.pick([`${r.int(4, 11)}${pad(r.int(1, 60))}`, `${r.pick(['A', 'B', 'C'])}${r.int(100, 399)}`]),
  deck: (r) => `${r.int(3, 11)}`,
  'vehicle-reg': (r, l) => (REG[l] ?? REG.en ?? ((x: Rng) => letters(x, 5)))(r),
  date: (r, l) => date(r, l),
  time: (r, l) => time(r, l),
  'voyage-number': (r) => r.pick([`V${r.digits(4)}`, `${letters(r, 2)}${r.digits(3)}`, `${r.digits(4)}/${r.int(1, 9)}`]),
  amount: (r, l, g) => amount(r, l, g),
  'tax-id': (r) => { const d = `${r.int(1, 9)}${r.digits(10)}`; return r.chance(0.5) ? d : `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}` },
  'social-insurance': (r) => `${r.pick(['12', '65', '53', '24'])} ${pad(r.int(1, 28))}${pad(r.int(1, 12))}${r.int(50, 99)} ${letters(r, 1)} ${r.digits(2)}${r.digits(1)}`,
  egn: (r) => egn(r),
  'birth-number': (r) => birthNumber(r),
  'personal-code': (r) => ltCode(r),
  'luhn-invalid': (r) => badCard(r),
  'iban-checksum': (r, l) => badIban(r, ({ en: 'GB', de: 'DE', fr: 'FR', es: 'ES', it: 'IT', bg: 'BG', sk: 'SK', lt: 'LT' } as Record<string, string>)[l] ?? 'DE'),
  'ssn-invalid': (r) => `${r.pick(['000', '666', `9${r.digits(2)}`])}-${pad(r.int(1, 99))}-${r.digits(4)}`,
  'nino-invalid': (r) => `${r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`,
}
