// English templates, one or more per genre, and the negatives-only ones. Each appends to the context's renderer.
import type { Ctx } from './ctx.ts'
import { E, N, type Seg } from './render.ts'
import { BRAND_EN, SHORT_EN, TEAM, cast, caseEn, nameWordEn, type Cast } from './parts.ts'

const FLAG: Record<string, string> = { za: '🇿🇦', ke: '🇰🇪', ng: '🇳🇬', sg: '🇸🇬', jm: '🇯🇲', sco: '🏴󠁧󠁢󠁳󠁣󠁴󠁿', nz: '🇳🇿' }
const ICON: Record<string, string[]> = { repair: ['📱', '💻', '🔧', '🛠️'], hospital: ['🏥', '🩺', '📅', '🧑🏽‍⚕️'], camp: ['🏕️', '🧒🏾', '⚽', '🎨'], lost: ['🎒', '☂️', '🚆', '✈️', '🧳'] }
const EMO = ['🙏🏽', '👍🏿', '✅', '😊', '👩🏾‍💼', '👨‍👩‍👧', '⚠️', '📞', '🙂', '👋🏼']
const icon = (c: Ctx) => c.pick(ICON[c.biz]!)
const emo = (c: Ctx) => c.pick(EMO)
const flag = (c: Ctx) => FLAG[c.loc.region]!

function kidLine(c: Ctx, cs: Cast): Seg[] {
  if (!cs.kid) return []
  return [c.biz === 'camp' ? 'Child: ' : 'Patient (child): ', c.P(cs.kid), '\n']
}
function whoB(cs: Cast): string {
  return cs.roleB === 'emergency contact' ? 'Emergency contact' : cs.roleB === 'finder' ? 'Found by' : cs.roleB === 'second contact' ? 'Second contact' : `Caller (${cs.roleB})`
}
function extras(c: Ctx, cs: Cast, p: number): Seg[] {
  const s: Seg[] = []
  if (c.chance(p)) s.push(c.biz === 'hospital' ? 'Parking pre-pay card: ' : 'Card: ', c.card(), c.chance(0.3) ? [' (exp ', c.rng.int(1, 12).toString().padStart(2, '0'), '/', String(c.rng.int(27, 31)), ')'] : '', '\n')
  if (c.chance(p * 0.7)) s.push('Refund IBAN: ', c.iban(c.loc.region === 'sco' ? 'GB' : c.pick(['GB', 'DE', 'NL'])), '\n')
  if (c.loc.region === 'sco' ? c.chance(0.8) : c.chance(p * 0.8)) s.push(c.pick(['NI number: ', 'UK NI no. (tax-free childcare): ', 'National Insurance: ']), c.chance(0.85) ? c.nino() : c.badNino(), '\n')
  if (c.chance(p * 0.8)) s.push(c.pick(['US visitor - SSN: ', 'Social Security no. (US insurer): ', 'SSN for US receipt: ']), c.chance(0.85) ? c.ssn() : c.badSsn(), '\n')
  if (c.chance(p * 0.3)) s.push('Declined card: ', c.badCard(), '\n')
  void cs
  return s
}

