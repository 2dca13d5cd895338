// Locales and the value makers templates call.
import type { Rng } from './prng.ts'
import { FOREIGN, INTL_STYLES, NAT_STYLES, phone, type Phone, type Style } from './phones.ts'
import { person as drawPerson, full, type Person } from './names.ts'
import { card, emailOf, iban, ip, luhnInvalid, nino, ninoInvalid, ssn, ssnInvalid } from './values.ts'
import { BUSINESS, NATIONAL, plateOf } from './lookalikes.ts'

export interface Loc {
  key: string; lang: string; country: string; names: string; iban: string; ids: string[]; mail: string[]
  months: string[]; dateStyle: 'dmy/' | 'dmy.' | 'dmy. ' | 'ymd-' | 'dmy-' | 'long'; time: 'ampm' | '24' | 'dot' | 'h'
  money: (a: string) => string; dec: ',' | '.'; thou?: string
}
const EN_M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
export const LOCS: Record<string, Loc> = {
  'en-gh': { key: 'en-gh', lang: 'en', country: 'GH', names: 'en-gh', iban: 'GB', ids: ['gh-card'], mail: ['gmail.com', 'yahoo.com', 'mtn.com.gh', 'ug.edu.gh'], months: EN_M, dateStyle: 'dmy/', time: 'ampm', money: (a) => `GH₵ ${a}`, dec: '.' },
  'en-mt': { key: 'en-mt', lang: 'en', country: 'MT', names: 'en-mt', iban: 'MT', ids: ['mt-id'], mail: ['gmail.com', 'melita.com', 'maltanet.net', 'um.edu.mt'], months: EN_M, dateStyle: 'dmy/', time: '24', money: (a) => `€${a}`, dec: '.' },
  'en-hk': { key: 'en-hk', lang: 'en', country: 'HK', names: 'en-hk', iban: 'GB', ids: ['hkid'], mail: ['gmail.com', 'netvigator.com', 'yahoo.com.hk', 'connect.hku.hk'], months: EN_M, dateStyle: 'ymd-', time: 'ampm', money: (a) => `HK$${a}`, dec: '.' },
  'en-pk': { key: 'en-pk', lang: 'en', country: 'PK', names: 'en-pk', iban: 'PK', ids: ['cnic'], mail: ['gmail.com', 'hotmail.com', 'ptcl.net.pk', 'lums.edu.pk'], months: EN_M, dateStyle: 'dmy-', time: 'ampm', money: (a) => `Rs ${a}`, dec: '.' },
  'en-bw': { key: 'en-bw', lang: 'en', country: 'BW', names: 'en-bw', iban: 'GB', ids: ['omang'], mail: ['gmail.com', 'btc.bw', 'mascom.bw', 'ub.ac.bw'], months: EN_M, dateStyle: 'long', time: '24', money: (a) => `P ${a}`, dec: '.' },
  'en-ni': { key: 'en-ni', lang: 'en', country: 'GB', names: 'en-ni', iban: 'GB', ids: ['hc-number'], mail: ['btinternet.com', 'hotmail.co.uk', 'gmail.com', 'qub.ac.uk'], months: EN_M, dateStyle: 'dmy/', time: 'ampm', money: (a) => `£${a}`, dec: '.' },
  pl: { key: 'pl', lang: 'pl', country: 'PL', names: 'pl', iban: 'PL', ids: ['pesel'], mail: ['wp.pl', 'onet.pl', 'o2.pl', 'gmail.com'], months: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'], dateStyle: 'dmy.', time: '24', money: (a) => `${a} zł`, dec: ',', thou: ' ' },
  ro: { key: 'ro', lang: 'ro', country: 'RO', names: 'ro', iban: 'RO', ids: ['cnp'], mail: ['yahoo.ro', 'gmail.com', 'rdslink.ro'], months: ['ianuarie', 'februarie', 'martie', 'aprilie', 'mai', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie'], dateStyle: 'dmy.', time: '24', money: (a) => `${a} lei`, dec: ',' },
  el: { key: 'el', lang: 'el', country: 'GR', names: 'el', iban: 'GR', ids: ['amka', 'afm'], mail: ['otenet.gr', 'gmail.com', 'yahoo.gr'], months: ['Ιανουαρίου', 'Φεβρουαρίου', 'Μαρτίου', 'Απριλίου', 'Μαΐου', 'Ιουνίου', 'Ιουλίου', 'Αυγούστου', 'Σεπτεμβρίου', 'Οκτωβρίου', 'Νοεμβρίου', 'Δεκεμβρίου'], dateStyle: 'dmy/', time: '24', money: (a) => `${a} €`, dec: ',' },
  sk: { key: 'sk', lang: 'sk', country: 'SK', names: 'sk', iban: 'SK', ids: ['rodne-cislo'], mail: ['azet.sk', 'centrum.sk', 'gmail.com'], months: ['januára', 'februára', 'marca', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra'], dateStyle: 'dmy. ', time: '24', money: (a) => `${a} €`, dec: ',', thou: ' ' },
  fi: { key: 'fi', lang: 'fi', country: 'FI', names: 'fi', iban: 'FI', ids: ['hetu'], mail: ['elisanet.fi', 'gmail.com', 'luukku.com'], months: ['tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesäkuuta', 'heinäkuuta', 'elokuuta', 'syyskuuta', 'lokakuuta', 'marraskuuta', 'joulukuuta'], dateStyle: 'dmy.', time: 'dot', money: (a) => `${a} €`, dec: ',', thou: ' ' },
  sv: { key: 'sv', lang: 'sv', country: 'SE', names: 'sv', iban: 'SE', ids: ['personnummer'], mail: ['telia.com', 'gmail.com', 'bredband.net'], months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'], dateStyle: 'ymd-', time: '24', money: (a) => `${a} kr`, dec: ',', thou: ' ' },
  'es-ar': { key: 'es-ar', lang: 'es', country: 'AR', names: 'es-ar', iban: 'ES', ids: ['dni-ar', 'cuil'], mail: ['gmail.com', 'hotmail.com.ar', 'fibertel.com.ar'], months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'], dateStyle: 'dmy/', time: '24', money: (a) => `$ ${a} ARS`, dec: ',' },
  'es-cl': { key: 'es-cl', lang: 'es', country: 'CL', names: 'es-cl', iban: 'ES', ids: ['rut'], mail: ['gmail.com', 'vtr.net', 'uc.cl'], months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'], dateStyle: 'dmy-', time: '24', money: (a) => `$${a} CLP`, dec: ',' },
  'fr-qc': { key: 'fr-qc', lang: 'fr', country: 'CA', names: 'fr-qc', iban: 'FR', ids: ['sin'], mail: ['videotron.ca', 'gmail.com', 'sympatico.ca'], months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], dateStyle: 'ymd-', time: 'h', money: (a) => `${a} $`, dec: ',', thou: ' ' },
  'fr-be': { key: 'fr-be', lang: 'fr', country: 'BE', names: 'fr-be', iban: 'BE', ids: ['niss'], mail: ['skynet.be', 'gmail.com', 'proximus.be'], months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'], dateStyle: 'dmy/', time: 'h', money: (a) => `${a} €`, dec: ',' },
  it: { key: 'it', lang: 'it', country: 'IT', names: 'it', iban: 'IT', ids: ['codice-fiscale'], mail: ['libero.it', 'gmail.com', 'tiscali.it', 'virgilio.it'], months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'], dateStyle: 'dmy/', time: '24', money: (a) => `€ ${a}`, dec: ',' },
  ca: { key: 'ca', lang: 'ca', country: 'ES', names: 'ca', iban: 'ES', ids: ['dni-es', 'nie'], mail: ['gmail.com', 'telefonica.net', 'xtec.cat'], months: ['gener', 'febrer', 'març', 'abril', 'maig', 'juny', 'juliol', 'agost', 'setembre', 'octubre', 'novembre', 'desembre'], dateStyle: 'dmy/', time: '24', money: (a) => `${a} €`, dec: ',' },
}

const p2 = (n: number) => String(n).padStart(2, '0')
export type Domain = 'porting' | 'dental' | 'loan' | 'toll'

export class Ctx {
  constructor(public rng: Rng, public loc: Loc, public dom: Domain, public force: Record<string, string[]> = {}) {}
  /** A person of the locale; given names that are also words (and surnames with each letter of the language) are
   *  used first, now and then, so each shows up. */
  person(): Person {
    const p = drawPerson(this.rng, this.loc.names)
    const q = this.force[this.loc.key]
    if (q?.length && this.rng.chance(0.35) && !p.familyFirst) p.given = q.shift()!
    const f = this.force[`${this.loc.key}:family`]
    if (f?.length && this.rng.chance(0.35)) p.family = f.shift()!
    return p
  }
  name(p: Person): string { return full(p) }
  /** A home-country phone in a national or international form (or a foreign caller with +, now and then). */
  phone(kind: 'any' | 'nat' | 'intl' | 'foreign' = 'any', style?: Style): string { return this.phoneObj(kind, style).text }
  phoneObj(kind: 'any' | 'nat' | 'intl' | 'foreign' = 'any', style?: Style): Phone {
    const r = this.rng
    if (kind === 'foreign' || (kind === 'any' && r.chance(0.07))) return phone(r, r.pick(FOREIGN), style?.startsWith('intl') ? style : r.pick(['intl', 'intl', 'intl-compact', 'intl-dash', 'intl-00'] as Style[]))
    const intl = kind === 'intl' || (kind === 'any' && r.chance(0.4))
    let st = style ?? (intl ? r.pick(INTL_STYLES) : r.pick(NAT_STYLES))
    if (!style && this.loc.country === 'CA' && !intl && r.chance(0.3)) st = 'us-1'
    return phone(r, this.loc.country, st)
  }
  email(p: Person): string { return emailOf(this.rng, p.given, p.family, this.loc.mail) }
  card(): string { return card(this.rng) }
  iban(good = true): string { return iban(this.rng, this.loc.iban, good) }
  ssn(): string { return ssn(this.rng) }
  ssnBad(): string { return ssnInvalid(this.rng) }
  nino(): string { return nino(this.rng) }
  ninoBad(): string { return ninoInvalid(this.rng) }
  ip(): string { return ip(this.rng) }
  luhnBad(): string { return luhnInvalid(this.rng) }
  /** the locale's national ids in turn, so each of them shows up */
  natId(): [string, string] {
    const key = `#${this.loc.key}`
    const n = Number(this.force[key]?.[0] ?? 0)
    this.force[key] = [String(n + 1)]
    const k = this.loc.ids[n % this.loc.ids.length]!
    return [k, NATIONAL[k]!(this.rng)]
  }
  biz(kind: string): string { return BUSINESS[kind]!(this.rng) }
  plate(): string { return plateOf(this.rng, this.loc.country === 'GB' ? 'GB' : this.loc.country) }
  date(): string {
    const r = this.rng
    const d = r.int(1, 28), m = r.int(1, 12), y = r.pick([2026, 2026, 2027])
    const l = this.loc
    if (r.chance(0.3)) {
      if (l.lang === 'en') return r.chance(0.5) ? `${l.months[m - 1]} ${d}, ${y}` : `${d} ${l.months[m - 1]} ${y}`
      if (l.lang === 'es' || l.lang === 'ca') return `${d} de ${l.months[m - 1]} de ${y}`
      if (l.lang === 'sk' || l.lang === 'fi') return `${d}. ${l.months[m - 1]} ${y}`
      return `${d} ${l.months[m - 1]} ${y}`
    }
    switch (l.dateStyle) {
      case 'dmy/': return `${p2(d)}/${p2(m)}/${y}`
      case 'dmy.': return `${d}.${m}.${y}`
      case 'dmy. ': return `${d}. ${m}. ${y}`
      case 'ymd-': return `${y}-${p2(m)}-${p2(d)}`
      case 'dmy-': return `${p2(d)}-${p2(m)}-${y}`
      case 'long': return `${d} ${l.months[m - 1]} ${y}`
    }
  }
  time(): string {
    const r = this.rng
    const h = r.int(7, 19), mi = r.pick([0, 10, 15, 20, 30, 40, 45, 50])
    switch (this.loc.time) {
      case 'ampm': return `${h > 12 ? h - 12 : h}:${p2(mi)} ${h >= 12 ? 'pm' : 'am'}`
      case '24': return `${h}:${p2(mi)}`
      case 'dot': return `${h}.${p2(mi)}`
      case 'h': return `${h}h${p2(mi)}`
    }
  }
  stamp(): string { const r = this.rng; return `2026-${p2(r.int(1, 11))}-${p2(r.int(1, 28))}T${p2(r.int(6, 21))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}Z` }
  hhmm(): string { return `${p2(this.rng.int(7, 21))}:${p2(this.rng.int(0, 59))}` }
  amount(): string {
    const r = this.rng
    const whole = r.int(12, 4800)
    const cents = p2(r.pick([0, 0, 50, 90, 99, r.int(1, 98)]))
    const w = whole >= 1000 ? `${Math.floor(whole / 1000)}${this.loc.thou ?? (this.loc.dec === ',' ? '.' : ',')}${String(whole % 1000).padStart(3, '0')}` : String(whole)
    return this.loc.money(`${w}${this.loc.dec}${cents}`)
  }
  version(): string { return `${this.rng.pick(['', 'v'])}${this.rng.int(1, 9)}.${this.rng.int(0, 30)}${this.rng.chance(0.6) ? `.${this.rng.int(0, 12)}` : ''}` }
}
