// A third batch of English texts, written one by one after the first 143: more said numbers, SSNs and NI numbers,
// voicemail summaries and short notes.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ie = mk("en-IE")
const ind = mk("en-IN")
const za = mk("en-ZA")
const nz = mk("en-NZ")

export const EN_US_3 = [
  us("summary", `Voicemail summary (Halcyon Lounge desk, {{neg:time|7:02 AM}}): caller says she left a laptop bag in the Concourse B lounge yesterday. Callback number said as "{{PHONE|three one two, five two seven, oh four four nine}}" → {{PHONE|three one two, five two seven, oh four four nine}}. Bag is grey, has a tag reading "Return to {{PERSON|Ines Halloran}}".`),
  us("transcript", `AGENT: Kitefund payouts, for verification can I have the last four of your social?
CALLER: sure, {{neg:reference|4418}}
AGENT: thanks. And the full SSN for the 1099-K correction, since it was entered wrong?
CALLER: ok it's {{US_SSN|273-48-1095}}
AGENT: got it. Correction will post by {{neg:date|January 31}}.`),
  us("note", `Wine club age check – caller on {{PHONE|(813) 927-4410}} says the driver refused delivery, ID was fine. Order {{neg:order-number|CC-77120-US}}. Redelivery {{neg:date|12/11}}, {{neg:amount|$15}} fee waived.`),
  us("chat", `Seatswap
You: hi do you have a number I can call? my tickets show as "transferred" but I never accepted
Agent: Yes: {{PHONE|1-888-417-3390}} 🙂 Or I can help here. What's the order?
You: {{neg:order-number|SW-6021-33817}}
Agent: I see it. The seller used an old address, not {{EMAIL|tim.oduya@example.com}}. Resending now.`),
  us("email", `Subject: Re: W-9 for Sunridge referral bonus

Hi,
here are the details for the {{neg:amount|$600}} referral bonus: {{PERSON|Gustavo Reyes}}, SSN {{US_SSN|611-02-4478}}, same address as the install. Call {{PHONE|(505) 247-8830}} if anything's missing.
Thanks, {{PERSON|Gus}}`),
  us("note", `Pet insurer fraud review: policy opened from {{IP_ADDRESS|2001:db8:11:5::a0}} and again from {{IP_ADDRESS|198.51.100.201}} within {{neg:time|2:10}} minutes; same card {{neg:masked-card|•••• 3187}}. Phone given {{PHONE|+1 646 802 7731}}. Escalated.`),
]

export const EN_GB_3 = [
  gb("transcript", `AGENT: Keystone Lettings payroll line.
CALLER: hiya, I'm the new cleaner, they said I need to give my NI number
AGENT: That's right, go ahead.
CALLER: it's {{UK_NINO|NH 82 44 17 B}}
AGENT: Lovely, and a phone for payslips?
CALLER: {{PHONE|oh seven five nine six, three three one, two oh eight}}
AGENT: {{PHONE|oh seven five nine six, three three one, two oh eight}}, sorted.`),
  gb("summary", `Summary – Goldleaf Pawnbrokers Leeds: customer phoned to ask if {{neg:name-word|May}} is a good time to sell gold (price now {{neg:amount|£98}} per gram). Told to come in with ID. Number {{PHONE|0113 496 7721}}.`),
  gb("note", `Lingoria: mum rang from {{PHONE|+48 601 447 208}} about her son's visa letter. Letter sent to {{EMAIL|biuro.kowal@example.com}} on {{neg:date|5 December}}. Course ref {{neg:reference|LG-VL-2291}}.`),
  gb("email", `Subject: Aurelian Air lounge – guest list for {{neg:date|20 December}}

Hi team,
Corporate booking for 6 guests, arrival {{neg:time|10:30}}. Lead contact mobile {{PHONE|07469 204 518}}, backup {{PHONE|0203 884 6120}}. Invoice to {{EMAIL|travel@brightwell.example}}, PO {{neg:reference|PO-88120}}.`),
]

export const EN_IE_3 = [
  ie("transcript", `AGENT: Cellar Circle Ireland, how can I help?
CALLER: ya, my order was meant to come today
AGENT: The phone number on the order?
CALLER: {{PHONE|oh eight seven, four one two, nine nine oh three}}
AGENT: {{PHONE|oh eight seven, four one two, nine nine oh three}}, grand. It's out for delivery, should be with you by {{neg:time|5pm}}.`),
]

export const EN_IN_3 = [
  ind("email", `Subject: Seatswap refund – concert cancelled

Hello,
The concert on {{neg:date|28 December}} got cancelled. My order {{neg:order-number|SWIN-44190}}, {{neg:amount|₹7,200}}. Refund to my card {{CARD|5122 7804 6311 9049}} please, not to wallet. Contact {{PHONE|99870 41263}}.
Thanks`),
  ind("chat", `Keystone Property Bengaluru
Tenant: sir water tanker not come since 2 days 😓
Manager: Sorry. Flat no.?
Tenant: B-1104, Whitefield, {{neg:postcode|560066}}
Manager: Plumber will call from {{PHONE|080 4120 9937}}.`),
]

export const EN_ZA_3 = [
  za("transcript", `AGENT: Pawbridge South Africa, good afternoon.
CALLER: hi, I need to claim for my dog, he ate a sock
AGENT: Shame! Your policy number?
CALLER: {{neg:policy-number|PBZ-208814}}
AGENT: And your cell?
CALLER: {{PHONE|zero eight two, seven seven four, one nine oh eight}}
AGENT: {{PHONE|zero eight two, seven seven four, one nine oh eight}}. Claim forms coming via SMS.`),
  za("summary", `Summary: Lingoria Cape Town. Student from Brazil asked for airport pickup on {{neg:date|11 January}}, flight lands {{neg:time|06:15}}. Host family number {{PHONE|021 761 2048}}. Student WhatsApp {{PHONE|+55 11 98742 3310}}.`),
]

export const EN_NZ_3 = [
  nz("transcript", `AGENT: Kitefund NZ, kia ora.
CALLER: hi, my pledge was charged twice
AGENT: Sorry about that. Card last four?
CALLER: {{neg:reference|9402}}
AGENT: Refund of {{neg:amount|$45}} done. Best number?
CALLER: {{PHONE|oh two one, three three eight, four four one}}
AGENT: {{PHONE|oh two one, three three eight, four four one}}, cheers.`),
  nz("chat", `Pawn & Loan Dunedin
You: can I pay my loan online?
Agent: Yes, via the portal, or call {{PHONE|03 477 2210}} 👍 Loan {{neg:loan-number|PLD-0091}} balance {{neg:amount|NZ$230}}.`),
]
