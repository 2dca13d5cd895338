// English, veterinary clinics and their pet-insurance line.
import { type Template, tpl } from './template'

const CLINIC = { GB: 'thistlevets.co.uk', US: 'brightpaws-vet.com', ZA: 'karoo-vets.co.za' } as Record<string, string>
const dom = (home: string): string => CLINIC[home] ?? 'thistlevets.co.uk'
const cur = (home: string): string => (home === 'US' ? 'USD' : home === 'ZA' ? 'ZAR' : 'GBP')

export const EN_VET: Template[] = [
  tpl('sms', 'vet', (d, k) => d.t`Thistle Vets: ${k.pet()} is booked with ${k.P(k.p[1].first)} on ${k.date()} at ${k.time()}. To change call ${k.phone()}. Reply STOP to opt out`),
  tpl('sms', 'vet', (d, k) => d.t`hi its ${k.P(k.p[0].first.toLowerCase())} ${k.emoji()} can ${k.pet()} get her booster in ${k.word('May')} instead? chip no ${k.chip()} ta`),
  tpl('email', 'vet', (d, k) => d.t`Subject: Claim ${k.claim()} – ${k.pet()}\n\nDear ${k.pick(['Mr', 'Mrs', 'Ms', 'Mx'])} ${k.P(k.p[0].last)},\n\nThank you for your claim under policy ${k.policy()}. We have approved ${k.amount(cur(k.home))} for the treatment on ${k.date()} (invoice ${k.invoice()}). Payment will go to the account ending ${k.rng.digits(4)}.\n\nIf anything looks wrong, reply to ${k.role('claims', 'petcover-' + dom(k.home))} or ring ${k.phone()}.\n\nKind regards,\n${k.P(k.p[2].full)}\nClaims Handler`),
  tpl('summary', 'vet', (d, k) => d.t`Call summary (AI assistant): Caller ${k.P(k.p[0].full)} rang about ${k.pet()}'s microchip ${k.chip()}, which still shows the previous owner. Caller confirmed mobile ${k.phone(k.home, false)} and email ${k.email(k.p[0])}. Advised to update the database; no charge. Next step: ${k.P(k.p[3].first)} to send the transfer form by ${k.date()}.`),
  tpl('note', 'vet', (d, k) => d.t`${k.time()} tc w/ ${k.P(k.p[0].last)} re ${k.pet()} (rabies vacc, batch ${k.rng.digits(6)}). o/s bal ${k.amount(cur(k.home))}. pd by card ${k.card()} exp ${k.rng.int(1, 12)}/${k.rng.int(27, 31)}. will ${k.word('Bill')} rest to pol ${k.policy()} -${k.P(k.p[4].first.toUpperCase())}`),
  tpl('chat', 'vet', (d, k) => d.t`Customer: ${k.emoji()} hello, this is ${k.P(k.p[0].full)}, my dog ${k.pet()} was seen in ${k.place(k.pick(['Florence', 'Lincoln', 'Chelsea', 'Victoria']))} last week\nAgent ${k.P(k.p[1].first)}: Hi ${k.P(k.p[0].first)}! Can I have the policy number?\nCustomer: ${k.policy()}, and the vet invoice was ${k.invoice()}\nAgent ${k.P(k.p[1].first)}: Thanks. I can see the claim ${k.claim()}. We'll pay ${k.amount(cur(k.home))} to ${k.iban(k.home === 'ZA' ? 'GB' : k.home === 'US' ? 'IE' : 'GB')} once ${k.word('Grace')} period ends on ${k.date()}.`),
  tpl('csv', 'vet', (d, k) => {
    d.t`owner,pet,chip,phone,email,next_due\n`
    for (let i = 0; i < 3; i++) d.t`${k.P(k.p[i]!.full)},${k.pet()},${k.chip()},${k.phone(k.home, false)},${k.email(k.p[i]!)},${k.date()}\n`
  }),
  tpl('complaint', 'vet', (d, k) => d.t`From: ${k.P(k.p[0].full)} <${k.email(k.p[0])}>\nSubject: Re: Re: refused claim ${k.claim()}\n\nI ${k.word('will')} not accept this. ${k.pet()} had ${k.word('patience')} through three visits and you still refuse. My card ${k.card()} was charged ${k.amount(cur(k.home))} twice!\n${k.P(k.p[0].first)}\n\n> On ${k.date()} ${k.P(k.p[2].full)} wrote:\n> Dear ${k.P(k.p[0].first)}, the condition pre-dates policy ${k.policy()} (start ${k.date()}). Reference ${k.badPan()} on our side.`),
  tpl('json', 'vet', (d, k) => d.t`{"booking":"${k.invoice()}","owner":"${k.P(k.p[0].full)}","tel":"${k.phone()}","pet":"${k.pet()}","chip":"${k.chip()}","slot":"${k.date()} ${k.time()}","ip":"${k.maybe(1, k.pick([k.ip(), k.ip6()]))}"}`),
  tpl('email', 'vet', (d, k) => {
    if (k.home === 'US') d.t`Hi ${k.P(k.p[0].first)},\n\nFor the wellness-plan financing we need the SSN ${k.ssn()} you gave on ${k.date()} confirmed. (The number ${k.badSsn()} on the form is not valid.) Call ${k.phone('US')} ext. ${k.rng.int(10, 99)}.\n\nThanks,\n${k.P(k.p[1].full)}, Bright Paws Veterinary Hospital`
    else if (k.home === 'ZA') d.t`Hi ${k.P(k.p[0].first)},\n\nYour debit order for ${k.pet()}'s plan (${k.amount('ZAR')} per month) bounced on ${k.date()}. Please call ${k.P(k.p[1].first)} on ${k.phone('ZA')} or WhatsApp ${k.phone('ZA', true)}. ${k.word('Sunny')} regards from Stellenbosch, ${k.word('Patience')} is a virtue!\n\n${k.P(k.p[1].full)}`
    else d.t`Hi ${k.P(k.p[0].first)},\n\nFor the staff pet scheme payroll we need your NI number ${k.nino()} (the form says ${k.badNino()}, which cannot be right).\nAny questions, ${k.P(k.p[1].first)} is on ${k.phone('GB')}.\n\n${k.P(k.p[1].full)} | Practice Manager`
  }),
]
