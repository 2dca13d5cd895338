// en-GB texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_3 = [
  t("chat", `Penhallow Hotels • Live chat
You 10:02: hi, booked a twin for 2 nights from the 14th, can we add a cot?
{{PERSON|Morwenna}} 10:03: Of course! Could I have the booking ref and lead guest?
You 10:03: {{neg:booking-ref|PH-7Q22XK}} – {{PERSON|Rupert Hale-Simmons}}
{{PERSON|Morwenna}} 10:05: Done 😊 Cot added, no charge. Check-in from {{neg:time|3pm}}.`),
  t("email", `Subject: Fraud case {{neg:case-number|FC-20419933}} – your statement

Dear Mr {{PERSON|Adeyemi}},

Following your call, we've refunded the {{neg:amount|£349.99}} taken by "TechZone Online". Your new card will arrive in 3–5 days. If you're contacted by anyone claiming to be us and asking for your PIN, hang up and call {{PHONE|0345 604 1187}}.

Yours sincerely,
{{PERSON|Harriet Blythe}}
Fraud Operations, Castlegate Bank plc

Castlegate Bank plc is authorised by the Prudential Regulation Authority. Calls may be recorded.`),
  t("note", `home move – {{PERSON|Wojcik, Marta}} leaving 7 Tanner St ({{neg:postcode|M4 6FG}}) on {{neg:date|30/09}}. new addr not known yet. elec read {{neg:meter-number|033417}}. she's ok to be contacted on {{PHONE|+44 7481 229 605}} or her partner {{PERSON|Stefan}} {{PHONE|07530 118 442}}. refund of credit to: {{IBAN|GB33 BUKB 2020 1555 5555 55}}`),
  t("ticket", `Case {{neg:case-number|HMTS-5501829}}
Query: Marriage Allowance transfer
Customer: {{PERSON|DUNMORE, Alison}}
NI number: {{UK_NINO|NH 71 28 40 B}}
Spouse: {{PERSON|Callum Dunmore}}, NI {{UK_NINO|JK 55 02 19 A}}
Notes: Transfer backdated 4 years, est. {{neg:amount|£1,260}}. Letter to follow.`),
  t("sms", `Parcelly Returns: Hi {{PERSON|Zara}}, we got your return for order {{neg:order-number|PY-229183}}. Refund {{neg:amount|£42.00}} on its way. Q's? {{PHONE|0161 496 0229}}`),
  t("transcript", `AGENT: Morning, Heartwood Medical Centre, {{PERSON|Bev}} speaking.
CALLER: Hiya {{PERSON|Bev}}, it's {{PERSON|Joan Ashworth}}, I need a home visit for my husband {{PERSON|Ken}}, he's had a fall.
AGENT: Oh dear. Is he breathing normally, any bleeding?
CALLER: No, just can't get up. Our number's {{PHONE|oh one two seven three, six nine double four, two oh}}... sorry, {{PHONE|oh one two seven three, six nine four, four two oh}}.
AGENT: I'll get Dr {{PERSON|Malik}} to ring you within the hour.`),
  t("chat", `PowerUp Gym: Hi {{PERSON|Connor}}! Your freeze request for {{neg:date|12 Jan}}–{{neg:date|12 Feb}} is approved. We've paused the {{neg:amount|£24.99}} DD.
{{PERSON|Connor}}: cheers. can u also update my email to {{EMAIL|connor.b@example.com}}
PowerUp Gym: Done ✅`),
]
