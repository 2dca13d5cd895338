// Renders a template with `{SLOT}` holes, recording where each value lands (UTF-16 offsets).
import type { Lang } from './lang'
import { emailFor, person, type Person } from './names'
import { FOREIGN, phone } from './phones'
import type { Rng } from './rng'
import * as v from './values'

export interface Span { start: number; end: number }
export interface Entity extends Span { type: string }
export interface Negative extends Span { kind: string }
export interface Rendered { text: string; entities: Entity[]; negatives: Negative[] }

type Value = { e?: string; n?: string; text: string }

const COMPANIES = ['Nordlicht Energie GmbH', 'Solvento SA', 'Brightwater Utilities Ltd', 'Kaskade Telecom', 'Vértice Seguros', 'Helmark Logistics AB', 'Fjordnett AS']
const WORDS = ['May', 'Will', 'Bill', 'Mark', 'Rose', 'Grace', 'Sunny', 'Hope', 'Jack']

interface Ctx { lang: Lang; r: Rng; p: Person; agent: Person; other: Person }

function negatives(key: string, c: Ctx): Value | undefined {
  const { r, lang } = c
  const table: Record<string, () => Value> = {
    ORDER: () => ({ n: 'order-number', text: r.pick([`ORD-${r.int(2024, 2026)}-${r.digits(6)}`, `${r.int(1, 9)}${r.digits(8)}`, `A${r.digits(7)}`]) }),
    LONGREF: () => ({ n: 'order-number', text: `${r.int(1, 9)}${r.digits(r.int(9, 10))}` }),
    TRACK: () => ({ n: 'tracking-number', text: r.pick([`1Z${r.digits(3)}E${r.digits(2)}${r.digits(10)}`, `JJD${r.digits(18)}`, `RR${r.digits(9)}${r.pick(['DE', 'SE', 'PL', 'FR'])}`, `00340434${r.digits(12)}`]) }),
    INVOICE: () => ({ n: 'invoice', text: r.pick([`RE-${r.int(2024, 2026)}/${r.digits(4)}`, `INV-${r.digits(7)}`, `F${r.int(2024, 2026)}-${r.digits(5)}`, `${r.digits(10)}`]) }),
    CASE: () => ({ n: 'ticket', text: r.pick([`#${r.digits(6)}`, `CS${r.digits(8)}`, `INC${r.digits(7)}`, `${r.int(1, 9)}${r.digits(10)}`]) }),
    BADCARD: () => ({ n: 'luhn-invalid', text: v.badCard(r) }),
    BADIBAN: () => ({ n: 'iban-checksum', text: v.badIban(r.pick(lang.ibans), r) }),
    BADSSN: () => ({ n: 'ssn-invalid', text: v.badSsn(r) }),
    BADNINO: () => ({ n: 'nino-invalid', text: v.badNino(r) }),
    AMOUNT: () => ({ n: 'amount', text: lang.amount(r) }),
    DATE: () => ({ n: 'date', text: lang.date(r) }),
    ISO: () => ({ n: 'date', text: `${r.int(2025, 2026)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(10, 28))}T${lang.time(r).replace('.', ':')}:${String(r.int(10, 59))}Z` }),
    TIME: () => ({ n: 'time', text: lang.time(r) }),
    DUR: () => ({ n: 'duration', text: r.pick([`${r.int(2, 59)} min`, `${r.int(1, 3)}h ${r.int(1, 59)}m`, `00:${r.int(10, 59)}:${r.int(10, 59)}`]) }),
    VER: () => ({ n: 'version', text: r.pick([`v${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`, `${r.int(10, 17)}.${r.int(0, 7)}.${r.int(1, 9)}`, `${r.int(110, 131)}.0.${r.int(6000, 6999)}.${r.int(10, 199)}`]) }),
    ZIP: () => ({ n: 'postcode', text: lang.postcode(r) }),
    SKU: () => ({ n: 'sku', text: r.pick([`SKU-${r.digits(5)}-${r.pick(['BLK', 'XL', 'WHT'])}`, `${r.pick(['KX', 'TR', 'MB'])}${r.digits(4)}/${r.digits(2)}`]) }),
    COMPANY: () => ({ n: 'company', text: r.pick(COMPANIES) }),
    STREET: () => ({ n: 'street', text: lang.street(r) }),
    MAC: () => ({ n: 'mac-address', text: Array.from({ length: 6 }, () => r.int(0, 255).toString(16).padStart(2, '0').toUpperCase()).join(':') }),
  }
  return table[key]?.()
}

