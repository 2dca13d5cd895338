// en-IE texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-IE")

export const EN_IE = [
  t("chat", `Liffeyside Insurance – Home Claims
[10:31] You: hi our house was flooded last night in Clonmel, the river came up into the kitchen
[10:32] {{PERSON|Orla}} (Claims): Oh no, I'm so sorry. Are you all safe? Can I get the policyholder's name and policy number?
[10:33] You: {{PERSON|Pádraig Ó Súilleabháin}}, {{neg:policy-number|LHI-3308127}}
[10:35] {{PERSON|Orla}} (Claims): Thanks {{PERSON|Pádraig}}. Claim ref is {{neg:claim-number|CL-IE-2604418}}. A loss adjuster will ring you today. Best number?
[10:35] You: {{PHONE|087 214 6630}}`),
  t("note", `Liffeyside - burglary claim, PH {{PERSON|Agnieszka Nowak}}, Phibsborough. Garda ref {{neg:reference|GR 11820436}}. Items: laptop, jewellery (est {{neg:amount|€3,200}}). Excess {{neg:amount|€250}}. Husband {{PERSON|Marek}} to send receipts to {{EMAIL|claims@liffeyside.example}}. Ph {{PHONE|01 868 2217}}.`),
  t("email", `Subject: Mortgage arrears – Account {{neg:account-number|MTG 40-7719-22}}

Dear Shannonbridge Building Society,

I'm writing because I've been put on short time at work and won't manage the full repayment of {{neg:amount|€1,412.60}} in January. I'd like to discuss an alternative arrangement under MARP.

I can be reached on {{PHONE|086 331 9072}} any day after {{neg:time|4pm}}.

Yours sincerely,
{{PERSON|Olumide Adeyemi}}
12 Ard na Gréine, Galway {{neg:postcode|H91 K2T7}}`),
  t("transcript", `AGENT: Emerald Mobile billing, you're talking to {{PERSON|Dervla}}
CALLER: hi, ya, I've been charged for roaming in Spain but I'm in the EU so it should be free
AGENT: let me check, can I get the mobile number please
CALLER: {{PHONE|oh eight five, seven seven two, four one nine oh}}
AGENT: {{PHONE|085 772 4190}}, and the name
CALLER: {{PERSON|Tadhg Mulcahy}}
AGENT: thanks {{PERSON|Tadhg}}, I see you went over the fair use limit on the {{neg:date|21st of November}}, that's {{neg:amount|€18.45}}`),
  t("sms", `Emerald Mobile: Hi {{PERSON|Lukas}}, your bill of {{neg:amount|€42.00}} is ready and will be collected on {{neg:date|15/12}}. Questions? Call {{PHONE|1800 804 226}}.`),
  t("ticket", `DIRECT DEBIT MANDATE — Emerald Mobile
Account holder: {{PERSON|Zainab Malik}}
Account no: {{neg:account-number|EM-5519 2034}}
IBAN: {{IBAN|IE90 AIBK 9311 5212 9045 61}}
Phone: {{PHONE|+353 89 440 1276}}
Email: {{EMAIL|zainab.malik@mailbox.example}}
Signed: {{neg:date|02/12/2026}}`),
  t("chat", `GreenBasket.ie
{{PERSON|Ciara}} @ GreenBasket: Hi there! How can I help?
Visitor: my order {{neg:order-number|GB-IE-772104}} came with a bag of someone else's shopping
Visitor: it's addressed to a Mrs {{PERSON|Bridget Keane}}
{{PERSON|Ciara}} @ GreenBasket: Oh dear, thanks for letting us know. Please keep it aside and our driver will collect it tomorrow. Could I have a number for the driver?
Visitor: {{PHONE|083 619 5528}}`),
  t("note", `GreenBasket - cust {{PERSON|Fionnuala Breen}} says substitute items were out of date. refunded {{neg:amount|€9.85}}. eircode {{neg:postcode|T12 X5RK}}. she asked that driver {{PERSON|Ahmed}} not be sent again (rude). logged {{neg:ticket-number|GB-CX-10447}}. tel {{PHONE|021 431 7708}}.`),
  t("email", `From: {{PERSON|Mariana Costa}} <{{EMAIL|mariana.costa@inbox.example}}>
To: {{EMAIL|reservations@harbourviewhotels.example}}
Subject: Christmas booking – Kinsale

Hi,

We'd like to change our booking {{neg:booking-ref|HV-2612-4471}} to add a cot for our baby. Also, can we check in at {{neg:time|1pm}} on {{neg:date|23 December}}?

My husband {{PERSON|Ruairí Costa}} will be driving, his mobile is {{PHONE|+353 87 552 3019}}.

Thanks a million,
{{PERSON|Mariana}}`),
  t("transcript", `[00:00:01] AGENT: Wayfarer Roadside, {{PERSON|Seán}} here, are you in a safe place?
[00:00:04] CALLER: I am, I'm in the Applegreen on the M7 at Birdhill. Car won't start.
[00:00:09] AGENT: No bother. Your name and reg?
[00:00:11] CALLER: {{PERSON|Gráinne Ní Bhriain}}, {{neg:plate|191-L-3320}}.
[00:00:18] AGENT: And a number for the mechanic?
[00:00:20] CALLER: {{PHONE|oh eight seven, two two nine, oh four five one}}.
[00:00:24] AGENT: So {{PHONE|087 229 0451}}. He'll be with you within the hour.`),
  t("sms", `CityLink Bus Lost Property: An item matching your report {{neg:reference|LP 2026 3381}} has been found. Collect at Busáras, Mon-Fri {{neg:time|9am}}-{{neg:time|5pm}}. Info: {{PHONE|01 703 3312}}`),
  t("ticket", `Refund form — CityLink Leap fare
Name: {{PERSON|Ionuț Popescu}}
Leap card no: {{neg:account-number|1001 2299 4738}}
Amount: {{neg:amount|€20.00}}
Reason: top-up failed but card debited
Card: {{neg:masked-card|**** 8851}}
Phone: {{PHONE|089 717 2604}}
Submitted from {{IP_ADDRESS|192.168.1.44}}`),
  t("note", `Bord Solas Energy - hardship. Cust {{PERSON|Bríd Kavanagh}} arrears {{neg:amount|€687.30}}. Set payment plan {{neg:amount|€40}}/wk. MPRN {{neg:mprn|10 304 882 117}}. Son {{PERSON|Cathal}} rang on her behalf from {{PHONE|087 901 3376}}, she consented on the call.`),
  t("email", `Subject: Re: payment plan confirmation

Hi {{PERSON|Aoife}},

Grand, thanks for setting that up. Just to confirm the direct debit will come from my account {{IBAN|IE85 BOFI 9000 4322 1887 05}}. The first one I gave you, {{neg:iban-checksum|IE96 BOFI 9000 4322 1887 05}}, had a typo.

{{PERSON|Declan Furlong}}
{{PHONE|053 914 2276}}`),
  t("transcript", `agent: outpatients department st finbarrs this is {{PERSON|noreen}}
caller: hi i'm ringing to cancel my appointment with the ent clinic
agent: no problem whats the name
caller: {{PERSON|wiktoria zielinska}}
agent: and your date of birth
caller: {{neg:date|14th of march 1990}}
agent: thanks {{PERSON|wiktoria}} and is {{PHONE|087 633 1029}} still the best number
caller: yes it is`),
  t("sms", `St Finbarr's Hospital: {{PERSON|DARRAGH}}, your appointment in Cardiology is on {{neg:date|18/12/2026}} at {{neg:time|10:40}}. Reply Y to confirm or call {{PHONE|021 492 2244}} to rearrange.`),
]
