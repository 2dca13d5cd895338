// en-NZ texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-NZ")

export const EN_NZ_2 = [
  t("note", `mortgage adv - {{PERSON|Chen, Wei}} & {{PERSON|Lisa Chen}} preapproval {{neg:amount|$780k}}, dep {{neg:amount|$160k}}. looking Hamilton, {{neg:postcode|3204}}. {{PERSON|Lisa}} wants fixed 2y. cb {{PERSON|Wei}} {{PHONE|021 0274 5581}} eve.`),
  t("email", `Subject: University of Aoraki – enrolment query

Kia ora Mr {{PERSON|Faleolo}},

Thank you for your email. Your son {{PERSON|Ioane}}'s application (ID {{neg:customer-number|AU2691044}}) is still missing his NCEA results. These are usually released in mid-January.

If you have any questions, please call our enquiries line on {{PHONE|0800 827 748}} or email {{EMAIL|enrol@aoraki-uni.example}}.

Ngā mihi nui,
{{PERSON|Kirsten Bragg}}
Student Enquiries`),
  t("ticket", `Kererū Mobile – Case {{neg:case-number|KM-301182}}
Customer: {{PERSON|TUILAGI, SEUMANU}}
Mobile: {{PHONE|+64 21 603 118}}
Issue: handset bought {{neg:date|12/11}} not charging. Serial {{neg:reference|F2LX81QJ0D}}.
Store: Manukau. Staff: {{PERSON|Aisha}}
Resolution: swap under warranty. Paid nothing; card {{CARD|3782 884610 24007}} kept for the {{neg:amount|$50}} loan phone bond.`),
  t("chat", `(08:14) {{PERSON|rosie}}: hi, I donated {{neg:amount|$100}} to the flood appeal but didn't get a receipt
(08:16) {{PERSON|Marama}} – Hope Harbour Trust: Kia ora {{PERSON|Rosie}}, sorry! What email did you use?
(08:16) {{PERSON|rosie}}: {{EMAIL|rosie.mcdowell@gmail.example}}
(08:17) {{PERSON|Marama}} – Hope Harbour Trust: Found it, it went to junk probably. I've resent. Receipt {{neg:reference|HHT-2026-118}}.`),
  t("sms", `Dr {{PERSON|Oyelaran}}'s rooms: {{PERSON|Ben}} please bring your ACC number to tomorrow's {{neg:time|10.30am}} appt. Ph {{PHONE|07 838 1122}}`),
  t("transcript", `AGENT: Good morning, Piha Car Hire, you're through to {{PERSON|Harriet}}.
CALLER: Hi, yes, I got a parking fine sent to me from your company. Forty dollars plus an admin fee?
AGENT: Let me check. What's your name?
CALLER: {{PERSON|Rawiri Kingi}}.
AGENT: I can see it, Mr {{PERSON|Kingi}}. The fine's from Queen Street, {{neg:date|14 November}}, {{neg:time|13:20}}. The car was returned at {{neg:time|16:00}} that day, so it was during your hire.
CALLER: Fair enough. Can you send me the notice? My email's {{EMAIL|rawiri.k@outlook.example}}.`),
  t("note", `parcel claim - sender {{PERSON|Bea Lindgren}} (Etsy shop) says parcel to {{PERSON|O'Connell}} in Dunedin delivered to wrong house. GPS shows drop at 17 not 71. driver {{PERSON|Sione}} to retrieve. {{PERSON|Bea}} {{PHONE|027 550 8213}}`),
  t("email", `Hi {{PERSON|Ngaio}},

Just confirming {{PERSON|Bruno}}'s vaccination is booked for Thursday {{neg:date|18 December}}, {{neg:time|9.15am}} with Dr {{PERSON|Fitzgerald}}. The total will be {{neg:amount|$95.00}}.

If you need to change, give us a ring on {{PHONE|(09) 418 2270}}.

Cheers,
{{PERSON|Tessa}}
Northcote Vet Hospital`),
  t("ticket", `SUPPORT #{{neg:ticket-number|20418}}
From: {{EMAIL|it@tidewater-uni.example}}
Subject: applicant portal errors
Body: since update to {{neg:version|2.7.1}} some applicants get 502. Logs show upstream {{IP_ADDRESS|10.20.4.15}} timing out; IPv6 clients ({{IP_ADDRESS|fd4e:21a0:7c::2}}) fine. Reported by {{PERSON|Manaia Hetaraka}}, ext 4471.`),
  t("sms", `Kia ora {{PERSON|Lupe}}, your KiwiSaver hardship application has been received. Your adviser {{PERSON|Craig}} will call from {{PHONE|04 801 3390}} within 3 working days.`),
]
