// A second batch of en-US and en-GB texts, written one by one: staff-side forms with SSNs and NI numbers, ticket
// exports, SMS and transcripts (driving school, school transport, coworking, EV charging, solar, ferry, cinema).
import { mk } from "./markup.ts"

const us = mk("en-US")
const gb = mk("en-GB")

export const EN_US_2 = [
  us("ticket", `W-4 / I-9 intake – Roadready Driving Academy (new instructor)
Legal name: {{PERSON|Castillo, Rosalinda}}
Social Security No.: {{US_SSN|533 48 2107}}
Home phone: {{PHONE|(505) 884-3216}}
Direct deposit routing: {{neg:account-number|ABA 107002312}}
Account: {{neg:account-number|0044 7182 2093}}
Hire date: {{neg:date|12/14/2026}}`),
  us("transcript", `AGENT: Roadready Driving Academy, {{PERSON|Monique}} speaking.
CALLER: Hi, I'm calling to sign up my son for drivers ed, the winter session.
AGENT: Great! Student's name?
CALLER: {{PERSON|Caleb Thornton}}. He turns 15 in {{neg:name-word|April}}.
AGENT: And a parent phone number?
CALLER: {{PHONE|five oh five, two two nine, seven seven four oh}}.
AGENT: {{PHONE|505-229-7740}}. The course is {{neg:amount|$425}}, first class {{neg:date|January 9}} at {{neg:time|10 a.m.}}`),
  us("sms", `Metro Tri-County Schools Transportation: {{PERSON|Jaylen}}'s bus 61 has a substitute driver today. Pickup may be up to 10 min late. Transportation office: {{PHONE|(602) 764-3390}}`),
  us("note", `Solara Home Solar – hardship. Lessee {{PERSON|Consuela Ybarra}} (acct {{neg:account-number|7100 4490 2218}}) lost job, asks 60-day deferral on {{neg:amount|$129.00}} payment. Verified SSN {{US_SSN|611-40-2287}} for hardship program. Approved thru {{neg:date|2/28/2027}}. Cell {{PHONE|210.448.6071}}. Mailed letter to ZIP {{neg:postcode|78221}}.`),
  us("email", `Subject: Re: Your Dec invoice – Lantern Works Coworking

Hi {{PERSON|Oren}},

Your card {{neg:masked-card|XXXX-XXXX-XXXX-0092}} was declined for the {{neg:amount|$375.00}} dedicated desk fee. Could you update billing or send a new card? You can also call me at {{PHONE|(503) 660-1184}}.

{{PERSON|Valentina Russo}}
Member Services, Lantern Works
{{EMAIL|billing@lanternworks.example}}

> On Dec 1, {{PERSON|Oren Feldman}} <{{EMAIL|oren@feldmandesign.example}}> wrote:
> Can you use {{CARD|6011 0009 2846 3714}} going forward? Thanks.`),
  us("chat", `VoltWay Support – chat
VoltWay Support: Hi, you're chatting with {{PERSON|Precious}}. What's going on?
me: the app says my account is locked after a login from somewhere else
VoltWay Support: I see a sign-in from {{IP_ADDRESS|198.51.100.73}} and one from {{IP_ADDRESS|2001:db8:9f0::2a}} this morning. Was that you?
me: the second one yes, the first no
VoltWay Support: Locked it down, reset link sent.`),
  us("ticket", `PUGET SOUND FERRIES – VEHICLE RESERVATION EXPORT
res_id,name,phone,vehicle,length_ft,sailing
{{neg:booking-ref|PSF44718820}},{{PERSON|Haugen, Ingrid}},{{PHONE|360-378-4410}},pickup+trailer,34,{{neg:date|12/19}} {{neg:time|6:20 AM}}
{{neg:booking-ref|PSF44719113}},{{PERSON|Abebe, Tesfaye}},{{PHONE|+1 206 933 0178}},sedan,16,{{neg:date|12/19}} {{neg:time|8:35 AM}}`),
  us("transcript", `agent evergreen final expense this is {{PERSON|darnell}} how can i help
caller hi im calling about a policy for my aunt she wants to add me as beneficiary
agent sure whats the policyholder name
caller {{PERSON|gloria mcintyre}}
agent and to verify her social security number
caller {{US_SSN|four eight seven two two nine three one oh}}
agent thank you and your name
caller {{PERSON|tamika mcintyre}} {{PHONE|seven oh four five five one eight two six three}}`),
  us("sms", `Marquee Cinemas: {{PERSON|Kyle}}, your 2 tickets for Sat {{neg:time|9:40 PM}} are confirmed. Booking {{neg:booking-ref|MQ4R8Z2}}. Show this text at the box office.`),
]

export const EN_GB_2 = [
  gb("ticket", `STARTER CHECKLIST – Solent Link Ferries (deckhand, seasonal)
Name: {{PERSON|Lewandowski, Kacper}}
National Insurance no: {{UK_NINO|SW471192D}}
Address postcode: {{neg:postcode|PO33 2BT}}
Mobile: {{PHONE|+44 7523 884 160}}
Bank: {{IBAN|GB39 LOYD 3096 2714 4802 51}}`),
  gb("transcript", `AGENT: Luxe Screen bookings, {{PERSON|Harriet}} speaking.
CALLER: Hiya, I've booked the parent and baby screening for Thursday but I need four seats not two.
AGENT: No problem. Can I take the booking reference?
CALLER: {{neg:booking-ref|LX4471902}}
AGENT: Lovely. Name on the booking?
CALLER: {{PERSON|Bethany Okoro}}.
AGENT: And a number in case the screening's cancelled?
CALLER: {{PHONE|double oh four four, seven eight two four, three three one, nine oh six}}
AGENT: That's fine.`),
  gb("chat", `ChargeGrid Help
(21:40) Driver: the app charged me twice at Tebay
(21:41) {{PERSON|Rhys}} @ ChargeGrid: Sorry! Two charges of {{neg:amount|£31.20}}? Card ending {{neg:masked-card|**** 5120}}?
(21:41) Driver: yep
(21:42) {{PERSON|Rhys}} @ ChargeGrid: Refunded one. The app on {{neg:version|6.3.0}} had a bug, please update.`),
  gb("note", `Payroll query, Clutch & Go: instructor {{PERSON|Farah Siddiqui}} underpaid on {{neg:date|30/11/2026}}, missing 6 hours. NI no. {{UK_NINO|TR 38 55 02 B}}. Top-up {{neg:amount|£147.00}} in next run. Call back {{PHONE|0161 496 0732}}.`),
  gb("sms", `Hollybrook Funeral Plans: Dear Mrs {{PERSON|Agatha Lowe}}, your plan is now fully paid. Keep plan number {{neg:policy-number|HFP 0559 2208 11}} safe. Queries {{PHONE|0345 600 2219}}.`),
  gb("email", `Subject: Re: Bike fit booking

Hi {{PERSON|Tomasz}},

Saturday {{neg:time|11am}} is fine for the fit. It'll be {{neg:amount|£95}}, payable on the day. Shop line is {{PHONE|0117 924 8810}} if you're running late.

Cheers,
{{PERSON|Fiona}}
Spokes & Cogs Bristol

> On 4 Dec 2026, at {{neg:time|18:12}}, {{PERSON|Tomasz Wróblewski}} wrote:
> Could I book a bike fit this weekend? My number is {{PHONE|07700 148 293}}.`),
]
