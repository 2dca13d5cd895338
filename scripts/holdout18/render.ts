// Renders a template: literal text is appended as is, each {{token}} is made by
// code and appended, and its offsets are recorded on the text being built.
// Nothing is found by searching the final text.
import { COMPANIES, poolFor } from './names.ts'
import { NEGATIVES } from './negatives.ts'
import { FOREIGN, phone, type PhoneStyle } from './phones.ts'
import type { Rng } from './rng.ts'
import { card, email, iban, ipv4, ipv6, nino, ssn } from './values.ts'

export interface Span { type: string; start: number; end: number }
export interface NegSpan { kind: string; start: number; end: number }
export interface Rendered { text: string; entities: Span[]; negatives: NegSpan[] }
export interface Locale { lang: string; region: string; iban: string; origin?: string; domain?: string }

const STYLES: Record<string, PhoneStyle[]> = {
  US: ['nat', 'dash', 'dot', 'intl', 'nat'], CA: ['nat', 'dash', 'intl', 'dot'], GB: ['nat', 'intl', 'compact', 'nat', 'zero'],
  DE: ['nat', 'intl', 'slash', 'zero', 'nat'], LI: ['nat', 'intl', 'zero'], FR: ['nat', 'dot', 'intl', 'zero'],
  BE: ['nat', 'dot', 'intl', 'slash'], IT: ['nat', 'intl', 'slash', 'zero'], ES: ['nat', 'intl', 'compact'],
  BG: ['nat', 'intl', 'zero'], SK: ['nat', 'intl', 'zero', 'compact'], LT: ['intl', 'compact', 'nat'],
}

const EMOJI = ['🙂', '👍🏽', '⛴️', '🚗', '📞', '🙏', '🇵🇭', '🇵🇱', '🇧🇬', '👩‍⚖️', '🧳', '😡', '✅', '🗓️', '👨‍👩‍👧']
const COMBINING = ['Zu\u0308rich', 'Malmo\u0308', 'Ma\u0301laga', 'Sa\u0303o Paulo', 'Ko\u0308ln', 'Besanc\u0327on', 'Plzen\u030C', 'Cura\u00E7ao']

interface Person { first: string; last: string }

const FEMALE = /[aаяė]$/u
const FEMALE_LAST = /(ová|á|ienė|aitė|ūtė|а)$/u
const ROLE_DOMAINS: Record<string, Record<string, string>> = {
  en: { law: 'harbourquaylegal.co.uk', staff: 'brightside-staffing.com', ferry: 'northsound-ferries.co.uk' },
  de: { law: 'kanzlei-brandt.de', staff: 'zeitwerk-personal.li', ferry: 'bodensee-faehre.de' },
  fr: { law: 'moreau-avocats.fr', staff: 'interim-plus.be', ferry: 'ferries-manche.fr' },
  es: { law: 'bufetearrieta.es', staff: 'temporh.es', ferry: 'navierasdelestrecho.es' },
  it: { law: 'studiolegaleferri.it', staff: 'lavorosubito.it', ferry: 'traghettitirreno.it' },
  bg: { law: 'stoyanov-law.bg', staff: 'rabotaplus.bg', ferry: 'blacksea-ferries.bg' },
  sk: { law: 'akkovac.sk', staff: 'personaflex.sk', ferry: 'dunajskaplavba.sk' },
  lt: { law: 'butkus-advokatai.lt', staff: 'darbopartneriai.lt', ferry: 'baltijoskeltai.lt' },
}

class Builder {
  text = ''
  entities: Span[] = []
  negatives: NegSpan[] = []
  person: Person | undefined
  people: Person[] = []
  constructor(readonly rng: Rng, readonly loc: Locale) {}

  entity(type: string, value: string): void {
    this.entities.push({ type, start: this.text.length, end: this.text.length + value.length })
    this.text += value
  }

  negative(kind: string, value: string): void {
    this.negatives.push({ kind, start: this.text.length, end: this.text.length + value.length })
    this.text += value
  }

  newPerson(): Person {
    const pool = poolFor(this.loc.lang, this.loc.origin && this.rng.chance(0.6) ? this.loc.origin : undefined)
    let first = this.rng.pick(pool.first)
    // Two people of one text never share a first name (a speaker tag stays unambiguous).
    for (let i = 0; i < 30 && this.people.some((p) => p.first === first); i++) first = this.rng.pick(pool.first)
    let last = this.rng.pick(pool.last)
    // Slavic and Baltic surnames agree with the first name's gender.
    if (['bg', 'sk', 'lt'].includes(this.loc.lang))
      for (let i = 0; i < 30 && FEMALE.test(first) !== FEMALE_LAST.test(last); i++) last = this.rng.pick(pool.last)
    this.person = { first, last }
    this.people.push(this.person)
    return this.person
  }

