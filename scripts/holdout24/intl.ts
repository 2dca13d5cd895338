// Skeletons of the ten other languages, written with their phrase books (phrases.ts).
import type { Ctx } from './ctx.ts'
import { DOMAINS, EMOJI, type Tpl, type Domain } from './en.ts'
import { BOOKS, type Book } from './phrases.ts'

const bk = (c: Ctx): Book => BOOKS[c.loc.lang]!
const emo = (c: Ctx) => c.pick(EMOJI)
const dn = (c: Ctx, d: Domain) => c.neg(c.pick(d.negs))
const word = (c: Ctx) => { const [a, w, z] = bk(c).word; c.t(a).b.n('name-word', w); c.t(z) }
const topic = (c: Ctx, d: Domain) => bk(c).topic[d.key]!
export { DOMAINS }

export const INTL: Tpl[] = [
  { kind: 'form', run: (c, d) => {
    const B = bk(c); const p = c.who(); const k = c.who()
    c.t(`${c.pick(d.biz)} — ${topic(c, d)}\n${B.name}: `).name(p, c.chance(0.5) ? 'caps' : 'full').t(`\n${B.mobile}: `).mobile().t(`\n${B.phone}: `).phone('nat').t(`\n${B.email}: `).email(p).t(`\n${B.id}: `).allIds().t(`\n${B.kin}: `).name(k).t(' — ').phone().t(`\n${B.ref}: `).call(dn, d).t(`\n${B.date}: `).neg('date').t(' ').neg('time').t('\nIP: ').ip().t('\n')
  } },
  { kind: 'form', nfd: true, run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.t(`${B.first}: `).name(p, 'given').t(`\n${B.last}: `).name(p, 'family').t(`\n${B.phone} ${emo(c)}: `).phone(c.pick(['intl-00', 'intl', 'nat-slash', 'nat-bracket'])).t(`\n${B.email}: `).email(p).t(`\n${B.card}: `).card().t(`\n${B.amount}: `).neg('amount').t('\n')
  } },
  { kind: 'sms', lower: true, run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.t(`${B.sms} `).name(p, 'given').t(` ${emo(c)} ${B.newNum} `).mobile(c.pick(['nat-compact', 'nat', 'intl-compact'])).t(`, ${B.oldNum} (`).phone('nat').t(`) ${B.wrong}. ${B.after} `).neg('time').t(` ${B.seeYou}`)
  } },
  { kind: 'sms', run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.t(`${c.pick(d.biz)}: ${B.hi} `).name(p, 'given').t(`, ${topic(c, d)} `).neg('date').t(`. ${B.ref} `).call(dn, d).t(`. ${B.phone}:`).phone().t(' / ').phone('intl').t('. ')
    word(c)
  } },
  { kind: 'chat', run: (c, d) => {
    const B = bk(c); const a = c.who(); const s = c.who()
    let m = c.r.int(0, 30); const h = c.r.int(8, 18)
    const ts = () => { m += c.r.int(1, 7); return `[${h}:${String(m).padStart(2, '0')}]` }
    c.t(ts(), ' ').name(a, 'given').t(` (${B.agent}): ${B.hi}! ${topic(c, d)}?\n`)
    c.t(ts(), ' ').name(s).t(`: ${emo(c)} ${B.newNum} `).mobile().t('\n')
    c.t(ts(), ' ').name(s, 'given').t(`: ${B.email} `).email(s).t('\n')
    c.t(ts(), ' ').name(a, 'given').t(`: ${B.thanks}. ${B.ref} `).call(dn, d).t('\n')
    c.t(ts(), ' ').name(s, 'given').t(`: `).name(c.who()).t(` ${B.abroad}: `).foreign().t('\n')
  } },
  { kind: 'summary', run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.t(`${B.summary}\n${B.caller}: `).name(p).t(` — ${topic(c, d)}.\n• ${B.verified} (${B.id} `).nid().t(`).\n• ${B.callMe} `).phone().t(` ${B.or} `).phone(c.pick(['intl-0', 'intl-00', 'nat-dot'])).t(`, ${B.after} `).neg('time').t(`.\n• ${B.email}: `).email(p).t(`, ${B.agent}: `).name(c.who()).t(`.\n• ${B.transfer} `).iban().t(`, ${B.amount} `).neg('amount').t('.\n')
  } },
  { kind: 'note', run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.name(p, c.chance(0.4) ? 'lower' : 'full').t(` / ${B.card} `).card().t(` / ${topic(c, d)} / tel:`).phone(c.pick(['nat-dash', 'nat-compact', 'nat-slash'])).t(` / ${B.declined} `).neg('luhn-invalid').t(`, ${B.badIban} `).neg('iban-checksum').t(` / ${B.ref} `).call(dn, d).t(' ').neg('date').t(` ${emo(c)}`)
  } },
  { kind: 'email', run: (c, d) => {
    const B = bk(c); const p = c.who(); const s = c.who()
    c.t(`Re: ${topic(c, d)}\n\n${B.hi} `).name(p).t(`,\n\n${B.thanks}. ${B.ref}: `).call(dn, d).t(`.\n\n${B.regards}\n`).name(s).t(` — ${B.staff}\n${B.phone} `).phone().t(`\n`).email(s).t(`\n\n> `).neg('date').t(' ').neg('time').t(', ').name(p, 'given').t(` <`).email(p).t(`>:\n> ${B.newNum} `).mobile().t(` ${emo(c)}\n`)
  } },
  { kind: 'csv', run: (c, d) => {
    const B = bk(c); const sep = c.pick([';', '\t', ','])
    c.t([B.last, B.first, B.phone, B.mobile, B.email, B.ref].join(sep).toLowerCase(), '\n')
    for (let i = 0; i < 2; i++) { const p = c.who(); c.name(p, i ? 'family' : 'family').t(sep).name(p, 'given').t(sep).phone('nat').t(sep).mobile('intl').t(sep).email(p).t(sep).call(dn, d).t('\n') }
  } },
  { kind: 'json', run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.t(`{"${B.jsonFirst}":"`).name(p, 'given').t(`","${B.jsonLast}":"`).name(p, 'family').t(`","tel":"`).phone('intl-compact').t(`","tel2":"`).phone('nat').t(`","mail":"`).email(p).t(`","ref":"`).call(dn, d).t(`","ip":"`).ip().t(`","created":"`).neg('timestamp').t('"}')
  } },
  { kind: 'transcript', lower: true, run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.t(`${B.agent}: ${B.hi}, ${topic(c, d)}. ${B.caller}: ${B.hi}, `).name(p).t(`. ${B.newNum} `).oddPhone().t(`. ${B.agent}: ${B.thanks} `).name(p, 'given').t(`. ${B.ref} `).call(dn, d).t('.')
  } },
  { kind: 'voicemail', run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.t(`${B.vm} `).neg('date').t(` ${emo(c)} «`).name(p).t(`, ${topic(c, d)}. ${B.callMe} `).phone().t(`, ${B.email} `).email(p).t(`. ${B.thanks}» (CLI `).phone('intl-compact').t(')')
  } },
  { kind: 'ticket', run: (c, d) => {
    const B = bk(c); const p = c.who()
    c.t(`#${c.r.int(100, 9999)} ${topic(c, d)}\n@`).name(c.who(), 'given').t(` ${B.callMe} `).phone().t(` (`).name(p).t(`) ${B.after} `).neg('time').t(`\n@`).name(c.who(), 'given').t(` ok ${emo(c)} ${B.ref} `).call(dn, d).t('\n')
  } },
  { kind: 'log', run: (c, d) => {
    const p = c.who()
    c.neg('timestamp').t(` INFO ${d.key} caller="`).name(p).t('" ani=').phone('intl-compact').t(' agent=').email(c.who()).t(' ip=').ip().t(' ver=').neg('version').t('\n')
  } },
]

export const INTL_NEG: Tpl[] = [
  { kind: 'note', negOnly: true, run: (c, d) => {
    const B = bk(c)
    c.t(`${topic(c, d)}: ${B.ref} `).call(dn, d).t(`, ${B.order} `).neg('order-number').t(`, ${B.amount} `).neg('amount').t(`, ${B.date} `).neg('date').t('. ')
    word(c)
  } },
  { kind: 'log', negOnly: true, run: (c, d) => {
    const B = bk(c)
    c.neg('timestamp').t(` WARN ${d.key} ${B.declined} pan=`).neg('luhn-invalid').t(' iban=').neg('iban-checksum').t(' id=').nid().t('\n')
  } },
  { kind: 'email', negOnly: true, run: (c, d) => {
    const B = bk(c)
    c.t(`${B.hi},\n\n${topic(c, d)} — ${B.ref} `).call(dn, d).t(`, ${B.order} `).neg('tracking-number').t(`, ${B.date} `).neg('date').t(' ').neg('time').t(`.\n\n${B.regards}\n`)
  } },
]
