// Skeletons of the other languages: the genre's shape, with the phrase book's sentences whose {slots} take labeled
// values. fmt() splits a phrase at its slots; a slot's value is drawn once per text.
import { BRAND, type Ctx, type Person } from './ctx.ts'
import type { Draft } from './en.ts'
import { BOOKS, type Book } from './phrases.ts'
import { E, mapV, t, type Part } from './render.ts'

interface Slots { c: Ctx; b: Book; p: Person; q: Person; cache: Map<string, Part> }
function slot(s: Slots, k: string): Part {
  const { c, b, p, q } = s
  const hit = s.cache.get(k)
  if (hit !== undefined) return hit
  const make = (): Part => {
    switch (k) {
      case 'g': return p.given
      case 'n': return p.full
      case 'g2': return q.given
      case 'n2': return q.full
      case 'ph': return c.ph()
      case 'ph2': return c.r.chance(0.4) ? c.phIntl() : c.ph()
      case 'ph3': return c.r.chance(0.3) ? c.phForeign() : c.ph()
      case 'ct3': return c.r.chance(0.5) ? c.mail(q) : c.r.chance(0.3) ? c.phForeign() : c.ph()
      case 'ref': case 'ref2': return [`${b.ref} `, c.biz()]
      case 'date': return c.date()
      case 'time': return c.time()
      case 'amount': return c.amount()
      case 'amountl': return b.amount
      case 'id': return c.nat()
      case 'idl': return b.id
      case 'topic': return b.topics[c.domain]
      case 'rel': return b.rels[c.domain]
      case 'team': return b.team
      case 'word': return c.word()
      case 'em': return c.mail(p)
      case 'bad': return c.luhnBad()
      case 'ibanbad': return c.ibanBad()
      case 'iban': return c.iban()
      default: throw new Error(`slot ${k}`)
    }
  }
  const v = make()
  s.cache.set(k, v)
  return v
}
const fmt = (s: Slots, phrase: string): Part[] => phrase.split(/(\{[a-z0-9]+\})/).map((x) => (/^\{[a-z0-9]+\}$/.test(x) ? slot(s, x.slice(1, -1)) : x))

type Skel = (s: Slots) => Draft
const low = (c: Ctx, p: Part[]) => p.map((q) => mapV(q, (x) => x.toLocaleLowerCase(c.loc.bcp)))
const hm = (c: Ctx) => `${String(c.r.range(8, 19)).padStart(2, '0')}:${String(c.r.range(0, 59)).padStart(2, '0')}`

