// English templates (Ghana, Malta, Hong Kong, Pakistan, Botswana, Northern Ireland), one per genre and a few more,
// each written for any of the four businesses; plus negatives-only ones.
import { B } from './render.ts'
import type { Ctx } from './ctx.ts'
import { BIZ, EN_LABEL, EN_ROLES, FLAG, details, emo, enNameWord, maybeEmo, negValue } from './parts.ts'
import { full, type Person } from './names.ts'
import { oddGroups, spoken } from './phones.ts'

export type Tpl = { kind: string; run: (b: B, c: Ctx) => void; nfd?: boolean; lower?: boolean }

const caps = (p: Person) => (p.familyFirst ? full(p) : `${p.family.toUpperCase()} ${p.given}`)
const ext = (c: Ctx) => c.rng.pick([' ext. ', ' x', ' (extn ', ' ext ']) + String(c.rng.int(10, 499)) 
const fixExt = (s: string) => (s.includes('(extn') ? `${s})` : s)

function money(b: B, c: Ctx) {
  const r = c.rng
  if (c.dom === 'loan') b.t(r.pick(['Monthly repayment: ', 'Repayment due: '])).n('amount', c.amount()).t(' on ').n('date', c.date()).t('\n')
  else if (c.dom === 'toll') b.t(r.pick(['Fine: ', 'Charge outstanding: '])).n('amount', c.amount()).t(' (pay by ').n('date', c.date()).t(')\n')
  else if (c.dom === 'dental') b.t('Deposit: ').n('amount', c.amount()).t(', appointment ').n('date', c.date()).t(' at ').n('time', c.time()).t('\n')
  else b.t('Port date: ').n('date', c.date()).t(' after ').n('time', c.time()).t(', fee ').n('amount', c.amount()).t('\n')
}
function payLine(b: B, c: Ctx) {
  const r = c.rng
  const k = c.dom === 'loan' ? r.pick([1, 3]) : r.int(0, 3)
  if (k === 0) b.t('Card: ').e('CARD', c.card()).t(` (exp ${r.int(1, 12)}/${r.int(27, 31)})\n`)
  else if (k === 1) b.t(r.pick(['Refund IBAN: ', 'Direct debit from IBAN '])).e('IBAN', c.iban()).t('\n')
  else if (k === 2) b.t('Card declined: ').n('luhn-invalid', c.luhnBad()).t(', retried with ').e('CARD', c.card()).t('\n')
  else b.t('IBAN on file ').n('iban-checksum', c.iban(false)).t(' failed the check; new one: ').e('IBAN', c.iban()).t('\n')
}
function idLine(b: B, c: Ctx) {
  const r = c.rng
  // Northern Ireland members mostly give an NI number, loan customers who studied in the US an SSN
  const k = c.loc.key === 'en-ni' ? r.pick([0, 0, 0, 0, 2, 3]) : c.dom === 'loan' ? r.pick([0, 0, 1, 1, 2, 3]) : r.pick([0, 0, 1, 1, 2, 2, 3])
  if (k === 0) b.t(r.pick(['NI number: ', 'National Insurance no. ', 'NINO: '])).e('UK_NINO', c.nino()).t('\n')
  else if (k === 1) b.t(r.pick(['US SSN (studied in Ohio): ', 'SSN: ', 'Social Security no. (US): ', 'SSN of US co-borrower: '])).e('US_SSN', c.ssn()).t('\n')
  else if (k === 2) { const [kk, v] = c.natId(); b.t(r.pick(['ID no.: ', 'National ID: ', 'ID card: '])).n(kk, v).t('\n') }
  else if (r.chance(0.5)) b.t('NI number (as typed): ').n('nino-invalid', c.ninoBad()).t(' - rejected\n')
  else b.t('SSN (as typed): ').n('ssn-invalid', c.ssnBad()).t(' - rejected\n')
}

