// en-GB texts, part 1: written one by one (home insurance, building society mortgages, broadband billing, grocery, TV).
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_1 = [
  t("transcript", `AGENT: Ashgrove Home Insurance claims, you're speaking to {{PERSON|Bethan}}. Can I take your policy number?
CALLER: It's {{neg:policy-number|AHI-00472291}}. We've had a leak from the flat upstairs, the ceiling's come down in the bathroom.
AGENT: Oh no, I'm sorry. And you are?
CALLER: {{PERSON|Graham Pilkington}}.
AGENT: Thank you Mr {{PERSON|Pilkington}}. Is the neighbour's name known to you? We may need to contact their insurer.
CALLER: {{PERSON|Ifeoma Chukwu}}, flat 3. I haven't got her number.
AGENT: That's fine. Best number for our surveyor?
CALLER: {{PHONE|07912 448 301}}.`),
  t("note", `Escape of water claim {{neg:claim-number|AHC 2611 0843}}. PH Mrs {{PERSON|Sunita Rao}} - drying company booked {{neg:date|9 Dec}}, {{neg:time|8am}}-{{neg:time|12pm}}. Excess {{neg:amount|£350}}. Alt accomm not needed, staying w/ sister {{PERSON|Kavita}} in Leicester {{neg:postcode|LE2 1TQ}}. Contact there {{PHONE|0116 270 4489}}.`),
  t("email", `Subject: Storm damage – fence and shed roof

Dear Ashgrove,

Following Storm Darragh on {{neg:date|7 December}} our rear fence panels and the shed roof were blown off. Photos attached. Our policy number is {{neg:policy-number|AHI-00518834}}.

Please call me on {{PHONE|01392 457 118}} (home) or {{PHONE|07459 221 086}}.

Kind regards,
{{PERSON|Alistair McGregor}}
14 Fore Street, Topsham, Exeter {{neg:postcode|EX3 0HQ}}`),
  t("chat", `Cobbleford Building Society – Mortgage Help
[11:05] You: Hi, I'm coming to the end of my fixed rate in {{neg:name-word|May}} and want to see product transfer options
[11:06] {{PERSON|Ellie}} (Mortgages): Hello! I can help. Could I take your full name and mortgage account number please?
[11:06] You: {{PERSON|Oliver Brennan-Shaw}}, {{neg:account-number|40077193-02}}
[11:08] {{PERSON|Ellie}} (Mortgages): Thanks {{PERSON|Oliver}}. Your current rate ends {{neg:date|31 May 2027}}, balance {{neg:amount|£184,220}}. I'll ask an adviser to ring you. Best number?
[11:08] You: {{PHONE|+44 7723 118 904}}, after 5 please`),
  t("ticket", `MORTGAGE SERVICING — CHANGE OF DETAILS
Account: {{neg:account-number|CB30918844-01}}
Borrower 1: {{PERSON|HASSAN, Yusuf}}
Borrower 2: {{PERSON|HASSAN, Leila}}
New correspondence address: 9 Canal Wharf, Leeds {{neg:postcode|LS11 5PS}}
Tel: {{PHONE|0113 243 8870}}
Email: {{EMAIL|yhassan@mailbox.example}}
Direct debit from: sort code {{neg:sort-code|40-11-62}}, acct ending 5521
NI No: {{UK_NINO|JG 10 33 72 C}}`),
  t("note", `Cobbleford - arrears call. Mr {{PERSON|D. Whitlock}} 2 months behind (job loss). Agreed temp arrangement {{neg:amount|£420}}/mth for 3 mths from {{neg:date|1 January}}. I&E completed. Referred to StepChange. Wife {{PERSON|Marion}} also on mortgage, aware. Tel {{PHONE|01733 562 190}}.`),
  t("email", `From: {{PERSON|Priya Chaudhry}} <{{EMAIL|priya.chaudhry@inbox.example}}>
To: {{EMAIL|redemptions@cobbleford.example}}
Subject: Redemption statement please

Hi,

We're completing on the sale of 22 Ashby Road on {{neg:date|19 December}}. Please send a redemption statement to our solicitor, {{PERSON|Frank Osei}} at Harrow & {{neg:name-word|Grace}} LLP.

Mortgage account {{neg:account-number|CB20774401-01}}, my NI number {{UK_NINO|PR 48 19 06 A}} in case you need it.

Thanks,
{{PERSON|Priya}}
{{PHONE|020 8427 3391}}`),
  t("chat", `Linkline Broadband – Billing
Visitor: my direct debit went out twice!!
Linkline Bot: I'm sorry to hear that. Let me get a person.
{{PERSON|Kieran}} @ Linkline: Hiya, {{PERSON|Kieran}} here. Can you confirm the account holder and postcode?
Visitor: {{PERSON|Shauna Doherty}}, {{neg:postcode|BT7 1NN}}
{{PERSON|Kieran}} @ Linkline: Thanks {{PERSON|Shauna}}. I can see {{neg:amount|£38.50}} taken on {{neg:date|1 Dec}} and again on {{neg:date|2 Dec}}. I've refunded the second one, ref {{neg:reference|LLR-228104}}. 3-5 working days.
Visitor: ta`),
  t("sms", `Linkline: Hi {{PERSON|Wojciech}}, your new bill is {{neg:amount|£41.99}}, due {{neg:date|14/12}}. View it at linkline.example/bill. Queries: {{PHONE|0330 088 1276}}`),
  t("transcript", `agent: linkline you're through to {{PERSON|callum}}
caller: hiya yeah its about my bill its gone up to like sixty quid
agent: right can i take the phone number on the account
caller: {{PHONE|oh one one four, two seven three, eight eight two oh}}
agent: {{PHONE|0114 273 8820}} and whos the account holder
caller: me {{PERSON|shaun}} {{PERSON|shaun maguire}}
agent: lovely {{PERSON|shaun}} so your discount ended on the {{neg:date|4th of november}} thats why`),
  t("ticket", `Complaint — Billing
Ref: {{neg:ticket-number|LL-CMP-77120}}
Customer: {{PERSON|Babatunde Afolabi}}
Contact: {{PHONE|07380 662 415}} / {{EMAIL|tunde.afolabi@post.example}}
Summary: charged early termination {{neg:amount|£145}} after moving to an address Linkline can't serve ({{neg:postcode|SE15 4QN}}).
Router MAC noted, last WAN IP {{IP_ADDRESS|203.0.113.201}}.`),
  t("note", `Basketful grocery - missing items x4 on order {{neg:order-number|BF-61902288}}. Cust {{PERSON|Rhiannon Pryce-Jones}} credited {{neg:amount|£12.70}}. Driver {{PERSON|Tomasz}} said substitution sheet was in bag. She wants future subs rejected. Ph {{PHONE|029 2034 5561}}.`),
  t("email", `Subject: Re: Your Basketful delivery slot

Hi there,

Could the driver please ring the flat buzzer and then call my mobile {{PHONE|07845 993 120}}? The buzzer for 6B doesn't always work. My neighbour Mrs {{PERSON|Philippa Gaunt}} can take it in if I'm out.

Thanks,
{{PERSON|Desmond Achterberg}}

> Your delivery is booked for Saturday {{neg:date|13 December}}, {{neg:time|10am}}–{{neg:time|11am}}. Order total {{neg:amount|£86.42}}.`),
  t("chat", `VistaBox TV
(19:02) VistaBox – {{PERSON|Anika}}: Hi, how can I help?
(19:02) {{PERSON|marcus}}: want to downgrade, dont watch the sports pack anymore
(19:03) VistaBox – {{PERSON|Anika}}: No problem {{PERSON|Marcus}}. Can I check the account holder's name and first line of address?
(19:04) {{PERSON|marcus}}: {{PERSON|Marcus Ellington}}, 17 {{neg:name-word|Hope}} Street
(19:05) VistaBox – {{PERSON|Anika}}: Done. From your next bill on {{neg:date|3 January}} you'll pay {{neg:amount|£29}} instead of {{neg:amount|£54}}.`),
  t("sms", `VistaBox: Your engineer {{PERSON|Darren}} will arrive between {{neg:time|1pm}} and {{neg:time|6pm}} on Tue {{neg:date|9 Dec}}. To rearrange call {{PHONE|0345 601 2289}}. Booking {{neg:booking-ref|VB-7780214}}.`),
]
