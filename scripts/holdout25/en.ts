// The English templates (Wales, Canada, Kenya, Singapore, Jamaica, South Africa) over the four businesses, and the
// negatives-only ones. Each returns its genre and its parts; ctx draws every value.
import { BRAND, type Ctx } from './ctx.ts'
import type { Domain } from './lookalikes.ts'
import { E, N, mapV, t, type Part } from './render.ts'

export interface Draft { kind: string; parts: Part[]; nfd?: boolean }
export type Template = (c: Ctx) => Draft

export const LABEL_EN: Record<string, string> = {
  'member-number': 'Member no.', 'scheme-ref': 'Scheme ref', 'policy-ref': 'Annuity policy', 'order-number': 'Order',
  'delivery-slot': 'Delivery slot', sku: 'SKU', 'consignment-number': 'Consignment', 'application-number': 'Application no.',
  'passport-number': 'Passport no.', 'appointment-code': 'Appointment code', 'biometric-slot': 'Biometrics',
  'booking-number': 'Booking', cabin: 'Cabin', 'muster-code': 'Muster', 'deck-code': 'Deck', 'onboard-account': 'Onboard account', folio: 'Folio',
}
const D: Record<Domain, { act: string; rel: string; team: string; thing: string }> = {
  pension: { act: 'annuity payout', rel: 'nominated beneficiary', team: 'Member Services', thing: 'pension' },
  furniture: { act: 'delivery and assembly', rel: 'neighbour taking delivery', team: 'Delivery Desk', thing: 'sofa delivery' },
  visa: { act: 'passport appointment', rel: 'accompanying applicant', team: 'Appointments', thing: 'visa application' },
  cruise: { act: 'cruise booking', rel: 'travel companion', team: 'Guest Services', thing: 'sailing' },
}
const d = (c: Ctx) => D[c.domain]
const ref = (c: Ctx, kind?: string): Part[] => { const v = c.biz(kind); return [`${LABEL_EN[v.kind!]}: `, v] }
const refs = (c: Ctx, n: number, sep = '\n'): Part[] => c.r.shuffle(c.bizKinds()).slice(0, n).flatMap((k, i) => [i ? sep : '', ...ref(c, k)])
const lower = (p: Part[]) => p.map((q) => mapV(q, (s) => s.toLowerCase()))
const hm = (c: Ctx) => `${String(c.r.range(8, 19)).padStart(2, '0')}:${String(c.r.range(0, 59)).padStart(2, '0')}`
const glue = (c: Ctx) => c.r.pick([': ', ':', ' ', ' on ', ' - '])
const pay = (c: Ctx): Part[] => (c.domain === 'furniture' || c.domain === 'cruise' ? t`Paid by card: ${c.card()}\n` : [])
// what each business adds to a form: a payout date, an address note for the van, the biometrics slot, the muster station
const ADDR = ['Flat 4, 27 Heol y Nant – side gate, ring twice', 'Unit 12B, 3rd floor, no lift', 'House 41, blue gate opposite the clinic', 'Blk 218 #07-112, lift lobby B', '14 Gordon Town Rd, leave with security', '9 Kloof St – call from the boom gate', 'Apt 1502, 88 Queen St W, buzzer 1502', 'Plot 7, Ngong Rd, behind the petrol station']
const extra = (c: Ctx): Part[] => {
  switch (c.domain) {
    case 'pension': return t`Next payout: ${c.date()} (${c.amount()})\n`
    case 'furniture': return t`Address note: ${c.r.pick(ADDR)}\n${LABEL_EN['delivery-slot']}: ${c.biz('delivery-slot')}\n`
    case 'visa': return t`${LABEL_EN['biometric-slot']}: ${c.biz('biometric-slot')} on ${c.date()} ${c.time()}\n`
    case 'cruise': return t`Muster station: ${c.biz('muster-code')}, deck ${c.biz('deck-code')}\n`
  }
}
const ext = (c: Ctx) => c.r.chance(0.25) ? c.r.pick([` ext. ${c.r.range(10, 499)}`, ` x${c.r.range(10, 99)}`, ` (extn ${c.r.range(100, 999)})`]) : ''

