// English, more writers: a Southern wedding venue, a Singapore mortgage broker, Welsh and Irish
// language schools, an Indian municipal corporation's helpline.
import { P, type G } from './ctx.ts'
import { r, type Piece } from './render.ts'
import type { Template } from './template.ts'

export const EN_D: Template[] = [
  { kind: 'summary', make: (g: G): Piece => {
    const c = g.who('south'), m = g.who('south'), a = g.who('south')
    return r`AI call summary – Live Oak Barn & Gardens. ${P.full(c)} called to move the rehearsal dinner to ${g.n.date('us')} at ${g.n.time('12')} ${g.emo()}. Paid the ${g.n.amount('USD', 500, 2500)} deposit with ${g.card(g.pick(['amex', 'discover', 'jcb', 'diners', 'visa']))}. Her mama ${P.full(m)} will call from Cancún on ${g.ph('MX', 'intl')} about the ${g.n.word('Bill')} of fare for the caterer. Callback ${g.ph('US', g.pick(['natbr', 'natdash', 'intl']))}. Taken by ${P.full(a)}.`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('sg'), a = g.who('india')
    return r`Call summary (auto): ${P.full(c)} enquired about refinancing a ${g.pick(['4-room HDB', 'condo', '5-room HDB'])} flat, outstanding ${g.n.amount('SGD', 200000, 800000)}, current rate ${g.ref('rate', '[2-4].XX%')} p.a. ${g.emo()} NRIC ${g.n.nric()} quoted for the CPF check — not stored. Prefers WhatsApp ${g.ph('SG', g.pick(['intl', 'nat']))}, email ${g.mail(c, g.pick(['gmail.com', 'yahoo.com.sg']))}. Broker: ${P.full(a)}, Merlion Home Loans.`
  } },
  { kind: 'json', make: (g) => {
    const c = g.who('wales')
    return r`{"type":"course.enrolment","school":"Canolfan Iaith Menai","course":"${g.ref('course-code', 'CYM-[MS]X')}","venue":"${g.mark()}","learner":{"name":"${P.full(c)}","ni_number":"${g.nino()}","phone":"${g.ph('GB', g.pick(['intl', 'nat']))}","email":"${g.mail(c, 'outlook.com')}"},"fee":"${g.n.amount('GBP', 60, 180)}","submitted":"${g.n.stamp('+01:00')}","ip":"${g.ip()}"}`
  } },
  { kind: 'form', make: (g) => {
    const s = g.who(g.pick(['brazil', 'turkey', 'poland', 'mexico'])), a = g.who('ireland')
    const home: Record<string, string> = { brazil: 'BR', turkey: 'TR', poland: 'PL', mexico: 'MX' }
    return r`Atlantic English College – enrolment (front desk copy) ${g.emo()}
Student: ${P.caps(s)}
Irish phone: ${g.ph('IE', g.pick(['nat', 'natdash', 'intl']))}   Home number: ${g.ph(home[s.origin] ?? 'BR', 'intl')}
Email: ${g.mail(s, 'gmail.com')}
Course: ${g.ref('course-code', 'GE-[AB][12]-XX')} (25 weeks), starts ${g.n.date('dmy')} at ${g.mark()}
PPS no. (for the work permission letter): ${g.n.ppsn()}
Fees ${g.n.amount('EUR-IE', 2000, 4500)} paid by ${g.card(g.pick(['visa', 'mc', 'maestro']))}
Signed: ${P.full(a)}, Student Services`
  } },
  { kind: 'transcript', make: (g) => {
    const c = g.who('india'), a = g.who('india')
    return r`[municipal corporation helpline, auto-transcribed]
agent: namaskar this is ${P.lowerGiven(a)} from the corporation helpline
caller: hello madam my name is ${P.lower(c)} garbage is not lifted from our lane for five days ${g.emo()}
agent: sorry sir your ward number and mobile
caller: ward ${g.int(10, 198)} mobile is ${g.ph('IN', 'spoken')}
agent: complaint number is ${g.ref('service-request', 'XXXX XXXX')} property tax query also noted`
  } },
]
