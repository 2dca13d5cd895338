// en-GB texts, part 3: written one by one (payroll, fraud notes, forms and call-back requests).
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_3 = [
  t("ticket", `CALLBACK REQUEST — Cobbleford Building Society
Requested: {{neg:date|05/12/2026}} {{neg:time|17:48}}
Number: {{PHONE|0044 7391 552 048}}
Alt: {{PHONE|01273 604 119}}
Topic: overpayment on mortgage {{neg:account-number|CB40118823-01}}
Notes: customer abroad until {{neg:date|12 Dec}}, UK mobile may be off`),
  t("email", `Subject: Refund of overpaid energy credit

Hi Heronsgate,

I've moved out of 4 Mill Lane ({{neg:postcode|GL5 3RT}}) and my final bill shows {{neg:amount|£212.48}} in credit. Please refund it to:

Account name: Mr {{PERSON|A Nowicki}}
Sort code: {{neg:sort-code|60-83-71}}
IBAN: {{IBAN|GB10 NWBK 6017 2248 8133 07}}

The final meter reading was 0447 18 on {{neg:date|2 December}}. My new number is {{PHONE|07852 114 906}}.

{{EMAIL|a.nowicki@mailbox.example}}`),
  t("note", `Linkline fraud - cust reports unknown login to account. Portal IPs {{IP_ADDRESS|203.0.113.44}} (not cust) and {{IP_ADDRESS|192.168.0.12}} (home router). Password reset sent to {{EMAIL|hollyoakes.fam@post.example}}. Card on acct {{neg:masked-card|XXXX-XXXX-XXXX-2290}} - advised to call bank. Callback {{PHONE|0121 496 3380}}.`),
  t("ticket", `PAYROLL AMENDMENT — Swift Rescue call centre
Employee no: {{neg:customer-number|SR-EMP-04417}}
NI number: {{UK_NINO|WK 72 04 18 B}}
Old bank: sort code {{neg:sort-code|20-45-77}}
New IBAN: {{IBAN|GB54 BARC 2032 5344 1877 02}}
(first form said {{neg:iban-checksum|GB65 BARC 2032 5344 1877 02}}, rejected by system)
Contact: {{PHONE|+44 7402 918 335}}`),
  t("sms", `Northway Trains: We've refunded {{neg:amount|£23.60}} to your card ending 4471 for ticket {{neg:reference|NWT-90221487}}. Questions? {{PHONE|0800 200 6060}} or {{EMAIL|help@northwaytrains.example}}`),
  t("transcript", `AGENT: Thornbury Hotels central billing, {{PERSON|Marcus}} speaking.
CALLER: Hi, I need a VAT invoice for my stay in Bristol, it's for work.
AGENT: No problem. Where shall I send it?
CALLER: {{EMAIL|accounts-payable@greysteel-eng.example}}. And the card was the company Amex, {{CARD|3412 556789 01230}}.
AGENT: Got it. And your national insurance number isn't needed for that, just a contact number.
CALLER: Ha, OK. {{PHONE|0117 496 0772}}.`),
  t("note", `Benefits letter for Heronsgate WHD rebate: cust {{PERSON|Lorraine Bexley}} read out NI no. {{UK_NINO|NE 41 66 20 C}}, DWP letter dated {{neg:date|14 Oct}}. Rebate {{neg:amount|£150}} to be credited to acct {{neg:account-number|HG 9012 4471}}. Text confirmation to {{PHONE|07523 608 417}}.`),
]
