// English texts (en-US, en-GB, en-IE, en-CA), written one by one: AI call summaries, after-call notes, escalation
// e-mails with forwarded customer messages, web-chat and call transcripts a contact centre's QA team pulls for review.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ie = mk("en-IE")
const ca = mk("en-CA")

export const EN_US = [
  us("summary", `AI call summary — Keystone Retirement Savings, inbound, 14 min 06 s
Caller identified as {{PERSON|Dolores Whitfield-Adeyemi}}, plan {{neg:policy-number|KR-401K-778213}}. Verified with the last four of her social security number and then the full number when the system asked again: {{US_SSN|412-67-9083}}.
Ms {{PERSON|Whitfield-Adeyemi}} wants to add her husband, {{PERSON|Raymond Adeyemi}}, as primary beneficiary. {{PERSON|Dolores}} said {{PERSON|Raymond}} would call separately from {{PHONE|(336) 418-2297}}.
Balance quoted: {{neg:amount|$84,215.60}} as of {{neg:date|11/30/2026}}. Agent {{PERSON|Curtis Bell}} sent the beneficiary form to {{EMAIL|dwhitfield.adeyemi@example.net}}.
Sentiment: calm 🙂 → satisfied. Follow-up: none. Model {{neg:version|v3.8.2}}.`),
  us("note", `After-call note (broadband tech line) – ticket {{neg:ticket-number|TK-5590412}}
Spoke w/ {{PERSON|Jerome Castellanos}}; modem keeps dropping every ~20 min. Router WAN shows {{IP_ADDRESS|192.168.0.1}} gateway but DHCP handed out {{IP_ADDRESS|10.42.7.118}}, which is wrong for his node.
Firmware {{neg:version|7.14.3}}. Booked a tech for {{neg:date|Dec 9}} between {{neg:time|8 am}} and noon.
Callback: {{PHONE|505-332-8741}} (cell). Wife {{PERSON|Alma}} will be home if {{PERSON|Jerome}} is at work.
{{neg:name-word|Will}} escalate to NOC if the swap doesn't fix it. – {{PERSON|TR}}`),
  us("email", `From: {{EMAIL|preauth-desk@example.org}}
To: {{EMAIL|clinical-review@example.org}}
Subject: FW: urgent MRI pre-authorization, member {{neg:member-number|MBR-30018842}}

Team – forwarding below. Member is {{PERSON|Harriet Olufemi-Brandt}}, DOB on file. The ordering physician, Dr. {{PERSON|Sanjay Venkataraman}}, faxed notes; his office line is {{PHONE|(617) 724-3390}}. Claim {{neg:claim-number|CLM-2026-0048817}} is on hold until you sign off.

-----Forwarded message-----
From: {{EMAIL|harriet.ob@example.com}}
Hi, I was told the MRI is approved then my card was charged {{neg:amount|$1,240.00}}?? Please call me on {{PHONE|617-380-2214}} hmm actually that's my old one, use {{PHONE|857-231-6604}}. Thank you — {{PERSON|Harriet}}

Thanks, {{PERSON|Pauline Greer}}
Pre-auth desk, ext. 4471`),
  us("chat", `[Web chat – AutoTrove used cars – session {{neg:reference|WC-884120}}]
Bot: Hi! 👋 I can help with listings, test drives and payments. What's your name?
Visitor: {{PERSON|Kendra Lusk}}
Bot: Thanks {{PERSON|Kendra}}! What can I do for you?
Visitor: the 2019 CR-V listing (stock {{neg:reference|AT-55127}}) — seller wants a deposit. I paid with {{CARD|4929 3810 5527 1641}} but it said declined, then I tried {{neg:luhn-invalid|4929 3810 5527 1642}} by mistake
Bot: Let me connect you with an agent.
{{PERSON|Marcus}} (agent): Hi {{PERSON|Kendra}}, {{PERSON|Marcus}} here. The first number went through at {{neg:time|3:42 pm}}; the second was a typo so nothing was charged. Deposit {{neg:amount|$500}} held until {{neg:date|December 12}}.
Visitor: ok great. seller's name is {{PERSON|Don Pruitt}}, he said call him at {{PHONE|602 447 1983}}
{{PERSON|Marcus}} (agent): Noted, I'll loop in Mr {{PERSON|Pruitt}}… sorry, I'll contact {{PERSON|Pruitt}} directly.`),
  us("transcript", `Call transcript excerpt – Lakeshore Manor weddings (auto-transcribed, then corrected by QA)
AGENT: Lakeshore Manor events, this is {{PERSON|Bethany}}.
CALLER: Hi, it's {{PERSON|Trevor Nakashima}}, we're booked for {{neg:date|June 20, 2027}}.
AGENT: Congratulations! Can I get a good number?
CALLER: Sure, {{PHONE|four one four, seven seven two, nine oh three six}}.
AGENT: That's {{PHONE|414-772-9036}}?
CALLER: Yep. And my fiancée {{PERSON|Priya}} is the main contact really — {{EMAIL|priya.r.nakashima@example.com}}.
AGENT: Got it. Your balance is {{neg:amount|$6,850}}, deposit ref {{neg:booking-ref|LKM-W-2291}}.
CALLER: Could the florist, {{PERSON|Gwen Ostrowski}}, get in at {{neg:time|10:30 am}}?
AGENT: Yes, I'll note it. Thanks {{PERSON|Trevor}}.`),
  us("note", `Parking office – counter note, citation {{neg:reference|PK-26-0391847}}
Resident {{PERSON|Luis Ortega-Marsh}} disputes ticket issued to plate {{neg:plate|8KXR214}} at {{neg:time|09:14}} on {{neg:date|11/28/2026}} outside the {{neg:name-word|Rose}} Garden lot at 1140 Delmar, ZIP {{neg:postcode|63130}}. Says permit hangtag was visible; photo emailed from {{EMAIL|lortegamarsh@example.net}}.
Fine {{neg:amount|$45.00}} on hold. Supervisor {{PERSON|Angela Fairweather}} to review by {{neg:date|Dec 15}}.
He asked that replies go by SMS to {{PHONE|+1 314 862 5570}}.`),
  us("email", `Subject: Escalation – damaged piano, move job {{neg:order-number|MV-204418}}
From: {{EMAIL|ops-lead@example.com}}
To: {{EMAIL|claims@example.com}}

{{PERSON|Nadia}}, passing this to you. Crew lead {{PERSON|Rick Saldana}} confirms the upright was scratched unloading. Customer {{PERSON|Eleanor Vickery}} forwarded the note below.

> From: {{EMAIL|evickery@example.org}}
> Sent: {{neg:date|Dec 3, 2026}} {{neg:time|7:51 pm}}
> Your movers were kind but the piano has a 6-inch gouge 😞. My son {{PERSON|Graham Vickery}} can meet an assessor, reach him at {{PHONE|(503) 914-2268}}. Please don't call my landline.
> – {{PERSON|E. Vickery}}

Valuation coverage on file: {{neg:amount|$0.60}} per lb. Claim {{neg:claim-number|CL-88130}} opened.
– {{PERSON|Dev}} ({{PERSON|Devlin Harper}}, ops)`),
  us("summary", `Call summary (AI) — Pawfect Grooming, Austin North
Customer: {{PERSON|Courtney Albrecht}}. Dog: "Biscuit", cockapoo. Appointment {{neg:booking-ref|PG-7734}} moved from {{neg:date|Dec 11}} to {{neg:date|Dec 18}}, {{neg:time|1:15 pm}}.
She reported a small nick near the ear from the last visit; her vet, Dr. {{PERSON|Olamide Rhodes}} at Brushy Creek Animal Clinic, checked it. Clinic number given: {{PHONE|512-388-4105}}.
Refund of {{neg:amount|$38.50}} approved by groomer lead {{PERSON|Sunita Paul}}. Card on file {{neg:masked-card|•••• 6610}} will be credited.
Customer mobile: {{PHONE|(737) 209-6651}}. {{neg:name-word|Sunny}} disposition, no complaint filed.`),
  us("note", `HR/benefits line – after-call note (pension rollover)
Caller {{PERSON|Wendell Okoro}} asked about rolling an old 403(b) into plan {{neg:policy-number|KRS-55310-B}}. Verified by SSN {{US_SSN|531-90-4472}} and date of birth. A second number he read out, {{neg:ssn-invalid|666-12-4409}}, was his late mother's claim id from another carrier, not an SSN.
Estate attorney {{PERSON|Lorraine Beckwith}} ({{EMAIL|lbeckwith@example.com}}) may call on his behalf; authorization form pending.
Best time: after {{neg:time|5 pm}} CT at {{PHONE|312-609-7738}}. – {{PERSON|AK}}`),
  us("chat", `Live chat – StreamHome TV tech support
Bot: Describe the issue.
Customer: set-top box stuck on "Updating {{neg:version|4.2.11}}"
Bot: Try a restart. Did that help?
Customer: no. agent pls
{{PERSON|Tameka}} (agent): Hi, this is {{PERSON|Tameka}}. Can I get your name and account phone?
Customer: {{PERSON|Bill Moretti}}, {{PHONE|(919) 460-2813}}
{{PERSON|Tameka}} (agent): Thanks {{PERSON|Bill}}. I see the box at {{IP_ADDRESS|192.168.1.47}} last checked in {{neg:date|2026-12-04}} {{neg:time|22:10}}. I'm pushing a reset now.
Customer: it's back, thx
{{PERSON|Tameka}} (agent): Great! Ticket {{neg:ticket-number|SH-339021}} closed.`),
  us("email", `From: {{EMAIL|estate.services@example.com}}
To: {{EMAIL|compliance-review@example.com}}
Subject: Escalation — beneficiary claim on IRA {{neg:account-number|KR-IRA-0093318}}, caller identity mismatch

{{PERSON|Rosalind}}, flagging this before we pay anything out.

On {{neg:date|Dec 2}} a caller said she was {{PERSON|Marguerite Delacroix-Hobbs}}, daughter of the late {{PERSON|Leonard Hobbs}}, and gave his social security number as {{US_SSN|219-44-6103}}. Our file agrees. She then gave her own SSN, {{US_SSN|447-81-2290}}, which also checks out, but the callback number she left, {{PHONE|(208) 391-7745}}, belongs to a {{PERSON|Curtis Ng}} in our CRM.

Her forwarded e-mail:
> From: {{EMAIL|mdhobbs@example.net}}
> Please send Dad's balance ({{neg:amount|$212,480}}) to my new account, I'll email the voided check. Our lawyer {{PERSON|Bradley Stroud}} ({{PHONE|208-514-0932}}) can confirm. – {{PERSON|Marguerite}}

I've held the payment. Ms {{PERSON|Delacroix-Hobbs}} was polite 🙂 but pushy about timing.
– {{PERSON|Deshawn Price}}, Estate Services ({{PERSON|DP}})`),
  us("transcript", `QA transcript – Keystone Retirement Savings, ID&V segment (read-back check)
AGENT: Thanks for holding, this is {{PERSON|Lorena}}. For security, the last four of your social security number?
CALLER: Actually the whole thing, your app asked for it: {{US_SSN|five two eight, four one, seven seven oh three}}.
AGENT: I have {{US_SSN|528-41-7703}}. And your name?
CALLER: {{PERSON|Everett Kowalski}}. My wife {{PERSON|June}} handles the paperwork.
AGENT: Got it, Mr {{PERSON|Kowalski}}. Best number?
CALLER: {{PHONE|seven one nine, two two six, four oh eight one}}.
AGENT: {{PHONE|719-226-4081}}. Your contribution of {{neg:amount|$650}} posts on {{neg:date|12/15/2026}}.`),
  us("summary", `AI call summary — CityPark Municipal Parking, Denver
Caller {{PERSON|Ngozi Abernathy}} disputes two citations ({{neg:reference|DEN-PK-7731204}}, {{neg:reference|DEN-PK-7731290}}) for plate {{neg:plate|CPX-4418}}, both {{neg:date|11/21/2026}}, {{neg:time|10:02}} and {{neg:time|10:47}}. She says the meter app charged her card {{neg:masked-card|XXXX 7781}} for {{neg:amount|$6.25}} at {{neg:time|9:58}}.
Her brother-in-law {{PERSON|Desmond Abernathy}} was driving; he can be reached at {{PHONE|303-861-4427}}. {{PERSON|Ngozi}}: {{PHONE|+1 720 334 9168}}.
Hearing officer {{PERSON|Grace Whitaker}} will review; the app vendor's receipt server logged the payment from {{IP_ADDRESS|198.51.100.73}}. ZIP {{neg:postcode|80204}}.
Sentiment: irritated 😠 → calm. Model {{neg:version|v3.9.0}}.`),
]

