// en-GB texts: written one by one (mortgage servicing, broadband installs, baggage claims, hotel loyalty, car leasing,
// health cover claims, student accounts, online pharmacy, removals, roaming, energy switching, marketplace returns, gym
// freezes, bike hire), plus payroll and onboarding with NI numbers and IBANs.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB = [
  t("chat", `Thistledown Building Society – Mortgage chat
[14:02] You: my fixed rate ends in March, what are my options
[14:03] {{PERSON|Harriet}} (Mortgages): Hello! I can book you a product-transfer call. Which number suits?
[14:03] You: {{PHONE|07931 448 206}} but not before {{neg:time|5.30}}
[14:04] {{PERSON|Harriet}} (Mortgages): Booked for Thursday {{neg:date|10 December}}, {{neg:time|17:45}}. Mortgage account {{neg:account-number|MA 4471 90}}.`),
  t("email", `From: {{PERSON|Callum Fraser}} <{{EMAIL|callum.fraser@example.com}}>
To: {{EMAIL|redemptions@thistledown.example}}
Subject: Overpayment not applied

Hi,

I sent an overpayment of {{neg:amount|£2,500}} on {{neg:date|3 November}} from my current account {{IBAN|GB95 NWBK 6024 8817 7390 25}} but my balance hasn't moved. Can you check? The reference I used was {{neg:reference|TBS 88120}}.

Regards,
{{PERSON|Callum}}
{{PHONE|0131 496 2274}}`),
  t("transcript", `AGENT: Good morning, Fibrewise installations, {{PERSON|Siobhan}} speaking.
CALLER: Hi, the engineer's just left and the router won't sync. I'm {{PERSON|Gurpreet Sandhu}}.
AGENT: Sorry about that, {{PERSON|Gurpreet}}. Postcode?
CALLER: {{neg:postcode|LS6 2QT}}.
AGENT: I can see the line test fails at the cabinet. I'll rebook. Best contact?
CALLER: {{PHONE|oh seven eight eight four, two double oh, nine one three}}
AGENT: {{PHONE|oh seven eight eight four, two double oh, nine one three}}, lovely.`),
  t("sms", `Fibrewise: Your engineer {{PERSON|Dev}} will arrive between {{neg:time|8am}} and {{neg:time|1pm}} on {{neg:date|12 Dec}}. Need to change? Call {{PHONE|0333 014 6612}}. Order {{neg:order-number|FW-7730214}}`),
  t("ticket", `Bluewing Air – Property Irregularity Report
Ref: {{neg:reference|LHRBW40218}}
Passenger: {{PERSON|OKONKWO}} / {{PERSON|ADAEZE}} MRS
Flight BW 281 Lagos–Heathrow, {{neg:date|02/12/2026}}
Bag: black holdall, tag {{neg:tracking-number|BW 771402}}
Delivery address: 19 Wellesley Road, Croydon {{neg:postcode|CR0 2AD}}
Mobile: {{PHONE|+44 7456 219 803}}  Lagos contact: {{PHONE|+234 803 441 2976}}
Email: {{EMAIL|adaeze.okonkwo@example.com}}`),
  t("note", `Bluewing baggage: pax {{PERSON|Eilidh MacLeod}} chasing interim expenses for delayed bag (toiletries, {{neg:amount|£64.20}}). Receipts OK. Paying to {{IBAN|GB53 LOYD 3094 7214 5530 82}}. She first gave {{neg:iban-checksum|GB35 LOYD 3094 7214 5530 82}}, corrected. Rang {{PHONE|01463 715 220}}.`),
  t("chat", `Marchmont Hotels – Loyalty
Guest: hiya, my partner's points and mine, can they be pooled?
{{PERSON|Tomasz}} @ Marchmont: Hi! Yes, up to 4 members in a household. What are both names?
Guest: {{PERSON|Rhiannon Pryce}} and {{PERSON|Olumide Bakare}}
{{PERSON|Tomasz}} @ Marchmont: Lovely. I'll email a consent form to both addresses on file. 😊 {{PERSON|Olumide}}'s shows {{EMAIL|olu.bakare@example.org}}, is that current?
Guest: yes`),
  t("email", `Subject: Lease return – damage charge {{neg:invoice-number|INV-558210}}

Dear Sir or Madam,

I returned my car (reg {{neg:plate|KX21 HBV}}) to Motorleaf Vehicle Leasing on {{neg:date|27 November}}. I have since been charged {{neg:amount|£740}} for "bodywork". The handover photos show no damage. I'd like an independent inspection as the BVRLA code allows.

Please reply to {{EMAIL|p.achterberg@example.net}} or ring me on {{PHONE|020 8741 0382}}.

Yours faithfully,
{{PERSON|Pieter Achterberg}}`),
  t("note", `Haven Health Cover claim {{neg:claim-number|HHC-00418822}}: member {{PERSON|Anjali Mistry}} physio x6 @ {{neg:amount|£55}}. Pre-auth on file. Pay provider Brookside Physio direct, their sort code {{neg:sort-code|20-45-17}}. Member asked for cb on {{PHONE|0116 255 8094}} re excess.`),
  t("transcript", `[00:00:02] AGENT: Haven Health Cover, claims. You're through to {{PERSON|Nathaniel}}.
[00:00:05] CALLER: Hello, I'm ringing for my mother, {{PERSON|Margaret Oyelowo-Hart}}. She's got a letter saying her hip op isn't covered.
[00:00:12] AGENT: Is she with you so I can get her permission?
[00:00:14] CALLER: Yes, she's here. Mum?
[00:00:16] SECOND CALLER: Yes, that's fine, my daughter {{PERSON|Bisi}} can speak for me.
[00:00:20] AGENT: Thank you. The policy started in {{neg:date|4 June 2024}}… it's a pre-existing exclusion. I'll send the appeal form to {{EMAIL|bisi.hart@mail.example.org}}.`),
  t("ticket", `Northmere University – Student Finance Office
Refund request
Student: {{PERSON|Ahmadi, Parisa}}
Student no. {{neg:student-number|NU2204418}}
Overpaid tuition {{neg:amount|£1,150.00}}
Refund to: {{IBAN|GB64 BARC 2045 1783 3062 15}}
Contact: {{EMAIL|p.ahmadi@students.example.net}} / {{PHONE|07841 118 452}}`),
  t("sms", `Rxpress Online Pharmacy: Hi {{PERSON|Malcolm}}, your prescription needs a quick consultation before we can dispense. Our pharmacist will ring from {{PHONE|0161 850 3347}} today. Ref {{neg:order-number|RX-44019}}`),
  t("chat", `Rxpress chat
[19:41] Customer: I was charged twice for my hay fever tablets
[19:42] {{PERSON|Ayesha}} (Rxpress): Sorry! I see two payments of {{neg:amount|£12.99}} on {{neg:masked-card|•••• 3308}}. One will drop off in 3-5 days.
[19:42] Customer: the full card is {{CARD|4917 6120 0845 3306}} if you need it
[19:43] {{PERSON|Ayesha}} (Rxpress): Please don't send full card numbers in chat 🙏 I've masked it on our side.`),
  t("note", `Removals quote — Pennant & Co Removals. Cust {{PERSON|Ffion Rees-Jenkins}}, Cardiff {{neg:postcode|CF24 3AA}} → Bristol, 2-bed, {{neg:date|19/12/2026}}. Quote {{neg:amount|£1,380}} inc VAT. Piano needs specialist. Landline {{PHONE|029 2048 7713}}, mob {{PHONE|07719-402-885}}.`),
  t("email", `Subject: Re: Roaming charges in Switzerland

Hello Mr {{PERSON|Leighton}},

Thanks for your patience. Switzerland isn't in our EU roaming zone, so data there was charged at {{neg:amount|£6}} per MB. As a goodwill gesture I've credited {{neg:amount|£45}}.

If you travel again, ring our roaming desk before you go on {{PHONE|+44 333 304 1190}} or {{PHONE|0044 7911 204 118}} from abroad.

Kind regards,
{{PERSON|Imogen}}
Skyport Mobile Roaming Team`),
  t("transcript", `agent: you're through to brightgrid switching, it's {{PERSON|connor}}
caller: hiya, i switched to you three weeks ago and my old supplier's still billing me
agent: ok, can i take your name
caller: {{PERSON|moira mcallister}}
agent: and your MPAN, it's on the bill
caller: {{neg:mpan|1200 0517 3324 981}}
agent: cheers {{PERSON|moira}}, i'll raise it with the old supplier. number to call you back on?
caller: {{PHONE|oh one four one, three three two, four oh one nine}}`),
  t("ticket", `Stallbury Marketplace — Return Dispute
Order: {{neg:order-number|SM-20261204-7719}}
Buyer: {{PERSON|Kwabena Asante}} ({{EMAIL|k.asante@example.com}})
Seller: VintageVinylUK
Item: record player, {{neg:amount|£149}}
Buyer says: arrived with cracked lid. Seller says: buyer damaged it.
Buyer IP {{IP_ADDRESS|2001:db8:900d:1c::4}}
Buyer phone {{PHONE|+447512883041}}`),
  t("sms", `Forge Fitness: Your freeze is confirmed from {{neg:date|1 Jan}} to {{neg:date|31 Mar}} ({{neg:amount|£5}}/month holding fee). Any questions, text {{PERSON|Jade}} at the Leeds club on {{PHONE|07400 912 377}}.`),
  t("ticket", `STARTER FORM — Forge Fitness Ltd (payroll)
Surname: {{PERSON|Adebayo}}   First names: {{PERSON|Temitope Grace}}
NI number: {{UK_NINO|JT 44 81 20 C}}
Start date: {{neg:date|04/01/2027}}
Bank: {{IBAN|GB06 HBUK 4012 7658 3022 47}}
Mobile: {{PHONE|07958 330 214}}`),
  t("email", `From: Payroll <{{EMAIL|payroll@thistledown.example}}>
To: {{EMAIL|new.starters@thistledown.example}}
Subject: Missing NI numbers – December run

Hi all,

Two starters are missing from HMRC's check. Please confirm:

- {{PERSON|Priya Raghunathan}} – we have national insurance no. {{UK_NINO|SW 12 77 04 B}}, HMRC says no match
- {{PERSON|Lewis O'Driscoll}} – NI {{UK_NINO|NR410382D}}
- test record, ignore: {{neg:nino-invalid|QQ 12 34 56 A}}

Thanks,
{{PERSON|Gillian}}`),
  t("transcript", `AGENT: Haven Health Cover, new policies, this is {{PERSON|Ravi}}.
CALLER: Hi, my employer's adding me to the group scheme and they need my national insurance number.
AGENT: That's right. Go ahead.
CALLER: It's {{UK_NINO|PA 61 23 79 C}}.
AGENT: Thank you. And your name?
CALLER: {{PERSON|Dominika Nowakowska}}.`),
  t("note", `PedalCity cycle hire: annual member {{PERSON|Rory Blackwood}} disputes {{neg:amount|£35}} late return. Dock at Waterloo was full; app log shows attempt at {{neg:time|18:52}}. Refunded. NI no. given for ID check (shouldn't have), {{UK_NINO|ZX 71 33 09 A}} – not stored. Phone {{PHONE|07827 004 561}}.`),
  t("chat", `Motorleaf chat
[Mon 09:11] {{PERSON|Ewan}} (Motorleaf): Morning! How can I help?
[Mon 09:12] You: my direct debit bounced, bank changed. new one is {{IBAN|GB26 MIDL 4005 1173 9200 46}}
[Mon 09:13] {{PERSON|Ewan}} (Motorleaf): Thanks, updated. For the mandate I also need your NI number as we check ID on finance.
[Mon 09:13] You: {{UK_NINO|WL 20 56 81 B}}`),
  t("sms", `Voicemail from {{PHONE|01224 630 771}}: "Hi, it's {{PERSON|Morven}} from Marchmont Hotels Aberdeen, about your points claim. Give us a ring back on {{PHONE|oh one two two four, six three oh, seven seven one}}. Cheers."`),
]
