// en-AU texts: written one by one (home loans, NBN installs, baggage, hotel loyalty, novated leasing, health fund
// claims, student accounts, pharmacy, removalists, roaming, energy switching, returns, gym freezes, bike share).
import { mk } from "./markup.ts"

const t = mk("en-AU")

export const EN_AU = [
  t("chat", `Banksia Home Loans chat
[3:40 pm] You: can I get an offset account on my existing loan?
[3:41 pm] {{PERSON|Ruby}} (Lending): G'day! Yes, on our variable product. I'll get a lender to call. Best number?
[3:41 pm] You: {{PHONE|0412 338 902}}
[3:42 pm] {{PERSON|Ruby}} (Lending): Done, loan {{neg:loan-number|BHL-0098217}}. They'll ring tomorrow before {{neg:time|11am}}.`),
  t("note", `NBN install: Swiftlink Broadband tech {{PERSON|Manu Tupou}} couldn't access pit at 14 Banksia Cres, Toowoomba {{neg:postcode|4350}}. Cust {{PERSON|Kylie Hargreaves}} to get neighbour's consent. Rebook once confirmed. Cust mob {{PHONE|0438 991 204}}, landline {{PHONE|(07) 4638 1177}}.`),
  t("email", `From: {{EMAIL|baggage@southerncrossair.example}}
To: {{PERSON|Thi Ha Pham}} <{{EMAIL|thiha.pham@example.com}}>
Subject: Your delayed baggage {{neg:reference|MELSX11842}}

Dear Ms {{PERSON|Pham}},

Your bag has been located in Singapore and will arrive in Melbourne tomorrow on SX 218. Our courier will deliver to your Brunswick address. If no one is home, call {{PHONE|1300 724 118}}.

Regards,
{{PERSON|Sebastian Kowal}}
Baggage Services`),
  t("transcript", `AGENT: Coral Stays Rewards, {{PERSON|Lachlan}} speaking.
CALLER: Hi, I've been charged for a room I cancelled in Cairns.
AGENT: Sorry to hear. Your name please?
CALLER: {{PERSON|Yuki Tanabe}}.
AGENT: And a contact number?
CALLER: {{PHONE|oh four two one, five five nine, three oh seven}}
AGENT: That's {{PHONE|oh four two one, five five nine, three oh seven}}. I'll refund the {{neg:amount|$289}} now.`),
  t("ticket", `Leaseway Novated Leasing — Salary packaging change
Employee: {{PERSON|Nguyen, Van Long}}
Employer: Sunraysia Health
Vehicle: Tesla Model 3, rego {{neg:plate|1XY 2AB}}
Pre-tax deduction: {{neg:amount|$612.30}} per fortnight
Contact: {{EMAIL|vlnguyen@example.net}} / {{PHONE|+61 3 9021 4477}}`),
  t("sms", `Medbank Health: Claim {{neg:claim-number|MB-7730412}} paid {{neg:amount|$84.60}} for dental. Queries {{PHONE|13 20 44}}. {{PERSON|Aroha}}, please update your email at medbank.example.`),
  t("note", `Eastgate Uni student fees: intl student {{PERSON|Wei Zhang}} paid via bank transfer from China, short {{neg:amount|$212}} due to fees. Can pay balance by card. Mum {{PERSON|Li Na}} called from {{PHONE|+86 139 1022 8841}}.`),
  t("chat", `Sendmeds Pharmacy
Customer: my script says 3 repeats but your site says 0
{{PERSON|Bronwyn}} – Sendmeds: Let me check with the pharmacist. Could you email a photo of the script to {{EMAIL|scripts@sendmeds.example}}?
Customer: done. also my partner {{PERSON|Jarrah}} will pick up, he's on {{PHONE|0400 118 225}}`),
  t("transcript", `[00:00:01] AGENT: Big Red Removals, {{PERSON|Shane}} here.
[00:00:03] CALLER: Hi, {{PERSON|Priya Nair}}, booking for the 20th, Perth to Fremantle.
[00:00:08] AGENT: Yep, 3 blokes and a truck. I'll take the deposit, card number when ready.
[00:00:12] CALLER: It's {{CARD|4024 0071 2298 5673}}.
[00:00:20] AGENT: Declined, sorry. Is that right? I've got {{neg:luhn-invalid|4024 0071 2298 5674}}.
[00:00:24] CALLER: No, seven three at the end.`),
  t("ticket", `Glowline Energy Switch — web form
Name: {{PERSON|Catriona Mellish}}
NMI: {{neg:nmi|6102 8834 91}}
Supply address: 7 Wattle St, Ballarat VIC {{neg:postcode|3350}}
Phone: {{PHONE|(03) 5331 2846}}
Email: {{EMAIL|cmellish@example.org}}
Submitted from {{IP_ADDRESS|203.0.113.201}}`),
  t("sms", `PedalPort: Your bike hire ended. Charge {{neg:amount|$6.20}}. Bike left outside zone? Call {{PHONE|1800 802 443}}. Ride {{neg:reference|PP-884102}}`),
  t("email", `Subject: Freeze my membership please

Hi team,

I'm heading overseas for 8 weeks from {{neg:date|14 January}}. Please freeze my Anytime Ironbark Gym membership. Member no. {{neg:member-number|IBG 0044183}}.

My number while away: {{PHONE|+64 21 448 9920}} (NZ).

Cheers,
{{PERSON|Tahlia Roberts}}`),
]
