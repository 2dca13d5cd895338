// en-US, en-GB and en-IE texts, written one by one: airline lounge desk, crowdfunding, pet insurance, language school,
// solar installs, pawn shop, ticket resale, wine club, property management.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ie = mk("en-IE")

export const EN_US = [
  us("chat", `Halcyon Lounge – live chat
{{PERSON|Tamika Rowe}}: hi, I got turned away at the lounge door in DFW, my card says Platinum??
Agent {{PERSON|Luis}}: So sorry about that, {{PERSON|Tamika}}. Could you give me the membership number?
{{PERSON|Tamika Rowe}}: {{neg:member-number|HL 88204 117}}
Agent {{PERSON|Luis}}: Thanks. It lapsed on {{neg:date|11/30}}, the renewal of {{neg:amount|$695}} bounced. Card on file ends {{neg:masked-card|**** 4471}}.
{{PERSON|Tamika Rowe}}: 😤 ugh. fine, use {{CARD|4539 7821 0466 3187}} instead`),
  us("note", `Caller {{PERSON|Obinna Eze}} re: lounge guest pass refund. Booking {{neg:booking-ref|QX7TRM}}, flight {{neg:flight-number|HA 2218}} on {{neg:date|Dec 2}}. Refund {{neg:amount|$59.00}} to original card. He asked for a callback at {{PHONE|(312) 794-2286}} after {{neg:time|6pm}} CT. {{neg:name-word|Will}} follow up tomorrow.`),
  us("email", `From: {{PERSON|Priya Natarajan}} <{{EMAIL|priya.n@example.com}}>
To: support@kitefund.example
Subject: backer refund – campaign "Lantern Bikes"

Hi,
I pledged {{neg:amount|$240}} to the Lantern Bikes campaign back in March… wait, sorry, on {{neg:date|March 14, 2025}}. The creator stopped posting updates. Pledge ID {{neg:reference|KF-0092841}}.
Can someone call me? {{PHONE|415-882-3107}}, any weekday.

Thanks,
{{PERSON|Priya}}`),
  us("summary", `Call summary – Kitefund creator support
Creator: {{PERSON|Dmitri Volkov}} (campaign {{neg:reference|KF-C-55120}})
Issue: payout held pending tax form. He gave his SSN on the call as {{US_SSN|412-67-3390}} for the W-9 and asked that the payout go out before {{neg:date|Dec 15}}.
Contact: {{EMAIL|dvolkov.makes@example.net}} / {{PHONE|+1 718 406 2291}}
Next step: finance to release {{neg:amount|$18,430.55}} once the form clears.`),
  us("transcript", `AGENT: Pawbridge Pet Insurance, you're speaking with {{PERSON|Renée}}.
CALLER: hi, it's about my dog's claim, the vet bill was huge
AGENT: I'm sorry to hear that. The policyholder's name?
CALLER: {{PERSON|Carlos Mendez-Ybarra}}
AGENT: And a good phone number?
CALLER: {{PHONE|five one two, six six oh, four four one eight}}
AGENT: {{PHONE|five one two, six six oh, four four one eight}}, got it. Claim {{neg:claim-number|PB-3310982}} shows {{neg:amount|$2,148.60}} submitted. We'll reimburse ninety percent after the deductible.`),
  us("ticket", `Pawbridge web form #{{neg:ticket-number|88123}}
Name: {{PERSON|Ayesha Siddiqui}}
Email: {{EMAIL|ayesha.sidd@example.org}}
Phone: {{PHONE|602.447.1983}}
Pet: Biscuit (beagle, 7)
Message: Please update my card, the old one expired {{neg:card-expiry|09/26}}. New: {{CARD|5424 1830 7712 9402}}. Also my login page says app {{neg:version|4.12.3}} needs update?`),
  us("chat", `Sunridge Solar – chat
Visitor: hey my inverter app shows offline since yesterday
{{PERSON|Jaylen}} (Sunridge): Let's check. What's the local IP the inverter shows on its screen?
Visitor: {{IP_ADDRESS|192.168.1.87}}
{{PERSON|Jaylen}} (Sunridge): And firmware?
Visitor: {{neg:version|3.0.14}}
{{PERSON|Jaylen}} (Sunridge): ok 🙂 I'll push an update. Your install ticket {{neg:case-number|SR-20931}} is tied to {{PERSON|Margaret Oyelowo}}, is that you?
Visitor: that's my mom, I'm {{PERSON|Kehinde Oyelowo}}, text me at {{PHONE|(404) 918-6627}}`),
  us("summary", `Summary: Sunridge Solar site survey reschedule. Homeowner {{PERSON|Bill Aucoin}} asked to move survey from {{neg:date|Jan 6}} to {{neg:date|Jan 9}}, {{neg:time|10 am}}. Roof is 2,100 sq ft. Rebate estimate {{neg:amount|$7,800}}. Best number {{PHONE|337-412-8806}}, email {{EMAIL|b.aucoin@example.com}}.`),
  us("note", `Goldleaf Pawn – counter note. Customer {{PERSON|Ernesto Villalobos}} redeemed ticket {{neg:reference|GP 014472}} (guitar, Gibson). Paid {{neg:amount|$412.50}} cash. Wants a text when the watch he eyed is marked down: {{PHONE|915-740-3381}}. {{neg:name-word|May}} come back Friday.`),
  us("email", `Subject: Seatswap – your listing sold!

Hi {{PERSON|Lindsey}},

Your 2 tickets (Sec 114, Row K) sold for {{neg:amount|$386.00}}. Payout goes to the bank account ending {{neg:reference|6620}} within 5 business days. Order {{neg:order-number|SW-4471-09823}}.

Questions? Reply to {{EMAIL|payouts@seatswap.example}} or call {{PHONE|1-888-417-3390}}.

– The Seatswap team`),
  us("transcript", `[00:00:03] AGENT: Seatswap buyer support, my name's {{PERSON|Farah}}.
[00:00:07] CALLER: yeah the barcode on my ticket won't scan, show starts in like an hour
[00:00:12] AGENT: Oh no. Let me pull it up. The email on the order?
[00:00:15] CALLER: {{EMAIL|kyle.b.brennan@example.net}}
[00:00:21] AGENT: Thank you, Mr. {{PERSON|Brennan}}. I'm reissuing now; order {{neg:order-number|SW-5512-00418}}. If it still fails call us back at {{PHONE|1-888-417-3390}}.`),
  us("ticket", `HR onboarding – Cellar Circle warehouse
Employee: {{PERSON|Nguyen, Bao Tran}}
SSN: {{US_SSN|539-22-8147}}
Start date: {{neg:date|2027-01-04}}
Emergency contact: {{PERSON|Lan Nguyen}} {{PHONE|(206) 331-7402}}
Note: first entry typed as {{neg:ssn-invalid|666-22-8147}} by mistake, corrected.`),
  us("chat", `Cellar Circle – member chat
Member: my December box never came 🍷
{{PERSON|Odessa}} (Cellar Circle): I'm sorry! Tracking {{neg:tracking-number|1Z 4F8 227 03 9918 4411}} shows it held at the depot because an adult signature is needed.
Member: ugh ok. can they deliver to my office? 1420 Grant St, Denver {{neg:postcode|80203}}
{{PERSON|Odessa}} (Cellar Circle): Yes. I'll need a phone there for the driver.
Member: {{PHONE|720-664-0931}}, ask for {{PERSON|Gwen Halvorsen}}`),
  us("note", `Property mgmt – unit 4C. Tenant {{PERSON|Rashida Coleman}} reports leak under sink. Plumber {{PERSON|Stan Wojcik}} ({{PHONE|608-225-7719}}) booked {{neg:date|12/9}} {{neg:time|8:30 AM}}. Rent ledger shows {{neg:amount|$1,475}} paid. The {{neg:name-word|bill}} for the repair goes to owner.`),
]