export const EN_GB = [
  gb("summary", `AI call summary – Thistle & Rowan Pensions, member services
Member: {{PERSON|Gillian Hargreaves}}, scheme ref {{neg:member-number|TRP-4471983}}. Identity confirmed with date of birth and her National Insurance number {{UK_NINO|JR 48 21 93 C}}.
She is taking {{neg:amount|£18,000}} tax-free cash and wants the rest into drawdown. Her financial adviser, {{PERSON|Oliver Pemberton}}, will send the signed forms from {{EMAIL|o.pemberton@example.org}}.
Payment to be made to {{IBAN|GB13 BARC 2004 1683 7492 15}} (she first read {{neg:iban-checksum|GB31 BARC 2004 1683 7492 15}}, then corrected herself).
Contact number: {{PHONE|07912 482306}}. Agent: {{PERSON|Priyanka Shah}}. Next step: cooling-off letter by {{neg:date|12 December}}.`),
  gb("note", `After-call note – broadband fault line, case {{neg:case-number|FL-20261204-118}}
Mr {{PERSON|Kwame Asante-Lloyd}} (account holder) says the hub drops at night. Line test passed; sync 67 Mbps. His hub reports {{IP_ADDRESS|192.168.1.254}} and a public address in {{IP_ADDRESS|203.0.113.58}}. Hub firmware {{neg:version|6.2.0}}.
Engineer booked {{neg:date|9 Dec}} AM, postcode {{neg:postcode|LS6 2QB}}. {{PERSON|Kwame}} prefers a call on {{PHONE|0113 496 0572}}; his daughter {{PERSON|Efua}} may answer.
– {{PERSON|HM}}`),
  gb("email", `Subject: FW: pre-authorisation – knee arthroscopy, policy {{neg:policy-number|PH-7730-2214}}
From: {{EMAIL|preauth@example.com}}
To: {{PERSON|Sally}} in clinical triage

{{PERSON|Sally}}, could you pick this up? Consultant Mr {{PERSON|Ashok Rajan}}'s secretary, {{PERSON|Bernadette Cole}}, chased twice — {{PHONE|020 7946 0321}}. The patient's note is below.

---- forwarded ----
From: {{EMAIL|tomdrury@example.net}}
Hello, I'm {{PERSON|Thomas Drury}}. Surgery is pencilled for {{neg:date|14/01/2027}} at the Nuffield. My NI number is {{UK_NINO|NZ 31 77 02 A}} in case the employer scheme asks. Mobile {{PHONE|07723 518094}}. Thanks, {{PERSON|Tom}}

Kind regards,
{{PERSON|Rhiannon}} ({{PERSON|R. Pugh}})`),
  gb("chat", `Web chat — MotorMart (used cars)
🤖 Bot: Hi, I'm Max. Which car are you asking about?
You: the silver Golf, reg {{neg:plate|KN19 XRT}}, listed at {{neg:amount|£11,495}}
🤖 Bot: Passing you to a person…
{{PERSON|Declan}} (MotorMart): Hi, {{PERSON|Declan}} here. Can I take your name?
You: {{PERSON|Rose Appiah}}
{{PERSON|Declan}} (MotorMart): Thanks {{PERSON|Rose}}. The seller is a dealer in Derby, postcode {{neg:postcode|DE1 3QT}}. Their line is {{PHONE|01332 960 418}}.
You: can I pay the holding deposit by card? {{CARD|5412 7730 9186 0257}}
{{PERSON|Declan}} (MotorMart): Please don't post full card numbers in chat 🙏 — I've masked it as {{neg:masked-card|**** 0257}}. I'll send a secure link to your e-mail instead.
You: {{EMAIL|rose.appiah@example.com}}`),
  gb("note", `Parking services – after-call note, PCN {{neg:reference|WK26104482}}
Caller {{PERSON|Hope Ferreira}} appealing a PCN for vehicle {{neg:plate|LD72 HPU}} in bay 14, {{neg:date|30 November}} at {{neg:time|11:05}}. Blue Badge holder is her father, {{PERSON|Arturo Ferreira}}; badge photo to follow.
Charge {{neg:amount|£70}} (reduced {{neg:amount|£35}} if paid in 14 days) on hold.
Phone {{PHONE|+44 7834 226190}} / landline {{PHONE|01865 274 903}}.
– {{PERSON|Mark Ellery}}`),
  gb("summary", `Call summary generated by Assist AI – Hartwell Removals
Customer {{PERSON|Dominic Fairclough}} moving from Bristol ({{neg:postcode|BS6 5DW}}) to Chester on {{neg:date|19 December}}. Quote {{neg:order-number|HR-Q-58120}}: {{neg:amount|£2,340}} incl. VAT.
He asked that the survey be done with his partner, {{PERSON|Isla Navarro}}, on {{PHONE|07459 113 862}}. {{PERSON|Dominic}}'s own mobile is {{PHONE|07812 664 031}}.
Deposit paid by card ending {{neg:masked-card|XXXX-XXXX-XXXX-4417}}. Agent {{PERSON|Yusuf Karim}} flagged that the piano needs a specialist; passed to {{PERSON|Leanne}} in planning.
Caller tone: anxious → reassured 😊.`),
  gb("email", `From: {{PERSON|Joanna Whitlock}} <{{EMAIL|events@example.org}}>
To: {{EMAIL|sophie.baines@example.com}}
Subject: Re: Aldermoor Barn – your date {{neg:date|5 June 2027}}

Dear {{PERSON|Sophie}},

Thank you for the deposit of {{neg:amount|£3,000}} (booking {{neg:booking-ref|ALD-27-0605}}). I've noted that your mum, {{PERSON|Carol Baines}}, is the second contact on {{PHONE|01743 862 219}}.

For the balance, our account is {{IBAN|GB15 LOYD 3096 3458 1022 77}}, reference your surname.
{{neg:name-word|Will}} you need the ceremony room from {{neg:time|13:30}}?

Warm wishes,
{{PERSON|Jo}}
{{PERSON|JW}}, Aldermoor Barn`),
  gb("transcript", `Transcript (QA sample) – Tidy Tails grooming, Croydon
AGENT: Tidy Tails, {{PERSON|Keira}} speaking.
CALLER: Hi, {{PERSON|Nigel Osei}}, I've got Bramble booked on {{neg:date|Saturday 13 December}}.
AGENT: Lovely. Best number, {{PERSON|Nigel}}?
CALLER: {{PHONE|oh seven nine five six, double four one, three eight two}}.
AGENT: So {{PHONE|07956 441 382}}.
CALLER: That's it. Our vet, {{PERSON|Fiona McAllister}}, says no clipping near the stitches.
AGENT: Noted. Price is {{neg:amount|£52}}.`),
  gb("note", `Pensions – after-call note (bereavement)
Caller {{PERSON|Simon Achterberg}}, son of the late {{PERSON|Margaret Achterberg}} (member {{neg:member-number|TRP-2290814}}). Death certificate received {{neg:date|02/12/2026}}.
Her NI {{UK_NINO|WL 62 04 81 B}} confirmed against record. An older letter shows {{neg:nino-invalid|QL 62 04 81 B}}, a typo by the previous administrator.
Solicitor: {{PERSON|Harriet Oyelaran}}, {{EMAIL|h.oyelaran@example.net}}, {{PHONE|0161 496 0742}}. {{PERSON|Simon}} on {{PHONE|07388 205 917}}.
Lump sum estimated {{neg:amount|£41,760}}. Passed to {{PERSON|Gareth}} in bereavement team. – {{PERSON|PS}}`),
  gb("chat", `Chat log – Fibrewave TV technical support
Agent {{PERSON|Amira}}: Hi, you're through to {{PERSON|Amira}}. What's happening?
Customer: No picture on the box since {{neg:time|18:40}}. Account name {{PERSON|Grace Ibekwe}}.
Agent {{PERSON|Amira}}: Thanks {{PERSON|Grace}}. I can see the box on {{IP_ADDRESS|fd4e:7a2c:19::31}} stuck on software {{neg:version|12.4.7}}. Restarting remotely.
Customer: ok. Also my NI number changed? the letter said {{UK_NINO|PE 11 92 37 D}}
Agent {{PERSON|Amira}}: We don't need your NI number for TV, please don't share it here 🙂.
Customer: sorry! back now.`),
  gb("email", `From: {{EMAIL|hr.pensions@example.org}}
To: {{EMAIL|payroll.support@example.org}}
Subject: FW: auto-enrolment opt-out – two employees, wrong NI numbers on file

Hi {{PERSON|Callum}},

Two leavers' records have swapped NI numbers. Please correct before the {{neg:date|20 December}} run.

1) {{PERSON|Bethan Lloyd-Evans}} – NI {{UK_NINO|SH 20 47 19 A}}, scheme ref {{neg:member-number|TRP-5520187}}
2) {{PERSON|Oluwaseun Adebayo}} – NI {{UK_NINO|RK 73 08 41 C}}; the payroll export showed {{neg:nino-invalid|DK 73 08 41 C}}, which can't be valid.

Forwarded from {{PERSON|Bethan}}:
> I opted out on {{neg:date|3 November}} but {{neg:amount|£84.12}} was still taken 😕. Call me on {{PHONE|07584 220 913}} please, not at work.

Thanks,
{{PERSON|Marcia Okonjo}} ({{PERSON|MO}}), HR`),
  gb("summary", `Assist AI summary – PawsUp Grooming, Brighton (complaint call, 16 min)
Customer {{PERSON|Felicity Ashworth-Grant}} reported that her whippet, Pepper, came home with clipper rash after the {{neg:date|29 November}} appointment (booking {{neg:booking-ref|PU-BN-44178}}). Her vet, {{PERSON|Rupert Linley}} at Hove Vets ({{PHONE|01273 960 284}}), prescribed cream costing {{neg:amount|£23.40}}.
She asked that the refund go to her husband {{PERSON|Jonathan Grant}}'s card, which the agent declined. {{PERSON|Felicity}} also read out her NI number when asked for ID (not needed): {{UK_NINO|AB 12 64 38 D}}. QA note: agent {{PERSON|Tyrone Baptiste}} should have stopped her earlier.
Refund to original card {{neg:masked-card|**** 1046}}. Callback on {{PHONE|+44 7902 118 456}} by {{neg:time|4 pm}}. Postcode {{neg:postcode|BN3 1FH}}.`),
]

