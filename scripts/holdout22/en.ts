// English templates (Wales, Northern Ireland, Ireland, Kenya, Ghana, Singapore, New Zealand, Malta).
import { biz, bizMail, x, type Ctx } from './ctx.ts'
import type { Tpl } from './tpl.ts'

const hello = (c: Ctx) => ({ cy: 'Shwmae', ni: 'Hiya', ie: 'Hi', ke: 'Habari', gh: 'Hello', sg: 'Hi hi', nz: 'Kia ora', mt: 'Hello' })[c.loc.key] ?? 'Hi'

export const EN: Tpl[] = [
  // 1 hearing clinic web form
  { kind: 'form', nfd: ['ie'], make: (c) => {
    const p = c.person(), k = c.person()
    return x`${biz(c, 'hear')} — online booking request ${c.emo()}
Patient surname: ${c.name(p, 'family')}
Patient first name: ${c.name(p, 'given')}
Date of birth: ${c.dob()}
Health number: ${c.natId()}
Mobile: ${c.phone({ kind: 'mobile' })}
Landline (optional): ${c.phone({ kind: c.r.pick(['land', 'dublin', 'cardiff', 'belfast']), form: 'nat' })}
Email: ${c.emailOf(p)}
Reason: hearing aid not charging, serial ${c.aidSerial()}, colour ${c.word('Rose')} Gold
Preferred: ${c.date()} after ${c.time()}
Next of kin: ${c.name(k)} (${k.fem ? 'daughter' : 'son'})
Submitted from ${c.ip()} at ${c.timestamp()}` } },
  // 2 wine merchant order form with age check
  { kind: 'form', make: (c) => {
    const p = c.person()
    return x`${biz(c, 'wine')} 🍷 Order ${c.order()}
CUSTOMER: ${c.name(p, 'caps')}
Delivery phone: ${c.phone()}
E-mail: ${c.emailOf(p)}
Items: 6 x Rioja Reserva ${c.vintage()} (${c.abv(12, 14)}), 1 x single malt
Total: ${c.amount(60, 400)}
Card: ${c.card()}   exp 08/29
Age check on delivery: photo ID required (ID ${c.ageId(p)} or passport ${c.passport()} on file)
Deliver: ${c.date()} between ${c.time(8, 11)} and ${c.time(13, 19)}` } },
  // 3 marina berth application form
  { kind: 'form', nfd: ['mt'], make: (c) => {
    const o = c.person(), s = c.person()
    return x`${biz(c, 'marina')} ⚓ BERTH APPLICATION
Owner (SURNAME, Forename): ${c.name(o, 'caps')}
Co-owner / skipper: ${c.name(s)}
Vessel: "${c.word(c.pick(['Grace', 'Hope', 'Sunny', 'Rose', 'May']))} ${c.pick(['II', 'of Cowes', 'Bay', 'Dawn'])}" HIN ${c.hin()} MMSI ${c.mmsi()}
Berth requested: ${c.berth()} from ${c.date()} (12 months)
Contact: ${c.phone()} / ${c.emailOf(o)}
Dues: ${c.amount(900, 4800)} by direct debit from ${c.loc.iban ? c.iban() : c.n('bank-account', c.r.digits(c.r.int(10, 13)))}
Insurance policy no. ${c.n('policy-number', `MY-${c.r.digits(7)}`)}` } },
  // 4 music school staff onboarding (NINO), Wales and NI only
  { kind: 'form', regions: ['cy', 'ni'], make: (c) => {
    const p = c.person(), e = c.person()
    return x`${biz(c, 'music')} — new tutor details 🎻
Full name: ${c.name(p)}
National Insurance no: ${c.nino()}
Bank: ${c.iban('GB')}
Mobile ${c.phone({ kind: 'mobile' })}   email ${c.emailOf(p)}
Instruments: violin, viola — Grade 8 exams from ${c.date()}
Emergency contact: ${c.name(e)} ${c.phone()}
(Old NI number on P45 was typed as ${c.ninoBad()} — wrong, corrected above)` } },
  // 5 SMS reminders
  { kind: 'sms', make: (c) => {
    const p = c.person()
    return x`${biz(c, 'hear')}: Hi ${c.name(p, 'given')}, your hearing test is on ${c.date()} at ${c.time()} ${c.emo()}. Bring your current aids (serial ${c.aidSerial()}). To change call ${c.phone({ form: 'nat' })}. ${c.word('Will')} you need transport? Reply Y/N` } },
  { kind: 'sms', make: (c) => {
    const p = c.person()
    return x`${c.emo()} ${c.name(p, 'lowgiven')} here, the driver came with the wine order ${c.order()} but I was out. can u redeliver ${c.date()}? my other number is ${c.phone({ kind: 'mobile' })} - ${c.name(p, 'lower')}` } },
  // 7 negatives-only SMS
  { kind: 'sms', make: (c) => x`${c.emo()} ${biz(c, 'marina')}: Harbour dues ${c.amount(200, 900)} for berth ${c.berth()} due ${c.date()}. ${c.word('Grace')} period 14 days. Ref ${c.invoice()}. ${c.word('Sunny')} spells forecast, fuel dock open ${c.time(6, 9)}–${c.time(17, 21)}.` },
  // 8 WhatsApp chat, music rental
  { kind: 'chat', nfd: ['nz', 'ie'], make: (c) => {
    const a = c.person(), b = c.person()
    const h = c.r.int(8, 19)
    return x`[${c.clock(h, 2)}] ${c.name(a, 'given')}: ${hello(c)}! is the cello for ${c.name(b, 'lowgiven')} still available to rent? ${c.emo()}
[${c.clock(h, 5)}] ${biz(c, 'music')}: Yes — 3/4 size, serial ${c.instrSerial()}, ${c.amount(15, 45)} a month. Contract ${c.contract()}
[${c.clock(h, 9)}] ${c.name(a, 'given')}: great. ${c.word('Mark')} it as reserved pls. my email ${c.emailOf(a)}
[${c.clock(h, 12)}] ${biz(c, 'music')}: Done. Lessons with ${c.name(c.person())} Tuesdays ${c.time()}. Call ${c.phone()} if anything changes` } },
  // 9 chat, wine delivery with age check
  { kind: 'chat', make: (c) => {
    const a = c.person(), d = c.person()
    const h = c.r.int(9, 17)
    return x`[${c.clock(h, 31)}] ${c.name(d)} (driver): at the door with order ${c.order()} 🚚 nobody over 18 here, only a teen
[${c.clock(h, 33)}] ${c.name(a)}: sorry!! ${c.word('May')} I collect from the shop instead?
[${c.clock(h, 34)}] ${c.name(d, 'given')}: yes, bring ID. shop line ${c.phone({ form: 'nat' })}
[${c.clock(h, 40)}] ${c.name(a, 'given')}: ${c.emo()} thanks, my mobile if needed ${c.phone({ kind: 'mobile' })}` } },
  // 10 AI call summary, hearing referral
  { kind: 'summary', make: (c) => {
    const p = c.person(), g = c.person()
    return x`Call summary (AI assistant) — ${biz(c, 'hear')}
Caller: ${c.name(p)}, patient ${c.patientId()}
• Referred by GP ${c.name(g)}; referral ref ${c.ubrn()}; id ${c.ageId(p)}.
• Reports whistling from left aid since firmware ${c.version()}; aid serial ${c.aidSerial()}.
• Wants a callback on ${c.phone()} before ${c.time()}; email copy to ${c.emailOf(p)}.
• Paid repair deposit ${c.amount(20, 90)}; card ending ${c.last4()}.
Sentiment: calm. ${c.word('Hope')} to resolve at next visit ${c.date()}.` } },
  // 11 Access to Work (NINO), Wales/NI
  { kind: 'summary', regions: ['cy', 'ni'], make: (c) => {
    const p = c.person()
    return x`AI summary — ${biz(c, 'hear')} — Access to Work grant call
${c.name(p)} (NI no. ${c.nino()}) asked us to quote two rechargeable aids for work.
Quote ${c.amount(1200, 3800)} sent to ${c.emailOf(p)}. ${c.loc.key === 'ni' ? 'H&C no.' : 'NHS no.'} ${c.natId()}.
Mobile ${c.phone({ kind: 'mobile' })}. Employer contact ${c.name(c.person())}, ${c.phone({ form: 'nat' })}.
Partner ${c.name(c.person())} (NI no. ${c.nino()}) may apply too.
Action: ${c.word('Will')} chase DWP by ${c.date()}.` } },
  // 12 agent notes, marina
  { kind: 'note', nfd: ['ni', 'mt'], make: (c) => {
    const p = c.person()
    return x`${c.clock(c.r.int(7, 11), c.r.int(0, 59))} hm: ${c.name(p, 'lower')} rang re berth ${c.berth()} — hull ${c.hin()} — dues o/s ${c.amount(100, 1200)} inv ${c.invoice()}. cb ${c.phone()} ${c.emo()} pd by card ${c.card()} — ok. pls ${c.word('Mark')} paid.` } },
  // 13 agent notes, wine ID fail
  { kind: 'note', make: (c) => {
    const p = c.person()
    return x`ID chk FAIL ord ${c.order()} — cust ${c.name(p, 'caps')} dob ${c.dob()} id ${c.ageId(p)} ok but card declined ${c.luhnBad()}. retried w/ ${c.card()} ok. trk ${c.tracking()}. cb ${c.phone({ kind: 'mobile' })} / ${c.emailOf(p)}` } },
  // 14 negatives-only note
  { kind: 'note', make: (c) => x`Stock count ${c.date()}: Malbec ${c.vintage()} x ${c.r.int(4, 40)}, ${c.word('Rose')} (Provence) x ${c.r.int(4, 40)}, gin ${c.abv()}. Till float ${c.amount(50, 200)}. Courier ${c.tracking()}. Refund to IBAN ${c.ibanBad()} bounced, check digits wrong. ${c.word('Bill')} from supplier ${c.invoice()} paid.` },
  // 15 email, music school, quoted reply + signature
  { kind: 'email', nfd: ['mt', 'cy'], make: (c) => {
    const p = c.person(), s = c.person(), k = c.person()
    return x`From: ${c.emailOf(p)}
To: ${bizMail(c, 'music')}
Subject: Re: piano exam & rental ${c.contract()}

Thanks ${c.name(s, 'given')}! ${c.name(k, 'given')} will play "Amazing ${c.word('Grace')}" for the exam on ${c.date()}. Please take the rental from ${c.loc.iban ? c.iban() : c.card()}.
${c.emo()}
${c.name(p)}
${c.phone()}

> On ${c.date()}, ${c.name(s)} <${bizMail(c, 'music', s)}> wrote:
> Upright piano serial ${c.instrSerial()} ready for collection, deposit ${c.amount(100, 400)}.
> ${c.name(s)} | Rentals | ${c.phone({ form: 'nat' })}` } },
  // 16 email, US patient TRICARE (SSN)
  { kind: 'email', make: (c) => {
    const p = c.person('us'), sp = c.person('us')
    return x`Subject: TRICARE Overseas claim — hearing aids
Hello ${biz(c, 'hear')},
I'm a US veteran living here. For the claim form: sponsor ${c.name(sp)}, sponsor SSN ${c.ssn()}; patient ${c.name(p)}, social security no. ${c.ssn()}.
US cell ${c.phone({ country: 'US', form: 'intl' })}, local ${c.phone({ kind: 'mobile' })}.
Invoice ${c.invoice()} for ${c.amount(900, 3500)}.
Kind regards,
${c.name(p)}
${c.emailOf(p, 'gmail.com')}` } },
  // 17 CSV export, wine deliveries
  { kind: 'csv', nfd: ['ie', 'nz', 'mt'], make: (c) => {
    const rows = [0, 1, 2].map(() => {
      const p = c.person()
      return x`${c.order()},${c.name(p)},${c.phone()},${c.emailOf(p)},${c.dob()},${c.r.chance(0.5) ? 'ID checked' : 'ID pending'}`
    })
    return x`order_id,customer,phone,email,delivery_date,age_check
${rows[0]}
${rows[1]}
${rows[2]}` } },
  // 18 TSV export, music rentals
  { kind: 'csv', make: (c) => {
    const rows = [0, 1].map(() => {
      const p = c.person(), k = c.person()
      return x`${c.contract()}\t${c.name(p, 'caps')}\t${c.name(k, 'given')}\t${c.instrSerial()}\t${c.phone()}\t${c.card()}`
    })
    return x`contract\tpayer\tpupil\tserial\tphone\tcard
${rows[0]}
${rows[1]}` } },
  // 19 JSON marina webhook
  { kind: 'json', make: (c) => {
    const p = c.person()
    return x`{"event":"berth.booking.created","berth":"${c.berth()}","mmsi":"${c.mmsi()}","owner":{"first_name":"${c.name(p, 'given')}","last_name":"${c.name(p, 'family')}","phone":"${c.phone({ form: 'compact' })}","email":"${c.emailOf(p)}"},"arrival":"${c.timestamp()}","client_ip":"${c.ip()}","dues":"${c.amount(100, 900)}"}` } },
  // 20 JSON hearing portal log
  { kind: 'json', make: (c) => {
    const p = c.person()
    return x`{"ts":"${c.timestamp()}","level":"info","msg":"aid paired","patient":"${c.name(p)}","device_serial":"${c.aidSerial()}","app_version":"${c.version()}","phone_imei":"${c.imei()}","ip":"${c.ipv6()}","contact":"${c.emailOf(p)}"}` } },
  // 21 transcript, music school
  { kind: 'transcript', lower: true, make: (c) => {
    const p = c.person(), k = c.person()
    return x`agent: ${biz(c, 'music').toLowerCase()} how can i help. caller: hi it's ${c.name(p, 'lower')} i'm ringing about ${c.name(k, 'lowgiven')}'s guitar lessons. agent: and a number for you. caller: yeah it's ${c.r.chance(0.5) ? c.spokenPhone() : c.oddPhone()}. agent: lovely and the email. caller: ${c.emailOf(p)}. agent: grand, lesson ${c.date()} at ${c.time()}. we ${c.word('will')} see you then.` } },
  // 22 transcript, marina
  { kind: 'transcript', lower: true, make: (c) => {
    const p = c.person()
    return x`caller: yeah hi this is ${c.name(p, 'lower')} on the yacht at berth ${c.n('berth', `${c.r.int(1, 60)}`)} the shore power tripped again. agent: ok can i get a contact number. caller: ${c.oddPhone()} or my wife's ${c.spokenPhone()}. agent: we ${c.word('will')} send someone by ${c.time()}.` } },
  // 23 voicemail, wine
  { kind: 'voicemail', make: (c) => {
    const p = c.person()
    return x`Voicemail (0:${c.r.int(20, 58)}) ${c.emo()} — Hi, it's ${c.name(p)} calling ${biz(c, 'wine')} about order ${c.order()}. The case of rosé arrived broken. Could someone ring me on ${c.phone()}? Or email ${c.emailOf(p)}. Thanks, bye.` } },
  // 24 voicemail, marina (US owner SSN for the cruising permit)
  { kind: 'voicemail', make: (c) => {
    const p = c.person('us')
    return x`Voicemail ${c.emo()} ${c.time()} — Hi, ${c.name(p)}, the American ketch on ${c.berth()}. Your form wants my SSN for the US documentation renewal, it's ${c.ssn()}. I'm on ${c.foreignPhone()} or ${c.phone({ kind: 'mobile' })}. Cheers.` } },
  // 25 negatives-only form (device return)
  { kind: 'form', make: (c) => x`${biz(c, 'hear')} — returns log ${c.emo()}
Device serial: ${c.aidSerial()}   Firmware: ${c.version()}
Patient ref: ${c.patientId()}   Referral: ${c.ubrn()}
Refund: ${c.amount(40, 900)} to card ${c.luhnBad()} (declined)
Returned: ${c.date()} ${c.time()}
Note: ${c.word('Hope')} Street branch closed ${c.date()}.` },
  // 26 music school payroll note for US tutor (SSN)
  { kind: 'note', make: (c) => {
    const p = c.person('us')
    return x`payroll: new US tutor ${c.name(p)} — SSN ${c.ssn()} for the 1099, not ${c.ssnBad()} (typo on the first form). bank ${c.loc.iban ? c.iban() : c.n('bank-account', c.r.digits(11))}. ph ${c.phone({ country: 'US', form: 'intl' })}. starts ${c.date()}.` } },
]