export const EN_GB = [
  gb("chat", `Aurelian Air – lounge desk chat
{{PERSON|Siobhan Clarke}}: Hiya, can I bring my dad into the Heathrow lounge on my Gold card?
{{PERSON|Amit}} (Lounge Desk): Hi {{PERSON|Siobhan}}! Gold includes one guest. What's the booking?
{{PERSON|Siobhan Clarke}}: {{neg:booking-ref|K9PLRT}}, flying {{neg:date|14 Dec}}
{{PERSON|Amit}} (Lounge Desk): Perfect, his name please?
{{PERSON|Siobhan Clarke}}: {{PERSON|Desmond Clarke}} 🙂 and my mobile's {{PHONE|07957 482 306}}`),
  gb("email", `From: {{PERSON|Oluwaseun Adebayo}} <{{EMAIL|seun.adebayo@example.com}}>
Subject: Lounge access charged twice

Hello,

I was charged {{neg:amount|£45}} twice for lounge entry at Manchester on {{neg:date|3 December}} at {{neg:time|06:40}}. Card ending {{neg:masked-card|•••• 9920}}. Could you refund one? You can reach me on {{PHONE|0161 832 4470}} (work) or {{PHONE|07823 119 045}}.

Regards,
{{PERSON|Seun}}`),
  gb("summary", `Call summary – Keystone Lettings
Tenant: {{PERSON|Magdalena Kowalczyk}}, flat 2, 18 Morley Road, Leeds {{neg:postcode|LS6 2QA}}
Reason: deposit return dispute ({{neg:amount|£1,150}} held)
Agreed: inspection photos to be sent by {{neg:date|19 December}}. Refund to her account {{IBAN|GB02 BARC 2004 1578 2331 04}} once landlord signs.
Callback: {{PHONE|0113 245 9981}}`),
  gb("note", `Keystone Lettings – new tenant referencing. Applicant {{PERSON|Rhys Pritchard}}, NI number {{UK_NINO|JM 41 72 93 C}}, employer confirmed by phone ({{PHONE|029 2045 7781}}). Guarantor {{PERSON|Gareth Pritchard}}. Holding deposit {{neg:amount|£300}} received {{neg:date|02/12/2026}}.`),
  gb("ticket", `Lingoria School of English – enrolment form
Student: {{PERSON|Takumi Hasegawa}}
Course: Cambridge C1 evening, starts {{neg:date|12 January}}
Email: {{EMAIL|takumi.h@example.org}}
Phone: {{PHONE|+44 7466 208 914}}
Fee: {{neg:amount|£1,290}} (paid in full)
Student no. {{neg:student-number|LG-24-0871}}`),
  gb("transcript", `AGENT: Lingoria, {{PERSON|Hannah}} speaking.
CALLER: hello, I am calling about my son's homestay, the host family has changed address?
AGENT: Of course. Your son's name?
CALLER: {{PERSON|Youssef Amrani}}
AGENT: And the new host, do you have her number?
CALLER: yes, {{PHONE|oh seven eight four one, two two six, nine oh three}}
AGENT: So {{PHONE|oh seven eight four one, two two six, nine oh three}}. Lovely, I'll update it.`),
  gb("email", `Subject: Goldleaf Pawnbrokers – loan renewal reminder

Dear Ms {{PERSON|Tembe}},

Your pledge agreement {{neg:contract-number|PA-772019}} (gold bracelet) is due on {{neg:date|28 December}}. To renew, pay the interest of {{neg:amount|£38.40}} in store or by phone on {{PHONE|0121 643 3378}}.

Kind regards,
{{PERSON|Colin Ashworth}}, Store Manager`),
  gb("chat", `Seatswap UK
You: I listed 4 tickets but it only shows 2??
{{PERSON|Ellie}} (Seatswap): Hi! Two were flagged because the seat numbers repeat. Listing {{neg:reference|L-55019822}}. Can you re-upload the PDFs?
You: done. paid out to {{IBAN|GB55 LOYD 3096 2147 8203 19}} please, not the old one ({{neg:iban-checksum|GB91 LOYD 3096 2147 8203 19}} was a typo)
{{PERSON|Ellie}} (Seatswap): Noted 👍`),
  gb("summary", `Summary – Pawbridge UK claims line. Policyholder {{PERSON|Nadia Hussain}} called about cat's dental claim {{neg:claim-number|PBU-40918}}. Excess {{neg:amount|£99}}. Vet practice: Hollybank Vets, {{PHONE|01865 552 310}}. Customer will email invoices to {{EMAIL|claims@pawbridge.example}}. {{neg:name-word|Will}} call back Mon.`),
  gb("note", `Payroll (Sunridge Solar UK). New installer {{PERSON|Kieran O'Donnell}}, national insurance {{UK_NINO|SK 30 58 71 A}}, tax code 1257L. Note the earlier form had {{neg:nino-invalid|QQ 12 34 56 C}}, which is not real. Mobile {{PHONE|07584 330 217}}.`),
  gb("chat", `Cellar Circle UK
{{PERSON|Graham}}: Hi, I want to pause my wine club until February
Agent {{PERSON|Precious}}: Hi {{PERSON|Graham}}, happy to. Can I confirm the postcode on the account?
{{PERSON|Graham}}: {{neg:postcode|BS8 4RT}}
Agent {{PERSON|Precious}}: Thanks. Paused from {{neg:date|15/12}}. Your next case would have been {{neg:amount|£89.95}}, that won't be taken ✅`),
  gb("ticket", `Aurelian Air lounge incident report {{neg:reference|INC-2026-1147}}
Passenger: {{PERSON|Zsófia Takács}}
Issue: slipped near buffet, minor injury, first aid given at {{neg:time|14:25}}
Witness: {{PERSON|Bernard Okafor}}, {{PHONE|07402 915 688}}
Wi-Fi log for her device: {{IP_ADDRESS|10.24.8.133}}`),
]

