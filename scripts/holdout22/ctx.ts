// Locales and the value makers a template calls. Every labeled value passes its validator here again.
import type { Rng } from './prng.ts'
import { E, N, x, type Part, type Span } from './render.ts'
import { POOLS, WORDISH, fullName, type Person } from './names.ts'
import * as V from './values.ts'
import * as L from './lookalikes.ts'

export interface Biz { hear: string; wine: string; marina: string; music: string; dom: { hear: string; wine: string; marina: string; music: string }; mail: string[] }
export interface Locale {
  key: string
  lang: string
  region: string
  phone: string
  iban: string | null
  pool: string
  months: string[]
  cur: (r: Rng, n: number) => string
  biz: Biz
  ids: [string, (r: Rng) => string][]
  foreign: string[]
  /** which of the country's number plans this region's callers have (Wales: Cardiff and Swansea, NI: Belfast) */
  kinds?: string[]
}
const EUR_COMMA = (sep: string) => (n: number) => {
  const [i, d] = n.toFixed(2).split('.')
  return i!.replace(/\B(?=(\d{3})+$)/g, sep) + ',' + d
}
const EN_NUM = (n: number, dec = true) => {
  const [i, d] = n.toFixed(2).split('.')
  return i!.replace(/\B(?=(\d{3})+$)/g, ',') + (dec ? '.' + d : '')
}
const EN_MONTHS = 'January February March April May June July August September October November December'.split(' ')
const B = (hear: string, wine: string, marina: string, music: string, dh: string, dw: string, dm: string, dmu: string, mail: string[]): Biz => ({ hear, wine, marina, music, dom: { hear: dh, wine: dw, marina: dm, music: dmu }, mail })

