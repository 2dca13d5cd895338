// English texts of holdout69 (en-US, en-GB, en-AU, en-CA), written one by one: e-mail threads with quoted replies and
// signatures, chat exports with timestamps, CRM rows and key: value blocks, call summaries and ticket histories.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const au = mk("en-AU")
const ca = mk("en-CA")

export const EN_US = [
  us("email", `Subject: RE: Refund for duplicate charge

Hi {{PERSON|Dolores}} — the second charge of {{neg:amount|$84.19}} was reversed today, you should see it in 3-5 business days.

Best,
{{PERSON|Tavish McCrory}}
Billing Specialist II | Customer Accounts
Brightwell Home Warranty
Direct: {{PHONE|(615) 724-3018}} | Mobile: {{PHONE|615-390-2247}}
CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you received it in error, delete it.

On Mon, Mar 3, 2025 at 4:51 PM {{PERSON|Dolores Quintanilla}} <{{EMAIL|dquintanilla@mailhub.example}}> wrote:
> I was charged twice for plan {{neg:contract-number|BHW-PL-220871}}, card ending {{neg:masked-card|**** 6204}}.
> Please fix asap.`),
  us("chat", `[03/02/2025, 14:02] Ridgeline Bot: Hi! I'm the Ridgeline assistant. What can I help with?
[03/02/2025, 14:02] Customer: need to update my direct deposit and my SSN is wrong on my W-2
[03/02/2025, 14:03] Ridgeline Bot: Connecting you to a payroll agent…
[03/02/2025, 14:05] {{PERSON|Kenji Alvarado}}: Hi, this is {{PERSON|Kenji}}. What does the W-2 show?
[03/02/2025, 14:06] Customer: it shows {{neg:ssn-invalid|666-21-4830}} but my SSN is {{US_SSN|512-48-7731}}
[03/02/2025, 14:08] {{PERSON|Kenji Alvarado}}: Thanks, I'll file a correction under case {{neg:case-number|PR-448120}}. Expect a W-2c by {{neg:date|03/21/2025}}.`),
  us("note", `Caller,Phone,Email,Issue,Agent
"{{PERSON|Marcus Oyelaran}}","{{PHONE|(773) 482-6150}}","{{EMAIL|m.oyelaran@inbox.example}}","Router keeps dropping, firmware {{neg:version|3.8.14}}","{{PERSON|Shelby}}"
"{{PERSON|Gretchen Halvorsen}}","{{PHONE|262-913-0478}}","","Wants bill credit for outage {{neg:date|Feb 27}}","{{PERSON|Shelby}}"`),
  us("summary", `Call summary (auto-generated)
Customer: {{PERSON|Rhonda Beaulieu}}
Reason: new-hire onboarding, benefits enrollment
Details: Caller confirmed her SSN {{US_SSN|403-17-2259}} and date of birth. She asked that the HR packet go to {{EMAIL|rbeaulieu.home@example.com}}. Callback number said as {{PHONE|two oh seven, five five two, eight one four oh}} — entered as {{PHONE|two oh seven, five five two, eight one four oh}}.
Next step: HR to confirm start date {{neg:date|April 7}} by {{neg:time|3 PM}}.`),
  us("ticket", `Ticket #{{neg:ticket-number|HD-90412}} — history
2025-02-11 09:14 | {{PERSON|Priyanka Deshmukh}} (Tier 1): User can't reach VPN. Laptop IP {{IP_ADDRESS|10.42.7.19}}, gateway {{IP_ADDRESS|10.42.0.1}}.
2025-02-11 11:02 | {{PERSON|Jerome Lacasse}} (Network): Client on {{neg:version|5.2.1}}, needs {{neg:version|5.3.0}}. Pushed update.
2025-02-12 08:40 | {{PERSON|Priyanka Deshmukh}} (Tier 1): Called user at {{PHONE|(503) 268-4419}}, confirmed working. Closing.`),
  us("transcript", `[00:00:02] AGENT: Thanks for calling Lakeshore Benefits, my name is {{PERSON|Imani}}.
[00:00:06] CALLER: Hi, I'm {{PERSON|Walter Szymanski}}, I need to check a claim.
[00:00:11] AGENT: Sure. For verification, the last four of your social?
[00:00:14] CALLER: {{neg:reference|8817}}.
[00:00:19] AGENT: And a good number to reach you?
[00:00:21] CALLER: {{PHONE|nine one nine, four oh six, three three seven two}}
[00:00:27] AGENT: That's {{PHONE|nine one nine, four oh six, three three seven two}}. Your claim {{neg:claim-number|CLM-2025-00381}} paid {{neg:amount|$412.60}} on {{neg:date|Feb 20}}.`),
  us("email", `---------- Forwarded message ---------
From: {{PERSON|Natalie Forsythe}} <{{EMAIL|nforsythe@greenleaf-hr.example}}>
Date: Thu, Feb 6, 2025 at 10:15 AM
Subject: I-9 and payroll setup
To: Onboarding <{{EMAIL|onboarding@greenleaf-hr.example}}>

New hire {{PERSON|Osvaldo Reyes-Tuck}}, SSN {{US_SSN|287-60-1954}}, starts Monday. Please set up direct deposit; he'll bring a voided check. His cell is {{PHONE|(915) 302-7786}}.

{{PERSON|Natalie}}
People Operations | Greenleaf Nurseries`),
  us("note", `**Caller:** {{PERSON|Bernadette Kowalczyk}}
**Callback:** {{PHONE|414-276-0931}}
**Card on file:** {{CARD|4716 2290 8813 4756}} (declined earlier with {{neg:luhn-invalid|4716 2290 8813 4760}} — typo by customer)
**Notes:**
- Wants to pay {{neg:amount|$129.00}} toward balance
- Told her the {{neg:name-word|bill}} will update overnight`),
  us("chat", `{{PERSON|Tyrone Bassett}}  10:42 AM
hey team, customer {{PERSON|Lorraine Whitcombe}} is asking why her SSN shows on the portal
{{PERSON|Ashwin Rao}}  10:44 AM
it's masked except last 4, but she typed the full one {{US_SSN|340-82-6617}} into the chat widget, I'll purge the transcript
{{PERSON|Tyrone Bassett}}  10:45 AM
ok. her number is {{PHONE|(404) 819-2265}} if you need to call`),
  us("summary", `Agent call notes — {{neg:date|02/14/2025}}
Spoke with {{PERSON|Cheryl Ng}} re: payroll deduction. She gave SSN {{US_SSN|219-33-5870}} for the 401(k) rollover and asked for forms at {{EMAIL|cheryl.ng@fastpost.example}}. Prefers texts: {{PHONE|+1 312 406 1187}}. Rollover amount {{neg:amount|$18,400}}. Follow-up {{neg:date|Feb 21}}.`),
]

