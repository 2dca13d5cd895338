// English texts (en-US, en-GB, en-AU), written one by one: chats, agent notes, e-mails, call summaries, transcripts and
// SMS of a repair desk, a grocery delivery line, a glass-and-breakdown insurer, a mobile bank, a scooter rental, a course
// platform, a kitchen planner and a ticket desk.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const au = mk("en-AU")

export const EN_US = [
  us("chat", `Voltaro Repair chat 💬
[{{neg:time|10:42}}] {{PERSON|jess okonkwo}}: hi my earbuds case stopped charging, serial {{neg:serial-number|VX9-20441-KT}}
[{{neg:time|10:43}}] Agent {{PERSON|Ramon}}: sorry to hear that! what firmware does the app show?
[{{neg:time|10:44}}] {{PERSON|jess okonkwo}}: {{neg:version|4.12.7}} i think. call me on {{PHONE|(614) 882-3071}} if easier
[{{neg:time|10:45}}] Agent {{PERSON|Ramon}}: done, RMA {{neg:case-number|RMA-558210}} opened, label goes to {{EMAIL|jess.ok@example.com}}`),
  us("note", `Agent note – card freeze desk, Nimbo Bank
Customer {{PERSON|Delacroix-Whitfield, Anneliese}} called from {{PHONE|+1 415 730 2268}}, lost wallet at the ballpark 😩.
Froze card ending {{neg:masked-card|•••• 6617}}. Verified SSN {{US_SSN|412-73-9035}} + DOB {{neg:date|03/14/1988}}.
Disputed pending charge {{neg:amount|$212.40}} at {{neg:time|11:58 pm}}. New card mailed to ZIP {{neg:postcode|94117}}. She {{neg:name-word|will}} call back to confirm receipt.`),
  us("email", `From: {{EMAIL|h.nakamura-berg@example.net}}
Subject: Re: grocery delivery {{neg:order-number|FC-2026-118734}}

Hi team, the driver ({{PERSON|Luis}}) left my bags at the wrong door again 😕. Missing: 2x oat milk ({{neg:amount|$7.98}}).
Please refund to the Visa {{CARD|4532 0187 3366 1046}} – not the old one, {{neg:luhn-invalid|4532 0187 3366 1047}} was closed in {{neg:name-word|May}}.
Cell is {{PHONE|646.215.0384}}.
– {{PERSON|Hiro Nakamura-Berg}}`),
  us("summary", `Call summary – Roadwise Auto Glass & Breakdown
Caller: {{PERSON|DeShawn P. Merriweather}} | cb {{PHONE|312-907-4416}}
Windshield chip, 2019 Camry, policy {{neg:policy-number|RW-AG-7702918}}. Mobile tech booked {{neg:date|Dec 9}} {{neg:time|8:00 am}}-noon.
Deductible waived ({{neg:amount|$0}} vs {{neg:amount|$250}} normal). Wife {{PERSON|Tamika}} {{neg:name-word|may}} be home instead – ok per caller.`),
  us("transcript", `[auto transcript – Loudhall Live ticket desk]
AGENT: Loudhall Live, this is {{PERSON|Corinne}}, how can I help?
CALLER: hey it's {{PERSON|Gabe Lindqvist}}, my tickets for the Saturday show never arrived
AGENT: what number is on the account?
CALLER: {{PHONE|five oh three, two two seven, eight nine oh one}}
AGENT: so {{PHONE|503 227 8901}}? ... found you, order {{neg:order-number|LH-99031-B}}, two GA at {{neg:amount|$89.50}} each.
CALLER: yeah and the e-mail should be {{EMAIL|gabe dot lindqvist at example dot com}}`),
  us("sms", `Zipp Rides: Hi {{PERSON|Priya}}, your scooter #{{neg:serial-number|Z4-1187}} ride ended {{neg:time|18:07}}, total {{neg:amount|$6.35}}. Questions? Text back or call {{PHONE|1-888-555-0199}}... reply STOP to opt out`),
  us("note", `Learnhive support – account recovery
User: {{PERSON|O'Sullivan-Reyes, Bríd}} (goes by {{PERSON|Bridie}})
Login email {{EMAIL|bridie.osr@example.org}} locked after 5 attempts from {{IP_ADDRESS|203.0.113.47}} and {{IP_ADDRESS|2001:db8:4a::1c}}.
Course "Intro to Python" progress 73 percent. App {{neg:version|v3.8.2}}. Reset sent {{neg:date|2026-12-02}} {{neg:time|14:10}}.`),
  us("chat", `Kitchen Planning – Maplewood Home chat
visitor: hello! booking a kitchen design consult. name is {{PERSON|Nguyễn Thị Lan}}, husband {{PERSON|Dariusz}} {{neg:name-word|will}} join too
planner {{PERSON|Kel}}: lovely 😊 best phone?
visitor: {{PHONE|(702) 519-6638}} or his cell {{PHONE|702-340-1157}}
planner {{PERSON|Kel}}: booked {{neg:date|Jan 6}} {{neg:time|2:30 pm}}, quote ref {{neg:reference|KP-4410-NV}}. Deposit {{neg:amount|$150}} refundable.`),
  us("email", `To: {{EMAIL|payroll@example.com}}
Subject: direct deposit + tax form – please fix name

Hello, I'm a contractor tutor on Learnhive. My 1099 shows "{{PERSON|Marcus Bill}}" but my name is {{PERSON|Marcus Abiodun Bello}}. Social security number {{US_SSN|509-62-1873}}, not {{neg:ssn-invalid|666-62-1873}} as typed on the form.
Thanks, {{PERSON|M. A. Bello}}  ☎ {{PHONE|+1 (919) 448-2076}}`),
  us("summary", `Wrap-up – Voltaro warranty line (CSR {{PERSON|tbrandt}})
Cust. {{PERSON|Yolanda Ruiz-Castellanos}} re: TV panel lines, purchased {{neg:date|08/22/2025}}, serial {{neg:serial-number|VT65Q-88213-0047}}. In warranty. Swap approved.
Callback pref {{PHONE|(956)7201183}} after {{neg:time|5pm}}. Paid w/ Discover {{CARD|6011 0077 4128 3906}} for the {{neg:amount|$39}} expedited fee; exp {{neg:card-expiry|11/29}}.
SSN not required – declined to take it.`),
  us("ticket", `Nimbo Bank – ID verification form (web)
Full legal name: {{PERSON|Abimbola R. Castellano-Pierce}}
SSN: {{US_SSN|318-55-2094}}
Phone: {{PHONE|(347) 816-2093}}
Email: {{EMAIL|abi.cp@example.com}}
Reason: card frozen by mistake after a {{neg:amount|$1,200}} rent payment 🙃 on {{neg:date|12/01/2026}}`),
  us("ticket", `Learnhive tutor W-9 intake #{{neg:ticket-number|W9-22817}}
Name: {{PERSON|Ekaterina Volkov-Reyes}} ("{{PERSON|Katya}}")
Social security no.: {{US_SSN|627 08 4415}}
Mobile: {{PHONE|+1 206 784 3319}}
Note: first upload read {{neg:ssn-invalid|666-08-4415}} (scan error). {{neg:name-word|Bill}} to: Learnhive Inc., invoice {{neg:invoice-number|INV-2026-0419}}`),
  us("note", `⚠️ fraud flag – Nimbo Bank
Two freezes in 24h on {{PERSON|GRACE-ANN TOLIVER}}'s profile. Device IP {{IP_ADDRESS|198.51.100.23}}, then {{IP_ADDRESS|10.4.17.220}} via VPN.
Mastercard {{CARD|5498 1327 0044 8516}} frozen. Callback {{PHONE|404 618 2290}} went to voicemail; SSN on file {{US_SSN|231 40 7795}} matched at {{neg:time|9:14}}.`),
]

