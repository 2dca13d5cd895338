// Skeletons of the thirteen other languages: one per genre and two negatives-only ones, filled from each language's
// phrase book. Hungarian names are written surname first, as Hungarians write them.
import type { Ctx, Biz } from './ctx.ts'
import { BIZ } from './ctx.ts'
import { E, N, type Seg } from './render.ts'
import { PHRASES, type PB } from './phrases.ts'
import { cast, DEVICES, type Cast } from './parts.ts'

const FLAG: Record<string, string> = { at: '🇦🇹', ch: '🇨🇭', be: '🇧🇪', br: '🇧🇷', pt: '🇵🇹', cz: '🇨🇿', hu: '🇭🇺', hr: '🇭🇷', si: '🇸🇮', lt: '🇱🇹', lv: '🇱🇻', ee: '🇪🇪', tr: '🇹🇷', dk: '🇩🇰', no: '🇳🇴' }
const ICON: Record<Biz, string[]> = { repair: ['📱', '💻', '🔧'], hospital: ['🏥', '📅', '🩺'], camp: ['🏕️', '🧒🏼', '⛺'], lost: ['🎒', '🚆', '✈️', '☂️'] }
const EMO = ['🙏🏻', '👍🏽', '✅', '🙂', '👩🏼‍💼', '👨‍👩‍👦', '☎️', '😊']
const pb = (c: Ctx): PB => PHRASES[c.loc.lang]!
const bi = (c: Ctx) => BIZ.indexOf(c.biz)
const icon = (c: Ctx) => c.pick(ICON[c.biz])
const emo = (c: Ctx) => c.pick(EMO)
const refKind = (c: Ctx) => ({ repair: 'repair-ticket', hospital: 'appointment-number', camp: 'booking-ref', lost: 'item-ref' })[c.biz]

export function caseIntl(c: Ctx, short = false): Seg[] {
  const p = pb(c)
  switch (c.biz) {
    case 'repair': {
      const dev = c.pick(DEVICES)
      const s: Seg[] = [`${dev} (${c.pick(p.faults)}), ${p.ticket} `, c.X('repair-ticket')]
      if (!short || c.chance(0.5)) s.push(/Book|Pad|Laptop/.test(dev) ? [', S/N ', c.X('device-serial')] : [', IMEI ', c.X('imei')])
      if (!short && c.chance(0.6)) s.push(`, ${p.warranty} `, c.X('warranty-number'))
      if (!short && c.chance(0.5)) s.push(`, ${p.quote} `, c.amt())
      return s
    }
    case 'hospital': {
      const s: Seg[] = [`${c.pick(p.clinics)}, ${p.appt} `, c.X('appointment-number'), ' ', c.date(), ' ', c.time()]
      if (!short || c.chance(0.5)) s.push(`, ${p.hno} `, c.X('hospital-number'))
      if (!short && c.chance(0.6)) s.push(`, ${p.clinic} `, c.X('clinic-code'))
      if (!short && c.chance(0.4)) s.push(`, ${p.moved} `, c.date(), ' ', c.time())
      return s
    }
    case 'camp': {
      const s: Seg[] = [`${c.pick(p.camps)} `, c.X('session-code'), ', ', c.date(), `, ${p.booking} `, c.X('booking-ref')]
      if (!short || c.chance(0.5)) s.push(`, ${p.fee} `, c.amt())
      return s
    }
    default: {
      const rail = c.chance(0.6)
      const s: Seg[] = [`${c.pick(p.items)}, `, rail ? [`${p.train} `, c.X('train-number')] : [`${p.flight} `, c.X('flight-number')], `, ${p.seat} `, c.X('seat-number'), `, ${p.ref} `, c.X('item-ref')]
      if (!short || c.chance(0.5)) s.push(`, ${p.locker} `, c.X('locker-code'))
      return s
    }
  }
}
function nw(c: Ctx): Seg[] {
  const list = pb(c).nw
  if (!list.length) return []
  const [a, w, b] = c.pick(list)
  return [' ', a, N('name-word', w), b]
}
const rA = (c: Ctx) => pb(c).rA[bi(c)]!
const rB = (c: Ctx) => pb(c).rB[bi(c)]!
function kid(c: Ctx, cs: Cast): Seg[] { return cs.kid ? [`${pb(c).child}: `, c.P(cs.kid), '\n'] : [] }

