// Fills a template's slots for one text: the same person keeps one name and
// one address throughout, so a greeting and a signature agree.
import type { Fill } from './doc'
import type { Locale } from './locales'
import { negative } from './negatives'
import { FOREIGN, phone } from './phones'
import type { Rng } from './rng'
import { card, email, iban, ipv4, ipv6, nino, ssn } from './values'

interface Person { first: string; last: string }

const COMPANIES = ['Northgate', 'Contoso Payroll', 'Workday', 'ServiceNow', 'ADP', 'Okta', 'Fabrikam Logistics']
const PRODUCTS = ['Outlook', 'Teams', 'GlobalProtect VPN', 'SAP SuccessFactors', 'Citrix Workspace', 'Intune', 'Jira']
const MONTHS: Record<string, readonly string[]> = {
  en: ['January', 'March', 'April', 'August', 'October'],
  de: ['Januar', 'März', 'Oktober', 'Dezember'],
  fr: ['janvier', 'mars', 'juillet', 'décembre'],
  es: ['enero', 'marzo', 'julio', 'noviembre'],
  pl: ['styczeń', 'marzec', 'lipiec', 'grudzień'],
  ro: ['ianuarie', 'martie', 'iulie', 'decembrie'],
}
const EMOJI = ['🙏 ', '😩 ', '👍🏽 ', '🔒 ', '👩‍💻 ', '🇵🇭 ', '⚠️ ', '🚨 ', '💸 ', '🤦‍♂️ ', 'ok 👌 ']

export function createFiller(r: Rng, loc: Locale): (slot: string) => Fill {
  const people = new Map<string, Person>()
  const person = (who: string): Person => {
    let p = people.get(who)
    if (!p) {
      do p = { first: r.pick(loc.first), last: r.pick(loc.last) }
      while ([...people.values()].some((q) => q.first === p!.first))
      people.set(who, p)
    }
    return p
  }
  const mails = new Map<string, string>()
  const mailOf = (who: string): string => {
    const p = person(who)
    if (!mails.has(who)) mails.set(who, email(r, p.first, p.last, loc.domain))
    return mails.get(who)!
  }
  const entity = (slot: string): Fill | undefined => {
    const m = /^(|a|c|m)(first|last|full|email)$/.exec(slot)
    if (m) {
      const who = m[1] || 'u'
      if (m[2] === 'email') return { v: mailOf(who), type: 'EMAIL' }
      const p = person(who)
      return { v: m[2] === 'first' ? p.first : m[2] === 'last' ? p.last : `${p.first} ${p.last}`, type: 'PERSON' }
    }
    switch (slot) {
      case 'remail': return { v: `${r.pick(['servicedesk', 'payroll', 'hr-helpdesk', 'it.support', 'noreply-alerts'])}@${loc.domain}`, type: 'EMAIL' }
      case 'phone': return { v: phone(r, loc.region, 'nat'), type: 'PHONE' }
      case 'phonei': return { v: phone(r, loc.region, 'intl'), type: 'PHONE' }
      case 'phonex': return { v: phone(r, r.pick([...FOREIGN, 'US', 'CA', 'GB', 'DE', 'FR', 'ES', 'PL', 'RO', 'IN', 'PH'].filter((c) => c !== loc.region)), 'intl').replace(/^00/, '+'), type: 'PHONE' }
      case 'card': return { v: card(r), type: 'CARD' }
      case 'iban': return { v: iban(r, loc.iban), type: 'IBAN' }
      case 'ibanx': return { v: iban(r, r.pick(['NL', 'BE', 'IT', 'IE', 'DE', 'FR'])), type: 'IBAN' }
      case 'ssn': return { v: ssn(r), type: 'US_SSN' }
      case 'nino': return { v: nino(r), type: 'UK_NINO' }
      case 'ip4': return { v: ipv4(r), type: 'IP_ADDRESS' }
      case 'ip6': return { v: ipv6(r), type: 'IP_ADDRESS' }
    }
    return undefined
  }
  const plain = (slot: string): string => {
    switch (slot) {
      case 'company': return r.pick(COMPANIES)
      case 'product': return r.pick(PRODUCTS)
      case 'town': return r.pick(loc.towns)
      case 'street': return r.pick(loc.streets)
      case 'month': return r.pick(MONTHS[loc.lang] ?? MONTHS.en!)
      case 'emoji': return r.pick(EMOJI)
      case 'x': return String(r.int(10, 999))
      case 'n': return String(r.int(2, 9))
    }
    throw new Error(`unknown slot ${slot}`)
  }
  return (raw: string): Fill => {
    const [slot, mod] = raw.split('|') as [string, string | undefined]
    const f = entity(slot) ?? negative(r, loc.lang, slot) ?? { v: plain(slot) }
    return mod === 'lc' ? { ...f, v: f.v.toLowerCase() } : f
  }
}
