// English texts of New Zealand and Ireland, written one by one: a home-care agency's rosters and family e-mails, a
// solar and heat-pump installer's quotes and finance forms, a sports club's subs and youth-team office, and a pet-food
// subscription's chats and texts.
import { mk } from "./mk.ts"

const nz = mk("en-NZ")
const ie = mk("en-IE")

export const EN_NZ = [
  nz("chat", `Website chat — pet food subscriptions — {{neg:date|14 March 2026}}
Visitor: hi, the last box for {{neg:pet-name|Biscuit}} came with the wrong recipe again, she's a 9 yo cat, not a puppy lol
Agent: So sorry! I can see order {{neg:order-number|PK-1188204}} went out with {{neg:product|Puppy Lamb & Kumara}} instead of {{neg:product|Senior Salmon}}. Can I grab the name on the account?
Visitor: {{PERSON|Aroha Whaanga}}, email is {{EMAIL|aroha.w82@example.co.nz}}
Agent: Thanks {{PERSON|Aroha}}. I'll send the right bag today, no charge, and the courier can take the wrong one back. Is {{PHONE|021 448 3906}} still good for the driver?
Visitor: yep 👍 and can you skip April, we've still got heaps
Agent: Done — April skipped, next delivery {{neg:date|12 May 2026}}, {{neg:amount|$64.90}} as usual.`),

  nz("call", `[Auto-transcript — Solar & heat pump sales line — 00:06:41]
Caller: Kia ora, it's {{PERSON|Hemi Tautahi}}, I got a quote off you lot for panels, quote {{neg:quote-number|QT-26-0419}}, and I wanted to ask about the finance bit.
Agent: Sure, {{PERSON|Hemi}}. That's the {{neg:capacity|6.6 kW}} system with the {{neg:product|Tesla Powerwall 3}}, total {{neg:amount|$21,480}}. The green loan is through the bank, we just do the paperwork.
Caller: Right. Is there any grant for it?
Agent: Not a government {{neg:name-word|grant}} as such, no, but the bank's rate is lower for solar.
Caller: Okay. Best to ring me on {{PHONE|oh two seven, five nine three, one one eight four}}. Evenings, I'm on the tools all day.
Agent: Got it. And the address is {{neg:street|14 Kowhai Crescent}}, Te Awamutu {{neg:postcode|3800}}?
Caller: That's the one.`),

  nz("email", `From: {{PERSON|Philippa Croft}} <{{EMAIL|pip.croft@example.co.nz}}>
To: Care Coordinators <{{EMAIL|coordinators@example.co.nz}}>
Subject: Mum's Tuesday visits — change from {{neg:date|7 April}}

Hi team,

Mum ({{PERSON|Noeline Croft}}, client no. {{neg:customer-number|HC-40718}}) has been discharged from Wellington Hospital and the OT says she needs the shower visit moved to mornings. Could {{PERSON|Losa}} keep doing Tuesdays but at 9 instead of 2?

Mum's landline is {{PHONE|04 389 2261}} but she doesn't always hear it. Try me first on {{PHONE|027 770 3148}}.

Thanks so much,
{{PERSON|Pip}}

--
{{PERSON|Philippa Croft}} · Karori, Wellington · {{PHONE|+64 4 476 2290}}`),

  nz("sms", `From {{PHONE|+64 22 619 0437}} → Junior Rugby
Hi it's {{PERSON|Mere}} ({{PERSON|Tama}}'s mum), U11 Blues. He's rolled his ankle so he's out Saturday. Also we haven't paid subs yet — is it {{neg:amount|$95}} for the season? Happy to do bank transfer ✔️
--
Reply from club: Kia ora, yes {{neg:amount|$95}}, ref {{neg:reference|U11-0412}}. Get well soon! 🏉 Team manager {{PERSON|Dave Horomona}} 📱 {{PHONE|021 562 9830}}`),

  nz("form", `Heat pump finance — online pre-approval form
Full name: {{PERSON|Sunil Prasad}}
Email: {{EMAIL|sunil.prasad.nz@example.com}}
Mobile: {{PHONE|+64 21 307 5528}}
Property: {{neg:street|77 Rutherford Street}}, Nelson {{neg:postcode|7010}}
Product: {{neg:product|Mitsubishi Hyper Heating}} {{neg:capacity|8 kW}} ducted
Amount to finance: {{neg:amount|NZD 7,950}}
Term: 36 months
Employer: Nelson Marlborough Health
Consent to credit check: Yes
IP: {{IP_ADDRESS|203.0.113.57}}`),

  nz("note", `Care note — Fri {{neg:date|20/03/2026}} — visit {{neg:time|10:15}}–{{neg:time|11:00}}
Client: {{PERSON|Walter Baines}}, 88, {{neg:street|3 Mahoe Lane}}, Ōtaki.
{{PERSON|Walter}} was cheerful, ate most of his porridge. Noticed a bruise on his left forearm, he says he knocked it on the walker. Photographed and logged. His dog {{neg:pet-name|Rangi}} needs food — only half a bag left, told his son.
Son {{PERSON|Grant Baines}} called back from {{PHONE|(09) 827 4415}}, will bring dog food Sunday.
Carer: {{PERSON|Fetu Leaupepe}}`),

  nz("chat", `Facebook Messenger → Harbourside Netball Club
{{PERSON|Kirsty Morland}}: hey is there still room in the Year 7 development squad? my daughter {{PERSON|Isla}} is keen
Club: Hi {{PERSON|Kirsty}}! Yes a couple of spots. Subs are {{neg:amount|$140}} for the winter season, includes the dress. Could you fill the registration link and pop her birthdate in?
{{PERSON|Kirsty Morland}}: done, reg no. came up as {{neg:member-number|HNC-2026-0381}}. can I pay in 2 bits?
Club: Absolutely, {{neg:amount|$70}} now and {{neg:amount|$70}} by {{neg:date|30 May}}. Our treasurer is {{PERSON|Anahera Pohatu}} if you need a receipt — {{EMAIL|treasurer.hnc@example.org.nz}}`),

  nz("email", `From: {{EMAIL|no-reply@example.co.nz}}
To: {{PERSON|Jared Whitcombe}} <{{EMAIL|jwhitcombe@example.net}}>
Subject: Your subscription payment didn't go through

Kia ora {{PERSON|Jared}},

We tried to charge the card ending {{neg:masked-card|•••• 2047}} for order {{neg:order-number|PK-1190557}} ({{neg:amount|$89.00}}, 2 × {{neg:weight|7 kg}} adult dog) but it was declined.

Update your card in the app, or reply with a good time to call. Your dogs {{neg:pet-name|Koru}} and {{neg:pet-name|Tui}} won't miss a meal — we've held the box for three days.

Customer Care · {{PHONE|0800 462 731}}`),

  nz("call", `Transcript (speech-to-text) — care agency intake line — {{neg:date|2 April 2026}}
Agent: You're through to the intake team, my name's {{PERSON|Ngaio}}.
Caller: Hi, I'm ringing about my dad, {{PERSON|Trevor Ashdown}}. He's had a fall and the hospital says he needs help showering. I'm his daughter, {{PERSON|Belinda}}.
Agent: Sorry to hear that. Does he have an NASC referral yet?
Caller: The social worker said it's done, reference {{neg:reference|NASC-88172}}.
Agent: Great. Number for you?
Caller: {{PHONE|Oh two two, double four one, six five oh nine}}.
Agent: And Dad's address?
Caller: {{neg:street|9 Marine Parade}}, Napier.
Agent: Thanks, {{PERSON|Belinda}}, a coordinator will call within two working days.`),

  nz("sms", `Solar install day reminder 📅 Hi {{PERSON|Lorraine}}, your panels go up Tue {{neg:date|24 March}}, crew lead {{PERSON|Wiremu Kereama}} arrives ~{{neg:time|7:30am}}. Please move the car off the drive. Questions: 📞 {{PHONE|03 962 7705}}. Job {{neg:order-number|SJ-20714}}`),

  nz("crm", `CRM export — club membership — {{neg:timestamp|2026-03-18 09:02}}
id;name;email;phone;status;notes
{{neg:member-number|M-10482}};{{PERSON|Liam Tūhoe-Brennan}};{{EMAIL|liam.tb@example.co.nz}};{{PHONE|027 441 8093}};paid;senior men
{{neg:member-number|M-10483}};{{PERSON|Georgia Faleolo}};{{EMAIL|gfaleolo@example.com}};{{PHONE|021 905 2716}};overdue {{neg:amount|$180}};second reminder sent
{{neg:member-number|M-10484}};{{PERSON|Brendon Yee}};;{{PHONE|06 357 2814}};paid;coach U13, police vet done`),

  nz("note", `Finance desk note — {{neg:loan-number|GL-552718}} — {{PERSON|Deborah Lusk}}
Customer moved to NZ from Manchester in 2021; bank wants two years of UK income. She typed her NI number into the notes box: {{UK_NINO|JT 48 21 73 C}}. Told her the bank only needs payslips, but she wants it on file for the pension transfer. Compliance {{neg:name-word|may}} query this — check Mon. Her mobile {{PHONE|020 4117 3865}}, landline {{PHONE|06 877 3041}}.
UK account for the deposit refund: {{IBAN|GB22 BARC 2003 5847 2910 63}}.`),

  nz("email", `From: {{PERSON|Ruth Kaiwai}} <{{EMAIL|ruth.kaiwai@example.co.nz}}>
To: Harbourside Rugby — Youth <{{EMAIL|youth@example.org.nz}}>
Subject: Re: U9 photos consent

Kia ora,
I don't want {{PERSON|Manaia}}'s photo on the club Facebook please. Happy for team photos that stay in the clubhouse.
Also the {{neg:amount|$40}} uniform deposit — I paid on {{neg:date|3 March}}, ref {{neg:reference|U9-2026-07}}.
Ngā mihi, {{PERSON|Ruth}}
{{PHONE|021 733 4082}}

> On {{neg:date|2 Mar 2026}}, Youth Coordinator wrote:
> Please reply if you do NOT consent to photos of your child on our socials.`),

  nz("form", `Care services enquiry — submitted {{neg:timestamp|2026-03-22 21:47:10}}
Your name: {{PERSON|Colin McAlister}}
Relationship to client: nephew
Client name: {{PERSON|Dorothy Hewson}}
Client phone: {{PHONE|07 846 2593}}
Your email: {{EMAIL|colinmc@example.net}}
Client's UK NI number (for her British pension paperwork): {{UK_NINO|WR 37 60 14 D}}
Needs: meals, medication prompts, company. She's in a rest home waitlist but wants to stay home with her cat {{neg:pet-name|Marmalade}}.
Heard about us: GP
Submitted from {{IP_ADDRESS|2001:db8:4a1::17}}`),

  nz("chat", `In-app chat — pet food
User: 🐶 {{neg:pet-name|Nugget}} has gone off the chicken one, can I swap to fish?
Bot: Sure! Which plan? (Your plans: {{neg:order-number|PK-1172936}})
User: that one
Agent {{PERSON|Stacey}}: Hi! Swapped to {{neg:product|Hoki & Pumpkin}} from your next box. Price goes up {{neg:amount|$3.50}}. Card on file {{neg:masked-card|**** 8816}} ok?
User: yes, and my new number is ☎️ {{PHONE|022 318 6054}}`),
]