export const LOCALES: Record<string, Locale> = {
  cy: { key: 'cy', lang: 'en', region: 'en-wales', phone: 'GB', iban: 'GB', pool: 'cy', months: EN_MONTHS, cur: (r, n) => r.pick([`£${EN_NUM(n)}`, `£${EN_NUM(Math.round(n), false)}`, `GBP ${EN_NUM(n)}`]), biz: B('Clywed Hearing & Audiology', 'Gwin Teifi Wine Merchants', 'Porth Dinllaen Marina', 'Ysgol Gerdd Tawe Music School', 'clywedhearing.co.uk', 'gwinteifi.wales', 'porthdinllaenmarina.co.uk', 'ysgolgerddtawe.cymru', ['btinternet.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk']), ids: [['nhs-number', (r) => L.nhsNumber(r)]], foreign: ['US', 'DE', 'AU'], kinds: ['mobile', 'cardiff', 'swansea'] },
  ni: { key: 'ni', lang: 'en', region: 'en-ni', phone: 'GB', iban: 'GB', pool: 'ni', months: EN_MONTHS, cur: (r, n) => r.pick([`£${EN_NUM(n)}`, `£${EN_NUM(Math.round(n), false)}`]), biz: B('Lagan Hearing Clinic', 'Strangford Cellars', 'Bangor Quay Marina', 'Cregagh Music School & Rentals', 'laganhearing.com', 'strangfordcellars.co.uk', 'bangorquaymarina.com', 'cregaghmusic.co.uk', ['gmail.com', 'btinternet.com', 'hotmail.com', 'yahoo.co.uk']), ids: [['hc-number', (r) => L.nhsNumber(r, true)]], foreign: ['IE', 'US', 'AU'], kinds: ['mobile', 'belfast'] },
  ie: { key: 'ie', lang: 'en', region: 'en-ie', phone: 'IE', iban: 'IE', pool: 'ie', months: EN_MONTHS, cur: (r, n) => r.pick([`€${EN_NUM(n)}`, `€${EN_NUM(Math.round(n), false)}`, `EUR ${EN_NUM(n)}`]), biz: B('Éisteacht Hearing Care', 'Liffey Wine & Spirits', 'Dún Laoghaire Harbour Berths', 'Ceol na Cathrach Music School', 'eisteacht.ie', 'liffeywine.ie', 'dlharbourberths.ie', 'ceolnacathrach.ie', ['gmail.com', 'eircom.net', 'outlook.ie', 'yahoo.ie']), ids: [['ppsn', L.ppsn]], foreign: ['GB', 'US', 'DE'] },
  ke: { key: 'ke', lang: 'en', region: 'en-ke', phone: 'KE', iban: null, pool: 'ke', months: EN_MONTHS, cur: (r, n) => r.pick([`KES ${EN_NUM(Math.round(n * 140), false)}`, `KSh ${EN_NUM(Math.round(n * 140), false)}`, `Ksh.${EN_NUM(Math.round(n * 140), false)}`]), biz: B('Sikia Hearing & Audiology Centre', 'Karen Cellars Wine & Spirits', 'Kilifi Creek Marina', 'Muziki Academy Nairobi', 'sikiahearing.co.ke', 'karencellars.co.ke', 'kilificreekmarina.co.ke', 'muzikiacademy.ac.ke', ['gmail.com', 'yahoo.com', 'outlook.com']), ids: [['ke-id', L.keId], ['kra-pin', L.kraPin]], foreign: ['GB', 'US', 'DE'] },
  gh: { key: 'gh', lang: 'en', region: 'en-gh', phone: 'GH', iban: null, pool: 'gh', months: EN_MONTHS, cur: (r, n) => r.pick([`GH₵${EN_NUM(n * 15)}`, `GHS ${EN_NUM(n * 15)}`, `GHC ${EN_NUM(Math.round(n * 15), false)}`]), biz: B('Tiase Hearing Clinic', 'Osu Vintners & Spirits', 'Ada Foah Marina', 'Sankofa School of Music', 'tiasehearing.com.gh', 'osuvintners.com.gh', 'adafoahmarina.com', 'sankofamusic.edu.gh', ['gmail.com', 'yahoo.com', 'ymail.com']), ids: [['ghana-card', L.ghanaCard]], foreign: ['GB', 'US', 'DE'] },
  sg: { key: 'sg', lang: 'en', region: 'en-sg', phone: 'SG', iban: null, pool: 'sg', months: EN_MONTHS, cur: (r, n) => r.pick([`S$${EN_NUM(n)}`, `SGD ${EN_NUM(n)}`, `$${EN_NUM(n)}`]), biz: B('ClearTone Hearing Centre', 'Keppel Wine Cellar', 'Sentosa Cove Berthing Office', 'Tanjong Music Studio & Rentals', 'cleartone.com.sg', 'keppelwinecellar.sg', 'covberthing.com.sg', 'tanjongmusic.sg', ['gmail.com', 'singnet.com.sg', 'yahoo.com.sg', 'hotmail.com']), ids: [['nric', L.nric]], foreign: ['AU', 'US', 'GB'] },
  nz: { key: 'nz', lang: 'en', region: 'en-nz', phone: 'NZ', iban: null, pool: 'nz', months: EN_MONTHS, cur: (r, n) => r.pick([`NZ$${EN_NUM(n)}`, `$${EN_NUM(n)}`, `NZD ${EN_NUM(n)}`]), biz: B('Whakarongo Hearing Clinic', 'Kōwhai Wine & Spirits', 'Westhaven Berths Office', 'Te Oro Music School', 'whakarongo.co.nz', 'kowhaiwine.co.nz', 'westhavenberths.nz', 'teoromusic.school.nz', ['xtra.co.nz', 'gmail.com', 'outlook.co.nz']), ids: [['ird', L.ird]], foreign: ['AU', 'GB', 'US'] },
  mt: { key: 'mt', lang: 'en', region: 'en-mt', phone: 'MT', iban: 'MT', pool: 'mt', months: EN_MONTHS, cur: (r, n) => r.pick([`€${EN_NUM(n)}`, `EUR ${EN_NUM(n)}`, `€${EN_NUM(Math.round(n), false)}`]), biz: B('Smigħ Hearing Centre', 'Marsaxlokk Wine Vaults', 'Msida Creek Marina', 'Mużika Valletta School', 'smighhearing.com.mt', 'mxkwinevaults.com.mt', 'msidacreekmarina.mt', 'muzikavalletta.edu.mt', ['gmail.com', 'maltanet.net', 'go.net.mt', 'melita.com']), ids: [['mt-id', L.mtId]], foreign: ['IT', 'GB', 'AU'] },
  fr: { key: 'fr', lang: 'fr', region: 'fr-fr', phone: 'FR', iban: 'FR', pool: 'fr', months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '), cur: (r, n) => r.pick([`${EUR_COMMA(' ')(n)} €`, `${EUR_COMMA(' ')(n)} EUR`, `${EUR_COMMA(' ')(n)}€`]), biz: B('Audition Lemaître', 'Cave Saint-Vincent', 'Port de plaisance des Minimes', 'École de musique La Clé de Sol', 'audition-lemaitre.fr', 'cave-saintvincent.fr', 'port-minimes.fr', 'cledesol-musique.fr', ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr']), ids: [['nir', L.nir]], foreign: ['BE', 'GB', 'DE'] },
  be: { key: 'be', lang: 'fr', region: 'fr-be', phone: 'BE', iban: 'BE', pool: 'be', months: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '), cur: (r, n) => r.pick([`${EUR_COMMA('.')(n)} €`, `€ ${EUR_COMMA('.')(n)}`, `${EUR_COMMA('.')(n)} EUR`]), biz: B('Centre auditif Dewulf', 'Les Caves du Sablon', 'Port de plaisance de Namur', 'Académie de musique Ysaÿe', 'auditif-dewulf.be', 'cavesdusablon.be', 'portnamur.be', 'academie-ysaye.be', ['skynet.be', 'proximus.be', 'gmail.com', 'telenet.be']), ids: [['rrn', L.rrn]], foreign: ['FR', 'NL', 'DE'] },
  nl: { key: 'nl', lang: 'nl', region: 'nl-nl', phone: 'NL', iban: 'NL', pool: 'nl', months: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' '), cur: (r, n) => r.pick([`€ ${EUR_COMMA('.')(n)}`, `€${EUR_COMMA('.')(n)}`, `EUR ${EUR_COMMA('.')(n)}`]), biz: B('Hoorcentrum De Oorschelp', 'Wijnhandel Bakker & Zn.', 'Jachthaven Het Anker', 'Muziekschool De Toonladder', 'oorschelp.nl', 'wijnhandelbakker.nl', 'jachthavenhetanker.nl', 'toonladder.nl', ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl']), ids: [['bsn', L.bsn]], foreign: ['BE', 'DE', 'GB'] },
  no: { key: 'no', lang: 'no', region: 'nb-no', phone: 'NO', iban: 'NO', pool: 'no', months: 'januar februar mars april mai juni juli august september oktober november desember'.split(' '), cur: (r, n) => r.pick([`${EUR_COMMA(' ')(n * 11)} kr`, `kr ${EUR_COMMA(' ')(n * 11)}`, `NOK ${Math.round(n * 11)}`]), biz: B('Hørselsklinikken Bryggen', 'Ødegård Vinimport', 'Aker Brygge Gjestehavn', 'Musikkskolen Fiolinbua', 'horselsklinikken.no', 'odegardvin.no', 'akerbryggegjestehavn.no', 'fiolinbua.no', ['online.no', 'gmail.com', 'hotmail.no', 'live.no']), ids: [['fodselsnummer', L.fnr]], foreign: ['SE', 'GB', 'DE'] },
  cs: { key: 'cs', lang: 'cs', region: 'cs-cz', phone: 'CZ', iban: 'CZ', pool: 'cs', months: 'ledna února března dubna května června července srpna září října listopadu prosince'.split(' '), cur: (r, n) => r.pick([`${EUR_COMMA(' ')(n * 25)} Kč`, `${Math.round(n * 25)} Kč`, `CZK ${Math.round(n * 25)}`]), biz: B('Slyšet Plus, s.r.o.', 'Vinotéka U Sklípku', 'Přístaviště Vltava – kotviště', 'Hudební škola Allegro a půjčovna nástrojů', 'slysetplus.cz', 'usklipku.cz', 'pristavistevltava.cz', 'allegro-hudba.cz', ['seznam.cz', 'email.cz', 'centrum.cz', 'gmail.com']), ids: [['rodne-cislo', L.rodneCislo]], foreign: ['PL', 'DE', 'GB'] },
  pl: { key: 'pl', lang: 'pl', region: 'pl-pl', phone: 'PL', iban: 'PL', pool: 'pl', months: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(' '), cur: (r, n) => r.pick([`${EUR_COMMA(' ')(n * 4.3)} zł`, `${EUR_COMMA(' ')(n * 4.3)} PLN`, `PLN ${Math.round(n * 4.3)}`]), biz: B('Centrum Słuchu Echo', 'Winiarnia Pod Dębem', 'Marina Gdynia – bosmanat', 'Szkoła Muzyczna Fermata', 'centrumsluchuecho.pl', 'winiarniapoddebem.pl', 'marina-gdynia.pl', 'fermata-szkola.pl', ['wp.pl', 'onet.pl', 'interia.pl', 'gmail.com', 'o2.pl']), ids: [['pesel', L.pesel]], foreign: ['DE', 'GB', 'LT'] },
  lt: { key: 'lt', lang: 'lt', region: 'lt-lt', phone: 'LT', iban: 'LT', pool: 'lt', months: 'sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio'.split(' '), cur: (r, n) => r.pick([`${EUR_COMMA(' ')(n)} €`, `${EUR_COMMA(' ')(n)} Eur`, `EUR ${EUR_COMMA(' ')(n)}`]), biz: B('Klausos centras „Aidas“', 'Vyninė „Vynuogynas“', 'Nidos jachtų uostas', 'Muzikos mokykla „Kanklės“', 'klausoscentras.lt', 'vynuogynas.lt', 'nidosuostas.lt', 'kankles-muzika.lt', ['gmail.com', 'one.lt', 'inbox.lt', 'yahoo.com']), ids: [['asmens-kodas', L.asmensKodas]], foreign: ['PL', 'DE', 'NO'] },
  lu: { key: 'lu', lang: 'lb', region: 'lb-lu', phone: 'LU', iban: 'LU', pool: 'lu', months: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '), cur: (r, n) => r.pick([`${EUR_COMMA('.')(n)} €`, `€ ${EUR_COMMA('.')(n)}`, `${EUR_COMMA('.')(n)} EUR`]), biz: B('Hörakustik Reding', 'Caves Frisch-Thill Grevenmacher', 'Yachthafen Schwebsingen', 'Museksschoul Éislek & Instrumentverleih', 'hoerakustik-reding.lu', 'caves-frischthill.lu', 'yachthafen-schwebsingen.lu', 'museksschoul-eislek.lu', ['pt.lu', 'gmail.com', 'internet.lu', 'tango.lu']), ids: [['matricule', L.matricule]], foreign: ['FR', 'BE', 'DE'] },
  es: { key: 'es', lang: 'es', region: 'es-es', phone: 'ES', iban: 'ES', pool: 'es', months: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '), cur: (r, n) => r.pick([`${EUR_COMMA('.')(n)} €`, `${EUR_COMMA('.')(n)}€`, `EUR ${EUR_COMMA('.')(n)}`]), biz: B('Centro Auditivo Ibáñez', 'Bodega y Licores La Paz', 'Puerto Deportivo Marina Alborán', 'Escuela de Música Allegretto', 'auditivoibanez.es', 'bodegalapaz.es', 'marinaalboran.es', 'escuelaallegretto.es', ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es']), ids: [['dni-es', (r) => L.dniEs(r)], ['nie', (r) => L.dniEs(r, true)]], foreign: ['GB', 'FR', 'DE'] },
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/[łŁ]/g, 'l').replace(/[ħĦ]/g, 'h').replace(/ß/g, 'ss').toLowerCase().replace(/[^a-z]/g, '')

