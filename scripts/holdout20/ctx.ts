// What a template sees: the text's locale, its PRNG, and value makers that return labeled parts.
import type { Rng } from './prng.ts'
import { E, N, type Val, type Part } from './render.ts'
import * as V from './values.ts'
import * as L from './lookalikes.ts'
import { name, full, capsFirst, emailOf, type Name, type Origin } from './names.ts'

const grp = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const cents = (r: Rng) => String(r.pick([0, 0, 50, 90, 95, 99, 25])).padStart(2, '0')

export interface Locale {
  origin: Origin
  region: V.Region
  domains: string[]
  ibanCc: string
  money: (r: Rng, n: number) => string
  date: (r: Rng, y: number, m: number, d: number) => string
  time: (r: Rng, h: number, mi: number, ampm: boolean) => string
  natIds: [string, (r: Rng, n: Name) => string][]
  foreign: V.Region[]
}
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
const p2 = (n: number) => String(n).padStart(2, '0')
const enTime = (_r: Rng, h: number, mi: number, ampm: boolean) => (ampm ? `${h > 12 ? h - 12 : h}:${p2(mi)}${h >= 12 ? 'pm' : 'am'}` : `${p2(h)}:${p2(mi)}`)
const dmy = (sep: string) => (_r: Rng, y: number, m: number, d: number) => `${d}${sep}${m}${sep}${y}`
const enDate = (r: Rng, y: number, m: number, d: number) => r.pick([`${d}/${m}/${y}`, `${p2(d)}/${p2(m)}/${y}`, `${d} ${MONTHS_EN[m - 1]} ${y}`, `${y}-${p2(m)}-${p2(d)}`])
const euMoney = (sym: string, thou: string) => (r: Rng, n: number) => r.pick([`${grp(n, thou)},${cents(r)} ${sym}`, `${grp(n, thou)} ${sym}`])
const FOREIGN: V.Region[] = ['US', 'DE', 'FR', 'IN', 'IE', 'ZA', 'JP', 'NO', 'PL', 'IT']

