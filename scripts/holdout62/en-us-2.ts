// en-US texts, part 2: written one by one (streaming TV, hotels, roadside, transit, utility, outpatient).
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_2 = [
  t("chat", `Lumenview TV Support
(8:41 PM) Lumenview – {{PERSON|Chris}}: Hi, I'm {{PERSON|Chris}}. What's going on?
(8:41 PM) Customer: the game keeps buffering on the living room box, error LV-2204
(8:43 PM) Lumenview – {{PERSON|Chris}}: Can you tell me the box's software version? It's under Settings > About.
(8:44 PM) Customer: says {{neg:version|11.2.7}}
(8:44 PM) Lumenview – {{PERSON|Chris}}: OK, and your account email?
(8:45 PM) Customer: {{EMAIL|dkessler77@mailbox.example}}
(8:47 PM) Lumenview – {{PERSON|Chris}}: I've pushed {{neg:version|11.3.1}} to the box at {{IP_ADDRESS|192.168.0.23}}. Please restart it.`),
  t("sms", `Lumenview: Your free preview of SportsMax ends {{neg:date|Dec 10}}. Keep it for {{neg:amount|$14.99}}/mo. Reply YES to add. Help: {{PHONE|855-586-3321}}`),
  t("note", `Lumenview retention - {{PERSON|Gary Blankenship}} wants to cancel, moving in with daughter {{PERSON|Crystal}} who has cable. Offered {{neg:amount|$20}} off x6 mo, declined. Equipment return label sent, tracking {{neg:tracking-number|1Z 4F7 902 03 8841 2276}}. Acct {{neg:account-number|LV-3390017-2}}. Final bill {{neg:date|Jan 4}}. Cb # {{PHONE|(719) 634-0187}}.`),
  t("transcript", `AGENT: thank you for calling harborlight hotels reservations this is {{PERSON|maya}}
CALLER: hi yes i need to change a reservation at the savannah riverfront
AGENT: sure what's the confirmation number
CALLER: {{neg:booking-ref|hl77294}}
AGENT: and the name on it
CALLER: {{PERSON|oluwaseun adebayo-price}}
AGENT: thank you mister {{PERSON|adebayo-price}} i see two nights checking in the {{neg:date|19th of December}}
CALLER: i want to add a night before so the {{neg:date|18th of december}}
AGENT: no problem that's {{neg:amount|$189}} plus tax and we'll text the update to the number ending in four one`),
  t("email", `Subject: Lost and found – Harborlight Denver Union Station, room {{neg:room-number|1412}}

Hi,

I stayed {{neg:date|Nov 30}} to {{neg:date|Dec 2}} and think I left a {{neg:name-word|rose}} gold charging case in the nightstand. Could you check? If found please ship to:

{{PERSON|Hope Castellano}}
2210 Alder St
Eugene, OR {{neg:postcode|97405}}

I'm happy to pay shipping. My cell is {{PHONE|541.912.3064}}.

Many thanks,
{{PERSON|Hope}}`),
  t("ticket", `GUEST PROFILE
Name: {{PERSON|DELACROIX, JEAN-MARC}}
Loyalty #: {{neg:member-number|HL 4418 0927 331}}
Tier: Gold
Mobile: {{PHONE|+1 305-447-8102}}
Email: {{EMAIL|jm.delacroix@voyage.example}}
Card on file: {{CARD|3782 914055 62710}}
Preferences: high floor, feather-free pillows
Notes: spouse {{PERSON|Amara Delacroix}} may check in separately`),
  t("chat", `Harborlight Hotels
[Sat 10:12] Visitor: can I get a late checkout tomorrow? staying at the Asheville property
[Sat 10:13] {{PERSON|Bianca}} | Harborlight: Happy to check! Name on the booking?
[Sat 10:13] Visitor: {{PERSON|Lorenzo Bianchi}}
[Sat 10:14] {{PERSON|Bianca}} | Harborlight: Thanks Mr. {{PERSON|Bianchi}}! {{neg:time|1 PM}} is approved, {{neg:time|2 PM}} would be {{neg:amount|$40}}.
[Sat 10:14] Visitor: 1 is perfect thanks`),
  t("transcript", `[00:00:01] AGENT: Milepost Roadside, this is {{PERSON|Jamal}}. Are you in a safe location?
[00:00:04] CALLER: Yes, I'm on the shoulder of I-70 near exit 86. Flat tire, no spare.
[00:00:09] AGENT: OK. Your name and policy number?
[00:00:11] CALLER: {{PERSON|Kristen Albrecht}}, policy {{neg:policy-number|MP 22047193}}.
[00:00:20] AGENT: Thank you. What number can the tow driver reach you on?
[00:00:22] CALLER: {{PHONE|three one four, two six oh, eight eight three one}}. Sorry, no, eight eight one three at the end.
[00:00:28] AGENT: So {{PHONE|314-260-8813}}?
[00:00:29] CALLER: Yes.
[00:00:31] AGENT: Got it. Driver ETA is about 45 minutes, {{neg:time|3:20}}.`),
  t("sms", `Milepost Roadside: {{PERSON|Kristen}}, your tow truck (unit 47, driver {{PERSON|Earl}}) is 10 min away. Track: mp.example/t/8Q2Z. Driver: {{PHONE|(573) 881-2094}}`),
  t("note", `roadside - lockout. member {{PERSON|Francisco Ibarra}} locked keys in 2019 Civic, plate {{neg:plate|8KXR221}}, Walmart lot on Grand Ave. dispatched {{neg:time|7:05pm}}. His wife {{PERSON|Frances}} called too from {{PHONE|480-203-7744}}, told her ETA. pol {{neg:policy-number|MP 31180546}}.`),
  t("email", `From: Tri-Valley Transit Lost & Found <{{EMAIL|lostandfound@trivalleytransit.example}}>
To: {{EMAIL|m.odonnell@mailbox.example}}
Subject: Your lost item report {{neg:reference|LF-2026-11873}}

Dear {{PERSON|Megan O'Donnell}},

A black backpack matching your description was turned in on Route 12 on {{neg:date|December 3}}. It can be picked up at the Central Station office (Mon–Fri, {{neg:time|8:00 AM}}–{{neg:time|5:00 PM}}). Please bring photo ID.

Tri-Valley Transit Customer Service
{{PHONE|(925) 455-7060}}`),
  t("ticket", `Refund request form
Name: {{PERSON|Thomas Vu}} (goes by {{PERSON|Tommy}})
Phone: {{PHONE|510-288-9315}}
Email: {{EMAIL|tvu.oakland@post.example}}
Fare card: {{neg:account-number|TVT 6033 8810 2291 45}}
Amount: {{neg:amount|$86.00}}
Reason: monthly pass charged twice {{neg:date|11/01}} and {{neg:date|11/02}}
Payment card: {{neg:masked-card|XXXX-XXXX-XXXX-7731}}`),
  t("note", `Prairie Gas & Electric - payment plan. Cust {{PERSON|LaToya Simmons}} behind {{neg:amount|$612.38}}, disconnect notice {{neg:date|Dec 16}}. Set 6-mo plan {{neg:amount|$102.07}}/mo + current. Acct {{neg:account-number|0194 7720 36}}, meter {{neg:meter-number|EM-88201947}}. LIHEAP referral given. Spoke w/ her and her mom {{PERSON|Bernice}}. {{PHONE|(316) 977-2048}}`),
  t("chat", `Prairie Gas & Electric – Chat
You 7:02: hi I got a letter saying my gas gets shut off on the 16th
{{PERSON|Reggie}} (PG&E Billing) 7:03: I can help set up a payment arrangement. Account number or service address?
You 7:03: 4410 N {{neg:name-word|Grant}} Ave Wichita {{neg:postcode|67204}}
{{PERSON|Reggie}} (PG&E Billing) 7:04: And the name on the account?
You 7:04: {{PERSON|Luis Carvajal}}
{{PERSON|Reggie}} (PG&E Billing) 7:06: Thanks {{PERSON|Luis}}. If you pay {{neg:amount|$150}} today the rest can be split over 4 months. Want me to take the card now?
You 7:06: yes {{CARD|6011 0073 8822 9147}} exp {{neg:card-expiry|03/28}}`),
  t("sms", `PG&E: Reminder, your payment plan installment of {{neg:amount|$88.50}} is due {{neg:date|12/12}}. Missed payments may cancel the plan. Call {{PHONE|1 800 268 4415}} or pay at pge-prairie.example.`),
  t("transcript", `AGENT: st. brendan outpatient scheduling this is {{PERSON|nicole}} how can i help
CALLER: hi i need to book a follow up with the cardiology clinic for my father
AGENT: sure what's the patient's name and date of birth
CALLER: {{PERSON|abdul karim hossain}} {{neg:date|march 4 1951}}
AGENT: and his medical record number
CALLER: {{neg:reference|mrn 0044819}}
AGENT: thank you and a phone number for reminders
CALLER: use mine {{PHONE|two zero one five five two eight eight four zero}}
AGENT: {{PHONE|201-552-8840}} okay dr {{PERSON|lindgren}} has {{neg:date|december 22}} at {{neg:time|10:15}}`),
  t("note", `Outpt sched - pt {{PERSON|Nakamura, Ken}} resched MRI from {{neg:date|12/9}} to {{neg:date|12/18}} {{neg:time|7:30am}}. Needs prior auth, ins member ID {{neg:member-number|XQH881204417}}. Pt asked that we call his wife {{PERSON|Michiko}} instead: {{PHONE|206 618 3390}}. SSN not needed.`),
  t("email", `Subject: Billing question – visit on 11/14

Hello St. Brendan billing,

I was charged {{neg:amount|$340}} for an outpatient visit that my insurance says should have been {{neg:amount|$40}} copay. The statement number is {{neg:invoice-number|SB-55102846}}. Can someone re-submit the claim? The policyholder is my partner, {{PERSON|Devon Sato-Reyes}}, social security {{US_SSN|229-64-1187}} if you need it to locate the plan.

You can reach me at {{PHONE|(804) 317-6622}}.

Regards,
{{PERSON|Avery Lindholm}}`),
  t("ticket", `PATIENT PORTAL — ACCESS ISSUE
Ticket: {{neg:ticket-number|SBH-IT-20394}}
Patient: {{PERSON|Grace Okonkwo}}
DOB: {{neg:date|07/22/1988}}
Phone: {{PHONE|+1 (832) 705-1146}}
Email: {{EMAIL|g.okonkwo@inbox.example}}
Error: account locked after 5 attempts
Last login from {{IP_ADDRESS|2001:db8:4a1:9::17}}
App: MyBrendan {{neg:version|4.8.0}} (iOS)`),
]
