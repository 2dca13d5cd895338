// English, a home-energy installer: solar, heat pumps, boiler servicing.
import { type Template, tpl } from './template'

const cur = (home: string): string => (home === 'US' ? 'USD' : home === 'ZA' ? 'ZAR' : 'GBP')

export const EN_ENERGY: Template[] = [
  tpl('note', 'energy', (d, k) => d.t`Site survey ${k.date()} – ${k.P(k.p[0].full)}, ${k.rng.int(2, 140)} ${k.pick(['Mayfield Rd', 'Glebe St', 'Heol y Parc', 'Oak Ave'])} ${k.postcode()}. Roof SSW 35°, ${k.qty()} array, inverter SN ${k.serial()}. MPAN ${k.mpan()}. Meter read ${k.reading()}. Cust wants battery. Surveyor ${k.P(k.p[1].first)}.`),
  tpl('email', 'energy', (d, k) => d.t`Dear ${k.P(k.p[0].full)},\n\nYour Boiler Upgrade Scheme voucher ${k.grant()} has been issued. Your Smart Export Guarantee application ${k.tariff()} is now live for supply ${k.mprn()}. Estimated generation: ${k.qty()} per year.\n\nPlease reply to ${k.role('grants', 'brightroof-energy.co.uk')} with any questions.\n\n${k.P(k.p[1].full)}\nGrants Team, BrightRoof Energy`),
  tpl('sms', 'energy', (d, k) => d.t`BrightRoof: your boiler service is on ${k.date()} between ${k.time()} and ${k.time()}. Engineer ${k.P(k.p[1].first)} ${k.emoji()}. Reschedule: ${k.phone()}`),
  tpl('summary', 'energy', (d, k) => d.t`AI call summary\nCustomer ${k.P(k.p[0].full)} reports inverter ${k.serial()} showing error 301 since ${k.date()}. Today's reading ${k.reading()}, export ${k.qty()}. Remote session from IP ${k.pick([k.ip(), k.ip6()])} confirmed firmware ${k.rng.int(1, 4)}.${k.rng.int(0, 30)}.${k.rng.int(0, 9)}. Customer asked for ${k.P(k.p[1].first)} to call back on ${k.phone()}${k.maybe(0.4, ' after 5')}.`),
  tpl('complaint', 'energy', (d, k) => d.t`Subject: Re: Quote ${k.quote()}\n\n${k.P(k.p[0].first)} here again. The heat pump ate ${k.qty()} of oil-equivalent and the cylinder holds only ${k.qty()}. Your quote said ${k.amount(cur(k.home))}. I want ${k.P(k.p[2].full)} (your MD) to answer, not a bot. Pay refunds to ${k.iban(k.pick(['GB', 'IE', 'BE']))}, NOT to ${k.badIban('GB')} which your form filled in.\n\n-----Original Message-----\nFrom: ${k.P(k.p[1].full)} <${k.role('service', 'brightroof-energy.co.uk')}>\nSent: ${k.date()} ${k.time()}\nWe are sorry ${k.word('Mark')} ${k.pick(['1', '2'])} units were delayed.`),
  tpl('json', 'energy', (d, k) => d.t`{"job":"${k.quote()}","customer":{"name":"${k.P(k.p[0].full)}","email":"${k.email(k.p[0])}","phone":"${k.phone(k.home, true)}"},"system":{"size":"${k.qty()}","inverter":"${k.serial()}"},"supply":"${k.mpan()}","paid":"${k.amount(cur(k.home))}","card":"${k.card()}"}`),
  tpl('chat', 'energy', (d, k) => d.t`Bot: Welcome to BrightRoof ${k.emoji()}\nVisitor: this is ${k.P(k.p[0].full.toLowerCase())} my panels read ${k.reading()} but the app says ${k.qty()}\nBot: Thanks. Which email is on the account?\nVisitor: ${k.email(k.p[0])}\nAgent ${k.P(k.p[3].first)}: Hi! I see install ${k.invoice()} from ${k.date()}. ${k.word('Will')} check the CT clamp.`),
  tpl('note', 'energy', (d, k) => {
    if (k.home === 'US') d.t`Tax-credit paperwork: cust ${k.P(k.p[0].full)} SSN ${k.ssn()}, permit ${k.grant()}, net-meter acct ${k.mprn()}. ${k.word('Lincoln')} Electric meter swap ${k.date()}. ref ${k.badSsn()} on old form invalid.`
    else if (k.home === 'ZA') d.t`Eskom SSEG application ${k.grant()} for ${k.P(k.p[0].full)}. ${k.qty()} hybrid, ${k.qty()} battery. Prepaid meter ${k.mpan()}. Contact ${k.phone('ZA', true)} / ${k.email(k.p[0])}.`
    else d.t`Employee onboarding (installer): ${k.P(k.p[0].full)}, NINO ${k.nino()}, start ${k.date()}. Van reg & fuel card issued. Buddy: ${k.P(k.p[1].full)}.`
  }),
]
