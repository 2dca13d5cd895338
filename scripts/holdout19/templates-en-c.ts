// English, Wales: the county council's services line and a wedding venue; and the texts with only lookalikes.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const EN_C: Template[] = [
  { kind: 'form', make: (g: G): Piece => {
    const c = g.who('wales'), p = g.who('wales')
    return r`Cyngor Sir / County Council – Council Tax Reduction application (online)
Applicant: ${P.caps(c)}
National Insurance number: ${g.nino()}
Partner: ${P.full(p)}  NI: ${g.nino()}
Telephone: ${g.ph('GB', g.pick(['nat', 'natbr', 'intl']))}
Email: ${g.mail(c, g.pick(['btinternet.com', 'hotmail.co.uk', 'gmail.com']))}
Council tax account: ${g.ref('council-tax-account', '60XXXXXXX')}   Band: ${g.pick(['C', 'D', 'E'])}
NHS no. (not required – delete): ${g.n.nhs()}
Submitted ${g.n.date('dmy')} ${g.n.time('24')} from ${g.ip()} ${g.emo()}`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('wales'), a = g.who('wales')
    return r`Summary: ${P.full(c)} rang the council line about a residents' parking permit for ${g.ref('vehicle-reg', 'C[A-F][1-7]X @@@')} ${g.emo()} and a penalty notice ${g.ref('pcn', 'CF[0-9]XXXXXXX')}. Caller gave NI number ${g.nino(true)} to check the blue badge record. Callback on ${g.ph('GB', g.pick(['nat', 'intl']))}, tidy. Permit fee ${g.n.amount('GBP', 25, 90)}. Agent: ${P.full(a)}. Diolch.`
  } },
  { kind: 'email', make: (g) => {
    const c = g.who('wales'), co = g.who('wales'), m = g.who('wales')
    return r`Subject: Your wedding at Plas Derwen – balance

Bore da ${P.given(c)},

${g.n.word('Hope')} all is well! The balance of ${g.n.amount('GBP', 4000, 12000)} is due ${g.n.date('long')}. If you'd like the refund of the corkage to go back to your account we have ${g.iban('GB')}. The ${g.n.word('Rose')} Garden is booked for the drinks reception at ${g.n.time('12')}. ${g.emo()}

Diolch yn fawr,
${P.full(co)} | Wedding Coordinator, Plas Derwen Hall
${g.ph('GB', 'nat')} ext. ${g.int(20, 240)} | ${g.role('weddings', 'plasderwen.co.uk')}

> From: ${P.full(c)}
> My mam ${P.full(m)} will pay the final bit by card, she's in Perth till June, ring her on ${g.ph('AU', 'intl')} now in a minute.`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('wales'), a = g.who('wales')
    return r`[Council webchat ${g.n.date('dmy')}]
${P.full(a)}: Shw mae, how can I help today?
${P.full(c)}: my recycling boxes were not taken on Tues ${g.emo()} and also I applied for single person discount
${P.full(a)}: Can I take your NI number to find the discount claim?
${P.full(c)}: ${g.nino(false)}
${P.full(a)}: Thanks. Claim ${g.ref('claim-ref', 'SPD/XXXXXX')} is with the team. Collections logged ${g.ref('service-request', 'CRM XXXXXXX')}.
${P.full(c)}: ${g.n.word('Will')} the discount be backdated?`
  } },
  // ---------- only lookalikes ----------
  { kind: 'sms', make: (g) => r`${g.emo()} Your bin day is changing: from ${g.n.date('dmy')} general waste is collected every other Wed before ${g.n.time('12')}. Garden waste permit ${g.ref('permit-number', 'GW-2026-XXXXX')} renews at ${g.n.amount('GBP', 40, 60)}. Reply STOP to opt out. Ref ${g.ref('service-request', 'SR-XXXXXXXX')}` },
  { kind: 'email', make: (g) => r`Subject: Tasting menu & timings

${g.n.word('Hope')} this finds you well ${g.emo()}. Tasting is ${g.n.date('long')} at ${g.n.time('12')}; the ${g.n.word('Rose')} Suite seats ${g.int(80, 160)}. Invoice ${g.ref('invoice', 'INV-XXXXXX')} for ${g.n.amount('GBP', 500, 3000)} is attached. Payment from card ${g.n.luhn()} failed, and the IBAN on the form ${g.n.ibanBad('GB')} does not validate. ${g.n.word('Grace')} period is 14 days. Booking ${g.ref('booking-ref', 'WED-2026-XXXX')}.` },
  { kind: 'note', make: (g) => r`lang sch admin ${g.n.date('dmy')}: course ${g.ref('course-code', 'ENG-B2-XX')} moved to Rm ${g.ref('room', 'X.XX')} ${g.emo()}, next intake ${g.n.word('May')} ${g.int(2, 28)}. invoice ${g.ref('invoice', 'INV-XXXXXX')} ${g.n.amount('USD', 300, 1500)} – card ${g.n.luhn()} declined. ID on file ${g.n.aadhaar()} (aadhaar, masked going fwd). NI on enrolment sheet ${g.n.ninoBad()} – invalid. LMS ${g.n.version()}. tracking ${g.n.tracking()}` },
  { kind: 'csv', make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 3; i++) rows.push(r`\n${g.ref('order-number', 'ORD-2026-XXXXXX')}\t${g.n.date('iso')}\t${g.n.amount('USD', 20, 400)}\t${g.n.tracking()}\t${g.pick(['shipped', 'pending', 'returned'])}`)
    return r`order\tdate\ttotal\ttracking\tstatus${rows}`
  } },
]
