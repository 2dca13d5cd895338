// What a template reaches for: fresh labeled values for one text.
import { date, time, amount } from './calendar'
import { groupPan, makeBadPan, makeCard } from './cards'
import { groupIban, makeBadIban, makeIban } from './checksums'
import * as L from './lookalikes'
import { makePeople, type Person, PETS } from './names'
import { FOREIGN, INTL_STYLES, makePhone, NATIONAL_STYLES } from './phones'
import { E, N, type Piece } from './render'
import type { Rng } from './rng'
import { makeBadNino, makeBadSsn, makeEmail, makeIpv4, makeIpv6, makeNino, makeSsn } from './values'

const EMOJI = ['🐶', '🐱', '🐾', '🌻', '☀️', '🔥', '💐', '🕯️', '🙏🏽', '👍🏼', '😊', '😢', '⚡', '🏳️‍🌈', '🇿🇦', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '👨‍👩‍👧', '❤️', '🐕‍🦺']

export function createKit(rng: Rng, lang: string, home: string) {
  const people = makePeople(rng, lang, 6)
  const us = home === 'US'
  const neg = (kind: string, make: (r: Rng) => string) => (): Piece => N(kind, make(rng))
  return {
    rng, lang, home, us,
    p: people as [Person, Person, Person, Person, Person, Person],
    P: (s: string): Piece => E('PERSON', s),
    email: (p: Person): Piece => E('EMAIL', makeEmail(rng, lang, p)),
    role: (local: string, domain: string): Piece => E('EMAIL', `${local}@${domain}`),
    phone: (country = home, intl = rng.chance(0.35)): Piece => {
      const styles = intl ? INTL_STYLES : NATIONAL_STYLES.filter((s) => (s !== 'slash' || country === 'AT') && (s !== 'paren' || ['GB', 'ZA', 'AT', 'GR'].includes(country)))
      return E('PHONE', makePhone(rng, country, rng.pick(styles)).text)
    },
    foreignPhone: (): Piece => E('PHONE', makePhone(rng, rng.pick(FOREIGN.filter((c) => c !== home)), rng.pick(INTL_STYLES), true).text),
    card: (brand?: string): Piece => E('CARD', groupPan(makeCard(rng, brand).pan, rng.pick([' ', ' ', '-', '']))),
    iban: (country: string): Piece => E('IBAN', groupIban(makeIban(rng, country), rng.chance(0.7))),
    ssn: (): Piece => E('US_SSN', makeSsn(rng, rng.pick(['-', '-', ' ', '']))),
    nino: (): Piece => E('UK_NINO', makeNino(rng, rng.chance(0.4))),
    ip: (): Piece => E('IP_ADDRESS', makeIpv4(rng)),
    ip6: (): Piece => E('IP_ADDRESS', makeIpv6(rng)),
    badPan: (): Piece => { const p = makeBadPan(rng); return N('luhn-invalid', rng.chance(0.6) ? groupPan(p, rng.pick([' ', '-'])) : p) },
    badIban: (country: string): Piece => N('iban-checksum', groupIban(makeBadIban(rng, country), rng.chance(0.6))),
    badSsn: (): Piece => N('ssn-invalid', makeBadSsn(rng, '-')),
    badNino: (): Piece => N('nino-invalid', makeBadNino(rng)),
    date: (): Piece => N('date', date(rng, lang, us)),
    time: (): Piece => N('time', time(rng, lang, us)),
    amount: (cur?: string): Piece => N('amount', amount(rng, lang, cur)),
    word: (w: string): Piece => N('name-word', w),
    place: (w: string): Piece => N('place-name', w),
    pet: (): Piece => N('pet-name', rng.pick(PETS)),
    chip: neg('microchip', L.microchip),
    policy: neg('policy-number', L.policy),
    claim: neg('claim-number', L.claim),
    invoice: neg('invoice-number', L.invoice),
    quote: neg('quote-number', L.quote),
    plan: neg('funeral-plan', L.funeralPlan),
    deathReg: neg('death-registration', L.deathReg),
    plot: neg('plot-number', L.plot),
    serial: neg('inverter-serial', L.inverterSerial),
    grant: neg('grant-reference', L.grantRef),
    tariff: neg('tariff-reference', L.tariffRef),
    mpan: neg('supply-number', L.mpan),
    mprn: (): Piece => N('supply-number', L.mprn(rng, lang)),
    reading: neg('meter-reading', L.meterReading),
    qty: neg('quantity', L.quantity),
    postcode: (): Piece => N('postcode', L.postcode(rng, lang)),
    afm: neg('gr-afm', L.afm),
    amka: neg('gr-amka', L.amka),
    lvCode: neg('lv-personal-code', L.lvCode),
    emso: neg('si-emso', L.emso),
    emoji: (): string => rng.pick(EMOJI),
    /** Literal text in decomposed form (base letters plus combining marks) to shift offsets. */
    nfd: (s: string): string => s.normalize('NFD'),
    pick: <T>(xs: readonly T[]): T => rng.pick(xs),
    maybe: (p: number, piece: Piece): Piece => (rng.chance(p) ? piece : ''),
  }
}

export type Kit = ReturnType<typeof createKit>