export const EN: Record<string, ((c: Ctx) => void)[]> = {
  form: [
    (c) => {
      const cs = cast(c)
      const caps = c.chance(0.35)
      c.add(`${icon(c)} ${BRAND_EN[c.biz]} - ${c.pick(['online form', 'contact form', 'booking request', 'claim form'])}\n`)
      if (c.chance(0.4) && cs.a.family) c.add('First name: ', c.P(cs.a, 'given'), '\nSurname: ', E('PERSON', caps ? cs.a.family.toUpperCase() : cs.a.family), '\n')
      else c.add(caps ? 'Name (SURNAME first): ' : 'Full name: ', c.P(cs.a, caps ? 'caps' : 'full'), '\n')
      c.add(`Mobile: ${c.chance(0.3) ? flag(c) + ' ' : ''}`, c.PH(), '\n')
      if (c.chance(0.35)) c.add('Alternative number:', c.chance(0.5) ? '' : ' ', c.PH(), c.chance(0.4) ? [' ext ', String(c.rng.int(100, 999))] : '', '\n')
      c.add('Email: ', c.EM(cs.a), '\n')
      c.add(kidLine(c, cs))
      c.add(`${whoB(cs)}: `, c.P(cs.b), ' ', c.chance(0.6) ? [c.pick(['📞 ', '- ', 'tel ']), c.PH()] : ['<', c.EM(cs.b), '>'], '\n')
      c.add('Details: ', caseEn(c, cs), '\n')
      c.add(extras(c, cs, 0.55))
      if (c.chance(0.5)) c.add(c.pick(['ID seen: ', 'ID no.: ', 'Patient ID: ']), c.id(), '\n')
      if (c.chance(0.5)) c.add('Submitted ', c.ts(), ' from ', c.ip(), '\n')
      if (c.chance(0.5)) c.add('Taken by: ', c.P(c.person()), '\n')
    },
  ],
  sms: [
    (c) => {
      const cs = cast(c)
      c.add(`${SHORT_EN[c.biz]}: Hi `, c.P(cs.a, 'given'), `, ${c.pick(['your', 're your'])} `, caseEn(c, cs, true), `. ${emo(c)} `)
      c.add(c.pick(['Questions? Call', 'To change call', 'Ring us on', 'Reply or call', 'Tel']), c.chance(0.5) ? '' : ' ', c.PH(), c.chance(0.3) ? [' ', c.time(), '-', c.time()] : '', '. ', c.chance(0.6) ? ['- ', c.P(c.person(), 'given')] : '')
    },
    (c) => {
      const cs = cast(c)
      c.add(`hi its `, c.P(cs.a, 'lower'), ` ${c.pick(['re', 'about'])} `, c.X(c.biz === 'repair' ? 'repair-ticket' : c.biz === 'hospital' ? 'appointment-number' : c.biz === 'camp' ? 'booking-ref' : 'item-ref'))
      c.add(` ${emo(c)} my other number is`, c.chance(0.4) ? ':' : ' ', c.PH(), c.chance(0.5) ? [' or ', c.PH()] : '', ` pls call after `, c.time())
      if (c.chance(0.3)) c.add(' or text ', c.P(cs.b, 'lower'), ' on ', c.PH())
      if (c.chance(0.3)) c.add(' ', nameWordEn(c))
    },
  ],
  chat: [
    (c) => {
      const cs = cast(c)
      const ts = () => N('time', `${String(c.rng.int(8, 20)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}`)
      c.add('[', ts(), '] ', c.P(cs.a), `: Hello ${emo(c)} ${c.pick(['any news on', 'calling about', 'need to sort'])} `, caseEn(c, cs, true), '?\n')
      c.add('[', ts(), `] ${SHORT_EN[c.biz]} (`, c.P(cs.b, 'given'), c.biz === 'lost' ? ', desk' : ', agent', `): Hi! Can I take a number in case the line drops?\n`)
      c.add('[', ts(), '] ', c.P(cs.a, 'given'), ': ', c.PH(), c.chance(0.35) ? [` ${c.pick(['or my', 'else my'])} ${c.pick(['wife', 'brother', 'neighbour', 'work'])} `, c.PH()] : '', c.chance(0.4) ? [' email ', c.EM(cs.a)] : '', '\n')
      if (c.biz !== 'hospital' && c.chance(0.3)) c.add('[', ts(), '] ', c.P(cs.a, 'given'), ': card for the deposit ', c.card(), '\n')
      if (cs.kid) c.add('[', ts(), '] ', c.P(cs.a, 'given'), ': it\'s for ', c.P(cs.kid, 'given'), ` ${c.pick(['🧒🏽', '👧🏿', '👦🏻'])}\n`)
      c.add('[', ts(), '] ', c.P(cs.b, 'given'), ': ', c.pick(['Thanks', 'Noted', 'Great']), `, we'll call by `, c.time(), '. ', nameWordEn(c), '\n')
    },
  ],
  summary: [
    (c) => {
      const cs = cast(c)
      c.add(`AI call summary ${icon(c)} - ${BRAND_EN[c.biz]}\n`)
      c.add(`The caller, `, c.P(cs.b), ` (${cs.roleB}), phoned `, cs.kid ? ['on behalf of ', c.P(cs.kid), ', child of '] : c.biz === 'hospital' ? 'for ' : 'about ', c.P(cs.a), '. ')
      c.add('Case: ', caseEn(c, cs), '. ')
      c.add('Best number for ', E('PERSON', cs.a.given.split(' ')[0]!), ': ', c.PH(), c.chance(0.5) ? [`; the caller can be reached on `, c.PH(), c.chance(0.5) ? [' after ', c.time()] : ''] : [`; the caller asked for email to `, c.EM(cs.b)], '. ')
      if (c.chance(0.6)) c.add('Email on file: ', c.EM(cs.a), '. ')
      if (c.chance(0.3)) c.add('Caller mentioned an old number ', c.PH(), ' which should be removed. ')
      c.add(extras(c, cs, 0.3).map((s) => (typeof s === 'string' ? s.replace('\n', ' ') : s)))
      c.add('Handled by ', c.P(c.person()), '. Next step: ', c.pick(['call back', 'send SMS confirmation', 'arrange courier', 'email the booking form']), ' on ', c.date(), '.')
    },
  ],
  note: [
    (c) => {
      const cs = cast(c)
      c.add(c.pick(['cust ', 'pt ', 'caller ', 'ownr ']), c.P(cs.a, c.chance(0.3) ? 'lower' : 'full'), ' cb', c.chance(0.4) ? '' : ' ', c.PH(), ' re ', caseEn(c, cs, true), c.chance(0.6) ? [` // 2nd no${c.chance(0.5) ? ':' : ' '}`, c.PH()] : '', c.chance(0.6) ? [' / eml ', c.EM(cs.a)] : '', ` // ${cs.roleB} `, c.P(cs.b), c.chance(0.5) ? [' ', c.PH()] : [' ', c.EM(cs.b)])
      if (c.chance(0.3)) c.add(' // id ', c.id())
      if (c.chance(0.3)) c.add(' // ', nameWordEn(c))
    },
    (c) => {
      const cs = cast(c)
      const d = c.person()
      c.add('Present: ', c.P(cs.a), ', ', c.P(cs.b), ' and ', c.P(d), ' - ', c.P(cs.a, 'given'), ' on ', c.PH(), ', ', c.P(cs.b, 'given'), ' on', c.chance(0.5) ? '' : ' ', c.PH(), ', ', c.P(d, 'given'), ' via ', c.EM(d), '. Ref ', c.X(c.biz === 'repair' ? 'order-number' : 'reference-number'), ' ', c.date(), '.')
    },
  ],
  email: [
    (c) => {
      const cs = cast(c)
      const local = { repair: 'bookings', hospital: 'outpatients', camp: 'registrations', lost: 'found' }[c.biz]
      c.add('From: ', c.P(cs.a), ' <', c.EM(cs.a), '>\nTo: ', c.bizEM(local), '\n')
      if (c.chance(0.6)) c.add('Cc: ', c.P(cs.b), ' <', c.EM(cs.b), '>\n')
      c.add(`Subject: Re: ${c.pick(['your enquiry', 'change of number', 'booking', 'collection'])}\n\n`)
      c.add(`Hi ${c.pick(['team', 'there', 'all'])},\n\n`, cs.kid ? ['Writing for my child ', c.P(cs.kid), '. '] : '', `Please note the `, caseEn(c, cs), '. ')
      c.add(c.pick(['You can reach me on ', 'My mobile is ', 'Best on ']), c.PH(), c.chance(0.4) ? [' or at work on ', c.PH(), c.chance(0.4) ? [' (ext. ', String(c.rng.int(10, 999)), ')'] : ''] : '', '. ')
      c.add(`If I'm out, ${c.pick(['my', 'our'])} ${cs.roleB} `, c.P(cs.b, 'given'), ' is on ', c.PH(), '.\n')
      c.add(extras(c, cs, 0.4))
      c.add(`\nThanks,\n`, c.P(cs.a, 'given'), '\n\n> On ', c.date(), ' ', c.time(), ` ${SHORT_EN[c.biz]} (`, c.P(c.person()), `) wrote:\n> `, nameWordEn(c), c.chance(0.5) ? ['\n> Call ', c.PH(c.pick(['national', 'international']), c.phone(c.loc.country)), ' if anything changes.'] : '\n> Reply to this email if anything changes.', `\n\n-- \n`, c.P(cs.a), c.chance(0.3) ? ['\n', c.PH()] : '', '\n')
    },
  ],
  csv: [
    (c) => {
      const sep = c.pick([',', ';', '\t'])
      const idCol = c.loc.region === 'sco' ? 'ni_number' : c.pick(['ssn', 'ni_number', 'ssn'])
      const hdr = ['name', 'phone', 'alt_phone', 'email', 'ref', 'date', idCol]
      c.add(hdr.join(sep), '\n')
      const n = c.rng.int(2, 3)
      for (let i = 0; i < n; i++) {
        const p = c.person()
        const ref = c.X(c.biz === 'repair' ? 'repair-ticket' : c.biz === 'hospital' ? 'hospital-number' : c.biz === 'camp' ? 'booking-ref' : 'item-ref')
        c.add(c.P(p, c.chance(0.2) ? 'caps' : 'full'), sep, c.PH(), sep, c.chance(0.4) ? c.PH() : '', sep, c.EM(p), sep, ref, sep, c.date(), sep, idCol === 'ssn' ? (c.chance(0.8) ? c.ssn() : c.badSsn()) : c.chance(0.8) ? c.nino() : c.badNino(), '\n')
      }
    },
  ],
  json: [
    (c) => {
      const cs = cast(c)
      const splitName = c.chance(0.5) && !!cs.a.family
      c.add('{"event":"', c.pick(['form.submitted', 'booking.updated', 'contact.changed', 'claim.created']), '","at":"', c.ts(), '",')
      c.add(splitName ? ['"first_name":"', c.P(cs.a, 'given'), '","last_name":"', E('PERSON', cs.a.family), '",'] : ['"full_name":"', c.P(cs.a), '",'])
      c.add('"phone":"', c.PH('international'), '",', c.chance(0.5) ? ['"phone_2":"', c.PH(), '",'] : '', '"email":"', c.EM(cs.a), '",')
      c.add('"contact":{"name":"', c.P(cs.b), '","role":"', cs.roleB, '",', c.chance(0.6) ? ['"tel":"', c.PH()] : ['"email":"', c.EM(cs.b)], '"},')
      if (cs.kid) c.add('"child":"', c.P(cs.kid), '",')
      c.add('"ref":"', c.X(c.biz === 'repair' ? 'repair-ticket' : c.biz === 'hospital' ? 'appointment-number' : c.biz === 'camp' ? 'booking-ref' : 'item-ref'), '",')
      if (c.chance(0.4)) c.add('"amount":"', c.amt(), '",')
      if (c.chance(0.35)) c.add('"card":"', c.card(), '",')
      if (c.chance(0.45)) c.add(c.chance(0.5) ? ['"ssn":"', c.ssn(), '",'] : ['"ni_number":"', c.nino(), '",'])
      c.add('"client_ip":"', c.ip(), '","app":"', c.ver(), '"}')
    },
  ],
  transcript: [
    (c) => {
      const cs = cast(c)
      c.add(`agent: ${SHORT_EN[c.biz]!.toLowerCase()} this is `, c.P(cs.b, 'lower'), ' how can i help\ncaller: hi yeah its ', c.P(cs.a, 'lower'), ` ${c.pick(['calling about', 'ringing about', 'about'])} `, caseEn(c, cs, true), '\n')
      c.add('agent: whats the best number\ncaller: ', c.chance(0.55) ? c.spokenPH() : c.PH('odd'), c.chance(0.3) ? [' or ', c.PH('odd')] : '', '\n')
      if (cs.kid) c.add('caller: its for ', c.P(cs.kid, 'lower'), '\n')
      c.add('agent: ', c.pick(['grand', 'lovely', 'sweet as', 'sharp']), ' ', nameWordEn(c), '\n')
    },
  ],
  voicemail: [
    (c) => {
      const cs = cast(c)
      c.add(`Voicemail ${c.pick(['📞', '☎️', '🎙️'])} from `, c.PH(), ', ', c.date(), ' ', c.time(), ` (0:${String(c.rng.int(12, 59))}):\n`)
      c.add('"Hi, this is ', c.P(cs.a), ` ${c.pick(['calling about', 'ringing about'])} `, caseEn(c, cs, true), '. ', cs.kid ? ['It\'s for ', c.P(cs.kid, 'given'), '. '] : '')
      c.add(`Could you ring me back on `, c.chance(0.25) ? c.spokenPH() : c.PH(), c.chance(0.4) ? [', or my ', cs.roleB, ' ', c.P(cs.b, 'given'), ' on ', c.PH()] : [', or email ', c.P(cs.b, 'given'), ' at ', c.EM(cs.b)], '? Thanks."')
    },
  ],
  ticket: [
    (c) => {
      const cs = cast(c)
      const t = TEAM[c.biz]!
      c.add(`${c.pick(t)} ${icon(c)} `, caseEn(c, cs), '. ', c.P(cs.a), ' (', cs.roleA, ') now on', c.chance(0.4) ? '' : ' ', c.PH(), c.chance(0.5) ? [' - old number ', c.PH(), ' no longer in use'] : '', '. ')
      c.add(`${c.pick(t)} please update. ${cs.roleB[0]!.toUpperCase()}${cs.roleB.slice(1)}: `, c.P(cs.b), ', ', c.PH(), c.chance(0.6) ? [' / ', c.EM(cs.b)] : '', '.')
    },
  ],
  log: [
    (c) => {
      const cs = cast(c)
      c.add(c.ts(), ' INFO notify.sms to=', c.PH('e164'), ' name="', c.P(cs.a), '" tmpl=', c.pick(['ready', 'reminder', 'resched', 'found']), ' app=', c.ver(), '\n')
      c.add(c.ts(), ' INFO webform.submit ip=', c.ip(), ' email=', c.EM(cs.a), ' ref=', c.X(c.biz === 'repair' ? 'repair-ticket' : c.biz === 'hospital' ? 'appointment-number' : c.biz === 'camp' ? 'booking-ref' : 'item-ref'), '\n')
      c.add(c.ts(), ' WARN dialer.fail ani=', c.PH(c.pick(['intl', 'e164', 'nat-compact'])), c.chance(0.5) ? [' dnis=', c.PH('nat-compact', c.phone(c.loc.country))] : '', ' agent=', c.P(cs.b), '\n')
      if (c.chance(0.5)) c.add(c.ts(), ' INFO crm.update contact="', c.P(c.person()), '" field=email old=', c.EM(), '\n')
    },
  ],
  table: [
    (c) => {
      c.add(`| ${c.pick(['Name', 'Contact'])} | Role | Phone | Ref |\n|---|---|---|---|\n`)
      const cs = cast(c)
      const people: [ReturnType<Ctx['person']>, string][] = [[cs.a, cs.roleA], [cs.b, cs.roleB]]
      if (cs.kid) people.push([cs.kid, 'child'])
      for (const [p, role] of people) {
        c.add('| ', c.P(p), ` | ${role} | `, role === 'child' ? '-' : c.PH(), role === 'child' ? '' : c.chance(0.3) ? [' / ', c.PH()] : '', ' | ', c.X(c.biz === 'repair' ? 'warranty-number' : c.biz === 'hospital' ? 'clinic-code' : c.biz === 'camp' ? 'session-code' : 'locker-code'), ' |\n')
      }
    },
  ],
}