export const EN_IE = [
  ie("summary", `AI summary – Shannonside Pensions & Savings, call 00:11:42
Caller {{PERSON|Siobhán Ní Bhriain}} (member {{neg:member-number|SPS-0049127}}) asked to change the bank account for her annuity from {{neg:date|1 January}}.
New account read out: {{IBAN|IE73 AIBK 9311 5247 2018 36}}. Old one on file ends 6642.
She also asked that her brother, {{PERSON|Cathal Breen}}, be allowed to ring on her behalf; he's on {{PHONE|087 231 4478}}. {{PERSON|Siobhán}}'s number is {{PHONE|+353 86 417 2295}}.
Agent {{PERSON|Aoife Dunne}} explained the third-party mandate form. Sentiment: positive. Annuity {{neg:amount|€1,412.30}} monthly.`),
  ie("note", `Broadband tech – after-call note, ref {{neg:ticket-number|LB-77124}}
Customer {{PERSON|Pádraig Ó Súilleabháin}} in Ennis, Eircode {{neg:postcode|V95 X2P7}}. Router at {{IP_ADDRESS|192.168.1.1}}; WAN IP {{IP_ADDRESS|198.51.100.204}} flapping since {{neg:date|28/11/2026}}.
Told him firmware {{neg:version|2.8.14}} has a fix. Tech visit {{neg:date|10 December}}, {{neg:time|14:00}}-{{neg:time|18:00}}.
Contact: {{PHONE|065 682 9417}} (landline) or wife {{PERSON|Máire}} on {{PHONE|085 719 3306}}. – {{PERSON|CF}}`),
  ie("email", `From: {{EMAIL|claims.ops@example.net}}
To: {{EMAIL|moves@example.net}}
Subject: FW: Complaint — broken wardrobe, job {{neg:order-number|CRM-3318}}

{{PERSON|Ciarán}}, please sort this before Friday. The crew chief was {{PERSON|Liam Cosgrave}}.

> From: {{EMAIL|orla.keating@example.com}}
> Hi, I'm {{PERSON|Orla Keating}}. The lads were great but the wardrobe door came off 😢. My partner {{PERSON|Fergal}} measured the damage, quote from the carpenter is {{neg:amount|€260}}. The new hinge was sent by courier, tracking {{neg:tracking-number|JD014600008821734455}}. Reach me on {{PHONE|01 662 9031}} during the day.
> {{PERSON|Orla}}

Thanks,
{{PERSON|Niamh Tierney}}
Customer Care, Corrib Removals`),
  ie("chat", `Webchat — Glenview House (wedding venue)
Bot 🤖: Hello! Are you enquiring about a date?
Guest: yes, {{neg:date|18 September 2027}}, about 120 guests
Bot 🤖: Let me get our coordinator.
{{PERSON|Eimear}}: Hi, {{PERSON|Eimear}} here 👋. That Saturday is free. {{neg:name-word|May}} I have your name and number?
Guest: {{PERSON|Rory Gallagher-Quinn}}, {{PHONE|089 442 7160}}
{{PERSON|Eimear}}: Thanks {{PERSON|Rory}}. The package starts at {{neg:amount|€11,500}}. Deposit by transfer to {{IBAN|IE70 BOFI 9000 1755 3081 42}}, ref {{neg:booking-ref|GH-270918}}.
Guest: my fiancé {{PERSON|Killian}} will send it tonight`),
  ie("transcript", `Call recording transcript – Dublin City parking appeals
OFFICER: Parking appeals, {{PERSON|Deirdre}} speaking.
CALLER: Hi, it's {{PERSON|Bridget Nolan}}, about a clamp on reg {{neg:plate|201-D-48127}} on {{neg:date|3 December}}.
OFFICER: And a contact number?
CALLER: {{PHONE|oh eight three, four four two, one nine six seven}}.
OFFICER: {{PHONE|083 442 1967}}, grand.
CALLER: My son {{PERSON|Eoin}} drives it, he had the disc on the dash.
OFFICER: Release fee {{neg:amount|€80}}, I'll log the appeal as {{neg:case-number|DCC-APP-55102}}.`),
  ie("note", `Health insurer pre-approval desk – note
Member {{PERSON|Declan Moriarty}}, policy {{neg:policy-number|IH-4471-0028}}, requesting cover for a cataract procedure at the Bon Secours on {{neg:date|20/01/2027}}.
Consultant: {{PERSON|Nuala Fitzgerald}}; her rooms {{PHONE|021 492 7713}}. Excess {{neg:amount|€150}}.
{{PERSON|Declan}} asked us to post the letter, not e-mail. Mobile {{PHONE|086 223 5901}}. {{neg:name-word|Bill}} to the hospital directly.`),
  ie("summary", `Summary (AI, reviewed) – Happy Paws Grooming, Galway
Client: {{PERSON|Aisling Kenny}} for Murphy (spaniel). Booking {{neg:booking-ref|HP-G-2215}} on {{neg:date|11 December}} at {{neg:time|09:30}}.
She mentioned her vet {{PERSON|Colm Hegarty}} prescribed a medicated shampoo; she'll bring it. Vet practice number {{PHONE|091 758 240}}.
Paid {{neg:amount|€45}} by card {{neg:masked-card|**** 3318}}. Client mobile {{PHONE|087 912 6604}}. Groomer assigned: {{PERSON|Tadhg}}.`),
  ie("email", `Subject: Escalation: second-hand car purchase — seller unresponsive
From: {{EMAIL|trust-safety@example.org}}
To: {{EMAIL|fraud.review@example.org}}

Hi {{PERSON|Gráinne}},

Buyer {{PERSON|Marek Zieliński}} paid {{neg:amount|€4,200}} for a 2016 Focus ({{neg:plate|161-KY-2093}}) and the seller, listed as {{PERSON|Shane Dowling}}, has gone quiet. Buyer's message:

"I sent the money on {{neg:date|29 November}} to the account he gave, {{IBAN|GB09 MIDL 4005 1572 9408 13}}". His phone {{PHONE|+44 7462 305118}} is off now. Mine is {{PHONE|083 117 8420}}. — {{PERSON|Marek}}"

Can you check the listing IP? It came from {{IP_ADDRESS|203.0.113.91}}.
{{PERSON|Ronan}}`),
  ie("note", `After-call note – Shannonside Pensions
{{PERSON|Tomás Whelan}} rang re: transfer value. Quote {{neg:amount|€62,904}} valid to {{neg:date|31/12/2026}}. Asked for it to be sent to {{EMAIL|tomas.whelan@example.com}} and to his solicitor {{PERSON|Gemma Rourke}} at {{EMAIL|grourke@example.net}}.
Callback: {{PHONE|+353 1 554 8127}}. {{neg:name-word|Mark}} as priority. – {{PERSON|AD}}`),
  ie("chat", `Live chat – Emerald TV & Broadband
Customer: hi my box says error {{neg:reference|E-1042}}
Agent {{PERSON|Shauna}}: Hi there, I'm {{PERSON|Shauna}}. Name on the account?
Customer: {{PERSON|Patrick Duggan}}
Agent {{PERSON|Shauna}}: Thanks {{PERSON|Patrick}}. I see the box on {{IP_ADDRESS|10.0.14.22}}, software {{neg:version|5.19.2}}. Can you hold the reset button for 10 seconds?
Customer: done, working 😀
Agent {{PERSON|Shauna}}: Perfect. Ticket {{neg:ticket-number|EM-88302}}.`),
  ie("transcript", `QA transcript – Atlantic Health Insurance, pre-approval line
AGENT: Pre-approvals, {{PERSON|Clodagh}} speaking.
CALLER: Hi, I'm ringing for my father, {{PERSON|Seamus Flannery}}. I'm {{PERSON|Brendan}}, his son.
AGENT: Is {{PERSON|Seamus}} with you to give consent?
CALLER: He is. Dad, say yes… ok he said yes. It's for a hip replacement on {{neg:date|22 January}} in the Galway Clinic.
AGENT: Membership number?
CALLER: {{neg:member-number|AHI-7712-0453}}.
AGENT: Best number for you?
CALLER: {{PHONE|oh eight six, three three one, five two nine four}}.
AGENT: {{PHONE|086 331 5294}}. Excess is {{neg:amount|€300}}. Consultant's secretary?
CALLER: {{PERSON|Mona Keane}}, {{PHONE|091 720 118}}.`),
]

