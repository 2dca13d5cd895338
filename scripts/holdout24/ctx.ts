// Locales and the value makers a template calls. Every maker appends through the renderer, so spans are recorded
// by construction.
import type { Rng } from './prng.ts'
import { B } from './render.ts'
import { makePhone, spoken, NAT_STYLES, INTL_STYLES, type Style } from './phones.ts'
import { person, type Person } from './names.ts'
import { card, email, iban, ibanBad, ip, luhnInvalid, nino, ninoBad, ssn, ssnBad } from './values.ts'
import { BIZ, ID, IDS_OF } from './lookalikes.ts'

export interface Locale {
  lang: string; region: string; country: string; names: string; ibanCC?: string
  mail: string[]; money: (r: Rng) => string; date: (r: Rng) => string; time: (r: Rng) => string
  foreign: string[]; word: string[]
}
const MON_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const p2 = (n: number) => String(n).padStart(2, '0')
const num = (r: Rng, lo: number, hi: number, th: string, dec: string, cents = true) => {
  const n = r.int(lo, hi)
  const s = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, th)
  return cents ? `${s}${dec}${p2(r.int(0, 99))}` : s
}
const enDate = (us: boolean) => (r: Rng) => { const d = r.int(1, 28); const m = r.int(0, 11); return r.pick(us ? [`${MON_EN[m]} ${d}, 2026`, `${m + 1}/${d}/2026`, `${MON_EN[m]} ${d}`] : [`${d} ${MON_EN[m]} 2026`, `${p2(d)}/${p2(m + 1)}/2026`, `${d} ${MON_EN[m]}`]) }
const enTime = (r: Rng) => r.pick([`${r.int(1, 12)}:${p2(r.int(0, 59))}${r.pick(['am', 'pm', ' am', ' pm'])}`, `${p2(r.int(7, 21))}:${p2(r.int(0, 59))}`])
const dotDate = (r: Rng) => `${p2(r.int(1, 28))}.${p2(r.int(1, 12))}.2026`
const slashDate = (r: Rng) => `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/2026`
const colon = (r: Rng) => `${r.int(7, 20)}:${p2(r.int(0, 59))}`
const dotTime = (r: Rng) => `${r.int(7, 20)}.${p2(r.int(0, 59))}`