export const EN_IE = [
  ie("chat", `Kitefund Ireland
{{PERSON|Aoife Ní Bhriain}}: hi, my campaign payout went to the wrong account 😟
Support ({{PERSON|Cathal}}): Ah no. What account should it be?
{{PERSON|Aoife Ní Bhriain}}: {{IBAN|IE67 AIBK 9320 8416 5077 23}}
Support ({{PERSON|Cathal}}): Grand, updated. Payout of {{neg:amount|€3,420}} will re-issue on {{neg:date|10 December}}.`),
  ie("note", `Pawbridge IE – {{PERSON|Pádraig Ó Súilleabháin}} rang re dog's cruciate surgery, claim {{neg:claim-number|IE-CL-77201}}. Vet in Galway {{PHONE|091 562 418}}. His mobile {{PHONE|087 234 5681}}. Eircode {{neg:postcode|H91 E2K3}}.`),
  ie("email", `From: {{PERSON|Niamh Fitzgerald}} <{{EMAIL|niamh.fitz@example.net}}>
Subject: Solar grant paperwork

Hi there,
The SEAI grant of {{neg:amount|€1,800}} needs your installer cert. Our install was {{neg:date|22 October}}, job {{neg:reference|SR-IE-3319}}. Could {{PERSON|Declan}} ring me on {{PHONE|086 117 4092}}?
Thanks a million,
{{PERSON|Niamh}}`),
  ie("summary", `Call summary (Keystone Property Dublin): Tenant {{PERSON|Rafael Souza}} reports broken boiler at Apt 7, Rathmines. Engineer booked {{neg:date|8 Dec}} {{neg:time|9am}}. Rent {{neg:amount|€1,950}} paid by standing order from {{IBAN|IE51 BOFI 9015 7234 4188 06}}. Contact {{PHONE|+353 85 771 2043}}.`),
  ie("transcript", `AGENT: Lingoria Dublin, {{PERSON|Orla}} here.
CALLER: hi, I want to book the summer course for my daughter
AGENT: Lovely. Her name?
CALLER: {{PERSON|Chiara Bianchi}}
AGENT: And a number for you?
CALLER: it's {{PHONE|plus three nine, three four seven, two one eight, four four nine oh}}
AGENT: {{PHONE|plus three nine, three four seven, two one eight, four four nine oh}}. We'll send the form to your email.`),
  ie("chat", `Seatswap IE
You: bought 2 tickets for the Aviva, ticket says "{{neg:reference|Row 22 Seat 14}}" but I paid for row 12
{{PERSON|Sorcha}} (Seatswap): I'm sorry! Order {{neg:order-number|SWI-220871}}? I'll get the seller to fix it. Can I call you?
You: yep {{PHONE|083 446 2917}}, I'm {{PERSON|Tomasz Zieliński}}`),
]
