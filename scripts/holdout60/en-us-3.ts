// en-US texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_3 = [
  t("sms", `Hi this is {{PERSON|Annika}} from Summit Auto Claims re: claim {{neg:claim-number|AC-3390172}}. The tow yard needs your OK before {{neg:time|5 pm}}. Text back or call me at {{PHONE|720-381-0199}} x 42.`),
  t("chat", `[Sat 11:14] guest: do u deliver to {{neg:postcode|11215}}
[Sat 11:14] Bitebox Help: Yes we do! Are you having trouble placing an order?
[Sat 11:15] guest: app crashes at checkout, version {{neg:version|8.2.0}}. my name is {{PERSON|marcus tillery}} and login is {{EMAIL|mtillery@example.com}}
[Sat 11:16] Bitebox Help – {{PERSON|Ana}}: Thanks {{PERSON|Marcus}}. Please update to {{neg:version|8.2.3}}, that fixes it. I've also added a {{neg:amount|$5}} promo for the trouble.`),
  t("email", `Subject: W-9 for vendor setup

Hi {{PERSON|Georgia}},

Attached is my completed W-9 for the lead-generation contract. For your records my SSN is {{US_SSN|523 71 4408}} (the form had a typo, {{neg:ssn-invalid|666-71-4408}}, please ignore that one).

Best,
{{PERSON|Lyle Abernathy}}
{{PHONE|(208) 331-6045}}`),
  t("transcript", `speaker 1: you've reached the billing line at mountain states power how can i help
speaker 2: hi yeah we're moving on the first and i need the power put in my name at the new place
speaker 1: sure whats your name
speaker 2: {{PERSON|ximena}} {{PERSON|x i m e n a}} last name {{PERSON|ortiz}}
speaker 1: and a phone
speaker 2: {{PHONE|seven two oh, nine four one, three three eight five}}
speaker 1: ok and the new zip
speaker 2: {{neg:postcode|80204}}`),
  t("ticket", `Case: {{neg:case-number|FR-00917733}}   Opened: {{neg:date|2026-03-09}}
Subject: Card used abroad while cardholder at home
Cardholder: {{PERSON|WINSLOW, DEBRA A}}
Verified by: DOB + last 4 ({{neg:masked-card|XXXX-XXXX-XXXX-7790}})
Contact: {{PHONE|+1 (907) 562-3318}} / {{EMAIL|debra.winslow@example.org}}
Notes: 2 declines in Lisbon at {{neg:time|03:14}} and {{neg:time|03:16}}. Card closed. Replacement {{CARD|5318 9400 2716 4378}} issued and activated on call by agent {{PERSON|R. Castellanos}}.`),
  t("note", `gym - {{PERSON|Kayla Brandt}} wants to add her husband {{PERSON|Jon}} to family plan. {{neg:amount|$29.99}}/mo extra. {{PERSON|Jon}}'s cell {{PHONE|5124089261}}. Starting in {{neg:name-word|May}} after their trip. member # {{neg:customer-number|PF-200418}}`),
  t("email", `Hi team,

I returned the boots (RMA {{neg:return-number|RMA-662091}}) three weeks ago. Still no refund of {{neg:amount|$129.00}}. I'd really like this sorted, I will file a chargeback otherwise.

{{PERSON|Hana Sato}}
Sent from my iPhone

-----Original Message-----
From: Returns <{{EMAIL|returns@trailhead.example}}>
Sent: {{neg:date|Friday, August 8, 2026}}
Your return has been received at our {{neg:postcode|97035}} facility.`),
]