function entities(key: string, c: Ctx): Value | undefined {
  const { r, lang, p } = c
  const main = lang.regions[0] ?? 'US'
  const table: Record<string, () => Value> = {
    NAME: () => ({ e: 'PERSON', text: `${p.first} ${p.last}` }),
    FIRST: () => ({ e: 'PERSON', text: p.first }),
    // Dutch capitalises a particle when no first name precedes it (mevrouw Van der Linde).
    LAST: () => ({ e: 'PERSON', text: lang.code === 'nl' ? p.last.charAt(0).toUpperCase() + p.last.slice(1) : p.last }),
    NAMELC: () => ({ e: 'PERSON', text: `${p.first} ${p.last}`.toLowerCase() }),
    FIRSTLC: () => ({ e: 'PERSON', text: p.first.toLowerCase() }),
    AGENT: () => ({ e: 'PERSON', text: c.agent.first }),
    AGENTLAST: () => ({ e: 'PERSON', text: lang.code === 'nl' ? c.agent.last.charAt(0).toUpperCase() + c.agent.last.slice(1) : c.agent.last }),
    AGENTFULL: () => ({ e: 'PERSON', text: `${c.agent.first} ${c.agent.last}` }),
    NAME2: () => ({ e: 'PERSON', text: `${c.other.first} ${c.other.last}` }),
    EMAIL: () => ({ e: 'EMAIL', text: emailFor(p, lang.domains, r) }),
    EMAIL2: () => ({ e: 'EMAIL', text: emailFor(c.other, lang.domains, r) }),
    ROLEMAIL: () => ({ e: 'EMAIL', text: `${r.pick(['service', 'kontakt', 'billing', 'noreply', 'support'])}@${r.pick(['nordlicht-energie.de', 'solvento.eu', 'kaskade.net', 'helmark.se'])}` }),
    PHONE: () => ({ e: 'PHONE', text: phone(r.int(0, 3) === 0 ? r.pick(lang.regions) : main, r).text }),
    PHONEN: () => ({ e: 'PHONE', text: phone(main, r, 'national').text }),
    PHONEI: () => ({ e: 'PHONE', text: phone(r.pick(lang.regions), r, 'intl').text }),
    PHONEF: () => ({ e: 'PHONE', text: phone(r.pick(FOREIGN), r, 'intl').text.replace(/^00/, '+') }),
    CARD: () => ({ e: 'CARD', text: v.card(r) }),
    IBAN: () => ({ e: 'IBAN', text: v.iban(r.pick(lang.ibans), r) }),
    SSN: () => ({ e: 'US_SSN', text: v.ssn(r) }),
    NINO: () => ({ e: 'UK_NINO', text: v.nino(r) }),
    IP4: () => ({ e: 'IP_ADDRESS', text: v.ipv4(r) }),
    IP6: () => ({ e: 'IP_ADDRESS', text: v.ipv6(r) }),
  }
  return table[key]?.()
}

function literal(key: string, arg: string | undefined, c: Ctx): Value | undefined {
  if (key === 'TITLE') return { text: c.lang.title(c.p.f) }
  if (key === 'DEAR') return { text: c.lang.dear(c.p.f) }
  if (key === 'ADEAR') return { text: c.lang.dear(c.agent.f) }
  if (key === 'ATITLE') return { text: c.lang.title(c.agent.f) }
  if (key === 'W') return { n: 'name-word', text: arg ?? c.r.pick(WORDS) }
  return undefined
}

/** Renders one template; every label's offsets come from where its value was appended. */
export function render(template: string, c: Ctx): Rendered {
  const out: Rendered = { text: '', entities: [], negatives: [] }
  let at = 0
  for (const m of template.matchAll(/\{([A-Z0-9]+)(?::([^}]*))?\}/g)) {
    out.text += template.slice(at, m.index)
    at = m.index! + m[0].length
    const key = m[1] ?? ''
    const val = literal(key, m[2], c) ?? entities(key, c) ?? negatives(key, c)
    if (!val) throw new Error(`unknown slot {${key}}`)
    const start = out.text.length
    out.text += val.text
    if (val.e) out.entities.push({ type: val.e, start, end: out.text.length })
    if (val.n) out.negatives.push({ kind: val.n, start, end: out.text.length })
  }
  out.text += template.slice(at)
  return out
}

/** The people a text is about: customer, agent and someone else. */
export function context(lang: Lang, r: Rng): Ctx {
  return { lang, r, p: person(lang.names, r), agent: person(lang.names, r), other: person(lang.names, r) }
}
