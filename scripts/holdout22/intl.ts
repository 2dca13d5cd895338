// Fourteen skeletons shared by the eight other languages: each skeleton draws its values here, and each
// language's phrase book (phrases.ts) writes the words around them. Two skeletons hold only lookalikes.
import { biz, bizMail, type Ctx } from './ctx.ts'
import type { Part, Span } from './render.ts'
import type { Kind } from './tpl.ts'

export type V = Record<string, Part>
export interface Skel { kind: Kind; lower?: boolean; nfd?: string[]; vals: (c: Ctx, w: string[]) => V }
const hm = (c: Ctx) => {
  let h = c.r.int(7, 18), m = c.r.int(0, 40)
  return () => {
    m += c.r.int(1, 6)
    if (m > 59) { m -= 60; h++ }
    return c.clock(h, m)
  }
}
const payWith = (c: Ctx): Span => (c.r.chance(0.5) ? c.iban() : c.card())

export const SKELS: Skel[] = [
  { kind: 'form', nfd: ['fr', 'cs'], vals: (c) => {
    const p = c.person()
    return { biz: biz(c, 'hear'), emo: c.emo(), fam: c.name(p, c.r.chance(0.5) ? 'family' : 'family'), given: c.name(p, 'given'), dob: c.dob(), id: c.natId(), mob: c.phone({ kind: 'mobile' }), mail: c.emailOf(p), serial: c.aidSerial(), date: c.date(), time: c.time(), kin: c.name(c.person()), ip: c.ip() }
  } },
  { kind: 'form', vals: (c) => {
    const p = c.person()
    return { biz: biz(c, 'wine'), order: c.order(), caps: c.name(p, 'caps'), phone: c.phone(), mail: c.emailOf(p), vintage: c.vintage(), abv: c.abv(12, 14), total: c.amount(40, 500), pay: payWith(c), passport: c.passport(), id: c.natId(), date: c.date(), t1: c.time(8, 11), t2: c.time(13, 19) }
  } },
  { kind: 'sms', nfd: ['lu', 'es'], vals: (c) => ({ biz: biz(c, 'hear'), given: c.name(c.person(), 'given'), date: c.date(), time: c.time(), phone: c.phone({ form: 'nat' }), emo: c.emo() }) },
  { kind: 'chat', nfd: ['cs'], vals: (c) => {
    const a = c.person(), h = c.person(), t = hm(c)
    return { t1: t(), t2: t(), t3: t(), t4: t(), a: c.name(a), aGiven: c.name(a, 'given'), hm: c.name(h), hmGiven: c.name(h, 'given'), berth: c.berth(), hin: c.hin(), mob: c.phone({ kind: 'mobile' }), mail: c.emailOf(a), dues: c.amount(150, 2500), emo: c.emo(), date: c.date() }
  } },
  { kind: 'summary', nfd: ['no', 'pl', 'be'], vals: (c) => {
    const p = c.person()
    return { biz: biz(c, 'music'), caller: c.name(p), child: c.name(c.person(), 'given'), serial: c.instrSerial(), contract: c.contract(), rent: c.amount(12, 60), iban: c.iban(), phone: c.phone(), mail: c.emailOf(p), teacher: c.name(c.person()), time: c.time(), date: c.date() }
  } },
  { kind: 'note', vals: (c) => {
    const p = c.person()
    return { order: c.order(), caps: c.name(p, 'caps'), bad: c.luhnBad(), card: c.card(), track: c.tracking(), mob: c.phone({ kind: 'mobile' }), mail: c.emailOf(p), dob: c.dob(), emo: c.emo() }
  } },
  { kind: 'note', vals: (c) => ({ clock: c.clock(c.r.int(7, 11), c.r.int(0, 59)), lower: c.name(c.person(), 'lower'), berth: c.berth(), hin: c.hin(), dues: c.amount(100, 1500), inv: c.invoice(), phone: c.phone(), emo: c.emo(), card: c.card(), mmsi: c.mmsi() }) },
  { kind: 'email', nfd: ['lt'], vals: (c) => {
    const p = c.person(), s = c.person()
    return { from: c.emailOf(p), to: bizMail(c, 'music'), contract: c.contract(), sGiven: c.name(s, 'given'), kid: c.name(c.person(), 'given'), date: c.date(), iban: c.iban(), emo: c.emo(), sender: c.name(p), phone: c.phone(), date2: c.date(), staff: c.name(s), staffMail: bizMail(c, 'music', s), serial: c.instrSerial(), deposit: c.amount(80, 400), staffPhone: c.phone({ form: 'nat' }), biz: biz(c, 'music') }
  } },
  { kind: 'csv', nfd: ['pl', 'no'], vals: (c) => {
    const sep = c.r.pick([';', ';', '\t', ','])
    const rows: Part[] = []
    for (let i = 0; i < 3; i++) {
      const p = c.person()
      rows.push(['\n', c.patientId(), sep, c.name(p, c.r.chance(0.5) ? 'caps' : 'full'), sep, c.phone(), sep, c.emailOf(p), sep, c.dob(), sep, c.time()])
    }
    return { sep, rows }
  } },
  { kind: 'json', vals: (c) => {
    const p = c.person()
    return { order: c.order(), given: c.name(p, 'given'), fam: c.name(p, 'family'), phone: c.phone({ form: c.r.pick(['compact', 'intl'] as const) }), mail: c.emailOf(p), ip: c.ip(), total: c.amount(20, 600), ts: c.timestamp(), last4: c.last4(), dob: c.dob() }
  } },
  { kind: 'transcript', lower: true, vals: (c, w) => {
    const p = c.person()
    return { biz: biz(c, 'music').toLowerCase(), lower: c.name(p, 'lower'), kid: c.name(c.person(), 'lowgiven'), phone: c.oddPhone(), mail: c.emailOf(p), date: c.date(), time: c.time(), word: c.word(w[0]!) }
  } },
  { kind: 'voicemail', vals: (c) => {
    const p = c.person()
    return { name: c.name(p), berth: c.berth(), phone: c.phone(), foreign: c.foreignPhone(), mail: c.emailOf(p), emo: c.emo(), time: c.time(), biz: biz(c, 'marina') }
  } },
  { kind: 'sms', vals: (c, w) => ({ biz: biz(c, 'marina'), dues: c.amount(150, 900), berth: c.berth(), date: c.date(), word: c.word(w[1]!), inv: c.invoice(), t1: c.time(6, 9), t2: c.time(17, 21), emo: c.emo(), mmsi: c.mmsi() }) },
  { kind: 'form', vals: (c, w) => ({ biz: biz(c, 'music'), serial: c.instrSerial(), contract: c.contract(), amount: c.amount(20, 300), bad: c.luhnBad(), iban: c.ibanBad(), date: c.date(), word: c.word(w[2]!), version: c.version(), id: c.natId(), emo: c.emo() }) },
]