export const EN_GB = [
  gb("email", `From: {{PERSON|Harriet Okonkwo}} <{{EMAIL|harriet.okonkwo@hollinsfold.example}}>
Sent: 04 March 2025 09:31
To: Payroll Team <{{EMAIL|payroll@hollinsfold.example}}>
Cc: {{PERSON|Gareth Pryce}} <{{EMAIL|g.pryce@hollinsfold.example}}>
Subject: NI number correction

Hi both,

My payslip shows the wrong NI number. The right one is {{UK_NINO|JT 42 81 07 C}}.

Kind regards,
{{PERSON|Harriet Okonkwo}}
Senior Buyer, Procurement
Hollinsfold Foods Ltd | T: {{PHONE|0113 496 2270}} | M: {{PHONE|07831 552 904}}
This email and any attachments are confidential.`),
  gb("chat", `[12/02/2025, 18:20] {{PERSON|Callum Reid}}: hiya, is this the right place for my council tax direct debit?
[12/02/2025, 18:21] Helpdesk: Yes! Can I take your account reference?
[12/02/2025, 18:21] {{PERSON|Callum Reid}}: {{neg:customer-number|CT-8830217}}
[12/02/2025, 18:23] Helpdesk: Thanks. Which account should the debit come from?
[12/02/2025, 18:24] {{PERSON|Callum Reid}}: {{IBAN|GB29 NWBK 6016 1331 9268 19}}, sort code {{neg:sort-code|60-16-13}}
[12/02/2025, 18:26] Helpdesk: Set up from {{neg:date|1 April}}, {{neg:amount|£142.50}} a month.`),
  gb("note", `| Name | NI number | Phone | Status |
|---|---|---|---|
| {{PERSON|Siobhan Mulgrew}} | NI {{UK_NINO|PW 63 19 84 A}} | {{PHONE|07958 231 440}} | payslip reissued |
| {{PERSON|Deepak Chauhan}} | NI {{UK_NINO|RL 07 55 92 D}} | {{PHONE|020 8659 3312}} | waiting P45 |
| {{PERSON|Ffion Rhys-Jones}} | NI {{neg:nino-invalid|QQ 12 34 56 C}} (typed wrong, ask again) | {{PHONE|029 2046 7718}} | on hold |`),
  gb("summary", `Call summary – {{neg:date|6 March}} – agent {{PERSON|Nadia Haddad}}
Mr {{PERSON|Alistair Brannigan}} rang about his pension transfer. Confirmed identity with national insurance number {{UK_NINO|NH 58 20 71 B}} and postcode {{neg:postcode|EH6 7QR}}. Transfer value {{neg:amount|£23,870}}. He'll call back from his wife's mobile, {{PHONE|oh seven nine four six, two one three, eight eight oh}} — logged as {{PHONE|oh seven nine four six, two one three, eight eight oh}}.`),
  gb("email", `Dear {{PERSON|Moira}},

Thanks for getting back to me. Happy to go ahead with the refund to my account.

> On 27 Feb 2025, at 15:02, Ledbury Lettings <{{EMAIL|deposits@ledburylettings.example}}> wrote:
> Dear Ms {{PERSON|Patel}}, please confirm the account for your deposit return of {{neg:amount|£975}}.
> {{PERSON|Moira Fenwick}} | Deposits Officer | {{PHONE|01432 356 081}}

Account: {{IBAN|GB34 BARC 2031 4782 5519 03}}
(I first wrote {{neg:iban-checksum|GB12 BARC 2031 4782 5519 03}}, sorry — that was wrong.)

{{PERSON|Anjali Patel}}`),
  gb("transcript", `AGENT: You're through to Thameside Energy, {{PERSON|Rhiannon}} speaking.
CALLER: Hi, it's {{PERSON|Desmond Achterberg}}, my meter reading's come back odd.
AGENT: Can you confirm the number we have for you?
CALLER: It's {{PHONE|oh one six one, four nine six, oh two two seven}}.
AGENT: So {{PHONE|oh one six one, four nine six, oh two two seven}}. Thanks. And the serial on the meter?
CALLER: {{neg:serial-number|E6S 10482 3371}}.
AGENT: The reading on {{neg:date|2 March}} looks estimated. I'll book an engineer for {{neg:time|10:30}} on Friday.`),
  gb("ticket", `Ref: {{neg:ticket-number|INC-0045127}}
Opened by: {{PERSON|Tobias Wainwright}} (IT Service Desk)
User: {{PERSON|Olamide Bankole}}, Finance
Desk phone: {{PHONE|0121 496 8830}} / mob {{PHONE|+44 7712 604 318}}
Issue: cannot print from SAP; PC {{IP_ADDRESS|172.20.14.55}}, print server {{IP_ADDRESS|172.20.1.9}}
Update 14:20 {{PERSON|Tobias Wainwright}}: driver {{neg:version|6.1.2}} reinstalled, fixed.`),
  gb("chat", `09:12 - {{PERSON|Eilidh Paterson}}: Morning, I still haven't had my refund for order {{neg:order-number|WX-7710452}}
09:13 - Support: Sorry about that! Was it paid by card?
09:13 - {{PERSON|Eilidh Paterson}}: yes, {{CARD|5412 7503 6621 9088}}
09:15 - Support: Thanks {{PERSON|Eilidh}}, the refund of {{neg:amount|£64.99}} went out on {{neg:date|28 Feb}}. It can take 5 days.`),
  gb("note", `Customer: {{PERSON|Pritam Sandhu}}<br>Tel: {{PHONE|01865 274 903}}<br>Email: <b>{{EMAIL|pritam.sandhu@example.org}}</b><br>Notes: wants paper statements&nbsp;again. NI {{UK_NINO|SK 93 04 62 A}} verified.`),
  gb("summary", `AUTO SUMMARY
• Caller: {{PERSON|Bronwen Tate}}
• Topic: broadband price rise from {{neg:date|31 March}}
• Caller asked us to {{neg:name-word|mark}} the account as vulnerable; mobile {{PHONE|07481 336 207}}
• Offered {{neg:amount|£3}} discount; accepted
• Agent: {{PERSON|Kwame}}`),
]

