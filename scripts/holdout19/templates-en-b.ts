// English, Singapore and Ireland: a wedding venue, a language school, a county council, a mortgage broker.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const EN_B: Template[] = [
  { kind: 'email', make: (g: G): Piece => {
    const c = g.who(g.pick(['sg', 'sgmalay'])), p = g.who('sg'), co = g.who('sg')
    return r`Subject: Re: Solemnisation + dinner, ${g.n.date('long')}

Hi ${P.given(c)},

Confirm can! The Orchid Pavilion is held for ${g.int(180, 320)} pax, ${g.int(18, 32)} tables. Deposit ${g.n.amount('SGD', 3000, 9000)} received via card ${g.card(g.pick(['visa', 'mc', 'amex']))}, receipt ${g.ref('receipt-number', 'RCP-XXXXXXX')}. Please send the guest list by ${g.n.date('dmy')}. ${g.emo()}

Warm regards,
${P.full(co)}
Events Executive, Tanjong Bay Events Hall
T: ${g.ph('SG', g.pick(['intl', 'nat']))} | ${g.mail(co, 'tanjongbayevents.com.sg')}

-----Original Message-----
From: ${P.full(c)} <${g.mail(c, g.pick(['gmail.com', 'singnet.com.sg', 'hotmail.com']))}>
Sent: ${g.n.date('dmy')} ${g.n.time('12')}
Can or not to hold the ballroom until we confirm? My fiancé ${P.full(p)} is overseas, you can whatsapp him at ${g.ph('SG', 'intl')}. ${g.n.word('Sunny')} side terrace also ok lah.`
  } },
  { kind: 'sms', make: (g) => {
    const s = g.who(g.pick(['sg', 'sgmalay']))
    return r`${g.emo()} Reminder frm Orchard Lingo School: ${P.lowerGiven(s)}, ur Japanese N4 class ${g.ref('class-code', 'JP-N4-XX')} shifted to Rm ${g.ref('room', 'X-XX')}, ${g.n.time('12')} Sat. Pls bring NRIC for exam reg (do not sms it). Qns call ${g.ph('SG', 'nat')}`
  } },
  { kind: 'note', make: (g) => {
    const c = g.who('sg'), a = g.who('sgmalay')
    return r`walk-in enq ${g.n.date('dmy')}: ${P.full(c)} hp ${g.ph('SG', g.pick(['nat', 'natcompact', 'intl']))}, ROM + tea ceremony, ~${g.int(80, 200)} pax. quoted ${g.n.amount('SGD', 8000, 30000)} nett. NRIC ${g.n.nric()} given, told her no need. ${g.emo()} ${P.full(a)} to f/up`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('sg'), p = g.who(g.pick(['india', 'sgmalay']))
    return r`{"type":"enquiry.submitted","venue":"tanjong-bay","at":"${g.n.stamp('+08:00')}","couple":[{"name":"${P.full(c)}","mobile":"${g.ph('SG', 'intlcompact')}","email":"${g.mail(c, 'gmail.com')}"},{"name":"${P.full(p)}","mobile":"${g.ph(p.origin === 'india' ? 'IN' : 'SG', 'intl')}"}],"date_pref":"${g.n.date('iso')}","pax":${g.int(60, 400)},"meta":{"ip":"${g.ip()}","ua":"Mozilla/5.0","app":"${g.n.version()}"}}`
  } },
  // ---------- Ireland ----------
  { kind: 'note', make: (g) => {
    const c = g.who('ireland'), a = g.who('ireland')
    return r`${g.n.date('dmy')} ${g.n.time('24')} – ${P.caps(c)} rang re brown bin not collected, 3rd week now. ${g.n.word('Will')} escalate. ${g.emo()} Eircode given, SR ${g.ref('service-request', 'SR-XXXXXXXX')} logged. Callback ${g.ph('IE', g.pick(['nat', 'natdash', 'intl']))}. PPSN quoted for waiver (${g.n.ppsn()}) – not needed, advised. ${P.given(a)}`
  } },
  { kind: 'chat', make: (g) => {
    const c = g.who('ireland'), a = g.who('ireland'), p = g.who('ireland')
    return r`Visitor: Hi, I'm after a date in the Glasshouse for next ${g.n.word('May')} ${g.emo()}
Bot: Lovely! Could I take a name?
Visitor: ${P.full(c)}, and my partner is ${P.full(p)}
${P.full(a)} (Events): Hiya ${P.given(c)}, we've Fri ${g.n.date('dmy')} free. Deposit is ${g.n.amount('EUR-IE', 1500, 4000)}, IBAN for transfer is on the quote ${g.ref('quote-ref', 'Q-XXXX')}
Visitor: Grand. Text me on ${g.ph('IE', g.pick(['nat', 'intl', 'intl00']))} so, or ${P.given(p)} in Dubai on ${g.ph('AE', g.pick(['intl', 'intlcompact']))}, or email ${g.mail(c, g.pick(['eircom.net', 'gmail.com']))}`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('ireland'), a = g.who('ireland')
    return r`[auto transcript, fingal county council line]
agent: council services ${P.lowerGiven(a)} speaking
caller: hi yeah it's ${P.lower(c)} here i'm ringing about a parking permit for the estate ${g.emo()}
agent: no bother have you the permit number
caller: ${g.ref('permit-number', 'PP XX XXXX')}
agent: and a number to reach you
caller: ${g.ph('IE', 'spoken')}
agent: grand the renewal is ${g.int(40, 90)} euro i'll text you the link`
  } },
  { kind: 'csv', nfd: true, make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 2; i++) {
      const c = g.who('ireland')
      rows.push(r`\n${g.ref('application-ref', 'MB-XXXXX')};${P.caps(c)};${g.ph('IE', g.pick(['natcompact', 'intl', 'nat']))};${g.mail(c, 'gmail.com')};${g.iban('IE')};${g.n.amount('EUR-IE', 180000, 520000)};${g.n.date('dmy')}`)
    }
    return r`ref;applicant;phone;email;salary_account;loan;aip_date${rows}`
  } },
]
