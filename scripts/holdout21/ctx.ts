// Locales and the value makers a template calls: each call makes a fresh value and returns it as a span.
import * as LK from './lookalikes.ts'
import { ascii, capsFirst, full, greeklish, person, type Origin, type Person } from './names.ts'
import type { Rng } from './prng.ts'
import { ENT, NEG, type Span } from './render.ts'
import * as V from './values.ts'

export type Lang = 'en' | 'es' | 'el' | 'lv' | 'et' | 'sl' | 'is' | 'pt' | 'de' | 'it'
export type Region = 'mw' | 'tx' | 'ne' | 'in' | 'za' | 'jm' | 'ar' | 'co' | Exclude<Lang, 'en' | 'es'>

interface Locale {
  origin: Origin
  cc: V.PhoneCC
  sub?: string
  iban: string | null
  flag: string
  foreign: V.PhoneCC[]
  months: string[]
}
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const LOCALES: Record<Region, Locale> = {
  mw: { origin: 'mw', cc: 'US', sub: 'mw', iban: null, flag: '🇺🇸', foreign: ['CA', 'DE', 'IE', 'PL'], months: EN_MONTHS },
  tx: { origin: 'tx', cc: 'US', sub: 'tx', iban: null, flag: '🇺🇸', foreign: ['CA', 'AE', 'IE', 'FR'], months: EN_MONTHS },
  ne: { origin: 'ne', cc: 'GB', iban: 'GB', flag: '🏴󠁧󠁢󠁥󠁮󠁧󠁿', foreign: ['IE', 'PL', 'FR', 'NL', 'AU'], months: EN_MONTHS },
  in: { origin: 'in', cc: 'IN', iban: null, flag: '🇮🇳', foreign: ['AE', 'AU', 'NL', 'CA'], months: EN_MONTHS },
  za: { origin: 'za', cc: 'ZA', iban: null, flag: '🇿🇦', foreign: ['AU', 'NG', 'NL', 'IE'], months: EN_MONTHS },
  jm: { origin: 'jm', cc: 'JM', iban: null, flag: '🇯🇲', foreign: ['CA', 'IE', 'NG', 'FR'], months: EN_MONTHS },
  ar: { origin: 'ar', cc: 'AR', iban: null, flag: '🇦🇷', foreign: ['FR', 'PL', 'NL', 'AU'], months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] },
  co: { origin: 'co', cc: 'CO', iban: null, flag: '🇨🇴', foreign: ['FR', 'CA', 'NL', 'IE'], months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'] },
  el: { origin: 'el', cc: 'GR', iban: 'GR', flag: '🇬🇷', foreign: ['FR', 'NL', 'AU', 'PL'], months: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'] },
  lv: { origin: 'lv', cc: 'LV', iban: 'LV', flag: '🇱🇻', foreign: ['PL', 'IE', 'NL', 'FR'], months: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'] },
  et: { origin: 'et', cc: 'EE', iban: 'EE', flag: '🇪🇪', foreign: ['PL', 'FR', 'NL', 'IE'], months: ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'] },
  sl: { origin: 'sl', cc: 'SI', iban: 'SI', flag: '🇸🇮', foreign: ['FR', 'NL', 'PL', 'IE'], months: ['januar', 'februar', 'marec', 'april', 'maj', 'junij', 'julij', 'avgust', 'september', 'oktober', 'november', 'december'] },
  is: { origin: 'is', cc: 'IS', iban: 'IS', flag: '🇮🇸', foreign: ['PL', 'FR', 'IE', 'NL'], months: ['janúar', 'febrúar', 'mars', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'september', 'október', 'nóvember', 'desember'] },
  pt: { origin: 'pt', cc: 'PT', iban: 'PT', flag: '🇵🇹', foreign: ['FR', 'NL', 'IE', 'AU'], months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'] },
  de: { origin: 'de', cc: 'DE', iban: 'DE', flag: '🇩🇪', foreign: ['PL', 'NL', 'FR', 'AE'], months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] },
  it: { origin: 'it', cc: 'IT', iban: 'IT', flag: '🇮🇹', foreign: ['FR', 'NL', 'PL', 'AU'], months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'] },
}

export const EMOJI = {
  scooter: ['🛴', '🚲', '⚡', '🛵', '📍', '🅿️'],
  alarm: ['🚨', '🔔', '🔒', '🏠', '🚓', '⚠️'],
  nursery: ['👶🏽', '🧸', '🍼', '👩‍👧', '👨‍👩‍👧‍👦', '🎨', '🥜'],
  tax: ['🧾', '📄', '💷', '💰', '📊', '🗂️'],
  chat: ['👍🏾', '🙏🏻', '😊', '👋🏼', '🙌🏿', '😅', '✅', '👌🏽'],
}

const DOMAINS: Record<Region, string[]> = {
  mw: ['gmail.com', 'yahoo.com', 'midco.net', 'outlook.com'],
  tx: ['gmail.com', 'att.net', 'icloud.com', 'outlook.com'],
  ne: ['gmail.com', 'btinternet.com', 'sky.com', 'hotmail.co.uk'],
  in: ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'],
  za: ['gmail.com', 'mweb.co.za', 'telkomsa.net', 'icloud.com'],
  jm: ['gmail.com', 'yahoo.com', 'hotmail.com', 'flowja.com'],
  ar: ['gmail.com', 'hotmail.com.ar', 'fibertel.com.ar', 'yahoo.com.ar'],
  co: ['gmail.com', 'hotmail.com', 'une.net.co', 'outlook.com'],
  el: ['gmail.com', 'otenet.gr', 'yahoo.gr', 'hotmail.gr'],
  lv: ['inbox.lv', 'gmail.com', 'apollo.lv', 'tvnet.lv'],
  et: ['gmail.com', 'hot.ee', 'mail.ee', 'online.ee'],
  sl: ['gmail.com', 'siol.net', 't-2.net', 'amis.net'],
  is: ['gmail.com', 'simnet.is', 'internet.is', 'visir.is'],
  pt: ['gmail.com', 'sapo.pt', 'netcabo.pt', 'hotmail.com'],
  de: ['gmx.de', 'web.de', 't-online.de', 'posteo.de'],
  it: ['libero.it', 'gmail.com', 'virgilio.it', 'tiscali.it'],
}

export class Ctx {
  readonly L: Locale
  constructor(readonly r: Rng, readonly lang: Lang, readonly region: Region) {
    this.L = LOCALES[region]
  }
  // ---- people
  who(female?: boolean, origin?: Origin): Person {
    return person(this.r, origin ?? this.L.origin, female)
  }
  /** a name span as written */
  P(s: string): Span {
    return ENT('PERSON', s)
  }
  name(p: Person): Span {
    return ENT('PERSON', full(p))
  }
  caps(p: Person): Span {
    return ENT('PERSON', capsFirst(p))
  }
  lower(p: Person): Span {
    return ENT('PERSON', full(p).toLowerCase())
  }
  given(p: Person): Span {
    return ENT('PERSON', p.given)
  }
  family(p: Person): Span {
    return ENT('PERSON', p.family)
  }
  greek(p: Person): Span {
    return ENT('PERSON', greeklish(full(p)))
  }
  // ---- contact values
  ph(form?: V.PhoneForm, cc?: V.PhoneCC): Span {
    const f = form ?? this.r.pick(['nat', 'nat', 'intl', 'intl', '00'] as V.PhoneForm[])
    const country = cc ?? this.L.cc
    return ENT('PHONE', V.phone(this.r, country, f, country === this.L.cc ? this.L.sub : undefined))
  }
  foreign(): Span {
    return ENT('PHONE', V.phone(this.r, this.r.pick(this.L.foreign), 'intl'))
  }
  /** a phone spoken digit by digit: words, groups split by commas */
  spoken(): Span {
    const v = V.phone(this.r, this.L.cc, 'nat', this.L.sub)
    const groups = V.phoneDigitsGroups(v.replace(/[()]/g, ''))
    const oh = this.region === 'ne' || this.region === 'jm' || this.region === 'za'
    return ENT('PHONE', V.spokenPhone(this.r, groups, oh, oh && this.r.chance(0.7)))
  }
  /** a phone in digit groups as speech-to-text writes it (national, spaces only) */
  heard(): Span {
    const v = V.phone(this.r, this.L.cc, 'nat', this.L.sub)
    const d = v.replace(/\D/g, '')
    const cuts = [3, 3 + this.r.int(2, 4)]
    const parts = [d.slice(0, cuts[0]), d.slice(cuts[0], cuts[1]), d.slice(cuts[1])].filter(Boolean)
    const s = parts.join(' ')
    if (!V.phoneValid(s, this.L.cc)) return this.heard()
    return ENT('PHONE', s)
  }
  mail(p?: Person, domain?: string): Span {
    const r = this.r
    const x = p ?? this.who()
    const g = ascii(x.given).toLowerCase().replace(/ /g, '')
    const f = ascii(x.family).toLowerCase().replace(/ /g, '')
    const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${f}${r.int(1, 99)}`, `${g}_${f}`, `${f}.${g}`, `${g}${r.int(70, 99)}`])
    return ENT('EMAIL', `${local.replace(/-/g, '')}@${domain ?? r.pick(DOMAINS[this.region])}`)
  }
  role(localPart: string, domain: string): Span {
    return ENT('EMAIL', `${localPart}@${domain}`)
  }
  card(brand?: V.Brand, sep?: string): Span {
    const b = brand ?? this.r.pick(['visa', 'visa', 'mastercard', 'mastercard', 'amex', 'maestro', 'discover', 'jcb', 'diners'] as V.Brand[])
    return ENT('CARD', V.groupCard(this.r, V.cardDigits(this.r, b), sep))
  }
  iban(cc?: string, grouped?: boolean): Span {
    const country = cc ?? this.L.iban ?? 'GB'
    const v = V.ibanCompact(this.r, country)
    return ENT('IBAN', (grouped ?? this.r.chance(0.6)) ? V.groupIban(v) : v)
  }
  ssn(sep = '-'): Span {
    return ENT('US_SSN', V.ssn(this.r, sep))
  }
  nino(spaced?: boolean): Span {
    return ENT('UK_NINO', V.nino(this.r, spaced ?? this.r.chance(0.5)))
  }
  ip(v6?: boolean): Span {
    const six = v6 ?? this.r.chance(0.35)
    return ENT('IP_ADDRESS', six ? V.ipv6(this.r, this.r.chance(0.6)) : V.ipv4(this.r))
  }
  // ---- lookalikes
  neg(kind: string, v: string): Span {
    return NEG(kind, v)
  }
  word(w: string): Span {
    return NEG('name-word', w)
  }
  luhnBad(): Span {
    const d = V.luhnInvalid(this.r)
    const s = this.r.pick([' ', '-', ''])
    return NEG('luhn-invalid', s ? d.replace(/(\d{4})(?=\d)/g, `$1${s}`) : d)
  }
  ibanBad(cc?: string): Span {
    const v = V.ibanBadCheck(this.r, cc ?? this.L.iban ?? 'GB')
    return NEG('iban-checksum', this.r.chance(0.6) ? V.groupIban(v) : v)
  }
  ssnBad(): Span {
    return NEG('ssn-invalid', V.ssnInvalid(this.r))
  }
  ninoBad(): Span {
    return NEG('nino-invalid', V.ninoInvalid(this.r))
  }
  /** a date of birth: an adult's, or a small child's */
  dob(child = false): Span {
    return this.date(undefined, child ? this.r.int(2021, 2025) : this.r.int(1952, 2003))
  }
  /** a chat clock: times that go forward, in one format per chat */
  clock(): () => Span {
    const r = this.r
    let min = r.int(6 * 60, 21 * 60)
    const h12 = this.lang === 'en' && this.region !== 'ne' && this.region !== 'za' && r.chance(0.7)
    const upper = r.chance(0.5)
    return () => {
      min = (min + r.int(0, 9)) % (24 * 60)
      const h = Math.floor(min / 60)
      const m = String(min % 60).padStart(2, '0')
      if (h12) {
        const suf = h < 12 ? 'am' : 'pm'
        return NEG('time', `${h % 12 === 0 ? 12 : h % 12}:${m}${upper ? ` ${suf.toUpperCase()}` : suf}`)
      }
      return NEG('time', `${String(h).padStart(2, '0')}:${m}`)
    }
  }
  date(style?: number, year?: number): Span {
    const r = this.r
    const d = r.int(1, 28)
    const m = r.int(1, 12)
    const y = year ?? r.pick([2025, 2026, 2026, 2027])
    const M = this.L.months[m - 1]!
    const p2 = (n: number) => String(n).padStart(2, '0')
    const s = style ?? r.int(0, 1)
    const forms: Record<Region, [string, string]> = {
      mw: [`${m}/${d}/${y}`, `${M} ${d}, ${y}`],
      tx: [`${m}/${d}/${y}`, `${M} ${d}`],
      ne: [`${p2(d)}/${p2(m)}/${y}`, `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'} ${M}`],
      in: [`${p2(d)}-${p2(m)}-${y}`, `${p2(d)}/${p2(m)}/${y}`],
      za: [`${y}/${p2(m)}/${p2(d)}`, `${d} ${M} ${y}`],
      jm: [`${p2(d)}/${p2(m)}/${y}`, `${M} ${d}, ${y}`],
      ar: [`${p2(d)}/${p2(m)}/${y}`, `${d} de ${M}`],
      co: [`${p2(d)}/${p2(m)}/${y}`, `${d} de ${M} de ${y}`],
      el: [`${p2(d)}/${p2(m)}/${y}`, `${d} ${M} ${y}`],
      lv: [`${p2(d)}.${p2(m)}.${y}.`, `${y}. gada ${d}. ${M}`],
      et: [`${p2(d)}.${p2(m)}.${y}`, `${d}. ${M} ${y}`],
      sl: [`${d}. ${m}. ${y}`, `${d}. ${M} ${y}`],
      is: [`${d}.${m}.${y}`, `${d}. ${M} ${y}`],
      pt: [`${p2(d)}/${p2(m)}/${y}`, `${d} de ${M} de ${y}`],
      de: [`${p2(d)}.${p2(m)}.${y}`, `${d}. ${M} ${y}`],
      it: [`${p2(d)}/${p2(m)}/${y}`, `${d} ${M} ${y}`],
    }
    let v = forms[this.region][s === 1 ? 1 : 0]
    if (this.region === 'lv' && s !== 1) v = v.slice(0, -1) // written without the full stop after the year
    return NEG('date', v)
  }
  time(): Span {
    const r = this.r
    const h = r.int(0, 23)
    const m = r.pick(['00', '05', '12', '15', '20', '30', '37', '45', '50', '58'])
    if (this.lang === 'en' && this.region !== 'ne' && this.region !== 'za' && r.chance(0.7)) {
      const h12 = h % 12 === 0 ? 12 : h % 12
      const suf = h < 12 ? 'am' : 'pm'
      return NEG('time', `${h12}:${m}${r.pick([suf, suf, ` ${suf.toUpperCase()}`])}`)
    }
    if (this.lang === 'it' || this.lang === 'lv') return NEG('time', `${h}.${m}`)
    return NEG('time', `${String(h).padStart(2, '0')}:${m}`)
  }
  ts(): Span {
    const r = this.r
    const p2 = (n: number) => String(n).padStart(2, '0')
    return NEG('timestamp', `2026-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`)
  }
  amount(lo = 5, hi = 900): Span {
    const r = this.r
    const n = r.int(lo, hi)
    const c = r.pick(['00', '50', '99', '25', '75', '40'])
    const th = (x: number, sep: string) => String(x).replace(/\B(?=(\d{3})+$)/g, sep)
    const inr = (x: number) => {
      const s = String(x)
      if (s.length <= 3) return s
      return `${s.slice(0, -3).replace(/\B(?=(\d{2})+$)/g, ',')},${s.slice(-3)}`
    }
    const forms: Record<Region, string[]> = {
      mw: [`$${th(n, ',')}.${c}`, `$${th(n, ',')}`],
      tx: [`$${th(n, ',')}.${c}`, `$${th(n, ',')}`],
      ne: [`£${th(n, ',')}.${c}`, `£${th(n, ',')}`],
      in: [`₹${inr(n * 40)}`, `Rs. ${inr(n * 40)}`, `INR ${inr(n * 40)}`],
      za: [`R${th(n * 9, ' ')},${c}`, `R${n * 9}`],
      jm: [`J$${th(n * 150, ',')}`, `JMD ${th(n * 150, ',')}`],
      ar: [`$ ${th(n * 900, '.')}`, `ARS ${th(n * 900, '.')},${c}`],
      co: [`$ ${th(n * 3000, '.')}`, `COP ${th(n * 3000, '.')}`],
      el: [`${th(n, '.')},${c} €`, `€${n},${c}`],
      lv: [`${th(n, ' ')},${c} EUR`, `€ ${n},${c}`],
      et: [`${th(n, ' ')},${c} €`, `${n} eurot`],
      sl: [`${th(n, '.')},${c} €`, `${n},${c} EUR`],
      is: [`${th(n * 140, '.')} kr.`, `ISK ${th(n * 140, '.')}`],
      pt: [`${th(n, '.')},${c} €`, `€ ${n},${c}`],
      de: [`${th(n, '.')},${c} €`, `${n},${c} EUR`],
      it: [`€ ${th(n, '.')},${c}`, `${n},${c} euro`],
    }
    return NEG('amount', r.pick(forms[this.region]))
  }
  ver(): Span {
    const r = this.r
    return NEG('version', r.pick([`v${r.int(1, 6)}.${r.int(0, 19)}.${r.int(0, 9)}`, `${r.int(2, 9)}.${r.int(0, 40)}.${r.int(0, 12)}`, `${r.int(1, 4)}.${r.int(0, 9)}`]))
  }
  /** the national personal or tax id of the text's country, recorded as a lookalike */
  nid(p?: Person): Span {
    const r = this.r
    const x = p ?? this.who()
    switch (this.region) {
      case 'mw': case 'tx': return r.chance(0.5) ? NEG('ein', LK.ein(r)) : NEG('itin', LK.itin(r))
      case 'ne': return NEG('utr', LK.utr(r))
      case 'in': return r.chance(0.5) ? NEG('pan', LK.pan(r, x.family)) : NEG('aadhaar', LK.aadhaar(r))
      case 'za': return r.chance(0.5) ? NEG('za-id', LK.zaId(r)) : NEG('za-tax', LK.zaTax(r))
      case 'jm': return NEG('trn', LK.trn(r))
      case 'ar': return r.chance(0.6) ? NEG('cuit', LK.cuit(r)) : NEG('dni', LK.dni(r))
      case 'co': return r.chance(0.5) ? NEG('cedula', LK.cedulaCo(r)) : NEG('nit', LK.nitCo(r))
      case 'el': return r.chance(0.5) ? NEG('afm', LK.afm(r)) : NEG('amka', LK.amka(r))
      case 'lv': return NEG('personas-kods', LK.lvPk(r))
      case 'et': return NEG('isikukood', LK.eeIk(r))
      case 'sl': return r.chance(0.5) ? NEG('emso', LK.emso(r)) : NEG('davcna', LK.siTax(r))
      case 'is': return NEG('kennitala', LK.kennitala(r))
      case 'pt': return NEG('nif', LK.nif(r))
      case 'de': return r.chance(0.6) ? NEG('steuer-id', LK.steuerId(r)) : NEG('steuernummer', LK.steuernummer(r))
      case 'it': return r.chance(0.6) ? NEG('codice-fiscale', LK.codiceFiscale(r, x.family, x.given, x.female)) : NEG('partita-iva', LK.partitaIva(r))
    }
  }
  /** a local bank account where the country writes no IBAN */
  bankAccount(): Span {
    const r = this.r
    switch (this.region) {
      case 'mw': case 'tx': return NEG('routing-number', LK.aba(r))
      case 'in': return NEG('ifsc', LK.ifsc(r))
      case 'ar': return NEG('cbu', LK.cbu(r))
      case 'ne': return NEG('bank-account', LK.sortCodeAccount(r))
      default: return NEG('bank-account', r.digits(r.int(9, 11)))
    }
  }
  // ---- the businesses' numbers
  ride(): Span { return NEG('ride-id', `R-${this.r.letters(2)}${this.r.digits(6)}`) }
  vehicle(): Span { return NEG('vehicle-id', this.r.pick([`${this.r.letters(2)}-${this.r.digits(4)}`, `#${this.r.digits(6)}`, `SC${this.r.digits(5)}`])) }
  qr(): Span { return NEG('qr-code', `${this.r.letters(3)}${this.r.digits(3)}`) }
  imei(): Span { return NEG('imei', LK.imei(this.r)) }
  fine(): Span { return NEG('fine-ref', this.r.pick([`${this.r.letters(2)}${this.r.digits(8)}`, `MUL-${this.r.digits(7)}`, `F${this.r.digits(9)}`])) }
  order(): Span { return NEG('order-number', this.r.pick([`ORD-${this.r.digits(6)}`, `${this.r.digits(10)}`])) }
  tracking(): Span { return NEG('tracking-number', this.r.chance(0.5) ? LK.upsTracking(this.r) : `JD${this.r.digits(18)}`) }
  ref(prefix: string, n = 6): Span { return NEG('reference', `${prefix}${this.r.digits(n)}`) }
  panel(): Span { return NEG('panel-id', this.r.pick([`${this.r.int(1000, 9999)}`, `${this.r.letters(1, 'ABCDEF')}${this.r.int(100, 999)}`, `${this.r.int(0x1000, 0xffff).toString(16).toUpperCase()}`])) }
  zone(): Span { return NEG('zone', this.r.pick([`Z${this.r.pad(this.r.int(1, 32), 2)}`, `${this.r.pad(this.r.int(1, 32), 2)}`])) }
  event(): Span { return NEG('event-code', this.r.pick(['E130', 'E131', 'E110', 'E100', 'E301', 'E383', 'R401', 'E602', 'E570', 'R130'])) }
  pin(): Span { return NEG('user-code', this.r.digits(4)) }
  police(): Span {
    const r = this.r
    const forms: Partial<Record<Region, string>> = {
      mw: `${r.int(25, 26)}-${r.digits(6)}`, tx: `${r.int(25, 26)}-${r.digits(6)}`, ne: `${r.pick(['WYP', 'GMP', 'SYP', 'NP'])}-${r.digits(5)}-26`,
      in: `FIR ${r.int(10, 999)}/2026`, za: `CAS ${r.int(10, 999)}/${r.int(1, 12)}/2026`, jm: `${r.letters(3)}${r.digits(6)}`,
    }
    return NEG('police-ref', forms[this.region] ?? `${r.int(100, 9999)}/${r.int(25, 26)}`)
  }
  child(): Span { return NEG('child-ref', `CH-${this.r.digits(4)}`) }
  invoice(): Span { return NEG('invoice', this.r.pick([`INV-${this.r.digits(5)}`, `${this.r.letters(2)}${this.r.digits(6)}`, `F${this.r.int(2025, 2026)}/${this.r.digits(4)}`])) }
  taxYear(): Span { return NEG('tax-year', this.r.pick(['2025/26', '2024-25', '2025', 'AY 2026-27', '2024/25'])) }
  returnRef(): Span { return NEG('return-ref', `${this.r.letters(2)}-${this.r.digits(7)}`) }
  fees(): Span { return this.amount(60, 1600) }
  flag(): string { return this.L.flag }
  emo(set: keyof typeof EMOJI): string { return this.r.pick(EMOJI[set]) }
}