export const EN_AU = [
  au("chat", `[4/03/2025, 7:58 pm] {{PERSON|Lachlan Murray}}: hey, my Opal card top up went through twice
[4/03/2025, 8:01 pm] Agent {{PERSON|Mei}}: Sorry to hear that! Which card was charged?
[4/03/2025, 8:01 pm] {{PERSON|Lachlan Murray}}: visa ending {{neg:masked-card|**** 3390}}
[4/03/2025, 8:03 pm] Agent {{PERSON|Mei}}: Found both, {{neg:amount|$50.00}} each. Refunding one now. Best number if it bounces?
[4/03/2025, 8:03 pm] {{PERSON|Lachlan Murray}}: {{PHONE|0412 738 905}}`),
  au("email", `G'day {{PERSON|Tahnee}},

See below from the customer.

Cheers,
{{PERSON|Brodie Kennard}}
Team Leader – Claims | Southern Cross Home Cover
P {{PHONE|(02) 9264 3318}} | M {{PHONE|0423 116 087}}

-----Original Message-----
From: {{PERSON|Tahnee Walsh}} <{{EMAIL|tahnee.walsh@postbox.example}}>
Sent: Wednesday, 5 March 2025 11:20 AM
To: claims <{{EMAIL|claims@southerncross-home.example}}>
Subject: Claim {{neg:claim-number|SCH-204771}}

Storm damage at 14 Wattle St, Ipswich QLD {{neg:postcode|4305}}. Please call me on {{PHONE|07 3812 4406}}.`),
  au("note", `{"customer": "{{PERSON|Ngaio Fitzgerald}}", "mobile": "{{PHONE|+61 438 207 661}}", "email": "{{EMAIL|ngaio.f@example.net}}", "plan": "Data 40GB", "price": "{{neg:amount|$45}}", "app": "{{neg:version|8.4.2}}"}
Agent {{PERSON|Dimitri Papadakis}}: pasted from the CRM. Port-out requested.`),
  au("summary", `Call summary
Customer {{PERSON|Warrick Doyle}} called about his super contribution. He read his mobile as {{PHONE|oh four one seven, three five two, nine oh eight}} — recorded {{PHONE|oh four one seven, three five two, nine oh eight}}. Employer contribution of {{neg:amount|$1,240}} missing since {{neg:date|15 January}}. Escalated to {{PERSON|Sunita Krishnan}}.`),
  au("transcript", `AGENT: Coastline Water, {{PERSON|Jarrah}} speaking.
CALLER: Hi, {{PERSON|Rosalind Cheung}} here, my bill's double the usual.
AGENT: I'll check. Is the supply address still in Geelong, postcode {{neg:postcode|3220}}?
CALLER: Yes.
AGENT: There's a leak alert from {{neg:date|20 Feb}}. I'll send a plumber list to your email.
CALLER: It's {{EMAIL|roz.cheung@example.com}}. And my landline is {{PHONE|03 5221 7093}}.`),
  au("chat", `{{PERSON|Kirra Anderson}}  3:15 PM
can someone call {{PERSON|Jack O'Loughlin}}? he rang twice about the {{neg:name-word|bill}}
{{PERSON|Sanjeev Pillai}}  3:17 PM
on it, his number's {{PHONE|0401 556 278}}
{{PERSON|Kirra Anderson}}  3:18 PM
ta. his card {{CARD|3765 912084 33072}} was declined, not sure why`),
  au("note", `Name: {{PERSON|Imogen Stavros}}
Phone: {{PHONE|(08) 9321 5064}}
Alt: {{PHONE|0458 013 927}}
Card: {{CARD|4539 7720 1846 0358}}
Tried first: {{neg:luhn-invalid|4539 7720 1846 0352}}
Notes: pet insurance renewal due {{neg:date|12/04/2025}}, {{neg:amount|$612.80}}.`),
  au("email", `Hi {{PERSON|Corinne}},

Thanks — I've updated the booking.

On Fri, 7 Mar 2025 at 08:05, {{PERSON|Corinne Mabuza}} <{{EMAIL|c.mabuza@example.org}}> wrote:
> Can you move my airport transfer to {{neg:time|6:15 am}}? Booking {{neg:booking-ref|QX7R2M}}.
> Mob {{PHONE|0431 902 645}}

{{PERSON|Hamish Lockyer}} | Reservations | Outback Shuttles | {{PHONE|1300 655 214}}`),
  au("summary", `Post-call summary (AI)
- Caller: {{PERSON|Beau Nguyen}}
- Intent: cancel gym membership {{neg:member-number|FIT-0827731}}
- Outcome: cancelled from {{neg:date|31 March}}; final debit {{neg:amount|$27.95}}
- Contact: {{PHONE|0466 219 380}}, {{EMAIL|beau.nguyen@example.com}}`),
  au("ticket", `Ticket {{neg:ticket-number|SR-55129}}
03/03 09:00 {{PERSON|Ellie Barnsworth}}: NBN modem offline, customer {{PERSON|Tomasz Wiśniewski}} on {{PHONE|02 6248 1137}}.
03/03 13:40 {{PERSON|Ellie Barnsworth}}: WAN shows {{IP_ADDRESS|2001:db8:4a1:22::7}}, LAN {{IP_ADDRESS|192.168.1.1}}. Firmware {{neg:version|7.2.3}}. Tech booked.`),
]

