// en-AU texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-AU")

export const EN_AU_1 = [
  t("chat", `[3:41 pm] {{PERSON|bazza}}: hey my nbn's been down since arvo, modem light is red
[3:42 pm] Kookanet Support ({{PERSON|Jarrah}}): G'day! Sorry about that. Can I grab the account holder's name and a mobile?
[3:42 pm] {{PERSON|bazza}}: {{PERSON|Barry Tran}}, {{PHONE|0412 873 560}}
[3:44 pm] Kookanet Support ({{PERSON|Jarrah}}): Thanks {{PERSON|Barry}}, there's an outage in {{neg:postcode|4101}}, fix ETA {{neg:time|7:30 pm}}. I've popped a credit of {{neg:amount|$15}} on your account.`),
  t("note", `Claims – {{PERSON|Shazza}} ({{PERSON|Sharon Kowalczyk}}) rang re hail dmg to Corolla, rego {{neg:plate|1ABC234}}. Assessor {{PERSON|Liam}} to call {{PHONE|(07) 3172 4408}} tmrw. Policy {{neg:policy-number|MTR0087123}}. Excess {{neg:amount|$700}}.`),
  t("transcript", `agent: thanks for calling harbourside physio bookings it's {{PERSON|mel}}
caller: hi {{PERSON|mel}} um i need to reschedule my daughter's appointment she's {{PERSON|isla}} {{PERSON|ng}}
agent: no worries what's the best number
caller: {{PHONE|oh four two two, five one nine, three oh seven}}
agent: and she was booked tuesday at {{neg:time|4:15}}
caller: yep`),
  t("email", `Subject: Bond refund & moving

Hi {{PERSON|Tegan}},

We're moving from Fitzroy to Geelong, {{neg:postcode|3220}}, on {{neg:date|14 June}}. Please disconnect gas & electricity at the old place and connect at the new one from the same day.

Cheers,
{{PERSON|Hamish}} & {{PERSON|Priya Doyle}}
{{PHONE|+61 438 227 905}}
{{EMAIL|doyles@example.com}}`),
  t("sms", `Voicemail (0:22) from {{PHONE|0398 664 217}}: "Hi it's {{PERSON|Jess}} from Southern Cross Bank fraud team, we've seen some unusual activity on your card ending {{neg:masked-card|XXXX 1184}}. Please call us back on {{PHONE|1800 644 102}}. Thanks."`),
  t("ticket", `#{{neg:ticket-number|48821}} Return request – jacket wrong size
From: {{PERSON|Wiremu Parata}} <{{EMAIL|wiremu.p@example.net}}>
Order: {{neg:order-number|OZ-771204}}  Paid: {{neg:amount|$189.95}}
Agent note ({{PERSON|Dani}}): label sent, refund on receipt. Cx also asked to update mobile to {{PHONE|0455 102 938}}.`),
]
