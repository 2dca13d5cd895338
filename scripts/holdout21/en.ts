// English templates: the US Midwest and Texas, the North of England, India, South Africa and Jamaica.
import type { Ctx, Region } from './ctx.ts'
import { ascii } from './names.ts'
import { t, type Piece } from './render.ts'
import type { Tpl } from './tpl.ts'

type Biz = { name: string; dom: string }
const BIZ: Record<'tax' | 'alarm' | 'nursery' | 'scoot', Partial<Record<Region, Biz>>> = {
  tax: {
    mw: { name: 'Prairie Ledger Tax', dom: 'prairieledger.com' }, tx: { name: 'Lone Oak Tax & Bookkeeping', dom: 'loneoaktax.com' },
    ne: { name: 'Calder Valley Accounts', dom: 'caldervalleyaccounts.co.uk' }, in: { name: 'Shreeji Tax Consultants', dom: 'shreejitax.in' },
    za: { name: 'Karoo Tax Practitioners', dom: 'karootax.co.za' }, jm: { name: 'Blue Mahoe Accounting', dom: 'bluemahoe.com.jm' },
  },
  alarm: {
    mw: { name: 'Heartland Alarm Monitoring', dom: 'heartlandalarm.com' }, tx: { name: 'Bluebonnet Security', dom: 'bluebonnetsec.com' },
    ne: { name: 'Pennine Watch ARC', dom: 'penninewatch.co.uk' }, in: { name: 'Suraksha Alarm Services', dom: 'suraksha-alarms.in' },
    za: { name: 'Sentinel Armed Response', dom: 'sentinelresponse.co.za' }, jm: { name: 'Island Guard Monitoring', dom: 'islandguard.com.jm' },
  },
  nursery: {
    mw: { name: 'Little Acorns Child Care', dom: 'littleacornsia.com' }, tx: { name: 'Hope & Grace Early Learning', dom: 'hopegracekids.com' },
    ne: { name: 'Moorside Tots Nursery', dom: 'moorsidetots.co.uk' }, in: { name: 'Little Lotus Preschool', dom: 'littlelotus.in' },
    za: { name: 'Umzi Kids Crèche', dom: 'umzikids.co.za' }, jm: { name: 'Sweetwood Basic School', dom: 'sweetwoodbasic.edu.jm' },
  },
  scoot: {
    mw: { name: 'Wheelo', dom: 'wheelo.app' }, tx: { name: 'Wheelo', dom: 'wheelo.app' }, ne: { name: 'Kerb', dom: 'kerbride.co.uk' },
    in: { name: 'Zippi', dom: 'zippi.in' }, za: { name: 'Ryde', dom: 'ryde.co.za' }, jm: { name: 'Zippi', dom: 'zippi.app' },
  },
}
const biz = (c: Ctx, d: keyof typeof BIZ) => BIZ[d][c.region] ?? BIZ[d].ne!
const hi = (c: Ctx) => ({ mw: 'Hi there', tx: 'Howdy', ne: 'Ey up', in: 'Namaste', za: 'Howzit', jm: 'Wah gwaan' } as Record<string, string>)[c.region] ?? 'Hi'
const cheers = (c: Ctx) => ({ mw: 'Thanks a bunch', tx: "Y'all have a good one", ne: 'Cheers love', in: 'Thanks and regards', za: 'Shot, thanks', jm: 'Bless up' } as Record<string, string>)[c.region] ?? 'Thanks'
const isUS = (c: Ctx) => c.region === 'mw' || c.region === 'tx'
/** a refund account: an IBAN in the North of England, the local way elsewhere */
const refundAcct = (c: Ctx): Piece[] => (c.L.iban ? t`IBAN ${c.iban()}` : isUS(c) ? t`routing ${c.bankAccount()} acct ending ${c.neg('card-last4', c.r.digits(4))}` : t`account ${c.bankAccount()}`)
const allergy = (c: Ctx) => c.r.pick(['peanuts', 'tree nuts', 'egg', 'dairy (cows milk protein)', 'sesame', 'kiwi', 'none known', 'penicillin'])
const mrms = (c: Ctx, female: boolean) => c.r.pick(female ? ['Mrs ', 'Ms ', ''] : ['Mr ', ''])

