// English texts of Britain and Ireland, written one by one: breakdown and dispatch calls, app and web chats (some begun by
// the virtual assistant), desk, damage, fines and fraud notes, e-mails with renters, fleet customers and authorities
// quoted, of a roadside-assistance, car-rental and car-sharing operator.
import { mk } from "./mk.ts"

const gb = mk("en-GB")
const ie = mk("en-IE")

export const EN_GB = [
  gb("call", `Breakdown call — member {{neg:member-number|RA-0419-8823}} — {{neg:date|12/11/2026}}
Caller {{PERSON|Priya Ramanathan}}, M6 northbound hard shoulder just past J16, two kids (4 and 7) in the back. {{neg:car-model|Ford Focus}} estate, {{neg:plate|KX19 PLU}}, {{neg:odometer|86,412 miles}}. Battery light came on, then the steering went heavy — sounds like the auxiliary belt.
App location {{neg:gps|53.0764, -2.3091}}; she could see marker post A 291.6.
Told her: everyone out on the verge side, over the barrier, kids too, coats on. Flagged priority (children, live lane).
Callback number as she gave it: {{PHONE|oh seven nine six one, four oh three, double two eight}}.
Her partner is driving down from Stoke to take the kids — {{PHONE|07583 119 604}}.
Patrol {{neg:reference|P-271}} ({{PERSON|Gareth Moss}}) assigned {{neg:time|14:12}}, on scene {{neg:time|14:58}}. Belt replaced at the roadside, {{neg:amount|£38.50}} parts taken from the card on file ({{neg:masked-card|**** 7721}}). Job closed 15:31, no tow.`),

  gb("chat", `[Virtual assistant] Hi! I'm the rentals assistant. What can I help you with today?
Customer: deposit still not back
[Virtual assistant] I can help with deposits. Please type your booking reference.
Customer: {{neg:booking-ref|GBR-88301746}}
[Virtual assistant] Thanks. The hold of {{neg:amount|£250.00}} on this booking was released on {{neg:date|12/11/2026}}. Banks can take up to 10 working days to show a release. Did that answer your question?
Customer: no. its been 12 days and its still there. AGENT
[Virtual assistant] Connecting you to a colleague…
— an agent joined the chat —
Agent: Hi, I'm {{PERSON|Kieran}}, sorry for the wait. Could you confirm the name on the booking?
Customer: {{PERSON|Lauren Whitfield}}. card is {{CARD|4658 2201 7734 9157}} exp {{neg:card-expiry|08/28}} if you need it
Agent: Thanks — please don't post full card numbers here, I've masked it in our copy. The last four, {{neg:masked-card|•••• 9157}}, match the booking.
Agent: Our release went through, but your bank still shows it because the car came back a day late and a second hold was taken then. That one dropped off this morning. The processor's release ref is {{neg:reference|ARN 7491826733}} if your bank asks.
Customer: so both gone?
Agent: Both released. If either is still there on Friday, ring our deposits line on {{PHONE|0345 601 4420}} and quote the booking number.`),

  gb("email", `From: Fines & Charges <{{EMAIL|pcn@example.com}}>
To: {{EMAIL|t.adeyemi-clarke@example.net}}
Date: {{neg:date|19 November 2026}}
Subject: Notice of Intended Prosecution — your rental {{neg:agreement-number|RA 5530 2871}}

Dear {{PERSON|Tobi Adeyemi-Clarke}},

We have received this from the Metropolitan Police Service about the car you hired, {{neg:plate|LB71 XKD}} ({{neg:car-model|Mercedes A-Class}}):

  > Notice of Intended Prosecution and requirement under Section 172, Road Traffic Act 1988. Our ref {{neg:fine-ref|NIP/01/2026/3906152}}.
  > It is alleged that on {{neg:date|3 November 2026}} at {{neg:time|14:22}} the vehicle was driven on the A40 Western Avenue at 41 mph, the limit being 30 mph.
  > The registered keeper must give the full name and address of the driver within 28 days.

Under clause 9 of the agreement we have named you as the driver, at the address on the agreement ({{neg:postcode|SE15 4QN}}), and you will receive the notice from the police directly. The administration fee of {{neg:amount|£36.00}} has been charged to the card ending {{neg:masked-card|**** 2814}}.

If you were not driving — for example if your additional driver was — reply within 7 days with his details and we will tell the police.

Regards
{{PERSON|Joanne Pickles}}
Fines & Charges | {{PHONE|0330 094 8812}}`),

  gb("note", `Licence check — booking {{neg:booking-ref|GBR-88417702}}, collection {{neg:station-code|MAN-T2}} {{neg:date|21/11/2026}} {{neg:time|07:30}}
Main driver {{PERSON|Rhys Llewellyn-Hart}}, licence no. {{neg:licence-number|LLEWE804127RJ9DK}}. Couldn't generate a check code on his phone (no signal in the car park), so ran the phone check instead: licence no., NI number and postcode.
1st attempt NI no. {{neg:nino-invalid|NT 41 92 07 C}} — no match (he read it off an old payslip, "NT" isn't issued). 2nd: NI {{UK_NINO|JP 61 42 07 B}}, postcode {{neg:postcode|M20 2RN}} → match.
Result: full licence, 9 points — SP30 (3, 2024) and CU80 (6, 2025). Policy: max 6 points and no CU80 within 5 years → cannot drive.
Second named driver on the booking, {{PERSON|Carys Llewellyn-Hart}}: check code {{neg:reference|Hx7K9p2B}} entered on the desk tablet ({{IP_ADDRESS|10.12.4.31}}), clean licence. Agreement reissued in her name, {{neg:agreement-number|RA 5531 0146}}; he's removed as a driver, {{neg:amount|£78.00}} additional-driver charge refunded.
He was polite but unhappy — wants a call from a supervisor about the wording on the website. Mobile {{PHONE|07446 218 350}}.
— KP, desk 3`),

  gb("chat", `App support · member {{neg:member-number|CS-2207193}} · {{neg:car-model|Renault Zoe}} {{neg:plate|LM72 VNH}}
[18:02] Member: parked in a bay and I can't end the trip, the app says "vehicle outside home zone". meter's still running
[18:03] Support: Sorry about that! Our map has the car at {{neg:gps|51.4471, -0.1227}}, which is just outside the zone edge.
[18:04] Member: it's on {{neg:street|Josephine Avenue}}. your own map says the zone includes it
[18:05] Support: You're right, the zone edge was moved last week and the map in older app versions is out of date — you're on {{neg:version|5.12.0}}, the current one is {{neg:version|5.14.2}}. I've ended the trip from here at {{neg:time|18:06}}; the minutes after 18:02 won't be charged.
[18:06] Member: cheers. also it said 80% when I booked it and it was 38% when I got in. drove 11 {{neg:name-word|miles}} and it's on 19% now
[18:07] Support: Noted, and I've added {{neg:amount|£4.00}} credit for the charge you didn't get. Thanks for your patience, {{PERSON|Marguerite}}.
[18:07] Member: np`),

  gb("email", `From: {{EMAIL|naomi.brierley@example.com}}
To: {{EMAIL|fleet@harcourtlyle.example.com}}
Date: {{neg:date|25 November 2026}}
Subject: RE: RE: pool cars December + new drivers

Hi {{PERSON|Stuart}},

I've added the three new drivers to the account ({{neg:account-number|BUS-002963}}):
 - {{PERSON|Amrit Sandhu}} — licence checked 24/11; your insurer's driver declaration also asked for his NI number, {{UK_NINO|SC 38 90 14 A}}. Mobile {{PHONE|07832 550 916}}.
 - {{PERSON|Helen O'Rourke}} — licence checked, NI {{UK_NINO|WL 40 18 66 C}}. Mobile {{PHONE|07954 302 117}}.
 - {{PERSON|Bartosz Kowalczyk}} — the DVLA check came back "no record" as he holds a Polish licence. He can still drive; he just needs to show the licence and his passport at the desk the first time.

From January everything goes on one monthly invoice to {{neg:company|Harcourt & Lyle Ltd}}, PO number required on each booking.

The Transit for Stockport (2–5 Dec) is booked: {{neg:booking-ref|GBR-88611230}}, {{neg:car-model|Ford Transit}} Custom, collection from our Trafford Park branch.

Best,
{{PERSON|Naomi}}
Account Manager, Business Rentals | {{PHONE|07512 884 302}}

> On 24 Nov 2026, at 09:14, {{EMAIL|fleet@harcourtlyle.example.com}} wrote:
> Hi — could you also put a van on for the Stockport job, 2–5 Dec? Our accounts manager {{PERSON|Bev Tattersall}} will raise the PO. Her direct line is {{PHONE|0161 496 0734}}.
> Thanks`),

  gb("call", `Stolen vehicle report — call received {{neg:time|02:14}}, {{neg:date|28/11/2026}}
Caller {{PERSON|Declan Matthews}}, rental {{neg:agreement-number|RA 5528 9930}}: {{neg:car-model|Tesla Model 3}}, {{neg:plate|EF24 TKY}}, VIN {{neg:vin|LRW3E7EB2PC482177}}.
Left it in the hotel's open car park in the Jewellery Quarter, Birmingham, around 22:00. Came down at 01:50 and it was gone. Key card still in his wallet.
Tracker: last position {{neg:timestamp|2026-11-28 01:31}} at {{neg:gps|52.4869, -1.9087}} heading for the A38, then nothing — likely jammed. Immobilise request sent 02:20, pending until the car next connects.
He has reported it to West Midlands Police, crime ref {{neg:police-ref|20/1148762/26}}.
Hotel reception as he read it out: {{PHONE|oh one two one, five seven one, three three oh eight}}. His mobile {{PHONE|07388 240 615}}.
Replacement car offered from {{neg:station-code|BHX-01}} at 09:00 — accepted. His laptop was in the boot; told him to list it for the police, our cover doesn't include belongings.
Passed to security ({{EMAIL|vehicle.security@example.com}}).`),

  gb("note", `Damage assessment — return {{neg:station-code|LHR-T5}} {{neg:date|17/11/2026}} {{neg:time|22:40}}
{{neg:car-model|Škoda Octavia}} estate {{neg:plate|YD73 HWE}}, {{neg:odometer|24 118 miles}}. Renter {{PERSON|Adaeze Okonkwo}}, agreement {{neg:agreement-number|RA 5529 0736}}.
Return photos IMG_3391–IMG_3397 (nearside rear door and quarter), IMG_3402 (nearside front alloy).
Found: 14 cm scrape with a shallow dent across the N/S rear door into the quarter; N/S/F alloy kerbed.
Out-check photos 12/11 (IMG_1127–IMG_1140, taken by the day shift) already show the alloy kerbed → not charged.
Renter wrote on the return slip: "the {{neg:name-word|mark}} on the back door was there when I got it". Not on IMG_1131 or IMG_1132, which show that door clearly.
Estimate from {{neg:company|Pemberton Bodyworks Ltd}}: {{neg:amount|£642.00}} + VAT = {{neg:amount|£770.40}}. No SCDW taken; excess {{neg:amount|£1,200}} → charge {{neg:amount|£770.40}} to {{neg:masked-card|xxxx xxxx xxxx 4460}}.
Claim {{neg:claim-number|DMG-26-11-0874}}. Letter with photos e-mailed to {{EMAIL|adaeze.o@example.org}}; mobile on file {{PHONE|07412 603 981}}.`),

  gb("chat", `Web chat {{neg:date|23/11/2026}}
14:48 Customer: help I've locked the keys in the car at Membury services, M4 westbound, and the dog is in it. it's not hot but still
14:48 Agent: Okay, we'll treat that as urgent. Is the engine off, and which car is it?
14:49 Customer: engine off. {{neg:car-model|Citroën C4 Picasso}}, {{neg:plate|WU66 BFX}}
14:50 Agent: Thanks. The membership ({{neg:member-number|RA-0388-1502}}) is in the name of {{PERSON|Ian Stott}} — is that you?
14:50 Customer: that's my husband, I'm {{PERSON|Linzi}}. he's on {{PHONE|07935 418 227}} but he's in a meeting
14:51 Agent: That's fine, you're covered as a named partner. A patrol with entry tools is on the way, about 35 minutes. What number can they reach you on?
14:51 Customer: {{PHONE|07760 332 901}}
14:53 Customer: to be {{neg:name-word|frank}} I don't care if they break the window
14:53 Agent: They'll only do that as a last resort — most of the time they get in without a mark. Keep the dog calm and stay where you can see the car.`),

  gb("email", `From: {{EMAIL|kbrannigan.travels@example.com}}
To: Reservations <{{EMAIL|reservations@example.com}}>
Date: {{neg:date|30 November 2026}}
Subject: Booking {{neg:booking-ref|GBR-88520394}} add driver + documents

Hi there,
We pick up at Edinburgh Airport on Dec 8 and I'd like to add my husband {{PERSON|Mitchell Brannigan}} as a driver. Both our Ohio licenses are attached. In case you need them for the background check, my social security number is {{US_SSN|287-64-1193}} and {{PERSON|Mitch}}'s is {{US_SSN|531-27-0946}}. Best number for us while we're over is {{PHONE|+1 614 294 7718}}.
Thanks so much,
{{PERSON|Kathleen Brannigan}}

---

Dear Ms {{PERSON|Brannigan}},

Thank you — your husband is now on the booking as an additional driver ({{neg:amount|£13.50}} a day, {{neg:amount|£81.00}} for the six days).

Please don't send social security numbers: we never need them, and we have deleted your e-mail and its attachments from our system now that the driver is added. For US licences we only need to see both licences and passports at the desk, and a card in the main driver's name for the deposit.

Kind regards,
{{PERSON|Fiona MacAulay}}
Reservations, Edinburgh`),

  gb("call", `Accident report — renter {{PERSON|Sanjay Mistry}}, {{neg:date|26/11/2026}} 08:20
Car {{neg:car-model|Kia Niro}} {{neg:plate|YK22 RTO}}, agreement {{neg:agreement-number|RA 5530 0062}}.
Armley Gyratory, Leeds: a van changed lanes into his nearside. No injuries, police not called, details exchanged:
 - other driver {{PERSON|Kyle Dransfield}}, white {{neg:car-model|Ford Fiesta}} van {{neg:plate|YF15 KZD}}, insurer's policy {{neg:policy-number|P77412093}}
 - his mobile, read out by the renter: {{PHONE|oh seven four two seven, six five one, eight oh three}}
 - witness: a bus driver who gave her name as {{PERSON|Maureen}} and {{PHONE|0113 245 8890}}
Damage: N/S rear door and sill, drivable, no warning lights. He's completing the accident form from the glovebox and will send photos to {{EMAIL|claims@example.com}}.
Claim {{neg:claim-number|ACC-26-3317}}; our claims team will contact the other insurer. Renter's number {{PHONE|07427 118 395}}.`),

  gb("note", `EV card — lost card, fleet driver {{PERSON|Oluwaseun Bakare}} ({{neg:company|Marchetti Foods Ltd}})
Old card {{neg:charge-card-id|GB-CHC-0042817}} blocked {{neg:timestamp|2026-11-27 10:14}}. New card {{neg:charge-card-id|GB-CHC-0051126}} posted to the Luton depot.
Sessions since his last good use, from the network portal:
  {{neg:timestamp|2026-11-25 19:02}}  Milton Keynes Coachway   {{neg:energy|41.6 kWh}}  {{neg:amount|£32.03}}
  {{neg:timestamp|2026-11-26 06:47}}  Leicester Forest East    {{neg:energy|38.2 kWh}}  {{neg:amount|£29.41}}
  {{neg:timestamp|2026-11-26 23:55}}  Woolley Edge             {{neg:energy|57.3 kWh}}  {{neg:amount|£44.10}}  ← not him, he was home
The Woolley Edge session was started remotely from the app account, logged in at 23:51 from {{IP_ADDRESS|203.0.113.84}}; his own logins are all from {{IP_ADDRESS|198.51.100.23}} (depot Wi-Fi) or his phone on {{IP_ADDRESS|2001:db8:7c0:41::1b}}.
→ app password reset, {{neg:amount|£44.10}} disputed with the network (their fleet line {{PHONE|0330 223 5184}}). Driver's mobile {{PHONE|07881 226 430}}.`),

  gb("email", `From: {{EMAIL|g.mckechnie@example.net}}
To: Customer Relations <{{EMAIL|customer.relations@example.com}}>
Subject: Complaint – £185 one-way fee, Edinburgh to Manchester

I booked a car from Edinburgh Waverley to be returned there. On {{neg:date|14 November}} my mother was taken into Wythenshawe Hospital and I had to leave the car at your Manchester Piccadilly branch. I phoned your line first and a lady called {{PERSON|Tracey}} told me that would be fine. Now I see a {{neg:amount|£185}} one-way fee and a {{neg:amount|£60}} "unscheduled return" charge.

My card has since been cancelled (fraud on another account), so please refund to {{IBAN|GB10 BARC 2015 4763 8102 94}}.

{{PERSON|Gordon McKechnie}}

---

Dear Mr {{PERSON|McKechnie}},

I'm sorry to hear about your mother. I have listened to the call of {{neg:date|14 November}}: you were told the car could be left in Manchester, but not that a fee would apply. We have waived the {{neg:amount|£60}} charge and reduced the one-way fee to our standard inter-city rate of {{neg:amount|£95}}. The difference, {{neg:amount|£150.00}}, will be paid to the account you gave within five working days.

Yours sincerely,
{{PERSON|Imogen Clarke-Wood}}
Customer Relations | {{PHONE|0345 600 2219}}`),

  gb("chat", `09:12 Customer: I've put petrol in the hire car. it's a diesel. I have NOT started it
09:12 Agent: Good, please don't start it or turn the ignition on at all. Where are you?
09:13 Customer: Tesco Extra in Cheshunt, pump 6. {{neg:car-model|Peugeot 308}} SW, {{neg:plate|RV23 OCH}}
09:14 Agent: Thanks. A fuel-drain technician can come to you — push the car to a bay with the staff if you can, it's in neutral. The drain is {{neg:amount|£245}} plus the cost of the diesel, and it's not covered by the damage waiver, I'm afraid.
09:15 Customer: fine whatever. how long
09:15 Agent: The technician, {{PERSON|Lee}}, will ring you before 10:30. Can I take your name and number?
09:16 Customer: {{PERSON|Shabnam Hosseini}}, {{PHONE|07539 882 014}}
09:16 Agent: Thanks. The {{neg:name-word|bill}} goes to the card on the agreement, {{neg:agreement-number|RA 5531 2958}}, and you'll get an e-mail receipt.`),

  gb("call", `PCN call — Dart Charge, renter {{PERSON|Wojciech Nowicki}}, {{neg:date|2 December 2026}}
Penalty charge notice {{neg:fine-ref|DC11834402}} forwarded to him last week: crossing on {{neg:date|9 October 2026}} at {{neg:time|19:47}}, {{neg:plate|GK21 WMP}}, {{neg:amount|£70}} (reduced to {{neg:amount|£35}} if paid within 14 days).
He says he paid the {{neg:amount|£2.50}} online, receipt {{neg:reference|DRT-77301245}} — but that was on 11 October, after the midnight-next-day deadline.
Explained we only pass the notice on; he has to make representations to Dart Charge himself. Our {{neg:amount|£30}} admin fee stays.
He's moved — letters to the new address please, postcode {{neg:postcode|RM17 6PQ}}. Mobile {{PHONE|07469 310 254}}, e-mail {{EMAIL|w.nowicki@example.net}}. His wife {{PERSON|Agnieszka}} handles the post, her number {{PHONE|07402 977 583}}.`),
]