  /** The last person drawn, or with `index` the index-th (1-based) of the text. */
  current(index?: string): Person {
    if (index) return this.people[Number(index) - 1] ?? this.newPerson()
    return this.person ?? this.newPerson()
  }
}

function personToken(b: Builder, name: string, arg: string | undefined): boolean {
  const p = (fresh: boolean) => (fresh ? b.newPerson() : b.current(arg))
  switch (name) {
    case 'NAME': { const x = p(true); b.entity('PERSON', `${x.first} ${x.last}`); return true }
    case 'FIRST': b.entity('PERSON', p(true).first); return true
    case 'LAST': b.entity('PERSON', p(true).last); return true
    case 'first': b.entity('PERSON', p(true).first.toLowerCase()); return true
    case 'name': { const x = p(true); b.entity('PERSON', `${x.first} ${x.last}`.toLowerCase()); return true }
    case 'SAME': { const x = p(false); b.entity('PERSON', `${x.first} ${x.last}`); return true }
    case 'SAMEF': b.entity('PERSON', p(false).first); return true
    case 'SAMEL': b.entity('PERSON', p(false).last); return true
    case 'UPPER': { const x = p(true); b.entity('PERSON', `${x.last.toUpperCase()} ${x.first}`); return true }
    default: return false
  }
}

function valueToken(b: Builder, name: string, arg: string | undefined, arg2: string | undefined): boolean {
  const { rng, loc } = b
  switch (name) {
    case 'EMAIL': {
      if (arg) { b.entity('EMAIL', `${arg}@${ROLE_DOMAINS[loc.lang]?.[loc.domain ?? 'law'] ?? 'example.org'}`); return true }
      const x = b.current()
      b.entity('EMAIL', email(rng, x.first, x.last, poolFor(loc.lang, loc.origin).domains))
      return true
    }
    case 'PHONE': {
      const region = arg === 'X' ? rng.pick(FOREIGN) : arg ?? loc.region
      const style = (arg2 as PhoneStyle | undefined) ?? (arg === 'X' ? rng.pick(['intl', 'intl', 'compact'] as PhoneStyle[]) : rng.pick(STYLES[region] ?? ['intl']))
      b.entity('PHONE', phone(rng, region, style))
      return true
    }
    case 'CARD': b.entity('CARD', card(rng)); return true
    case 'IBAN': b.entity('IBAN', iban(rng, arg ?? loc.iban)); return true
    case 'SSN': b.entity('US_SSN', ssn(rng)); return true
    case 'NINO': b.entity('UK_NINO', nino(rng)); return true
    case 'IP4': b.entity('IP_ADDRESS', ipv4(rng)); return true
    case 'IP6': b.entity('IP_ADDRESS', ipv6(rng)); return true
    default: return false
  }
}

function plainToken(b: Builder, name: string, arg: string | undefined): void {
  const { rng, loc } = b
  switch (name) {
    case 'n': {
      const gen = arg ? NEGATIVES[arg] : undefined
      if (!gen || !arg) throw new Error(`unknown negative ${arg}`)
      b.negative(arg, gen(rng, loc.lang, loc.region))
      return
    }
    case 'w': b.negative('name-word', arg ?? ''); return
    case 'E': b.text += rng.pick(EMOJI); return
    case 'ACC': b.text += rng.pick(COMBINING); return
    case 'CO': b.text += rng.pick(COMPANIES[loc.lang]?.[loc.domain ?? 'law'] ?? ['Northwind']); return
    case 'pick': b.text += rng.pick((arg ?? '').split('|')); return
    default: throw new Error(`unknown token ${name}`)
  }
}

export function render(template: string, rng: Rng, loc: Locale): Rendered {
  const b = new Builder(rng, loc)
  const re = /\{\{([^{}]+)\}\}/g
  let last = 0
  for (const m of template.matchAll(re)) {
    b.text += template.slice(last, m.index)
    const [name = '', arg, arg2] = (m[1] ?? '').split(':')
    if (!personToken(b, name, arg) && !valueToken(b, name, arg, arg2)) plainToken(b, name, m[1]?.slice(name.length + 1))
    last = (m.index ?? 0) + m[0].length
  }
  b.text += template.slice(last)
  return { text: b.text, entities: b.entities, negatives: b.negatives }
}