export type NameStyle = 'full' | 'given' | 'family' | 'caps' | 'lower' | 'lowgiven'
export const EMOJI = ['🦻', '🦻🏽', '🍷', '🥂', '⛵', '⚓', '🎻', '🎹', '🎸', '🥁', '🎷', '👍🏾', '🙏🏻', '😊', '📞', '📅', '✅', '🚚', '👨‍👩‍👧', '🧑🏿‍🎤', '👩🏼‍⚕️', '🛥️', '🍾', '😅', '👋🏼', '🤞🏽']
/** each locale's flag (Wales: the tag-sequence flag; Northern Ireland: the Union flag) */
export const FLAG: Record<string, string> = { cy: '🏴󠁧󠁢󠁷󠁬󠁳󠁿', ni: '🇬🇧', ie: '🇮🇪', ke: '🇰🇪', gh: '🇬🇭', sg: '🇸🇬', nz: '🇳🇿', mt: '🇲🇹', fr: '🇫🇷', be: '🇧🇪', nl: '🇳🇱', no: '🇳🇴', cs: '🇨🇿', pl: '🇵🇱', lt: '🇱🇹', lu: '🇱🇺', es: '🇪🇸' }

export class Ctx {
  constructor(readonly r: Rng, readonly loc: Locale) {}
  pick<T>(xs: readonly T[]): T { return this.r.pick(xs) }
  emo(): string { return this.r.chance(0.2) ? FLAG[this.loc.key]! : this.r.pick(EMOJI) }
  person(pool = this.loc.pool): Person {
    const P = POOLS[pool]!
    const fem = this.r.chance(0.5)
    const fi = this.r.int(0, P.fam.length - 1)
    const pool2 = fem ? P.f : P.m
    const wordish = (WORDISH[pool] ?? []).filter((w) => pool2.includes(w))
    const given = wordish.length && this.r.chance(0.15) ? this.r.pick(wordish) : this.r.pick(pool2)
    return { given, family: fem && P.famF ? P.famF[fi]! : P.fam[fi]!, fem, pool }
  }
  /** A PERSON span in a style; 'caps' puts the surname first in capitals (TAN Wei Ling, DVOŘÁKOVÁ Lenka). */
  name(p: Person, style: NameStyle = 'full'): Span {
    let v: string
    if (style === 'given') v = p.given
    else if (style === 'family') v = p.family
    else if (style === 'caps') v = `${p.family.toLocaleUpperCase()} ${p.given}`
    else if (style === 'lower') v = fullName(p).toLowerCase()
    else if (style === 'lowgiven') v = p.given.toLowerCase()
    else v = fullName(p)
    if (!/^('[tT] )?\p{L}[\p{L}\p{M}' -]*\p{L}\p{M}*$/u.test(v)) throw new Error('bad name ' + v)
    return E('PERSON', v)
  }
  emailOf(p: Person | null, domain?: string, roles = ['info', 'office', 'accounts']): Span {
    const dom = domain ?? this.r.pick(this.loc.biz.mail)
    let local: string
    if (!p) local = this.r.pick(roles)
    else {
      const g = fold(p.given), f = fold(p.family)
      local = this.r.pick([`${g}.${f}`, `${g[0]}${f}`, `${g}${this.r.int(2, 99)}`, `${f}.${g[0]}`, `${g}_${f}`])
    }
    const v = `${local}@${dom}`
    if (!/^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v)) throw new Error('bad email ' + v)
    return E('EMAIL', v)
  }
  phone(opts: { country?: string; kind?: string; form?: V.PhoneForm } = {}): Span {
    const country = opts.country ?? this.loc.phone
    let kind = opts.kind
    if (country === this.loc.phone && this.loc.kinds && (!kind || !this.loc.kinds.includes(kind))) kind = kind === 'mobile' ? 'mobile' : kind ? this.r.pick(this.loc.kinds.filter((k) => k !== 'mobile')) : this.r.chance(0.6) ? 'mobile' : this.r.pick(this.loc.kinds)
    const p = V.phoneNumber(this.r, country, kind)
    const form = opts.form ?? (this.r.chance(0.5) ? 'nat' : this.r.pick(['intl', 'intl', '00', 'intl0', 'compact'] as const))
    return E('PHONE', V.formatPhone(this.r, p, p.region !== this.loc.phone && form === 'nat' ? 'intl' : form))
  }
  foreignPhone(): Span { return this.phone({ country: this.r.pick(this.loc.foreign), form: this.r.pick(['intl', 'compact', 'intl'] as const) }) }
  spokenPhone(): Span { return E('PHONE', V.spokenPhone(this.r, V.phoneNumber(this.r, this.loc.phone, this.loc.kinds ? 'mobile' : undefined))) }
  oddPhone(): Span { return E('PHONE', V.oddGroups(this.r, V.phoneNumber(this.r, this.loc.phone, this.loc.kinds ? 'mobile' : undefined))) }
  card(): Span { return E('CARD', V.card(this.r)) }
  iban(cc = this.loc.iban ?? 'GB'): Span { return E('IBAN', V.iban(this.r, cc)) }
  ssn(): Span { return E('US_SSN', V.ssn(this.r)) }
  nino(): Span { return E('UK_NINO', V.nino(this.r)) }
  ip(): Span { return E('IP_ADDRESS', V.ip(this.r)) }
  ipv6(): Span { return E('IP_ADDRESS', V.ipv6(this.r)) }
  // ---- lookalikes
  natId(): Span { const [k, f] = this.r.pick(this.loc.ids); return N(k, f(this.r)) }
  /** the id a customer shows for an age check: each country's own document number */
  ageId(p: Person): Span {
    const k = this.loc.key
    if (k === 'cy' || k === 'ni') return N('driving-licence', L.ukLicence(this.r, p.family, p.given, p.fem))
    if (k === 'nz') return N('driving-licence', L.nzLicence(this.r))
    if (k === 'ie') return N('ppsn', L.ppsn(this.r))
    if (k === 'ke') return N('ke-id', L.keId(this.r))
    if (k === 'gh') return N('ghana-card', L.ghanaCard(this.r))
    if (k === 'sg') return N('nric', L.nric(this.r))
    if (k === 'mt') return N('mt-id', L.mtId(this.r))
    return this.natId()
  }
  luhnBad(): Span { return N('luhn-invalid', V.luhnInvalid(this.r)) }
  ibanBad(cc = this.loc.iban ?? this.r.pick(['GB', 'IE', 'NL', 'FR'])): Span { return N('iban-checksum', V.ibanWrong(this.r, cc)) }
  ssnBad(): Span { return N('ssn-invalid', V.ssnInvalid(this.r)) }
  ninoBad(): Span { return N('nino-invalid', V.ninoInvalid(this.r)) }
  amount(lo = 8, hi = 900): Span { return N('amount', this.loc.cur(this.r, this.r.int(lo * 100, hi * 100) / 100)) }
  day(): number { return this.r.int(1, 28) }
  date(style?: number): Span {
    const d = this.day(), m = this.r.int(1, 12), y = this.r.pick([2026, 2027])
    const mn = this.loc.months[m - 1]!
    const lang = this.loc.lang
    const forms: string[] = [`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`]
    if (lang === 'en') forms.push(`${d} ${mn}`, `${d} ${mn} ${y}`, `${mn} ${d}`, `${d}/${m}`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    else if (lang === 'fr') forms.push(`${d} ${mn}`, `${d} ${mn} ${y}`, `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`)
    else if (lang === 'nl') forms.push(`${d} ${mn}`, `${d}-${m}-${y}`)
    else if (lang === 'no') forms.push(`${d}. ${mn}`, `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`)
    else if (lang === 'cs') forms.push(`${d}. ${mn}`, `${d}. ${m}. ${y}`)
    else if (lang === 'pl') forms.push(`${d} ${mn}`, `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`)
    else if (lang === 'lt') forms.push(`${mn} ${d} d.`, `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, `${y} m. ${mn} ${d} d.`)
    else if (lang === 'lb') forms.push(`${d}. ${mn}`, `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`)
    else if (lang === 'es') forms.push(`${d} de ${mn}`, `${d}/${m}/${y}`)
    return N('date', style !== undefined ? forms[style % forms.length]! : this.r.pick(forms))
  }
  /** a date of birth, written as the locale writes dates in forms */
  dob(): Span {
    const d = this.day(), m = this.r.int(1, 12), y = this.r.int(1938, 2012)
    const p = (n: number) => String(n).padStart(2, '0')
    const l = this.loc.lang
    const v = l === 'lt' ? `${y}-${p(m)}-${p(d)}` : l === 'en' || l === 'fr' || l === 'es' ? `${p(d)}/${p(m)}/${y}` : l === 'nl' ? `${p(d)}-${p(m)}-${y}` : l === 'cs' ? `${d}. ${m}. ${y}` : `${p(d)}.${p(m)}.${y}`
    return N('date', v)
  }
  time(lo = 8, hi = 18): Span {
    const h = this.r.int(lo, hi), mi = this.r.pick([0, 15, 30, 45, 10, 20, 40, 50])
    const mm = String(mi).padStart(2, '0')
    const lang = this.loc.lang
    if (lang === 'en') return N('time', this.r.pick([`${h}:${mm}`, `${((h + 11) % 12) + 1}:${mm}${this.r.pick(['am', 'pm', ' am', ' pm', 'pm']).replace(/am|pm/, h < 12 ? 'am' : 'pm')}`, `${((h + 11) % 12) + 1}.${mm}${h < 12 ? 'am' : 'pm'}`]))
    if (lang === 'fr') return N('time', this.r.pick([`${h}h${mm}`, `${h}:${mm}`]))
    return N('time', this.r.pick([`${h}:${mm}`, `${h}.${mm}`]))
  }
  clock(h: number, m: number): string { return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` }
  n(kind: string, v: string): Span { return N(kind, v) }
  order(): Span { return N('order-number', this.r.pick([`WS-${this.r.digits(6)}`, `#${this.r.int(10000, 99999)}`, `ORD${this.r.digits(7)}`, `${this.r.int(100, 999)}-${this.r.digits(7)}`])) }
  tracking(): Span { return N('tracking', this.r.pick([`JJD${this.r.digits(15)}`, `${this.r.pick(['CZ', 'RR', 'LX'])}${this.r.digits(9)}${this.r.pick(['GB', 'IE', 'FR', 'NL', 'PL', 'LT', 'LU', 'ES', 'CZ', 'NO', 'MT'])}`, `1Z${this.r.digits(4)}X${this.r.digits(11)}`])) }
  invoice(): Span { return N('invoice', this.r.pick([`INV-${this.r.int(2026, 2027)}-${this.r.digits(4)}`, `F${this.r.int(2026, 2027)}/${this.r.digits(4)}`, `${this.r.int(2026, 2027)}${this.r.digits(5)}`])) }
  last4(): Span { return N('card-last4', this.r.digits(4)) }
  mmsi(): Span { return N('mmsi', L.mmsi(this.r, this.loc.phone === 'GB' ? 'GB' : this.loc.phone)) }
  hin(): Span { return N('hin', L.hin(this.r, this.r.pick(['GB', 'IE', 'FR', 'NL', 'NO', 'PL', 'ES', 'IT', 'DE']))) }
  berth(): Span { return N('berth', `${this.r.pick([...'ABCDEFGHKLMP'])}${this.r.int(1, 64)}`) }
  aidSerial(): Span { return N('device-serial', L.aidSerial(this.r)) }
  instrSerial(): Span { return N('instrument-serial', L.instrumentSerial(this.r)) }
  contract(): Span { return N('rental-contract', this.r.pick([`RC-${this.r.int(2026, 2027)}-${this.r.digits(4)}`, `HR${this.r.digits(6)}`, `MR-${this.r.digits(5)}`])) }
  patientId(): Span { return N('patient-id', this.r.pick([`PT-${this.r.digits(6)}`, `A${this.r.digits(7)}`, `AUD${this.r.digits(5)}`])) }
  ubrn(): Span { return N('referral-ref', L.ubrn(this.r)) }
  version(): Span { return N('version', this.r.pick([`v${this.r.int(1, 9)}.${this.r.int(0, 20)}.${this.r.int(0, 9)}`, `${this.r.int(1, 5)}.${this.r.int(0, 30)}`, `${this.r.int(1, 4)}.${this.r.int(0, 9)}.${this.r.int(10, 99)}`])) }
  imei(): Span { return N('imei', L.imei(this.r)) }
  timestamp(): Span { const d = this.day(), m = this.r.int(1, 12); return N('timestamp', `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${this.clock(this.r.int(6, 21), this.r.int(0, 59))}:${String(this.r.int(0, 59)).padStart(2, '0')}Z`) }
  word(w: string): Span { return N('name-word', w) }
  passport(): Span { return N('passport', this.r.pick([`${this.r.pick(['P', 'C', 'X', 'EN', 'PA', 'LK', 'AB'])}${this.r.digits(7)}`, this.r.digits(9)])) }
  vintage(): Span { return N('vintage', String(this.r.int(1978, 2022))) }
  abv(lo = 11, hi = 46): Span { return N('abv', `${this.r.int(lo, hi)}${this.r.chance(0.5) ? '.5' : ''}%`) }
}
export const biz = (c: Ctx, d: 'hear' | 'wine' | 'marina' | 'music'): string => c.loc.biz[d]
const ROLES = { hear: ['reception', 'bookings', 'audiology', 'info'], wine: ['orders', 'shop', 'delivery', 'info'], marina: ['harbourmaster', 'berths', 'office', 'info'], music: ['lessons', 'rentals', 'office', 'info'] }
export const bizMail = (c: Ctx, d: 'hear' | 'wine' | 'marina' | 'music', p: Person | null = null): Span => c.emailOf(p, c.loc.biz.dom[d], ROLES[d])
export { x, E, N, type Part }