export const LOCALES: Record<Origin, Locale> = {
  au: { origin: 'au', region: 'AU', domains: ['bigpond.com', 'outlook.com.au', 'gmail.com', 'iinet.net.au'], ibanCc: 'GB', money: (r, n) => r.pick([`$${grp(n, ',')}`, `$${grp(n, ',')}.${cents(r)}`, `A$${grp(n, ',')}`]), date: enDate, time: enTime, natIds: [['tfn', L.tfn], ['medicare', L.medicare]], foreign: FOREIGN },
  nz: { origin: 'nz', region: 'NZ', domains: ['xtra.co.nz', 'gmail.com', 'orcon.net.nz', 'hotmail.co.nz'], ibanCc: 'GB', money: (r, n) => r.pick([`$${grp(n, ',')}.${cents(r)}`, `NZ$${grp(n, ',')}`]), date: enDate, time: enTime, natIds: [['ird', L.ird]], foreign: FOREIGN },
  ng: { origin: 'ng', region: 'NG', domains: ['yahoo.com', 'gmail.com', 'mail.com.ng'], ibanCc: 'GB', money: (r, n) => r.pick([`₦${grp(n * 100, ',')}`, `₦${grp(n * 100, ',')}.00`, `NGN ${grp(n * 100, ',')}`]), date: enDate, time: enTime, natIds: [['nin', L.nin]], foreign: FOREIGN },
  sco: { origin: 'sco', region: 'GB', domains: ['btinternet.com', 'gmail.com', 'outlook.com', 'sky.com'], ibanCc: 'GB', money: (r, n) => r.pick([`£${grp(n, ',')}`, `£${grp(n, ',')}.${cents(r)}`]), date: enDate, time: enTime, natIds: [['chi', L.chi]], foreign: FOREIGN },
  ph: { origin: 'ph', region: 'PH', domains: ['gmail.com', 'yahoo.com.ph', 'outlook.ph'], ibanCc: 'GB', money: (r, n) => r.pick([`₱${grp(n * 10, ',')}.00`, `PHP ${grp(n * 10, ',')}`]), date: (r, y, m, d) => r.pick([`${MONTHS_EN[m - 1]} ${d}, ${y}`, `${p2(m)}/${p2(d)}/${y}`]), time: enTime, natIds: [['sss', L.sss], ['ph-tin', L.phTin], ['philsys', L.philsys]], foreign: FOREIGN },
  ca: { origin: 'ca', region: 'CA', domains: ['rogers.com', 'shaw.ca', 'gmail.com', 'sympatico.ca'], ibanCc: 'GB', money: (r, n) => r.pick([`$${grp(n, ',')}.${cents(r)}`, `$${grp(n, ',')} CAD`, `CA$${grp(n, ',')}`]), date: (r, y, m, d) => r.pick([`${MONTHS_EN[m - 1]} ${d}, ${y}`, `${y}-${p2(m)}-${p2(d)}`]), time: enTime, natIds: [['sin', L.sin]], foreign: FOREIGN },
  sv: { origin: 'sv', region: 'SE', domains: ['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net'], ibanCc: 'SE', money: (r, n) => r.pick([`${grp(n, ' ')} kr`, `${grp(n, ' ')}:-`, `${grp(n, ' ')},${cents(r)} kr`]), date: (r, y, m, d) => r.pick([`${y}-${p2(m)}-${p2(d)}`, `${d}/${m}`]), time: (_r, h, mi) => `${p2(h)}.${p2(mi)}`, natIds: [['personnummer', L.personnummer]], foreign: FOREIGN },
  da: { origin: 'da', region: 'DK', domains: ['mail.dk', 'gmail.com', 'outlook.dk', 'stofanet.dk'], ibanCc: 'DK', money: (r, n) => r.pick([`kr. ${grp(n, '.')},${cents(r)}`, `${grp(n, '.')} kr.`, `DKK ${grp(n, '.')}`]), date: (r, y, m, d) => r.pick([`${d}.${m}.${y}`, `${p2(d)}-${p2(m)}-${y}`, `${d}/${m}`]), time: (_r, h, mi) => `${p2(h)}.${p2(mi)}`, natIds: [['cpr', L.cpr]], foreign: FOREIGN },
  fi: { origin: 'fi', region: 'FI', domains: ['elisanet.fi', 'gmail.com', 'luukku.com', 'kolumbus.fi'], ibanCc: 'FI', money: euMoney('€', ' '), date: dmy('.'), time: (_r, h, mi) => `${h}.${p2(mi)}`, natIds: [['hetu', L.hetuFull]], foreign: FOREIGN },
  ro: { origin: 'ro', region: 'RO', domains: ['yahoo.ro', 'gmail.com', 'rdslink.ro'], ibanCc: 'RO', money: (r, n) => r.pick([`${grp(n, '.')} lei`, `${grp(n, '.')},${cents(r)} RON`, `${grp(n, '.')} RON`]), date: (_r, y, m, d) => `${p2(d)}.${p2(m)}.${y}`, time: (_r, h, mi) => `${p2(h)}:${p2(mi)}`, natIds: [['cnp', L.cnp]], foreign: FOREIGN },
  hu: { origin: 'hu', region: 'HU', domains: ['freemail.hu', 'gmail.com', 'citromail.hu', 't-online.hu'], ibanCc: 'HU', money: (r, n) => r.pick([`${grp(n * 100, ' ')} Ft`, `${grp(n * 100, '.')} Ft`, `HUF ${grp(n * 100, ' ')}`]), date: (_r, y, m, d) => `${y}. ${p2(m)}. ${p2(d)}.`, time: (_r, h, mi) => `${h}:${p2(mi)}`, natIds: [['taj', L.taj], ['adoazonosito', L.adoazonosito]], foreign: FOREIGN },
  sk: { origin: 'sk', region: 'SK', domains: ['azet.sk', 'gmail.com', 'centrum.sk', 'post.sk'], ibanCc: 'SK', money: euMoney('€', ' '), date: dmy('. '), time: (_r, h, mi) => `${h}:${p2(mi)}`, natIds: [['rodne-cislo', L.rodneCislo]], foreign: FOREIGN },
  hr: { origin: 'hr', region: 'HR', domains: ['net.hr', 'gmail.com', 't-com.hr', 'inet.hr'], ibanCc: 'HR', money: (r, n) => r.pick([`${grp(n, '.')},${cents(r)} €`, `EUR ${grp(n, '.')},00`]), date: (_r, y, m, d) => `${d}. ${m}. ${y}.`, time: (_r, h, mi) => `${h}:${p2(mi)}`, natIds: [['oib', L.oib]], foreign: FOREIGN },
  de: { origin: 'de', region: 'AT', domains: ['gmx.at', 'aon.at', 'chello.at', 'gmail.com'], ibanCc: 'AT', money: (r, n) => r.pick([`€ ${grp(n, '.')},–`, `EUR ${grp(n, '.')},${cents(r)}`, `${grp(n, '.')},${cents(r)} €`]), date: (_r, y, m, d) => `${p2(d)}.${p2(m)}.${y}`, time: (_r, h, mi) => `${p2(h)}:${p2(mi)}`, natIds: [['svnr', L.svnr]], foreign: FOREIGN },
  fr: { origin: 'fr', region: 'CA', domains: ['videotron.ca', 'gmail.com', 'sympatico.ca', 'hotmail.ca'], ibanCc: 'FR', money: (r, n) => r.pick([`${grp(n, ' ')},${cents(r)} $`, `${grp(n, ' ')} $`]), date: (r, y, m, d) => r.pick([`${y}-${p2(m)}-${p2(d)}`, `${d} ${MONTHS_FR[m - 1]} ${y}`]), time: (_r, h, mi, ampm) => (ampm ? `${h} h ${p2(mi)}` : `${h}h${p2(mi)}`), natIds: [['ramq', (r, n) => L.ramq(r, n.family, n.given)], ['sin', L.sin]], foreign: FOREIGN },
}

