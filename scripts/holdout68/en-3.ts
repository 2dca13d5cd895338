// A second batch of English texts (all six countries), written one by one after the first 97: callback lists, a
// sign-in audit, more chats and summaries, with more phone numbers and fewer names per text.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ie = mk("en-IE")
const ind = mk("en-IN")
const za = mk("en-ZA")
const nz = mk("en-NZ")

export const EN_US_2 = [
  us("chat", `Kitefund – help chat
You: hi my backers keep getting "payment failed"
Bot: I can help! Which campaign?
You: Tiny Forest Kits, {{neg:reference|KF-C-60218}}
Bot: Thanks. A {{neg:version|5.2.0}} checkout bug is fixed; ask backers to retry. Anything else?
You: yes pls have someone call {{PHONE|(503) 861-2274}} 🙏`),
  us("ticket", `Kitefund sign-in audit – account {{EMAIL|ops@tinyforestkits.example}}
{{neg:date|2026-12-01}} {{neg:time|09:14}} login OK from {{IP_ADDRESS|203.0.113.77}}
{{neg:date|2026-12-01}} {{neg:time|23:52}} login FAILED from {{IP_ADDRESS|2001:db8:4a1:7::2c}}
{{neg:date|2026-12-02}} {{neg:time|00:03}} password reset sent to {{PHONE|+1 971 340 6618}}`),
  us("note", `Callback list – Pawbridge claims, {{neg:date|Dec 8}}:
1) {{PHONE|(919) 702-4418}} – re claim {{neg:claim-number|PB-3318740}}, vet needs auth
2) {{PHONE|770-391-2056}} – premium went up {{neg:amount|$11.40}}, wants explanation
3) {{PHONE|(530) 224-9183}} / cell {{PHONE|530-949-0712}} – cancel, moving abroad`),
  us("summary", `Call summary – Goldleaf Pawn online. Caller wanted an appraisal for a Rolex; told him to bring it in. He paid a prior loan balance of {{neg:amount|$260}} by phone with {{CARD|3774 819203 64418}}. First attempt with {{neg:luhn-invalid|6011 4209 3318 7721}} declined (mistyped). Callback {{PHONE|786-412-0937}}.`),
  us("email", `Subject: Re: wine club shipping

Hi there – I'm the account holder, {{PERSON|Marguerite Okonjo}}. Please don't ship to the old address anymore. New address ZIP {{neg:postcode|94110}}. If the courier needs a number it's {{PHONE|415.640.2291}}. {{neg:name-word|Bill}} me as usual.

Thanks!`),
  us("transcript", `speaker 1: thank you for calling halcyon lounge services this is {{PERSON|dana}}
speaker 2: yeah hi i was told i could get a day pass on my credit card benefit
speaker 1: sure what's the card
speaker 2: it's a discover {{CARD|six zero one one, four two zero nine, three three one eight, seven seven two zero}}
speaker 1: ok {{CARD|six zero one one, four two zero nine, three three one eight, seven seven two zero}} that works, pass is sent`),
  us("ticket", `Property manager – move-out checklist
Unit: 9B Larkspur Ct, Tucson AZ {{neg:postcode|85719}}
Tenant forwarding: {{EMAIL|j.tsosie@example.net}}, {{PHONE|520-881-4467}}
Keys returned {{neg:date|11/30/2026}} {{neg:time|4:15 PM}}
Deposit refund {{neg:amount|$1,200}} less cleaning {{neg:amount|$150}}`),
  us("sms", `Seatswap: Your code is {{neg:reference|448201}}. Don't share it. Didn't request it? Call {{PHONE|1-888-417-3390}}.`),
]