// texts that hold only lookalikes
export const EN_NEG: ((c: Ctx) => void)[] = [
  (c) => {
    c.add(`${SHORT_EN[c.biz]} ${icon(c)}: `, caseEn(c, cast0(c)), '. ', nameWordEn(c), ' Ref ', c.X('reference-number'), '.')
  },
  (c) => {
    c.add(c.ts(), ' INFO payment.declined card=', c.badCard(), ' amount=', c.amt(), ' app=', c.ver(), '\n', c.ts(), ' INFO refund.rejected iban=', c.badIban(c.pick(['GB', 'DE', 'NL'])), ' order=', c.X('order-number'), '\n')
  },
  (c) => {
    c.add(`Courier update: parcel `, c.X('tracking-number'), ' collected ', c.date(), ' ', c.time(), '. ', nameWordEn(c), ' ', nameWordEn(c), ' Balance ', c.amt(), '.')
  },
  (c) => {
    c.add(`| Code | Slot | Ref |\n|---|---|---|\n| `, c.X(c.biz === 'hospital' ? 'clinic-code' : c.biz === 'camp' ? 'session-code' : c.biz === 'repair' ? 'warranty-number' : 'locker-code'), ' | ', c.time(), ' | ', c.X('reference-number'), ' |\n| ', c.X(c.biz === 'hospital' ? 'clinic-code' : c.biz === 'camp' ? 'session-code' : c.biz === 'repair' ? 'imei' : 'seat-number'), ' | ', c.time(), ' | ', c.id(), ' |\n')
  },
  (c) => {
    c.add(`Data check failed: SSN `, c.badSsn(), ' and NI ', c.badNino(), ' rejected; ID ', c.id(), ' accepted. ', nameWordEn(c))
  },
]
function cast0(c: Ctx): Cast { return { a: { given: '', family: '', full: '', origin: c.loc.origins[0]! }, b: { given: '', family: '', full: '', origin: c.loc.origins[0]! }, roleA: '', roleB: '' } }