export const INTL: Skel[] = [
  // form, surname first in capitals
  (s) => {
    const { c, b } = s; s.p = c.person('caps')
    const pay = c.r.chance(0.6) ? t`IBAN: ${c.iban()}` : t`${b.card}: ${c.card()}`
    return { kind: 'form', nfd: c.r.chance(0.4), parts: t`${BRAND[c.domain]} – ${b.topics[c.domain]}\n${b.name}: ${s.p.full}\n${b.mobile}: ${c.emo()}${c.ph()}\n${b.email}: ${c.mail(s.p)}\n${b.id}: ${c.nat()}\n${fmt(s, '{ref}')}\n${b.date}: ${c.date()} ${c.time()}\n${pay}\nIP: ${c.ip()}\n` }
  },
  // form, separate name fields
  (s) => {
    const { c, b, p } = s
    return { kind: 'form', nfd: c.r.chance(0.4), parts: t`${c.emo()}${b.team} – web\n${b.first}: ${p.given}\n${b.last}: ${p.family}\n${b.phone}: ${c.ph()}\n${b.mobile}:${c.ph({ style: 'nat-compact' })}\n${b.amount}: ${c.amount()}\n${b.msg}: ${c.emo()}${c.word()}\n` }
  },
  (s) => ({ kind: 'sms', parts: [`${BRAND[s.c.domain].split(' ')[0]}: `, fmt(s, s.b.smsOut), ` ${s.c.emo()}– `, s.c.person().given] }),
  (s) => { s.p = s.c.person('lower'); s.q = s.c.person('lower'); return { kind: 'sms', parts: low(s.c, fmt(s, s.b.smsIn)) } },
  (s) => {
    const { c, b } = s; const agent = c.person()
    const [l1, l2, l3, l4] = b.chat
    return { kind: 'chat', parts: t`[${hm(c)}] ${agent.given} (${b.team}): ${fmt(s, l1)}\n[${hm(c)}] ${s.p.full}: ${c.emo()}${fmt(s, l2)}\n[${hm(c)}] ${s.p.given}: ${fmt(s, l3.replace('{ph3}', '{ct3}'))}\n[${hm(c)}] ${agent.given} (${b.team}): ${fmt(s, l4)}\n` }
  },
  (s) => {
    const { c, b, p, q } = s
    return { kind: 'summary', nfd: c.r.chance(0.5), parts: t`${b.sumH} – ${BRAND[c.domain]}\nAgent: ${c.person().full}\n${b.caller}: ${p.full}\n${b.callback}: ${c.ph()} ${c.time()}\n${b.alt}: ${c.phIntl()}\n${b.email}: ${c.mail(p)}\n${b.topic}: ${b.topics[c.domain]}; ${fmt(s, '{ref}')}\n${b.rels[c.domain]}: ${q.full}, ${c.ph()}\n${b.outcome}: ${c.word()} ${c.date()}\n` }
  },
  (s) => ({ kind: 'note', parts: [fmt(s, s.b.note), ` ${s.c.emo()}/ agent `, s.c.person().full] }),
  (s) => {
    const { c, b, p } = s; const sig = c.person()
    return { kind: 'email', nfd: c.r.chance(0.4), parts: t`${b.subj}: Re: ${b.topics[c.domain]} (${fmt(s, '{ref}')})\n\n${fmt(s, b.mail)}\n\n${b.regards}\n${sig.full}\n${b.team}, ${BRAND[c.domain]}\n${c.r.chance(0.4) ? ['T: ', c.ph(), ' | '] : ''}E: ${c.mail(sig)}\n\n> ${fmt(s, b.quote)}\n> ${c.word()} ${c.r.chance(0.5) ? [b.mobile, ': ', c.ph()] : [b.email, ': ', c.mail(p)]}\n` }
  },
  (s) => {
    const { c, b, p } = s
    return { kind: 'email', parts: t`From: ${p.full} <${c.mail(p)}>\n${b.subj}: IBAN\n\n${fmt(s, b.ibanMsg)}\n${fmt(s, '{ref}')}\n\n-- \n${p.given}\n${c.emo()}${c.ph()}\n` }
  },
  (s) => {
    const { c, b } = s; const sep = c.r.pick([',', ';', '\t'])
    const row = (): Part[] => { const p = c.person(c.r.chance(0.3) ? 'caps' : 'normal'); return [p.given, sep, p.family, sep, c.ph({ style: c.r.pick(['nat', 'nat-compact', 'intl-compact', 'intl', 'nat-dash']) }), sep, c.mail(p), sep, c.biz(), '\n'] }
    return { kind: 'csv', parts: [[b.jsonFirst, b.jsonLast, b.phone.toLowerCase(), 'email', b.ref.toLowerCase()].join(sep), '\n', row(), row(), row()] }
  },
  (s) => {
    const { c, b, p, q } = s; const j = (v: Part) => ['"', v, '"']
    return { kind: 'json', parts: t`{"type":"contact","${b.jsonFirst}":${j(p.given)},"${b.jsonLast}":${j(p.family)},"tel":${j(c.phIntl())},"tel2":${j(c.ph())},"email":${j(c.mail(p))},"ref":${j(c.biz())},"contact":{"name":${j(q.full)},"tel":${j(c.ph())}},"ip":${j(c.ip())},"ts":${j(c.ts())}}` }
  },
  (s) => {
    const { c, b } = s; s.p = c.person('lower'); s.q = c.person('lower')
    s.cache.set('ph', c.phOdd()); s.cache.set('ph2', c.phOdd())
    return { kind: 'transcript', parts: low(c, [b.tr.map((l) => fmt(s, l).concat('\n'))]) }
  },
  (s) => ({ kind: 'voicemail', parts: [fmt(s, s.b.vm), ' → ', s.c.person().full] }),
  (s) => ({ kind: 'ticket', parts: t`#${s.c.r.range(1000, 9999)} @${s.c.r.pick(['tier2', 'backoffice', 'ops-lead'])} ${fmt(s, s.b.ticket)} ${s.c.emo()}cc @${s.c.r.pick(['qa', 'payments'])}\nlogin ${s.c.ip()}\n` }),
  (s) => {
    const { c } = s
    return { kind: 'log', parts: t`${c.ts()} INFO voice.inbound ani=${c.phIntl()} case=${c.biz()} agent_ip=${c.ip()}\n${c.ts()} INFO sms.out msisdn=${c.ph({ intl: true, style: c.r.pick(['intl-compact', 'intl-00-compact']) })} status=delivered\n` }
  },
  (s) => {
    const { c, b } = s
    const row = (): Part[] => { const p = c.person(); return ['| ', p.full, ' | ', c.r.chance(0.5) ? c.phIntl() : c.ph(), ' | ', c.mail(p), ' | ', b.rels[c.domain], ' |\n'] }
    return { kind: 'table', parts: [`${c.emo()}${b.topics[c.domain]}\n\n| ${b.table[0]} | ${b.table[1]} | email | ${b.table[2]} |\n|---|---|---|---|\n`, row(), row()] }
  },
  // form with a foreign caller and a card
  (s) => {
    const { c, b, p } = s
    return { kind: 'form', nfd: c.r.chance(0.4), parts: t`${BRAND[c.domain]}\n${b.name}: ${p.full}\n${b.phone}: ${c.phForeign()}\n${b.mobile}: ${c.ph()}\n${b.email}: ${c.mail(p)}\n${b.card}: ${c.card()}\n${fmt(s, '{ref}')}\n` }
  },
  // SMS with two numbers on one line
  (s) => { const { c } = s; return { kind: 'sms', parts: t`${c.emo()}${s.p.given}: ${c.ph()} / ${c.phIntl()} ${c.date()} ${c.time()}` } },
  (s) => {
    const { c, b, p, q } = s; const j = (v: Part) => ['"', v, '"']
    return { kind: 'json', parts: t`{"lang":"${c.loc.key}","${b.jsonFirst}":${j(p.given)},"${b.jsonLast}":${j(p.family)},"email":${j(c.mail(p))},"card":${j(c.card())},"companions":[{"name":${j(q.full)},"email":${j(c.mail(q))}}],"agent":${j(c.person().full)},"client_ip":${j(c.ip())},"msisdn":${j(c.phIntl())}}` }
  },
]
export const INTL_NEG: Skel[] = [
  (s) => ({ kind: 'sms', parts: fmt(s, s.b.neg1) }),
  (s) => ({ kind: 'note', parts: fmt(s, s.b.neg2) }),
  (s) => ({ kind: 'log', parts: t`${s.c.ts()} ERROR payout.validate iban=${s.c.ibanBad()} ref=${s.c.biz()} amount=${s.c.amount()}\n${s.c.ts()} WARN card.auth pan=${s.c.luhnBad()} declined id=${s.c.nat()}\n` }),
]
export function intlDraft(c: Ctx, lang: string, i: number, neg: boolean): Draft {
  const s: Slots = { c, b: BOOKS[lang]!, p: c.person(), q: c.person(), cache: new Map() }
  return neg ? INTL_NEG[i % INTL_NEG.length]!(s) : INTL[i % INTL.length]!(s)
}
export { E }
