// The per-text context: its locale, business, people, and helpers that write labeled values through the builder.
import { Rng, pad } from './prng.ts'
import { Builder } from './render.ts'
import { type Locale, type Key, EN_COLOUR } from './locales.ts'
import { makePerson, nameStrings, childFamily, type Person } from './names.ts'
import { drawPhone, writePhone, spokenPhone, type Form, type Phone } from './phones.ts'
import { card, badCard, iban, badIban, ssn, badSsn, nino, badNino, ip } from './values.ts'
import { NATIONAL, NATIONAL_OF, BIZ } from './ids.ts'

export type Biz = 'removals' | 'venue' | 'ski' | 'care'
export const BIZ_NAME: Record<Biz, string> = { removals: 'Packhorse Removals & Storage', venue: 'Lanternfield Hall', ski: 'Ridgeline Ski & Outdoor', care: 'Hearthside Home Care' }
export const BIZ_MAIL: Record<Biz, string> = { removals: 'quotes@packhorse-moves.example', venue: 'events@lanternfield-hall.example', ski: 'rentals@ridgeline-outdoor.example', care: 'office@hearthside-care.example' }
export const BIZ_KINDS: Record<Biz, string[]> = {
  removals: ['quote-number', 'crate-number', 'storage-unit', 'access-code', 'van-plate'],
  venue: ['booking-reference', 'table-number', 'supplier-ref'],
  ski: ['rental-agreement', 'boot-size', 'ski-length', 'lift-pass'],
  care: ['care-plan', 'visit-number', 'key-safe'],
}
const LABEL: Record<string, Key> = { 'quote-number': 'quote', 'crate-number': 'crate', 'storage-unit': 'unit', 'access-code': 'access', 'van-plate': 'van', 'booking-reference': 'booking', 'table-number': 'table', 'supplier-ref': 'supplier', 'rental-agreement': 'agreement', 'boot-size': 'boot', 'ski-length': 'ski', 'lift-pass': 'liftpass', 'care-plan': 'careplan', 'visit-number': 'visit', 'key-safe': 'keysafe' }
const FLAGS: Record<string, string> = { my: '🇲🇾', tt: '🇹🇹', ug: '🇺🇬', zm: '🇿🇲', wales: '🏴\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}', nl: '🇨🇦', south: '🇺🇸', midwest: '🇺🇸', da: '🇩🇰', no: '🇳🇴', is: '🇮🇸', pt: '🇵🇹', ar: '🇦🇷', co: '🇨🇴', ca: '🇪🇸', cs: '🇨🇿', sk: '🇸🇰', hu: '🇭🇺', hr: '🇭🇷', src: '🇷🇸', srl: '🇷🇸', mt: '🇲🇹', lb: '🇱🇺', gsw: '🇨🇭' }
const BIZ_EMOJI: Record<Biz, string[]> = { removals: ['🚚', '📦', '🏠', '🔑'], venue: ['💍', '💐', '🥂', '👰🏽‍♀️', '🤵🏿'], ski: ['⛷️', '🏔️', '🎿', '🏂🏻', '❄️'], care: ['👵🏽', '🧑🏾‍⚕️', '❤️', '🏡', '👴🏻'] }
const EXTRA_EMOJI = ['👍🏾', '🙏🏽', '☎️', '⚠️', '🗓️', '👨‍👩‍👧‍👦', '✅', '😊', '📞', '👩🏻‍💼']