export const EN: Template[] = [
  // web form, surname first in capitals sometimes
  (c) => {
    const p = c.person(c.r.chance(0.35) ? 'caps' : 'normal'); const q = c.person()
    return { kind: 'form', parts: t`${BRAND[c.domain]} | ${d(c).act} form\nFull name: ${p.full}\nMobile: ${c.emo()}${c.ph()}\n${c.r.chance(0.5) ? ['Home:', c.r.pick([' ', '']), c.ph(), ext(c), '\n'] : ''}Email: ${c.mail(p)}\n${c.govLabel()}: ${c.gov()}\n${refs(c, 2)}\nDate: ${c.date()} at ${c.time()}\n${d(c).rel[0]!.toUpperCase() + d(c).rel.slice(1)}: ${q.full} (${c.r.chance(0.5) ? (c.r.chance(0.5) ? c.phIntl() : c.ph()) : c.mail(q)})\n${pay(c)}${extra(c)}Submitted from ${c.ip()}\n` }
  },
  // web form, separate name fields, payment
  (c) => {
    const p = c.person()
    const pay = c.domain === 'pension' || c.domain === 'visa' ? t`Payout IBAN: ${c.iban()}` : t`Card: ${c.card()} (exp ${String(c.r.range(1, 12)).padStart(2, '0')}/${c.r.range(27, 31)})`
    return { kind: 'form', parts: t`${c.emo()}${d(c).team} web enquiry\nFirst name: ${p.given}\nLast name: ${p.family}\nPhone (best after ${c.time()}): ${c.ph()}\nAlt phone:${c.ph({ style: 'nat-compact' })}\nEmail: ${c.mail(p)}\n${c.govLabel()}: ${c.gov()}\n${pay}\nAmount: ${c.amount()}\n${ref(c)}\nMessage: ${c.emo()}${c.word()}\n` }
  },
  // outbound SMS
  (c) => {
    const p = c.person(c.r.chance(0.5) ? 'lower' : 'normal')
    return { kind: 'sms', parts: t`${BRAND[c.domain].split(' ')[0]}: Hi ${p.given}, your ${d(c).act} is confirmed for ${c.date()} ${c.time()}. ${ref(c)}. ${c.person().given} from ${d(c).team}. Questions? Call ${c.ph()}${c.r.chance(0.5) ? [' or WhatsApp ', c.phIntl()] : [' or mail ', E('EMAIL', `help@${BRAND[c.domain].split(' ')[0]!.toLowerCase()}.example`)]} ${c.emo()}` }
  },
  // inbound SMS, lower case, number right after a word
  (c) => {
    const p = c.person('lower'); const q = c.person('lower')
    return { kind: 'sms', parts: lower(t`hi its ${p.full} here ${c.emo()}new number${c.r.pick(['', ' '])}${c.ph()} pls update. ${c.r.chance(0.6) ? [q.given, ' can be reached on', c.ph({ style: 'nat-compact' }), ' if im out.'] : [q.given, ' has my email ', c.mail(p)]} ${c.word()}`) }
  },
  // chat with speaker tags and timestamps
  (c) => {
    const a = c.person(); const b = c.person()
    return { kind: 'chat', parts: t`[${hm(c)}] ${a.given} (${d(c).team}): Hi ${b.given}, can you confirm the best number for the ${d(c).thing}?\n[${hm(c)}] ${b.full}: ${c.emo()}${c.ph()} till ${c.time()}${c.r.chance(0.5) ? [', after that ', c.ph()] : ''}\n[${hm(c)}] ${b.given}: my ${d(c).rel} is ${c.person().full}, ${c.r.chance(0.5) ? c.ph() : c.mail(c.person())} ${c.date()}\n[${hm(c)}] ${a.given} (${d(c).team}): Noted 👍 ${ref(c)}\n` }
  },
  // AI call summary
  (c) => {
    const p = c.person(); const q = c.person()
    return { kind: 'summary', parts: t`AI call summary – ${BRAND[c.domain]}\nAgent: ${c.person().full}\nCaller: ${p.full} (${c.r.pick(['member', 'customer', 'guest', 'applicant'])})\nID check: ${c.govLabel()} ${c.gov()}\nCallback: ${c.ph()} ${c.time()}\n${c.r.chance(0.5) ? ['Alternative: ', c.phIntl(), '\n'] : ''}Email on file: ${c.mail(p)}\nTopic: ${d(c).act}; ${ref(c)}; ${ref(c)}\nAlso mentioned: ${d(c).rel} ${q.full}, ${c.r.chance(0.5) ? c.phForeign() : c.ph()}\n${pay(c)}${extra(c)}Outcome: ${c.word()} Follow-up booked for ${c.date()}.\n`, nfd: c.r.chance(0.25) }
  },
  // agent shorthand note
  (c) => {
    const p = c.person(c.r.chance(0.3) ? 'lower' : 'normal')
    return { kind: 'note', parts: t`cb req'd - cust ${p.full} / mob${glue(c)}${c.ph()} /${c.r.chance(0.5) ? [' alt ', c.ph(), ' /'] : [' em ', c.mail(p), ' /']} ${ref(c)} / ${c.govLabel()} vrfd ${c.gov()} / ${c.time()} ${c.emo()}` }
  },
  (c) => {
    const p = c.person()
    return { kind: 'note', parts: t`${d(c).team.toUpperCase()} NOTE ${c.date()}: spoke w/ ${p.full} re ${d(c).thing}. ${ref(c)}. tel ${c.ph()}/${c.ph()}. card decl. ${c.luhnBad()} - new card ${c.card()}. ${c.word()}` }
  },
  // email with quoted reply and signature
  (c) => {
    const p = c.person(); const s = c.person()
    return { kind: 'email', parts: t`Subject: Re: ${d(c).act} ${ref(c)}\n\nHi ${p.given},\n\nThanks for confirming.\n${extra(c)}We'll call you on ${c.ph()} on ${c.date()} between ${c.time()} and ${c.time()}.${c.r.chance(0.4) ? [` If no answer we'll try `, c.phIntl(), '.'] : ''}\n\nKind regards,\n${s.full}\n${d(c).team}, ${BRAND[c.domain]}\n${c.r.chance(0.5) ? ['T: ', c.ph(), ext(c), ' | '] : ''}E: ${c.mail(s)}\n\n> On ${c.date()}, ${p.full} <${c.mail(p)}> wrote:\n> ${c.word()} Please use my mobile${glue(c)}${c.ph()}\n> My ${c.govLabel()} is ${c.gov()} if you need it.\n` }
  },
  (c) => {
    const p = c.person(); const q = c.person()
    return { kind: 'email', parts: t`From: ${p.full} <${c.mail(p)}>\nTo: ${E('EMAIL', `${d(c).team.toLowerCase().replace(' ', '')}@${BRAND[c.domain].split(' ')[0]!.toLowerCase()}.example`)}\n\nHello,\nThe IBAN you have (${c.ibanBad()}) was rejected. Please use ${c.iban()} instead.\n${ref(c)}. ${c.govLabel()}: ${c.gov()}. My ${d(c).rel}, ${q.full}, is on ${c.ph()} or ${c.mail(q)}.\n\n-- \n${p.given}\n${c.emo()}${c.ph()}\n` }
  },
  // CSV / TSV
  (c) => {
    const sep = c.r.pick([',', ';', '\t'])
    const ss = c.govLabel() === 'US SSN'
    const row = (): Part[] => { const p = c.person(c.r.chance(0.3) ? 'caps' : 'normal'); return [p.given, sep, p.family, sep, c.ph({ style: c.r.pick(['nat', 'nat-compact', 'intl-compact', 'intl']) }), sep, c.mail(p), sep, c.gov(), sep, c.biz(), '\n'] }
    return { kind: 'csv', parts: [['first_name', 'last_name', 'phone', 'email', ss ? 'ssn' : c.loc.key === 'en-wls' ? 'ni_number' : 'national_id', 'ref'].join(sep), '\n', row(), row(), c.r.chance(0.5) ? row() : ''] }
  },
  // JSON webhook payload
  (c) => {
    const p = c.person(); const q = c.person()
    const s = (v: Part) => ['"', v, '"']
    return { kind: 'json', parts: t`{"event":"${c.domain}.contact_updated","first_name":${s(p.given)},"last_name":${s(p.family)},"phone":${s(c.phIntl())},${c.r.chance(0.5) ? ['"phone_alt":', s(c.ph()), ','] : ''}"gov_id_type":"${c.govLabel()}","gov_id":${s(c.gov())},"email":${s(c.mail(p))},"ref":${s(c.biz())},"companion":{"name":${s(q.full)},${c.r.chance(0.5) ? ['"tel":', s(c.ph())] : ['"email":', s(c.mail(q))]}},"ip":${s(c.ip())},"ts":${s(c.ts())},"app":${s(c.version())}}` }
  },
  // lower-case speech-to-text
  (c) => {
    const p = c.person('lower'); const q = c.person('lower')
    const num = c.r.chance(0.6) ? c.phSpoken() : c.phOdd()
    return { kind: 'transcript', parts: lower(t`agent: ${d(c).team} good ${c.r.pick(['morning', 'afternoon'])} you're speaking with ${q.given}\ncaller: hi yeah it's ${p.full} about my ${d(c).thing} ${c.r.pick(['um', 'uh', 'so'])} the number is ${num}\nagent: and a second number\ncaller: ${c.r.chance(0.3) ? c.phSpoken() : c.phOdd()} ${c.r.pick(['thanks', 'okay', 'yep that is it', 'cheers'])}. ${c.word()}\n`) }
  },
  // voicemail
  (c) => {
    const p = c.person()
    return { kind: 'voicemail', parts: t`Voicemail from ${c.ph()} at ${c.time()}, ${c.date()} (0:${c.r.range(12, 59)}): "Hi, this is ${p.full}, calling about ${ref(c)}, my ${c.govLabel()} is ${c.gov()}. You can ring me back on ${c.r.chance(0.2) ? c.phSpoken() : c.ph()}, ${c.r.chance(0.5) ? [`or my ${d(c).rel} `, c.person().given, ' on ', c.phIntl()] : ['or email ', c.mail(p)]}. Thanks." (for ${c.person().full})` }
  },
  // ticket comments with @mentions (teams, not people)
  (c) => {
    const p = c.person()
    return { kind: 'ticket', parts: t`#${c.r.range(1000, 9999)} @${c.r.pick(['delivery-desk', 'member-services', 'guest-services', 'appointments', 'tier2'])} customer ${p.full} called from ${c.ph()} – ${ref(c)}. ${c.emo()}Please call back ${c.r.chance(0.5) ? ['on', c.r.pick([' ', ':']), c.ph()] : ['or email ', c.mail(p)]} before ${c.time()}. cc @${c.r.pick(['payments', 'ops-lead', 'qa'])} (logged by ${c.person().full})\n@${c.r.pick(['tier2', 'supervisors'])} updated: new email ${c.mail(p)}, ${c.govLabel()} ${c.gov()} checked, login from ${c.ip()}\n` }
  },
  // log lines
  (c) => ({ kind: 'log', parts: t`${c.ts()} INFO ivr.inbound ani=${c.phIntl()} dnis=${c.r.range(1000, 9999)} agent=${c.person().given} case=${c.biz()}\n${c.ts()} WARN ${c.r.chance(0.5) ? ['sms.send to=', c.ph({ intl: true, style: c.r.pick(['intl-compact', 'intl-00-compact']) })] : ['mail.send to=', c.mail(c.person())]} status=retry src=${c.ip()} app=${c.version()}\n` }),
  // markdown table
  (c) => {
    const row = (): Part[] => { const p = c.person(); return ['| ', p.full, ' | ', c.r.chance(0.5) ? c.phIntl() : c.ph(), ' | ', c.mail(p), ' | ', c.r.pick(['primary', 'companion', 'beneficiary', 'site contact']), ' |\n'] }
    return { kind: 'table', parts: [`${c.emo()}Contacts for `, c.biz(), `\n\n| Name | Phone | Email | Role |\n|---|---|---|---|\n`, row(), row()] }
  },
]

// negatives only
export const EN_NEG: Template[] = [
  (c) => ({ kind: 'email', parts: t`Subject: Your ${d(c).act} (${ref(c)})\n\n${c.word()} Your ${d(c).thing} is scheduled for ${c.date()} at ${c.time()}.\n${refs(c, 2)}\nBalance: ${c.amount()}\nCard ending ${c.last4()}. The card ${c.luhnBad()} was declined.\nApp ${c.version()}\n` }),
  (c) => ({ kind: 'sms', parts: t`${BRAND[c.domain].split(' ')[0]}: ${ref(c)} updated ${c.date()} ${c.time()}. ${c.generic()}. ${c.word()}` }),
  (c) => ({ kind: 'log', parts: t`${c.ts()} ERROR payout.validate iban=${c.ibanBad()} ref=${c.generic('reference-number')} amount=${c.amount()}\n${c.ts()} WARN kyc.check id=${c.nat()} ${c.r.chance(0.5) ? c.ssnBad() : c.ninoBad()} rejected\n` }),
  (c) => ({ kind: 'note', parts: t`no contact details given. ${refs(c, 3, ' / ')} / ${c.generic('tracking-number')} / due ${c.date()} / id chk ${c.nat()} / ${c.word()}` }),
]
export { E, N }
