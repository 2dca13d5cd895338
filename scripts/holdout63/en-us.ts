// en-US texts: written one by one (fertility clinic scheduling, school transport, cinema bookings, pet-food subscription,
// solar leasing billing, EV charging, library membership, coworking, funeral insurance, bicycle repair).
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US = [
  t("chat", `Lakeshore Fertility Center – Scheduling Chat
[8:14 AM] Visitor: hi, I need to move my baseline ultrasound, cycle day 2 is tomorrow not friday
[8:15 AM] {{PERSON|Keisha}} (Scheduling): Good morning! I can help. Patient name and date of birth?
[8:15 AM] Visitor: {{PERSON|Renata Villalobos}}, {{neg:date|4/19/1991}}
[8:16 AM] {{PERSON|Keisha}} (Scheduling): Thanks! I have {{neg:time|7:40 AM}} or {{neg:time|8:20 AM}} tomorrow in the ultrasound suite.
[8:16 AM] Visitor: 7:40 please. call {{PHONE|(312) 664-0917}} if anything changes`),
  t("note", `pt {{PERSON|Hannah Lindqvist-Moore}} called re IVF med delivery, pharmacy shipped to old address. gave new addr ZIP {{neg:postcode|60614-2207}}. order {{neg:order-number|RX 4471 0928}} reshipped overnight, est {{neg:date|Dec 8}}. partner {{PERSON|Tom}} will sign, his cell {{PHONE|773 418 2096}}. copay {{neg:amount|$35.00}} waived per {{PERSON|Ines}}.`),
  t("transcript", `AGENT: Lakeshore Fertility, this is {{PERSON|Marisol}}, how can I help?
CALLER: hi yes I'm calling about the billing on my egg retrieval, I got charged twice
CALLER: the invoice says {{neg:invoice-number|INV-2026-118304}}
AGENT: okay I see two payments of {{neg:amount|$2,150}}. I'll refund the duplicate. Best number for the billing team?
CALLER: {{PHONE|six three zero, two two one, four oh eight eight}}
AGENT: that's {{PHONE|630-221-4088}}? Great. And your name for the file?
CALLER: {{PERSON|Priya Raman}}, {{PERSON|R-A-M-A-N}}`),
  t("email", `Subject: Bus stop change for next semester

Hello Transportation Office,

Our family moved within the district. Our son {{PERSON|Elijah}} (grade 4, student ID {{neg:student-number|S2260418}}) currently rides route {{neg:route-number|14B}}. New address ZIP is {{neg:postcode|27615}}. Could he be moved to the stop at Falls River and Durant starting {{neg:date|January 5}}?

You can reach me at {{PHONE|919-306-7742}} or my husband {{PERSON|Andre}} at {{PHONE|919.886.2014}}.

Thank you,
{{PERSON|LaToya Brooks}}
{{EMAIL|latoya.brooks@familymail.example}}

> From: Wake Ridge Schools Transportation <{{EMAIL|transport@wakeridge.example}}>
> Route changes submitted after {{neg:date|Dec 12}} take effect after winter break.`),
  t("sms", `Wake Ridge Schools: Bus {{neg:route-number|22}} is running about 25 min late this afternoon due to a flat tire. Questions? Call the transport office {{PHONE|(919) 431-5500}}. Reply STOP to opt out.`),
  t("ticket", `Marquee Cinemas – Guest Services Ticket {{neg:ticket-number|GS-884120}}
Guest: {{PERSON|Dmitri Volkov}}
Email: {{EMAIL|dvolkov88@mailbox.example}}
Phone: {{PHONE|+1 503 219 6640}}
Booking ref: {{neg:booking-ref|MQ7T2K9}}
Showtime: {{neg:date|12/05/2026}} {{neg:time|7:15 PM}}, Auditorium 6
Card on file: {{neg:masked-card|**** 4471}}
Issue: charged for 4 recliner seats, only 3 were held. Refund {{neg:amount|$18.50}}.`),
  t("chat", `[Sat 6:48 PM] Marquee Bot: Hi! Ask me about showtimes or your bookings.
[Sat 6:49 PM] You: the app keeps crashing when i pick seats, version {{neg:version|5.12.3}}
[Sat 6:50 PM] {{PERSON|Tyler}} @ Marquee: Sorry about that! Which theater and showing?
[Sat 6:50 PM] You: Eastgate, the 7:30 of the dune thing, 2 adults
[Sat 6:51 PM] {{PERSON|Tyler}} @ Marquee: Booked, ref {{neg:booking-ref|MQ9X4R1}}. Will email the tickets to the address on your account.`),
  t("note", `Solara Home Solar – billing note. Lessee {{PERSON|Gerald Atwater}} disputes November invoice {{neg:invoice-number|SL-0048812}}: production guarantee not met, system produced 412 kWh vs 560 expected. Inverter firmware {{neg:version|3.4.1}}, monitoring lost since {{neg:date|10/22}}. Tech visit booked. Credit {{neg:amount|$47.20}} pending mgr approval. He asked that we call his daughter {{PERSON|Corinne}} instead: {{PHONE|480-355-0192}}.`),
  t("ticket", `SOLARA LEASE – AUTOPAY ENROLLMENT
Account: {{neg:account-number|7100 4482 1936}}
Name: {{PERSON|Whitfield, Adaeze}}
Phone: {{PHONE|6022714458}}
Card: {{CARD|4532 0184 7712 3906}}
Exp: {{neg:card-expiry|09/29}}
Previous card declined: {{neg:luhn-invalid|4532 0184 7712 3907}}
Signed: {{neg:date|2026-12-03}}`),
  t("transcript", `speaker 1 (agent): thanks for calling voltway charging support this is {{PERSON|ken}}
speaker 2: yeah hi the charger at the whole foods on lamar just stopped at like twelve percent
speaker 1 (agent): sorry about that can you read me the station id on the sticker
speaker 2: it says {{neg:charger-id|VW 2207 1843}}
speaker 1 (agent): okay i can see the session ended with a fault i'll refund it what's your name and number
speaker 2: {{PERSON|javier morales}} {{PHONE|five one two seven seven zero three one four six}}
speaker 1 (agent): {{PHONE|512 770 3146}} got it`),
  t("sms", `VoltWay: Your session at Station {{neg:charger-id|VW-3318-0027}} ended. 38.4 kWh, {{neg:amount|$14.21}} charged to {{neg:masked-card|•••• 0931}}. Not you? Call {{PHONE|1-888-402-7719}}.`),
  t("email", `From: {{PERSON|Margaret Ellison}} <{{EMAIL|mellison@riverbendmail.example}}>
To: Fairhaven Public Library <{{EMAIL|circulation@fairhavenlib.example}}>
Subject: Library card renewal

Hi,
My card ({{neg:member-number|21982 00471 6633}}) expired in {{neg:name-word|May}}. I tried to renew online but it asks for a phone number and rejects mine. It is {{PHONE|(508) 992-4170}}.

Also my grandson {{PERSON|Noah Ellison-Tran}} would like his own card, he is 12.

Thanks, {{PERSON|Margaret}}`),
  t("ticket", `HR onboarding – Fairhaven Library (new circulation aide)
Name: {{PERSON|Deshawn Pritchard}}
SSN: {{US_SSN|402-71-8836}}
Phone: {{PHONE|508-644-2291}}
Emergency contact: {{PERSON|Loretta Pritchard}} {{PHONE|(774) 203-6658}}
Start date: {{neg:date|01/05/2027}}`),
  t("chat", `Hive & Desk Coworking — member chat
{{PERSON|Aaron}} (community team): Hey! How can I help?
guest_2219: my badge stopped working at the Pearl St location
Community team: Can I get your member number?
guest_2219: {{neg:member-number|HD-66120}}, name is {{PERSON|Sun-hee Park}}
Community team: Thanks, reactivated. The guest wifi is on 10.0.0.x, your laptop got {{IP_ADDRESS|10.40.12.87}} earlier, so it's on the members VLAN now.`),
  t("note", `IT ticket Hive & Desk: printer on 3rd floor unreachable from member {{PERSON|Olumide Bankole}}'s laptop. laptop {{IP_ADDRESS|192.168.30.114}}, printer at {{IP_ADDRESS|192.168.30.9}}, also has v6 {{IP_ADDRESS|fd3a:91c2:4410::1b}}. fixed after reboot. called back {{PHONE|720-541-8830}} ok.`),
  t("transcript", `AGENT: Evergreen Final Expense, my name is {{PERSON|Cheryl}}. Who am I speaking with?
CALLER: This is {{PERSON|Walter Huang}}. My mother passed on Sunday and I need to file a claim on her burial policy.
AGENT: I'm very sorry, Mr. {{PERSON|Huang}}. Do you have the policy number?
CALLER: {{neg:policy-number|FE 2031 7749 02}}
AGENT: Thank you. To verify, I'll need the insured's social security number.
CALLER: {{US_SSN|five two one, four four, zero nine six three}}
AGENT: Thank you. The benefit is {{neg:amount|$12,500}}. The funeral home can call us at {{PHONE|1-877-330-6104}} to assign it.`),
  t("sms", `Evergreen Final Expense: Hi {{PERSON|ROSALIND}}, your premium of {{neg:amount|$42.18}} is due {{neg:date|12/15}}. Pay at evergreenfe.example or call {{PHONE|877-330-6104}}. Policy {{neg:policy-number|FE 2019 4481 77}}. A 31-day {{neg:name-word|grace}} period applies.`),
  t("email", `Subject: Re: repair estimate

Hi {{PERSON|Jonah}},

Go ahead with the wheel truing and the new chain, but skip the bar tape. I can pick it up Thursday {{neg:date|December 10}}? If not, text me at {{PHONE|617 291 4483}}.

{{PERSON|Beatriz Souza}}

On Dec 4, Spoke & Sprocket Repair <{{EMAIL|service@spokesprocket.example}}> wrote:
> Work order {{neg:order-number|WO-33109}}: chain {{neg:amount|$38}}, truing {{neg:amount|$25}}, bar tape {{neg:amount|$22}}.`),
  t("ticket", `PAWPANTRY SUBSCRIPTION – CANCELLATION REQUEST
Customer: {{PERSON|Kowalski, Brandon}}
Email: {{EMAIL|b.kowalski@homebox.example}}
Phone: {{PHONE|412.867.3305}}
Plan: Large Breed Salmon, every 4 weeks, {{neg:amount|$64.99}}
Next ship date: {{neg:date|12/11/2026}}
Reason: dog needs vet diet now
SSN on file for financing: {{neg:ssn-invalid|666-20-4418}} (flagged invalid, removed)`),
  t("note", `PawPantry: cust {{PERSON|Felicia Oyelowo}} says box arrived torn, kibble wet. tracking {{neg:tracking-number|1Z 8W4 117 03 4412 7736}}. reshipped, order {{neg:order-number|PP-2026-774019}}. Will call her back tmrw, {{PHONE|704-338-9012}}. {{neg:name-word|Will}} also email photo request to {{EMAIL|felicia.o@qmail.example}}`),
  t("sms", `Voicemail from {{PHONE|(206) 471-3390}}: "hi this is {{PERSON|Grace}} at Puget Sound Ferries vehicle reservations, your booking {{neg:booking-ref|PSF 4471 8820}} for a vehicle over 20 feet on {{neg:date|December 19}} needs the length updated, call us back at {{PHONE|two zero six, four seven one, three three nine zero}} thanks"`),
  t("transcript", `[00:00:03] AGENT: Pedal Point Bikes, {{PERSON|Sam}} speaking.
[00:00:06] CALLER: hi I dropped off a Trek for a tune up, name's {{PERSON|Ortega}}
[00:00:11] AGENT: {{PERSON|Luis Ortega}}? Ticket {{neg:ticket-number|44718}}, yep, it's ready. {{neg:amount|$89}}.
[00:00:17] CALLER: can I pay over the phone
[00:00:19] AGENT: sure, card number?
[00:00:21] CALLER: {{CARD|5424 1803 9927 7166}}, expires {{neg:card-expiry|03/28}}
[00:00:30] AGENT: approved.`),
]