export const EN_GB = [
  gb("chat", `FreshBasket home delivery – web chat
{{PERSON|siobhan}}: hiya my slot was {{neg:time|7pm}}-{{neg:time|8pm}} and nobody came 😤 order {{neg:order-number|FB-40218875}}
Agent {{PERSON|Kwame}}: so sorry {{PERSON|Siobhan}}! can I take a number the driver can reach you on?
{{PERSON|siobhan}}: {{PHONE|07984 428 306}}
Agent {{PERSON|Kwame}}: thanks, refunded the {{neg:amount|£4.50}} delivery charge and rebooked for Thursday {{neg:date|10 December}}`),
  gb("note", `Roadwise Breakdown – agent note
Member {{PERSON|Adeyemi, Folasade}} broken down on the M6 near J19, hazard lights on. Mobile {{PHONE|+44 7766 902 418}}, husband {{PERSON|Tunde}} on {{PHONE|0161 496 0732}}.
Policy {{neg:policy-number|RWB-0093377}}. Patrol ETA 45 min. Vehicle reg {{neg:plate|KX19 RTE}}. {{neg:name-word|Will}} pay recovery excess {{neg:amount|£75}} on the day.`),
  gb("email", `From: {{EMAIL|c.ffrench-mullen@example.com}}
Subject: Course refund – Learnhive

Dear Learnhive, I cancelled "Bookkeeping Level 2" within 14 days. Please refund to my account {{IBAN|GB29 NWBK 6016 1331 9268 19}} (the {{neg:iban-checksum|GB92 NWBK 6016 1331 9268 19}} on your form is a typo of mine, sorry).
Many thanks, {{PERSON|Ciara Ffrench-Mullen}}
{{PHONE|020 7946 0381}}`),
  gb("summary", `Call summary – Nimbo card freeze
Caller {{PERSON|Rhodri ap Gwilym}} ({{PHONE|07723 581 904}}) – phone stolen on the bus in Cardiff, CF10 area. Card {{neg:masked-card|**** 2290}} frozen {{neg:time|22:41}}.
ID&V: NI number {{UK_NINO|JT 48 22 91 C}}, DOB, last txn {{neg:amount|£3.20}} (Greggs). Replacement to {{neg:postcode|CF24 4HQ}}.`),
  gb("transcript", `Speech-to-text, ticket desk (Loudhall Live)
Agent: and a contact number please?
Caller: yeah it's {{PHONE|oh seven eight four one, two six six, nine oh three}}
Agent: {{PHONE|oh seven eight four one two six six nine oh three}}, lovely. And your name?
Caller: {{PERSON|Ellis-Mbeki}}, {{PERSON|Noor Ellis-Mbeki}}. The tickets are for the {{neg:name-word|Summer}} Nights gig, booking {{neg:booking-ref|LHL-7Q2K9}}.`),
  gb("note", `HR – Learnhive tutor onboarding (UK)
Tutor {{PERSON|Patel, Hemant}} / {{PERSON|hpatel}}
NI {{UK_NINO|AB123456C}}; earlier form had {{neg:nino-invalid|QJ 12 34 56 C}}.
Pay into {{IBAN|GB44 MIDL 4005 1522 8746 03}}. Emergency: {{PERSON|Meena}} {{PHONE|0113 496 0277}}. Start {{neg:date|04/01/2027}}.`),
  gb("email", `Subject: kitchen plan v3 👍
Hi {{PERSON|Gethin}},
Thanks for the drawings (plan {{neg:version|3.1}}). The island needs to move 20cm. Total now {{neg:amount|£8,940}} incl. fitting, order {{neg:order-number|HK-UK-220781}}.
Could the fitter ring my partner {{PERSON|Saoirse}} on {{PHONE|07400 123 654}}? I'm away until {{neg:date|14 Jan}}.
{{PERSON|Tom Ashworth-Lee}}`),
  gb("sms", `Zipp Rides UK: {{PERSON|Olu}}, your e-bike was parked outside the zone at {{neg:time|23:12}}. A {{neg:amount|£10}} fee applies. Dispute: reply or ring {{PHONE|0330 123 4508}}`),
  gb("chat", `Voltaro support (UK)
[{{neg:time|09:02}}] You: my soundbar remote is dead, bought {{neg:date|3 March}}
[{{neg:time|09:03}}] {{PERSON|Bethan}} (Voltaro): I can help 🙂 can I have your name & postcode?
[{{neg:time|09:04}}] You: {{PERSON|J. Okoro-Davies}}, {{neg:postcode|LS6 2QX}}
[{{neg:time|09:05}}] {{PERSON|Bethan}} (Voltaro): thanks Mr {{PERSON|Okoro-Davies}} – replacement sent, tracking {{neg:tracking-number|VT-RM-10055423}}`),
  gb("summary", `Wrap-up: glass claim – Roadwise
Policyholder {{PERSON|Margaret Hollingsworth}} ("{{PERSON|Peggy}}") (national insurance {{UK_NINO|SN 57 10 34 B}} given though not needed – noted, not stored elsewhere).
Rear window smashed overnight. Booked Thu {{neg:time|11:00}}. Landline {{PHONE|01392 960 441}}, daughter {{PERSON|Lou}} {{PHONE|+447911 206 375}}. Excess {{neg:amount|£95}}.`),
  gb("ticket", `Nimbo – overdraft application (web form)
Applicant: {{PERSON|Chukwuemeka Barnes-Idowu}}
National insurance number: {{UK_NINO|WP 61 38 07 A}}
Mobile: {{PHONE|07853 201 994}}
Monthly rent: {{neg:amount|£925}} · app {{neg:version|9.4.0}} · submitted {{neg:time|08:17}}`),
  gb("ticket", `Learnhive – tutor payroll form
name: {{PERSON|Ffion Pritchard}}
ni: {{UK_NINO|NH 30 72 94 B}}
sort code: {{neg:sort-code|20-41-77}} · account: {{neg:account-number|AC 5530 1928}}
phone: {{PHONE|020 3807 5512}} · email: {{EMAIL|ffion.p@example.org}}`),
  gb("note", `Card freeze escalation – Nimbo
Customer {{PERSON|Zbigniew Nowak-Hughes}} (says "{{PERSON|Ziggy}}") disputes {{neg:amount|£1,249.00}} at an electronics retailer. Card {{CARD|5376 1120 8845 2907}} frozen; old number {{neg:luhn-invalid|5376 1120 8845 2908}} on the chargeback form is wrong.
Login from {{IP_ADDRESS|192.168.1.54}} (home) and {{IP_ADDRESS|203.0.113.201}}. NI {{UK_NINO|PR 82 40 19 D}}.`),
]

