// en-US texts: written one by one (mortgage servicing, broadband installs, baggage claims, hotel loyalty, car leasing,
// health claims, student accounts, online pharmacy, movers, roaming, electricity switching, marketplace returns, gym
// freezes, bike share), plus staff forms with SSNs.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US = [
  t("chat", `Cedarpoint Mortgage Servicing – secure chat
[10:14 AM] You: hi, my escrow went up {{neg:amount|$212.77}} a month and nobody told me
[10:15 AM] {{PERSON|Marisol}} (Escrow Team): Hi! I can look. What's the loan number?
[10:15 AM] You: {{neg:loan-number|0048127733}}
[10:17 AM] {{PERSON|Marisol}} (Escrow Team): The county reassessed your taxes in the fall… sorry, let me send you the analysis by email instead. Is {{EMAIL|r.akintola@mailbox.example.com}} still good?
[10:17 AM] You: yes. or call {{PHONE|(614) 382-9047}} after work`),
  t("note", `Borrower {{PERSON|Dwayne Kessler}} called re payoff quote. Quote good thru {{neg:date|12/18}}, {{neg:amount|$148,903.21}}. Wants it faxed to title co, gave their line {{PHONE|972-631-4480}} ext 12. Co-borrower {{PERSON|Annette Kessler}} on call, verbal auth ok. cb {{PHONE|214.809.3356}}.`),
  t("email", `From: Cedarpoint Loss Mitigation <{{EMAIL|lossmit@cedarpoint.example}}>
To: {{PERSON|Hyun-woo Park}} <{{EMAIL|hwpark77@example.net}}>
Subject: Your forbearance request {{neg:case-number|LM-2026-11870}}

Dear Mr. {{PERSON|Park}},

We received your hardship letter on {{neg:date|November 30}}. To finish the review we still need two recent pay stubs. You can upload them at the portal or fax them to {{PHONE|1-877-203-6614}}.

If you'd like to talk it through, your assigned specialist is {{PERSON|Jolene Whitfield}}, direct line {{PHONE|(402) 715-3390}}, Monday to Friday {{neg:time|8 am}} to {{neg:time|5 pm}} Central.

Sincerely,
Loss Mitigation Department`),
  t("transcript", `AGENT: Linkfast installs, this is {{PERSON|Corey}}.
CALLER: hey, uh, the tech was supposed to come between {{neg:time|8am}} and… it's noon
AGENT: Sorry about that. Can I get the account holder's name?
CALLER: {{PERSON|Beatriz Almeida-Ross}}
AGENT: And the number on the account?
CALLER: it's six one nine, four four two, oh eight seven one
AGENT: Got it, {{PHONE|six one nine, four four two, oh eight seven one}}. I see work order {{neg:order-number|WO-7731402}}. The tech, {{PERSON|Hector}}, is two stops out. I'll have him call you.`),
  t("sms", `Linkfast: Your installer {{PERSON|Andre}} is 20 min away. Your modem will get {{IP_ADDRESS|10.0.0.1}} as its gateway, no action needed. Questions? Text or call {{PHONE|855-412-7700}}. Order {{neg:order-number|LF-220913}}`),
  t("ticket", `Linkfast Field Ticket {{neg:ticket-number|FT-448172}}
Customer: {{PERSON|Tran, Quynh}}
Service addr: 2211 Larchmont Ave, Apt 3B, Cleveland OH {{neg:postcode|44113}}
Contact: {{PHONE|216-903-4471}} / alt {{PHONE|+1 440 317 2288}}
Router LAN IP set to {{IP_ADDRESS|192.168.50.1}}, customer static {{IP_ADDRESS|203.0.113.54}}
Firmware {{neg:version|4.2.17}}
Tech notes: drop replaced, signal -3 dBm. {{PERSON|Tran}} asked for email copy: {{EMAIL|qtran.home@example.org}}`),
  t("chat", `Skylark Airways Baggage Help
Bot: Please enter your file reference.
You: {{neg:reference|SKL31094}}
Bot: Connecting you to an agent…
{{PERSON|Priyanka}} @ Skylark: Hi, I see a blue hardshell, tag {{neg:tracking-number|SK 318844}}, delayed from Denver. It's arriving tonight on the {{neg:time|9:40 PM}}.
You: 😩 finally. deliver to the hotel please, the Marlow on 5th, and call me at {{PHONE|+1 (720) 448-0931}}
{{PERSON|Priyanka}} @ Skylark: {{neg:name-word|Will}} do 👍`),
  t("email", `Subject: Damaged bag – claim {{neg:claim-number|DMG-880214}}

Hello,

My suitcase came off the belt in Atlanta with a broken wheel and a torn side. I've attached photos and the repair estimate ({{neg:amount|$186}}). My wife {{PERSON|Chantal Dubois-Meyer}} was traveling with me, same booking {{neg:booking-ref|QX7TRL}}.

Please send the reimbursement to my card ending {{neg:masked-card|**** 6620}}. Reach me at {{EMAIL|olivier.meyer@example.com}} or {{PHONE|404.926.1187}}.

{{PERSON|Olivier Meyer}}`),
  t("transcript", `[00:00:03] AGENT: Rosewood Rewards, you're speaking with {{PERSON|Tamsin}}.
[00:00:06] CALLER: Hi, my points from my stay in Tucson never posted.
[00:00:09] AGENT: I can help. Member number?
[00:00:12] CALLER: {{neg:member-number|RW 5530 1928}}
[00:00:19] AGENT: Thank you, Mr. {{PERSON|Oyelaran}}. And for verification, the phone on file?
[00:00:23] CALLER: {{PHONE|five two oh, seven seven three, double four one two}}
[00:00:30] AGENT: That matches, {{PHONE|five two oh, seven seven three, double four one two}}. I'll add the {{neg:amount|$0}}… sorry, the 4,200 points now.`),
  t("note", `Rosewood loyalty: guest {{PERSON|Ngozi Oyelaran}} status match request (Diamond at competitor). Sent form to {{EMAIL|ngozi.o@example.net}}. {{neg:name-word|Will}} review in 10 days. Note: {{neg:name-word|May}} stay in March, asked about suite upgrade.`),
  t("ticket", `DriveOn Leasing – Lease-end inspection
Lessee: {{PERSON|WOJCIECHOWSKI, KATARZYNA}}
Vehicle: 2023 Audi Q5, plate {{neg:plate|8KLM442}}
Mileage 31,208 (allowance 30,000)
Excess: {{neg:amount|$301.60}}
Contact: {{PHONE|847-692-2190}}
Email: {{EMAIL|kwojo@example.com}}`),
  t("chat", `DriveOn chat
Visitor: can I transfer my lease to my brother?
{{PERSON|Gustavo}} – DriveOn: Yes, through a lease transfer. He'll need a credit check. What's his name?
Visitor: {{PERSON|Mateo Ibarra}}, he lives in Phoenix
{{PERSON|Gustavo}} – DriveOn: Great. Have him call {{PHONE|1-800-371-9524}} option 3, or email {{EMAIL|transfers@driveon.example}} with contract {{neg:contract-number|DO-LS-449120}}.`),
  t("email", `From: {{EMAIL|claims-noreply@meridianhealth.example}}
To: {{EMAIL|bkowalski@example.org}}
Subject: Explanation of Benefits – claim {{neg:claim-number|MHC-26-3391047}}

Dear {{PERSON|Bernard Kowalski}},

Your claim for services on {{neg:date|10/22/2026}} was processed. Billed {{neg:amount|$2,480.00}}; plan paid {{neg:amount|$1,904.15}}; you owe {{neg:amount|$575.85}}.

Questions? Call Member Services at {{PHONE|1 (888) 620-4139}}, TTY 711.`),
  t("transcript", `agent: meridian health claims this is {{PERSON|dominique}} how can i help
caller: yeah hi this is {{PERSON|lakshmi venkataraman}} my sons claim got denied
agent: sorry to hear that whats his name and date of birth
caller: {{PERSON|arjun}} {{neg:date|4/9/2011}}
agent: ok i see it denied for no referral i can start an appeal whats a good number
caller: {{PHONE|nine four nine two one two oh six three eight}}
agent: thats {{PHONE|nine four nine two one two oh six three eight}} ok`),
  t("ticket", `HALVORSEN UNIVERSITY – STUDENT ACCOUNTS
Payment plan enrollment
Student: {{PERSON|Imani Jefferson-Clarke}}   ID {{neg:student-number|H00918274}}
Term: Spring 2027   Balance: {{neg:amount|$6,415.00}}
Installments: 5
Card on file: {{CARD|4532 0198 7712 0047}}  exp {{neg:card-expiry|08/29}}
Parent/guarantor: {{PERSON|Lorraine Jefferson}}  {{PHONE|(770) 318-5526}}`),
  t("note", `Student accts: {{PERSON|Tobias Lindgren}} (intl, Sweden) disputing late fee {{neg:amount|$75}}. Wire from home bank arrived {{neg:date|Nov 4}}, 2 days late because of bank holiday. Waived once. Parent phone {{PHONE|+46 70 412 38 91}}. Emailed {{EMAIL|tobias.lindgren@students.example.org}}`),
  t("sms", `PillPost: Your refill of atorvastatin shipped! Track {{neg:tracking-number|1Z 88F 4R2 03 4417 9920}}. Questions, call our pharmacists at {{PHONE|866.704.3318}}. Reply STOP to opt out.`),
  t("chat", `PillPost Pharmacy Chat
[Tue 7:12 PM] You: my insulin arrived warm 😟 the ice packs were melted
[Tue 7:13 PM] Pharmacist {{PERSON|Rashida}}: I'm so sorry, please don't use it. I'll send a replacement overnight at no charge.
[Tue 7:14 PM] You: thank you. it's for my dad, {{PERSON|Emmanuel Boateng}}, same address
[Tue 7:15 PM] Pharmacist {{PERSON|Rashida}}: Done, order {{neg:order-number|PP-3304918}}. If anything's wrong call us at {{PHONE|(866) 704-3318}}.`),
  t("transcript", `[00:00:01] IVR: Thank you for calling PillPost. For refills, press 1.
[00:00:09] AGENT: Pharmacy, this is {{PERSON|Kwame}}, may I have the patient's name?
[00:00:12] CALLER: {{PERSON|Ruth Abernathy}}, A-B-E-R-N-A-T-H-Y.
[00:00:19] AGENT: Thank you. I'll need to bill the new card. Go ahead when ready.
[00:00:22] CALLER: {{CARD|five four five nine, three one two oh, seven seven three eight, one six four two}}.
[00:00:35] AGENT: Thank you. That's approved, {{neg:amount|$42.10}}.`),
  t("email", `Subject: Estimate for your move – Hauler Bros

Hi {{PERSON|Jessamyn}},

Thanks for the walkthrough today. For a 3-bedroom from Portland to Boise on {{neg:date|January 9}}, the binding estimate is {{neg:amount|$4,860}} including packing. Your crew lead will be {{PERSON|Tavita Faleolo}}; his cell is {{PHONE|503-278-9146}}.

A {{neg:amount|$500}} deposit holds the date. Reference {{neg:reference|HB-PDX-7720}}.

{{PERSON|Curtis Ng}}
Move Coordinator, Hauler Bros
{{PHONE|971-244-6030}} | {{EMAIL|curtis.ng@haulerbros.example}}`),
  t("note", `Hauler Bros claim: cust {{PERSON|Fiona Gallagher}} reports dresser scratched + mirror cracked. Photos rec'd. Valuation {{neg:amount|$0.60}}/lb per contract, explained full value was declined. She wants supervisor. cb {{PHONE|(208) 461-3375}} or her husband {{PERSON|Declan}} {{PHONE|208 461 9902}}.`),
  t("sms", `Missed call from {{PHONE|+1 (305) 671-4420}}. Voicemail: "Hi, this is {{PERSON|Yesenia}} from Roamly, your international pass for Mexico is active through {{neg:date|12/22}}. Call back at {{PHONE|three oh five, six seven one, four four two oh}} if you have questions."`),
  t("chat", `Roamly Support
You: I'm in Lisbon and data isn't working at all
Roamly Assistant: I can help! Are you the account owner?
You: yes, {{PERSON|Garrett Holmquist}}
{{PERSON|Nadia}} (Roamly): Hi {{PERSON|Garrett}}, I see the day pass. Please toggle data roaming on and restart. Your phone registered on the network with {{IP_ADDRESS|2001:db8:4a1:77::15}}.
You: still nothing. my wife's line works, {{PHONE|+351 912 448 730}}, she bought a local SIM`),
  t("ticket", `VOLTSWITCH – SUPPLY TRANSFER REQUEST
Applicant: {{PERSON|Oduya, Francis}}
Service address: 48 Tanglewood Dr, Allentown PA {{neg:postcode|18104}}
Utility acct (current supplier): {{neg:account-number|7730 1928 441}}
Meter: {{neg:meter-number|M-04419821}}
Phone: {{PHONE|610-437-2288}}
Email: {{EMAIL|fodu@example.com}}
Start date: {{neg:date|2027-01-15}}`),
  t("transcript", `AGENT: VoltSwitch, {{PERSON|Mackenzie}} speaking. Are you calling about a switch?
CALLER: I never asked to switch! Someone at my door signed me up. My name's {{PERSON|Eleanor Twohig}}.
AGENT: I'm sorry. Let me check. Yes, a door-to-door enrollment on {{neg:date|Nov 19}}. The rep ID is {{neg:reference|VS-DTD-0442}}. I'll rescind it. Can I confirm your number, ends in 77?
CALLER: Yes, {{PHONE|484-302-6677}}.`),
  t("email", `From: {{PERSON|Santiago Herrera}} <{{EMAIL|santi.herrera@example.net}}>
To: {{EMAIL|returns@shopsy.example}}
Subject: return label not working – order {{neg:order-number|114-7730921-4480126}}

The QR code says "invalid" at the drop-off. Item is a blender, {{neg:amount|$89.99}}. The seller, KitchenPro Direct, won't answer. Can you issue a new label? My phone: {{PHONE|(915) 227-0483}}

Thanks
{{PERSON|Santiago}}`),
  t("note", `Shopsy returns: buyer {{PERSON|Hollis}} sent back a phone, seller says the box was empty. Weight at carrier scan 0.4 lb vs 1.1 lb expected. Escalated to trust team. Buyer's card {{CARD|5227810345619074}} refunded pending investigation; wrong number typed first, {{neg:luhn-invalid|5227810345619075}}. Buyer IP at checkout {{IP_ADDRESS|198.51.100.142}}.`),
  t("sms", `FlexFit: Hi {{PERSON|Jordan}}, your membership freeze starts {{neg:date|Dec 10}} and ends {{neg:date|Feb 10}}. No fees while frozen. Questions? {{PHONE|1-833-353-9348}}`),
  t("chat", `FlexFit Help
Member: hi i need to freeze for medical, knee surgery
{{PERSON|Brandi}} | FlexFit: Sorry to hear that! A medical freeze is up to 6 months with a doctor's note. What's your name and club?
Member: {{PERSON|Abdulrahman Said}}, Riverside club
{{PERSON|Brandi}} | FlexFit: Thanks {{PERSON|Abdulrahman}}. Send the note to {{EMAIL|freeze@flexfit.example}} and I'll apply it. Your next billing of {{neg:amount|$39.99}} on {{neg:date|12/15}} will be skipped.`),
  t("ticket", `PedalGo incident report
Rider: {{PERSON|Lindiwe Mahlangu}}
Ride ID {{neg:reference|RD-99201834}}, bike {{neg:serial-number|PG-4471}}
Issue: chain came off on Mass Ave, rider fell, minor scrape. Charged {{neg:amount|$18.40}} for 2 hrs because dock didn't register.
App version {{neg:version|5.11.2}}, device IP {{IP_ADDRESS|10.44.0.218}}
Refund issued. Rider contact {{PHONE|617 905 2248}}`),
  t("sms", `PedalGo: Your ride ended at Kendall Sq dock. Total {{neg:amount|$3.75}}. Not you? Call {{PHONE|(617) 600-4420}}.`),
  t("ticket", `NEW HIRE – PAYROLL SETUP (Cedarpoint Mortgage Servicing)
Name: {{PERSON|Delacroix, Simone}}
Position: Escrow Analyst I
Start date: {{neg:date|12/14/2026}}
SSN: {{US_SSN|412-77-0918}}
Phone: {{PHONE|(313) 448-2091}}
Personal email: {{EMAIL|simone.delacroix@example.com}}
Direct deposit: routing {{neg:account-number|072000326}}`),
  t("transcript", `AGENT: Meridian Health enrollment, this is {{PERSON|Wendell}}. I'll need the subscriber's social security number to add a dependent.
CALLER: Sure. It's five three one… hold on, let me get my card… {{US_SSN|five three one, two eight, four four zero six}}.
AGENT: {{US_SSN|five three one, two eight, four four zero six}}. Thank you. And the dependent?
CALLER: My newborn, {{PERSON|Amara}}. I'm {{PERSON|Chidi Nwachukwu}}.`),
  t("ticket", `Halvorsen University — 1098-T Correction Request
Student name: {{PERSON|Reyes Montoya, Itzel}}
Student ID: {{neg:student-number|H01177340}}
Social Security No. (for tax reporting): {{US_SSN|608 41 2275}}
Reason: SSN was missing on my 2025 form
Daytime phone: {{PHONE|915-209-7731}}`),
  t("email", `Subject: Re: W-9 for your moving claim payout

Hi,

Per your request, here's what you asked for. I'm a sole proprietor, so I use my social security number, not an EIN. It's the same one on my claim form from last month:

{{US_SSN|229-64-8813}}

The check can be mailed to my PO box. Thanks for sorting this out.

{{PERSON|Marcus Delgado-Price}}
{{PHONE|757-214-0096}}`),
  t("note", `Verified caller {{PERSON|Patrice Onwudiwe}} for mortgage escrow refund: DOB {{neg:date|2/2/1979}}, last 4 of soc {{neg:reference|7731}}, address on file. Caller gave full SSN unprompted, {{US_SSN|377 20 7731}}; reminded not necessary. Refund check {{neg:amount|$1,118.42}} reissued.`),
  t("ticket", `FlexFit Corporate — Trainer Onboarding
Full legal name: {{PERSON|Mbeki, Thandiwe Ruth}}
Date of birth: {{neg:date|06/03/1994}}
Emergency contact: {{PERSON|Sipho Mbeki}} (brother) {{PHONE|+27 82 441 9035}}
Home phone: {{PHONE|(480) 731-5502}}

Tax section
Social security: {{US_SSN|518-09-3340}}   Filing: single
Invalid sample from training packet, ignore: {{neg:ssn-invalid|666-12-3456}}`),
  t("transcript", `speaker 1: thanks for calling driveon leasing my name is {{PERSON|keisha}}
speaker 2: hi {{PERSON|keisha}} it's {{PERSON|ramon oyelowo}} i'm trying to buy out my lease and the credit check wants my social
speaker 1: okay go ahead with the ssn when you're ready
speaker 2: it's {{US_SSN|four oh seven, five five, two nine one three}}
speaker 1: thank you mister {{PERSON|oyelowo}}`),
  t("sms", `Skylark Airways: Your delayed bag for file {{neg:reference|SKL30771}} will be delivered between {{neg:time|2pm}} and {{neg:time|6pm}}. Driver: {{PERSON|Luis}} {{PHONE|+17024419031}}. Not home? Call {{PHONE|702.441.9030}}.`),
  t("note", `Call summary — Roamly roaming desk. Customer {{PERSON|Bao Nguyen}} traveling Vietnam→Japan, bill shock {{neg:amount|$318.40}}. Applied courtesy credit half. He asked us to text his daughter {{PERSON|Linh}} at {{PHONE|+84 90 331 2845}} if the pass lapses. {{neg:name-word|Mark}} as resolved.`),
]