export const EN: Tpl[] = [
  // 1 tax intake form, surname first in capitals
  { kind: 'form', f: (c) => {
    const p = c.who(); const s = c.who(!p.female); const b = biz(c, 'tax')
    return t`${b.name} — New client intake ${c.emo('tax')}
CLIENT NAME: ${c.caps(p)}
Date of birth: ${c.dob()}
Tax ID: ${c.nid(p)}
Spouse / partner: ${c.caps({ ...s, family: p.family })}
Mobile: ${c.ph('nat')}   Alt: ${c.ph('intl')}
Email: ${c.mail(p)}
Refund to: ${refundAcct(c)}
Tax year: ${c.taxYear()}   Fee quoted: ${c.amount(90, 400)}
Signed ${c.date(0)}`
  } },
  // 2 US individual return with SSNs
  { kind: 'form', region: 'mw', f: (c) => {
    const p = c.who(false); const s = c.who(true); const k = c.who()
    return t`2025 Form 1040 prep sheet 🇺🇸 — ${biz(c, 'tax').name}
Taxpayer: ${c.name(p)}   SSN: ${c.ssn()}
Spouse: ${c.P(`${s.given} ${p.family}`)}   SSN: ${c.ssn(c.r.pick(['-', ' ']))}
Dependent: ${c.P(`${k.given} ${p.family}`)} (age ${c.r.int(2, 15)})   SSN ${c.ssn()}
Employer EIN: ${c.nid()}   W-2 wages ${c.amount(30000, 90000)}
Direct deposit routing ${c.bankAccount()}
Phone ${c.ph('nat')} · email ${c.mail(p)}
Prior-year dependent entry rejected by e-file: ${c.ssnBad()}
Preparer PTIN ${c.neg('ptin', `P${c.r.digits(8)}`)} — ${c.name(c.who())}`
  } },
  // 3 Texas W-9 style update
  { kind: 'form', region: 'tx', f: (c) => {
    const p = c.who(); const b = biz(c, 'tax')
    return t`${b.name} | Client update form 🤠
Name (as shown on your return): ${c.name(p)}
Social Security number: ${c.ssn(c.r.pick(['', '-', ' ']))}
Business name (if different): ${p.family} Hauling LLC   EIN ${c.nid()}
Address: ${c.r.int(100, 9999)} FM ${c.r.int(1000, 3000)}, ${c.r.pick(['Lubbock', 'Weslaco', 'Temple', 'Abilene'])} TX
Cell: ${c.ph('nat')}
Email: ${c.mail(p)}
Will you itemize this year? ${c.word('Will')}: no — standard deduction
Estimated refund: ${c.amount(400, 4000)}
Submitted ${c.date(0)} ${c.time()} from ${c.ip()}`
  } },
  // 4 self-assessment onboarding, North of England
  { kind: 'form', region: 'ne', f: (c) => {
    const p = c.who(); const b = biz(c, 'tax')
    return t`${b.name} ${c.flag()} Self Assessment onboarding
Surname: ${c.family(p)}   Forename(s): ${c.given(p)}
NI number: ${c.nino()}
Old NI number on file (temporary, do not use): ${c.ninoBad()}
UTR: ${c.nid()}
Tel: ${c.ph('nat')}
Email: ${c.mail(p)}
Bank for refund: ${c.iban('GB')}
Self-employed as: ${c.r.pick(['joiner', 'plasterer', 'mobile hairdresser', 'taxi driver (Calderdale plate)', 'dog groomer'])}
Turnover approx ${c.amount(12000, 60000)}; payment on account due ${c.date(1)}`
  } },
  // 5 30-hours funding form, North of England
  { kind: 'form', region: 'ne', f: (c) => {
    const m = c.who(true); const d = c.who(false); const kid = c.who()
    return t`${biz(c, 'nursery').name} 👶🏼 Funded hours declaration
Child: ${c.P(`${kid.given} ${m.family}`)}   DOB ${c.dob(true)}   Room: ${c.word(c.r.pick(['Rose', 'Sunny']))} Room
Parent 1: ${c.caps(m)}   NI number ${c.nino(true)}
Parent 2: ${c.caps({ ...d, family: m.family })}   NI number ${c.nino(false)}
30 hours eligibility code: ${c.neg('funding-code', `500${c.r.digits(8)}`)}
Contact: ${c.ph('nat')} / ${c.mail(m)}
Ofsted URN ${c.neg('ofsted-urn', `EY${c.r.digits(6)}`)} — term starts ${c.date(1)}`
  } },
  // 6 nursery registration
  { kind: 'form', nfd: (r) => r === 'za' || r === 'tx', f: (c) => {
    const m = c.who(true); const kid = c.who(); const e1 = c.who(); const b = biz(c, 'nursery')
    return t`${b.name} — Registration ${c.emo('nursery')}
Child's name: ${c.P(`${kid.given} ${m.family}`)}   Child ref ${c.child()}
Allergies: ${allergy(c)}   Dietary: ${c.r.pick(['vegetarian', 'halal', 'no pork', 'none'])}
Parent/guardian: ${c.caps(m)}
Phone: ${c.ph()}   Email: ${c.mail(m)}
Emergency contact 1: ${c.name(e1)} (${c.r.pick(['grandparent', 'neighbour', 'family friend', 'godparent'])}) ${c.ph('nat')}
Emergency contact 2: ${c.name(c.who())} ${c.foreign()} (${c.r.pick(['working abroad', 'on rotation', 'Dad, offshore'])})
Monthly fee ${c.fees()}, due on the 1st; start date ${c.date(0)}`
  } },
  // 7 e-scooter fine appeal web form
  { kind: 'form', f: (c) => {
    const p = c.who(); const b = biz(c, 'scoot')
    return t`${b.name} ${c.emo('scooter')} Appeal a fine
Full name: ${c.name(p)}
Email: ${c.mail(p)}
Phone: ${c.ph()}
Ride ID: ${c.ride()}   Vehicle: ${c.vehicle()}
Fine reference: ${c.fine()}   Amount: ${c.amount(10, 80)}
Reason: parked in the marked bay outside ${c.r.pick(['the cafe\u0301', 'Cafe\u0301 Noir', 'the library', 'the Pokemon Go stop by the cafe\u0301'])}, photo attached
Card on file ending ${c.neg('card-last4', c.r.digits(4))}
Submitted from ${c.ip()} at ${c.time()}`
  } },
  // 8 alarm keyholder registration
  { kind: 'form', f: (c) => {
    const o = c.who(); const k1 = c.who(); const k2 = c.who(); const b = biz(c, 'alarm')
    return t`${b.name} ${c.emo('alarm')} Keyholder form
Account holder: ${c.caps(o)}   Panel ${c.panel()}
Keyholder 1: ${c.name(k1)} — ${c.ph('nat')} — ${c.r.pick(['10 min away', 'next door', '20 min'])}
Keyholder 2: ${c.name(k2)} — ${c.ph()}
Password on file: "${c.word(c.r.pick(['Sunny', 'Rose', 'Grace']))} ${c.r.pick(['morning', 'garden', 'days'])}" (verbal)   Duress code: ${c.pin()}
Zones: ${c.zone()} front door, ${c.zone()} PIR lounge, ${c.zone()} garage
Owner email ${c.mail(o)}`
  } },
  // 9 ride receipt SMS (negatives only)
  { kind: 'sms', f: (c) => {
    const b = biz(c, 'scoot')
    return t`${b.name}: ${c.emo('scooter')} Ride ${c.ride()} ended ${c.time()}. ${c.r.int(6, 40)} min, ${c.amount(2, 12)} charged. Scooter ${c.vehicle()} locked. ${c.word('Mark')} your parking photo in the app or reply STOP. App ${c.ver()}`
  } },
  // 10 alarm activation SMS to a keyholder
  { kind: 'sms', f: (c) => {
    const k = c.who(); const b = biz(c, 'alarm')
    return t`${c.emo('alarm')} ${b.name.toUpperCase()}: ${c.event()} intruder zone ${c.zone()} at ${c.time()}. Keyholder ${c.lower(k)} pls attend or call ARC ${c.ph('nat')}. Police ref ${c.police()}`
  } },
  // 11 a parent's text to the nursery
  { kind: 'sms', f: (c) => {
    const m = c.who(true); const kid = c.who()
    return t`hiya its ${c.P(m.given.toLowerCase())} ${c.emo('chat')} ${c.P(kid.given.toLowerCase())} wont be in today, temp of 38.${c.r.int(1, 9)}. her nan ${c.lower(c.who(true))} will bring the form in. ring me on ${c.ph('nat')} if u need x`
  } },
  // 12 tax refund SMS
  { kind: 'sms', f: (c) => {
    const p = c.who(); const b = biz(c, 'tax')
    return t`${b.name}: ${c.P(p.given)}, your ${c.taxYear()} return was accepted ${c.emo('tax')} Refund ${c.amount(100, 3000)} expected by ${c.date(1)}. Questions? ${c.name(c.who())} on ${c.ph()}`
  } },
  // 13 scooter in-app support chat
  { kind: 'chat', f: (c) => {
    const k = c.clock()
    const u = c.who(); const a = c.who(); const b = biz(c, 'scoot')
    return t`${b.name} support — chat transcript
[${k()}] ${c.name(u)}: i was charged twice for ${c.ride()} ${c.emo('chat')}
[${k()}] ${c.given(a)} (${b.name}): Sorry about that! Can you confirm the email on the account?
[${k()}] ${c.given(u)}: ${c.mail(u)}
[${k()}] ${c.given(u)}: card is ${c.card()} if you need it
[${k()}] ${c.given(a)} (${b.name}): Please never send full card numbers here 🙏🏻 I've masked it. Refund of ${c.amount(2, 15)} issued, 3-5 working days.`
  } },
  // 14 parent and nursery in-app chat
  { kind: 'chat', f: (c) => {
    const k = c.clock()
    const m = c.who(true); const s = c.who(true); const kid = c.who()
    return t`[${k()}] ${c.name(m)}: Morning! ${c.P(kid.given)} had a rough night ${c.emo('nursery')} can she skip her nap?
[${k()}] ${c.P(s.given)} @ ${biz(c, 'nursery').name}: Of course. Is her ${allergy(c)} plan still the same?
[${k()}] ${c.name(m)}: yes. Her dad ${c.name(c.who(false))} picks up today, his number is ${c.ph()}
[${k()}] ${c.P(s.given)} @ ${biz(c, 'nursery').name}: Noted ${c.emo('chat')} fees for ${c.date(1)} are ${c.fees()}`
  } },
  // 15 client and accountant chat
  { kind: 'chat', f: (c) => {
    const k = c.clock()
    const p = c.who(); const a = c.who()
    const id = isUS(c) ? t`my social is ${c.ssn()}` : c.region === 'ne' ? t`NI is ${c.nino()}` : t`my tax number ${c.nid(p)}`
    return t`[${k()}] ${c.name(p)}: ${hi(c)}, you asked for my details for the return ${c.emo('tax')}
[${k()}] ${c.name(p)}: ${id}
[${k()}] ${c.name(a)}: Got it, thank you. And the refund account?
[${k()}] ${c.name(p)}: ${refundAcct(c)}
[${k()}] ${c.name(a)}: Perfect. I'll file by ${c.date(1)}. ${c.word('Bill')} for prep is ${c.amount(80, 350)}.`
  } },
  // 16 AI summary of an alarm call
  { kind: 'summary', f: (c) => {
    const o = c.who(); const k = c.who(); const b = biz(c, 'alarm')
    return t`Call summary (AI) — ${b.name} ${c.emo('alarm')}
• Signal ${c.event()} from panel ${c.panel()}, zone ${c.zone()}, at ${c.time()} on ${c.date(0)}.
• Operator called the owner, ${c.name(o)}, on ${c.ph()} — no answer; voicemail left.
• Keyholder ${c.name(k)} reached on ${c.ph('nat')} and attended within ${c.r.int(8, 30)} minutes.
• Police informed, reference ${c.police()}. Rear window found open; ${c.word('May')} have been left unlatched by the cleaner.
• Follow-up: owner to reset user code; email confirmation sent to ${c.mail(o)}.`
  } },
  // 17 AI summary of a tax call
  { kind: 'summary', f: (c) => {
    const p = c.who(); const b = biz(c, 'tax')
    return t`AI call summary · ${b.name}
Caller: ${c.name(p)} (existing client). Callback: ${c.ph()}.
Topic: status of the ${c.taxYear()} return and refund of ${c.amount(200, 2500)}.
Caller confirmed ${c.region === 'ne' ? t`NI number ${c.nino()}` : t`tax ID ${c.nid(p)}`} and email ${c.mail(p)}.
${c.word('Will')} send the missing ${({ mw: '1099-NEC', tx: 'W-2', ne: 'P60', in: 'Form 16', za: 'IRP5', jm: 'P24' } as Record<string, string>)[c.region] ?? 'P60'} by ${c.date(1)}.
Sentiment: ${c.r.pick(['calm', 'frustrated', 'anxious about penalties'])}. Handled by ${c.name(c.who())}.`
  } },
  // 18 AI summary of a scooter call
  { kind: 'summary', f: (c) => {
    const p = c.who(); const b = biz(c, 'scoot')
    return t`Summary generated by ${b.name} Assist ${c.emo('scooter')}
${c.name(p)} called about a parking fine ${c.fine()} (${c.amount(15, 90)}) on ride ${c.ride()}.
They say vehicle ${c.vehicle()} was left in a designated bay at ${c.time()}.
Contact: ${c.mail(p)}, ${c.ph()}. Fine paused pending photo review; refund to card ending ${c.neg('card-last4', c.r.digits(4))} if upheld.`
  } },
  // 19 alarm agent shorthand note
  { kind: 'note', f: (c) => {
    const k1 = c.who(); const k2 = c.who()
    return t`${c.event()} zone ${c.zone()} ${c.time()} — KH1 ${c.lower(k1)} ${c.ph('nat')} NA x2, KH2 ${c.lower(k2)} ${c.ph('nat')} attending ETA 15. pol ref ${c.police()}. cust pw ok. ${c.emo('alarm')} pnl ${c.panel()} fw ${c.ver()}`
  } },
  // 20 nursery staff note
  { kind: 'note', f: (c) => {
    const m = c.who(true); const kid = c.who(); const g = c.who(true)
    return t`${c.date(0)} — mum (${c.P(m.given)}) rang, ${c.P(kid.given)} in ${c.word('Sunny')} room from Mon. ${allergy(c)} — epipen in office. gran ${c.name(g)} ${c.ph()} now 2nd emerg contact. fees ${c.fees()} paid ${c.emo('nursery')}`
  } },
  // 21 accountant note
  { kind: 'note', f: (c) => {
    const p = c.who()
    const id = c.region === 'ne' ? t`NINO ${c.nino(false)}` : isUS(c) ? t`ITIN? no, SSN ${c.ssn()}` : t`id ${c.nid(p)}`
    return t`cl ${c.caps(p)} tel ${c.ph()} — refund ${c.amount(150, 3000)} short vs est. ${id} checked. pd fee by card ${c.card()} ${c.emo('tax')} call back after ${c.time()}`
  } },
  // 22 scooter ops note (negatives only)
  { kind: 'note', f: (c) => t`ops: ${c.vehicle()} IMEI ${c.imei()} QR ${c.qr()} fw ${c.ver()} — batt swap done ${c.time()}, moved to bay ${c.r.int(1, 40)}. tkt ${c.order()} closed. declined card on rider acct ${c.luhnBad()} (auto-blocked). ${c.word('Will')} recheck ${c.date(0)}` },
  // 23 tax email with a quoted reply and a signature
  { kind: 'email', f: (c) => {
    const p = c.who(); const a = c.who(); const b = biz(c, 'tax')
    return t`From: ${c.name(a)} <${c.mail(a, b.dom)}>
To: ${c.mail(p)}
Subject: Re: documents for ${c.taxYear()}

${hi(c)} ${c.P(p.given)},

Thanks, we have everything now. Your return goes in on ${c.date(1)} and the refund should land in ${refundAcct(c)}.

${cheers(c)},
${c.name(a)}
${b.name} | ${c.ph('intl')}

On ${c.date(0)} ${c.name(p)} wrote:
> Here are the slips ${c.emo('tax')} my tax id is ${c.nid(p)}.
> Ring me on ${c.ph('nat')} if anything is missing.`
  } },
  // 24 nursery fee email, a parent pays by card
  { kind: 'email', f: (c) => {
    const m = c.who(true); const s = c.who(true); const kid = c.who(); const b = biz(c, 'nursery')
    return t`Subject: ${c.P(kid.given)}'s fees — ${c.invoice()}

Dear ${c.name(m)},
Please find attached the invoice for ${c.fees()} covering ${c.date(1)} onwards. ${c.word('Grace')} period is 7 days.

Kind regards,
${c.name(s)}, Nursery Manager
${b.name} · ${c.ph('nat')} · ${c.role('office', b.dom)}

> From: ${c.mail(m)}
> Hi ${c.P(s.given)} ${c.emo('nursery')} can you take it from this card: ${c.card()} exp ${c.r.pad(c.r.int(1, 12), 2)}/${c.r.int(27, 30)}. ${c.word('Hope')} that's ok!`
  } },
  // 25 alarm company email about keyholders
  { kind: 'email', f: (c) => {
    const o = c.who(); const k = c.who(); const a = c.who(); const b = biz(c, 'alarm')
    return t`To: ${c.mail(o)}
Subject: Keyholder change confirmed ${c.emo('alarm')}

${c.name(o)}, we have added ${c.name(k)} (${c.ph()}) as keyholder 2 on panel ${c.panel()}. The old keyholder was removed on ${c.date(0)}.

${c.name(a)}
Monitoring Centre, ${b.name}
24/7 ${c.ph('nat')} | ${c.role('arc', b.dom)}

-----Original Message-----
From: ${c.name(o)}
Please swap my brother for ${c.P(k.given)}, he lives closer. ${c.word('Will')} the code change too?`
  } },
  // 26 scooter refund email with a log line
  { kind: 'email', f: (c) => {
    const p = c.who(); const b = biz(c, 'scoot')
    return t`Hi ${c.P(p.given)} ${c.emo('scooter')}

We refunded ${c.amount(2, 20)} for ride ${c.ride()}. Our logs show the unlock came from ${c.ip()} at ${c.time()}, so we have signed you out of other devices.

${b.name} Rider Support
${c.role('help', b.dom)}

On ${c.date(0)}, ${c.mail(p)} wrote:
> someone used my account?? i was asleep. ${c.name(p)}, ${c.ph()}`
  } },
  // 27 rides export CSV
  { kind: 'csv', nfd: (r) => r === 'tx' || r === 'za', f: (c) => {
    const rows = [0, 1, 2].map(() => {
      const p = c.who()
      return t`${c.ride()},"${c.name(p)}",${c.mail(p)},${c.ph('intl')},${c.amount(1, 15)},${c.ip()}\n`
    })
    return t`ride_id,rider,email,phone,fare,ip\n${rows}`
  } },
  // 28 nursery contacts TSV
  { kind: 'csv', f: (c) => {
    const rows = [0, 1, 2].map(() => {
      const m = c.who(); const kid = c.who()
      return t`${c.P(`${kid.given} ${m.family}`)}\t${c.name(m)}\t${c.ph()}\t${c.mail(m)}\t${allergy(c)}\n`
    })
    return t`child\tparent\tphone\temail\tallergies\n${rows}`
  } },
  // 29 tax refunds export
  { kind: 'csv', f: (c) => {
    const rows = [0, 1, 2].map(() => {
      const p = c.who()
      return t`${c.caps(p)};${c.region === 'ne' ? c.nino(false) : c.nid(p)};${c.amount(50, 4000)};${c.L.iban ? c.iban(undefined, false) : c.bankAccount()}\n`
    })
    return t`client;tax_id;refund;account\n${rows}`
  } },
  // 30 alarm webhook payload
  { kind: 'json', f: (c) => {
    const k = c.who()
    return t`{"event":"${c.event()}","zone":"${c.zone()}","panel":"${c.panel()}","at":"${c.ts()}","keyholder":{"first_name":"${c.given(k)}","last_name":"${c.family(k)}","phone":"${c.ph('intl')}"},"panel_ip":"${c.ip()}","police_ref":"${c.police()}"}`
  } },
  // 31 scooter app log payload
  { kind: 'json', f: (c) => {
    const p = c.who()
    return t`{"level":"warn","msg":"payment retry","user":{"email":"${c.mail(p)}","name":"${c.name(p)}","phone":"${c.ph('intl')}"},"client_ip":"${c.ip()}","ride":"${c.ride()}","imei":"${c.imei()}","app":"${c.ver()}","ts":"${c.ts()}"}`
  } },
  // 32 e-file webhook (negatives only)
  { kind: 'json', f: (c) => t`{"type":"return.accepted","return_ref":"${c.returnRef()}","tax_year":"${c.taxYear()}","refund":"${c.amount(100, 3000)}","received":"${c.ts()}","schema":"${c.ver()}","account_last4":"${c.neg('card-last4', c.r.digits(4))}","fee_card_declined":"${c.luhnBad()}"}` },
  // 33 speech-to-text alarm call
  { kind: 'transcript', f: (c) => {
    const k = c.who()
    return t`operator: ${c.r.pick(['good evening', 'hello'])} ${biz(c, 'alarm').name}. caller: yeah hi it's ${c.lower(k)}, i'm the keyholder for ${c.r.pick(['my mum', 'the shop', 'number twelve'])}, the alarm's going off. operator: can i take a number for you? caller: ${c.spoken()}. operator: thank you. any sign of entry? caller: no the door's fine, i think it's the pir in the kitchen`
  } },
  // 34 speech-to-text nursery call
  { kind: 'transcript', f: (c) => {
    const m = c.who(true); const kid = c.who()
    return t`hi it's ${c.lower(m)}, ${c.P(kid.given.toLowerCase())}'s mum, she's got a rash so we'll keep her off today. can somebody call me back on ${c.r.chance(0.5) ? c.spoken() : c.heard()}? she ${c.word('may')} be fine tomorrow. thanks`
  } },
  // 35 voicemail to the accountant
  { kind: 'voicemail', f: (c) => {
    const p = c.who()
    return t`Voicemail ${c.time()}, ${c.r.int(30, 95)} sec: "${hi(c)}, this is ${c.name(p)} calling about my ${c.taxYear()} return. I got a letter saying I owe ${c.amount(100, 2000)}, which can't be right. Please call me back on ${c.ph()}, or email ${c.mail(p)}. ${cheers(c)}."`
  } },
  // 36 voicemail to the scooter company
  { kind: 'voicemail', f: (c) => {
    const p = c.who()
    return t`🎙️ New voicemail from ${c.ph()} — transcription: "Hello, my name is ${c.name(p)}. I got a ${c.word('bill')} for a ride I never took, ${c.ride()}. Can somebody call me? My number is the one I'm calling from. ${c.word('Sunny')} day and I'm walking, ha."`
  } },
  // 37 nursery term notes (negatives only)
  { kind: 'note', f: (c) => t`term dates: ${c.word('May')} half term ${c.date(0)}–${c.date(0)}. fees up to ${c.fees()} from ${c.date(1)}. ${c.word('Grace')} period for late fees stays 7 days. ${c.word('Hope')} Room closed for painting at ${c.time()}. ${c.word('Rose')} Garden trip ${c.amount(3, 12)} per child. IBAN on the old invoice template was wrong (${c.ibanBad()}), reprinted.` },
  // 38 alarm maintenance note (negatives only)
  { kind: 'note', f: (c) => t`svc visit ${c.date(0)} ${c.time()} eng ${c.name(c.who())}: panel ${c.panel()} fw ${c.ver()}, batt ${c.r.int(10, 14)}.${c.r.int(0, 9)}V, ${c.zone()} tamper cleared, ${c.event()} restored. job ${c.order()}. ${c.word('Mark')} as complete.` },
  // 39 SSN chat, Midwest and Texas clients
  { kind: 'chat', region: 'tx', f: (c) => {
    const k = c.clock()
    const p = c.who(); const s = c.who(!p.female); const a = c.who()
    return t`[${k()}] ${c.name(a)}: ${hi(c)} ${c.P(p.given)}! For the joint return I still need your spouse's social
[${k()}] ${c.name(p)}: ${c.P(s.given)}'s SSN is ${c.ssn()} and mine's ${c.ssn()} ${c.emo('chat')}
[${k()}] ${c.name(a)}: Thanks, deleting this chat after I save it. Refund est ${c.amount(500, 5000)}.`
  } },
  // 40 Midwest SSN voicemail
  { kind: 'voicemail', region: 'mw', f: (c) => {
    const p = c.who()
    return t`Voicemail: "Hi, it's ${c.name(p)}, you needed my social for the extension — it's ${c.ssn(' ')}. My cell is ${c.ph('nat')}. Oh and ${c.word('Mark')} is my husband's name on the W-2, not Marc. Thanks, bye."`
  } },
]
void ascii
void mrms
