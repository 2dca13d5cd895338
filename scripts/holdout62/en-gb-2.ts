// en-GB texts, part 2: written one by one (hotels, breakdown cover, rail lost property, energy payment plans, outpatients).
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_2 = [
  t("email", `Subject: Booking {{neg:booking-ref|TH-48821097}} – accessible room

Hello Thornbury Hotels,

I've booked two nights at your York hotel from {{neg:date|27 December}} for myself and my mother, {{PERSON|Doreen Fairclough}}, who uses a wheelchair. Please can you confirm the room has a level-access shower?

If easier, ring me on {{PHONE|01904 612 447}} or mobile {{PHONE|07531 208 664}}.

Best wishes,
{{PERSON|Janet Fairclough}}`),
  t("chat", `Thornbury Hotels Live Chat
[14:20] Guest: hi i was charged a {{neg:amount|£75}} damage fee after checking out of the Bath hotel and i didn't damage anything
[14:21] {{PERSON|Harriet}} (Guest Relations): I'm sorry to hear that. Could I have the name on the booking and the dates?
[14:22] Guest: {{PERSON|Adaeze Nwosu}}, {{neg:date|28/11}} to {{neg:date|30/11}}
[14:25] {{PERSON|Harriet}} (Guest Relations): Thank you {{PERSON|Adaeze}}. Housekeeping reported a stain on the headboard. I've asked the manager, Mr {{PERSON|Fenwick}}, to review the photos and call you.`),
  t("note", `Swift Rescue - breakdown M6 J16 southbound, hard shoulder. Member {{PERSON|Kwame Boateng}}, VW Golf {{neg:plate|KM19 XRT}}, smoke from bonnet. Advised to wait behind barrier. Patrol {{PERSON|Stu}} dispatched {{neg:time|18:42}}. Member mob {{PHONE|07700 145 982}}. Membership {{neg:member-number|SR 5502 1187 3}}.`),
  t("transcript", `[00:00:03] AGENT: Swift Rescue, {{PERSON|Lydia}} speaking. Are you and your passengers safe?
[00:00:06] CALLER: Yeah we're in a lay-by on the A30 near Bodmin. Battery's completely dead.
[00:00:10] AGENT: Right. Your membership number?
[00:00:12] CALLER: Hang on... {{neg:member-number|SR 4419 2208 6}}. It's in my husband's name, {{PERSON|Ciaran Walsh}}.
[00:00:19] AGENT: And your name?
[00:00:20] CALLER: {{PERSON|Niamh Walsh}}.
[00:00:22] AGENT: Number to call you back on, {{PERSON|Niamh}}?
[00:00:24] CALLER: {{PHONE|zero seven nine five six, four one one, two nine eight}}.
[00:00:29] AGENT: {{PHONE|07956 411 298}}. Someone will be with you by about {{neg:time|4.30}}.`),
  t("sms", `Swift Rescue: {{PERSON|Niamh}}, our patrol {{PERSON|Gareth}} is on the way, approx 35 mins. Reply 1 if you've moved. Ref {{neg:reference|SRJ-22910734}}.`),
  t("ticket", `Northway Trains — Lost Property Report
Report no: {{neg:reference|LP-NW-0088412}}
Name: {{PERSON|Imogen Sato}}
Journey: Manchester Piccadilly → Sheffield, {{neg:date|4 Dec}}, {{neg:time|17:15}}
Item: brown leather satchel, laptop inside (serial noted)
Phone: {{PHONE|0161 832 4471}}
Email: {{EMAIL|imogen.sato@mailbox.example}}
Postcode: {{neg:postcode|M20 2RN}}`),
  t("email", `From: Northway Trains Customer Relations <{{EMAIL|delayrepay@northwaytrains.example}}>
To: {{EMAIL|r.mahmood@inbox.example}}
Subject: Delay Repay claim {{neg:claim-number|DR-7719204}}

Dear Mr {{PERSON|Mahmood}},

Your claim for the {{neg:time|07:52}} Leeds to York service on {{neg:date|26 November}} has been approved. {{neg:amount|£9.40}} will be paid to the account ending 3318 within 5 working days.

Regards,
{{PERSON|Sian Llewellyn}}, Customer Relations`),
  t("chat", `Heronsgate Energy – Support
{{PERSON|Ravi}} (Heronsgate): Hi! You're chatting with {{PERSON|Ravi}}.
Customer: hi i can't afford my bill this winter and i'm on a prepay meter that keeps running out
{{PERSON|Ravi}} (Heronsgate): I'm really sorry. We can add emergency credit and look at a support plan. Can you give me your name and the meter serial?
Customer: {{PERSON|Kerry-Ann Baptiste}}, meter {{neg:meter-number|19K0448217}}
{{PERSON|Ravi}} (Heronsgate): Thanks {{PERSON|Kerry-Ann}}. I've added {{neg:amount|£30}} of discretionary credit. A specialist will call you tomorrow. Which number?
Customer: {{PHONE|07482 015 733}}`),
  t("note", `Heronsgate - payment plan set. Acct {{neg:account-number|HG 8830 1942}}. Debt {{neg:amount|£1,284.16}}. Cust {{PERSON|Bill Tranter}} (aged 74, vulnerable - PSR added) agreed {{neg:amount|£45}}/mth by DD from {{neg:date|15 Jan}}. Son {{PERSON|Andrew}} has third-party authority, tel {{PHONE|01622 754 308}}. NI {{UK_NINO|AB 33 71 90 D}} for WHD check.`),
  t("email", `Subject: Re: Your energy bill – payment arrangement

Hi {{PERSON|Jessica}},

Thanks for your call today. I've paid the first instalment by card ({{neg:masked-card|•••• 6619}}). Could you confirm the plan in writing?

Also my bill still shows my late partner {{PERSON|Anthony Giordano}} as the account holder. Please change it to my name.

{{PERSON|Carla Giordano}}
{{PHONE|0117 946 3320}}

> From: {{PERSON|Jessica Amoah}}, Heronsgate Energy
> We've agreed {{neg:amount|£60}} per month from {{neg:date|5 January 2027}} until the balance is cleared.`),
  t("transcript", `AGENT: outpatient appointments st aldhelms hospital {{PERSON|beverley}} speaking
CALLER: hello i've got a letter for a dermatology appointment on the {{neg:date|16th of december}} but i can't make it
AGENT: no problem can i take the patients name and date of birth
CALLER: {{PERSON|eilidh ross}} {{neg:date|2nd of august 1979}}
AGENT: and your nhs number if you have it
CALLER: {{neg:reference|485 777 3456}}
AGENT: thank you {{PERSON|eilidh}} ive got {{neg:date|8th of january}} at {{neg:time|2.40}} would that suit
CALLER: yes thats fine`),
  t("sms", `St Aldhelm's Hospital: Appt reminder for {{PERSON|M. KOWALSKI}} - Orthopaedics, {{neg:date|11/12}} {{neg:time|09:30}}, Outpatients Dept B. To cancel or rebook call {{PHONE|01225 428 331}}. Do not reply.`),
  t("ticket", `HR ONBOARDING — CONTACT CENTRE STARTER
Name: {{PERSON|Oyelaran, Temitope}}
Start date: {{neg:date|05/01/2027}}
NI number: {{UK_NINO|SN 62 18 40 B}}
(form initially had {{neg:nino-invalid|QQ 12 34 56 C}}, placeholder, corrected)
Bank: {{IBAN|GB54 BARC 2032 5344 1877 02}}
Mobile: {{PHONE|07946 330 518}}
Emergency contact: {{PERSON|Folake Oyelaran}}, {{PHONE|020 8692 7715}}`),
  t("note", `Outpatients - pt {{PERSON|Harjit Singh Bains}} rang re transport for renal clinic Thurs {{neg:date|11 Dec}}. Booked patient transport, pickup {{neg:time|08:15}} from {{neg:postcode|UB2 5LD}}. Daughter-in-law {{PERSON|Gurpreet}} will accompany, mob {{PHONE|07788 214 609}}.`),
  t("email", `Subject: Card refund – Basketful order

Hi,

You refunded my order {{neg:order-number|BF-62034417}} to my old card which is cancelled. Please send it to my new one instead: {{CARD|5401 2988 7364 0217}}. The refund is {{neg:amount|£54.19}}.

Also the app (version {{neg:version|3.22.1}}) keeps logging me out.

{{PERSON|Conor Fitzpatrick}}
{{EMAIL|conor.fitz@post.example}}`),
]
