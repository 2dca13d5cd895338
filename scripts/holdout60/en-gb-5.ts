// en-GB texts, part 5: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_5 = [
  t("sms", `Voicemail from {{PHONE|020 7946 0381}}, 0:35: "Hi, this is {{PERSON|Nadia}} from St Aldhelm's outpatients, calling for Mr {{PERSON|Brooke}}... {{PERSON|Alistair Brooke}}, about your scan on the {{neg:date|9th of June}}. Please ring us back, thanks, bye."`),
  t("chat", `[Mon 18:22] {{PERSON|kirsty}}: hiya my takeaway is missing the chips AND the drinks
[Mon 18:23] MunchMate Help: Sorry {{PERSON|Kirsty}}! I've refunded {{neg:amount|£6.40}}. Anything else?
[Mon 18:23] {{PERSON|kirsty}}: no ta`),
  t("transcript", `AGENT: Thanks for holding, you're through to Crestline Motor Claims, it's {{PERSON|Pete}}.
CALLER: Hi {{PERSON|Pete}}. My son {{PERSON|Jake}} had a prang in my car. I'm the policyholder, {{PERSON|Sandra Okwu}}.
AGENT: Is {{PERSON|Jake}} a named driver, Mrs {{PERSON|Okwu}}?
CALLER: Yes. His number is {{PHONE|07788 341 902}} if you need him.
AGENT: Great. Reference {{neg:claim-number|CMC/2026/44810}}.`),
  t("email", `Subject: Refund of overpaid tax – bank details

Dear Sir or Madam,

Please pay the refund ({{neg:amount|£1,072.66}}) to my account below. My NI number is {{UK_NINO|WL 33 91 04 D}}.

Account holder: {{PERSON|Rhiannon Price-Evans}}
{{IBAN|GB82 WEST 1234 5698 7654 32}}

Yours faithfully,
{{PERSON|R. Price-Evans}}
{{PHONE|01792 604 118}}`),
  t("note", `gym - {{PERSON|Idris}} at front desk says member {{PERSON|F. Gallagher}} swiped in while card reported stolen. called member {{PHONE|07591 223 640}}: she has the card, false alarm. No action. Member ID {{neg:member-number|PW-041182}}`),
  t("ticket", `Ticket {{neg:ticket-number|BRD-20044187}}
Customer: {{PERSON|Ahmed, Yusuf}}
Service: Fibre 500, fw {{neg:version|7.2.11}}
LAN {{IP_ADDRESS|192.168.1.64}} static, WAN {{IP_ADDRESS|203.0.113.44}}
Notes: customer wants port forwarding for CCTV, advised via {{EMAIL|support@lumenfibre.example}}.`),
  t("email", `Hi there,

We're staying at your Edinburgh hotel from {{neg:date|21 Aug}}. My partner, {{PERSON|Marguerite Delacroix}}, is arriving on a later train, after {{neg:time|11pm}}. Could you leave her key at the night desk? Booking {{neg:booking-ref|EDB-4471QX}}.

Ta,
{{PERSON|Fraser}}
{{PHONE|+44 (0)7834 662 190}}`),
]
