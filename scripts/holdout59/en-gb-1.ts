// en-GB texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_1 = [
  t("chat", `[14:02] {{PERSON|Siobhan}}: hiya, my parcel says delivered but there's nothing here
[14:03] ParcelPoint | {{PERSON|Ade}}: Hi {{PERSON|Siobhan}}, sorry about that. Could you pop the tracking number in?
[14:03] {{PERSON|Siobhan}}: {{neg:tracking-number|PP 7740 2213 9981}}
[14:05] ParcelPoint | {{PERSON|Ade}}: Thanks. The photo shows it left in a green bin at {{neg:time|11:47}}. Is that yours? Postcode {{neg:postcode|LS6 2QD}}?
[14:06] {{PERSON|Siobhan}}: omg yes it's in the bin 😂 cheers`),
  t("chat", `Harbourtel Live Chat — {{neg:date|12 March 2026}}
You (13:15): Hi I want my PAC code, I'm leaving
{{PERSON|Gemma}} (13:16): Hi there, sorry to hear that. Can I take the mobile number and the account holder's name?
You (13:16): {{PHONE|07912 482 630}}, {{PERSON|Callum Fraser-Hynd}}
{{PERSON|Gemma}} (13:17): Thanks {{PERSON|Callum}}. Before I do, I can offer {{neg:amount|£12}} a month off for 12 months?
You (13:17): no ta
{{PERSON|Gemma}} (13:18): No problem, your PAC is {{neg:ticket-number|HRB 448 217}}, valid for 30 days.`),
  t("note", `rang cust mrs {{PERSON|patel}} re smart meter install, booked Thu 19th am slot. she asked for engineer to ring 30 mins before on {{PHONE|07700 188 452}}. dog in garden!! acct {{neg:account-number|BWE-0044-71928}}`),
  t("note", `NI no. check for direct debit mandate – cust {{PERSON|Owen Pritchard}} gave NI number {{neg:nino-invalid|QQ 12 34 56 C}} (test value, rejected) then correct NI number {{UK_NINO|JR 48 22 71 B}}. DD set up on sort code {{neg:sort-code|20-45-77}}, first collection {{neg:date|1 April}}, {{neg:amount|£86.50}}.`),
  t("email", `Subject: Complaint – estimated bills

Dear Sir or Madam,

For the past four months my bills from Brightwell Energy have been estimated even though I submit readings every month. The latest bill is {{neg:amount|£412.18}}, which is double what I normally pay. My account number is {{neg:account-number|BWE-0019-33520}} and the meter serial is {{neg:meter-number|E11Z 042291}}.

I would be grateful if somebody could call me on {{PHONE|0113 496 0731}} (home) or {{PHONE|+44 7911 205 338}}.

Yours faithfully,
{{PERSON|Margaret Ellison}}`),
  t("email", `Hi {{PERSON|Dev}},

Thanks for your time on the phone earlier. As promised, here's a summary of the claim:

Policy: {{neg:policy-number|CGI/MTR/0082194}}
Incident: {{neg:date|3 Feb}}, car park at Sainsbury's, Bristol {{neg:postcode|BS3 4AQ}}
Third party: Mr {{PERSON|K. Oyelaran}}, {{PHONE|0117 496 0825}}

You'll receive the repair authorisation by email within 48 hours. Please be {{neg:name-word|frank}} with the garage about the earlier scratch – it's not covered.

Kind regards,
{{PERSON|Harriet Cole}}
Claims Handler, Castlegate Insurance
T: {{PHONE|0345 601 2237}} | E: {{EMAIL|harriet.cole@castlegate.example}}`),
  t("transcript", `AGENT: Good morning, Thameside Bank card services, you're through to {{PERSON|Imran}}.
CALLER: Hi, I think my card's been cloned, there's a payment in Spain I didn't make.
AGENT: Okay, let's get that sorted. Can I take your full name?
CALLER: {{PERSON|Beatrice Okwuosa}}.
AGENT: And the long number on the front of the card?
CALLER: Four nine two nine... sorry, I'll just read it: {{CARD|4929 1802 7765 4414}}.
AGENT: Thank you. And a contact number?
CALLER: {{PHONE|oh seven nine double-two, four two three, five five eight}}.
AGENT: Lovely. I've cancelled the card and raised a dispute for {{neg:amount|€340}}.`),
  t("transcript", `[00:00:02] agent: elm street dental, {{PERSON|charlotte}} speaking
[00:00:05] caller: hi it's {{PERSON|jack whitmore}}, i've got an appointment on tuesday but i need to move it
[00:00:11] agent: no problem {{PERSON|jack}}, can you confirm your date of birth
[00:00:14] caller: fourth of june ninety two
[00:00:20] agent: lovely. i can do thursday {{neg:time|16:40}} with mr {{PERSON|dhillon}}
[00:00:25] caller: perfect. oh and my number changed, it's now {{PHONE|oh seven seven double-oh, one nine four, double-two six}}`),
  t("summary", `Call summary ({{neg:date|14/05/2026}}, {{neg:time|09:12}})
Customer: {{PERSON|Aled Prosser}}
Reason: broadband outage since weekend, router {{neg:version|v4.1.3}} firmware
Checks: router WAN {{IP_ADDRESS|203.0.113.214}}, LAN {{IP_ADDRESS|192.168.1.1}}; line test passed; IPv6 {{IP_ADDRESS|2001:db8:1f00:ab::2}} assigned
Outcome: engineer visit booked {{neg:date|16 May}}, 8–1
Contact: {{PHONE|07912 664 071}}`),
  t("summary", `Outcome of call with Miss {{PERSON|Florence Adjei}}: {{PERSON|Florence}} is moving to Glasgow {{neg:postcode|G12 8QQ}} and wants her broadband moved. New line can be live {{neg:date|2 June}}. No early-termination fee. Her sister {{PERSON|Abena}} will be there to let the engineer in, {{PHONE|07723 410 985}}. Case {{neg:case-number|HT-2026-00417}}.`),
  t("form", `Name: {{PERSON|Rhodri Llewellyn}}
Address: 14 Heol y Deri, Cardiff {{neg:postcode|CF14 6HF}}
Tel: {{PHONE|029 2018 0447}}
Mob: {{PHONE|07956 318 220}}
Email: {{EMAIL|rhodri.llewellyn@example.org}}
NI No.: {{UK_NINO|SN 60 14 93 A}}
Bank: sort code {{neg:sort-code|30-96-26}}, IBAN {{IBAN|GB10 LOYD 3096 2614 2277 81}}`),
  t("form", `customer={{PERSON|Hughes, Teresa}} | mobile={{PHONE|+44 7700 182 904}} | email={{EMAIL|tess.hughes@example.com}} | order={{neg:order-number|HT-77120-B}} | handset=Pixel 9 | imei={{neg:imei|35 291611 041822 7}} | agent_id=CC-208`),
  t("chat", `Customer: is anyone there
Customer: hello??
{{PERSON|Rory}} @ Skyward: Hi, sorry for the wait! How can I help?
Customer: my flight BA-ish thing {{neg:flight-number|SK 904}} on the 9th was moved to 6am, can I get on a later one
{{PERSON|Rory}} @ Skyward: Let me check. Booking ref please?
Customer: {{neg:booking-ref|XR4LM2}}, surname {{PERSON|Ní Bhriain}}
{{PERSON|Rory}} @ Skyward: Thanks Ms {{PERSON|Ní Bhriain}}. I can move you to {{neg:time|14:35}} at no cost, shall I?`),
]