export const EN_CA = [
  ca("email", `On Tue, Mar 4, 2025 at 9:12 AM {{PERSON|Geneviève Tremblay-Hart}} <{{EMAIL|gtremblayhart@example.ca.example}}> wrote:
> My hydro bill for account {{neg:customer-number|HY-4471920}} is {{neg:amount|$318.44}}, way too high.
> You can reach me at {{PHONE|(514) 872-3306}}.

Hello {{PERSON|Geneviève}},
We've asked for a meter re-read. Please allow 10 business days.
{{PERSON|Darnell Okafor}}
Customer Care Representative | Northshore Hydro
Tel. {{PHONE|1-866-402-7719}} ext. 4412`),
  ca("chat", `[2025-03-05 16:40] {{PERSON|Aiyana Redsky}}: hi, moving from Calgary to Halifax, need to transfer internet
[2025-03-05 16:41] Agent {{PERSON|Owen}}: Happy to help! New postal code?
[2025-03-05 16:42] {{PERSON|Aiyana Redsky}}: {{neg:postcode|B3H 2Y9}}
[2025-03-05 16:43] Agent {{PERSON|Owen}}: Install on {{neg:date|March 14}} between {{neg:time|8 AM}} and noon. Contact number?
[2025-03-05 16:43] {{PERSON|Aiyana Redsky}}: {{PHONE|403-519-8826}}`),
  ca("note", `Client	Téléphone/Phone	Courriel/Email	Note
{{PERSON|Rajveer Gill}}	{{PHONE|(604) 731-2285}}	{{EMAIL|rgill604@example.com}}	HST rebate question
{{PERSON|Chantal Bouchard}}	{{PHONE|(418) 529-6674}}	{{EMAIL|chantal.b@example.net}}	pays by {{CARD|5253 8041 7720 3161}}`),
  ca("summary", `Summary of call with {{PERSON|Fergus MacIsaac}}, {{neg:date|March 6}}:
He called about his snowplough contract. Number given aloud: {{PHONE|nine oh two, four eight one, seven seven three six}}, captured {{PHONE|nine oh two, four eight one, seven seven three six}}. Quote {{neg:amount|$650}} for the season, invoice {{neg:invoice-number|INV-30918}}.`),
  ca("transcript", `AGENT: Maple Mutual, this is {{PERSON|Priya}}.
CALLER: Hi, {{PERSON|Connor Sinclair}}, I want to add my son to my car policy.
AGENT: Sure, policy number?
CALLER: {{neg:policy-number|MM-AUTO-772041}}
AGENT: What's his name and number?
CALLER: {{PERSON|Ethan Sinclair}}, {{PHONE|six four seven, two two one, oh five nine three}}.
AGENT: {{PHONE|six four seven, two two one, oh five nine three}}, got it. Premium goes up {{neg:amount|$74}} a month.`),
  ca("email", `From: Service Ontario Parking <{{EMAIL|tickets@cityparking.example}}>
To: {{PERSON|Yusuf Abdi}}
Subject: Payment received

Mr. {{PERSON|Abdi}}, we received {{neg:amount|$75.00}} for ticket {{neg:ticket-number|PKT-8824517}}, paid with card {{neg:masked-card|XXXX XXXX XXXX 1148}}. Questions: {{PHONE|416-392-7741}}.
— {{PERSON|Lorna Beattie}}, Parking Services`),
  ca("note", `- **Customer:** {{PERSON|Marguerite Lavoie}}
- **Phone:** {{PHONE|+1 819 568 2043}}
- **Card:** {{CARD|6011 5822 0347 9168}}
- **Issue:** charged for a {{neg:name-word|May}} renewal she cancelled
- **Agent:** {{PERSON|Ravinder}}`),
  ca("chat", `{{PERSON|Hannah Kowalski}}  11:05 AM
anyone know why {{PERSON|Dev Malhotra}}'s account is locked?
{{PERSON|Jean-Luc Ouellet}}  11:07 AM
fraud flag from login at {{IP_ADDRESS|198.51.100.73}}, he confirmed it wasn't him. I reset it, he's at {{PHONE|(780) 442-1609}}`),
  ca("summary", `Agent notes – ticket {{neg:ticket-number|TK-66120}}
Called {{PERSON|Sabrina Oduya}} back on {{PHONE|(250) 385-7714}}. Her refund of {{neg:amount|$129.99}} posted {{neg:date|Feb 28}}. She also asked about app {{neg:version|4.9.1}} crashing. Sent steps to {{EMAIL|sabrina.oduya@example.org}}.`),
  ca("ticket", `Ticket history {{neg:case-number|CS-2025-1187}}
[Mar 3] {{PERSON|Thierry Gagnon}}: customer {{PERSON|Amrit Dhaliwal}} can't log in, tel {{PHONE|905-277-3148}}
[Mar 3] {{PERSON|Thierry Gagnon}}: source IP {{IP_ADDRESS|2001:db8:9c::41}} blocked by geo rule
[Mar 4] {{PERSON|Kelsey Brandt}}: rule fixed, customer confirmed.`),
]
