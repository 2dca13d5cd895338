// en-GB texts, second batch, and a few more Irish, Australian and Indian ones: written one by one (callback lists, CRM
// dumps, voicemails, payroll with NI numbers, card disputes, windscreen and rail).
import { mk } from "./markup.ts"

const g = mk("en-GB")
const ie = mk("en-IE")
const au = mk("en-AU")
const inn = mk("en-IN")

const BATCH = [
  g("note", `Callbacks – ClearPane claims, Mon am
1) {{PHONE|07481 912 384}} – glass fitted, sensor light still on
2) {{PHONE|0044 7823 551 904}} – abroad, wants claim form by email
3) {{PHONE|01904 622 718}} – complaint re fitter late ({{neg:date|3 Dec}})
4) {{PHONE|+44 (0)20 7183 4490}} – fleet manager, 4 vans`),
  g("ticket", `CRM | Westline Rail | Season ticket account
holder_name: {{PERSON|Abimbola Oyinlola}}
holder_email: {{EMAIL|abi.oyinlola@example.co.uk.example.org}}
holder_tel: {{PHONE|07396 218 445}}
product: Annual Gold Card, Oxford–London
price: {{neg:amount|£5,276.00}}
payment: Direct Debit, {{IBAN|GB64 NWBK 6016 2244 7183 05}}
last_login_ip: {{IP_ADDRESS|192.0.2.18}}`),
  g("sms", `Kestrel Card: We've blocked your card after a suspicious payment of {{neg:amount|£499.99}}. Call us on {{PHONE|0800 917 2246}} or from abroad {{PHONE|+44 161 832 4419}}. We will never ask for your PIN.`),
  g("transcript", `AGENT: Kestrel Card, {{PERSON|Ifeanyi}} speaking.
CALLER: Hiya, I need to give you my new card number for the dispute refund, they sent me a replacement.
AGENT: Go ahead.
CALLER: {{CARD|4929 1844 0271 5538}}… hang on, no, that's my husband's. Mine is {{CARD|5204 7410 9833 2168}}.
AGENT: {{neg:masked-card|**** 2168}}, thank you. The {{neg:amount|£76.40}} refund will go there.`),
  g("ticket", `Payroll – new starters (Thames Arena matchday staff)
{{PERSON|Abdi, Hodan}} | NI {{UK_NINO|KR 33 58 01 A}} | {{PHONE|07423 660 918}}
{{PERSON|Kaur, Simran}} | NI {{UK_NINO|EH 70 26 49 B}} | {{PHONE|07539 104 227}}
{{PERSON|Marsh, Jack}} | NI pending | {{PHONE|07854 301 662}}`),
  g("sms", `Voicemail from {{PHONE|07562 480 113}} (0:19): "hiya it's about the parking permit for flat 3, my reg changed, ring me back please, {{PHONE|oh seven five six two, four eight oh, one one three}}, ta"`),
  g("email", `From: Severnside Water <{{EMAIL|leakline@severnside.example}}>
To: {{EMAIL|rbalogun@example.net}}

Dear Customer,

Thank you for reporting a leak at {{neg:postcode|BS3 4EA}}. We've raised job {{neg:reference|SVW 2026 45517}} and will attend within 48 hours. If water is entering a property, please call our 24-hour line on {{PHONE|0345 600 1133}}.

Severnside Water`),
  g("note", `E-learning (Learnova UK) – apprentice {{PERSON|Connor Flett}} says employer levy payment not showing. Employer contact {{PERSON|Janice Morrow}}, {{PHONE|0191 427 5530}}, {{EMAIL|j.morrow@flettbuilders.example}}. Escalated to finance. {{neg:name-word|Will}} chase Friday.`),
  ie("note", `Callbacks Shamrock Health pre-approvals: {{PHONE|087 662 1409}} (hip, Beacon), {{PHONE|+353 1 803 2210}} (hospital admissions office), {{PHONE|0044 7911 203 884}} (member living in NI, UK mobile). Ref batch {{neg:reference|PRE-1207}}.`),
  ie("ticket", `Liffey Commuter Rail – TaxSaver employer scheme
Employer: Brightwater Analytics Ltd
Contact: {{PERSON|O'Donoghue, Gráinne}}
Tel: {{PHONE|01 485 2290}}
Email: {{EMAIL|hr@brightwater.example.ie.example.com}}
Staff enrolled: 12
Deduction IBAN: {{IBAN|IE35 BOFI 9033 1277 4055 18}}`),
  ie("chat", `[13:12] You: the Leap season ticket won't top up, card no. {{neg:reference|1008 4471 2290 118}}
[13:13] {{PERSON|Orla}} | Liffey Rail: Hi! Which station machine?
[13:13] You: Bray
[13:14] {{PERSON|Orla}} | Liffey Rail: There's a fault there. Try Dún Laoghaire or the app. Sorry about that!`),
  au("sms", `Voicemail 0:44 from {{PHONE|+61 3 9654 1120}}: "Hi, it's Coliban Waters about the leak at Banksia Crescent, we need to dig up the nature strip Thursday, call {{PHONE|oh three, nine six five four, one one two oh}} with any concerns"`),
  au("ticket", `Bazaarly AU – seller verification
Seller: {{PERSON|Hoang, Minh Duc}}
Store: SydneyTechDeals
Phone: {{PHONE|0423 775 190}}
ABN: {{neg:reference|51 824 753 556}}
Payout account BSB {{neg:sort-code|062-000}} acct {{neg:account-number|1047 2291}}
Login IP: {{IP_ADDRESS|fd12:3456:789a::21}}`),
  au("note", `Stadium box office (Marvel Dome) – {{PERSON|Kirra}} called, 2 tix lost in email. Resent to {{EMAIL|kirra.w@example.com.au.example.net}}. Mob {{PHONE|0455 218 603}}. Booking {{neg:booking-ref|MD-44120-Q}}. Next match {{neg:date|28 Dec}}.`),
  inn("note", `Callback list – Indus Card disputes (Chennai): {{PHONE|044 2815 6620}} (merchant), {{PHONE|+91 94440 21786}} (cardholder, Tamil pref), {{PHONE|98400 55123}} (cardholder son). Dispute {{neg:case-number|DSP1130027}}, amount {{neg:amount|₹8,740}}.`),
  inn("ticket", `Suraksha Health – Pre-auth form (hospital)
Patient: {{PERSON|Saxena, Neha}}
Policy: {{neg:policy-number|SH/2025/0912044}}
Treating doctor: Dr. {{PERSON|Arvind Rao}}
Hospital TPA desk: {{PHONE|022 6618 2440}}
Estimated cost: {{neg:amount|₹2,40,000}}
Admission: {{neg:date|08/12/2026}}`),
  inn("sms", `Learnova: Hi {{PERSON|PRAKASH}}, your course fee refund of {{neg:amount|₹4,500}} is processed to card ending {{neg:masked-card|XXXX7731}}. For queries call {{PHONE|080-4719-2260}}.`),
]

export const EN_GB_2 = BATCH.filter((r) => r.lang === "en-GB")
export const EN_IE_2 = BATCH.filter((r) => r.lang === "en-IE")
export const EN_AU_2 = BATCH.filter((r) => r.lang === "en-AU")
export const EN_IN_2 = BATCH.filter((r) => r.lang === "en-IN")