export const EN_CA = [
  ca("summary", `AI call summary – Maple Leaf Pension Partners (bilingual line, English)
Caller: {{PERSON|Gordon Tremblay-Walsh}}, member {{neg:member-number|MLP-661024}}. Asked about splitting his pension with his ex-spouse, {{PERSON|Janice Walsh}}, under the court order dated {{neg:date|2026-09-15}}.
Her lawyer, {{PERSON|Anjali Brar}}, will fax the order; office {{PHONE|(416) 739-2284}}.
{{PERSON|Gordon}}'s cell: {{PHONE|+1 604 872 1193}}. E-mail {{EMAIL|gtwalsh@example.com}}. Agent {{PERSON|Mélanie Côté}}.
Estimated share: {{neg:amount|CAD 48,300}}. Sentiment: frustrated 😤 → neutral.`),
  ca("note", `Tech support after-call note, ticket {{neg:ticket-number|NL-449210}}
{{PERSON|Arjun Dhillon}} in Surrey BC ({{neg:postcode|V3S 7N2}}) – TV boxes freeze. Gateway {{IP_ADDRESS|192.168.2.1}}; box 1 {{IP_ADDRESS|192.168.2.34}}. Pushed firmware {{neg:version|3.22.5}}.
Cust's mother {{PERSON|Harjit}} uses the box during the day, she may call. Contact {{PHONE|778-241-6093}}.
Next check {{neg:date|Dec 10}}. – {{PERSON|KL}}`),
  ca("email", `From: {{EMAIL|parking.appeals@example.org}}
To: {{EMAIL|bylaw.supervisors@example.org}}
Subject: FW: parking ticket appeal {{neg:reference|PT-2026-884137}}

Forwarding for review — resident says signs were covered by snow ❄️.

> From: {{EMAIL|a.nguyen.home@example.com}}
> My name is {{PERSON|Annie Nguyen}}. My car ({{neg:plate|CKRT 482}}) was ticketed {{neg:date|Dec 2}} at {{neg:time|7:20 am}} on Elgin St., {{neg:postcode|K2P 1L4}}. Photos attached. Fine is {{neg:amount|$85}}. Please call {{PHONE|613-884-2056}}.

{{PERSON|Bruce Lalonde}}
Parking Services`),
  ca("transcript", `Transcript – Northbound Movers, quote line
AGENT: Northbound Movers, {{PERSON|Stacey}} here.
CALLER: Hi, {{PERSON|Farid Haddad}}. Moving Winnipeg to Calgary on {{neg:date|January 15}}.
AGENT: Number to reach you?
CALLER: {{PHONE|two zero four, five five two, eight one oh three}}.
AGENT: {{PHONE|204-552-8103}}?
CALLER: Yes. Or my wife {{PERSON|Leila}}, {{PHONE|204-619-3372}}.
AGENT: Estimate is {{neg:amount|$4,950}}, quote {{neg:order-number|NBM-7712}}.`),
  ca("chat", `Web chat — TruckTrader used vehicles
Bot: Welcome! Enter your name.
User: {{PERSON|Colleen MacIsaac}}
Bot: Hi {{PERSON|Colleen}}, how can we help?
User: I bought a 2018 F-150 VIN ending 44821 and the seller hasn't sent the ownership
Agent {{PERSON|Raj}}: Hi {{PERSON|Colleen}}, {{PERSON|Raj}} here. I'll contact the seller, {{PERSON|Dale Fougere}}. What did you pay with?
User: Amex {{CARD|3782 917364 10530}}
Agent {{PERSON|Raj}}: Thanks – please avoid full card numbers in chat. Refund hold placed, {{neg:amount|$1,000}} deposit, case {{neg:case-number|TT-55102}}.`),
  ca("summary", `Call summary (AI) – Paws & Suds Grooming, Halifax
Customer {{PERSON|Brendan O'Leary}} called about his golden retriever's appointment on {{neg:date|December 20}} at {{neg:time|11:00}}.
Dog had an allergic reaction last time; vet Dr. {{PERSON|Yvonne Arsenault}} ({{PHONE|902-455-6718}}) advised hypoallergenic products.
Manager {{PERSON|Trish}} approved a {{neg:amount|$30}} credit. Customer phone {{PHONE|(902) 292-4418}}. {{neg:name-word|May}} need longer slot.`),
  ca("note", `Pre-authorization desk – note (extended health plan)
{{PERSON|Hélène Bouchard}} calling for her husband {{PERSON|Marc Bouchard}}, member {{neg:member-number|EH-7730912}}. Physio pre-approval for {{neg:amount|$1,200}}.
Clinic: Rideau Physio, {{PHONE|613-230-4471}}. {{PERSON|Hélène}} on {{PHONE|1-613-796-2240}}. Claim {{neg:claim-number|CLM-448216}}.
Told her a decision within 5 business days.`),
  ca("email", `Subject: Venue booking – {{neg:booking-ref|LKV-0912}}
From: {{EMAIL|weddings@example.net}}
To: {{EMAIL|nat.and.sam@example.com}}

Hi {{PERSON|Natalie}} and {{PERSON|Samir}},

Your date, {{neg:date|September 12, 2027}}, is confirmed at Lakeview Pavilion. Deposit received: {{neg:amount|$2,500}}. We {{neg:name-word|hope}} the planning goes smoothly.
Our florist partner {{PERSON|Joanne Kowalchuk}} can be reached at {{PHONE|(780) 414-2297}}.

Best,
{{PERSON|Courtney Sinclair}}
({{PERSON|CS}})`),
  ca("note", `After-call note, pension line
Caller {{PERSON|Wei Zhang}} asked why his deposit of {{neg:amount|$350}} bounced. Card used {{CARD|4556 0172 8834 6103}}; earlier attempt {{neg:luhn-invalid|4556 0172 8834 6108}} was a typo on the web form.
Office number {{PHONE|(403) 262-7719}}. – {{PERSON|LM}}`),
  ca("chat", `Chat – Northern Lights Fibre support
Agent {{PERSON|Kayla}}: Hi! 👋 What's your name?
Customer: {{PERSON|Olivier Leblanc}}
Agent {{PERSON|Kayla}}: Thanks {{PERSON|Olivier}}. I see your modem at {{IP_ADDRESS|2001:db8:4a1::17}}. Firmware {{neg:version|9.0.4}}. Rebooting.
Customer: still down. my number {{PHONE|506 854 3321}}
Agent {{PERSON|Kayla}}: I'll book a tech for {{neg:date|Dec 11}}.`),
  ca("email", `From: {{EMAIL|dispatch@example.com}}
To: {{EMAIL|customer.relations@example.com}}
Subject: FW: missing boxes – move {{neg:order-number|NBM-8830}}, Toronto to Ottawa

{{PERSON|Priya}}, customer wrote in last night. Driver was {{PERSON|Gus Antonopoulos}}, helper {{PERSON|Wade}}.

> From: {{EMAIL|lmcintyre@example.org}}
> Three boxes marked "KITCHEN" never arrived 😩. Tracking said delivered {{neg:date|Dec 1}} at {{neg:time|4:12 pm}} (tracking {{neg:tracking-number|1Z 48W 712 03 4471 2290}}). My husband {{PERSON|Doug}} counted twice. Call me at {{PHONE|613-729-2207}} or him at {{PHONE|343-885-1074}}. – {{PERSON|Lynn McIntyre}}

Claim value {{neg:amount|$1,150}}. Postal code at delivery {{neg:postcode|K1S 3V6}}.
– {{PERSON|Tara}}`),
]
