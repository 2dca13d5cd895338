// en-GB texts: written one by one (driving school, ferry vehicle bookings, funeral plans, EV charging, cinema, library,
// fertility clinic, bicycle repair, payroll with NI numbers).
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB = [
  t("chat", `Clutch & Go Driving School — web chat
(10:02) Clutch & Go: Morning! You're chatting with {{PERSON|Siobhan}}. How can I help?
(10:03) Customer: hi my daughter needs to rebook her lesson, her instructor is off sick
(10:03) Clutch & Go: No problem. Learner's name?
(10:04) Customer: {{PERSON|Amira Haddad}}, lessons are usually tuesdays {{neg:time|4pm}}
(10:05) Clutch & Go: I can do Thursday {{neg:date|10 December}} at {{neg:time|4.30}} with {{PERSON|Gareth}}. I'll text the confirmation to {{PHONE|07834 512 906}}, is that right?
(10:05) Customer: yes thanks`),
  t("note", `DVSA test booked for {{PERSON|Callum Price}}, test ref {{neg:booking-ref|52817463}}, {{neg:date|14/01/2027}} {{neg:time|08:57}}, Chorley centre. Paid block of 10 lessons {{neg:amount|£380}}. Mum ({{PERSON|Joanne}}) rang from {{PHONE|01257 264 810}} to check insurance cover. Car reg {{neg:plate|PK71 XNE}}.`),
  t("email", `Subject: Vehicle booking amendment – Solent Link Ferries

Dear Sir or Madam,

I have a return booking {{neg:booking-ref|SLF-8830417}} from Portsmouth to Fishbourne on {{neg:date|23rd December}}, booked for a car. We are now towing a small trailer (total length 7.9 m). Please could you amend it and tell me the difference in fare?

My mobile is {{PHONE|+44 7700 183 442}} if easier.

Kind regards,
{{PERSON|Nigel Fairweather}}
{{EMAIL|nigel.fairweather@postbox.example}}`),
  t("sms", `Solent Link: Your sailing {{neg:booking-ref|SLF-8830417}} 23 Dec {{neg:time|14:30}} is confirmed for car + trailer. Check-in closes 30 min before. Changes: {{PHONE|0330 912 4471}}.`),
  t("transcript", `ADVISER: Good afternoon, Hollybrook Funeral Plans, you're speaking to {{PERSON|Dev}}.
CALLER: Hello, I'm ringing about my late father's plan. {{PERSON|Arthur Pennington}}.
ADVISER: I'm sorry for your loss. Do you have his plan number?
CALLER: It's {{neg:policy-number|HFP 0447 1982 36}}.
ADVISER: Thank you. And you are?
CALLER: {{PERSON|Susan Pennington-Reid}}, his daughter. Best to reach me on {{PHONE|oh one nine oh four, six two eight, three seven one}}.
ADVISER: {{PHONE|01904 628371}}. The funeral director will be paid directly, you won't need to do anything else.`),
  t("ticket", `PAYROLL NEW STARTER – Hollybrook Funeral Plans
Surname: {{PERSON|OKONKWO}}
Forename: {{PERSON|CHIDI}}
NI number: {{UK_NINO|JH 48 21 07 C}}
Bank: {{IBAN|GB24 NWBK 6073 0841 2759 03}}
Sort code: {{neg:sort-code|60-73-08}}
Mobile: {{PHONE|07946 221 053}}
Start: {{neg:date|04/01/2027}}`),
  t("note", `ChargeGrid UK: driver {{PERSON|Priyanka Desai}} stuck at Gloucester services, connector locked after session. Charger {{neg:charger-id|CG-UK-20419}}, firmware {{neg:version|2.8.14}}. Remote unlock sent {{neg:time|19:42}}, worked. Refunded {{neg:amount|£6.40}} idle fee. Her number {{PHONE|07522 390 418}}. Rate the call — she said fab.`),
  t("sms", `ChargeGrid: Hi {{PERSON|TOBY}}, your RFID card ending 2291 has been posted. Questions? {{PHONE|0800 048 7720}} or reply HELP.`),
  t("chat", `[19:12] You: booked 2 tickets at the Luxe Screen Leeds but got an email saying 4
[19:13] {{PERSON|Kwame}} | Luxe Screen: Hi there, can I have the booking number please?
[19:13] You: {{neg:booking-ref|LX4410277}}
[19:14] {{PERSON|Kwame}} | Luxe Screen: Thanks. I've refunded the extra two, {{neg:amount|£23.90}} back to the card ending {{neg:masked-card|xxxx-8812}} in 3-5 days.
[19:14] You: brilliant cheers`),
  t("email", `From: {{PERSON|Eleanor Whitby}} <{{EMAIL|e.whitby@library.example}}>
Subject: Re: Overdue charges

Dear Mr {{PERSON|Chaudhry}},

Thank you for returning the items. I have waived the {{neg:amount|£4.20}} charge on card {{neg:member-number|2 1142 00388 4107}}. If you would like to join the Tuesday reading group, ring us on {{PHONE|0113 378 2950}}.

Best wishes,
{{PERSON|Eleanor Whitby}}
Customer Services, Leeds Libraries

> On 3 Dec, {{PERSON|Imran Chaudhry}} wrote:
> I've dropped the books back, please can the fine be removed?`),
  t("transcript", `nurse so it's the embryo transfer on the eleventh can i just confirm your date of birth
patient yeah twenty second of june eighty seven
nurse and a mobile
patient {{PHONE|oh seven nine one one two four six eight oh three}} no sorry {{PHONE|oh seven nine one one two four six eight oh four}}
nurse and your partner is {{PERSON|ryan}}
patient yeah {{PERSON|ryan doherty}}`),
  t("ticket", `Spokes & Cogs Repairs – Job card {{neg:order-number|SC-20931}}
Customer: Dr {{PERSON|Ifeoma Nwachukwu}}
Tel: {{PHONE|020 7946 0318}}
Bike: Brompton C-line, frame no {{neg:serial-number|2104 88317}}
Work: rear hub service, new tyres
Quote: {{neg:amount|£112.50}}
Deposit card: {{CARD|4929 7122 6645 5815}}`),
  t("note", `HR call - {{PERSON|Grace Mbeki}} querying tax code after starting at Luxe Screen Leeds. Her NI number given as {{UK_NINO|NP 71 33 09 B}}, payroll had {{neg:nino-invalid|QQ 12 34 56 C}} placeholder. Fixed. Also updated bank to {{IBAN|GB32 BARC 2041 7653 1088 24}} (first given as {{neg:iban-checksum|GB33 BARC 2041 7653 1088 24}}). Cb {{PHONE|07389 466 120}}.`),
  t("sms", `Hi it's {{PERSON|Mo}} from Hove Pet Larder, your {{neg:name-word|Hope}} Farm lamb box is out for delivery today, driver will call from {{PHONE|07412 338 901}}. Postcode on file {{neg:postcode|BN3 4AH}}.`),
  t("email", `Subject: SunShare lease – payment holiday request

Hello,

I lease panels under agreement {{neg:contract-number|SSL-1193-0457}}. I've been made redundant and would like a 3-month payment holiday on my {{neg:amount|£58.00}} monthly fee. My national insurance number is {{UK_NINO|KL 20 64 88 A}} if you need it for the hardship form.

Phone {{PHONE|01823 660 771}} — sorry, that's my old one, use {{PHONE|01752 418 036}}.

{{PERSON|Declan Murphy}}`),
]