const form: Tpl = {
  kind: 'form',
  run(b, c) {
    const r = c.rng
    const [ra, rb] = EN_ROLES[c.dom]
    const a = c.person(), o = c.person()
    b.t(`${FLAG[c.loc.key]} ${BIZ[c.dom].name} | ${r.pick(['online form', 'web enquiry', 'request form'])}\n`)
    const st = r.int(0, 2)
    if (st === 0) b.t('Full name: ').e('PERSON', full(a)).t('\n')
    else if (st === 1) b.t('Name (SURNAME first): ').e('PERSON', caps(a)).t('\n')
    else b.t('First name: ').e('PERSON', a.given).t('\nLast name: ').e('PERSON', a.family).t('\n')
    b.t(`Role: ${ra}\n`)
    b.t(r.pick(['Mobile: ', 'Phone: ', 'Contact no.: '])).t(maybeEmo(c, 0.4)).e('PHONE', c.phone()).t('\n')
    if (r.chance(0.45)) b.t(r.pick(['Alt phone:', 'Other number:', 'Work no.'])).t(r.chance(0.5) ? '' : ' ').e('PHONE', c.phone('nat', r.pick(['compact', 'dash', 'slash']))).t(r.chance(0.3) ? fixExt(ext(c)) : '').t('\n')
    b.t('Email: ').e('EMAIL', c.email(a)).t('\n')
    details(b, c, 2, '\n')
    idLine(b, c)
    if (r.chance(0.75)) payLine(b, c)
    money(b, c)
    b.t(`${rb[0]!.toUpperCase()}${rb.slice(1)}: `).t(maybeEmo(c, 0.5)).e('PERSON', full(o))
    if (r.chance(0.6)) b.t(' (').e('PHONE', c.phone()).t(')')
    b.t('\n')
    if (r.chance(0.4)) { b.t('Message: '); enNameWord(b, c); b.t('\n') }
    b.t('Submitted ').n('timestamp', c.stamp()).t(' from ').e('IP_ADDRESS', c.ip()).t('\n')
  },
}
const sms: Tpl = {
  kind: 'sms',
  run(b, c) {
    const r = c.rng
    const a = c.person()
    const low = r.chance(0.4)
    const nm = low ? full(a).toLowerCase() : a.given
    const ph = c.phone('any', r.pick([undefined, 'compact', 'intl-compact', 'dot'] as const))
    const k = r.int(0, 3)
    if (c.dom === 'porting') {
      b.t(maybeEmo(c)).t(low ? 'hi its ' : 'Hi, this is ').e('PERSON', nm).t(low ? ' my old no was' : '. Old number ').e('PHONE', ph).t(low ? ' new sim is ' : ', new SIM ').n('iccid', c.biz('iccid'))
      b.t(low ? ' pac ' : '. PAC: ').n('porting-code', c.biz('porting-code')).t(k ? ' pls port before ' : ' thanks, before ').n('time', c.time()).t(k === 1 ? ' 🙏🏽' : '')
    } else if (c.dom === 'dental') {
      const kid = c.person()
      b.t(maybeEmo(c)).t(`${BIZ.dental.name}: `).e('PERSON', nm).t(', your child ').e('PERSON', low ? kid.given.toLowerCase() : kid.given).t(' is booked ').n('date', c.date()).t(' ').n('time', c.time()).t(' (').n('appointment-number', c.biz('appointment-number')).t('). To change call').t(r.chance(0.5) ? ' ' : '').e('PHONE', ph).t(' 🦷')
    } else if (c.dom === 'loan') {
      b.t(maybeEmo(c)).t(low ? 'hey ' : 'Hello ').e('PERSON', nm).t(', repayment of ').n('amount', c.amount()).t(' due ').n('date', c.date()).t(' on ').n('loan-number', c.biz('loan-number')).t('. Questions? ').e('PHONE', ph)
    } else {
      b.t(maybeEmo(c)).t('Westlink: vehicle ').n('plate', c.plate()).t(' used the toll at ').n('time', c.time()).t(' without a tag. ').e('PERSON', nm).t(', pay ').n('amount', c.amount()).t(' or call ').e('PHONE', ph).t(` ${emo(c)}`)
    }
    if (r.chance(0.35)) { b.t(' '); enNameWord(b, c, low) }
  },
}
const chat: Tpl = {
  kind: 'chat',
  run(b, c) {
    const r = c.rng
    const a = c.person(), o = c.person(), ag = c.person()
    const [ra, rb] = EN_ROLES[c.dom]
    b.t(`[${c.hhmm()}] `).e('PERSON', full(a)).t(`: hi, I'm the ${ra}. ${emo(c)} `).t(r.pick(['my number is ', 'reach me on ', 'number:'])).e('PHONE', c.phone()).t('\n')
    b.t(`[${c.hhmm()}] `).e('PERSON', ag.given).t(` (${BIZ[c.dom].name}): thanks! Can you confirm `).t(EN_LABEL[c.dom === 'toll' ? 'plate' : c.dom === 'porting' ? 'account-pin' : c.dom === 'dental' ? 'patient-number' : 'loan-number']![0]!).t('?\n')
    b.t(`[${c.hhmm()}] `).e('PERSON', full(a)).t(': ')
    details(b, c, 2, ', ', EN_LABEL, ' ')
    b.t('\n')
    b.t(`[${c.hhmm()}] `).e('PERSON', full(a)).t(`: also add my ${rb} `).t(maybeEmo(c, 0.7)).e('PERSON', full(o)).t(' ').e('PHONE', c.phone())
    if (r.chance(0.5)) b.t(' / ').e('PHONE', c.phone())
    b.t('\n')
    b.t(`[${c.hhmm()}] `).e('PERSON', ag.given).t(`: done ✅ `)
    if (r.chance(0.5)) enNameWord(b, c)
    else b.t('email sent to ').e('EMAIL', c.email(a))
    b.t('\n')
  },
}
const summary: Tpl = {
  kind: 'summary',
  nfd: true,
  run(b, c) {
    const r = c.rng
    const a = c.person(), o = c.person()
    const [ra, rb] = EN_ROLES[c.dom]
    b.t(`AI call summary ${emo(c)}\nCaller: `).e('PERSON', full(a)).t(` (${ra}), calling from `).e('PHONE', c.phone()).t(' at ').n('time', c.time()).t('.\n')
    b.t('Reason: ')
    if (c.dom === 'porting') b.t('wants to port ').e('PHONE', c.phone('nat')).t(' to a new SIM after losing the handset (IMEI ').n('imei', c.biz('imei')).t(').')
    else if (c.dom === 'dental') b.t('booking a check-up for her son ').e('PERSON', o.given).t(', treatment code ').n('treatment-code', c.biz('treatment-code')).t('.')
    else if (c.dom === 'loan') b.t('asked to move the repayment date; employer payroll no. ').n('payroll-number', c.biz('payroll-number')).t('.')
    else b.t('disputes a penalty notice ').n('penalty-notice', c.biz('penalty-notice')).t('; says ').e('PERSON', full(o)).t(` was the ${rb}.`)
    b.t('\nDetails: ')
    details(b, c, 2, '; ')
    b.t('.\n')
    if (r.chance(0.5)) { b.t(`${rb[0]!.toUpperCase()}${rb.slice(1)} contact: `).e('PERSON', full(c.person())).t(', ').e('PHONE', c.phone('intl')).t('.\n') }
    if (r.chance(0.5)) idLine(b, c)
    b.t('Follow-up: call back on ').n('date', c.date()).t(', confirmation to ').e('EMAIL', c.email(a)).t('. ')
    enNameWord(b, c)
    b.t('\n')
  },
}
const note: Tpl = {
  kind: 'note',
  run(b, c) {
    const r = c.rng
    const a = c.person()
    const nm = r.chance(0.3) ? full(a).toLowerCase() : full(a)
    b.t(r.pick(['cx ', 'Cust ', 'spoke w/ ', 'inb call - '])).e('PERSON', nm).t(r.pick([' cb ', ' tel:', ' on ', ' @ '])).e('PHONE', c.phone('any')).t(r.chance(0.5) ? ' ' : ', ')
    details(b, c, r.int(1, 3), ' / ', EN_LABEL, ' ')
    b.t(r.pick([' - verified ✅', ' - pin ok', ' -> escalate', '']))
    if (r.chance(0.25)) { b.t('. 2nd no ').e('PHONE', c.phone('any')).t(' '); if (r.chance(0.5)) b.n('time', c.time()); else b.n('date', c.date()) }
    if (r.chance(0.3)) { b.t('. '); enNameWord(b, c) }
    if (r.chance(0.3)) b.t(' ').t(maybeEmo(c, 1)).e('EMAIL', c.email(a))
  },
}
const email: Tpl = {
  kind: 'email',
  run(b, c) {
    const r = c.rng
    const a = c.person(), ag = c.person(), o = c.person()
    const [, rb] = EN_ROLES[c.dom]
    b.t('From: ').e('EMAIL', c.email(a)).t('\nTo: ').e('EMAIL', BIZ[c.dom].mail)
    if (r.chance(0.6)) { const cc = c.person(); b.t('\nCc: ').e('PERSON', full(cc)).t(' <').e('EMAIL', c.email(cc)).t('>') }
    b.t(`\nSubject: Re: ${r.pick(['your request', 'case update', { porting: 'number port', dental: 'appointment', loan: 'repayment plan', toll: 'penalty notice' }[c.dom]])} `).n('reference-number', c.biz('reference-number')).t('\n\n')
    b.t('Hi ').e('PERSON', ag.given).t(',\n\n')
    if (c.dom === 'porting') b.t('The port of ').e('PHONE', c.phone('nat')).t(' still has not gone through. My new number shows as ').e('PHONE', c.phone('intl')).t(' on the SIM pack.\n')
    else if (c.dom === 'dental') b.t('I booked for my daughter ').e('PERSON', o.given).t(' but the text went to ').e('PHONE', c.phone()).t(', which is my old phone.\n')
    else if (c.dom === 'loan') b.t('My ').t(rb).t(' ').e('PERSON', full(o)).t(' (').e('PHONE', c.phone()).t(') agreed to cover ').n('amount', c.amount()).t(' this month.\n')
    else b.t('On ').n('date', c.date()).t(' my car was driven by ').e('PERSON', full(o)).t(', not me. Please reissue to them at ').e('EMAIL', c.email(o)).t('.\n')
    details(b, c, 2, '\n')
    if (r.chance(0.5)) payLine(b, c)
    if (r.chance(0.4)) idLine(b, c)
    b.t('\nThanks,\n').e('PERSON', a.given).t('\n\n')
    b.t('> On ').n('date', c.date()).t(', ').e('PERSON', full(ag)).t(' wrote:\n> ')
    enNameWord(b, c)
    b.t('\n> Please reply with the number we should call.\n\n-- \n').e('PERSON', full(ag)).t(` | ${BIZ[c.dom].name}\nT: `).e('PHONE', c.phone('intl')).t(r.chance(0.4) ? fixExt(ext(c)) : '').t(' | E: ').e('EMAIL', BIZ[c.dom].mail).t('\n')
  },
}
const csv: Tpl = {
  kind: 'csv',
  run(b, c) {
    const r = c.rng
    const sep = r.pick([',', ';', '\t'])
    const idc = c.dom === 'loan' || c.dom === 'toll' ? 'ssn' : c.loc.key === 'en-ni' || r.chance(0.5) ? 'ni_number' : 'updated'
    const k2 = c.dom === 'porting' ? 'porting-ref' : c.dom === 'dental' ? 'patient-number' : c.dom === 'loan' ? 'borrower-ref' : 'penalty-notice'
    b.t(['first_name', 'last_name', 'phone', 'alt_phone', 'email', k2.replace('-', '_'), idc].join(sep) + '\n')
    for (let i = 0; i < r.int(2, 4); i++) {
      const p = c.person()
      b.e('PERSON', p.given).t(sep).e('PERSON', p.family).t(sep).e('PHONE', c.phone('any', r.pick(['compact', 'intl-compact', 'space', 'dash'] as const))).t(sep)
      if (r.chance(0.3)) b.e('PHONE', c.phone('any'))
      b.t(sep).e('EMAIL', c.email(p)).t(sep).n(k2, negValue(c, k2)).t(sep)
      if (idc === 'ssn') { if (r.chance(0.85)) b.e('US_SSN', c.ssn()); else b.n('ssn-invalid', c.ssnBad()) } else if (idc === 'ni_number') { if (r.chance(0.85)) b.e('UK_NINO', c.nino()); else b.n('nino-invalid', c.ninoBad()) } else b.n('timestamp', c.stamp())
      b.t('\n')
    }
  },
}
const json: Tpl = {
  kind: 'json',
  run(b, c) {
    const r = c.rng
    const a = c.person(), o = c.person()
    const [ra, rb] = EN_ROLES[c.dom]
    b.t(`{"event":"${c.dom}.request","received_at":"`).n('timestamp', c.stamp()).t(`","app_version":"`).n('version', c.version()).t(`","${ra.replace(/ /g, '_')}":{"first_name":"`).e('PERSON', a.given).t('","last_name":"').e('PERSON', a.family).t('","msisdn":"').e('PHONE', c.phone('intl', r.pick(['intl-compact', 'intl'] as const))).t('","email":"').e('EMAIL', c.email(a)).t('"},')
    b.t(`"${rb.replace(/[ ()]+/g, '_').replace(/_$/, '')}":{"name":"`).e('PERSON', full(o)).t('","phone":"').e('PHONE', c.phone()).t('"},"refs":{')
    const ks = c.rng.shuffle([...(c.dom === 'porting' ? ['porting-code', 'iccid', 'imei'] : c.dom === 'dental' ? ['patient-number', 'appointment-number', 'treatment-code'] : c.dom === 'loan' ? ['loan-number', 'borrower-ref', 'payroll-number'] : ['plate', 'penalty-notice', 'transponder'])])
    ks.forEach((k, i) => { b.t(`${i ? ',' : ''}"${k.replace('-', '_')}":"`).n(k, negValue(c, k)).t('"') })
    if (c.dom === 'loan' || c.loc.key === 'en-ni') b.t('},"ni_number":"').e('UK_NINO', c.nino()).t('","client_ip":"')
    else if (c.dom === 'porting') b.t('},"sim_tracking":"').n('tracking-number', c.biz('tracking-number')).t('","client_ip":"')
    else b.t('},"client_ip":"')
    b.e('IP_ADDRESS', c.ip()).t('"}')
  },
}
const transcript: Tpl = {
  kind: 'transcript',
  lower: true,
  run(b, c) {
    const r = c.rng
    const a = c.person()
    const p = c.phoneObj('nat')
    b.t(`agent: ${BIZ[c.dom].name} how can i help\ncaller: hi yeah it's `).e('PERSON', full(a)).t(' ')
    if (c.dom === 'porting') b.t('i want to keep my number when i move networks ')
    else if (c.dom === 'dental') b.t('i need to move my little one ').e('PERSON', c.person().given).t('\'s appointment ')
    else if (c.dom === 'loan') b.t('calling about my student loan repayments ')
    else b.t('i got a parking fine but i wasn\'t driving ')
    b.t('\nagent: what\'s the best number\ncaller: it\'s ')
    b.e('PHONE', r.chance(0.75) ? spoken(r, p) : oddGroups(r, p))
    const rk = c.dom === 'toll' ? 'penalty-notice' : c.dom === 'porting' ? 'account-pin' : c.dom === 'dental' ? 'patient-number' : 'loan-number'
    if (r.chance(0.5)) b.t(' after ').n('time', c.time())
    else b.t(` and the ${rk === 'account-pin' ? 'pin' : 'ref'} is `).n(rk, negValue(c, rk))
    b.t('\nagent: ')
    enNameWord(b, c, true)
    b.t(' and the other number\ncaller: ').e('PHONE', oddGroups(r, c.phoneObj('nat'))).t(' that\'s my ').t(EN_ROLES[c.dom][1]).t(' ').e('PERSON', c.person().given).t('\n')
  },
}
const voicemail: Tpl = {
  kind: 'voicemail',
  run(b, c) {
    const r = c.rng
    const a = c.person()
    b.t(`Voicemail ${emo(c)} `).n('timestamp', c.stamp()).t(' from ').e('PHONE', c.phone('intl')).t('\n"Hi, ').e('PERSON', full(a)).t(' here')
    b.t(c.dom === 'porting' ? ', my port is stuck, reference ' : c.dom === 'dental' ? ', I need to cancel, appointment ' : c.dom === 'loan' ? ', about my loan ' : ', about notice ')
    const k = c.dom === 'porting' ? 'porting-ref' : c.dom === 'dental' ? 'appointment-number' : c.dom === 'loan' ? 'loan-number' : 'penalty-notice'
    b.n(k, negValue(c, k))
    if (c.dom === 'loan') b.t(', my NI number is ').e('UK_NINO', c.nino())
    b.t('. Call me back on').t(r.chance(0.5) ? ' ' : '').e('PHONE', c.phone('nat')).t(' before ').n('time', c.time()).t(r.chance(0.5) ? ', or my wife ' : ', or my brother ').e('PERSON', c.person().given).t(' on ').e('PHONE', c.phone('nat')).t('. ')
    enNameWord(b, c)
    b.t('"\n')
  },
}
const ticket: Tpl = {
  kind: 'ticket',
  run(b, c) {
    const r = c.rng
    const a = c.person()
    const team = r.pick(['@porting-desk', '@fraud-team', '@bookings', '@repayments', '@fines-review', '@tier2'])
    b.t(`${team} `).t(maybeEmo(c, 0.6)).t('customer ').e('PERSON', full(a)).t(' called from ').e('PHONE', c.phone()).t(' - ')
    if (c.dom === 'porting') b.t('SIM swap requested, new ICCID ').n('iccid', c.biz('iccid')).t(', IMEI ').n('imei', c.biz('imei')).t('. Possible fraud: previous swap on ').n('date', c.date())
    else if (c.dom === 'dental') b.t('double booking ').n('appointment-number', c.biz('appointment-number')).t(' and ').n('appointment-number', c.biz('appointment-number'))
    else if (c.dom === 'loan') b.t('co-signer ').e('PERSON', full(c.person())).t(' wants statements; payroll ').n('payroll-number', c.biz('payroll-number'))
    else b.t('plate ').n('plate', c.plate()).t(' tag ').n('transponder', c.biz('transponder')).t(' not read at gantry')
    if (c.loc.key === 'en-ni') b.t('. NINO given: ').e('UK_NINO', c.nino())
    else if (c.dom === 'loan') b.t('. US SSN on file: ').e('US_SSN', c.ssn())
    b.t(`.\n${r.pick(['@tier2', '@ops-lead', '@billing'])} please check ${r.pick(['app', 'portal'])} `).n('version', c.version()).t(' logs, login from ').e('IP_ADDRESS', c.ip()).t('.\n')
  },
}
const log: Tpl = {
  kind: 'log',
  run(b, c) {
    const r = c.rng
    for (let i = 0; i < r.int(2, 4); i++) {
      b.n('timestamp', c.stamp()).t(` ${r.pick(['INFO', 'WARN', 'DEBUG'])} ${r.pick(['ivr', 'sms-gw', 'porting', 'anpr', 'booking'])} `)
      const k = r.int(0, 4)
      if (k === 4) b.t('user=').e('EMAIL', c.email(c.person())).t(' nino_check=').n('nino-invalid', c.ninoBad()).t(' result=reject')
      else if (k === 0) b.t('ani=').e('PHONE', c.phone('intl', 'intl-compact')).t(' dnis=').e('PHONE', c.phone('intl', 'intl-compact')).t(` dur=${r.int(5, 900)}s`)
      else if (k === 1) b.t('msisdn=').e('PHONE', c.phone('intl', 'intl-compact')).t(' ').t(c.dom === 'porting' ? 'iccid=' : 'ref=').n(c.dom === 'porting' ? 'iccid' : 'reference-number', c.biz(c.dom === 'porting' ? 'iccid' : 'reference-number')).t(' status=OK')
      else if (k === 2) b.t('src=').e('IP_ADDRESS', c.ip()).t(' user=').e('EMAIL', c.email(c.person())).t(' action=login')
      else b.t('to=').e('PHONE', c.phone('any')).t(' template=reminder_').t(c.dom).t(' ').n(c.dom === 'toll' ? 'plate' : 'reference-number', c.dom === 'toll' ? c.plate() : c.biz('reference-number'))
      b.t('\n')
    }
  },
}
const table: Tpl = {
  kind: 'table',
  run(b, c) {
    const r = c.rng
    const [ra, rb] = EN_ROLES[c.dom]
    b.t(`${emo(c)} Contacts for `).n('reference-number', c.biz('reference-number')).t('\n\n| role | name | phone | email | when |\n|---|---|---|---|---|\n')
    for (const role of [ra, rb, r.chance(0.5) ? 'emergency' : ra]) {
      const p = c.person()
      b.t(`| ${role} | `).e('PERSON', full(p)).t(' | ').e('PHONE', c.phone()).t(' | ').e('EMAIL', c.email(p)).t(' | ')
      if (r.chance(0.5)) b.n('time', c.time()); else b.n('date', c.date())
      b.t(' |\n')
    }
  },
}
const group: Tpl = {
  kind: 'note',
  run(b, c) {
    const r = c.rng
    const ps = [c.person(), c.person(), c.person()]
    b.t(r.pick(['On the call: ', 'Present: ', 'Household: '])).e('PERSON', full(ps[0]!)).t(', ').e('PERSON', full(ps[1]!)).t(' and ').e('PERSON', full(ps[2]!)).t(' - ')
    b.e('PERSON', ps[0]!.given).t(' on ').e('PHONE', c.phone()).t(', ').e('PERSON', ps[1]!.given).t(' on').e('PHONE', c.phone('nat')).t(' ').n('date', c.date()).t('; ')
    details(b, c, 1, '')
    b.t('.\n')
  },
}
const phoneDate: Tpl = {
  kind: 'sms',
  run(b, c) {
    const a = c.person()
    b.t(maybeEmo(c, 0.8)).t(`${BIZ[c.dom].name}: `).e('PERSON', a.given).t(' call us on ').e('PHONE', c.phone('any', c.rng.pick(['compact', 'space', 'intl'] as const))).t(' ').n('date', c.date()).t(' ').n('time', c.time()).t(' or ').e('EMAIL', BIZ[c.dom].mail).t(' by ').n('time', c.time()).t('. ')
    enNameWord(b, c)
  },
}

