// Sixteen skeletons shared by the seven other languages; their words come from phrases.ts.
import type { Tpl } from './tpl.ts'
import { clock } from './tpl.ts'
import { L, type Ctx } from './ctx.ts'
import { PHRASES } from './phrases.ts'

const P = (c: Ctx) => PHRASES[c.lang]!
const word = (c: Ctx) => { const w = P(c).wordLine; c.t(w[0]).word(w[1]).t(w[2]) }

export const INTL: Tpl[] = [
  { kind: 'form', dom: 'rental', nfd: true, fn: (c) => {
    const p = P(c); const x = c.who()
    c.t(`${p.surname}: `).name(x, 'family').t(`\n${p.given}: `).name(x, 'given').t(`\n${p.mobile}: `).maybeEmoji(0.5).phone({ mobile: true }).t(`\n${p.landline}: `).phone({ mobile: false })
    c.t(`\n${p.email}: `).email(x).t(`\n${p.idLabel}: `).natId(x).t(`\n${p.pickup}: `).date().t(' ').time().t(`\n${p.vehicle}: `).neg(L.plate(c.r, c.loc.plate)).t(`\n${p.agreement}: `).neg(L.rentalAgreement(c.r)).t(`\n${p.card}: `).card().t('\nIP: ').ip().t('\n')
  } },
  { kind: 'sms', dom: 'utility', fn: (c) => {
    const p = P(c); const x = c.who()
    c.t(`${p.hello.toLowerCase()} `).name(x, 'lower').t(`, ${p.reading.toLowerCase()} ${p.meter.toLowerCase()} `).neg(L.meterSerial(c.r)).t(` ${p.amount.toLowerCase()} `).amount().t(' ').maybeEmoji(0.7).t(`${p.callme.toLowerCase()} `).phone({ style: c.pick(['nat-compact', 'nat', 'intl-compact']) }).t('\n')
  } },
  { kind: 'chat', dom: 'travel', fn: (c) => {
    const p = P(c); const k = clock(c, 7); const x = c.who(); const ag = c.who()
    c.t(`[${k()}] `).name(x, 'given').t(`: ${p.flight} `).neg(L.flight(c.r)).t(` ${p.delayed} `).maybeEmoji(0.9).t(`${p.booking} `).neg(L.pnr(c.r)).t('\n')
    c.t(`[${k()}] `).name(ag).t(` (${p.agent}): ${p.rebooked} `).neg(L.flight(c.r)).t(', ').date().t(' ').time().t(`. ${p.ticket} `).neg(L.eticket(c.r)).t('\n')
    c.t(`[${k()}] `).name(x, 'given').t(`: ok! ${p.mobile} `).phone({ mobile: true, style: 'intl' }).t(` ${p.or} `).foreignPhone().t('\n')
  } },
  { kind: 'summary', dom: 'insurance', fn: (c) => {
    const p = P(c); const x = c.who(); const a = c.who(); const k = c.who()
    c.t(`${p.summary}\n`).maybeEmoji(0.5).name(x).t(`: ${p.leak}, `).date().t(`. ${p.claim} `).neg(L.claimNo(c.r)).t(`, ${p.policy} `).neg(L.policyNo(c.r)).t('.\n')
    c.t(`${p.adjuster}: `).name(a).t(', ').phone({ mobile: true }).t(`; ${p.contractor}: `).name(k).t(', ').phone({ mobile: false }).ext().t(`.\n${p.refund} `).iban().t('.\n')
  } },
  { kind: 'note', dom: 'rental', fn: (c) => {
    const x = c.who()
    c.t(`${P(c).vehicle.toLowerCase()}: `).name(x, c.chance(0.5) ? 'lower' : 'sfirst').t(' ').neg(L.plate(c.r, c.loc.plate)).t(' km ok, ').neg(L.damageRef(c.r)).t(' cb ').phone({ style: c.pick(['nat-slash', 'nat-dot', 'intl-00', 'nat-compact']) }).t(' ').time().t('\n')
  } },
  { kind: 'email', dom: 'insurance', nfd: true, fn: (c) => {
    const p = P(c); const x = c.who(); const ag = c.who()
    c.t(`${p.hello} `).name(ag, 'given').t(`,\n\n${p.claim} `).neg(L.claimNo(c.r)).t(`: ${p.callme} `).phone({ mobile: true, style: 'intl-trunk' }).t(` ${p.or} `).phone({ mobile: false }).t('.\n\n')
    c.t(`${p.thanks}\n`).name(x).t('\n').email(x).t('\n\n> ').name(ag).t(' <').email(ag, `schaden.example-versicherung.${c.loc.tld}`).t('> ').date().t(':\n> ').t(`${p.adjuster} `).name(c.who()).t(', ').phone({ mobile: true }).t('\n')
  } },
  { kind: 'csv', dom: 'utility', nfd: true, fn: (c) => {
    const p = P(c); const sep = c.pick([';', '\t'])
    c.t([p.account, p.name, p.mobile, p.email, p.meter, p.tariff].join(sep) + '\n')
    for (let i = 0; i < 3; i++) {
      const x = c.who()
      c.neg(L.utilAccount(c.r)).t(sep).name(x, c.chance(0.4) ? 'sfirst' : 'full').t(sep).phone({ style: c.pick(['nat', 'intl', 'intl-compact', 'nat-dash', 'intl-00']) }).t(sep).email(x).t(sep).neg(L.meterSerial(c.r)).t(sep).neg(L.tariff(c.r)).t('\n')
    }
  } },
  { kind: 'json', dom: 'travel', fn: (c) => {
    const p = P(c); const x = c.who()
    const keys: Record<string, [string, string]> = { de: ['vorname', 'nachname'], it: ['nome', 'cognome'], es: ['nombre', 'apellidos'], pt: ['nome', 'apelido'], fr: ['prenom', 'nom'], nl: ['voornaam', 'achternaam'], da: ['fornavn', 'efternavn'] }
    const [g, f] = keys[c.lang]!
    c.t(`{"${g}":"`).name(x, 'given').t(`","${f}":"`).name(x, 'family').t('","pnr":"').neg(L.pnr(c.r)).t('","tel":"').phone({ style: c.pick(['intl-compact', 'intl']) }).t('","mail":"').email(x)
    c.t('","card":"').card().t('","ip":"').ip().t('","ts":"').neg(L.timestamp(c.r)).t(`","${p.amount.toLowerCase().replace(/[^a-zæøå]/g, '')}":"`).amount().t('"}')
  } },
  { kind: 'transcript', dom: 'rental', fn: (c) => {
    const p = P(c); const x = c.who()
    c.t(`agente: ${p.hello.toLowerCase()}\ncliente: `).name(x, 'lower').t(`, ${p.agreement.toLowerCase()} `).neg(L.rentalAgreement(c.r)).t(` ${p.damage}, ${p.callme.toLowerCase()} `).phone({ mobile: true, odd: true }).t(`\nagente: ${p.email.toLowerCase()}?\ncliente: `).email(x).t('\n')
  } },
  { kind: 'voicemail', dom: 'insurance', fn: (c) => {
    const p = P(c); const x = c.who()
    c.t(`${p.voicemail} `).time().t(': "').t(`${p.hello}, `).name(x).t(`, ${p.claim} `).neg(L.claimNo(c.r)).t(`. ${p.callme} `).phone({ mobile: true }).t(` ${p.or} `).phone({ mobile: false, style: c.pick(['nat', 'nat-slash', 'intl']) }).t('."\n')
  } },
  { kind: 'ivr', dom: 'utility', fn: (c) => {
    const k = clock(c, 8)
    c.t(`${k()} ANI=`).phone({ style: 'intl-compact' }).t(' lang=').t(c.loc.key).t('\n')
    c.t(`${k()} menu=zaehler/meter acct=`).neg(L.utilAccount(c.r)).t(' supply=').neg(L.mprn(c.r)).t(' tariff=').neg(L.tariff(c.r)).t('\n')
    c.t(`${k()} agent=`).name(c.who()).t(' cb=').phone({ mobile: true, style: c.pick(['nat', 'intl-00']) }).t(' ip=').ip().t('\n')
  } },
  { kind: 'form', dom: 'travel', fn: (c) => {
    const p = P(c); const x = c.who(); const y = c.who()
    c.t(`${p.name}: `).name(x, 'sfirst').t(`\n${p.booking}: `).neg(L.pnr(c.r)).t(`\n${p.flight}: `).neg(L.flight(c.r)).t(' ').date().t(`\n${p.mobile}/${p.landline}: `).phone({ mobile: true }).t(' / ').phone({ mobile: false })
    c.t(`\n${p.email}: `).email(x).t('\n+1: ').name(y).t(`, ${p.mobile} `).foreignPhone().t(`\n${p.refund}: `).iban().t('\n')
  } },
  { kind: 'sms', dom: 'rental', negOnly: true, fn: (c) => {
    const p = P(c)
    c.t(`${p.vehicle} `).neg(L.plate(c.r, c.loc.plate)).t(` ${p.ready}: `).date().t(' ').time().t(`. ${p.agreement} `).neg(L.rentalAgreement(c.r)).t(`, ${p.amount.toLowerCase()} `).amount().t(' ').maybeEmoji(0.6).t('\n')
  } },
  { kind: 'note', dom: 'utility', negOnly: true, fn: (c) => {
    const p = P(c)
    c.t(`${p.meter} `).neg(L.meterSerial(c.r)).t(` ${p.tariff} `).neg(L.tariff(c.r)).t(`; ${p.card} `).luhnBad().t(' ✗; IBAN ').ibanBad().t(' ✗. ')
    word(c)
    c.t(' ').date().t('\n')
  } },
  { kind: 'summary', dom: 'travel', fn: (c) => {
    const p = P(c); const x = c.who({ word: true })
    c.t(`${p.summary}: `).name(x).t(` (`).email(x).t(`), ${p.booking} `).neg(L.pnr(c.r)).t(`, ${p.flight} `).neg(L.flight(c.r)).t(`. ${p.mobile} `).phone({ mobile: true }).t(`, ${p.landline} `).phone({ mobile: false, style: 'nat-bracket' }).t(`. ${p.amount} `).amount().t('.\n')
  } },
  { kind: 'email', dom: 'rental', fn: (c) => {
    const p = P(c); const x = c.who(); const ag = c.who()
    c.t(`${p.hello} `).name(x).t(`,\n\n${p.damage}: `).neg(L.damageRef(c.r)).t(`, ${p.amount.toLowerCase()} `).amount().t('. ').t(`${p.idLabel}: `).natId(x).t('.\n')
    word(c)
    c.t(`\n\n${p.thanks}\n`).name(ag).t(`, ${p.agent}\n`).phone({ mobile: false, style: c.pick(['intl', 'nat']) }).ext().t(' | ').email(ag, `miete.example-hire.${c.loc.tld}`).t('\n')
  } },
]