export class Ctx {
  private ampm: boolean
  constructor(public r: Rng, public loc: Locale, public lower = false) {
    this.ampm = r.chance(0.5)
  }
  pick<T>(xs: readonly T[]): T { return this.r.pick(xs) }
  chance(p: number) { return this.r.chance(p) }
  int(a: number, b: number) { return this.r.int(a, b) }
  // people
  person(o?: Origin): Name { return name(this.r, o ?? this.loc.origin) }
  P(s: string): Val { return E('PERSON', this.lower ? s.toLocaleLowerCase() : s) }
  full(n: Name): Val { return this.P(full(n)) }
  given(n: Name): Val { return this.P(n.given) }
  caps(n: Name): Val { return this.P(capsFirst(n)) }
  // contact details
  email(n: Name, domains?: string[]): Val { return E('EMAIL', emailOf(this.r, n, domains ?? this.loc.domains)) }
  role(addr: string): Val { return E('EMAIL', addr) }
  phone(form?: V.PhoneForm): Val {
    if (this.loc.origin === 'fr' && !this.lower) return E('PHONE', V.phone(this.r, 'CA', form, ['514', '438', '450', '418', '819', '581']))
    return E('PHONE', this.lower ? V.spokenPhone(this.r, this.loc.region) : V.phone(this.r, this.loc.region, form))
  }
  phoneOf(region: V.Region, form?: V.PhoneForm): Val { return E('PHONE', this.lower ? V.spokenPhone(this.r, region) : V.phone(this.r, region, form)) }
  // a phone spoken digit by digit as English words, in the groups of its national form
  phoneWords(): Val {
    const W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
    const nat = V.phone(this.r, this.loc.region, 'nat')
    const oh = this.chance(0.5)
    const groups = nat.replace(/[().-]/g, ' ').trim().split(/ +/)
    return E('PHONE', groups.map((g) => [...g].map((d) => (d === '0' && oh ? 'oh' : W[Number(d)])).join(' ')).join(', '))
  }
  foreignPhone(): Val { return E('PHONE', V.phone(this.r, this.pick(this.loc.foreign), 'intl')) }
  card(b?: V.Brand): Val { return E('CARD', V.card(this.r, b)) }
  iban(cc?: string): Val { return E('IBAN', V.iban(this.r, cc ?? this.loc.ibanCc)) }
  ssn(sep?: string): Val { return E('US_SSN', V.ssn(this.r, sep)) }
  nino(): Val { return E('UK_NINO', V.nino(this.r)) }
  ip(): Val { return E('IP_ADDRESS', V.ip(this.r)) }
  ip4(): Val { return E('IP_ADDRESS', V.ipv4(this.r)) }
  ip6(): Val { return E('IP_ADDRESS', V.ipv6(this.r)) }
  // lookalikes
  neg(kind: string, v: string): Val { return N(kind, v) }
  luhnBad(): Val { return N('luhn-invalid', V.luhnInvalid(this.r)) }
  ibanBad(cc?: string): Val { return N('iban-checksum', V.iban(this.r, cc ?? this.loc.ibanCc, true)) }
  ssnBad(): Val { return N('ssn-invalid', V.ssnInvalid(this.r)) }
  ninoBad(): Val { return N('nino-invalid', V.ninoInvalid(this.r)) }
  natId(n?: Name, which?: string): Val {
    const list = which ? this.loc.natIds.filter(([k]) => k === which) : this.loc.natIds
    const [k, f] = this.pick(list)
    return N(k, f(this.r, n ?? this.person()))
  }
  // a national id with the name a form gives it
  natLabeled(n?: Name): [string, Val] {
    const v = this.natId(n)
    const label: Record<string, string> = { tfn: 'Tax file number', medicare: 'Medicare no.', ird: 'IRD number', nin: 'NIN', sss: 'SSS no.', 'ph-tin': 'TIN', philsys: 'PhilSys card no.', chi: 'CHI number', sin: 'SIN' }
    return [label[v.label] ?? v.label, v]
  }
  // an amount as a transcript speaks it
  spokenMoney(): Val {
    const unit: Record<string, string> = { au: 'dollars', nz: 'dollars', ca: 'dollars', sco: 'pounds', ng: 'naira', ph: 'pesos' }
    const n = this.pick(['forty five', 'eighty five', 'one hundred and twenty', 'two fifty', 'sixty nine', 'ninety nine'])
    return N('amount', `${this.loc.origin === 'ng' ? `${n} thousand` : n} ${unit[this.loc.origin] ?? 'dollars'}`)
  }
  // the label and the id as parts: "TFN: 123 456 782"
  natLabeledPart(): Part[] {
    const [lab, v] = this.natLabeled()
    return [`${lab}: `, v]
  }
  // a bank account as the region writes it: an IBAN in Scotland, local account numbers elsewhere
  bank(): Val {
    const o = this.loc.origin
    if (o === 'sco' || !['au', 'nz', 'ng', 'ph', 'ca'].includes(o)) return this.iban()
    const d = (n: number) => this.digits(n)
    const v = o === 'au' ? `${this.pick(['062', '033', '083', '013'])}-${d(3)} ${d(8)}` : o === 'nz' ? `${this.pick(['12', '02', '06', '38'])}-${d(4)}-${d(7)}-${d(2)}` : o === 'ng' ? `0${d(9)}` : o === 'ph' ? `${d(4)}-${d(4)}-${d(4)}` : `${d(5)}-${this.pick(['001', '002', '003', '004', '006'])}-${d(7)}`
    return N('bank-account', v)
  }
  money(lo = 20, hi = 2000): Val { return N('amount', this.loc.money(this.r, this.int(lo, hi))) }
  date(): Val { return N('date', this.loc.date(this.r, this.pick([2025, 2026, 2026, 2027]), this.int(1, 12), this.int(1, 28))) }
  private clock = -1
  // times of a chat, each a few minutes after the last
  tick(): Val {
    this.clock = this.clock < 0 ? this.int(8 * 60, 20 * 60) : this.clock + this.int(1, 14)
    return N('time', this.loc.time(this.r, Math.floor(this.clock / 60) % 24, this.clock % 60, this.ampm))
  }
  time(): Val { return N('time', this.loc.time(this.r, this.int(7, 21), this.pick([0, 15, 30, 45, 10, 50]), this.ampm)) }
  version(): Val { return N('version', this.pick([`v${this.int(1, 9)}.${this.int(0, 20)}.${this.int(0, 9)}`, `${this.int(1, 4)}.${this.int(0, 30)}.${this.int(0, 99)}`, `v${this.int(2, 12)}.${this.int(0, 9)}`])) }
  word(w: string): Val { return N('name-word', w) }
  ref(kind: string, prefix: string, digits: number): Val { return N(kind, `${prefix}${this.r.digits(digits)}`) }
  digits(n: number) { return this.r.digits(n) }
  microchip(cc?: string): Val { return N('microchip', L.microchip(this.r, cc)) }
  mpan(): Val { return N('mpan', L.mpan(this.r)) }
  meterPoint(pre: string): Val { return N('metering-point', L.gsrn(this.r, pre)) }
  barcode(): Val { return N('barcode', L.ean13(this.r)) }
  ticket16(): Val { return N('ticket-number', L.ticketNumber16(this.r)) }
  locker(): Val { return N('locker-code', `${this.int(1, 9)}${this.digits(3)}`) }
  seat(): Val { return N('seat', this.pick([`${this.pick(['A', 'B', 'C', 'F', 'G', 'K', 'M'])}${this.int(1, 32)}`, `${this.pick(['STALLS', 'CIRCLE', 'BALC'])}-${this.pick(['D', 'H', 'J'])}${this.int(1, 28)}`])) }
}
