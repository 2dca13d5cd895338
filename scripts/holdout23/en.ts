// English templates (United States, Canada, India, South Africa, Australia, England).
import type { Tpl } from './tpl.ts'
import { clock } from './tpl.ts'
import { L } from './ctx.ts'

const biz = {
  rental: ['Kestrel Car & Van Hire', 'Redline Rentals', 'Northgate Van Hire'],
  insurance: ['Hearthstone Home Insurance', 'Bluegable Home Cover', 'Larchmont Mutual'],
  utility: ['Brightwater Energy & Water', 'Riverlane Utilities', 'Tallow Power'],
  travel: ['Skylark Travel Desk', 'Compass & Wing Travel', 'Meridian Air Service Desk'],
}

export const EN: Tpl[] = [
  // 0 rental booking web form
  { kind: 'form', dom: 'rental', nfd: true, fn: (c) => {
    const p = c.who()
    const sf = c.chance(0.4)
    c.t(`${c.pick(biz.rental)} | online booking\nDriver: `)
    if (sf) c.name(p, 'sfirst'); else c.name(p)
    c.t('\nMobile: ').maybeEmoji(0.4).phone({ mobile: true }).t('\nLandline: ').phone({ mobile: false })
    c.t('\nEmail: ').email(p).t('\nLicence no.: ').natId(p).t('\nPick-up: ').date().t(' at ').time().t('\nVehicle: ').neg(L.plate(c.r, c.loc.plate))
    c.t(' (Ford Transit, ').word(c.pick(['Mark', 'Grace'])).t(c.pick([' II trim)', ' period 30 min applies)'])).t('\nAgreement: ').neg(L.rentalAgreement(c.r))
    c.t('\nCard on file: ').card().t('\nSubmitted from ').ip().t('\n')
  } },
  // 1 rental SMS reminder, lower case name
  { kind: 'sms', dom: 'rental', fn: (c) => {
    const p = c.who()
    c.t('hi ').name(p, 'lower').t(`, your van `).neg(L.plate(c.r, c.loc.plate)).t(' is ready ').maybeEmoji(0.6).t('pick up from ').time().t(' on ').date()
    c.t('. agreement ').neg(L.rentalAgreement(c.r)).t('. running late? text us on ').phone({ mobile: true, style: c.pick(['nat-compact', 'nat', 'intl-compact']) }).t(' - ').t(c.pick(biz.rental)).t('\n')
  } },
  // 2 rental damage claim email with quoted reply and signature
  { kind: 'email', dom: 'rental', fn: (c) => {
    const cust = c.who(); const agent = c.who({ word: true })
    c.t('Subject: RE: damage report ').neg(L.damageRef(c.r)).t('\n\nHi ').name(cust, 'given').t(',\n\nThe photos show a dent on the rear door, estimate ').amount().t('. ')
    c.t(c.pick(['May I ask', 'Could I ask'])).t(' you to call me back on ').phone({ mobile: false }).ext().t(' or my mobile ').phone({ mobile: true }).t('?\n\n')
    c.t('Thanks,\n').name(agent).t('\nClaims, ').t(c.pick(biz.rental)).t('\n').email(agent, 'claims.example-hire.com').t('\n\n> On ').date().t(' ').name(cust).t(' <').email(cust).t('> wrote:\n> ')
    c.t('I returned ').neg(L.plate(c.r, c.loc.plate)).t(' at ').time().t(', scratch was already there. Ring ').phone({ mobile: true, style: 'intl' }).t('\n')
  } },
  // 3 rental licence check note (GB: NINO for the DVLA check code)
  { kind: 'note', dom: 'rental', pin: ['en-gb', 'en-us', 'en-gb', 'en-in'], fn: (c) => {
    const p = c.who(); const me = c.who()
    c.t(c.pick(['lc chk', 'licence chk', 'LIC CHECK'])).t(': ').name(p, c.chance(0.5) ? 'lower' : 'full').t(' ').natId(p)
    if (c.loc.key === 'en-gb') c.t(' ni ').nino().t(' chk code ok;')
    else if (c.loc.us) c.t(' dl valid, no pts;')
    else c.t(' ok;')
    c.t(' cb ').phone({ style: c.pick(['nat-compact', 'intl-00', 'nat-dot', 'nat']) }).t(' re ').neg(L.rentalAgreement(c.r)).t(' - ').name(me, 'given').t(' ').time().t('\n')
  } },
  // 4 rental WhatsApp chat
  { kind: 'chat', dom: 'rental', fn: (c) => {
    const k = clock(c, 8); const cust = c.who(); const ag = c.who({ word: true })
    c.t(`[${k()}] `).name(cust, 'given').t(': hi, flight delayed ').maybeEmoji(0.8).t('can I collect the car after ').time().t('?\n')
    c.t(`[${k()}] `).name(ag, 'given').t(' (desk): No problem. ').word(c.pick(['Will', 'Hope'])).t(c.pick([' you need a child seat?', ' this helps!'])).t(' Desk direct: ').phone({ mobile: false }).t('\n')
    c.t(`[${k()}] `).name(cust, 'given').t(': my wife ').name(c.who()).t(' will drive too, her mob ').phone({ mobile: true }).t('\n')
    c.t(`[${k()}] `).name(ag, 'given').t(' (desk): Added to ').neg(L.rentalAgreement(c.r)).t(' 👍\n')
  } },
  // 5 insurance call summary (AI)
  { kind: 'summary', dom: 'insurance', pin: ['en-us', 'en-gb'], fn: (c) => {
    const ph = c.who(); const adj = c.who(); const con = c.who()
    c.t('Call summary (AI assistant)\nCaller: ').maybeEmoji(0.5).name(ph).t(', policyholder, ').neg(L.policyNo(c.r)).t('.\nReported an escape of water on ').date().t('; claim ').neg(L.claimNo(c.r)).t(' opened.\n')
    if (c.loc.us) c.t('Identity verified with the last SSN on file: ').ssn().t('.\n')
    if (c.loc.key === 'en-gb') c.t('National Insurance number given for the contents payout: ').nino().t('.\n')
    c.t('Loss adjuster ').name(adj).t(' will call from ').phone({ mobile: true }).t('; contractor ').name(con).t(' on ').phone({ mobile: false }).ext().t('.\nEstimate ').amount().t('. Callback to ').phone().t(' after ').time().t('.\n')
  } },
  // 6 insurance CSV export
  { kind: 'csv', dom: 'insurance', nfd: true, pin: ['en-us', 'en-gb', 'en-za'], fn: (c) => {
    const sep = c.loc.us ? c.pick([';', '\t']) : c.pick([',', ';', '\t'])
    const us = c.loc.us
    const gb = c.loc.key === 'en-gb'
    c.t(['claim', 'policyholder', 'phone', 'alt_phone', 'email', us ? 'ssn' : gb ? 'ni_number' : 'adjuster', 'loss_date'].join(sep) + '\n')
    for (let i = 0; i < 3; i++) {
      const p = c.who()
      c.neg(L.claimNo(c.r)).t(sep).name(p, c.chance(0.3) ? 'sfirst' : 'full').t(sep).phone({ style: c.pick(['nat', 'intl', 'nat-dash', 'intl-compact', 'nat-dot']) }).t(sep)
      if (c.chance(0.6)) c.phone({ mobile: true }); c.t(sep).email(p).t(sep)
      if (us) c.ssn(); else if (gb) c.nino(); else c.name(c.who())
      c.t(sep).date().t('\n')
    }
  } },
  // 7 insurance voicemail
  { kind: 'voicemail', dom: 'insurance', fn: (c) => {
    const p = c.who({ word: true })
    c.t('Voicemail, ').time().t(': "Hi, this is ').name(p).t(' calling about claim ').neg(L.claimNo(c.r)).t('. The roofer came out but nobody rang me. ')
    if (c.loc.us && c.chance(0.7)) c.t('You asked for my social again, it is ').ssn().t('. ')
    c.t('Please call me on ').phone({ mobile: true }).t(', or the landline, ').phone({ mobile: false }).t(', thanks, bye."\n')
  } },
  // 8 insurance JSON FNOL webhook
  { kind: 'json', dom: 'insurance', pin: ['en-gb', 'en-us'], fn: (c) => {
    const p = c.who()
    c.t('{"event":"fnol.created","claim":"').neg(L.claimNo(c.r)).t('","policy":"').neg(L.policyNo(c.r)).t('","first_name":"').name(p, 'given').t('","last_name":"').name(p, 'family')
    c.t('","phone":"').phone({ style: c.pick(['intl-compact', 'intl', 'nat']) }).t('","email":"').email(p).t('"')
    if (c.loc.us) c.t(',"ssn":"').ssn().t('"')
    if (c.loc.key === 'en-gb') c.t(',"ni_number":"').nino().t('"')
    c.t(',"client_ip":"').ip().t('","created":"').neg(L.timestamp(c.r)).t('","app":"').neg(L.version(c.r)).t('"}')
  } },
  // 9 insurance transcript (lower case, odd groups, spoken digits)
  { kind: 'transcript', dom: 'insurance', fn: (c) => {
    const p = c.who({ word: true })
    c.t('agent: claims line how can i help\ncaller: yeah hi my name is ').name(p, 'lower').t(' the storm took half the fence down ')
    c.t('and ').word(c.pick(['will', 'may', 'hope'])).t(c.pick([' the contractor', ' we sort it', ' this is covered'])).t(' ... you can reach me on ').phone({ mobile: true, spoken: c.chance(0.5), odd: true }).t('\n')
    if (c.loc.us && c.chance(0.8)) c.t('agent: and to verify the last four of your social... actually the full ssn please\ncaller: ').ssn().t('\n')
    c.t('agent: thank you, and a second number\ncaller: my work line ').phone({ mobile: false, odd: true }).t('\n')
  } },
  // 10 utility IVR log
  { kind: 'ivr', dom: 'utility', fn: (c) => {
    const k = clock(c, 7)
    c.t(`${k()} CALL IN ani=`).phone({ style: 'intl-compact' }).t(' dnis=').phone({ mobile: false, style: 'nat-compact' }).t('\n')
    c.t(`${k()} MENU billing>meter_read acct=`).neg(L.utilAccount(c.r)).t(' meter=').neg(L.meterSerial(c.r)).t('\n')
    c.t(`${k()} INPUT reading ${c.int(10000, 99999)} supply=`).neg(L.mpan(c.r)).t(' tariff=').neg(L.tariff(c.r)).t('\n')
    c.t(`${k()} XFER agent=`).name(c.who()).t(' callback=').phone({ mobile: true, style: c.pick(['nat', 'intl']) }).t(' web_ip=').ip().t('\n')
  } },
  // 11 utility move-in form
  { kind: 'form', dom: 'utility', pin: ['en-gb', 'en-us'], fn: (c) => {
    const p = c.who()
    c.t(`${c.pick(biz.utility)} - moving home form\nSurname: `).name(p, 'family').t('\nFirst name: ').name(p, 'given').t('\nMove-in date: ').date().t('\nPhone (mobile/landline): ').phone({ mobile: true }).t(' / ').phone({ mobile: false }).t('\nEmail: ').email(p)
    c.t('\nElectricity supply no.: ').neg(L.mpan(c.r)).t('\nGas supply no.: ').neg(L.mprn(c.r)).t('\n')
    if (c.loc.us) c.t('SSN (for deposit waiver): ').ssn().t('\n')
    if (c.loc.key === 'en-gb') c.t('National Insurance no.: ').nino().t('\nDirect debit IBAN: ').iban().t('\n')
    else c.t('Card for deposit: ').card().t('\n')
    c.t('Preferred tariff: ').neg(L.tariff(c.r)).t('\n')
  } },
  // 12 utility agent note
  { kind: 'note', dom: 'utility', fn: (c) => {
    const p = c.who()
    c.t('cust ').name(p, c.chance(0.5) ? 'lower' : 'full').t(' says leak at meter ').neg(L.meterSerial(c.r)).t(', water off since ').time().t('. plumber ').name(c.who(), 'given').t(' ').phone({ mobile: true, style: c.pick(['nat-compact', 'nat-dash', 'nat-dot']) })
    c.t(', cust on ').phone({ style: c.pick(['nat', 'intl-00', 'nat-slash']) }).ext().t(' acct ').neg(L.utilAccount(c.r)).t(' -> ').word(c.pick(['bill', 'Bill'])).t(' credit ').amount().t('\n')
  } },
  // 13 utility email with quoted reply
  { kind: 'email', dom: 'utility', nfd: true, fn: (c) => {
    const p = c.who(); const ag = c.who()
    c.t('From: ').name(p).t(' <').email(p).t('>\nSubject: Bill query ').neg(L.utilAccount(c.r)).t('\n\nHello, my last bill was ').amount().t(', which cannot be right for a two-bed flat. ')
    c.t('Meter ').neg(L.meterSerial(c.r)).t(' was read on ').date().t('.\nPlease phone ').phone({ mobile: true, style: 'intl-trunk' }).t(' (mobile) rather than the house phone ').phone({ mobile: false }).t('.\n')
    if (c.loc.us) c.t('If you need my SSN it is ').ssn().t('.\n')
    c.t('\n').name(p, 'given').t('\n\n-----Original Message-----\nFrom: ').name(ag).t(' <').email(undefined, 'billing.example-utility.com').t('>\nWe have moved you to tariff ').neg(L.tariff(c.r)).t('. Questions: ').phone({ mobile: false, style: 'nat' }).t('\n')
  } },
  // 14 travel chat
  { kind: 'chat', dom: 'travel', fn: (c) => {
    const k = clock(c, 6); const p = c.who(); const ag = c.who({ word: true })
    c.t(`[${k()}] `).name(p).t(': ').maybeEmoji(0.9).t('flight ').neg(L.flight(c.r)).t(' cancelled, booking ').neg(L.pnr(c.r)).t('\n')
    c.t(`[${k()}] `).name(ag, 'given').t(' (Travel desk): Sorry! Rebooked on ').neg(L.flight(c.r)).t(' at ').time().t('. New e-ticket ').neg(L.eticket(c.r)).t('\n')
    c.t(`[${k()}] `).name(p, 'given').t(': thx. fare diff ').amount().t(' on card ').card().t('? my number here is ').phone({ mobile: true, style: 'intl' }).t('\n')
    c.t(`[${k()}] `).name(ag, 'given').t(' (Travel desk): Done. Frequent flyer ').neg(L.ffNumber(c.r)).t(' added.\n')
  } },
  // 15 travel email confirmation
  { kind: 'email', dom: 'travel', fn: (c) => {
    const p = c.who(); const comp = c.who(); const ag = c.who()
    c.t('Dear ').name(p).t(',\n\nYour booking ').neg(L.pnr(c.r)).t(' is confirmed: ').neg(L.flight(c.r)).t(' on ').date().t(', departs ').time().t('. Companion: ').name(comp).t(', ticket ').neg(L.eticket(c.r)).t('.\n')
    c.t('Emergency contact on file: ').phone({ mobile: true }).t('. Refunds go to ').iban().t('.\n\nKind regards,\n').name(ag).t(' | ').t(c.pick(biz.travel)).t('\nT ').phone({ mobile: false, style: c.pick(['nat-bracket', 'intl', 'nat']) }).ext().t(' | ').email(ag, 'desk.example-travel.com').t('\n')
  } },
  // 16 travel TSV manifest
  { kind: 'csv', dom: 'travel', fn: (c) => {
    const sep = '\t'
    c.t(['pax', 'pnr', 'ticket', 'mobile', 'email', 'ff'].join(sep) + '\n')
    for (let i = 0; i < 3; i++) {
      const p = c.who()
      c.name(p, c.chance(0.5) ? 'sfirst' : 'full').t(sep).neg(L.pnr(c.r)).t(sep).neg(L.eticket(c.r)).t(sep)
      if (i === 2 && c.chance(0.5)) c.foreignPhone(); else c.phone({ mobile: true, style: c.pick(['intl-compact', 'intl', 'nat-compact']) })
      c.t(sep).email(p).t(sep).neg(L.ffNumber(c.r)).t('\n')
    }
  } },
  // 17 travel JSON
  { kind: 'json', dom: 'travel', fn: (c) => {
    const p = c.who()
    c.t('{"booking":"').neg(L.pnr(c.r)).t('","segments":["').neg(L.flight(c.r)).t('","').neg(L.flight(c.r)).t('"],"lead":{"name":"').name(p).t('","phone":"').phone({ style: c.pick(['intl', 'intl-compact']) })
    c.t('","email":"').email(p).t('"},"payment":{"card":"').card().t('","amount":"').amount().t('"},"ip":"').ip().t('","ts":"').neg(L.timestamp(c.r)).t('"}')
  } },
  // 18 travel voicemail
  { kind: 'voicemail', dom: 'travel', fn: (c) => {
    const p = c.who({ word: true })
    c.t('New voicemail ').maybeEmoji(0.7).t('from ').phone({ style: 'intl' }).t(': "Hi, ').name(p).t(' here, I\'m stuck at the gate, booking reference ').neg(L.pnr(c.r)).t('. ')
    c.t('Um… sorry, ').name(c.who()).t(' my colleague is with me too. Call back on ').phone({ mobile: true }).t(' or my hotel, ').foreignPhone().t('."\n')
  } },
  // 19 travel transcript
  { kind: 'transcript', dom: 'travel', fn: (c) => {
    const p = c.who()
    c.t('agent: service desk, go ahead\ncaller: hi it\'s ').name(p, 'lower').t(' i need to change my return it\'s flight ').neg(L.flight(c.r)).t('\nagent: best number for you\ncaller: ')
    c.phone({ mobile: true, spoken: c.chance(0.6), odd: true }).t(' and my email is ').email(p).t('\nagent: and the passenger with you\ncaller: ').name(c.who(), 'lower').t('\n')
  } },
  // 20 travel summary
  { kind: 'summary', dom: 'travel', fn: (c) => {
    const p = c.who()
    c.t('AI call summary: ').name(p).t(' (').email(p).t(') asked to add bags to ').neg(L.pnr(c.r)).t('. Paid ').amount().t('; card ending ').neg(['card-last4', String(c.int(1000, 9999))]).t(' declined, then ').card().t(' accepted.\n')
    c.t('Two numbers given: mobile ').phone({ mobile: true }).t(', home ').phone({ mobile: false }).t('. ').neg(L.ffNumber(c.r)).t(' credited.\n')
  } },
  // 21 rental IVR
  { kind: 'ivr', dom: 'rental', fn: (c) => {
    const k = clock(c, 11)
    c.t(`${k()} inbound cli `).phone({ style: c.pick(['intl-compact', 'nat-compact']) }).t(' lang=en\n')
    c.t(`${k()} opt 2 (roadside) ra=`).neg(L.rentalAgreement(c.r)).t(' plate=').neg(L.plate(c.r, c.loc.plate)).t('\n')
    c.t(`${k()} queue wait 00:0${c.int(1, 9)}\n${k()} agent `).name(c.who()).t(' tow booked, driver ').name(c.who(), 'given').t(' mob:').phone({ mobile: true }).t('\n')
  } },
  // 22 only negatives: rental SMS
  { kind: 'sms', dom: 'rental', negOnly: true, fn: (c) => {
    c.word(c.pick(['May', 'Will'])).t(c.pick([' we', ' you'])).t(' remind you: return ').neg(L.plate(c.r, c.loc.plate)).t(' by ').time().t(' on ').date().t('. Late fee ').amount().t('. Ref ').neg(L.rentalAgreement(c.r)).t(' ').maybeEmoji(0.7).t('\n')
  } },
  // 23 only negatives: utility note
  { kind: 'note', dom: 'utility', negOnly: true, fn: (c) => {
    c.t('read ').neg(L.meterSerial(c.r)).t(' supply ').neg(L.mpan(c.r)).t(' tariff ').neg(L.tariff(c.r)).t(' acct ').neg(L.utilAccount(c.r)).t('; ').word(c.pick(['Sunny', 'sunny'])).t(' day, solar export high; next visit ').date().t(' ').time().t('\n')
  } },
  // 24 only negatives: travel form with a declined card
  { kind: 'form', dom: 'travel', negOnly: true, fn: (c) => {
    c.t('Change request\nBooking ref: ').neg(L.pnr(c.r)).t('\nE-ticket: ').neg(L.eticket(c.r)).t('\nFlight: ').neg(L.flight(c.r)).t('\nDate: ').date().t('\nCard (declined): ').luhnBad().t('\nFee: ').amount().t('\nNotes: ').word(c.pick(['Hope', 'Grace'])).t(c.pick([' Airport terminal', ' period applies'])).t('\n')
  } },
  // 25 only negatives: insurance summary of rejected details
  { kind: 'summary', dom: 'insurance', negOnly: true, fn: (c) => {
    c.t('Summary: caller gave claim ').neg(L.claimNo(c.r)).t(' and policy ').neg(L.policyNo(c.r)).t('. Refund account ').ibanBad().t(' failed validation; ')
    if (c.loc.us) c.t('the SSN-like number read out, ').ssnBad().t(', is not a valid SSN. ')
    else if (c.loc.key === 'en-gb') c.t('NI number ').ninoBad().t(' is not allocatable. ')
    c.t('Job ').neg(L.jobNo(c.r)).t(' raised for ').date().t('; ').word(c.pick(['Mark', 'mark'])).t(' as pending.\n')
  } },
]
