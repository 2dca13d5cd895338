// The per-text context: region, phrase book, business, people, and helpers that write labeled values.
import type { CountryCode } from 'libphonenumber-js/max'
import { drawPhone, writePhone, INTL_STYLES, NAT_STYLES, type Style } from './phones.ts'
import type { Rng } from './prng.ts'
import { ascii, person, type Person } from './names.ts'
import { BUSINESS, FOREIGN, PHRASES, type Biz, type Phrases, type Region } from './locales.ts'
import { Builder } from './render.ts'
import { BIZ, NATIONAL, card, iban, ip, luhnInvalid, nino, ninoInvalid, ssn, ssnInvalid } from './values.ts'

export const EMOJI = ['🏠', '🔑', '🐀', '🧹', '🛁', '💆🏽‍♀️', '🍽️', '📎', '📦', '👍🏻', '👍🏾', '🙏🏼', '☎️', '❤️', '✅', '👨‍👩‍👧', '🧑🏽‍🔧', '👩🏻‍💼', '🪳', '🌹', '⭐️', '📞', '🗝️']

export class Ctx {
  b: Builder
  P: Phrases
  people: Person[] = []
  idx = 0
  wordCalls = 0
  constructor(public r: Rng, public reg: Region, public biz: Biz, nfd: boolean) { this.b = new Builder(nfd); this.P = PHRASES[reg.lang]! }
  get en() { return this.reg.lang === 'en' }
  get us() { return this.reg.cc === 'US' }
  get uk() { return this.reg.cc === 'GB' }
  get business() { return BUSINESS[this.biz] }
  /** a new person of the region (sometimes of an immigrant or family surname given) */
  person(family?: string): Person { const p = person(this.r, this.r.pick(this.reg.origins), family); this.people.push(p); return p }
  t(s: string) { this.b.t(s); return this }
  /** a name as written; `as` overrides the written form (lower case, capitals) */
  name(s: string) { this.b.e('PERSON', s); return this }
  emoji() { if (this.r.chance(0.55)) this.b.t((this.r.chance(0.3) ? this.reg.flag : this.r.pick(EMOJI)) + ' '); return this }
  /** a phone of the region (or a foreign caller's, with + or 00) in one written form */
  phoneStr(opts: { foreign?: boolean; style?: Style; cc?: CountryCode } = {}): string {
    const r = this.r
    const foreign = opts.foreign ?? r.chance(0.14)
    const cc = opts.cc ?? (foreign ? r.pick(FOREIGN.filter((c) => c !== this.reg.cc)) : this.reg.cc)
    const p = drawPhone(r, cc)
    const natShare = ['US', 'CA', 'GB', 'AU'].includes(this.reg.cc) ? 0.6 : 0.72
    const style = opts.style ?? (cc !== this.reg.cc ? r.pick(INTL_STYLES) : r.chance(natShare) ? r.pick(NAT_STYLES) : r.pick(INTL_STYLES))
    return writePhone(r, p, style)
  }
  phone(opts: { foreign?: boolean; style?: Style; cc?: CountryCode } = {}) { this.b.e('PHONE', this.phoneStr(opts)); return this }
  email(p?: Person) {
    const r = this.r
    if (!p) { this.b.e('EMAIL', this.business.mail); return this }
    const g = ascii(p.given), f = ascii(p.family)
    const local = r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${r.int(1, 99)}`, `${f}.${g}`, `${g}_${f}`])
    const dom = r.pick([this.reg.domain, `mail.${this.reg.domain}`, 'inbox.example.org', 'post.example'])
    this.b.e('EMAIL', `${local}@${dom}`)
    return this
  }
  ext() { const f = this.r.pick([' ext. ', ' ext ', ' x', ' (ext. ']); this.b.t(`${f}${this.r.int(10, 499)}${f === ' (ext. ' ? ')' : ''}`); return this }
  time(): string { const r = this.r; return this.reg.ampm ? `${r.int(1, 12)}:${r.pick(['00', '15', '30', '45'])} ${r.pick(['am', 'pm'])}` : `${r.int(7, 22)}:${r.pick(['00', '15', '30', '45'])}` }
  neg(kind?: string) {
    const r = this.r
    const k = kind ?? r.pick(this.business.negs)
    const v = BIZ[k]!(r)
    this.b.n(k, v)
    return this
  }
  /** one of the many lookalike kinds, with a short lead-in */
  anyNeg() {
    const r = this.r, P = this.P
    const k = r.int(0, 13)
    if (k <= 3) { this.t(`${P.ref} `).neg() }
    else if (k === 4) this.t(`${P.date} `).b.n('date', this.reg.date(r))
    else if (k === 5) this.b.n('time', this.time())
    else if (k === 6) this.b.n('amount', this.reg.amount(r))
    else if (k === 7) this.t(r.pick(['app ', 'firmware ', 'portal '])).b.n('version', `${r.chance(0.5) ? 'v' : ''}${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 40)}`)
    else if (k === 8) this.t(`${P.ref} `).neg(r.pick(['order-number', 'tracking-number', 'reference-number']))
    else if (k === 9) this.t('ID ').b.n(this.reg.ids[0]!, NATIONAL[this.reg.ids[0]!]!(r))
    else if (k === 10) this.t(this.en ? 'declined card ' : 'card ').b.n('luhn-invalid', luhnInvalid(r))
    else if (k === 11) this.t('IBAN? ').b.n('iban-checksum', iban(r, this.reg.ibanCC, true, r.chance(0.7)))
    else if (k === 12 && this.us) this.t('SSN on file looks wrong: ').b.n('ssn-invalid', ssnInvalid(r))
    else if (k === 12 && this.uk) this.t('NI no. rejected: ').b.n('nino-invalid', ninoInvalid(r))
    else this.t(`${P.ref} `).neg()
    return this
  }
  /** a name-word sentence of the language (if it has one) */
  word(): boolean {
    const ws = this.P.words
    if (!ws.length) return false
    // the words take turns within a region (idx counts the words its earlier texts used), so each is used somewhere
    const [a, w, z] = ws[(this.idx + this.wordCalls++) % ws.length]!
    this.t(a).b.n('name-word', w)
    this.t(z)
    return true
  }
  card() { this.b.e('CARD', card(this.r)); return this }
  iban() { this.b.e('IBAN', iban(this.r, this.r.chance(0.2) ? this.r.pick(['DE', 'FR', 'NL', 'ES', 'GB', 'IT']) : this.reg.ibanCC, false, this.r.chance(0.75))); return this }
  ssn() { this.b.e('US_SSN', ssn(this.r, this.r.pick(['-', '-', ' ', '']))); return this }
  nino() { this.b.e('UK_NINO', nino(this.r, this.r.chance(0.5))); return this }
  ip() { this.b.e('IP_ADDRESS', ip(this.r)); return this }
}
