// English, US South and India: a mortgage and loan broker, a wedding venue, a language school.
import { P, type G } from './ctx.ts'
import { E, r, type Piece } from './render.ts'
import { ssnValue } from './values.ts'
import type { Template } from './template.ts'

export const EN_A: Template[] = [
  { kind: 'form', make: (g: G): Piece => {
    const b = g.who('south'), c = g.who('south'), lo = g.who('south')
    return r`--- Pre-qualification form (web) ---
Borrower: ${P.caps(b)}
Co-borrower: ${P.caps(c)}
SSN: ${g.ssn()}
Cell: ${g.ph('US', g.pick(['natbr', 'natdash', 'natdot']))}
Email: ${g.mail(b, g.pick(['bellsouth.net', 'gmail.com', 'att.net']))}
Purchase price: ${g.n.amount('USD', 180000, 620000)}   Down: ${g.n.amount('USD', 9000, 60000)}
Self-employed, business EIN: ${g.n.ein()}
Best time to call: after ${g.n.time('12')} ${g.emo()}
Loan officer: ${P.full(lo)}, Magnolia & Pine Home Lending`
  } },
  { kind: 'sms', make: (g) => {
    const b = g.who('south'), lo = g.who('south')
    return r`Hey ${P.given(b)} ${g.emo()} it's ${P.given(lo)} w/ Magnolia & Pine. Rate lock on app ${g.ref('application-ref', 'APP-2025-XXXXX')} expires ${g.n.date('us')}, locked at ${g.ref('rate', '6.[2-8][0-9]5%')}. Y'all still wanna close by ${g.n.word('May')} 30? Call or text me ${g.ph('US')}`
  } },
  { kind: 'chat', make: (g) => {
    const b = g.who('south'), a = g.who('south')
    const ssnDashed = ssnValue(g.rng, '-')
    return r`[${g.n.time('12')}] ${P.full(b)}: hey there, fixin to finish the refi application but the form keeps kicking back my social
[${g.n.time('12')}] Agent ${P.given(a)}: Sorry about that! ${g.emo()} What are you entering?
[${g.n.time('12')}] ${P.full(b)}: ${E('US_SSN', ssnDashed.replace(/-/g, ''))} — no dashes
[${g.n.time('12')}] Agent ${P.given(a)}: It wants the dashes, ${E('US_SSN', ssnDashed)}. Your loan ref is ${g.ref('loan-number', '20XXXXXXXX')}
[${g.n.time('12')}] ${P.full(b)}: ${g.n.word('Will')} do. also my cell changed, it's ${g.ph('US', 'natdash')}
[${g.n.time('12')}] System: session from ${g.ip(false)} closed`
  } },
  { kind: 'email', make: (g) => {
    const b = g.who('south'), lo = g.who('south'), pr = g.who('south')
    return r`Subject: RE: Closing disclosure – ${g.ref('loan-number', '10XXXXXXXX')}

${g.n.word('Hope')} y'all had a good weekend. I corrected the SSN on the co-borrower page, it now reads ${g.ssn()}. The appraisal came in at ${g.n.amount('USD', 210000, 480000)}, so we're good on the 80% LTV.

Thanks kindly,
${P.full(lo)}
Senior Loan Officer | Magnolia & Pine Home Lending
Direct ${g.ph('US', 'natdot')} | ${g.mail(lo, 'magnoliapinelending.com')}
NMLS #${g.ref('nmls-id', 'XXXXXXX')}

> On ${g.n.date('us')}, ${P.full(b)} <${g.mail(b, 'yahoo.com')}> wrote:
> The closing disclosure has my social wrong ${g.emo()} and my husband ${P.given(pr)} is on there as borrower not co-borrower. Call me at ${g.ph('US', 'natbr')} please.`
  } },
  { kind: 'transcript', make: (g) => {
    const b = g.who('south'), a = g.who('south')
    return r`agent: thank you for calling magnolia and pine this is ${P.lowerGiven(a)} who am i speaking with
caller: hey this is ${P.lower(b)}
agent: and for verification the last four or the full social
caller: full is ${g.ssn(' ')}
agent: got it and a good callback number
caller: ${g.ph('US', 'spoken')} ${g.emo()}
agent: and the loan amount you're looking at
caller: around ${g.int(180, 450)} thousand maybe a ${g.n.word('bill')} or two more with closing costs`
  } },
  { kind: 'json', make: (g) => {
    const b = g.who('south')
    return r`{"event":"lead.created","source":"web-form","received":"${g.n.stamp('Z')}","lead":{"first_name":"${P.given(b)}","last_name":"${P.family(b)}","email":"${g.mail(b, 'icloud.com')}","phone":"${g.ph('US', 'intl')}","ssn":"${g.ssn()}","loan_purpose":"refinance","credit_band":"${g.pick(['680-719', '720-759', '760+'])}"},"client_ip":"${g.ip()}","form_version":"${g.n.version()}"}`
  } },
  { kind: 'note', make: (g) => {
    const b = g.who('south'), a = g.who('south')
    return r`cb ${P.full(b)} re heloc. pd app fee w/ ${g.card()} exp 0${g.int(1, 9)}/${g.int(26, 30)}. wants to close b4 Xmas. old card ending ${g.ref('card-last4', 'XXXX')} declined, ${g.n.luhn()} also declined (typo?). ${g.emo()} next: title co. -${P.lowerGiven(a)}`
  } },
  { kind: 'note', make: (g) => {
    // only lookalikes
    return r`MTG PIPELINE ${g.n.date('us')} ${g.emo()}
app ${g.ref('application-ref', 'APP-2025-XXXXX')} – appraisal ordered, ETA ${g.n.date('us')}
loan ${g.ref('loan-number', '30XXXXXXXX')} – rate ${g.ref('rate', '6.[3-7][0-9]5%')}, pts 0.5, ${g.n.amount('USD', 150000, 500000)}
card on file ${g.n.luhn()} bounced → ask for new one
SSN on 1003 reads ${g.n.ssnBad()} – invalid, call borrower
${g.n.word('Mark')} file as pending. Grace period on the lock: ${g.n.word('Grace')} = 5 days per policy v${g.int(3, 9)}.${g.int(0, 9)}`
  } },
  // ---------- India ----------
  { kind: 'form', make: (g) => {
    const s = g.who('india'), par = g.who('india')
    return r`LINGUA BRIDGE LANGUAGE ACADEMY – ADMISSION FORM
Student name (SURNAME first): ${P.caps(s)}
Parent/guardian: ${P.full(par)} (abroad, ${g.ph(g.pick(['AE', 'NG', 'DE', 'CA']), 'intl')})
Mobile: ${g.ph('IN', g.pick(['intl', 'natcompact', 'intldash']))}
Alternate: ${g.ph('IN', 'nat')}
E-mail: ${g.mail(s, g.pick(['gmail.com', 'rediffmail.com', 'yahoo.co.in']))}
Course: ${g.ref('course-code', 'IELTS-[AG]-XXX')} batch ${g.n.time('12')}  Fees: ${g.n.amount('INR', 120, 600)}
ID proof (Aadhaar, masked pls): ${g.n.aadhaar()}  PAN: ${g.n.pan()}
Paid by card ${g.card(g.pick(['visa', 'mc', 'maestro']))} ${g.emo()}`
  } },
  { kind: 'summary', make: (g) => {
    const c = g.who('india'), a = g.who('india')
    return r`Call summary (AI): ${P.full(c)} called about a home loan top-up of ${g.n.amount('INR', 2000, 9000)} on the existing loan ${g.ref('loan-number', 'HL/XXXX/XXXXXX')}. Kindly note the customer asked us to revert back on ${g.ph('IN', 'intl')} after ${g.n.time('12')}; e-mail ${g.mail(c, 'gmail.com')}. PAN ${g.n.pan()} was read out for the CIBIL pull — not stored. ${g.emo()} Handled by ${P.full(a)}. Follow-up: do the needful by ${g.n.date('dmy')}.`
  } },
  { kind: 'chat', make: (g) => {
    const s = g.who('india'), t = g.who('india')
    return r`${P.full(s)}: Good evening ma'am, I am not able to join the spoken English batch link ${g.emo()}
Trainer ${P.full(t)}: Hi ${P.given(s)}, which batch? ${g.ref('batch-code', 'SE-B1-XX')}?
${P.full(s)}: yes ma'am. Also my number changed to ${g.ph('IN', 'nat')}, kindly update
Trainer ${P.full(t)}: Done. Please also fill the feedback form on app ${g.n.version()}
${P.full(s)}: ${g.n.word('Will')} do ma'am. Thank you 🙏🏽`
  } },
  { kind: 'csv', make: (g) => {
    const rows: Piece[] = []
    for (let i = 0; i < 3; i++) {
      const s = g.who('india')
      rows.push(r`\n${g.ref('student-id', 'LBA-XXXXX')},"${P.full(s)}",${g.ph('IN', g.pick(['intl', 'natcompact', 'intl00']))},${g.mail(s, g.pick(['gmail.com', 'outlook.com']))},${g.ref('course-code', 'ENG-[ABC][12]-XX')},${g.n.date('dmy')}`)
    }
    return r`student_id,name,mobile,email,course,joined${rows}`
  } },
]
