// en-AU texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-AU")

export const EN_AU_3 = [
  t("email", `Subject: Refund for cancelled Cairns booking

Hi {{PERSON|Georgie}},

Please refund the {{neg:amount|$860}} to the card I booked with, {{CARD|5318 9400 2716 4378}}. I mistyped it on the form as {{neg:luhn-invalid|5318 9400 2716 4379}}, sorry.

Regards,
{{PERSON|Tamati Walker}}
{{PHONE|0427 883 105}}`),
  t("transcript", `[00:00:04] AGENT: Sunburnt Country Energy, you're speaking with {{PERSON|Ash}}.
[00:00:07] CALLER: Hi {{PERSON|Ash}}, {{PERSON|Dimitra Papadopoulos}} here, we've moved in to a new place in Brunswick and the power's not on.
[00:00:14] AGENT: Let's fix that. What's the postcode?
[00:00:16] CALLER: {{neg:postcode|3056}}.
[00:00:18] AGENT: And best number?
[00:00:20] CALLER: {{PHONE|oh four oh three, nine one two, five five eight}}.`),
  t("note", `Fraud – cx {{PERSON|Jarrod Whitlam}} reports card skimmed at servo. {{neg:amount|$412.60}} + {{neg:amount|$98.00}} disputed. Card {{neg:masked-card|XXXX-XXXX-XXXX-2231}} cancelled. Mob {{PHONE|0417 662 903}}. Ref {{neg:case-number|FRD-AU-77120}}.`),
  t("sms", `FeedMe: Hey {{PERSON|Lachie}}, your rider {{PERSON|Gurpreet}} is 2 mins away 🛵 Order {{neg:order-number|FM-33019}}. Help: {{PHONE|1300 655 506}}`),
]