export const EN_AU = [
  au("chat", `FreshCart AU delivery chat
{{PERSON|bec}}: hey the frozen stuff arrived melted 🫠 order {{neg:order-number|FC-AU-775120}}
{{PERSON|Tiarne}} (FreshCart): oh no! sorry {{PERSON|Bec}}. I'll refund {{neg:amount|$42.15}}. Best number?
{{PERSON|bec}}: {{PHONE|0412 887 305}}
{{PERSON|Tiarne}} (FreshCart): all done, should show in 3–5 days`),
  au("note", `Roadwise roadside – Brisbane
Member: {{PERSON|Tran, Minh Khoa}} – flat battery, Woolloongabba. Ph {{PHONE|(07) 3846 2219}}, mob {{PHONE|+61 423 610 947}}.
Job {{neg:reference|RSA-QLD-449012}}, patrol {{neg:time|14:20}}, postcode {{neg:postcode|4102}}. Battery replaced {{neg:amount|$219}} paid by Amex {{CARD|3782 940657 18432}}.`),
  au("email", `From: {{EMAIL|waru.tjapaltjarri@example.com}}
Subject: Concert refund – postponed show

G'day, the Loudhall show on {{neg:date|19 Feb}} got postponed. Booking {{neg:booking-ref|LHA-30XK7}}, 3 tickets at {{neg:amount|$129.90}}. Refund to the Mastercard ending {{neg:masked-card|xxxx 1751}} please.
Cheers, {{PERSON|Waru Tjapaltjarri}}, {{PHONE|0438 201 776}}`),
  au("summary", `Call summary – Voltaro AU warranty
{{PERSON|Sienna McAllister-Ng}} rang re: laptop hinge. Model {{neg:serial-number|VL14-AU-22871}}, firmware {{neg:version|2.0.14}}. Outside 12m, inside ACL – repair at no cost.
Courier pickup Tue {{neg:date|8 Dec}}. Contact {{PHONE|02 9374 4455}} (work) / {{PHONE|0401 555 932}}.`),
  au("transcript", `[transcript – Nimbo Bank freeze line]
BOT: please say your mobile number.
CALLER: {{PHONE|oh four one nine, three three two, double seven one}}
BOT: I heard {{PHONE|0419 332 771}}. Is that right?
CALLER: yep. it's {{PERSON|Harrison}}, {{PERSON|Harrison Oyelaran}}, card's gone missing at the footy`),
  au("sms", `Zipp: Hi {{PERSON|Ngaio}}! Your scooter unlock code is {{neg:reference|4471}}. Ride fares {{neg:amount|$1}} + 45c/min. Help {{PHONE|1300 655 506}}`),
  au("note", `Learnhive – tutor payment query
Tutor {{PERSON|Aroha Te Rangi-Smith}} says last payout ({{neg:amount|AUD 640}}) missing. Bank BSB {{neg:reference|062-000}} acct {{neg:account-number|1042 8877}}. Logged in from {{IP_ADDRESS|192.168.0.17}}.
Still inside the 5-day {{neg:name-word|grace}} period. Escalated to payments, ticket {{neg:ticket-number|LH-AU-99211}}. Call back on {{PHONE|0488 173 622}}.`),
  au("chat", `Kitchen planner booking 🍳
{{PERSON|Dimitra}}: hi we'd like a kitchen quote for a unit in Marrickville
planner {{PERSON|Jono}}: sure, whats the address postcode & best contact?
{{PERSON|Dimitra}}: {{neg:postcode|2204}}, me on {{PHONE|0415-330-982}} or {{PERSON|Stavros}} {{PHONE|0421.774.106}}
planner {{PERSON|Jono}}: booked Sat {{neg:time|10am}} 👍 ref {{neg:reference|KP-NSW-1182}}`),
  au("email", `Subject: {{neg:name-word|Mark}} the ticket as resolved pls

Hi, please {{neg:name-word|mark}} case {{neg:case-number|VAU-33104}} resolved – the replacement earbuds arrived.
Also update my email to {{EMAIL|kieran.obrien82@example.org}} and phone to {{PHONE|+61 3 9016 7755}}.
Thanks, {{PERSON|Kieran O'Brien}}`),
  au("summary", `Wrap-up – FreshCart AU (agent {{PERSON|Latisha}})
Customer {{PERSON|Jasmine Wu}} reported substitution of gluten-free bread. Credited {{neg:amount|$6.50}}. Also asked to remove old card {{neg:luhn-invalid|4916 8203 1475 5098}} (declined) and keep {{CARD|4916 8203 1475 5097}}.
Cb {{PHONE|(08) 9225 6180}}.`),
]