export const LOCALES: Record<string, Locale> = {
  'en-ie': { lang: 'en', region: 'en-ie', country: 'IE', names: 'ie', ibanCC: 'IE', mail: ['eirpost.ie', 'gmail.com', 'corrib-mail.ie', 'outlook.ie'], money: (r) => `€${num(r, 5, 2400, ',', '.')}`, date: enDate(false), time: enTime, foreign: ['GB', 'FR', 'PL', 'US'], word: [] },
  'en-sct': { lang: 'en', region: 'en-sct', country: 'GB', names: 'sct', ibanCC: 'GB', mail: ['btinternet.com', 'glenmail.co.uk', 'gmail.com', 'hotmail.co.uk'], money: (r) => `£${num(r, 5, 1900, ',', '.')}`, date: enDate(false), time: enTime, foreign: ['IE', 'DE', 'NZ', 'ES'], word: [] },
  'en-us': { lang: 'en', region: 'en-us', country: 'US', names: 'us', mail: ['gmail.com', 'yahoo.com', 'comcast.net', 'bayside-mail.com'], money: (r) => `$${num(r, 5, 3200, ',', '.')}`, date: enDate(true), time: enTime, foreign: ['CA', 'IE', 'IT', 'PH'], word: [] },
  'en-ng': { lang: 'en', region: 'en-ng', country: 'NG', names: 'ng', mail: ['gmail.com', 'yahoo.com', 'lagosmail.ng', 'kanopost.com.ng'], money: (r) => r.pick([`₦${num(r, 1500, 950000, ',', '.')}`, `NGN ${num(r, 1500, 950000, ',', '.', false)}`]), date: enDate(false), time: enTime, foreign: ['GB', 'US', 'FR'], word: [] },
  'en-ph': { lang: 'en', region: 'en-ph', country: 'PH', names: 'ph', mail: ['gmail.com', 'yahoo.com.ph', 'pinoymail.ph'], money: (r) => r.pick([`₱${num(r, 99, 25000, ',', '.')}`, `PHP ${num(r, 99, 25000, ',', '.')}`]), date: enDate(true), time: enTime, foreign: ['US', 'NZ', 'IT'], word: [] },
  'en-nz': { lang: 'en', region: 'en-nz', country: 'NZ', names: 'nz', mail: ['xtra.co.nz', 'gmail.com', 'kiwimail.co.nz'], money: (r) => `NZ$${num(r, 5, 2400, ',', '.')}`, date: enDate(false), time: enTime, foreign: ['GB', 'FI', 'IE'], word: [] },
  'fr-fr': { lang: 'fr', region: 'fr-fr', country: 'FR', names: 'fr', ibanCC: 'FR', mail: ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com'], money: (r) => `${num(r, 5, 2400, ' ', ',')} €`, date: (r) => r.pick([slashDate(r), `${r.int(1, 28)} déc. 2026`]), time: (r) => r.pick([colon(r), `${r.int(8, 19)}h${p2(r.int(0, 59))}`]), foreign: ['DE', 'ES', 'IT'], word: ['blanche'] },
  'fr-ca': { lang: 'fr', region: 'fr-ca', country: 'CA', names: 'ca', mail: ['videotron.ca', 'gmail.com', 'sympatico.ca'], money: (r) => `${num(r, 5, 2400, ' ', ',')} $`, date: (r) => `2026-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`, time: (r) => `${r.int(8, 19)}h${p2(r.int(0, 59))}`, foreign: ['FR', 'US'], word: ['blanche'] },
  'de-de': { lang: 'de', region: 'de-de', country: 'DE', names: 'de', ibanCC: 'DE', mail: ['web.de', 'gmx.de', 't-online.de'], money: (r) => `${num(r, 5, 2400, '.', ',')} €`, date: dotDate, time: colon, foreign: ['PL', 'SE', 'RO'], word: ['ernst'] },
  'es-es': { lang: 'es', region: 'es-es', country: 'ES', names: 'es', ibanCC: 'ES', mail: ['telefonica.net', 'gmail.com', 'correo-iberia.es'], money: (r) => `${num(r, 5, 2400, '.', ',')} €`, date: (r) => r.pick([slashDate(r), `${r.int(1, 28)} de diciembre`]), time: colon, foreign: ['FR', 'AR'], word: ['luz'] },
  'es-ar': { lang: 'es', region: 'es-ar', country: 'AR', names: 'ar', mail: ['fibertel.com.ar', 'gmail.com', 'correo-pampa.com.ar'], money: (r) => `$${num(r, 500, 95000, '.', ',', false)}`, date: (r) => r.pick([slashDate(r), `${r.int(1, 28)} de marzo`]), time: colon, foreign: ['ES', 'CL', 'IT'], word: ['luz'] },
  'es-cl': { lang: 'es', region: 'es-cl', country: 'CL', names: 'cl', mail: ['gmail.com', 'vtr.net', 'correo-andes.cl'], money: (r) => `$${num(r, 1000, 990000, '.', ',', false)}`, date: (r) => r.pick([`${p2(r.int(1, 28))}-${p2(r.int(1, 12))}-2026`, `${r.int(1, 28)} de abril`]), time: colon, foreign: ['AR', 'ES'], word: ['luz'] },
  'it-it': { lang: 'it', region: 'it-it', country: 'IT', names: 'it', ibanCC: 'IT', mail: ['libero.it', 'virgilio.it', 'tiscali.it', 'gmail.com'], money: (r) => `€ ${num(r, 5, 2400, '.', ',')}`, date: slashDate, time: (r) => r.pick([colon(r), dotTime(r)]), foreign: ['DE', 'FR', 'GR'], word: ['serena'] },
  'pl-pl': { lang: 'pl', region: 'pl-pl', country: 'PL', names: 'pl', ibanCC: 'PL', mail: ['wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'], money: (r) => `${num(r, 5, 2400, ' ', ',')} zł`, date: dotDate, time: colon, foreign: ['DE', 'IE'], word: ['róża'] },
  'sv-se': { lang: 'sv', region: 'sv-se', country: 'SE', names: 'sv', ibanCC: 'SE', mail: ['telia.com', 'bredband.net', 'gmail.com'], money: (r) => `${num(r, 5, 9000, ' ', ',', false)} kr`, date: (r) => `2026-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`, time: colon, foreign: ['FI', 'DE'], word: ['vilja'] },
  'fi-fi': { lang: 'fi', region: 'fi-fi', country: 'FI', names: 'fi', ibanCC: 'FI', mail: ['elisanet.fi', 'luukku.com', 'gmail.com'], money: (r) => `${num(r, 5, 2400, ' ', ',')} €`, date: (r) => `${r.int(1, 28)}.${r.int(1, 12)}.2026`, time: dotTime, foreign: ['SE', 'DE'], word: ['toivo'] },
  'el-gr': { lang: 'el', region: 'el-gr', country: 'GR', names: 'el', ibanCC: 'GR', mail: ['otenet.gr', 'gmail.com', 'hol.gr'], money: (r) => `${num(r, 5, 2400, '.', ',')} €`, date: slashDate, time: colon, foreign: ['IT', 'RO', 'GB'], word: ['ελπίδα'] },
  'ro-ro': { lang: 'ro', region: 'ro-ro', country: 'RO', names: 'ro', ibanCC: 'RO', mail: ['yahoo.ro', 'gmail.com', 'posta-carpati.ro'], money: (r) => `${num(r, 5, 2400, '.', ',')} lei`, date: dotDate, time: colon, foreign: ['IT', 'DE', 'ES'], word: ['speranța'] },
}

export type NameForm = 'full' | 'given' | 'family' | 'caps' | 'lower'
export class Ctx {
  constructor(public r: Rng, public loc: Locale, public b: B) {}
  who(): Person { return person(this.r, this.loc.names) }
  /** a name as written; caps: FAMILY Given (one span) */
  name(p: Person, form: NameForm = 'full'): this {
    const v = form === 'given' ? p.given : form === 'family' ? p.family : form === 'caps' ? `${p.family.toUpperCase()} ${p.given}` : `${p.given} ${p.family}`
    this.b.e('PERSON', form === 'lower' ? v.toLowerCase() : v)
    return this
  }
  phone(style?: Style, country = this.loc.country, mobile?: boolean): this {
    const st = style ?? (this.r.chance(0.55) ? this.r.pick(NAT_STYLES) : this.r.pick(INTL_STYLES))
    this.b.e('PHONE', makePhone(this.r, country, st === 'us-1' && country !== 'US' && country !== 'CA' ? 'nat-dash' : st, mobile).text)
    return this
  }
  mobile(style?: Style): this { return this.phone(style, this.loc.country, true) }
  foreign(): this { this.b.e('PHONE', makePhone(this.r, this.r.pick(this.loc.foreign), this.r.pick(['intl', 'intl', 'intl-compact', 'intl-dash'] as Style[])).text); return this }
  spokenPhone(): this { this.b.e('PHONE', spoken(this.r, this.loc.country).text); return this }
  oddPhone(): this { this.b.e('PHONE', makePhone(this.r, this.loc.country, 'odd').text); return this }
  email(p: Person): this { this.b.e('EMAIL', email(this.r, p.given, p.family, this.loc.mail)); return this }
  card(): this { this.b.e('CARD', card(this.r)); return this }
  iban(): this { this.b.e('IBAN', iban(this.r, this.loc.ibanCC ?? this.r.pick(['IE', 'GB', 'DE', 'FR']))); return this }
  ip(): this { this.b.e('IP_ADDRESS', ip(this.r)); return this }
  ssn(sep?: string): this { this.b.e('US_SSN', ssn(this.r, sep)); return this }
  nino(): this { this.b.e('UK_NINO', nino(this.r)); return this }
  // lookalikes
  neg(kind: string): this {
    const r = this.r
    const f = BIZ[kind] ?? ID[kind]
    let v: string
    if (f) v = f(r)
    else if (kind === 'date') v = this.loc.date(r)
    else if (kind === 'time') v = this.loc.time(r)
    else if (kind === 'amount') v = this.loc.money(r)
    else if (kind === 'timestamp') v = `2026-${p2(r.int(1, 11))}-${p2(r.int(1, 28))}T${p2(r.int(0, 23))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z`
    else if (kind === 'version') v = r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(2, 14)}.${r.int(0, 9)}`])
    else if (kind === 'card-last4') v = r.digits(4)
    else if (kind === 'luhn-invalid') v = luhnInvalid(r)
    else if (kind === 'iban-checksum') v = ibanBad(r, this.loc.ibanCC ?? r.pick(['IE', 'GB', 'DE', 'FR', 'ES']))
    else if (kind === 'ssn-invalid') v = ssnBad(r)
    else if (kind === 'nino-invalid') v = ninoBad(r)
    else throw new Error(`no lookalike ${kind}`)
    this.b.n(kind, v)
    return this
  }
  /** every national id of the country, separated by slashes */
  allIds(): this { const ids = IDS_OF[this.loc.country] ?? []; ids.forEach((k, i) => { if (i) this.t(' / '); this.neg(k) }); if (!ids.length) this.neg('ssn-invalid'); return this }
  /** the country's national id, or a business number where the country has none here */
  nid(): this { const ids = IDS_OF[this.loc.country] ?? []; return this.neg(ids.length ? this.r.pick(ids) : 'ssn-invalid') }
  t(...s: string[]): this { this.b.t(...s); return this }
  call<A extends unknown[]>(f: (c: Ctx, ...a: A) => unknown, ...a: A): this { f(this, ...a); return this }
  pick<T>(xs: readonly T[]): T { return this.r.pick(xs) }
  chance(p: number): boolean { return this.r.chance(p) }
}