export const EN_GB_2 = [
  gb("note", `Callback sheet – Keystone Lettings Bristol, Tuesday {{neg:date|9 Dec}}:
- {{PHONE|0117 924 6610}} re boiler at 22 Cotham Hill
- {{PHONE|07846 226 903}} viewing request, 2-bed, budget {{neg:amount|£1,400}} pcm
- {{PHONE|+44 20 8743 2291}} letting agent in London about a reference`),
  gb("summary", `Call summary: Lingoria London. A prospective student asked about visa letters for the 24-week course ({{neg:amount|£5,760}}). Sent info pack to {{EMAIL|enquiries.student@example.net}}. She'll call back on Monday from {{PHONE|+34 622 918 407}}.`),
  gb("chat", `Aurelian Air – lounge desk
You: Do you accept Priority Pass at Gatwick North? 🙂
{{PERSON|Kwame}} (Lounge Desk): Yes, until {{neg:time|21:00}}. Your card number?
You: it's the one on my amex, {{CARD|3719 024486 19021}}
{{PERSON|Kwame}} (Lounge Desk): Thanks, linked ✅`),
  gb("email", `From: Sunridge Solar UK <{{EMAIL|installs@sunridge.example}}>
Subject: Your installation date

Dear customer,
Your 4.2 kWp system will be installed on {{neg:date|16 January 2027}}. Scaffold goes up the day before. Your installer's mobile: {{PHONE|07732 418 509}}. Postcode on file: {{neg:postcode|NG7 2RD}}. Quote ref {{neg:reference|SSU-4410-B}}.
{{neg:name-word|Will}} you be home? Reply to confirm.`),
  gb("ticket", `HR starter form – Cellar Circle UK
Name: {{PERSON|Adeyemi, Folake}}
NI no: {{UK_NINO|PC 47 21 08 D}}
Bank: {{IBAN|GB10 MIDL 4005 1562 8719 04}}
Mobile: {{PHONE|07588 213 460}}`),
]

export const EN_IE_2 = [
  ie("note", `Callback list Lingoria Cork: {{PHONE|021 427 8830}} (host family, Douglas), {{PHONE|087 990 1273}} (student lost key), {{PHONE|+33 6 71 40 28 15}} (parent in Lyon, speaks French).`),
  ie("email", `Subject: wine club – card change

Hi, please use my new card {{CARD|2221 8440 6159 0279}} from the January box. I mistyped it last time as {{neg:luhn-invalid|2221 8440 6159 0278}}. Thanks, {{PERSON|Eoin Gallagher}}, {{PHONE|085 204 6617}}`),
  ie("summary", `Summary – Seatswap IE. Buyer reported fake tickets for the {{neg:date|14 December}} match. Refund {{neg:amount|€210}} issued. Seller account frozen; last login {{IP_ADDRESS|2001:db8:7c::9}}. Buyer contact {{EMAIL|c.moran@example.com}}.`),
]

export const EN_IN_2 = [
  ind("note", `Callback list (Lingoria Pune): {{PHONE|020 2553 4418}} – parent, IELTS fee query {{neg:amount|₹14,500}}; {{PHONE|+91 70208 31945}} – student, batch shift; {{PHONE|+971 50 418 2297}} – father in Dubai.`),
  ind("summary", `Call summary: Aurelian Air lounge Mumbai. Guest complained about Wi-Fi, device got {{IP_ADDRESS|172.20.14.9}} but no internet. IT ticket {{neg:ticket-number|IT-88291}} raised. Guest email {{EMAIL|r.menon@example.net}}.`),
]

export const EN_ZA_2 = [
  za("chat", `Goldleaf Pawn SA
You: can I pawn a laptop? it's a 2023 MacBook
Agent: Yes! Bring it in with ID. Loans from {{neg:amount|R1,500}}. Branch number {{PHONE|012 342 7718}}
You: 👍 and opening hours on {{neg:date|24 Dec}}?
Agent: {{neg:time|8:00}} to {{neg:time|13:00}}.`),
  za("email", `Subject: Keystone Rentals – levy statement

Good day,
The December levy of {{neg:amount|R2,340.00}} is outstanding. Please pay and email proof to {{EMAIL|accounts@keystonerentals.example}}. Queries: {{PHONE|021 552 4019}}.
Regards, Accounts`),
]

export const EN_NZ_2 = [
  nz("ticket", `Sunridge Solar NZ – fault {{neg:case-number|NZ-4412}}
Site: 18 Kowhai St, Hamilton {{neg:postcode|3204}}
Owner mobile {{PHONE|027 450 8812}}
Inverter IP {{IP_ADDRESS|10.1.4.22}}, firmware {{neg:version|4.1.2}}
Installer: {{PERSON|Tama Rāwiri}}`),
  nz("summary", `Summary – Cellar Circle NZ. Member asked to swap reds for whites in the March box. Done. Card on file {{neg:masked-card|XXXX-XXXX-XXXX-3390}}. Member phone {{PHONE|09 520 4418}}.`),
]
