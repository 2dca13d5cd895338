// Locales (country, name origins, email domains, national ids, dates, times, amounts) and the per-text context that
// draws values and hands them to the renderer as labeled segments.
import { drawPhone, writePhone, spoken, FOREIGN, type Country, type Form, type Phone } from './phones.ts'
import { pad, Rng } from './prng.ts'
import { E, N, Renderer, type Seg } from './render.ts'
import { ORIGINS, nextFeatured, type Name } from './names.ts'
import * as V from './values.ts'
import { BUSINESS, NATIONAL } from './lookalikes.ts'

export type Biz = 'repair' | 'hospital' | 'camp' | 'lost'
export const BIZ: Biz[] = ['repair', 'hospital', 'camp', 'lost']
export const DOMAIN: Record<Biz, string> = { repair: 'mendly-repair.example', hospital: 'harbourview-hospital.example', camp: 'sunbeam-clubs.example', lost: 'lostproperty-transit.example' }

export interface Locale {
  lang: string; region: string; country: Country; origins: string[]; domains: string[]; iban: string[]; ids: string[]
  months: string[]; dateForms: ((d: number, m: number, y: number, months: string[]) => string)[]
  time: (h: number, m: number, rng: Rng) => string; amount: (v: number, rng: Rng) => string
}
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const thou = (v: number, sep: string) => String(Math.floor(v)).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const money = (v: number, t: string, dec: string) => `${thou(v, t)}${dec}${pad(Math.round((v % 1) * 100))}`
const dmy = (s: string) => (d: number, m: number, y: number) => `${pad(d)}${s}${pad(m)}${s}${y}`
const enLong = (d: number, m: number, y: number, mo: string[]) => `${d} ${mo[m - 1]} ${y}`
const t24 = (h: number, m: number) => `${pad(h)}:${pad(m)}`
const t12 = (h: number, m: number) => `${h > 12 ? h - 12 : h}:${pad(m)} ${h >= 12 ? 'pm' : 'am'}`
const en = (region: string, country: Country, origins: string[], domains: string[], ids: string[], amount: Locale['amount'], iban = ['GB']): Locale => ({
  lang: 'en', region, country, origins, domains, iban, ids, months: EN_MONTHS, dateForms: [dmy('/'), enLong, enLong, (d, m, y) => `${y}-${pad(m)}-${pad(d)}`],
  time: (h, m, r) => (r.chance(0.5) ? t12(h, m) : t24(h, m)), amount,
})
export const EN_LOCALES: Locale[] = [
  en('za', 'ZA', ['zulu', 'xhosa'], ['gmail.com', 'webmail.co.za', 'outlook.com'], ['za-id'], (v) => `R ${money(v, ',', '.')}`),
  en('ke', 'KE', ['kikuyu', 'luo'], ['gmail.com', 'yahoo.com', 'safarimail.example'], ['ke-id'], (v, r) => `${r.pick(['KSh ', 'KES '])}${money(v * 10, ',', '.')}`),
  en('ng', 'NG', ['yoruba', 'igbo'], ['gmail.com', 'yahoo.com', 'lagosmail.example'], ['ng-nin'], (v) => `₦${money(v * 100, ',', '.')}`),
  en('sg', 'SG', ['sgcn', 'malay', 'tamil'], ['gmail.com', 'singnet.com.sg', 'hotmail.com'], ['sg-nric'], (v) => `S$${money(v, ',', '.')}`),
  en('jm', 'JM', ['jamaican'], ['gmail.com', 'yahoo.com', 'flowmail.example'], ['jm-trn'], (v) => `J$${money(v * 50, ',', '.')}`),
  en('sco', 'GB', ['scottish'], ['gmail.com', 'btinternet.com', 'outlook.com'], ['chi-number'], (v) => `£${money(v, ',', '.')}`),
  en('nz', 'NZ', ['maori', 'scottish'], ['gmail.com', 'xtra.co.nz', 'outlook.com'], ['nz-nhi'], (v) => `NZ$${money(v, ',', '.')}`),
]
const eur = (t: string) => (v: number, r: Rng) => (r.chance(0.5) ? `${money(v, t, ',')} €` : `€ ${money(v, t, ',')}`)
const L = (lang: string, region: string, country: Country, origins: string[], domains: string[], ids: string[], iban: string[], months: string[], dateForms: Locale['dateForms'], amount: Locale['amount']): Locale =>
  ({ lang, region, country, origins, domains, ids, iban, months, dateForms, time: (h, m) => t24(h, m), amount })