export class Ctx {
  people: Person[] = []
  b: Builder
  constructor(readonly r: Rng, readonly loc: Locale, readonly biz: Biz, nfd: boolean, lower: boolean) { this.b = new Builder(nfd, lower) }
  get ph() { return this.loc.ph }
  get en() { return this.loc.lang === 'en' }
  t(...s: string[]) { this.b.t(...s); return this }
  /** a person of the locale (or foreign) */
  person(opts: { origin?: string; fem?: boolean; foreign?: boolean } = {}): Person {
    const origin = opts.foreign ? 'foreign' : (opts.origin ?? this.r.pick(this.loc.origins))
    for (let i = 0; i < 50; i++) {
      const p = makePerson(this.r, origin, opts.fem)
      // two people of one text never share a name part
      const mine = nameStrings(p).map((x) => x.toLowerCase())
      if (this.people.some((q) => nameStrings(q).some((x) => mine.includes(x.toLowerCase())))) continue
      this.people.push(p)
      return p
    }
    throw new Error('retry')
  }
  /** a child of a parent: the parent's family name, a given name of its own */
  child(parent: Person): Person {
    for (let i = 0; i < 50; i++) {
      const p = makePerson(this.r, parent.origin)
      if (this.people.some((q) => nameStrings(q).some((x) => x.toLowerCase() === p.given.toLowerCase() || p.given.split(' ').some((w) => w.toLowerCase() === x.toLowerCase())))) continue
      const family = childFamily(this.r, parent, p.fem)
      const k: Person = { ...p, email: parent.email, family, full: p.familyFirst ? `${family} ${p.given}` : `${p.given} ${family}`, familyFirst: p.familyFirst }
      this.people.push(k)
      return k
    }
    throw new Error('retry')
  }
  /** write a name: full, given, family, upper (SURNAME Given), lower */
  name(p: Person, how: 'full' | 'given' | 'family' | 'upper' | 'lower' | 'lowergiven' = 'full') {
    const v = how === 'given' ? p.given : how === 'family' ? p.family : how === 'upper' ? (/^(bin|binti|ap|ferch) /.test(p.family) ? p.full.toUpperCase() : `${p.family.toUpperCase()} ${p.given}`) : how === 'lower' ? p.full.toLowerCase() : how === 'lowergiven' ? p.given.toLowerCase() : p.full
    this.b.e('PERSON', v)
    return this
  }
  phoneOf(p: Person | string): Phone { return drawPhone(this.r, typeof p === 'string' ? p : p.phoneCountry) }
  /** a written form for this locale: Europe's own numbers mostly national, the others with + or 00 and some national */
  form(ph: Phone): Form {
    const r = this.r
    const home = this.loc.phones.includes(ph.country)
    if (!home) return r.pick(['intl', 'intl', 'intl-space', 'intl-compact', '00', 'intl-dash'] as Form[])
    const slash = ['SK', 'HR', 'RS', 'CH', 'HU', 'AR', 'CZ'].includes(ph.country) ? ['nat-slash', 'nat-slash'] : []
    const bracket = ['GB', 'US', 'CA', 'MY', 'AR', 'CO', 'UG', 'ZM', 'TT'].includes(ph.country) ? ['nat-bracket', 'nat-bracket'] : []
    if (this.loc.europe) return r.chance(0.72) ? r.pick(['nat', 'nat', 'nat-space', 'nat-dash', 'nat-dot', 'nat-compact', ...slash] as Form[]) : r.pick(['intl', 'intl-space', '00', 'intl-0', 'intl-compact', 'intl-dash'] as Form[])
    return r.chance(0.55) ? r.pick(['intl', 'intl', 'intl-space', 'intl-dash', 'intl-dot', '00', '00-compact', 'intl-0', 'intl-bracket', 'intl-compact'] as Form[]) : r.pick(['nat', 'nat', 'nat-dash', 'nat-dot', 'nat-compact', ...bracket, ...slash] as Form[])
  }
  phone(ph: Phone, form?: Form) { this.b.e('PHONE', writePhone(this.r, ph, form ?? this.form(ph))); return this }
  spoken(ph: Phone) { this.b.e('PHONE', spokenPhone(this.r, ph)); return this }
  email(p: Person | string) { this.b.e('EMAIL', typeof p === 'string' ? p : p.email); return this }
  neg(kind: string) {
    const v = BIZ[kind] ? BIZ[kind]!.gen(this.r) : NATIONAL[kind]!.gen(this.r)
    this.b.n(kind, v)
    return this
  }
  /** a business number with its label: "quote QT-2026-48213" */
  ref(kind?: string) {
    const k = kind ?? this.r.pick(BIZ_KINDS[this.biz])
    this.t(this.ph[LABEL[k]!], ' ').neg(k)
    return this
  }
  national() { this.neg(this.r.pick(NATIONAL_OF[this.loc.region]!)); return this }
  date(noComma = false) { const r = this.r; let v = ''; do v = this.loc.date(r, r.pick([2026, 2026, 2027]), r.int(1, 12), r.int(1, 28)); while (noComma && v.includes(',')); this.b.n('date', v); return this }
  time() { const r = this.r; this.b.n('time', this.en && this.loc.region !== 'wales' && r.chance(0.6) ? `${r.int(1, 12)}:${pad(r.pick([0, 15, 30, 45]))} ${r.pick(['am', 'pm'])}` : `${r.int(7, 20)}:${pad(r.pick([0, 10, 15, 30, 45]))}`); return this }
  timestamp() { const r = this.r; this.b.n('timestamp', `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(6, 21))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}Z`); return this }
  amount() { this.b.n('amount', this.loc.amount(this.r)); return this }
  version() { this.b.n('version', `${this.r.chance(0.5) ? 'v' : ''}${this.r.int(1, 9)}.${this.r.int(0, 30)}.${this.r.int(0, 20)}`); return this }
  generic() { this.neg(this.r.pick(['order-number', 'tracking-number', 'reference-number'])); return this }
  card() { this.b.e('CARD', card(this.r)); return this }
  badCard() { this.b.n('luhn-invalid', badCard(this.r)); return this }
  ibanCC(): string { const m: Record<string, string> = { da: 'DK', no: 'NO', is: 'IS', pt: 'PT', ca: 'ES', cs: 'CZ', sk: 'SK', hu: 'HU', hr: 'HR', src: 'RS', srl: 'RS', mt: 'MT', lb: 'LU', gsw: 'CH', wales: 'GB' }; return m[this.loc.region] ?? this.r.pick(['GB', 'CH', 'LU', 'ES', 'PT']) }
  iban() { this.b.e('IBAN', iban(this.r, this.ibanCC())); return this }
  badIban() { this.b.n('iban-checksum', badIban(this.r, this.ibanCC())); return this }
  ssn() { this.b.e('US_SSN', ssn(this.r)); return this }
  badSsn() { this.b.n('ssn-invalid', badSsn(this.r)); return this }
  nino() { this.b.e('UK_NINO', nino(this.r)); return this }
  badNino() { this.b.n('nino-invalid', badNino(this.r)); return this }
  ip() { this.b.e('IP_ADDRESS', ip(this.r)); return this }
  /** a name-word sentence of the locale */
  turn = 0
  nameWord() { const [a, w, z] = this.loc.words[this.turn++ % this.loc.words.length]!; this.t(a).b.n('name-word', w); this.t(z); return this }
  emoji(): string { const r = this.r; return r.pick([FLAGS[this.loc.region] ?? '🌍', ...BIZ_EMOJI[this.biz], r.pick(EXTRA_EMOJI)]) }
  colour(): string { return this.en ? this.r.pick(EN_COLOUR[this.loc.region]!) : this.ph.thanks + '!' }
  get us() { return this.loc.region === 'south' || this.loc.region === 'midwest' }
  get welsh() { return this.loc.region === 'wales' }
}
