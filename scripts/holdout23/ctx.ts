// Locales and the value makers a template calls: each appends to the builder and records its span.
import type { Builder } from './render.ts'
import type { Rng } from './prng.ts'
import { person, surnameFirst, emailLocal, type Origin, type Person, WORD_NAMES } from './names.ts'
import * as V from './values.ts'
import * as L from './lookalikes.ts'

export interface Loc {
  key: string; lang: string; origin: Origin; phone: V.PhoneCountry; iban?: V.IbanCountry; cur: string; us: boolean
  ids: ((r: Rng, p: Person) => L.Neg)[]; plate: string; tld: string; foreign: V.PhoneCountry[]
}
const f = (x: (r: Rng) => L.Neg) => (r: Rng) => x(r)
export const LOCALES: Record<string, Loc> = {
  'en-us': { key: 'en-us', lang: 'en', origin: 'us', phone: 'US', cur: 'USD', us: true, ids: [f(L.usLicence)], plate: 'US', tld: 'com', foreign: ['MX', 'GB', 'DE'] },
  'en-ca': { key: 'en-ca', lang: 'en', origin: 'ca', phone: 'CA', cur: 'CAD', us: true, ids: [f(L.sin)], plate: 'CA', tld: 'ca', foreign: ['US', 'FR', 'IN'] },
  'en-in': { key: 'en-in', lang: 'en', origin: 'in', phone: 'IN', cur: 'INR', us: false, ids: [f(L.aadhaar), f(L.pan)], plate: 'IN', tld: 'in', foreign: ['GB', 'US', 'AU'] },
  'en-za': { key: 'en-za', lang: 'en', origin: 'za', phone: 'ZA', cur: 'ZAR', us: false, ids: [f(L.saId)], plate: 'ZA', tld: 'co.za', foreign: ['GB', 'DE', 'NL'] },
  'en-au': { key: 'en-au', lang: 'en', origin: 'au', phone: 'AU', cur: 'AUD', us: false, ids: [f(L.tfn)], plate: 'AU', tld: 'com.au', foreign: ['IE', 'GB', 'US'] },
  'en-gb': { key: 'en-gb', lang: 'en', origin: 'en', phone: 'GB', iban: 'GB', cur: 'GBP', us: false, ids: [(r, p) => L.ukLicence(r, p.family)], plate: 'GB', tld: 'co.uk', foreign: ['IE', 'FR', 'IN'] },
  'de-ch': { key: 'de-ch', lang: 'de', origin: 'chde', phone: 'CH', iban: 'CH', cur: 'CHF', us: false, ids: [f(L.ahv)], plate: 'CH', tld: 'ch', foreign: ['DE', 'AT', 'IT'] },
  'de-at': { key: 'de-at', lang: 'de', origin: 'at', phone: 'AT', iban: 'AT', cur: 'EURde', us: false, ids: [f(L.svnr)], plate: 'AT', tld: 'at', foreign: ['DE', 'CH', 'SE'] },
  'it-it': { key: 'it-it', lang: 'it', origin: 'it', phone: 'IT', iban: 'IT', cur: 'EUR', us: false, ids: [f(L.codiceFiscale)], plate: 'IT', tld: 'it', foreign: ['CH', 'DE', 'FR'] },
  'es-mx': { key: 'es-mx', lang: 'es', origin: 'mx', phone: 'MX', cur: 'MXN', us: false, ids: [f(L.curp)], plate: 'MX', tld: 'com.mx', foreign: ['US', 'ES', 'CA'] },
  'es-es': { key: 'es-es', lang: 'es', origin: 'es', phone: 'ES', iban: 'ES', cur: 'EUR', us: false, ids: [f(L.dni)], plate: 'ES', tld: 'es', foreign: ['GB', 'FR', 'PT'] },
  'pt-pt': { key: 'pt-pt', lang: 'pt', origin: 'pt', phone: 'PT', iban: 'PT', cur: 'EUR', us: false, ids: [f(L.nifPt)], plate: 'PT', tld: 'pt', foreign: ['BR', 'ES', 'FR'] },
  'pt-br': { key: 'pt-br', lang: 'pt', origin: 'br', phone: 'BR', iban: 'BR', cur: 'BRL', us: false, ids: [f(L.cpf)], plate: 'BR', tld: 'com.br', foreign: ['PT', 'US', 'IT'] },
  'fr-ch': { key: 'fr-ch', lang: 'fr', origin: 'chfr', phone: 'CH', iban: 'CH', cur: 'CHF', us: false, ids: [f(L.ahv)], plate: 'CH', tld: 'ch', foreign: ['FR', 'BE', 'IT'] },
  'nl-be': { key: 'nl-be', lang: 'nl', origin: 'be', phone: 'BE', iban: 'BE', cur: 'EUR', us: false, ids: [f(L.rrn)], plate: 'BE', tld: 'be', foreign: ['NL', 'FR', 'DE'] },
  'da-dk': { key: 'da-dk', lang: 'da', origin: 'dk', phone: 'DK', iban: 'DK', cur: 'DKK', us: false, ids: [f(L.cpr)], plate: 'DK', tld: 'dk', foreign: ['SE', 'DE', 'GB'] },
}