export const EN_IE = [
  ie("call", `Breakdown — N7 southbound before J11, {{neg:date|16/11/2026}} 17:40
Caller {{PERSON|Siobhán Ní Chonaill}}, renter, {{neg:car-model|Toyota Corolla}} {{neg:plate|251-D-40718}}, {{neg:odometer|18 902 km}}. Front left tyre blown; she's pulled in on the hard shoulder. No spare wheel, only the inflator kit, and the sidewall is torn so the kit's no use.
She said she's grand but it's getting dark and lashing rain. Told her to wait behind the barrier with the hazards on.
Her mobile as she said it: {{PHONE|oh eight seven, three one four, double six two nine}}.
Tow: {{neg:company|Ó Dálaigh Recovery Teo.}}, driver {{PERSON|Mossie}}, ETA 40 min, {{PHONE|086 771 2390}}.
She's going on to Kilkenny tonight — replacement car to be dropped to the garage in Newbridge for 09:00. Asked us to let her husband know at home: {{PHONE|045 438 116}}.`),

  ie("email", `From: Fines Administration <{{EMAIL|fines.ie@example.com}}>
To: {{EMAIL|ruairi.mcgettigan@example.ie}}
Date: {{neg:date|21 October 2026}}
Subject: Fixed Charge Notice — rental {{neg:agreement-number|IRA-2210-4473}}

Dear {{PERSON|Ruairí McGettigan}},

We have received the following from An Garda Síochána, Fixed Charge Processing Office, regarding {{neg:plate|242-D-18830}}:

  "Notice number {{neg:fine-ref|3061442718C}}. Detected by a safety camera on the N59 at Moycullen, Co. Galway, on {{neg:date|2 October 2026}} at {{neg:time|16:05}}: 97 km/h in an 80 km/h zone. A fixed charge of €160 and 3 penalty points apply if paid within 28 days."

As your rental terms allow, we have given the Gardaí the renter's details — your name, address ({{neg:postcode|F92 K7C2}}) and driving licence number ({{neg:licence-number|IE 201844732}}) — and the notice will be reissued to you. Our {{neg:amount|€30}} administration fee has been charged to the card ending {{neg:masked-card|•••• 5062}}.

Le meas,
{{PERSON|Aoife Kinsella}}
Fines Administration, Dublin Airport
Tel {{PHONE|01 812 6604}}`),

  ie("chat", `Assistant: Dia duit / Hello! I'm the virtual assistant. Ask me about your rental, tolls or fines.
Customer: got a letter saying unpaid M50 toll from a rental in September??
Assistant: M50 tolls are charged to the card used for your rental. To check, please type the car's registration.
Customer: {{neg:plate|231-KY-5502}}
Assistant: I couldn't find an active rental for that registration. Would you like to talk to an agent?
Customer: yes
— agent joined —
Agent: Hi, {{PERSON|Orla}} here. That reg was on your booking {{neg:booking-ref|IRB-77410982}}, 13–20 September. eFlow billed us for four passages, and we should have charged you {{neg:amount|€3.20}} each — the system missed it, so eFlow wrote to you.
Customer: ok so what do i do. im {{PERSON|Pádraig Ó Súilleabháin}} by the way
Agent: Nothing at all, a {{PERSON|Phádraig}}. We'll pay the tolls today and close their letter {{neg:fine-ref|EF-PN-6625093}}. No penalty will be charged to you.
Customer: go raibh maith agat. if they write again ill ring ye. house phone is {{PHONE|066 915 2287}}
Agent: Grand, I've noted it on the booking.`),

  ie("note", `Desk note — Shannon ({{neg:station-code|SNN-02}}), {{neg:date|24/11/2026}}
Renters: {{PERSON|Gary Lindqvist}} (main driver) and {{PERSON|Donna Lindqvist}} (additional driver, {{neg:amount|€12}}/day), Minnesota licences, both valid.
The DPO asked for the exact content of their pre-arrival e-mail before it was purged, so pasted here:
  "Hi, attaching everything so there's no hold-up at the counter. Social security numbers: {{PERSON|Gary}} {{US_SSN|412-58-7730}}, {{PERSON|Donna}} {{US_SSN|219-70-5936}}. Card for the deposit {{CARD|6011 4027 7189 3056}}. Cell {{PHONE|+1 612 378 9052}}."
E-mail and attachments deleted 11:05 (ticket {{neg:reference|DP-2026-0911}}). Told them at the desk we never need SSNs.
Deposit of {{neg:amount|€1,500}} taken on the Discover card — it went through on the second try.
Car: {{neg:car-model|Hyundai Tucson}} {{neg:plate|252-CE-1147}}, {{neg:odometer|6 240 km}}, full tank. Out-check photos taken at the desk, 10:40.`),

  ie("call", `Keys locked in — Glendalough, Upper Lake car park, {{neg:date|8 November 2026}} 13:05
Caller {{PERSON|Tadhg Breathnach}}, renter; {{neg:car-model|Škoda Kamiq}} {{neg:plate|241-WW-3390}}. Keys on the driver's seat, car locked itself. Their baby is asleep in the car seat in the back, windows up, about 11 degrees out.
Told him: if the baby wakes or seems distressed at any point, ring 112 and the Gardaí will break the window — we will not charge for the glass.
Locksmith sent from Wicklow town, {{neg:company|Rathdrum Auto Locks Ltd}}, ETA 30 min: technician {{PERSON|Brendan}}, {{PHONE|0404 45 118}}.
His phone is nearly dead — second contact is his partner {{PERSON|Clodagh}}: {{PHONE|oh eight five, two nine one, four four oh seven}}.
Update 13:41: car opened, baby fine, no damage. Callout {{neg:amount|€95}} waived.`),

  ie("email", `From: {{EMAIL|grainne.fitzpatrick@example.com}}
To: {{EMAIL|colm@obriainconstruction.example.ie}}
Subject: RE: vans for the Newry site + driver details

Hi {{PERSON|Colm}},

All sorted for January: two {{neg:car-model|Ford Transit}} vans and the {{neg:car-model|Toyota Hilux}} on the account ({{neg:account-number|FLT-IE-00712}}), invoiced monthly to {{neg:company|Ó Briain Construction Ltd}}.

On the drivers:
 - {{PERSON|Darragh Keane}} — Irish licence, checked, fine.
 - {{PERSON|Stephen Rafferty}} — Northern Ireland licence (DVA). As he's a UK subcontractor the insurer asks for his national insurance number: you sent {{UK_NINO|PE 52 19 38 B}}, which I've passed on. His mobile {{PHONE|+44 7781 392 640}} was bouncing, can you check it?
 - {{PERSON|Marek}} from the Drogheda crew — I still need his surname and licence.

The vans will go over the border every day, so I've added cross-border cover at {{neg:amount|€8}} per van per day.

Thanks,
{{PERSON|Gráinne}}
Business Accounts | {{PHONE|01 685 2271}}

> From: {{EMAIL|colm@obriainconstruction.example.ie}}
> Sent: {{neg:date|2 December 2026}} 08:02
> Hi, three vans from the 5th of Jan please, same as last year. Drivers list below. Ring me on {{PHONE|087 602 9531}} if anything's missing.`),

  ie("chat", `App support · {{neg:date|19/11/2026}}
19:31 Member: car won't unlock. Rialto, the bay outside the Luas stop. pressing unlock and nothing
19:32 Support: Hi, sorry about that! Which car are you at?
19:32 Member: {{neg:car-model|Volkswagen ID.3}} {{neg:plate|232-D-27811}}
19:33 Support: Thanks. The car's telematics box last checked in 4 minutes ago from {{IP_ADDRESS|10.88.14.203}}, so it's online. Your app session is coming from {{IP_ADDRESS|2001:db8:4a1:7::19}} on {{neg:version|4.9.1}} — could you turn Bluetooth off and on and try again while standing right at the driver's door?
19:35 Member: nope
19:36 Support: I've sent an unlock from here.
19:36 Member: THAT worked. thanks
19:37 Support: Great. I've stopped the meter for the 6 minutes you were waiting. Enjoy the drive, {{PERSON|Niamh}}!
19:37 Member: cheers. {{neg:name-word|may}} as well tell you the back seat is full of crisps, not mine`),

  ie("note", `Accident — Red Cow roundabout, {{neg:date|30/10/2026}} 08:10
Renter {{PERSON|Kenji Sato}} (Japanese licence + IDP, checked at pick-up) was rear-ended waiting to exit for the N7. Car {{neg:car-model|Kia Ceed}} {{neg:plate|241-D-60299}}, bumper and boot lid damaged, drivable.
Third party: {{PERSON|Liam Costigan}}, {{neg:car-model|Opel Astra}} {{neg:plate|11-KE-2930}}, admits fault, insured with FBD, policy {{neg:policy-number|FBD-MT-2291447}}. Mobile {{PHONE|083 447 2091}}.
Garda attended (traffic on the roundabout), Garda {{PERSON|Noreen Tully}}, Clondalkin; incident no. {{neg:police-ref|PULSE 27790314}}.
Witness: a cyclist who stopped, {{PHONE|089 403 6592}}.
European Accident Statement filled in, both signed; photo IMG_0042.jpg of it in the file.
Renter shaken, neck sore — advised to see a GP. Swap car at Dublin Airport tomorrow 10:00. Claim {{neg:claim-number|IE-CLM-26-0488}}.`),

  ie("email", `From: {{EMAIL|nualabrosnan@example.ie}}
To: {{EMAIL|help@example.com}}
Subject: €150 cleaning fee?!

I returned the car ({{neg:booking-ref|IRB-77533016}}) to Kerry Airport on Sunday and today there's a €150 "specialist cleaning" charge. Yes there was a bit of sand — we'd been on Inch Strand, it was a {{neg:name-word|sunny}} day for once — but there was no dog in that car, we don't even have a dog.

If you're keeping the money I want to see the photos. Otherwise refund it to my account, {{IBAN|IE37 BOFI 9000 1758 2133 04}}, the card is closed.

{{PERSON|Nuala}}

---

Dear {{PERSON|Nuala}},

You're right to ask. The return photos (RTN_5521.jpg to RTN_5526.jpg) show sand in the footwells, which our normal valet handles — and hair on the rear seat, which the valeter took to be dog hair. Looking again, it isn't clear enough to charge for. We have cancelled the {{neg:amount|€150}} and will transfer it to your account within five working days.

Regards,
{{PERSON|Pearse Dunne}}
Customer Care, Kerry Airport`),

  ie("call", `Call — EV out of charge, N17 north of Tuam, {{neg:date|5/12/2026}} 16:20
Caller {{PERSON|Róisín Mac Donncha}}, {{neg:car-model|Renault Zoe}} {{neg:plate|232-G-11809}}, rented in Galway this morning at 96 %.
Says she got {{neg:odometer|174 km}} out of it in the cold with the heating on, and it's now at 2 % and limping. The charge card we gave her ({{neg:charge-card-id|ECARS-IE-36152}}) was refused at the charger in Tuam — the card was never activated.
Tow to the fast charger at Claremorris (about {{neg:energy|35 kWh}} needed); recovery ETA 50 min.
Her number as she said it: {{PHONE|oh eight six, four one nine, two two seven three}}.
Card activated 16:31; sent her a voucher for the charge. Complaint raised for the Galway desk: cards must be activated at hand-over.`),

  ie("note", `Licence check — booking {{neg:booking-ref|IRB-77640115}}, Dublin Airport {{neg:station-code|DUB-T2}}, {{neg:date|3/12/2026}}
Driver {{PERSON|Conor Devlin}} presented a Northern Ireland licence. The DVLA share code didn't work — NI licences sit with the DVA. Rang the DVA with licence no. {{neg:licence-number|DEVLI706153C99RK}} and his NI number: first read out as {{neg:nino-invalid|DA 73 25 09 B}} (no D prefix is issued), then {{UK_NINO|KR 93 04 71 A}} from a payslip photo. Match.
Entitlement fine, 6 points — but the photocard ran out on {{neg:date|14 August 2026}} and all he has is the DVA's renewal letter. Policy: an expired photocard is not accepted, renewal letter or not.
No other driver on the booking, so it was cancelled at 09:50 with a full refund of {{neg:amount|€388.60}} to {{neg:masked-card|**** 6093}}. He can rebook once the new card arrives; the 10 % code stays valid until February.
He took it well enough. Contact: {{PHONE|+44 28 9032 6617}}, {{EMAIL|conor.devlin@example.net}}.`),

  ie("chat", `Web chat — one-way Dublin → Belfast
Customer: hi, booked a car Dublin city to Belfast City Airport on the 18th. the price jumped at the end by €95?
Agent: Hi! That's the cross-border one-way fee — the car has to be brought back to the Republic after you drop it.
Customer: that wasn't on the first page
Agent: It was in the summary under "one-way", but I agree it's easy to miss. If you return the car to Dublin instead there's no fee.
Customer: can't, flying out of Belfast. my name's {{PERSON|Eoin Gallagher}}, booking {{neg:booking-ref|IRB-77659023}}
Agent: Thanks. I can drop the fee to {{neg:amount|€60}} as the car you picked is registered to our Belfast partner anyway. Shall I?
Customer: yes please. and can they call me at the airport, my UK number is {{PHONE|+44 7871 520 334}}
Agent: Done, it's on the booking. The new total is {{neg:amount|€241.40}}.`),

  ie("email", `From: {{EMAIL|dhegarty@example.ie}}
To: {{EMAIL|deposits@example.com}}
Subject: deposit €1,500 STILL held

Returned the car on the 2nd, it's now the 14th. €1,500 still gone from my Revolut. That's my rent.

---

Dear {{PERSON|Declan}},

I'm sorry — I can see the problem. At pick-up the desk took the deposit twice on your card ending {{neg:masked-card|**** 5521}} (expiry {{neg:card-expiry|11/27}}): once for {{neg:amount|€1,500}}, then again when the first attempt showed as failed. We released one hold on the 2nd; the second was never released.

I have released it today, reference {{neg:reference|REL-26-11448}}. Revolut usually shows releases within 2 working days. If it's still there on Thursday, ring me directly on {{PHONE|01 699 4170}}.

Regards,
{{PERSON|Ciara Lynch}}
Deposits Team`),

  ie("call", `Glass — stone chip on the M1 near Balbriggan, {{neg:date|27/11/2026}}
Caller {{PERSON|Aidan Kavanagh}}, renter, {{neg:car-model|Skoda Superb}} {{neg:plate|242-D-55120}}. Stone from a lorry; star chip about the size of a 2c coin, low in the driver's line of sight.
Booked a repair at Dundalk with {{neg:company|Boylan Windscreens Ltd}} tomorrow 09:30, covered by the glass waiver he took. Claim {{neg:claim-number|GLS-26-1144}}.
He said his number: {{PHONE|oh eight three, six six two, one oh five nine}}. Repairer: {{PHONE|042 933 5120}}.
Told him if the chip starts to spread, stop and call us — we'll swap the car.`),

  ie("note", `Fraud review — booking {{neg:booking-ref|IRB-77701553}} (Cork Airport, 3-week rental, premium SUV), created {{neg:timestamp|2026-12-01 02:47}}
Name on booking {{PERSON|Bradley Voss}}, e-mail {{EMAIL|b.voss.cork@example.com}}, phone {{PHONE|+353 85 771 3906}}.
Card attempts from the checkout log:
  02:44  {{neg:luhn-invalid|4024 0071 8849 2217}}  rejected (fails the check digit)
  02:45  {{neg:luhn-invalid|4024 0071 8849 2271}}  rejected
  02:46  {{CARD|3782 913406 72111}}  authorised, 3-D Secure skipped
All three from {{IP_ADDRESS|192.0.2.71}}; the account was opened at 02:39 from {{IP_ADDRESS|198.51.100.190}}.
The ID section has "social security no." filled in: {{neg:ssn-invalid|000-31-8852}} first, then {{US_SSN|604-31-8852}}. We don't ask for this in Ireland.
Amex fraud line confirmed the card was reported stolen this morning. Booking cancelled, account blocked, reported to Gardaí (Anglesea St) ref {{neg:police-ref|PULSE 27810652}}.
Reviewed by {{PERSON|Eimear Crowley}}.`),
]