export const INTL: Record<string, ((c: Ctx) => void)[]> = {
  form: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`${icon(c)} ${p.brand[bi(c)]}\n`)
      if (c.chance(0.5) && cs.a.family) c.add(`${p.first}: `, c.P(cs.a, 'given'), `\n${p.last}: `, E('PERSON', c.chance(0.4) ? cs.a.family.toUpperCase() : cs.a.family), '\n')
      else c.add(`${p.name}: `, c.P(cs.a, c.chance(0.3) && c.loc.lang !== 'hu' ? 'caps' : 'full'), '\n')
      c.add(`${p.phone}: ${c.chance(0.4) ? FLAG[c.loc.region] + ' ' : ''}`, c.PH(), '\n')
      if (c.chance(0.5)) c.add(`${p.alt}:`, c.chance(0.5) ? '' : ' ', c.PH(), '\n')
      c.add(`${p.email}: `, c.EM(cs.a), '\n', kid(c, cs))
      c.add(`${rB(c)[0]!.toUpperCase()}${rB(c).slice(1)}: `, c.P(cs.b), ', ', c.chance(0.6) ? c.PH() : c.EM(cs.b), '\n')
      c.add(`${p.details}: `, caseIntl(c), '\n')
      if (c.chance(0.5)) c.add(`${p.card}: `, c.card(), '\n')
      if (c.chance(0.4)) c.add(`${p.iban}: `, c.iban(), '\n')
      if (c.chance(0.8)) c.add(`${p.idl}: `, c.id(), '\n')
      if (c.chance(0.6)) c.add(`${p.sent}: `, c.ts(), ' IP ', c.ip(), '\n')
      if (c.chance(0.5)) c.add('Agent: ', c.P(c.person()), '\n')
    },
  ],
  sms: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`${p.brand[bi(c)]}: ${p.hi} `, c.P(cs.a, 'given'), ', ', caseIntl(c, true), `. ${emo(c)} ${p.callOn}`, c.chance(0.4) ? '' : ' ', c.PH(), '.', c.chance(0.6) ? [' - ', c.P(c.person(), 'given')] : '')
    },
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`${p.hi.toLowerCase()}, `, c.P(cs.a, 'lower'), ` ${emo(c)} ${p.about} `, c.X(refKind(c)), `, ${p.other}:`, c.PH(), ` ${p.or} `, c.PH(), ` ${p.after} `, c.time(), nw(c))
    },
  ],
  chat: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      const ts = () => N('time', `${String(c.rng.int(8, 20)).padStart(2, '0')}:${String(c.rng.int(0, 59)).padStart(2, '0')}`)
      c.add('[', ts(), '] ', c.P(cs.a), `: ${p.hi} ${emo(c)} ${p.about} `, caseIntl(c, true), '\n')
      c.add('[', ts(), '] Mendly (', c.P(cs.b, 'given'), `): ${p.thanks}! ${p.phone}?\n`)
      c.add('[', ts(), '] ', c.P(cs.a, 'given'), ': ', c.PH(), c.chance(0.4) ? [` ${p.or} `, c.PH()] : [' ', c.EM(cs.a)], '\n')
      if (cs.kid) c.add('[', ts(), '] ', c.P(cs.a, 'given'), `: ${p.child.toLowerCase()} `, c.P(cs.kid, 'given'), ' 🧒🏽\n')
      c.add('[', ts(), '] ', c.P(cs.b, 'given'), `: ${p.thanks} 👍`, nw(c), '\n')
    },
  ],
  summary: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`${p.sum} ${icon(c)} - ${p.brand[bi(c)]}\n${p.caller}: `, c.P(cs.b), ` (${rB(c)}), ${p.about} `, c.P(cs.a), ` (${rA(c)}). `, cs.kid ? [`${p.child}: `, c.P(cs.kid), '. '] : '')
      c.add(caseIntl(c), '. ', E('PERSON', cs.a.given.split(' ')[0]!), ` ${p.reach} `, c.PH(), c.chance(0.5) ? [`; ${p.caller.toLowerCase()} ${p.reach} `, c.PH()] : [`; ${p.caller.toLowerCase()}: `, c.EM(cs.b)], '. Agent: ', c.P(c.person()), '. ')
      if (c.chance(0.6)) c.add(`${p.email}: `, c.EM(cs.a), '. ')
      if (c.chance(0.4)) c.add(`${p.iban}: `, c.iban(), '. ')
      if (c.chance(0.4)) c.add(`${p.idl}: `, c.id(), '. ')
      c.add(c.date(), '.')
    },
  ],
  note: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`${rA(c)} `, c.P(cs.a, c.chance(0.3) ? 'lower' : 'full'), ' tel ', c.PH(), ' // ', caseIntl(c, true), c.chance(0.5) ? [` // ${p.alt.toLowerCase()}:`, c.PH()] : '', ` // ${rB(c)} `, c.P(cs.b), ' ', c.chance(0.5) ? c.PH() : c.EM(cs.b), nw(c))
    },
    (c) => {
      const cs = cast(c); const d = c.person()
      c.add(c.P(cs.a), ', ', c.P(cs.b), ' & ', c.P(d), ': ', c.P(cs.a, 'given'), ' ', c.PH(), ', ', c.P(cs.b, 'given'), ' ', c.PH(), ', ', c.P(d, 'given'), ' ', c.EM(d), ' - ', c.X('reference-number'), ' ', c.date(), c.chance(0.6) ? [', ', c.id()] : '')
    },
  ],
  email: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add('From: ', c.P(cs.a), ' <', c.EM(cs.a), '>\nTo: ', c.bizEM({ repair: 'service', hospital: 'clinic-desk', camp: 'camp', lost: 'lostandfound' }[c.biz]), '\n')
      if (c.chance(0.5)) c.add('Cc: ', c.P(cs.b), ' <', c.EM(cs.b), '>\n')
      c.add(`Subject: ${p.subj}\n\n${p.greet},\n\n`, cs.kid ? [`${p.child}: `, c.P(cs.kid), '. '] : '', caseIntl(c), `. ${p.callOn} `, c.PH(), c.chance(0.5) ? [` ${p.or} `, c.PH()] : '', '. ')
      c.add(`${rB(c)[0]!.toUpperCase()}${rB(c).slice(1)}: `, c.P(cs.b, 'given'), ', ', c.PH(), '.\n')
      if (c.chance(0.4)) c.add(`${p.card}: `, c.card(), '\n')
      if (c.chance(0.3)) c.add(`${p.iban}: `, c.iban(), '\n')
      c.add(`\n${p.bye},\n`, c.P(cs.a, 'given'), '\n\n> ', c.date(), ' ', c.time(), ` Mendly (`, c.P(c.person()), `) ${p.wrote}:\n>`, nw(c), ` ${p.phone} `, c.PH(undefined, c.phone(c.loc.country)), '\n\n-- \n', c.P(cs.a), '\n')
    },
  ],
  csv: [
    (c) => {
      const p = pb(c)
      const sep = c.pick(p.name.includes(',') ? [';', '\t'] : [';', ',', '\t'])
      c.add([p.name, p.phone, p.alt, p.email, p.ref, 'IBAN'].join(sep), '\n')
      for (let i = 0; i < 3; i++) {
        const x = c.person()
        c.add(c.P(x), sep, c.PH(), sep, c.chance(0.5) ? c.PH() : '', sep, c.EM(x), sep, c.X(refKind(c)), sep, c.chance(0.4) ? c.iban() : c.chance(0.5) ? c.badIban() : '', '\n')
      }
    },
  ],
  json: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add('{"type":"', c.pick(['booking', 'ticket', 'claim', 'contact']), '","ts":"', c.ts(), '","', p.jf, '":"', c.P(cs.a, 'given'), '","', p.jl, '":"', E('PERSON', cs.a.family || cs.a.full), '",')
      c.add('"msisdn":"', c.PH('e164'), '",', c.chance(0.4) ? ['"tel2":"', c.PH(), '",'] : '', '"email":"', c.EM(cs.a), '","ref":"', c.X(refKind(c)), '",')
      c.add('"contact":{"name":"', c.P(cs.b), '","tel":"', c.PH(), '"},"ip":"', c.ip(), '","v":"', c.ver(), '"}')
    },
  ],
  transcript: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`agent: ${p.tr[0]} `, c.P(cs.b, 'given'), `\n${p.caller.toLowerCase()}: ${p.tr[1]} `, c.P(cs.a, 'lower'), ` ${p.about} `, caseIntl(c, true), `\nagent: ${p.tr[2]}\n${p.caller.toLowerCase()}: `, c.PH('odd'), ` ${p.or} `, c.PH('odd'), `\nagent: ${p.tr[3]}`, nw(c))
    },
  ],
  voicemail: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`${p.vm} `, c.PH(), ', ', c.date(), ' ', c.time(), `:\n"${p.hi}, `, c.P(cs.a), `, ${p.about} `, caseIntl(c, true), `. ${p.callOn} `, c.PH(), c.chance(0.4) ? [` ${p.or} `, c.P(cs.b, 'given'), ' ', c.PH()] : [` ${p.or} `, c.P(cs.b, 'given'), ', ', c.EM(cs.b)], `. ${p.thanks}."`)
    },
  ],
  ticket: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`${c.pick(['@servis', '@front-desk', '@backoffice'])} ${icon(c)} `, caseIntl(c), '. ', c.P(cs.a), ` ${p.newNo}`, c.chance(0.4) ? '' : ' ', c.PH(), c.chance(0.5) ? [`, ${p.oldNo} `, c.PH()] : '', ` - ${p.upd}. ${rB(c)}: `, c.P(cs.b), ' ', c.chance(0.5) ? c.PH() : c.EM(cs.b), c.chance(0.5) ? [`. ${p.idl}: `, c.id()] : '')
    },
  ],
  log: [
    (c) => {
      const cs = cast(c)
      c.add(c.ts(), ' INFO sms.send to=', c.PH('e164'), ' name="', c.P(cs.a), '" ref=', c.X(refKind(c)), '\n', c.ts(), ' INFO web.login user=', c.EM(cs.a), ' src=', c.ip(), ' ver=', c.ver(), '\n', c.ts(), ' WARN ivr.callback ani=', c.PH('nat-compact', c.phone(c.loc.country)), ' agent="', c.P(cs.b), '"\n')
    },
  ],
  table: [
    (c) => {
      const p = pb(c); const cs = cast(c)
      c.add(`| ${p.name} | ${p.phone} | ${p.ref} |\n|---|---|---|\n| `, c.P(cs.a), ' | ', c.PH(), ' | ', c.X(refKind(c)), ' |\n| ', c.P(cs.b), ' | ', c.PH(), c.chance(0.4) ? [` ${p.or} `, c.PH()] : '', ' | ', c.X(c.biz === 'lost' ? 'locker-code' : c.biz === 'camp' ? 'session-code' : c.biz === 'hospital' ? 'clinic-code' : 'warranty-number'), ' |\n')
      if (cs.kid) c.add('| ', c.P(cs.kid), ' | - | - |\n')
    },
  ],
}
export const INTL_NEG: ((c: Ctx) => void)[] = [
  (c) => { c.add(`${pb(c).brand[bi(c)]} ${icon(c)}: `, caseIntl(c), '. ', pb(c).idl, ': ', c.id(), '.', nw(c)) },
  (c) => { c.add(c.ts(), ' INFO pay.declined card=', c.badCard(), ' amount=', c.amt(), '\n', c.ts(), ' INFO refund.fail iban=', c.badIban(), ' ref=', c.X('order-number'), ' ver=', c.ver(), '\n', c.ts(), ' INFO kyc.ok id=', c.id(), '\n') },
]