const EMOJI = ['🚗', '🚐', '🔑', '🏠', '💧', '⚡', '✈️', '🧳', '👍🏽', '🙏🏿', '👩🏻‍💼', '🧑🏾‍🔧', '👨‍👩‍👧', '🇨🇭', '🇦🇹', '🇮🇹', '🇲🇽', '🇪🇸', '🇵🇹', '🇧🇷', '🇧🇪', '🇩🇰', '🇺🇸', '🇮🇳', '🇿🇦', '🇦🇺', '🇨🇦', '🏴󠁧󠁢󠁥󠁮󠁧󠁿', '😅', '🙂', '📞', '📱', '🛂', '🧾']

export class Ctx {
  readonly people: Person[] = []
  constructor(readonly r: Rng, readonly loc: Loc, readonly b: Builder) {}
  get lang() { return this.loc.lang }
  t(s: string) { this.b.t(s); return this }
  /** a fresh person of the locale (or of another origin) */
  who(opts: { word?: boolean; origin?: Origin } = {}): Person {
    const p = person(this.r, opts.origin ?? this.loc.origin, { word: opts.word ?? this.r.chance(0.25) })
    this.people.push(p)
    return p
  }
  name(p: Person, form: 'full' | 'given' | 'family' | 'sfirst' | 'lower' = 'full') {
    const v = form === 'full' ? p.full : form === 'given' ? p.given : form === 'family' ? p.family : form === 'sfirst' ? surnameFirst(p) : p.full.toLowerCase()
    this.b.e('PERSON', v)
    return this
  }
  emoji() { this.b.t(this.r.pick(EMOJI) + ' '); return this }
  maybeEmoji(p = 0.5) { if (this.r.chance(Math.min(1, p + 0.4))) this.emoji(); return this }
  phone(opts: { country?: V.PhoneCountry; mobile?: boolean; style?: V.PhoneStyle; odd?: boolean; spoken?: boolean } = {}) {
    const country = opts.country ?? this.loc.phone
    const p = V.phone(this.r, country, opts.mobile)
    const foreign = country !== this.loc.phone && !(country === 'CH' && this.loc.phone === 'CH')
    let style = opts.style ?? this.r.pick(V.PHONE_STYLES)
    if (foreign && !style.startsWith('intl')) style = this.r.pick(['intl', 'intl-compact', 'intl-dash'] as V.PhoneStyle[])
    if (foreign && style === 'intl-00') style = 'intl'
    let v = V.fmtPhone(p, style)
    if (opts.odd) v = V.oddGroups(this.r, V.fmtPhone(p, 'nat'))
    if (opts.spoken) v = V.spoken(this.r, V.fmtPhone(p, 'nat'))
    this.b.e('PHONE', v)
    return this
  }
  foreignPhone() { return this.phone({ country: this.r.pick(this.loc.foreign), style: this.r.pick(['intl', 'intl-compact', 'intl-dash'] as V.PhoneStyle[]) }) }
  ext() { this.b.t(this.r.pick([` ext. ${this.r.int(10, 499)}`, ` x${this.r.int(10, 99)}`, ` ext ${this.r.int(100, 999)}`, ` (ext. ${this.r.int(2, 60)})`])); return this }
  email(p?: Person, domain?: string) {
    const local = p ? emailLocal(this.r, p) : this.r.pick(['claims', 'bookings', 'help', 'service', 'noreply', 'desk', 'accounts'])
    this.b.e('EMAIL', `${local}@${domain ?? this.r.pick(['gmail.com', 'outlook.com', 'yahoo.com', `mail.${this.loc.tld}`, `web.${this.loc.tld}`, 'icloud.com', 'proton.me'])}`)
    return this
  }
  card() { this.b.e('CARD', V.card(this.r)); return this }
  iban() {
    if (this.loc.iban) this.b.e('IBAN', V.iban(this.r, this.loc.iban))
    else if (this.loc.key === 'es-mx') this.neg(L.clabe(this.r))
    else this.b.e('IBAN', V.iban(this.r, this.r.pick(['GB', 'DK', 'BE', 'CH'] as V.IbanCountry[])))
    return this
  }
  ip() { this.b.e('IP_ADDRESS', V.ip(this.r)); return this }
  ssn() { this.b.e('US_SSN', V.ssn(this.r)); return this }
  nino() { this.b.e('UK_NINO', V.nino(this.r)); return this }
  neg([k, v]: L.Neg) { this.b.n(k, v); return this }
  date() { return this.neg(L.date(this.r, this.lang, this.loc.us)) }
  time() { return this.neg(L.time(this.r, this.lang, this.loc.us)) }
  amount() { return this.neg(L.amount(this.r, this.loc.cur)) }
  natId(p: Person) { return this.neg(this.r.pick(this.loc.ids)(this.r, p)) }
  luhnBad() { this.b.n('luhn-invalid', V.luhnInvalid(this.r)); return this }
  ibanBad() { this.b.n('iban-checksum', V.iban(this.r, this.loc.iban ?? this.r.pick(['GB', 'CH', 'DK'] as V.IbanCountry[]), false)); return this }
  ssnBad() { this.b.n('ssn-invalid', V.ssnInvalid(this.r)); return this }
  ninoBad() { this.b.n('nino-invalid', V.ninoInvalid(this.r)); return this }
  /** a given name of the text's language used as an ordinary word (the caller writes it) */
  word(w: string) { this.b.n('name-word', w); return this }
  pick<T>(xs: readonly T[]): T { return this.r.pick(xs) }
  chance(p: number) { return this.r.chance(p) }
  int(a: number, b: number) { return this.r.int(a, b) }
}
export { L, V, WORD_NAMES }
