// English texts that do not depend on the branch: US callers giving an SSN,
// and texts that hold only lookalikes.
import { type Template, tpl } from './template'

export const EN_EXTRA: Template[] = [
  tpl('chat', 'vet', (d, k) => d.t`Customer: hi ${k.emoji()} for the CareCredit form do u need my social? its ${k.ssn()}\nAgent ${k.P(k.p[1].first)}: Thanks ${k.P(k.p[0].first)}, got it. Your pet's plan ${k.policy()} renews ${k.date()}.\nCustomer: ok. also ${k.pet()} is due the lepto shot, she was ${k.word('sunny')} and fine after the last one`),
  tpl('summary', 'energy', (d, k) => d.t`AI summary: ${k.P(k.p[0].full)} (Austin, TX) called about the federal solar credit. Verified identity with last name, ZIP ${k.postcode()} and SSN ${k.ssn()}. System ${k.qty()}, permit ${k.grant()}. Portal login seen from ${k.ip6()} and ${k.ip()}. Follow-up by ${k.P(k.p[1].first)} on ${k.date()}; callback ${k.phone('US')}.`),
  tpl('note', 'energy', (d, k) => d.t`Meter log ${k.date()} ${k.emoji()}\nsupply ${k.mpan()} | read ${k.reading()} | gen ${k.qty()} | inverter ${k.serial()}\nsupply ${k.mprn()} | read ${k.reading()} | gen ${k.qty()}\nref ${k.badPan()} rejected by ${k.word('Bill')} Pay portal; tariff ${k.tariff()} ok. ${k.word('May')} readings estimated.`),
  tpl('note', 'funeral', (d, k) => d.t`Grave register extract, ${k.place(k.pick(['Lincoln', 'Florence', 'Victoria', 'Chelsea']))} Road cemetery: ${k.plot()} (reserved ${k.date()}), ${k.plot()}, ${k.plot()}. Plan ${k.plan()}; reg ${k.deathReg()}. Payment ref ${k.badIban('GB')} bounced. Flowers: ${k.word('Rose')} & ${k.word('Hope')} Florists, ${k.amount('GBP')}.`),
]

EN_EXTRA.push(
  tpl('summary', 'funeral', (d, k) => d.t`transcript (speech-to-text, unedited)\nagent: thank you for calling heathergate this is ${k.P(k.p[3].first.toLowerCase())} speaking\ncaller: hi yeah its ${k.P(k.p[1].full.toLowerCase())} my dad ${k.P(k.p[0].full.toLowerCase())} passed away on the ${k.date()} ${k.emoji()}\nagent: i'm so sorry. is the best number ${k.phone('GB', false)}\ncaller: yes or my sister ${k.P(k.p[2].first.toLowerCase())} on ${k.phone('GB', false)}. the pension people want his ni number its ${k.nino()}\nagent: noted, ${k.P(k.p[4].first.toLowerCase())} the celebrant will ring you in ${k.word('may')}`),
  tpl('email', 'energy', (d, k) => d.t`Subject: New starter – ${k.P(k.p[0].full)}\n\nHi ${k.P(k.p[1].first)},\n\n${k.P(k.p[0].first)} joins the Cardiff heat-pump team on ${k.date()}. NI number ${k.nino()}, pay into ${k.iban('GB')}. Emergency contact: ${k.P(k.p[2].full)} (${k.phone('GB', false)}). Van tracker logs in from ${k.ip()}.\n\nThanks,\n${k.P(k.p[4].full)}\nPeople Team, BrightRoof Energy | ${k.role('people', 'brightroof-energy.co.uk')}`),
)