export const EN: Tpl[] = [form, sms, chat, summary, note, email, csv, json, transcript, voicemail, ticket, log, table, group, phoneDate, form, sms, email, note]

// negatives only
export const EN_NEG: Tpl[] = [
  { kind: 'note', run(b, c) { b.t('Re ').n('reference-number', c.biz('reference-number')).t(': '); details(b, c, 3, ', '); if (c.rng.chance(0.5)) b.t(', letter tracked ').n('tracking-number', c.biz('tracking-number')); b.t('. Callback ').n('date', c.date()).t(' ').n('time', c.time()).t('. '); enNameWord(b, c) } },
  { kind: 'sms', run(b, c) { b.t(`${BIZ[c.dom].name}: code `).n(c.dom === 'porting' ? 'porting-code' : 'reference-number', c.biz(c.dom === 'porting' ? 'porting-code' : 'reference-number')).t(' valid until ').n('time', c.time()).t(`. ${emo(c)} Amount `).n('amount', c.amount()).t('. '); enNameWord(b, c) } },
  { kind: 'email', run(b, c) { b.t('Subject: declined payment\n\nThe card ').n('luhn-invalid', c.luhnBad()).t(' and IBAN ').n('iban-checksum', c.iban(false)).t(' were both rejected on ').n('date', c.date()).t('.\n'); const [k, v] = c.natId(); b.t('ID seen: ').n(k, v).t('\n'); enNameWord(b, c); b.t('\n') } },
  { kind: 'log', run(b, c) { b.n('timestamp', c.stamp()).t(' WARN validate rejected nino=').n('nino-invalid', c.ninoBad()).t(' ssn=').n('ssn-invalid', c.ssnBad()).t(' app=').n('version', c.version()).t('\n').n('timestamp', c.stamp()).t(' INFO '); details(b, c, 2, ' ', EN_LABEL, '='); b.t('\n') } },
  { kind: 'form', run(b, c) { const [k, v] = c.natId(); b.t(`${BIZ[c.dom].name} - status check\nID: `).n(k, v).t('\n'); details(b, c, 3, '\n'); b.t('Card last 4: ').n('card-last4', c.rng.digits(4)).t('\nDate: ').n('date', c.date()).t('\n') } },
]