export const EN_IE = [
  ie("email", `From: {{PERSON|Siobhán Ní Bhriain}} <{{EMAIL|siobhan.nibhriain@example.ie}}>
To: Home Support Office <{{EMAIL|homesupport@example.ie}}>
Cc: {{EMAIL|cathal.obrien@example.ie}}
Subject: Dad's care plan review — Thursday {{neg:date|9 April}}

Hi all,

Just confirming the review for Dad ({{PERSON|Seán Ó Briain}}, client {{neg:customer-number|HSE-CP-20871}}) at the house in {{neg:street|Dr Mannix Road}}, Salthill, {{neg:postcode|H91 X2K4}}. My brother {{PERSON|Cathal}} will dial in from London on {{PHONE|+44 7700 183 452}}.

Dad's HSE home support hours are 14 a week and the top-up we pay privately is {{neg:amount|€240}} a month by direct debit from {{IBAN|IE51 AIBK 9311 5238 4716 50}}.

Thanks,
{{PERSON|Siobhán}}
{{PHONE|087 214 6639}}`),

  ie("call", `[Call transcript — solar grant & finance — auto-generated]
Agent: Good morning, this is {{PERSON|Niamh}}, how can I help?
Caller: Hi, it's about the SEAI {{neg:name-word|grant}} for the panels. You said you'd claim it on our behalf.
Agent: That's right. Can I take your MPRN?
Caller: Ten, three oh five, five eight four, seven one two.
Agent: So {{neg:meter-number|10305584712}}. Thanks. And a contact number?
Caller: {{PHONE|Oh eight six, three oh five, seven seven one two}}.
Agent: Lovely. The grant's {{neg:amount|€1,800}} and it comes off the {{neg:amount|€8,950}} invoice, so the finance is on {{neg:amount|€7,150}}.
Caller: Grand, thanks.`),

  ie("chat", `WhatsApp — St Brigid's GAA underage
{{PERSON|Orla Keane}}: Hi, just to say {{PERSON|Fionn}} can't make training Tuesday, he has a dentist appt at {{neg:time|5.30}}
Coach: No bother {{PERSON|Orla}} 👍 remind him the blitz in Navan is on the {{neg:date|18th April}}, meet at the clubhouse {{neg:time|9am}}
{{PERSON|Orla Keane}}: will do. also the registration fee — I paid {{neg:amount|€85}} but the Foireann app still says unpaid?
Coach: I'll ask the registrar, {{PERSON|Declan Mullarkey}}, he's on 📞 {{PHONE|085 119 4273}} if you want to ring him yourself`),

  ie("sms", `Your PawBox order {{neg:order-number|IE-449102}} is out for delivery today 🐾 {{neg:weight|12 kg}} Grain-Free Turkey for {{neg:pet-name|Bran}}. Driver: {{PHONE|089 471 2265}}. Reply STOP to opt out.`),

  ie("note", `Carer visit log — {{neg:date|23/03/2026}}
Client {{PERSON|Bridie Fahy}}, 91, Ennistymon. Visit {{neg:time|08:00}}–{{neg:time|08:45}}.
{{PERSON|Bridie}} in good form, took her tablets with tea. Fire had gone out overnight, relit. Neighbour (Mr {{PERSON|Hanrahan}}) drops in in the evenings, his number is on the fridge: {{PHONE|065 707 1843}}.
Her late husband's pension from working in Coventry — daughter asked us to find the NI number on the old letters for the UK claim: {{UK_NINO|NP 61 05 38 A}}. Handed letters to daughter, did not copy.
Carer: {{PERSON|Ewelina}}`),

  ie("form", `Membership application — Clontarf Rowing Club (online)
First name: {{PERSON|Rónán}}
Surname: {{PERSON|Gallagher}}
Date of birth: {{neg:date|04/11/1994}}
Email: {{EMAIL|ronan.g@example.ie}}
Phone: {{PHONE|+353 83 440 9126}}
Address: {{neg:street|22 Vernon Avenue}}, Dublin 3, {{neg:postcode|D03 P6W2}}
Membership type: Senior novice ({{neg:amount|€420}}/yr)
Pay by: card — {{CARD|4556 1209 4478 3014}} exp {{neg:card-expiry|08/28}}
Emergency contact: Mam, {{PHONE|01 873 4420}}`),

  ie("email", `From: Accounts <{{EMAIL|accounts@example.ie}}>
To: {{EMAIL|m.delaney@example.com}}
Subject: Heat pump — instalment 3 failed

Dear {{PERSON|Mairéad Delaney}},

Your third instalment of {{neg:amount|€312.40}} under agreement {{neg:contract-number|HP-FIN-77420}} was returned by your bank. The IBAN on the mandate doesn't pass its check digits — we think it was typed as {{neg:iban-checksum|IE64 BOFI 9021 7743 0861 29}} instead of {{IBAN|IE13 BOFI 9021 7743 0861 29}}.

Please confirm the right one and we'll re-present on {{neg:date|1 April 2026}}. No late fee.

Kind regards,
Finance Team
{{PHONE|1800 915 440}}`),

  ie("chat", `Live chat — pet food
Customer: my card got charged twice for the dog food this month
Agent: Sorry about that! Let me look… yes, two charges of {{neg:amount|€47.60}} on {{neg:date|2 March}}, card {{neg:masked-card|xxxx 6639}}. One's a duplicate, refund is on its way, 3–5 days.
Customer: ok. and can you change the name on the account, it's under my ex, {{PERSON|Gavin Coyle}}
Agent: I'll need the account holder to confirm that, or you can open a new one. What's your email?
Customer: 📧 {{EMAIL|aine.m.cooney@example.ie}}
Agent: Thanks {{PERSON|Áine}}. I've sent you the form.`),

  ie("crm", `Youth section — Garda vetting tracker (export)
Name, Role, Team, Phone, Email, Vetting
{{PERSON|Padraig Moloney}}, Coach, U12 boys, {{PHONE|086 902 4418}}, {{EMAIL|pmoloney@example.ie}}, Done {{neg:date|12/01/2026}}
{{PERSON|Aoife Tierney}}, Asst coach, U10 girls, {{PHONE|087 630 1952}}, {{EMAIL|aoifet@example.ie}}, Pending — ref {{neg:reference|NVB-2026-33108}}
{{PERSON|Mick Rafter}}, Kitman, U14, {{PHONE|021 438 6617}}, —, Expired`),

  ie("call", `Speech-to-text — home care intake — {{neg:date|16 March 2026}}
Caller: Hello, I'm looking for someone to call in to my mother in Kilkenny, she's after a stroke.
Agent: I'm sorry to hear that. Can I get your name?
Caller: {{PERSON|Tom Brennan}}. She's {{PERSON|Kathleen Brennan}}. She lives at {{neg:street|5 Patrick Street}}.
Agent: Thanks {{PERSON|Tom}}. Best number?
Caller: {{PHONE|Oh five six, seven seven, double two, nine oh one}}. That's the house. Or my mobile, {{PHONE|oh eight three, six two four, one five nine eight}}.
Agent: Got both. Does she have a medical card?
Caller: She does, and a private health policy too, number {{neg:policy-number|VHI-40917362}}.`),

  ie("sms", `Hi {{PERSON|Ger}}, it's the solar crew. We're running late, traffic on the N7 🚐 ETA {{neg:time|10:40}}. The scaffold is already up. Any problem ring {{PERSON|Shane}} on {{PHONE|087 503 2194}}. Job {{neg:order-number|SOL-IE-3061}}`),

  ie("email", `From: {{PERSON|Liz Moran}} <{{EMAIL|liz.moran@example.ie}}>
To: Membership <{{EMAIL|membership@example.ie}}>
Subject: Family membership & direct debit

Hi,

We moved over from Belfast last summer. Can you set the family membership ({{neg:amount|€590}}) on my UK account for now? {{IBAN|GB60 NWBK 4012 7716 3802 54}}. I know it's not ideal.

Also the form asks for a PPS number for the Sport Ireland grant — my husband only has his UK NI number, {{UK_NINO|SK 92 14 70 B}}, is that ok to put in instead?

PS I can help at the cake stall at the {{neg:name-word|May}} fair.

Thanks,
{{PERSON|Liz}}
{{PHONE|0044 28 9032 4417}}`),

  ie("form", `Solar PV quote request
Name: {{PERSON|Dermot Kinsella}}
Eircode: {{neg:postcode|A92 F3K7}}
Roof: south-east, slate, about 30°
Annual usage: {{neg:capacity|4800 kWh}} (from last ESB bill)
Meter no.: {{neg:meter-number|10018847263}}
Interested in: panels + battery ({{neg:product|GivEnergy 9.5}})
Email: {{EMAIL|dkinsella@example.net}}
Phone: {{PHONE|041 983 6702}}
How did you hear about us: neighbour
User agent / IP logged: {{IP_ADDRESS|198.51.100.212}}`),

  ie("note", `Pet food — account note — {{neg:customer-number|CUS-IE-88301}}
Cust rang re: kibble making her cat {{neg:pet-name|Mrs Doyle}} sick. Advised switch to sensitive. Vet letter emailed from {{EMAIL|reception@vets.example.ie}}. Refunded last box {{neg:amount|€38.99}}. Policy: one courtesy refund per 12 months — flagged {{neg:policy-number|RF-2026-0118}}. Cust callback {{PHONE|0818 224 913}} is her work switchboard, mobile not given.`),

  ie("chat", `Web chat — care agency
Visitor: Hi, do ye do overnight care? My aunt is in Mullingar and the family's stretched
Agent: We do, waking and sleeping nights. Sleeping nights are {{neg:amount|€185}}. Can I take a name and number?
Visitor: {{PERSON|Fiona Whelan}}, 👉 {{PHONE|044 934 8821}}
Agent: Thanks {{PERSON|Fiona}}. And is your aunt on the HSE home support list?
Visitor: she is, since January. Approval ref {{neg:reference|HSS-MH-50214}}. She has a small UK pension too, her national insurance number is {{UK_NINO|HE 28 49 61 A}} if the carer's allowance people need it
Agent: Great, someone from the Midlands office will call you tomorrow morning.`),
]
