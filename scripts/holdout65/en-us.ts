// en-US texts: written one by one (ski pass office, bookshop orders, tire shop, contact-lens subscriptions, ride-hail
// lost items, language app, photo prints, garden center delivery, kitchen installer, power outage line, patient
// transport; staff onboarding with SSNs).
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US = [
  t("chat", `Cold Spring Mountain · Pass Office chat
[8:02 AM] Guest: hi my season pass photo is wrong, it's my sister's face lol
[8:03 AM] {{PERSON|Dakota}} (Pass Office): Oh no! Happy to fix it. Name on the pass?
[8:03 AM] Guest: {{PERSON|Marisol Quintanilla}}
[8:04 AM] {{PERSON|Dakota}} (Pass Office): Got it, pass {{neg:member-number|CSM-26-118407}}. Stop by the Base Lodge window before {{neg:time|9:30 AM}} and we'll reprint it, no charge.
[8:04 AM] Guest: can you text me when it's ready? {{PHONE|(970) 453-2218}}
[8:05 AM] {{PERSON|Dakota}} (Pass Office): {{neg:name-word|Will}} do ⛷️`),
  t("note", `Pageturner Books – store 114 – cust {{PERSON|Desmond Achterberg}} called re special order {{neg:order-number|PT-4471902}} (3 vols, art history). Publisher backorder til {{neg:date|Jan 19}}. Offered cancel/refund {{neg:amount|$86.40}}, he'll wait. cb {{PHONE|612-408-7719}} after 5.`),
  t("email", `Subject: Re: tire rotation + alignment quote

Hi {{PERSON|Priya}},

Thanks for stopping by. For the 2019 Outback the rotation is {{neg:amount|$24.99}} and the four-wheel alignment {{neg:amount|$119.00}}; we have a bay open Thursday {{neg:date|12/10}} at {{neg:time|7:45 AM}}. Just reply or call the shop at {{PHONE|(503) 282-6650}}.

{{PERSON|Rich}}
TreadPro Tire & Auto, Sandy Blvd
{{EMAIL|service@treadpro.example.com}}

> On Mon, {{PERSON|Priya Venkataraman}} <{{EMAIL|priya.v.pdx@example.net}}> wrote:
> How much for a rotation and alignment? I hear a hum over 50 mph.`),
  t("sms", `LensLoop: Your next 90-day supply (Acuvue Oasys, -2.75) ships {{neg:date|12/14}}. Card on file ending {{neg:masked-card|•••• 6620}}. Reply SKIP to delay. Questions? {{PHONE|1-833-536-7566}}`),
  t("transcript", `[00:00:01] AGENT: RideNest lost items, this is {{PERSON|Jerome}}. What did you leave behind?
[00:00:05] CALLER: a black backpack, in the car last night, trip from O'Hare around eleven
[00:00:12] AGENT: Can I get the name on the account?
[00:00:14] CALLER: {{PERSON|Anh Thu Pham}}, that's {{PERSON|A-N-H, T-H-U}}
[00:00:21] AGENT: Thanks, {{PERSON|Anh Thu}}. I see trip {{neg:booking-ref|RN8Q-22F71}}. The driver, {{PERSON|Oleksandr}}, marked an item found. What's the best number for him to reach you?
[00:00:33] CALLER: {{PHONE|seven seven three, two oh one, eight eight four six}}
[00:00:39] AGENT: {{PHONE|773-201-8846}}, got it. There's a {{neg:amount|$15}} return fee.`),
  t("ticket", `Lingoleaf Support · Ticket {{neg:ticket-number|LL-309184}}
Requester: {{PERSON|Harold Nkemelu}} <{{EMAIL|hnkemelu@mail.example.org}}>
Plan: Annual Plus ({{neg:amount|$83.99}})
Issue: charged twice on {{neg:date|11/28}}
Last login IP: {{IP_ADDRESS|203.0.113.84}}
App version: {{neg:version|7.14.2}}
Phone (optional): {{PHONE|404-915-3308}}`),
  t("chat", `Snapwell Prints live help
You: my canvas order came with a scratch across it 😞
Snapwell Bot: Sorry to hear that! Connecting you to a person.
{{PERSON|Tamika}}: Hi, I'm {{PERSON|Tamika}}. Could you share the order number?
You: {{neg:order-number|SW-77310452}}
{{PERSON|Tamika}}: Thanks. 16x20 canvas, shipped to {{neg:postcode|28203}}. I'll send a free reprint. Is {{EMAIL|j.okafor.clt@example.com}} still good for the label?
You: yes. and my name is {{PERSON|Joy Okafor}} if you need it
{{PERSON|Tamika}}: Perfect 🎉 {{PERSON|Joy}}, you'll get it in 5-7 days.`),
  t("note", `Greenhaven Garden Center delivery desk — {{neg:date|Dec 3}}
Xmas tree + stand for {{PERSON|Bartholomew Reyes-Cuadra}}, 7 ft Fraser fir, {{neg:amount|$129}}. Deliver Sat AM. Gate code 4471 (not a phone). Wife {{PERSON|Luz}} will be home: {{PHONE|(512) 736-0194}}. Driver: {{PERSON|Cody}}.`),
  t("email", `From: {{PERSON|Nadia Farouk}} <{{EMAIL|nadia.farouk@example.net}}>
To: {{EMAIL|installs@cabinetandco.example.com}}
Subject: countertop template appointment

Hello,

The installer {{PERSON|Wes Hollingsworth}} left a card saying the quartz template has to be redone. Our job number is {{neg:order-number|CC-2026-0831}}. I work from home Tuesdays and Wednesdays; please call my cell {{PHONE|617.541.0148}} or my husband {{PERSON|Karim}} at {{PHONE|617-332-9054}}.

Thank you,
{{PERSON|Nadia}}`),
  t("transcript", `mid valley power outage line automated transcript
caller: hi yeah the power's out on our whole street since like four thirty
agent: i'm sorry about that can i have the service address or the phone number on the account
caller: the phone is {{PHONE|two oh eight, four six six, three one one nine}}
agent: thank you that's under {{PERSON|gloria st. john}}
caller: thats my mom yeah im {{PERSON|kevin}}
agent: okay {{PERSON|kevin}} crews are on the way the estimated restore time is eight pm`),
  t("ticket", `St. Agnes Medical Center – Patient Transport Request
Patient: {{PERSON|Whitaker, Eleanor}}
DOB: {{neg:date|03/22/1941}}
Pickup: 4410 Alder Creek Rd, Unit 2, {{neg:postcode|95822}}
Appointment: Dialysis, {{neg:date|12/09/2026}} {{neg:time|6:15 AM}}
Wheelchair: yes
Contact: daughter {{PERSON|Renee Whitaker-Boone}} {{PHONE|916-427-8830}}
Requested by: {{PERSON|M. Castellanos}}, RN`),
  t("sms", `Pageturner Books: {{PERSON|ISAIAH}}, your order {{neg:order-number|PT-4480117}} is ready for pickup at our Lincoln Park store until {{neg:date|12/16}}. Hold shelf questions: {{PHONE|773-248-6110}}`),
  t("ticket", `NEW HIRE – SEASONAL (Cold Spring Mountain Lift Ops)
Last name: {{PERSON|Dubois-Mensah}}
First name: {{PERSON|Ama}}
SSN: {{US_SSN|412-58-7731}}
Start date: {{neg:date|12/12/2026}}
Mobile: {{PHONE|+1 970 389 4402}}
Emergency contact: {{PERSON|Kofi Mensah}} (father) {{PHONE|303-661-2947}}
Direct deposit: routing {{neg:account-number|ABA 102001017}}, acct ending 2219`),
  t("note", `TreadPro store 6 – {{neg:date|12/02}} – {{PERSON|Lorraine Bixby}} came in w/ nail in LR tire, plug not possible (sidewall). Sold 1x Michelin Defender {{neg:amount|$189.95}} installed. Paid Visa {{CARD|4929 1408 7362 5515}} – NOTE: cashier keyed full # into comments, flag to mgr {{PERSON|Dale}}. Cust # {{PHONE|(702) 319-5572}}.`),
  t("chat", `[2:41 PM] Customer: hey i changed my number and now i can't log in to Lingoleaf, it sends the code to my old phone
[2:42 PM] Agent {{PERSON|Rosalind}}: I can help with that. What was the old number?
[2:42 PM] Customer: {{PHONE|415 802 6617}}
[2:43 PM] Agent {{PERSON|Rosalind}}: And the new one?
[2:43 PM] Customer: {{PHONE|628-209-4451}}
[2:44 PM] Agent {{PERSON|Rosalind}}: Updated. For security I see a sign-in attempt from {{IP_ADDRESS|198.51.100.23}} yesterday, was that you?
[2:44 PM] Customer: yes that was me at work`),
  t("email", `Subject: Onboarding paperwork – Installer Apprentice

{{PERSON|Trevor}},

Welcome aboard at Cabinet & Co. For payroll I still need your I-9 documents and your Social Security number. You wrote {{US_SSN|238 41 6097}} on the W-4 but the card copy shows a different last digit, so please double-check and call HR at {{PHONE|(608) 274-3310}} ext. 2.

Best,
{{PERSON|Gretchen Albers}}
HR Coordinator`),
  t("sms", `RideNest: Good news! Your item (phone, black case) was found by your driver. Pick up at the Lost & Found hub, 1200 W Lake St, by {{neg:date|Dec 11}}. Ref {{neg:case-number|LF-88213}}. Help: {{PHONE|888-604-9217}}`),
  t("transcript", `AGENT: Thank you for calling LensLoop, my name is {{PERSON|Brianna}}. Who am I speaking with?
CALLER: This is {{PERSON|Walter Yazzie}}.
AGENT: Hi {{PERSON|Walter}}. How can I help?
CALLER: My doctor changed my prescription and I need the new strength before the next box ships.
AGENT: Sure. Which optometrist?
CALLER: Dr. {{PERSON|Imani Greer}} at the Gallup clinic. Her office is {{PHONE|505 863 2240}}.
AGENT: I'll fax a verification request. Your next shipment is on hold until {{neg:date|December 18}}.`),
  t("ticket", `Snapwell Prints – account security review
User: {{EMAIL|frankie.oduya@example.org}}
Name: {{PERSON|Francesca Oduya}}
Flag: 14 failed logins
Source IPs: {{IP_ADDRESS|192.0.2.117}}, {{IP_ADDRESS|2001:db8:4f1::2c}}
Action: password reset forced, {{neg:date|2026-12-04}} {{neg:time|03:12}} UTC
Callback: {{PHONE|+1 (214) 730-5586}}`),
  t("note", `Mid Valley Power – Medical baseline customer. {{PERSON|Hector Villaseñor}} on home oxygen, planned outage {{neg:date|12/15}} {{neg:time|9am}}-{{neg:time|3pm}} circuit 12-B. Called {{PHONE|559.281.4036}}, no answer, left VM. Alt contact son {{PERSON|Rudy}} {{PHONE|559-908-1172}}. {{neg:name-word|Will}} retry.`),
  t("sms", `Greenhaven: Hi {{PERSON|Miriam}}! Your mulch delivery (6 yds) is scheduled Fri {{neg:date|12/11}} between {{neg:time|10am}} and {{neg:time|2pm}}. Driver will call from {{PHONE|(919) 467-2083}}. Reply C to confirm.`),
  t("ticket", `HR – W-4 / I-9 intake (St. Agnes Patient Transport drivers)
Employee: {{PERSON|Castro, Julián}}
Social Security No.: {{US_SSN|531-20-4418}}
Employee ID: {{neg:customer-number|E-104482}}
Home phone: {{PHONE|916 391 0827}}
Email: {{EMAIL|jcastro.sac@example.com}}
License class: C, exp {{neg:date|08/30/2028}}`),
  t("transcript", `speaker 1 (agent): lingoleaf billing this is {{PERSON|marcus}}
speaker 2: hi um i was charged for the family plan but i only signed up for myself
speaker 1 (agent): sorry about that whats the email on the account
speaker 2: {{EMAIL|ng.lam.88@example.com}}
speaker 1 (agent): ok thank you {{PERSON|lam}} i see the upgrade on the eleventh ill refund the difference which is forty dollars
speaker 2: great and can you call me if anything else comes up {{PHONE|six four six, nine oh two, seven three three one}}
speaker 1 (agent): {{PHONE|646 902 7331}} noted`),
  t("email", `From: Cold Spring Mountain Guest Services <{{EMAIL|passes@coldspringmtn.example.com}}>
To: {{EMAIL|ben.kowalczyk@example.net}}
Subject: Your Ikon add-on refund

Dear Mr. {{PERSON|Kowalczyk}},

We've refunded {{neg:amount|$349.00}} to the Mastercard you used ({{neg:masked-card|**** 3065}}). It can take 5–10 business days. For anything else, our pass office is open daily {{neg:time|8 AM}}–{{neg:time|5 PM}} at {{PHONE|970-453-7000}}.

Warmly,
{{PERSON|Sierra Blackwood}}
Guest Services`),
  t("note", `Cabinet & Co – site visit {{neg:date|12/07}} – {{PERSON|Olusegun}} + {{PERSON|Trent}} measured kitchen for Mrs. {{PERSON|Delacroix-Hahn}}. Wall not plumb, add filler strips. Est {{neg:amount|$14,250}} incl. sink cutout. Customer paying deposit by card {{CARD|5425 2334 1099 8705}} over phone (typed here by mistake, redact!). Home {{PHONE|(314) 962-5540}}.`),
  t("ticket", `Onboarding checklist – Pageturner Books warehouse
Name: {{PERSON|Yusuf Abdirahman}}
SSN (last 4 only on this form): {{neg:reference|7702}}
Full SSN provided to payroll by phone: {{US_SSN|609-73-1148}}
Badge #: {{neg:member-number|WH-20931}}
Shift: 2nd ({{neg:time|3:30 PM}}-midnight)`),
  t("sms", `Voicemail from {{PHONE|(646) 418-2270}}, 0:38: "hi this is {{PERSON|deborah}} from snapwell prints about your photo book order, the cover image is too low resolution, please call us back at {{PHONE|eight seven seven, four two one, double five nine three}} thanks"`),
  t("chat", `RideNest Driver Support
[10:14] Driver {{PERSON|Samir Haddad}}: passenger left a wallet in my car, trip ending near Union Station
[10:15] Support ({{PERSON|Kayla}}): Thanks {{PERSON|Samir}}! Does the ID in the wallet match the rider's name, {{PERSON|Colleen Mahoney}}?
[10:15] Driver {{PERSON|Samir Haddad}}: yes
[10:16] Support ({{PERSON|Kayla}}): Great, please drop it at the hub. We'll text her at the number on file.
[10:16] Driver {{PERSON|Samir Haddad}}: ok, she also wrote her number on a card inside, {{PHONE|202-618-3097}}`),
  t("ticket", `Patient Transport – Dispatch log
Run #: {{neg:reference|PT-5512}}
Pt: {{PERSON|ABERNATHY, CLYDE}}
From: St. Agnes ED bay 4
To: Oak Terrace SNF, 900 Lincoln Way
Contact: {{PERSON|Nell Abernathy}} (spouse) {{PHONE|9164421783}}
Crew: {{PERSON|Ortiz}} / {{PERSON|Vang}}
Mileage: 11.4, charge {{neg:amount|$412.00}}`),
  t("email", `Subject: Re: Re: bulb order never arrived

{{PERSON|Bernadette}},

So sorry, our driver marked it delivered to 18 Maple Ct instead of 81. We've re-sent the 200 tulip bulbs, tracking {{neg:tracking-number|1Z 4A7 F29 03 1184 226 7}}. If they don't show by Monday just call me directly at {{PHONE|(860) 227-4913}}.

— {{PERSON|Gus Papadakis}}, Greenhaven Delivery Desk

-----Original Message-----
From: {{PERSON|Bernadette Lyle}} [mailto:{{EMAIL|blyle@example.org}}]
Still no bulbs. Order {{neg:order-number|GH-3318804}}.`),
  t("note", `LensLoop fraud queue: acct of {{PERSON|Cheng Wei Lau}} – new card added {{CARD|6011 5930 2214 8769}} from IP {{IP_ADDRESS|2001:db8:a0b::17}}, billing ZIP {{neg:postcode|10027}} vs shipping {{neg:postcode|94110}}. Earlier attempt w/ {{neg:luhn-invalid|4024 0071 5532 8844}} declined (bad #). Hold shipment, call {{PHONE|347-881-2054}}.`),
  t("transcript", `AGENT: TreadPro, {{PERSON|Luis}} speaking.
CALLER: Yeah, I'm calling about my wife's car, she was in this morning, {{PERSON|Deanna Kroll}}.
AGENT: Okay, the Camry. It's on the lift now; front pads are at two millimeters.
CALLER: How much?
AGENT: About {{neg:amount|$260}} with rotors. Want me to text the quote?
CALLER: Text it to me, not her: {{PHONE|nine one two, five oh seven, two two six four}}
AGENT: That's {{PHONE|912-507-2264}}?
CALLER: Right. {{PERSON|Garrett}}.`),
  t("ticket", `Bookshop chain – B2B account application
Company: Lakeside Montessori School
Contact: {{PERSON|Oyelaran, Bisi}}
Title: Librarian
Phone: {{PHONE|(262) 548-1193}} x104
Email: {{EMAIL|library@lakesidemontessori.example.org}}
Tax-exempt #: {{neg:tax-id|ES-9913-0474}}
Social security (sole proprietors only): n/a`),
  t("sms", `Mid Valley Power: Outage in your area ({{neg:postcode|93721}}) est. restore {{neg:time|6:45 PM}}. Report a downed line: {{PHONE|1-800-743-5002}}. Reply STOP to opt out.`),
  t("email", `Subject: FW: verification for ski school instructor file

Hi {{PERSON|Liz}},

Forwarding {{PERSON|Kenji Watanabe-Ruiz}}'s paperwork. His social security number is {{US_SSN|287-19-5520}} (he read it over the phone, I checked it against the card). Birth date {{neg:date|4/30/1999}}. Cell {{PHONE|720-388-4196}}.

{{PERSON|Hollis}}
Ski & Ride School Admin`),
]
