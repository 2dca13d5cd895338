// en-GB texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_1 = [
  t("chat", `14:02 Customer: hiya, had an email saying my tax refund was ready, link asked for my bank details?? is it real
14:03 HMTS Helpline – {{PERSON|Aled}}: Hello! We never ask for bank details by email, so please don't click it. Can I take your name?
14:03 Customer: {{PERSON|siobhan carver}}
14:04 HMTS Helpline – {{PERSON|Aled}}: Thanks {{PERSON|Siobhan}}. And your NI number so I can check your record?
14:05 Customer: {{UK_NINO|JT 48 21 93 C}}
14:06 HMTS Helpline – {{PERSON|Aled}}: That's fine, no refund is pending. Please forward the email to {{EMAIL|phishing@hmts.example}}.`),
  t("note", `Claim {{neg:claim-number|MH-4471930}} – escape of water, upstairs flat. PH Mrs {{PERSON|D. Achterberg}} reports ceiling down in kitchen. Neighbour above ({{PERSON|Callum Reddy}}, {{PHONE|07962 428 306}}) admits washing machine hose split. Loss adjuster booked Thu {{neg:date|12 Feb}}. XS {{neg:amount|£250}}. Postcode {{neg:postcode|LS6 4HW}}.`),
  t("email", `Subject: Your return – order {{neg:order-number|JB-8830271}}

Dear {{PERSON|Imogen}},

We've received your parcel at our Daventry hub and your refund of {{neg:amount|£74.50}} has been issued to your card ending {{neg:masked-card|**** 3308}}. Please allow 3–5 working days.

If anything looks wrong, our returns team is on {{PHONE|0333 014 4729}} (Mon–Fri {{neg:time|9am}}–{{neg:time|6pm}}).

Kind regards,
{{PERSON|Priyanka Shah}}
Returns Desk, Jolly Basket Ltd

This e-mail and any attachments are confidential. Jolly Basket Ltd, registered in England no. 08813220.`),
  t("transcript", `agent: you're through to clearwave broadband my name's {{PERSON|gemma}} can i start with the account holder's name
caller: yeah it's {{PERSON|rhys}} {{PERSON|r h y s}} {{PERSON|pengelly}}
agent: lovely and a contact number
caller: {{PHONE|oh seven seven one two, three four six, nine oh eight}}
agent: so {{PHONE|zero seven seven one two, three four six, nine zero eight}}
caller: yeah that's right
agent: ok so i can see the line's in sync but your router's pulling {{IP_ADDRESS|10.0.0.138}} which is odd let's reboot it`),
  t("sms", `Helix Energy: Hi {{PERSON|Tom}}, your final bill for 22 Fenwick Road is {{neg:amount|£63.18}}. Moving again? Call our home move team free on {{PHONE|0800 048 0202}}. Ref {{neg:account-number|HX-40219883}}`),
  t("ticket", `{{neg:ticket-number|INC0442193}} | Gym membership – payroll deduction
Raised by: {{PERSON|Okonkwo, Chidi}} (HR)
Employee: {{PERSON|Harriet Lowes}}
NI no.: {{UK_NINO|PC 70 33 81 A}}
Details: Employee's corporate membership at Forge Fitness should be deducted from salary from {{neg:date|1 April}}. Previous form had NI {{neg:nino-invalid|QQ 12 34 56 C}} which is a placeholder.
Comment ({{neg:date|03/03}}): deduction set to {{neg:amount|£32}} per month.`),
  t("email", `Hi,

I booked a table for 6 through your app on Saturday at {{neg:time|19:30}} (booking {{neg:booking-ref|TBL-91273}}) but the restaurant said they had nothing. I'd like the {{neg:amount|£20}} deposit back please. I will not be using the app again if this isn't sorted.

Cheers,
{{PERSON|Nathaniel Ogunleye}} ("{{PERSON|Nat}}")
{{PHONE|+44 7828 900 417}}

> Sent from DishDash app {{neg:version|5.4.1}}`),
]
