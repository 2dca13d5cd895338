// en-AU texts: written one by one (windscreen claims, health-fund pre-approval, water leaks, parking permits,
// stadium box office, marketplace buyer protection, e-learning, card disputes, pharmacy scripts).
import { mk } from "./markup.ts"

const t = mk("en-AU")

export const EN_AU = [
  t("chat", `GlassRight Windscreens – chat
[7:58 am] You: hey mate, got a crack right across the windscreen from a truck on the Bruce Hwy
[7:59 am] {{PERSON|Brodie}} | GlassRight: No worries, we'll sort it. Who's your insurer?
[7:59 am] You: Wattle Motor Insurance, policy {{neg:policy-number|WMI-774102-C}}
[8:00 am] {{PERSON|Brodie}} | GlassRight: Beauty. Mobile fitter can come to your work tomorrow. Best number?
[8:00 am] You: {{PHONE|0412 384 907}}
[8:01 am] {{PERSON|Brodie}} | GlassRight: Booked for {{neg:time|9:30}}. Excess {{neg:amount|$100}} payable on the day.`),
  t("transcript", `AGENT: Wattle Health pre-approvals, {{PERSON|Kylie}} speaking.
CALLER: G'day, I need to check if my hip replacement is covered, I'm booked in at St Vincent's in February.
AGENT: Sure. Member number?
CALLER: {{neg:member-number|WH 4419 2207}}.
AGENT: And your full name?
CALLER: {{PERSON|Nikolaos Papadopoulos}}.
AGENT: Thanks {{PERSON|Nikolaos}}. You're on Gold hospital, so it's covered after your {{neg:amount|$500}} excess. Surgeon's rooms can call us on {{PHONE|1300 651 447}}.`),
  t("email", `Subject: Water leak – 14 Banksia Cres

Hi Coliban Waters,

There's water bubbling out of the nature strip near my meter since Sunday. Meter number {{neg:meter-number|CW 09 118 432}}, postcode {{neg:postcode|3550}}. Could someone come out before the weekend? My mobile is {{PHONE|0437 229 815}}, or the house {{PHONE|(03) 5443 7721}}.

Cheers,
{{PERSON|Tran Thi Mai}}`),
  t("sms", `Coliban Waters: Crew arriving at your property within 2 hrs for the leak ref {{neg:reference|LK 55012}}. Ph {{PHONE|1800 203 118}} if you won't be home.`),
  t("ticket", `City of Moreton Bay – Residential Parking Permit application
Applicant: {{PERSON|Aroha Ngata}}
Address: 7/21 Redcliffe Pde, {{neg:postcode|4020}}
Vehicle: {{neg:plate|QLD 412 XKM}}
Contact: {{PHONE|+61 7 3221 8845}}
Email: {{EMAIL|aroha.ngata@example.com.au.example.net}}
Fee: {{neg:amount|$68.00}}
Submitted from IP: {{IP_ADDRESS|2001:db8:cafe::4d}}`),
  t("note", `Box office (Gabba East Stand) – {{PERSON|Jarrah Wilson}} called re 4 tix for the {{neg:date|26 Dec}} match, printed wrong seats. Reissued, booking {{neg:booking-ref|GES-9921-04}}. Mob {{PHONE|0408 117 362}}. {{neg:name-word|Will}} collect at window.`),
  t("chat", `Bazaarly Buyer Protection
guest: seller sent me a brick instead of a PS5 😡😡
{{PERSON|Tahnee}} (Bazaarly): Oh no, I'm really sorry! Order number please?
guest: {{neg:order-number|BZ-AU-2290441}}
{{PERSON|Tahnee}} (Bazaarly): Thanks. I've frozen the seller's payout and opened a claim. Refund of {{neg:amount|$749}} within 3 business days.
guest: legend thank you`),
  t("transcript", `speaker 1: southern cross card services disputes this is {{PERSON|mitchell}}
speaker 2: yeah hi i got charged twice at a servo in dubbo
speaker 1: okay whats the card number
speaker 2: {{CARD|five two zero zero, eight two one one, nine four six seven, seven three one two}}
speaker 1: thanks and your name
speaker 2: {{PERSON|sharon mcnamara}}
speaker 1: right {{PERSON|sharon}} i can see both charges of eighty four dollars ill raise a dispute for one of them`),
  t("note", `E-learning support (Learnova AU) – TAFE student {{PERSON|Lachlan Nguyen-Smith}} can't open video lessons, gets error {{neg:reference|E4012}}. App {{neg:version|5.13.0}}, outdated. Asked to update. Callback {{PHONE|(02) 9374 2816}}. Email {{EMAIL|lachie.ns@example.edu.au.example.org}}.`),
  t("sms", `Voicemail 0:31 from {{PHONE|0422 901 563}}: "hi its {{PERSON|bronwyn}} from wattle health just following up the pre approval for your knee, give us a bell on {{PHONE|oh four two two, nine oh one, five six three}} ta"`),
  t("ticket", `Bluegum Pharmacy Benefits – PBS safety net query
Member: {{PERSON|Singh, Gurpreet}}
Medicare no: {{neg:reference|2123 45670 1}}
Concession: no
Scripts this year: 41
Phone: {{PHONE|0433 802 571}}
Email: {{EMAIL|gurpreet.singh@example.net}}
Notes: thinks he should be on safety net from {{neg:date|14/11/2026}}`),
  t("email", `From: {{PERSON|Imogen Tait}} <{{EMAIL|imogen@tait-family.example.com}}>
Subject: Re: Parking infringement {{neg:reference|PIN 880 412 77}}

Hi,

As discussed with {{PERSON|Raj}} on the phone, my permit was valid. I've attached a photo. Please cancel the {{neg:amount|$124}} fine.

Regards,
{{PERSON|Imogen}}
{{PHONE|0401 662 348}}`),
]
