// en-GB texts: written one by one (TV licence office, electricity network outages, garden centre deliveries, kitchen
// fitters, photo printing, contact-lens subscriptions, taxi-app lost property, language app, bookshop orders, tyre
// fitting, hospital patient transport; payroll and onboarding with NI numbers).
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB = [
  t("transcript", `AGENT: Good morning, Viewing Licence Office, {{PERSON|Siobhan}} speaking.
CALLER: Hiya, I've had a letter saying I need a licence but I don't even own a telly.
AGENT: No problem, we can record that. Can I take your name and the address on the letter?
CALLER: {{PERSON|Callum Fairweather}}, Flat 3, 22 Brunswick Terrace, {{neg:postcode|LS6 2JQ}}.
AGENT: Thanks, {{PERSON|Callum}}. Letter reference?
CALLER: {{neg:reference|VLO 8837 1042 6}}
AGENT: Lovely. And a contact number in case our visiting officer needs to confirm?
CALLER: {{PHONE|oh seven eight four two, six one nine, three oh five}}
AGENT: So {{PHONE|07842 619305}}. That's all done.`),
  t("sms", `Pennine Power Networks: We're sorry, there's a power cut affecting {{neg:postcode|HX7 8AB}}. Engineers are on site; estimated restore {{neg:time|16:30}}. For updates call 105 or {{PHONE|0800 028 4471}}.`),
  t("email", `Subject: Delivery of 2x olive trees – order {{neg:order-number|HGC-220917}}

Dear Mrs {{PERSON|Appiah-Kubi}},

Thank you for your order with Hollyhock Garden Centre. Our van will deliver on Tuesday {{neg:date|15th December}} between {{neg:time|8am}} and {{neg:time|12pm}}. The driver, {{PERSON|Stuart}}, will ring {{PHONE|07525 338910}} about 30 minutes before.

If that day is no good, ring the delivery desk on {{PHONE|01628 784 220}}.

Kind regards,
{{PERSON|Hannah Pryce}}
Delivery Coordinator
{{EMAIL|deliveries@hollyhock.example.com}}`),
  t("note", `Oakwright Kitchens – survey {{neg:date|02/12}} – Mr {{PERSON|Thistlethwaite}} (pref. {{PERSON|Geoff}}) wants island moved 300mm, gas hob needs Gas Safe sign-off. Quote rev B {{neg:amount|£11,480}} inc VAT. Mob.{{PHONE|07403 772 118}}, landline {{PHONE|0113 243 9918}}. Fitter {{PERSON|Ravi}} booked w/c {{neg:date|11 Jan}}.`),
  t("chat", `PrintPocket Help ✨
You: ordered a photobook for my nan's 90th, the pages are printed upside down!!
{{PERSON|Imogen}} @ PrintPocket: Oh no, that's awful, I'm so sorry. Can you give me the order number?
You: {{neg:order-number|PP-5521-0093}}
{{PERSON|Imogen}} @ PrintPocket: Got it. We'll reprint for free and express it. Is the delivery still to {{PERSON|Aoife Brennan}}, {{neg:postcode|BT9 6HG}}?
You: yes that's me
{{PERSON|Imogen}} @ PrintPocket: Done 👍 You'll have it by {{neg:date|Friday 11th December}}.`),
  t("ticket", `PAYROLL – NEW STARTER (Clearsight Opticians, Bristol Cabot Circus)
Surname: {{PERSON|Mwangi}}
Forenames: {{PERSON|Wanjiru Grace}}
NI number: {{UK_NINO|JT 48 21 90 C}}
Tax code: 1257L
Bank: {{IBAN|GB08 BARC 2047 1653 9278 46}}
Start: {{neg:date|04/01/2027}}
Mobile: {{PHONE|07968 204551}}`),
  t("transcript", `[00:00:02] AGENT: CabFinder lost property, {{PERSON|Duncan}} here.
[00:00:05] CALLER: Hi, I left my glasses in a cab Saturday night, Deansgate to Didsbury.
[00:00:10] AGENT: Name on the account?
[00:00:12] CALLER: {{PERSON|Zainab Qureshi}}. {{PERSON|Q-U-R-E-S-H-I}}.
[00:00:18] AGENT: Thanks. The driver's reported a glasses case, yes. I'll pass your number to him. Which is best?
[00:00:24] CALLER: Mobile, {{PHONE|07766 450 296}}, or work {{PHONE|0161 832 4417}} extension 23.
[00:00:31] AGENT: Lovely. He'll ring within 24 hours. Return fee is {{neg:amount|£15}}.`),
  t("sms", `Clearsight: Hi {{PERSON|Tomasz}}, your 3-month contact lens supply (Dailies Total1) has been dispatched. Payment of {{neg:amount|£67.50}} taken from card ending {{neg:masked-card|**** 4905}}. Questions? 📞 {{PHONE|0345 072 6618}}`),
  t("email", `From: {{PERSON|Marcus Oyelowo-Hart}} <{{EMAIL|marcus.oh@mail.example.com}}>
To: {{EMAIL|orders@quireandquill.example.com}}
Subject: Signed copies – event order

Hello Quire & Quill,

I ordered three signed copies of the new {{PERSON|Hilary Mantel}} reissue for a book club on {{neg:date|29th November}} (order {{neg:order-number|QQ-7730218}}) and only two arrived. Could you send the third or refund {{neg:amount|£25}}? I'm on {{PHONE|020 8742 3316}} during the day.

Many thanks,
{{PERSON|Marcus}}`),
  t("note", `TyreWise Centres, Swindon. Walk-in {{neg:date|03/12}} {{neg:time|10.40}}. Cust {{PERSON|Bethany Coles}}, Fiesta {{neg:plate|WR19 KXF}}. 2x front Bridgestone {{neg:amount|£178}} fitted + balanced. Pd card {{CARD|4556 7301 8226 4905}} (till printout shows full no. – shred!). tel:{{PHONE|01793 614 872}}.`),
  t("ticket", `Patient Transport Service booking – St Oswin's Hospital
Patient: {{PERSON|HUGHES, Myfanwy}}
NHS no.: {{neg:reference|485 777 3456}}
Collect from: 7 Heol y Coed, Pontypridd {{neg:postcode|CF37 4LP}}
Clinic: Ophthalmology, {{neg:date|08/12/2026}} {{neg:time|10:15}}
Escort: {{PERSON|Rhodri Hughes}} (son) {{PHONE|07870 331 642}}
Mobility: walking frame`),
  t("chat", `Parlo app support
[19:02] Learner: hello, my streak reset even though I did my lesson at 11pm 😭
[19:03] Parlo Team – {{PERSON|Fern}}: Ah, that's frustrating! Which time zone is your phone set to?
[19:03] Learner: UK, London
[19:04] Parlo Team – {{PERSON|Fern}}: I can see your account ({{EMAIL|kezia.d@example.net}}) logged the lesson at {{neg:time|00:02}}, just after midnight, from {{IP_ADDRESS|2001:db8:2c::7}}. I'll restore the 214-day streak as a one-off.
[19:05] Learner: thank you so much, I'm on app version {{neg:version|5.2.1}} btw`),
  t("ticket", `HR onboarding – Hollyhock Garden Centre (seasonal Christmas staff)
Name: {{PERSON|Okafor, Chinedu}}
DOB: {{neg:date|12/07/2004}}
National Insurance no.: {{UK_NINO|NP 61 27 04 B}}
Address: 14 Larch Close, Maidenhead {{neg:postcode|SL6 4RT}}
Mobile: {{PHONE|+44 7712 408 355}}
Email: {{EMAIL|chinedu.okafor04@example.com}}
Bank: sort code {{neg:sort-code|20-47-16}}`),
  t("sms", `Missed call from {{PHONE|01592 416 730}}. Voicemail: "Hi it's {{PERSON|Kirsty}} from Pennine Power Networks, we're doing planned work on {{neg:date|17th December}} and you're on our priority register, could you give me a ring back on {{PHONE|oh three three oh, one two three, eight eight four oh}}, ta."`),
  t("note", `Viewing Licence Office – Mr {{PERSON|Lionel Baptiste}} rang re direct debit taken twice ({{neg:amount|£28.44}} x2). Licence no. {{neg:reference|3311 0872 4419}}. Refund raised. Wants conf. by email {{EMAIL|l.baptiste@example.org}}. Daughter {{PERSON|Chantelle}} also on {{PHONE|07443 926 011}}.`),
  t("transcript", `speaker 1: oakwright kitchens good afternoon
speaker 2: hi yeah its {{PERSON|darren mcbride}} we had the kitchen fitted last week and theres a leak under the sink
speaker 1: oh no sorry {{PERSON|darren}} can you send a photo
speaker 2: yeah whats the number to whatsapp
speaker 1: its {{PHONE|oh seven four one two, double eight three, oh seven one}}
speaker 2: right
speaker 1: and ill get {{PERSON|gareth}} out to you tomorrow morning`),
  t("email", `Subject: Re: Payroll query – NI number on payslip

Hi {{PERSON|Joanne}},

The payslip shows my NI number as {{UK_NINO|NP612704B}} but that belongs to {{PERSON|Chinedu}}, I think the records got swapped. My NI number is {{UK_NINO|WK390588A}}.

Thanks,
{{PERSON|Ellis Fordham}}
TyreWise, Leeds Kirkstall

> From: Payroll <{{EMAIL|payroll@tyrewise.example.com}}>
> Please check your December payslip.`),
  t("sms", `CabFinder: {{PERSON|ZAINAB}}, your driver {{PERSON|Mehmet}} has your item. Collect from Piccadilly office or pay {{neg:amount|£15}} for courier: cabfinder.example.com/lost/{{neg:case-number|LP90214}}`),
  t("ticket", `Clearsight Opticians – Contact Lens Subscription
Customer: {{PERSON|Pritchard, Owain}}
Plan: Monthly Toric, {{neg:amount|£24.00}}/month
Payment: Mastercard {{CARD|5351 0882 7741 9361}}
Expiry: {{neg:card-expiry|09/28}}
Phone: {{PHONE|029 2034 5512}}
Optom: {{PERSON|S. Ahmed}}
Next check due: {{neg:date|14/03/2027}}`),
  t("chat", `Quire & Quill – Order help
Visitor: Hi, I'd like to change the delivery address on my order
{{PERSON|Nisha}} (Q&Q): Hi! Order number please?
Visitor: {{neg:order-number|QQ-7741556}}
{{PERSON|Nisha}} (Q&Q): Thanks, and your full name?
Visitor: {{PERSON|Rosalind Achebe}}
{{PERSON|Nisha}} (Q&Q): It hasn't been picked yet, so yes. New address?
Visitor: 9 Canal Wharf, Birmingham {{neg:postcode|B1 2JR}}
{{PERSON|Nisha}} (Q&Q): Updated ✓`),
  t("note", `PTS control – {{neg:date|05/12}} – crew reported pt Mr {{PERSON|Seán Ó Briain}} not at home for 07:30 pickup. Neighbour said he's staying with daughter {{PERSON|Órla}} in Harrogate. Tried {{PHONE|01423 506 218}} no answer, then mobile {{PHONE|+353 87 214 6650}} (Irish no.) – answered, rebooked.`),
  t("email", `From: Parlo Billing <{{EMAIL|billing@parlo.example.net}}>
To: {{EMAIL|g.lindqvist-ward@example.com}}
Subject: Your refund

Hi {{PERSON|Greta}},

We've refunded your Parlo Max annual subscription ({{neg:amount|£83.99}}). Your account was accessed from {{IP_ADDRESS|198.51.100.201}} on {{neg:date|1 December}}, which you told us wasn't you, so we've reset your password too.

Cheers,
{{PERSON|Tobias}}, Parlo Support`),
  t("ticket", `Payroll amendment form – Oakwright Kitchens Ltd
Employee: {{PERSON|Kowalczyk, Bartosz}}
Employee no.: {{neg:customer-number|OK-0418}}
NI no.: {{UK_NINO|SE 72 14 63 D}}
New bank details: {{IBAN|GB38 NWBK 5600 3847 2188 30}}
Old bank (close): {{neg:iban-checksum|GB71 LOYD 3094 1200 8372 65}}
Signed: {{PERSON|B. Kowalczyk}}  Date: {{neg:date|30/11/2026}}`),
  t("transcript", `AGENT: Hollyhock Garden Centre, deliveries, {{PERSON|Pam}} speaking.
CALLER: Hello, it's Mrs {{PERSON|Devereux}}, I'm meant to be getting a Christmas tree today.
AGENT: Let me look. {{PERSON|Devereux}}, Cookham?
CALLER: That's right.
AGENT: He's on his way, he's about twenty minutes out. Shall I get him to ring you?
CALLER: Yes please, I'm on {{PHONE|oh one six two eight, five two oh, seven seven one}}.`),
  t("sms", `TyreWise: Your booking is confirmed for {{neg:date|Sat 12 Dec}} at {{neg:time|09:00}}, Kirkstall branch. 4x tyres, total {{neg:amount|£356.00}}. To change call {{PHONE|0113 278 5530}}. Ref {{neg:booking-ref|TW8821K}}`),
  t("ticket", `Right to work / onboarding – CabFinder (driver partner)
Name: {{PERSON|Abdullahi Warsame}}
National Insurance: {{UK_NINO|HL 08 44 21 C}}
Private hire licence: {{neg:reference|PH-03319}}
Vehicle: {{neg:plate|MA68 XZT}}
Phone: {{PHONE|07516 902 447}}
Payout account: {{IBAN|GB06 LOYD 3094 1200 8372 65}}`),
  t("note", `Viewing Licence Office – fraud team. Caller claimed to be {{PERSON|Dorothy Ingham}} (92) asking to change bank details. Voice sounded young. Number withheld; callback to number on file {{PHONE|01904 627 338}} – real Mrs {{PERSON|Ingham}} confirmed she did not call. No change made. Suspect IP on web form {{IP_ADDRESS|203.0.113.9}}.`),
  t("email", `Subject: Kitchen deposit

Hi {{PERSON|Lucy}},

As discussed, I'm paying the {{neg:amount|£2,000}} deposit by card over the phone tomorrow. Please don't keep the card number on file afterwards. My number is {{PHONE|07834 115 604}} if {{PERSON|Dev}} needs to check anything about the worktops.

Best wishes,
{{PERSON|Anjali Mistry}}
42 Rowan Drive, Leicester {{neg:postcode|LE2 3PN}}`),
  t("chat", `[14:31] {{PERSON|Kieran}} | Pennine Power: Hi, how can I help today?
[14:32] Customer: we've had no power since 2, is there a fault?
[14:32] {{PERSON|Kieran}} | Pennine Power: There is, an underground cable fault in {{neg:postcode|HX7 5QE}}. We hope to restore by {{neg:time|19:00}}. Are there any vulnerable people in the house?
[14:33] Customer: my dad's on a stairlift, {{PERSON|Harold Pemberton}}, 88
[14:34] {{PERSON|Kieran}} | Pennine Power: I'll add him to our Priority Services Register. Best number for updates?
[14:34] Customer: {{PHONE|07956 310 228}}`),
  t("ticket", `P45 / starter checklist – Quire & Quill Books, Oxford
Employee: {{PERSON|Fitzgerald-Osei, Niamh}}
NI: {{UK_NINO|RZ 91 30 56 A}}
Student loan: Plan 2
Bank IBAN: {{IBAN|GB43 HBUK 4012 2761 4099 38}}
Emergency contact: {{PERSON|Kwabena Osei}} {{PHONE|+44 1865 722 019}}`),
  t("sms", `PrintPocket: {{PERSON|Dev}}, 40% off canvas prints this weekend only! Use code XMAS40. Unsubscribe: reply STOP or call {{PHONE|0330 088 2719}}`),
]
