// en-US texts, third batch: written one by one (CRM dumps, callback lists, SMS, voicemails, web forms and sign-in logs
// of the same businesses; more numbers, fewer names).
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_3 = [
  t("ticket", `crm_export contact_id={{neg:customer-number|88120419}}
name={{PERSON|Ebony Carrington}}
phone_mobile={{PHONE|+12149037781}}
phone_home={{PHONE|(214) 903-2260}}
email={{EMAIL|ebony.carrington@example.com}}
plan=HomeShield Silver
contract={{neg:contract-number|HSW-C-7120448}}
renewal={{neg:date|2027-02-01}}
balance_due={{neg:amount|$0.00}}`),
  t("sms", `Harborstone alert: card ending {{neg:masked-card|xxxx-2056}} was declined at GAS N GO for {{neg:amount|$61.20}}. Not you? Call {{PHONE|1.877.319.4426}} now.`),
  t("note", `cb list 12/7 disputes team:
- {{PHONE|347-882-0194}} re chargeback {{neg:case-number|CB-99120514}}
- {{PHONE|(718) 246-3305}} wants status, merchant responded
- {{PHONE|917.402.6618}} lost card + fraud, new card mailed {{neg:date|12/5}}
- {{PHONE|+1 646 712 9930}} no vm`),
  t("transcript", `AGENT: Okay, and the card number you were charged on?
CALLER: It's {{CARD|6011 1209 4458 7310}}.
AGENT: I'm getting an error, can you repeat the last group?
CALLER: Oh, the form has {{neg:luhn-invalid|6011 1209 4458 7311}}, I mistyped it there. It ends seven three one zero.
AGENT: Got it, {{neg:masked-card|**** 7310}}. I see the {{neg:amount|$129.00}} charge from {{neg:date|December 3}}.`),
  t("ticket", `Learnova sign-in audit – account {{EMAIL|marcus.tellez@example.org}}
{{neg:date|2026-12-01}} {{neg:time|08:14}} success {{IP_ADDRESS|203.0.113.5}} Chrome/Win
{{neg:date|2026-12-01}} {{neg:time|22:51}} failed {{IP_ADDRESS|198.51.100.77}} unknown
{{neg:date|2026-12-02}} {{neg:time|03:07}} failed {{IP_ADDRESS|2001:db8:ff00:42::8329}} unknown
{{neg:date|2026-12-02}} {{neg:time|07:59}} success {{IP_ADDRESS|203.0.113.5}} Chrome/Win
Action: MFA enforced, user notified at {{PHONE|415-272-8861}}`),
  t("sms", `Tri-County Water: Boil-water notice lifted for ZIP {{neg:postcode|15106}} as of {{neg:time|6:00 PM}}. Questions: {{PHONE|412-255-2423}}.`),
  t("email", `Subject: Re: Re: roof leak claim denied

> Roof leaks are excluded under Section 4(b) of your contract.

That's not what the salesperson told me on the phone. I want a supervisor to call me: {{PHONE|803-661-4427}} (cell) or {{PHONE|803.254.9010}} (work, ask for extension 22).

Contract {{neg:contract-number|HSW-C-5590172}}

{{PERSON|Reginald Fairbanks}}`),
  t("ticket", `Web form – Residential Parking Permit (Zone 7)
First name: {{PERSON|Nadia}}
Last name: {{PERSON|Benhaddou}}
Email: {{EMAIL|nbenhaddou@example.net}}
Phone: {{PHONE|304 599 1186}}
Plate / state: {{neg:plate|8CVX 221}} / WV
Proof of residency: lease_2026.pdf
Payment: Visa {{CARD|4111 1111 4721 0937}} exp {{neg:card-expiry|09/28}}
Client IP: {{IP_ADDRESS|192.168.1.88}}`),
  t("chat", `[6:02 PM] Bluecrest Virtual Assistant: Hi! I can check prior auth status. Enter your reference.
[6:02 PM] You: {{neg:reference|PA-81990}}
[6:02 PM] Bluecrest Virtual Assistant: Status: pending clinical review. Expected by {{neg:date|Dec 9}}.
[6:03 PM] You: can someone call me instead
[6:03 PM] Bluecrest Virtual Assistant: Sure. Please type the best number.
[6:03 PM] You: {{PHONE|5053348812}}
[6:03 PM] Bluecrest Virtual Assistant: Thanks! A nurse will call {{PHONE|(505) 334-8812}} within 1 business day.`),
  t("sms", `Kindling: Your verification code is {{neg:reference|482 019}}. Don't share it. If you didn't request this, secure your account at kindling.example/safety or call {{PHONE|855-546-4642}}.`),
  t("note", `ScriptLane specialty pharmacy – Humira delivery for member {{neg:member-number|SLX 6004 1183}} rescheduled to {{neg:date|12/10}} (patient traveling). Deliver to sister's address, ZIP {{neg:postcode|29407}}. Sister's cell {{PHONE|843 209 7716}}. {{neg:name-word|Mark}} package "refrigerate".`),
  t("sms", `Voicemail 1:04 from {{PHONE|(916) 445-0821}}: "Hi, this is the ScriptLane pharmacy calling for a patient, um, we need to verify an address before shipping, please call {{PHONE|one eight four four, seven two seven, five two six three}}, option two, reference {{neg:reference|SL 7710}}, thanks."`),
  t("ticket", `Riverside Stadium – Season ticket holder update
Account: {{neg:account-number|STH-004471}}
Seats: Sec 118, Row D, 5-6
Primary phone: {{PHONE|414.321.0076}}
Secondary phone: {{PHONE|262-703-1148}}
Email: {{EMAIL|bucks.fan.1977@example.com}}
Auto-renew card: Mastercard {{CARD|2223 0048 1166 2740}}
Previous card (declined): {{neg:luhn-invalid|2223 0048 1166 2741}}`),
  t("transcript", `[00:00:01] AGENT: Tradeloft buyer protection, this is {{PERSON|Simone}}.
[00:00:04] CALLER: Hi, a seller keeps texting me asking to cancel the order and pay him outside the site.
[00:00:09] AGENT: Please don't do that. Do you have the number he's texting from?
[00:00:12] CALLER: Yeah, {{PHONE|two one three, four four oh, one nine two seven}}.
[00:00:18] AGENT: Thank you. I'm flagging the seller. Off-platform payments aren't covered by buyer protection.
[00:00:24] CALLER: Got it. Order was {{neg:order-number|TL 1132-7719-4410}}.`),
  t("email", `From: {{EMAIL|no-reply@tradeloft.example}}
To: {{EMAIL|kim.yoonseo@example.net}}
Subject: Your claim is resolved

Hi {{PERSON|Yoon-seo}},

Good news: we refunded {{neg:amount|$212.35}} to your Discover card ending {{neg:masked-card|****2644}}. It may take 3-5 business days to appear.

Claim: {{neg:case-number|TL-BP-0094120}}
Need help? {{PHONE|+1 (844) 206-3390}}`),
  t("note", `Water main break – Route 51 & Oak. Caller (no name given) at {{PHONE|412 885 3019}}. Crew 4 dispatched {{neg:time|21:40}}. Second caller {{PHONE|412-653-2208}} same location. Estimated restore {{neg:time|4:00 AM}}.`),
  t("ticket", `Card application – manual review
Applicant: {{PERSON|Kowalczyk-Reyes, Daniela}}
SSN: {{US_SSN|274-61-3059}}
DOB: {{neg:date|08/22/1988}}
Annual income: {{neg:amount|$68,500}}
Phone: {{PHONE|(312) 448-9027}}
Email: {{EMAIL|daniela.kr@example.com}}
Device IP: {{IP_ADDRESS|198.51.100.201}}
Decision: approved, limit {{neg:amount|$3,500}}`),
  t("transcript", `agent: bluecrest member services this is {{PERSON|tamika}} can i get your member id
caller: i dont have my card but my social security number is {{US_SSN|oh four five, two eight, seven seven one three}}
agent: thank you i found you is this {{PERSON|harold jenkins}}
caller: yes maam
agent: mr {{PERSON|jenkins}} the prior auth for your cpap was approved on the first
caller: great whats the number for the supply company
agent: {{PHONE|eight oh oh, six nine two, two two oh four}}`),
  t("sms", `From Fairmont Parking: Permit {{neg:reference|RPP-Z2-44102}} approved. Print or display digital permit. Reply HELP for help. Msg&data rates may apply. Support {{PHONE|304-367-2200}}`),
  t("chat", `[2:10 PM] {{PERSON|Rashid}} (HomeShield): Hi! I see your AC claim. The tech said the compressor failed – that's covered. Out-of-pocket is your {{neg:amount|$100}} service fee.
[2:11 PM] You: ok, when can they install
[2:11 PM] {{PERSON|Rashid}} (HomeShield): Parts in 3-5 days. The contractor will call from {{PHONE|(480) 967-3341}}.
[2:12 PM] You: my wife will be home, her number is {{PHONE|480-201-7734}}
[2:12 PM] {{PERSON|Rashid}} (HomeShield): Added to the work order {{neg:order-number|WO-2290418}}.`),
  t("ticket", `PBM appeal form (fax cover, OCR)
MEMBER NAME: {{PERSON|ABERNATHY, LORETTA J}}
MEMBER ID: {{neg:member-number|SLX 3318 0074}}
PRESCRIBER: {{PERSON|PATEL, SUNIL}} MD
PRESCRIBER PHONE: {{PHONE|(919) 681-4402}}
PRESCRIBER FAX: {{PHONE|919-681-4499}}
DRUG: Ozempic 1mg
DATE: {{neg:date|12/02/2026}}`),
  t("note", `Dating app T&S: user reports match asked for her SSN "for a background check". She did NOT send it. Scammer number {{PHONE|+1 (347) 291-0088}} and alt {{PHONE|+234 803 441 2290}} (Nigeria) added to blocklist. Login from {{IP_ADDRESS|203.0.113.199}}.`),
  t("sms", `Bluecrest: Hi {{PERSON|Tomasz}}, your prior auth {{neg:reference|PA-82110}} needs more info from your doctor. We've faxed them. Questions? {{PHONE|866.402.9931}}. Ref date {{neg:date|12/06}}.`),
  t("ticket", `Leak adjustment request (phone intake)
Caller: {{PERSON|Wu, Jianhong}}
Account: {{neg:account-number|TCW 0098 1120 7}}
Service address ZIP: {{neg:postcode|15217}}
Callback: {{PHONE|412-521-0093}}
Alt (son): {{PHONE|412-338-0199}}
Usage period: {{neg:date|10/15}}–{{neg:date|11/14}}
Normal: 3,200 gal; billed: 41,000 gal`),
]
