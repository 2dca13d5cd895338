// en-GB texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_3 = [
  t("form", `PAYROLL CHANGE – agency staff (contact centre)
Surname: {{PERSON|O'Sullivan}}
Forename(s): {{PERSON|Niamh Bridget}}
NI number: {{UK_NINO|NH 73 40 18 C}}
Bank (IE account, paid in EUR): {{IBAN|IE29 AIBK 9311 5212 3456 78}}
Start date: {{neg:date|04/05/2026}}
Contact: {{PHONE|+353 87 214 6630}}`),
  t("note", `self-employed engineer onboarding – {{PERSON|Kwame Asante-Boateng}}. NI no. {{UK_NINO|WP 20 91 47 B}}. UTR on file. Wants weekly pay. Rang {{PHONE|07932 550 184}} to confirm, he'll email ID to {{EMAIL|onboarding@brightwell.example}}. note: he said his old card {{neg:luhn-invalid|5412 7534 9921 0087}} is still on the expenses system, to be replaced.`),
  t("transcript", `agent: thameside bank, {{PERSON|gareth}} speaking
caller: oh hello, it's about my late husband's account, {{PERSON|Dennis Pike}}
agent: i'm very sorry. could i take your name please
caller: {{PERSON|Maureen Pike}}
agent: thank you mrs {{PERSON|pike}}. do you have the bereavement reference from the letter
caller: it says {{neg:case-number|BRV 00 41 772}}
agent: that's perfect. and the best number to reach you on
caller: it's the landline, {{PHONE|oh one two one, four nine six, oh double-eight two}}, i don't do mobiles
agent: not a problem at all`),
  t("chat", `Tue 19:02  Skyward: Hi, I'm {{PERSON|Bella}}, how can I help?
Tue 19:03  Me: need to add my passport details for the flight on Saturday
Tue 19:03  Skyward: Sure thing. Booking ref and lead passenger?
Tue 19:04  Me: {{neg:booking-ref|HT7QWN}}, {{PERSON|Dominic Ashworth-Price}}
Tue 19:05  Skyward: Thanks {{PERSON|Dominic}}. I'll send a secure form to {{EMAIL|dom.ap@example.com}} – it expires at {{neg:time|23:59}}.
Tue 19:05  Me: grand, cheers`),
  t("email", `Subject: Re: Your energy account {{neg:account-number|BWE-0031-88012}}

Dear Mr {{PERSON|Adeleke}},

Thank you for sending your meter photo. Your closing reading of 18264 has been applied and your final bill is {{neg:amount|£57.31}}, which will be collected by direct debit on {{neg:date|15 July}}.

If you'd like the refund of your credit ({{neg:amount|£12.40}}) paid to a different account, reply with the account holder's name and IBAN.

Regards,
{{PERSON|Yvonne Marsh}}
Brightwell Energy
{{PHONE|0800 088 5520}}`),
  t("email", `Hi,

Refund for my broken phone screen claim should go to this account please:
{{PERSON|Lucy Tremayne}}
{{IBAN|GB95 MIDL 4005 1561 2290 37}}
(not the old Nationwide one, {{neg:iban-checksum|GB34 NAIA 0701 1611 9027 04}} – it's closed)

Claim {{neg:claim-number|CGI-GAD-55172}}. Ring me on {{PHONE|07583 004 216}} if anything's missing.

{{PERSON|Lucy}}`),
  t("summary", `Summary: Outbound retention call.
Spoke to Mr {{PERSON|Ibrahim}} ({{PERSON|Tariq Ibrahim}}), contract ends {{neg:date|31 Aug}}. Offered 100GB for {{neg:amount|£16}}/mo on 24m. He'll think about it; asked us to call back after payday (28th) on {{PHONE|07488 912 305}}, not the landline {{PHONE|020 7946 0341}}.`),
  t("transcript", `[00:00:01] AGENT: Elm Street Dental, {{PERSON|Hollie}} speaking.
[00:00:03] CALLER: Hi, I need an emergency appointment, I've cracked a tooth.
[00:00:07] AGENT: Oh no. Are you registered with us?
[00:00:09] CALLER: Yes, {{PERSON|Connor Blackwood}}, {{neg:date|2 March 1991}}.
[00:00:15] AGENT: Got you. I can squeeze you in at {{neg:time|12.15}} today with Dr {{PERSON|Mensah}}.
[00:00:19] CALLER: Brilliant.
[00:00:20] AGENT: Is your mobile still {{PHONE|oh seven seven one two, three four oh, nine nine one}}?
[00:00:26] CALLER: Yep.`),
  t("note", `Vulnerable cust flag added. Mrs {{PERSON|Evelyn Tarrant}}, 91, lives alone. PSR registered. Nephew {{PERSON|Graham Tarrant}} is POA, {{PHONE|07831 667 209}}, {{EMAIL|g.tarrant@example.net}}. No disconnection under any circumstances. Next reading due {{neg:date|12/01}}.`),
  t("form", `First name: {{PERSON|Zainab}}
Last name: {{PERSON|Chaudhry}}
Phone: {{PHONE|0161-496-0553}}
Alt: {{PHONE|(+44) 7724 881 093}}
Card: {{CARD|5500 0055 5555 5559}}
Expiry: {{neg:card-expiry|03/30}}
Postcode: {{neg:postcode|M14 5RG}}
Agent notes: wants to {{neg:name-word|mark}} account as paperless`),
  t("chat", `[08:12] customer: Morning, is there a problem in Leeds? No signal at all since 6
[08:13] {{PERSON|Jas}} (Harbourtel): Morning! Yes, there's a mast fault affecting {{neg:postcode|LS11 5DD}} and around. Engineers on site, fix expected by {{neg:time|13:00}}.
[08:13] customer: great. can you credit me, I work from home
[08:14] {{PERSON|Jas}} (Harbourtel): I can add {{neg:amount|£5}} credit. Which number is it for?
[08:15] customer: {{PHONE|07533 219 640}}, account name {{PERSON|Fiona Gallacher}}`),
  t("summary", `Caller {{PERSON|Ravi Subramaniam}} rang about a card declined abroad (Dubai, {{neg:date|20 Nov}}). Fraud block lifted after ID&V. Travel notice added until {{neg:date|4 Dec}}. He asked for the NI number we hold to be checked: NI no. on file {{UK_NINO|CE 40 73 22 A}}, matches. Mobile {{PHONE|+44 7940 226 517}}.`),
  t("email", `From: {{PERSON|Hamish Dunbar}} <{{EMAIL|hamish.dunbar@example.com}}>
Subject: IP address for remote support

Hi,

As requested the static IP the office router shows is {{IP_ADDRESS|198.51.100.142}} and the internal one for the NAS is {{IP_ADDRESS|10.0.4.20}}. Your colleague {{PERSON|Shauna}} said she'd whitelist it.

Thanks,
{{PERSON|Hamish}}
Glenmore Joinery
{{PHONE|01463 712 904}}`),
]
