// Hard negatives of an IT service desk and payroll helpdesk: references,
// device details, money, dates, codes, and checksum-failing lookalikes.
import type { Fill } from './doc'
import type { Rng } from './rng'
import { IBAN_COUNTRIES, badCard, badIban } from './values'

const HEX = '0123456789ABCDEF'
const hex = (r: Rng, n: number): string => Array.from({ length: n }, () => r.pick([...HEX])).join('')
const grp = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const NEG: Record<string, (r: Rng, lang: string) => string> = {
  'employee-id': (r) => r.pick([r.digits(r.int(6, 10)), `E${r.digits(7)}`, `${r.digits(3)} ${r.digits(3)} ${r.digits(2)}`, `EMP-${r.digits(6)}`]),
  'payroll-number': (r) => r.pick([r.digits(8), `${r.digits(4)}-${r.digits(4)}`, `PR${r.digits(9)}`, `${r.digits(2)} ${r.digits(4)} ${r.digits(4)}`]),
  extension: (r) => r.digits(r.int(4, 5)).replace(/^0/, '4'),
  'asset-tag': (r) => r.pick([`AT-${r.digits(6)}`, `IT${r.digits(8)}`, `LAP-${r.int(10, 99)}-${r.digits(5)}`]),
  'serial-number': (r) => r.pick([`5CD${r.digits(3)}${hex(r, 4)}`, `PF${hex(r, 6)}`, `C02${hex(r, 7)}`, r.digits(12)]),
  'mac-address': (r) => {
    const b = Array.from({ length: 6 }, () => hex(r, 2))
    return r.pick([b.join(':'), b.join('-'), `${b[0]}${b[1]}.${b[2]}${b[3]}.${b[4]}${b[5]}`.toLowerCase()])
  },
  hostname: (r) => r.pick([`srv-${r.pick(['fra', 'lon', 'bom', 'mnl', 'waw', 'buh'])}-${r.digits(3)}`, `VICTOR${r.digits(2)}`, `wks${r.digits(6)}.corp.local`, `db0${r.int(1, 9)}-prod`, `victor-${r.digits(2)}.dc2`]),
  port: (r) => r.pick(['443', '8443', '3389', '22', '5432', '1521', '8080', '636']),
  ticket: (r) => r.pick([`INC${r.digits(7)}`, `RITM${r.digits(7)}`, `REQ${r.digits(7)}`, r.digits(7), `SD-${r.digits(5)}`]),
  change: (r) => r.pick([`CHG${r.digits(7)}`, `CR-${r.digits(6)}`]),
  'cost-centre': (r) => r.pick([`CC-${r.digits(5)}`, `${r.digits(4)}-${r.digits(3)}`, `KST ${r.digits(6)}`]),
  badge: (r) => r.pick([`B${r.digits(6)}`, r.digits(8), `${r.digits(5)}-${r.digits(2)}`]),
  'one-time-code': (r) => r.pick([r.digits(6), `${r.digits(3)} ${r.digits(3)}`, r.digits(8)]),
  version: (r) => r.pick([`${r.int(1, 24)}.${r.int(0, 12)}.${r.int(0, 40)}`, `10.0.${r.int(19041, 22631)}.${r.int(100, 4500)}`, `${r.int(100, 130)}.0.${r.int(6000, 6999)}.${r.int(10, 200)}`, `v${r.int(1, 9)}.${r.int(0, 9)}.${r.int(0, 9)}`]),
  build: (r) => r.pick([`build ${r.digits(5)}`, `${r.int(20, 26)}H${r.int(1, 2)}`, `b${r.digits(4)}.${r.digits(3)}`]),
  amount: (r, l) => {
    const n = r.int(800, 98000)
    if (l === 'en') return r.pick([`$${grp(n, ',')}.${r.digits(2)}`, `£${grp(n, ',')}`, `₹${grp(n * 9, ',')}`, `PHP ${grp(n, ',')}.00`])
    if (l === 'pl') return `${grp(n, ' ')},${r.digits(2)} zł`
    if (l === 'ro') return `${grp(n, '.')} lei`
    return r.pick([`${grp(n, '.')},${r.digits(2)} €`, `€${n}`, `${n} EUR`])
  },
  'tax-code': (r) => r.pick(['1257L', 'BR', 'K475', '1100L', 'S1257L', 'C1257L', 'D0', 'NT', '0T']),
  date: (r, l) => {
    const d = r.int(1, 28)
    const m = r.int(1, 12)
    const y = r.int(2024, 2027)
    const p2 = (x: number) => String(x).padStart(2, '0')
    if (l === 'en') return r.pick([`${m}/${d}/${y}`, `${d} ${MONTHS[m - 1]} ${y}`, `${y}-${p2(m)}-${p2(d)}`, `${p2(d)}/${p2(m)}/${y}`])
    return r.pick([`${p2(d)}.${p2(m)}.${y}`, `${p2(d)}/${p2(m)}/${y}`, `${y}-${p2(m)}-${p2(d)}`])
  },
  time: (r) => {
    const h = String(r.int(0, 23)).padStart(2, '0')
    const m = String(r.int(0, 59)).padStart(2, '0')
    return r.pick([`${h}:${m}`, `${h}:${m}:${String(r.int(0, 59)).padStart(2, '0')}`, `${r.int(1, 12)}:${m} ${r.pick(['AM', 'PM'])}`, `${h}h${m}`])
  },
  'luhn-invalid': (r) => badCard(r),
  'ssn-invalid': (r) => `${r.pick(['000', '666', String(r.int(900, 999))])}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`,
  'nino-invalid': (r) => `${r.pick(['QQ', 'GB', 'BG', 'NK', 'TN', 'ZZ', 'DA', 'FY'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`,
  'iban-checksum': (r, l) => badIban(r, ({ de: 'DE', fr: 'FR', es: 'ES', pl: 'PL', ro: 'RO' } as Record<string, string>)[l] ?? r.pick(IBAN_COUNTRIES)),
}
export const NEGATIVE_KINDS = Object.keys(NEG)

/** `n:kind` slots; `w:Word` slots are name-words used as ordinary words. */
export function negative(r: Rng, lang: string, slot: string): Fill | undefined {
  if (slot.startsWith('w:')) return { v: slot.slice(2), kind: 'name-word' }
  if (!slot.startsWith('n:')) return undefined
  const make = NEG[slot.slice(2)]
  if (!make) throw new Error(`unknown negative ${slot}`)
  return { v: make(r, lang), kind: slot.slice(2) }
}
