// en-GB texts, part 4: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_4 = [
  t("transcript", `agent: castlegate insurance, {{PERSON|owen}} speaking
caller: hiya, it's about my renewal, my name's {{PERSON|Bethan Griffiths}}
agent: thanks {{PERSON|bethan}}, could I take your postcode
caller: {{neg:postcode|SA1 5DT}}
agent: and a phone number
caller: {{PHONE|oh seven nine four one, triple two, six oh eight}}
agent: lovely, and for security your NI number, just the letters and first two digits
caller: the whole thing's {{UK_NINO|PR 73 51 20 B}}
agent: that's fine, I only needed part of it but that's noted`),
  t("chat", `[19:44] Harbourtel: You're chatting with {{PERSON|Kieran}}.
[19:44] Customer: evening. my bill's {{neg:amount|£74.20}} this month, normally it's {{neg:amount|£28}}
[19:45] {{PERSON|Kieran}}: I'll check. Can you confirm the number?
[19:45] Customer: {{PHONE|+447825019446}}
[19:46] {{PERSON|Kieran}}: Thanks. There's {{neg:amount|£46}} of premium-rate texts to a quiz line on {{neg:date|2 Feb}}. Did you sign up to anything?
[19:47] Customer: no!! that must be my son {{PERSON|Alfie}}
[19:48] {{PERSON|Kieran}}: I'll bar premium services and refund it as a one-off. Ref {{neg:case-number|HT-2026-01188}}.`),
  t("email", `Dear Elm Street Dental,

I'd like to register my two children, {{PERSON|Poppy}} ({{neg:date|4/06/2017}}) and {{PERSON|Reuben Lacey}} ({{neg:date|19/01/2020}}). Our previous dentist was Dr {{PERSON|Ahmed}} in Sheffield.

Best number is {{PHONE|0114 496 0538}} or my mobile {{PHONE|07768 320 117}}.

With thanks,
{{PERSON|Naomi Lacey}}`),
  t("note", `Card services – cust {{PERSON|Derek Ogunleye}} read out card no. {{CARD|4462 0311 9087 6621}} to confirm which card to cancel; told him he only needed last 4 ({{neg:masked-card|**** 6621}}). Cancelled, replacement to {{neg:postcode|NW6 7QB}}. Sort code {{neg:sort-code|40-11-62}} unchanged. Mob {{PHONE|07701 459 820}}.`),
  t("summary", `Caller: Mr {{PERSON|Jeremy Fairbairn}}
Issue: train-strike refund for flight connection missed, booking {{neg:booking-ref|SK9F3L}}, {{neg:date|7 Sept}}
Outcome: rebooked on {{neg:flight-number|SK 1177}}, {{neg:time|07:05}} next day; hotel voucher {{neg:amount|£120}}
Callback: on {{PHONE|+44 (0)20 7946 0622}} if schedule changes. Wife {{PERSON|Clare}} travelling too.`),
]
