// en-AU texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-AU")

export const EN_AU_2 = [
  t("transcript", `agent: you're through to bondi bank fraud team my name's {{PERSON|kylie}}
caller: yeah g'day there's a charge on my card i didn't make
agent: no worries let's get you sorted can i get your full name
caller: {{PERSON|mitchell}} {{PERSON|o'brien}}
agent: and a contact number {{PERSON|mitchell}}
caller: {{PHONE|oh four one nine, two two eight, seven six three}}`),
  t("note", `Move in/out – {{PERSON|Nguyen Thi Lan}} moving from Parramatta {{neg:postcode|2150}} to Ryde {{neg:postcode|2112}} on {{neg:date|1/7}}. Connect elec + gas. Concession card holder. Ph {{PHONE|02 9687 4410}}, mob {{PHONE|0433 715 092}}.`),
  t("email", `Subject: ATO-style reminder? is this legit

Hi,

I got a text saying I owe {{neg:amount|$1,480}} in tax and to call {{PHONE|+61 2 8203 1145}}. It used my name, {{PERSON|Robyn Castles}}, and my old address. Is this you? Please reply to {{EMAIL|robyncastles@example.com}}.

Thanks,
{{PERSON|Robyn}}`),
  t("chat", `Gymbox AU (bot): Hi there! What's up?
Visitor: cancel membership pls, moving to perth
Gymbox AU – {{PERSON|Brodie}}: Hey! Sorry to see you go. Name + member email?
Visitor: {{PERSON|Ellie Fairbairn}} {{EMAIL|ellief@example.org}}
Gymbox AU – {{PERSON|Brodie}}: Thanks {{PERSON|Ellie}}, cancelled from {{neg:date|30 April}}. Final fortnightly debit {{neg:amount|$27.90}}.`),
  t("ticket", `Ticket {{neg:ticket-number|RTN-552018}}
Return: hiking boots, size 10 → 11
Customer: {{PERSON|Anderson, Kirra}}
Ph: {{PHONE|(08) 9321 7740}}
Refund BSB {{neg:sort-code|063-614}} acct {{neg:account-number|10284493}}
Agent {{PERSON|Sione}}: label emailed.`),
  t("sms", `Hey {{PERSON|Matt}}, {{PERSON|Kez}} here from Coastal Claims. Assessor can come Thurs {{neg:time|10am}}. Text me back on {{PHONE|0408 993 114}} if that suits. Claim {{neg:claim-number|CC-4419027}}`),
  t("chat", `[9:05 am] {{PERSON|Harriet}}: hi my hotel booking for sydney shows the wrong dates
[9:06 am] StayMate Support – {{PERSON|Jin}}: Sorry {{PERSON|Harriet}}! Booking number?
[9:06 am] {{PERSON|Harriet}}: {{neg:booking-ref|SM-8841KQ}}
[9:08 am] StayMate Support – {{PERSON|Jin}}: Fixed to {{neg:date|12 Sept}}–{{neg:date|15 Sept}}. Total unchanged at {{neg:amount|$642.00}}.`),
]