const DE_M = ['Jänner', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
export const INTL_LOCALES: Record<string, Locale[]> = {
  de: [
    L('de', 'at', 'AT', ['austrian'], ['gmx.at', 'aon.at', 'gmail.com'], ['at-svnr'], ['AT'], DE_M, [dmy('.'), (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], eur('.')),
    L('de', 'ch', 'CH', ['swiss'], ['bluewin.ch', 'gmx.ch', 'gmail.com'], ['ch-ahv'], ['CH'], DE_M.map((x) => (x === 'Jänner' ? 'Januar' : x)), [dmy('.'), (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], (v) => `CHF ${money(v, '\u2019', '.')}`),
  ],
  nl: [L('nl', 'be', 'BE', ['flemish'], ['telenet.be', 'skynet.be', 'gmail.com'], ['be-rrn'], ['BE'], ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'], [dmy('/'), (d, m, y, mo) => `${d} ${mo[m - 1]} ${y}`], eur('.'))],
  pt: [
    L('pt', 'br', 'BR', ['brazilian'], ['uol.com.br', 'gmail.com', 'bol.com.br'], ['br-cpf'], ['BR'], ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'], [dmy('/'), (d, m, y, mo) => `${d} de ${mo[m - 1]} de ${y}`], (v) => `R$ ${money(v * 5, '.', ',')}`),
    L('pt', 'pt', 'PT', ['portuguese'], ['sapo.pt', 'gmail.com', 'netcabo.pt'], ['pt-nif'], ['PT'], ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'], [dmy('/'), dmy('-'), (d, m, y, mo) => `${d} de ${mo[m - 1]} de ${y}`], eur('.')),
  ],
  cs: [L('cs', 'cz', 'CZ', ['czech'], ['seznam.cz', 'email.cz', 'centrum.cz'], ['cz-rc'], ['CZ'], ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'], [(d, m, y) => `${d}. ${m}. ${y}`, (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], (v) => `${thou(v * 25, ' ')} Kč`)],
  hu: [L('hu', 'hu', 'HU', ['hungarian'], ['freemail.hu', 'citromail.hu', 'gmail.com'], ['hu-taj'], ['HU'], ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'], [(d, m, y) => `${y}. ${pad(m)}. ${pad(d)}.`, (d, m, y, mo) => `${y}. ${mo[m - 1]} ${d}.`], (v) => `${thou(v * 400, ' ')} Ft`)],
  hr: [L('hr', 'hr', 'HR', ['croatian'], ['t-com.hr', 'gmail.com', 'net.hr'], ['hr-oib'], ['HR'], ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'], [(d, m, y) => `${d}. ${m}. ${y}.`, (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}.`], eur('.'))],
  sl: [L('sl', 'si', 'SI', ['slovenian'], ['siol.net', 'gmail.com', 't-2.net'], ['si-emso'], ['SI'], ['januarja', 'februarja', 'marca', 'aprila', 'maja', 'junija', 'julija', 'avgusta', 'septembra', 'oktobra', 'novembra', 'decembra'], [(d, m, y) => `${d}. ${m}. ${y}`, (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], eur('.'))],
  lt: [L('lt', 'lt', 'LT', ['lithuanian'], ['inbox.lt', 'gmail.com', 'one.lt'], ['lt-ak'], ['LT'], ['sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio'], [(d, m, y) => `${y}-${pad(m)}-${pad(d)}`, (d, m, y, mo) => `${y} m. ${mo[m - 1]} ${d} d.`], (v) => `${money(v, ' ', ',')} €`)],
  lv: [L('lv', 'lv', 'LV', ['latvian'], ['inbox.lv', 'gmail.com', 'apollo.lv'], ['lv-pk'], ['LV'], ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'], [(d, m, y) => `${pad(d)}.${pad(m)}.${y}.`, (d, m, y, mo) => `${y}. gada ${d}. ${mo[m - 1]}`], (v) => `${money(v, ' ', ',')} €`)],
  et: [L('et', 'ee', 'EE', ['estonian'], ['hot.ee', 'mail.ee', 'gmail.com'], ['ee-ik'], ['EE'], ['jaanuar', 'veebruar', 'märts', 'aprill', 'mai', 'juuni', 'juuli', 'august', 'september', 'oktoober', 'november', 'detsember'], [dmy('.'), (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], (v) => `${money(v, ' ', ',')} €`)],
  tr: [L('tr', 'tr', 'TR', ['turkish'], ['hotmail.com.tr', 'gmail.com', 'yandex.com.tr'], ['tr-tckn'], ['TR'], ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'], [dmy('.'), (d, m, y, mo) => `${d} ${mo[m - 1]} ${y}`], (v, r) => (r.chance(0.5) ? `${money(v * 35, '.', ',')} TL` : `₺${money(v * 35, '.', ',')}`))],
  da: [L('da', 'dk', 'DK', ['danish'], ['mail.dk', 'gmail.com', 'jubii.dk'], ['dk-cpr'], ['DK'], ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'], [dmy('.'), dmy('-'), (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], (v) => `${money(v * 7, '.', ',')} kr.`)],
  no: [L('no', 'no', 'NO', ['norwegian'], ['online.no', 'gmail.com', 'hotmail.no'], ['no-fnr'], ['NO'], ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'], [dmy('.'), (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], (v) => `kr ${money(v * 10, ' ', ',')}`)],
}

export class Ctx {
  r: Renderer
  used: Phone[] = []
  constructor(readonly rng: Rng, readonly loc: Locale, readonly biz: Biz, readonly kind: string, opts: { nfd?: boolean; lower?: boolean } = {}) {
    this.r = new Renderer(opts)
  }
  add(...s: Seg[]) { this.r.add(...s); return this }
  person(origin?: string): Name {
    const o = origin ?? this.rng.pick(this.loc.origins)
    const src = ORIGINS[o]!
    if (!src.family.length) {
      const full = this.rng.pick(src.given)
      return { given: full.split(' ')[0]!, family: full.split(' ').slice(1).join(' '), full, origin: o }
    }
    const feat = nextFeatured(o)
    const lists = src.f && (feat ? src.f.given.includes(feat) : this.rng.chance(0.5)) ? src.f : src
    const given = feat ?? this.rng.pick(lists.given)
    let family = this.rng.pick(lists.family)
    if (family === given) family = lists.family.find((f) => f !== given)!
    return { given, family, full: src.order === 'family-first' ? `${family} ${given}` : `${given} ${family}`, origin: o }
  }
  /** a name as a PERSON segment: full, given only, surname first in capitals, or lower case */
  P(n: Name, how: 'full' | 'given' | 'family' | 'caps' | 'lower' = 'full'): Seg {
    const fam = ORIGINS[n.origin]!.family.length > 0
    const v = how === 'given' ? (fam ? n.given : n.full) : how === 'family' ? (fam ? n.family : n.full)
      : how === 'caps' ? (fam ? `${n.family.toUpperCase()} ${n.given}` : n.full) : how === 'lower' ? n.full.toLowerCase() : n.full
    return E('PERSON', v)
  }
  phone(country?: Country): Phone {
    const c = country ?? (this.rng.chance(0.1) ? this.rng.pick(FOREIGN) : this.loc.country)
    const p = drawPhone(this.rng, c)
    this.used.push(p)
    return p
  }
  /** a phone entity; foreign numbers are always written with + or 00 */
  PH(want?: Form | 'national' | 'international', p?: Phone): Seg {
    const ph = p ?? this.phone()
    const w = ph.country !== this.loc.country ? (this.rng.chance(0.8) ? 'intl' : '00') : want
    return E('PHONE', writePhone(ph, this.rng, w).text)
  }
  spokenPH(): Seg {
    for (;;) { const p = drawPhone(this.rng, this.loc.country); const s = spoken(p, this.rng); if (s) return E('PHONE', s) }
  }
  EM(n?: Name): Seg {
    const who = n ?? this.person()
    return E('EMAIL', V.email(this.rng, who.given.split(' ')[0]!, who.family.split(' ').at(-1) || who.given, this.loc.domains))
  }
  bizEM(local: string): Seg { return E('EMAIL', `${local}@${DOMAIN[this.biz]}`) }
  X(kind: string): Seg {
    const f = BUSINESS[kind] ?? NATIONAL[kind]
    if (!f) throw new Error(`no lookalike ${kind}`)
    return N(kind, f(this.rng))
  }
  id(): Seg { return this.X(this.rng.pick(this.loc.ids)) }
  private ymd() { return { d: this.rng.int(1, 28), m: this.rng.int(1, 12), y: this.rng.pick([2026, 2026, 2027]) } }
  date(): Seg { const { d, m, y } = this.ymd(); return N('date', this.rng.pick(this.loc.dateForms)(d, m, y, this.loc.months)) }
  time(): Seg { return N('time', this.loc.time(this.rng.int(8, 18), this.rng.pick([0, 10, 15, 20, 30, 40, 45, 50]), this.rng)) }
  ts(): Seg { const { d, m, y } = this.ymd(); return N('timestamp', `${y}-${pad(m)}-${pad(d)}T${pad(this.rng.int(6, 21))}:${pad(this.rng.int(0, 59))}:${pad(this.rng.int(0, 59))}${this.rng.pick(['Z', '+02:00', '+01:00', '+03:00'])}`) }
  amt(): Seg { return N('amount', this.loc.amount(this.rng.int(12, 900) + this.rng.pick([0, 0.5, 0.99, 0.9, 0.25]), this.rng)) }
  ver(): Seg { return N('version', `${this.rng.pick(['v', ''])}${this.rng.int(1, 9)}.${this.rng.int(0, 24)}.${this.rng.int(0, 30)}`) }
  last4(): Seg { return N('card-last4', this.rng.digits(4)) }
  card(): Seg { return E('CARD', V.card(this.rng)) }
  badCard(): Seg { return N('luhn-invalid', V.luhnInvalid(this.rng)) }
  iban(cc?: string): Seg { return E('IBAN', V.iban(this.rng, cc ?? this.rng.pick(this.loc.iban))) }
  badIban(cc?: string): Seg { return N('iban-checksum', V.ibanWrong(this.rng, cc ?? this.rng.pick(this.loc.iban))) }
  ssn(): Seg { return E('US_SSN', V.ssn(this.rng)) }
  badSsn(): Seg { return N('ssn-invalid', V.ssnInvalid(this.rng)) }
  nino(): Seg { return E('UK_NINO', V.nino(this.rng)) }
  badNino(): Seg { return N('nino-invalid', V.ninoInvalid(this.rng)) }
  ip(): Seg { return E('IP_ADDRESS', V.ip(this.rng)) }
  pick<T>(xs: readonly T[]): T { return this.rng.pick(xs) }
  chance(p: number) { return this.rng.chance(p) }
}
