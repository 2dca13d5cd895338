// en-CA texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-CA")

export const EN_CA_2 = [
  t("email", `From: Lakeland Pension Trust <{{EMAIL|members@lakelandpension.example}}>
To: {{PERSON|Olusegun Adeyemi-Clarke}}
Subject: Your annual pension statement

Dear {{PERSON|Olusegun}},

Your 2026 statement is ready in the member portal. Your estimated pension at 65 is {{neg:amount|$2,184.00}}/month.

If you've moved, please update your address before {{neg:date|January 31}}. Our member line is {{PHONE|1-800-463-2291}}, Monday to Friday, {{neg:time|8:30}} to {{neg:time|4:30}} Eastern.

Lakeland Pension Trust`),
  t("ticket", `#{{neg:ticket-number|88-10244}} – Courier – damaged parcel
Sender: Quillcraft Supplies
Recipient: {{PERSON|Siobhan MacIsaac}}, 12 Harbour Rd, Antigonish NS {{neg:postcode|B2G 2L3}}
Tracking: {{neg:tracking-number|1Z84W7410391882}}
Contact: {{PHONE|+1 902 863 4471}}
Photos uploaded from {{IP_ADDRESS|192.168.1.104}} (customer's home)
Agent note ({{PERSON|Farid}}): box crushed, 2 of 6 jars broken. Claim approved {{neg:amount|$64.00}}.`),
  t("sms", `Hi {{PERSON|Brandon}}, Smile Studio Dental here. Ur appt w/ Dr. {{PERSON|Oduya}} is moved to {{neg:date|Dec 17}} {{neg:time|9:40 am}}. Reply Y to confirm or call {{PHONE|(519) 884-2031}}.`),
  t("chat", `[Sun 10:03] {{PERSON|ella}}: hey do you guys do iphone trade ins
[Sun 10:04] {{PERSON|Jamal}} | Cellbridge Eaton Centre: Hey {{PERSON|Ella}}! We do. What model?
[Sun 10:04] {{PERSON|ella}}: 13 mini, cracked back
[Sun 10:05] {{PERSON|Jamal}} | Cellbridge Eaton Centre: Probably around {{neg:amount|$90}} with the crack. Want me to book an appointment?
[Sun 10:06] {{PERSON|ella}}: yes pls {{PHONE|647 302 8814}}
[Sun 10:06] {{PERSON|Jamal}} | Cellbridge Eaton Centre: Booked for {{neg:time|2 p.m.}} today`),
  t("note", `mtg broker - {{PERSON|Wojcik}} refi. 2nd applicant {{PERSON|Halyna Wojcik}} self-employed, need NOAs 2024+2025. appraisal {{neg:date|Dec 11}}. their lawyer {{PERSON|D. Fairweather}} {{PHONE|604-682-4419}}. client cell {{PHONE|778 319 0562}}`),
  t("transcript", `AGENT: Good morning, Bluewater Veterinary, {{PERSON|Sandra}} speaking.
CALLER: Hi, I'm calling about my cat, she's not eating. My name's {{PERSON|Prakash Iyer}}.
AGENT: Oh no. How long has it been?
CALLER: Two days. We're at 58 Cedar Lane.
AGENT: Let's get her in today at {{neg:time|1:15}}. What's a good number?
CALLER: {{PHONE|905-271-6680}}.
AGENT: And the card on file, ending {{neg:masked-card|**9922}}, still good?
CALLER: Actually use my new one, {{CARD|2221 4087 3120 6656}}.`),
  t("email", `Subject: Renting a car in Calgary – question about the deposit

Hello,

I'm booking a car for {{neg:date|January 9}}–{{neg:date|January 16}} and your website says a {{neg:amount|$350}} deposit is taken. Can I use a debit card? My reservation is {{neg:booking-ref|CHK-7740192}}.

Also my husband, {{PERSON|Mateo Villanueva}}, will be the second driver.

Thanks,
{{PERSON|Liliana Villanueva}}
{{PHONE|+1 (587) 220-4416}}`),
  t("sms", `From {{PHONE|1-855-904-2271}}: Hearth & Hope Foundation: thank you {{PERSON|Gordon}}! Your monthly gift of {{neg:amount|$20}} was received {{neg:date|Dec 1}}. Reply STOP to end texts.`),
  t("ticket", `Admissions CRM – Case {{neg:case-number|UA-2026-4418}}
Applicant: {{PERSON|Okafor, Chiamaka}}
Email: {{EMAIL|chiamaka.okafor@student.example}}
Phone: {{PHONE|(306) 966-4412}}
Issue: English test score not matched. IELTS TRF {{neg:reference|26CA008812OKAC}}.
Owner: {{PERSON|Renée}} | Due {{neg:date|12/12}}`),
  t("note", `vet clinic - {{PERSON|MacPherson}} called about dog food recall. advised stop feeding. she asked us to email her the lot #s. email {{EMAIL|lorna.macpherson@islandnet.example}}, home {{PHONE|250 383 7719}}`),
  t("transcript", `operator: fastlane couriers {{PERSON|gurpreet}} speaking
caller: yeah hi i'm supposed to get a package today and the tracking hasn't moved
operator: can i get the tracking number
caller: {{neg:tracking-number|FL 66 1029 3385}}
operator: ok it's on the truck now should be there before 6 is the number on file {{PHONE|two oh four, nine four seven, one one eight two}}
caller: yes
operator: and you're {{PERSON|dominic}}
caller: {{PERSON|dominique}} yeah close enough`),
]
