// Locales and the value makers a template calls: ctx.person(), ctx.ph(), ctx.biz()... each returns a labeled part.
import type { CountryCode } from 'libphonenumber-js/max'
import { BIZ, GENERIC, NATIONAL, NATIONAL_OF, luhnInvalid, type Domain } from './lookalikes.ts'
import { NAMES, WORD_NAMES } from './names.ts'
import { FOREIGN, oddGroups, phone, spoken, type PhoneOpts } from './phones.ts'
import { Rng } from './prng.ts'
import { E, N, t, type Part, type Val } from './render.ts'
import { card, email, group4, iban, ibanCompact, ip, nino, ninoInvalid, ssn, ssnInvalid } from './values.ts'

export interface Locale {
  key: string; lang: string; country: CountryCode; ibanCc?: string; pool: string; bcp: string
  months: string[]; dates: ((d: number, m: number, y: number, months: string[]) => string)[]
  times: ((h: number, mi: number) => string)[]; amounts: ((n: number, r: Rng) => string)[]
  flag: string; words: [string, string, string][]
}
const M_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const p2 = (n: number) => String(n).padStart(2, '0')
const thou = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep)
const h12 = (h: number, mi: number) => `${h % 12 || 12}:${p2(mi)} ${h < 12 ? 'am' : 'pm'}`
const h24 = (h: number, mi: number) => `${p2(h)}:${p2(mi)}`
const hDot = (h: number, mi: number) => `${p2(h)}.${p2(mi)}`
const dmy = (s: string) => (d: number, m: number, y: number) => `${p2(d)}${s}${p2(m)}${s}${y}`
const dMonthY = (d: number, m: number, y: number, mo: string[]) => `${d} ${mo[m - 1]} ${y}`
const iso = (d: number, m: number, y: number) => `${y}-${p2(m)}-${p2(d)}`
const EN_WORDS: [string, string, string][] = [
  ['', 'May', ' we remind you the office closes early on Friday.'], ['', 'Will', ' do, thanks.'], ['The ', 'bill', ' was settled in full.'],
  ['Please ', 'mark', ' the parcel fragile.'], ['Fees ', 'rose', ' slightly this year.'], ['There is a 14-day ', 'grace', ' period.'],
  ['', 'Hope', ' that helps.'], ['Forecast says ', 'sunny', ' all week.'], ['Such a ', 'joy', ' to deal with you.'], ['In good ', 'faith', ', we waived the fee.'],
]
const L = (o: Omit<Locale, 'words' | 'months'> & { words?: [string, string, string][]; months?: string[] }): Locale => ({ words: EN_WORDS, months: M_EN, ...o })
const en = { lang: 'en', bcp: 'en', times: [h12, h24, h12] }
export const LOCALES: Record<string, Locale> = {
  'en-wls': L({ ...en, key: 'en-wls', country: 'GB', ibanCc: 'GB', pool: 'en-wls', flag: '\u{1F3F4}\u{E0067}\u{E0062}\u{E0077}\u{E006C}\u{E0073}\u{E007F}', dates: [dmy('/'), dMonthY], amounts: [(n) => `£${thou(n, ',')}.${p2(n % 100)}`] }),
  'en-ca': L({ ...en, key: 'en-ca', country: 'CA', pool: 'en-ca', flag: '🇨🇦', dates: [iso, (d, m, y) => `${M_EN[m - 1]} ${d}, ${y}`], amounts: [(n) => `C$${thou(n, ',')}.99`, (n) => `$${thou(n, ',')}.00 CAD`] }),
  'en-ke': L({ ...en, key: 'en-ke', country: 'KE', pool: 'en-ke', flag: '🇰🇪', dates: [dmy('/'), dMonthY], amounts: [(n) => `KSh ${thou(n * 10, ',')}`, (n) => `KES ${thou(n * 10, ',')}.00`] }),
  'en-sg': L({ ...en, key: 'en-sg', country: 'SG', pool: 'en-sg', flag: '🇸🇬', dates: [dmy('/'), (d, m, y) => `${d} ${M_EN[m - 1]!.slice(0, 3)} ${y}`], amounts: [(n) => `S$${thou(n, ',')}.90`] }),
  'en-jm': L({ ...en, key: 'en-jm', country: 'JM', pool: 'en-jm', flag: '🇯🇲', dates: [(d, m, y) => `${M_EN[m - 1]} ${d}, ${y}`, dmy('/')], amounts: [(n) => `J$${thou(n * 10, ',')}.00`] }),
  'en-za': L({ ...en, key: 'en-za', country: 'ZA', pool: 'en-za', flag: '🇿🇦', dates: [(d, m, y) => `${y}/${p2(m)}/${p2(d)}`, dMonthY], amounts: [(n) => `R${thou(n, ' ')},00`, (n) => `R ${thou(n, ',')}.50`] }),
  nl: L({ key: 'nl', lang: 'nl', bcp: 'nl', country: 'NL', ibanCc: 'NL', pool: 'nl', flag: '🇳🇱', months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'], dates: [dmy('-'), dMonthY], times: [h24, hDot], amounts: [(n) => `€ ${thou(n, '.')},00`, (n) => `€${thou(n, '.')},95`], words: [['Er ligt een ', 'roos', ' op de salontafel.']] }),
  pt: L({ key: 'pt', lang: 'pt', bcp: 'pt', country: 'PT', ibanCc: 'PT', pool: 'pt', flag: '🇵🇹', months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'], dates: [dmy('/'), (d, m, y, mo) => `${d} de ${mo[m - 1]} de ${y}`], times: [h24, (h, mi) => `${h}h${p2(mi)}`], amounts: [(n) => `${thou(n, ' ')},00 €`, (n) => `€${thou(n, '.')},50`], words: [['A montagem é de ', 'graça', '.'], ['Prefere o tecido cor-de-', 'rosa', '?']] }),
  cs: L({ key: 'cs', lang: 'cs', bcp: 'cs', country: 'CZ', ibanCc: 'CZ', pool: 'cs', flag: '🇨🇿', months: ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'], dates: [(d, m, y) => `${d}. ${m}. ${y}`, dmy('.'), (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], times: [h24, hDot], amounts: [(n) => `${thou(n * 10, ' ')} Kč`, (n) => `${thou(n, ' ')},- Kč`], words: [['', 'Sláva', ', konečně to klaplo!']] }),
  hu: L({ key: 'hu', lang: 'hu', bcp: 'hu', country: 'HU', ibanCc: 'HU', pool: 'hu', flag: '🇭🇺', months: ['január', 'február', 'március', 'április', 'május', 'június', 'július', 'augusztus', 'szeptember', 'október', 'november', 'december'], dates: [(d, m, y) => `${y}. ${p2(m)}. ${p2(d)}.`, (d, m, y, mo) => `${y}. ${mo[m - 1]} ${d}.`], times: [h24], amounts: [(n) => `${thou(n * 100, ' ')} Ft`, (n) => `${thou(n * 100, '.')} Ft`], words: [['Egy szál ', 'virág', ' is belefér a csomagba.']] }),
  no: L({ key: 'no', lang: 'no', bcp: 'nb', country: 'NO', ibanCc: 'NO', pool: 'no', flag: '🇳🇴', months: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'], dates: [dmy('.'), (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}`], times: [hDot, h24], amounts: [(n) => `${thou(n * 10, ' ')} kr`, (n) => `kr ${thou(n * 10, ' ')},-`], words: [['Redningsvesten kan redde ', 'liv', '.']] }),
  tr: L({ key: 'tr', lang: 'tr', bcp: 'tr', country: 'TR', ibanCc: 'TR', pool: 'tr', flag: '🇹🇷', months: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'], dates: [dmy('.'), dMonthY], times: [h24], amounts: [(n) => `₺${thou(n * 10, '.')},00`, (n) => `${thou(n * 10, '.')} TL`], words: [['', 'Deniz', ' manzaralı kabin istiyoruz.'], ['Yarın gelmesini ', 'umut', ' ediyorum.']] }),
  hr: L({ key: 'hr', lang: 'hr', bcp: 'hr', country: 'HR', ibanCc: 'HR', pool: 'hr', flag: '🇭🇷', months: ['siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'listopada', 'studenoga', 'prosinca'], dates: [(d, m, y) => `${d}. ${m}. ${y}.`, (d, m, y) => `${p2(d)}.${p2(m)}.${y}.`, (d, m, y, mo) => `${d}. ${mo[m - 1]} ${y}.`], times: [h24], amounts: [(n) => `${thou(n, '.')},00 €`, (n) => `EUR ${thou(n, '.')},50`], words: [['', 'Nada', ' je da stigne do petka.']] }),
  'es-co': L({ key: 'es-co', lang: 'es', bcp: 'es', country: 'CO', ibanCc: 'ES', pool: 'es', flag: '🇨🇴', months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'], dates: [dmy('/'), (d, m, y, mo) => `${d} de ${mo[m - 1]} de ${y}`], times: [h24, h12], amounts: [(n) => `$ ${thou(n * 1000, '.')} COP`, (n) => `COP ${thou(n * 1000, '.')}`], words: [['Se fue la ', 'luz', ' en el edificio.'], ['Es un ', 'consuelo', ' saberlo.']] }),
  'es-pe': L({ key: 'es-pe', lang: 'es', bcp: 'es', country: 'PE', ibanCc: 'ES', pool: 'es', flag: '🇵🇪', months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'], dates: [dmy('/'), (d, m, y, mo) => `${d} de ${mo[m - 1]} de ${y}`], times: [h24, h12], amounts: [(n) => `S/ ${thou(n, ',')}.90`, (n) => `S/${n}.00`], words: [['Con la ', 'esperanza', ' de una pronta respuesta.'], ['Dejen la ', 'luz', ' del pasillo encendida.']] }),
  'fr-ch': L({ key: 'fr-ch', lang: 'fr', bcp: 'fr', country: 'CH', ibanCc: 'CH', pool: 'fr', flag: '🇨🇭', months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], dates: [dmy('.'), dMonthY], times: [(h, mi) => `${h}h${p2(mi)}`, h24], amounts: [(n) => `CHF ${thou(n, "'")}.00`, (n) => `${n}.50 CHF`], words: [['Départ à l’', 'aurore', ', comme prévu.'], ['Il faut de la ', 'constance', ' avec ce dossier.']] }),
  'fr-lu': L({ key: 'fr-lu', lang: 'fr', bcp: 'fr', country: 'LU', ibanCc: 'LU', pool: 'fr', flag: '🇱🇺', months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], dates: [dmy('/'), dMonthY], times: [(h, mi) => `${h}h${p2(mi)}`, h24], amounts: [(n) => `${thou(n, ' ')},00 €`, (n) => `EUR ${n},90`], words: [['Départ à l’', 'aurore', ', comme prévu.'], ['Il faut de la ', 'constance', ' avec ce dossier.']] }),
}

const EMOJI = ['😊', '🙏🏾', '👍🏽', '📞', '🛋️', '🪑', '📦', '🛂', '🛳️', '🚢', '👩🏽‍💼', '🧑🏿‍✈️', '👨‍👩‍👧', '🙂', '✅', '📅', '🧾', '👋🏻']
export const BRAND: Record<Domain, string> = { pension: 'Ridgeway Pension Administration', furniture: 'Oakhollow Furniture', visa: 'Meridian Visa & Passport Centre', cruise: 'Coral Meridian Cruises' }
export interface Person { full: Val; given: Val; family: Val; g: string; f: string }

export class Ctx {
  readonly rng: Rng
  constructor(public loc: Locale, public domain: Domain, seed: string) { this.rng = new Rng(seed) }
  get r() { return this.rng }
  private lc(s: string) { return s.toLocaleLowerCase(this.loc.bcp) }
  private uc(s: string) { return s.toLocaleUpperCase(this.loc.bcp) }
  person(style: 'normal' | 'lower' | 'caps' = 'normal'): Person {
    const base = NAMES[this.loc.pool]!
    const pool = base.groups ? this.r.pick(base.groups) : base
    const words = WORD_NAMES[this.loc.pool] ?? []
    let g = this.r.chance(0.12) && !base.groups ? this.r.pick(words) : this.r.pick(pool.given)
    let f = this.r.pick(pool.family)
    if (g === f) f = pool.family[0] === g ? pool.family[1]! : pool.family[0]!
    if (style === 'lower') { g = this.lc(g); f = this.lc(f) }
    const full = style === 'caps' ? `${this.uc(f)} ${g}` : pool.familyFirst ? `${f} ${g}` : `${g} ${f}`
    return { full: E('PERSON', full), given: E('PERSON', g), family: E('PERSON', style === 'caps' ? this.uc(f) : f), g, f }
  }
  nameOnly(given: string): Val { return E('PERSON', given) }
  ph(o: PhoneOpts = {}): Val { return E('PHONE', phone(this.r, this.loc.country, o)) }
  phIntl(): Val { return this.ph({ intl: true }) }
  phNat(): Val { return this.ph({ intl: false }) }
  phForeign(): Val { return E('PHONE', phone(this.r, this.r.pick(FOREIGN), { style: this.r.pick(['intl', 'intl', 'intl-compact', 'intl-dash'] as const) })) }
  phOdd(): Val { return E('PHONE', oddGroups(this.r, this.loc.country)) }
  phSpoken(): Val { return E('PHONE', spoken(this.r, this.loc.country)) }
  mail(p: Person): Val { return E('EMAIL', email(this.r, p.g, p.f, NAMES[this.loc.pool]!.domains)) }
  card(): Val { return E('CARD', card(this.r)) }
  iban(): Val { return E('IBAN', iban(this.r, this.loc.ibanCc ?? this.r.pick(['GB', 'NL', 'PT', 'CH']))) }
  ip(): Val { return E('IP_ADDRESS', ip(this.r)) }
  ssn(): Val { return E('US_SSN', ssn(this.r)) }
  nino(): Val { return E('UK_NINO', nino(this.r)) }
  // the government number a form asks for: a NINO in Wales, a US SSN for cross-border Canadians and Jamaicans, else the
  // national personal number (a lookalike)
  govLabel(): string {
    const k = this.loc.key
    return k === 'en-wls' ? 'NI number' : k === 'en-ca' || k === 'en-jm' ? 'US SSN' : 'National ID'
  }
  gov(): Val { const k = this.loc.key; return k === 'en-wls' ? this.nino() : k === 'en-ca' || k === 'en-jm' ? this.ssn() : this.nat() }
  nat(): Val { const kind = this.r.pick(NATIONAL_OF[this.loc.key]!); return N(kind, NATIONAL[kind]!(this.r)) }
  biz(kind?: string): Val {
    const table = BIZ[this.domain]
    const k = kind ?? this.r.pick(Object.keys(table))
    return N(k, table[k]!(this.r))
  }
  bizKinds(): string[] { return Object.keys(BIZ[this.domain]) }
  generic(kind?: string): Val { const k = kind ?? this.r.pick(Object.keys(GENERIC)); return N(k, GENERIC[k]!(this.r)) }
  date(): Val { const l = this.loc; return N('date', this.r.pick(l.dates)(this.r.range(1, 28), this.r.range(1, 12), this.r.pick([2026, 2026, 2027]), l.months)) }
  time(): Val { return N('time', this.r.pick(this.loc.times)(this.r.range(7, 20), this.r.pick([0, 5, 15, 20, 30, 40, 45, 50]))) }
  ts(): Val { return N('timestamp', `2026-${p2(this.r.range(1, 12))}-${p2(this.r.range(1, 28))}T${p2(this.r.range(0, 23))}:${p2(this.r.range(0, 59))}:${p2(this.r.range(0, 59))}Z`) }
  amount(): Val { return N('amount', this.r.pick(this.loc.amounts)(this.r.range(12, 4999), this.r)) }
  version(): Val { return N('version', this.r.pick([`v${this.r.range(2, 9)}.${this.r.range(0, 19)}.${this.r.range(0, 9)}`, `${this.r.range(1, 12)}.${this.r.range(0, 9)}`, `${this.r.range(3, 7)}.${this.r.range(0, 30)}.${this.r.range(0, 99)}`])) }
  luhnBad(): Val { return N('luhn-invalid', luhnInvalid(this.r)) }
  ibanBad(): Val { const c = ibanCompact(this.r, this.loc.ibanCc ?? this.r.pick(['GB', 'NL', 'PT', 'CH', 'LU']), true); return N('iban-checksum', this.r.chance(0.6) ? group4(c) : c) }
  ssnBad(): Val { return N('ssn-invalid', ssnInvalid(this.r)) }
  ninoBad(): Val { return N('nino-invalid', ninoInvalid(this.r)) }
  last4(): Val { return N('card-last4', this.r.digits(4)) }
  emo(): string { return `${this.r.chance(0.3) ? this.loc.flag : this.r.pick(EMOJI)} ` }
  word(): Part[] { const [a, w, b] = this.r.pick(this.loc.words); return t`${a}${N('name-word', w)}${b}` }
}
