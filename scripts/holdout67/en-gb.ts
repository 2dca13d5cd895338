// en-GB texts, written one by one: funeral directors, a court-fines line, a parking app, holiday parks, boiler cover,
// a lottery, a dental lab, pest control, locksmiths; staff-side texts with NI numbers.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB = [
  t("asr", `agent: ashby and crane funeral directors you're speaking with {{PERSON|bernadette}}
caller: hiya it's about my nan she died last night at the royal
agent: oh i'm so sorry love can i take your name first
caller: {{PERSON|kayleigh dunmore}}
agent: and a number for you {{PERSON|kayleigh}}
caller: {{PHONE|oh seven eight three four, two two one, nine oh seven}}
agent: so that's {{PHONE|oh seven eight three four, two two one, nine oh seven}}
caller: yeah`),
  t("legacy", `FINES ENQ  ACCT {{neg:account-number|06/118/2209}}   DEFT {{PERSON|ADEBAYO OLUMIDE}}
BAL O/S  {{neg:amount|£420.00}}   INSTAL {{neg:amount|£20.00}} WKLY   NEXT DUE {{neg:date|05/12/2026}}
TEL {{PHONE|0121 454 3380}}   MOB {{PHONE|07956 318 442}}
NI NO {{UK_NINO|JT 48 21 77 C}}
NOTE DEFT RANG TO SAY MISSED PAYMT, PAID {{neg:time|11.20}} TODAY BY CARD`),
  t("sms", `ParkSwift: u parked at Bay {{neg:reference|2207}} Kingsway until {{neg:time|17:30}}. Extend in app or call {{PHONE|0330 808 4412}}. Code {{neg:reference|PS9931}}`),
  t("voicemail", `Voicemail – 0:52 – from {{PHONE|+44 7522 604318}}
"Morning, it's {{PERSON|Gwilym Pryce}}, we've booked the static caravan at Heather Fell for half term, booking ref {{neg:booking-ref|HF-204771}}. Just wondering if dogs are alright, we've got a little one. Ring us back on {{PHONE|07522 604318}}. Ta."`),
  t("ivr", `[IVR] call_id=88f2 ani={{PHONE|+441614982207}} lang=en
[IVR] menu=main choice=3 (boiler breakdown)
[IVR] collect postcode -> "{{neg:postcode|M20 2LW}}"
[IVR] collect policy -> {{neg:policy-number|WH 400 7712}}
[IVR] asr name -> "{{PERSON|siobhan mcardle}}" conf 0.72
[IVR] queue=breakdown_priority wait_est=06:40`),
  t("email", `From: {{PERSON|Tunde Bakare}} <{{EMAIL|tunde.bakare@example.com}}>
To: {{EMAIL|lab@fenwickdental.example}}
Subject: Denture remake – patient {{neg:reference|FD-7713}}

Morning {{PERSON|Clare}},

The upper denture for case {{neg:case-number|FD-7713}} has a fit issue at the left post-dam. Could your technician ring the surgery on {{PHONE|0191 232 8805}} before re-pouring? We're open till {{neg:time|5.30}}.

Kind regards,
{{PERSON|Tunde}}`),
  t("asr", `speaker 1: right so you want to pay the fine today
speaker 2: yeah how much is it
speaker 1: it's {{neg:amount|£160}} in total
speaker 2: ok card number is {{CARD|five three nine one, four seven two oh, eight eight one six, three nine two five}}
speaker 1: sorry was that two oh or two zero
speaker 2: two oh same thing
speaker 1: lovely expiry date
speaker 2: {{neg:card-expiry|11/28}}`),
  t("note", `Pestaway job {{neg:order-number|PA-55120}}: rats in loft. Cust {{PERSON|Shabnam Qureshi}} says neighbour {{PERSON|Derek Foyle}} has same, {{neg:name-word|may}} want joint visit. Call her on {{PHONE|0113 245 8812}} after {{neg:time|4pm}}.`),
  t("legacy", `PAYROLL MAINT  EMP {{neg:reference|004418}}
SURNAME   {{PERSON|OKONJO-WHITE}}     FORENAME {{PERSON|PATIENCE}}
NI NUMBER {{UK_NINO|PH 30 91 25 A}}
BANK      {{IBAN|GB25 NWBK 2045 1873 9266 10}}
START     {{neg:date|01/12/2026}}   GRADE FD2   SITE ASHBY & CRANE LEEDS`),
  t("asr", `[00:00:05] Agent: lucky lantern lottery player services
[00:00:08] Caller: hiya i won on the euro thing and it's not gone in my account
[00:00:12] Agent: ok can you give me the email on your account
[00:00:15] Caller: {{EMAIL|gazza.lomax@example.net}}
[00:00:20] Agent: thanks and your name
[00:00:21] Caller: {{PERSON|gary lomax}}
[00:00:24] Agent: i can see {{neg:amount|£86.40}} pending {{PERSON|gary}} it'll clear in two working days`),
  t("sms", `hi its {{PERSON|Noor}} 🔑 locksmith outside now, cant find no. 14, can u ring me {{PHONE|07412 883 560}}`),
  t("email", `Subject: Payment plan – account {{neg:account-number|11873320}}

Dear Ms {{PERSON|Achterberg}},

Thank you for your call on {{neg:date|2 December}}. As the balance {{neg:name-word|rose}} after court costs, we have set up a plan of {{neg:amount|£35}} per month starting {{neg:date|1 January}}. Payments will be collected by direct debit from {{IBAN|GB25 BUKB 4012 7731 8522 90}}.

If anything changes please call us on {{PHONE|0300 123 9188}}.

Northern Fines Collection Unit`),
  t("asr", `agent: warmhearth boiler cover good afternoon
customer: yeah the boiler's showing an f28 fault
agent: ok it's part of the landlord verification so do you have your national insurance number handy
customer: erm yeah it's {{UK_NINO|NY 71 44 28 B}}
agent: thank you`),
  t("voicemail", `From: Unknown ({{PHONE|020 8367 2291}})
Transcript: "hello this is {{PERSON|Haruto Inoue}} at flat 3, the lock on the communal door is broken again and nobody can get in, could someone call me, {{PHONE|020 8367 2291}}, thank you"`),
  t("ivr", `bot> Welcome to Heather Fell Holiday Parks. Say or type your booking reference.
guest> {{neg:booking-ref|HF-318802}}
bot> Thanks. Is the lead guest {{PERSON|Rhiannon Price}}?
guest> yes
bot> Your pitch is {{neg:reference|D12}}. Arrival from {{neg:time|15:00}} on {{neg:date|Friday 12 June}}.
guest> can i pay the balance {{neg:amount|£212}} now
bot> Transferring you to an agent.`),
  t("legacy", `PEST CTRL WORKSHEET  REF {{neg:order-number|PA-55781}}   TECH {{PERSON|K. OSEI}}
CLIENT   MRS {{PERSON|B. HALLIWELL}}
CONTACT  {{PHONE|01904 622 418}}
PCODE    {{neg:postcode|YO31 7EH}}
PRODUCT  RACUMIN BATCH {{neg:serial-number|RB-2026-441}}`),
  t("note", `Dental lab courier: collect impression from Dr {{PERSON|Iqbal}}'s practice before {{neg:time|1pm}}. Receptionist {{PERSON|Sunita}} – {{PHONE|0116 254 9930}}. Delivery note {{neg:reference|DN 40021}}.`),
  t("asr", `speaker 1: parkswift support
speaker 2: hi i got a penalty charge notice but i paid on the app
speaker 1: ok whats the pcn number
speaker 2: {{neg:reference|LB 7710 2948}}
speaker 1: and the mobile number on your account
speaker 2: {{PHONE|oh seven eight nine one, double four two, six one oh}}
speaker 1: ok {{PERSON|amara}} i can see the session started at {{neg:time|10:02}}`),
  t("email", `From: HR <{{EMAIL|hr@ashbycrane.example}}>
To: {{PERSON|Wiktor Zieliński}} <{{EMAIL|wiktor.z@example.org}}>
Subject: Starter form

Hi {{PERSON|Wiktor}}, we just need your NI number to set up payroll. You gave {{neg:nino-invalid|QQ 12 34 56 C}} on the form which looks like a placeholder.
Reply: my NI is {{UK_NINO|SK 52 80 19 D}}, sorry!
Also the bank was wrong, I put {{neg:iban-checksum|GB26 NWBK 2045 1873 9266 10}}.`),
  t("sms", `fenwick dental lab: case {{neg:case-number|FD-8120}} dispatched. track via dpd {{neg:tracking-number|15503887240011}}. any probs ring {{PERSON|mo}} on {{PHONE|07388 412 096}}`),
  t("asr", `[00:01:10] Agent: can i take your name please
[00:01:12] Caller: it's {{PERSON|june okereke}}
[00:01:15] Agent: and you're ringing about the lottery direct debit
[00:01:18] Caller: yeah it came out twice in {{neg:name-word|may}}
[00:01:21] Agent: let me check the sort code and account ending {{neg:reference|2290}}
[00:01:30] Agent: yes i can see that i'll refund {{neg:amount|£10}} to your account`),
  t("note", `Locksmith callout: {{PERSON|Ciarán Molloy}} locked out, Unit 4 Riverside. Card payment {{neg:amount|£95}} declined, he read {{neg:luhn-invalid|4917 6203 8841 0573}} then corrected to {{CARD|4917 6203 8841 0572}}. Mob {{PHONE|07874 301 556}}.`),
]
