// en-GB texts: written one by one (windscreen claims, rail season tickets, water leaks, parking permits, card disputes,
// stadium box office, e-learning, marketplace buyer protection, staff forms with NI numbers and IBANs).
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB = [
  t("chat", `ClearPane Windscreen Claims – live chat
[08:41] You: stone chip on the M6 this morning, now it's a crack about 20cm long
[08:42] {{PERSON|Niamh}} (Claims): Sorry to hear that! Is the crack in the driver's line of sight?
[08:42] You: yes right in front of me
[08:43] {{PERSON|Niamh}} (Claims): Then it's a replacement, not a repair. Your policy has a {{neg:amount|£95}} windscreen excess. Registration?
[08:43] You: {{neg:plate|LK19 XRT}}
[08:44] {{PERSON|Niamh}} (Claims): Booked for Thursday {{neg:date|10 December}}, mobile fitter. They'll ring {{PHONE|07412 558 903}} when on the way.`),
  t("note", `Windscreen claim {{neg:claim-number|CPW-558120}} – PH {{PERSON|Gareth Pryce-Jones}}. ADAS camera recalibration needed after fit, garage says extra {{neg:amount|£180}}. Authorised. PH wife {{PERSON|Sioned}} will drop car at Cardiff depot, her mob {{PHONE|07831 204 677}}. Depot {{PHONE|029 2048 7715}}.`),
  t("email", `From: {{PERSON|Harriet Ashworth-Clarke}} <{{EMAIL|h.ashworthclarke@example.co.uk.example.com}}>
To: {{EMAIL|seasontickets@westlinerail.example}}
Subject: Annual season ticket – refund for strike days

Hello,

I hold an annual Reading–Paddington season ticket (photocard {{neg:reference|WLR 004 7712}}). There were 9 strike days in October and November. I understand I can claim compensation. My bank details for the refund:

Account name: {{PERSON|H Ashworth-Clarke}}
IBAN: {{IBAN|GB29 NWBK 6016 1331 9268 19}}

Many thanks,
{{PERSON|Harriet}}
{{PHONE|07956 118 402}}`),
  t("transcript", `AGENT: Westline Rail season tickets, you're speaking to {{PERSON|Callum}}.
CALLER: Hiya, I lost my season ticket on the train last night.
AGENT: Oh no. Is it a smartcard or paper?
CALLER: Smartcard. My name's {{PERSON|Precious Adebayo-Smith}}.
AGENT: Thanks. I can cancel that card and issue a replacement for a {{neg:amount|£10}} admin fee. Postcode?
CALLER: {{neg:postcode|RG1 8DN}}.
AGENT: And a contact number?
CALLER: {{PHONE|oh seven seven two four, six one eight, nine oh two}}.
AGENT: {{PHONE|07724 618 902}}, and is that okay for texts?
CALLER: Yes, that's fine.`),
  t("sms", `Severnside Water: We've found a leak on your supply pipe at 14 Kingsway. An engineer will visit {{neg:date|8 Dec}} between {{neg:time|8am}} and {{neg:time|1pm}}. Ref {{neg:reference|SVW 2026 44190}}. Call {{PHONE|0345 600 1133}} to change.`),
  t("ticket", `Severnside Water – Leak allowance application
Customer: Mr {{PERSON|Desmond Achterberg}}
Account no: {{neg:account-number|4410 2298 71}}
Property postcode: {{neg:postcode|GL2 5QH}}
Contact tel: {{PHONE|01452 386 219}}
Email: {{EMAIL|dachterberg@example.org}}
Repair completed: {{neg:date|19/11/2026}}
Plumber invoice: {{neg:invoice-number|PLB-00871}}
Refund to: {{IBAN|GB03 BARC 2041 3871 5022 66}}`),
  t("note", `Parking permit: caller {{PERSON|Agnieszka Wróblewska}} (resident, Zone CA-F) wants visitor vouchers for carer. Carer is {{PERSON|Tendai Moyo}}, reg {{neg:plate|YH21 KZP}}. 50 vouchers issued, {{neg:amount|£42.50}} taken by card ending {{neg:masked-card|**** 7310}}. Confirmation to {{EMAIL|a.wroblewska@example.net}}.`),
  t("transcript", `[00:00:04] AGENT: Eastmere Borough Council parking services, {{PERSON|Bernadette}} speaking, how can I help?
[00:00:09] CALLER: I've had a penalty charge but my permit was on the dashboard.
[00:00:13] AGENT: What's the PCN number?
[00:00:15] CALLER: {{neg:reference|EM 4418 2207 9}}.
[00:00:22] AGENT: The officer's photos show the permit face down, I'm afraid. You can challenge it online within 14 days.
[00:00:30] CALLER: Right. Can someone ring me back when it's reviewed? {{PHONE|0113 245 8870}}, or my mobile {{PHONE|07588 304 192}}.`),
  t("ticket", `NEW STARTER – Westline Rail Contact Centre (Swindon)
Surname: {{PERSON|OKAFOR}}
Forename(s): {{PERSON|CHINEDU EMMANUEL}}
NI number: {{UK_NINO|JT 48 21 90 B}}
Tax code: 1257L
Bank: {{IBAN|GB62 WEST 6093 0544 8172 09}}
Mobile: {{PHONE|07803 551 268}}
Start date: {{neg:date|04/01/2027}}`),
  t("email", `Subject: Re: Payroll – wrong bank details

Hi {{PERSON|Sunita}},

Sorry, I gave you the wrong IBAN on my form – it should be {{IBAN|GB98 LOYD 3096 3800 1147 32}}, not {{neg:iban-checksum|GB91 LOYD 3096 3800 1147 32}}. My national insurance number is {{UK_NINO|NP 73 05 18 A}} in case you need it to find my record.

Cheers,
{{PERSON|Ollie Brennan}}
ClearPane, Claims Team B

> From: {{PERSON|Sunita Chauhan}}
> The payment for {{neg:date|27 November}} bounced. Can you confirm your account details?`),
  t("note", `HR call 14:20: {{PERSON|Mohammed Rafiq}} (agent, stadium box office) asked why his NI no. {{UK_NINO|SK 22 91 64 D}} shows emergency tax. P45 not received from previous employer. Told him to email it to {{EMAIL|hr@thamesarena.example}}. Placeholder {{neg:nino-invalid|QQ 12 34 56 C}} on system replaced.`),
  t("sms", `Thames Arena: Your 2 tickets for {{neg:date|19 Dec}} are ready. Doors {{neg:time|18:30}}. Booking {{neg:booking-ref|TA-88120-K}}. Box office: {{PHONE|020 8741 3392}}`),
  t("chat", `Thames Arena Box Office chat
Customer: hi, I bought the wrong date, can I swap?
{{PERSON|Kelechi}} (Box Office): Hi! Swaps are free up to 48h before. What's the booking reference?
Customer: {{neg:booking-ref|TA-87731-B}}
{{PERSON|Kelechi}} (Box Office): Thanks. Name on the booking please?
Customer: {{PERSON|Imogen Fairweather}}
{{PERSON|Kelechi}} (Box Office): Swapped to Sat {{neg:date|12 December}}, same seats in block 104. New e-tickets sent 🎉`),
  t("transcript", `speaker 1: kestrel card services disputes team this is {{PERSON|aoife}}
speaker 2: hello yeah I've been charged for a holiday that got cancelled by the company
speaker 1: sorry to hear that can I take your name
speaker 2: {{PERSON|lewis mcallister}}
speaker 1: and the amount {{PERSON|lewis}}
speaker 2: two thousand one hundred and forty pounds
speaker 1: okay under section seventy five you're covered I'll raise a claim and we'll need the cancellation letter
speaker 2: I'll email it
speaker 1: send it to {{EMAIL|disputes@kestrelcard.example}} with the reference {{neg:case-number|KCS 7712 044}}`),
  t("ticket", `Kestrel Card – chargeback form
Cardholder: {{PERSON|Yasmin El-Amin}}
Card number: {{CARD|5425 2334 3010 9135}}
Merchant: SunnyWays Holidays Ltd
Transaction date: {{neg:date|02/09/2026}}
Amount: {{neg:amount|£1,288.00}}
Reason: services not provided
Contact: {{PHONE|+44 7931 420 865}}`),
  t("email", `From: Learnova UK <{{EMAIL|support-uk@learnova.example}}>
To: {{EMAIL|t.mensah@example.co.uk.example.net}}
Subject: Your certificate name

Hi {{PERSON|Theo}},

You asked us to change the name on your certificate from "{{PERSON|T. Mensah}}" to "{{PERSON|Theophilus Mensah}}". That's done – the new PDF is in your dashboard. If anything's still wrong, ring us on {{PHONE|0330 808 4412}}.

Best,
{{PERSON|Ruth}} at Learnova`),
  t("note", `Buyer protection (UK) – {{PERSON|Fenella Gaskell}} bought a "new" Dyson, received used. Seller refuses return. Opened {{neg:case-number|TL-UK-440918}}. Refund {{neg:amount|£329.99}} approved to original card. Buyer number {{PHONE|01223 461 905}}. Seller phone on listing {{PHONE|07462 993 017}} (not answering).`),
  t("sms", `Voicemail (0:52) from {{PHONE|0131 558 2240}}: "Hello it's {{PERSON|Morag}} from the Severnside leak team, we need access to the meter chamber on Friday, could you call us back on {{PHONE|oh three four five, six oh oh, one one three three}}, thanks"`),
  t("ticket", `Staff onboarding – Severnside Water call centre
Name: {{PERSON|Priyanka Sharma-Lowe}}
NI number: {{UK_NINO|WL 60 48 37 C}}
DOB: {{neg:date|22/07/1994}}
Emergency contact: {{PERSON|Daniel Lowe}}, {{PHONE|07511 382 640}}
Payroll IBAN: {{IBAN|GB95 HBUK 4012 7631 8290 54}}`),
  t("transcript", `AGENT: …and I just need your National Insurance number to match you on the payroll system.
CALLER: It's {{UK_NINO|HR 19 33 72 B}}.
AGENT: Lovely, thank you. And you're {{PERSON|Kieran}}, in the season-ticket team?
CALLER: Yeah, {{PERSON|Kieran Doyle}}.
AGENT: Your overtime from November will go in the {{neg:date|18th December}} payroll.`),
  t("chat", `[15:02] Visitor: my kid's Learnova account was hacked, someone changed the email
[15:03] {{PERSON|Amara}} – Learnova: That's worrying, let's fix it. What was the original email?
[15:03] Visitor: {{EMAIL|zara.k.2012@example.com}}
[15:04] {{PERSON|Amara}} – Learnova: I can see a login from {{IP_ADDRESS|203.0.113.150}} yesterday at {{neg:time|23:41}}, not your usual one. I've restored the email and logged out all sessions.
[15:05] Visitor: thank you so much`),
  t("note", `Rail season ticket refund: {{PERSON|Adaeze Nwosu}} moving abroad, cancelling annual ticket (start {{neg:date|01/03/2026}}). Refund calc {{neg:amount|£1,912.40}} less {{neg:amount|£10}} fee. Paid by bank transfer – NI number not needed, told her. Tel {{PHONE|07930 115 276}}.`),
  t("ticket", `HR payroll amendments (batch 49)
- {{PERSON|Zielinski, Tomasz}} – NI no. {{UK_NINO|ZE 81 07 45 A}} – new IBAN {{IBAN|IE97 BOFI 9000 1712 3456 77}} (Irish account)
- {{PERSON|Fitzgerald, Cara}} – NI no. {{UK_NINO|PC 56 12 98 D}} – address change only
- {{PERSON|Bello, Yetunde}} – national insurance {{UK_NINO|TM 04 67 23 C}} – student loan plan 2`),
]
