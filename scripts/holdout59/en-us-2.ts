// en-US texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_2 = [
  t("chat", `(2:14 PM) You: my internet keeps dropping every 20 min, modem lights are blinking orange
(2:15 PM) Brightline Support – {{PERSON|Kenji}}: Sorry to hear that! Can you open {{IP_ADDRESS|192.168.0.1}} in a browser and tell me the WAN IP it shows?
(2:17 PM) You: it says {{IP_ADDRESS|203.0.113.57}} and the gateway is {{IP_ADDRESS|203.0.113.1}}
(2:18 PM) Brightline Support – {{PERSON|Kenji}}: ok and the firmware version?
(2:18 PM) You: {{neg:version|3.18.2}}
(2:19 PM) Brightline Support – {{PERSON|Kenji}}: That build has a known bug. I'll push {{neg:version|3.18.4}} tonight at {{neg:time|2:00 AM}}. I will also open ticket {{neg:ticket-number|BL-993104}}.`),
  t("chat", `[Sat 9:41] {{PERSON|marisol}}: hi I got charged twice for my subscription this month
[Sat 9:41] Streamly Help: Hi {{PERSON|Marisol}}! Happy to look. What's the email on the account?
[Sat 9:42] {{PERSON|marisol}}: {{EMAIL|marisol.vega.22@example.com}}
[Sat 9:43] Streamly Help: I see two charges of {{neg:amount|$15.49}} on {{neg:date|Oct 4}}. The second will be refunded in 3-5 business days, ref {{neg:case-number|STR-5520146}}.
[Sat 9:43] {{PERSON|marisol}}: thx!! 🙏 `),
  t("note", `Caller: {{PERSON|VANESSA O'DELL}}. wants to pay bill by card over phone. card {{CARD|4716 2039 5518 0044}} exp {{neg:card-expiry|09/28}}. first attempt she read {{neg:luhn-invalid|4716 2039 5581 0040}} (digits swapped), declined. pmt {{neg:amount|$143.77}} posted {{neg:time|11:52}}. conf# {{neg:case-number|PMT-661902}}`),
  t("note", `3/9 - pt {{PERSON|Eleanor Griggs}} called to cxl cleaning, {{neg:name-word|will}} call back to rebook in {{neg:name-word|May}}. husband {{PERSON|Walt}} also has appt {{neg:date|3/12}} {{neg:time|10:30}}, keeping that one. pt # {{neg:customer-number|MG-20188}}`),
  t("email", `From: {{PERSON|Chris Adeyemi}} <{{EMAIL|cadeyemi@example.org}}>
To: {{EMAIL|claims@keystoneauto.example}}
Subject: Claim {{neg:claim-number|KA-0102287-C}} – photos attached

Hi,

Attaching the body shop estimate ({{neg:amount|$2,380.00}}) and photos of the bumper. The shop is Midtown Collision, their contact is {{PERSON|Rick Dunleavy}}, {{PHONE|(404) 872-3356}}.

Please {{neg:name-word|mark}} the claim as ready for review. My cell is {{PHONE|404-931-0027}} if the adjuster needs me.

{{PERSON|Chris}}`),
  t("email", `Hi {{PERSON|Jordan}},

Per our call, I've updated the mailing address on your card account to 88 Willow Bend Rd, Apt 4, Austin TX {{neg:postcode|78704}}. Your new card ending {{neg:masked-card|•••• 9042}} will ship on {{neg:date|July 8}}.

For your records: the last payment of {{neg:amount|$320.00}} was received {{neg:date|July 1}}, and there's a {{neg:name-word|grace}} period until the 25th for the statement balance.

Best,
{{PERSON|Natalie Osei}}
Harbor Bank | Card Services
{{PHONE|1-888-414-2670}} (24/7)`),
  t("transcript", `Agent: Swiftpost customer care, my name is {{PERSON|Alondra}}. Can I have your tracking number?
Caller: yeah it's S-W four four, uh, {{neg:tracking-number|SW4409178853US}}
Agent: Thank you. And the name on the delivery?
Caller: {{PERSON|Desmond Fairclough}}
Agent: Mr. {{PERSON|Fairclough}}, the driver attempted delivery at {{neg:time|4:12 pm}} but nobody answered. Do you want to pick it up or reschedule?
Caller: reschedule. and can he call me before, my number's {{PHONE|eight three two, five oh seven, triple three one}}
Agent: {{PHONE|eight three two five oh seven three three three one}}, perfect.`),
  t("transcript", `agent: thanks for holding. so to verify i need your full name and the last four of your social
customer: {{PERSON|tamika renee hollins}}, last four is 0457
agent: thank you miss {{PERSON|hollins}}. and you said the charge at the electronics store, {{neg:amount|$899.99}}, that was not you
customer: no ma'am i was at work
agent: ok i'm blocking the card now and opening a dispute, {{neg:case-number|HB-DSP-4471}}
customer: can you text me the case number. {{PHONE|two one four, six six oh, four nine one eight}}`),
  t("summary", `Post-call summary
Customer {{PERSON|Benjamin Achterberg}} called about a returned parcel (tracking {{neg:tracking-number|1Z 8A4 F39 03 4471 2260}}). Sender is his sister {{PERSON|Ruth Achterberg}}, who can be reached at {{PHONE|(651) 292-8815}}. Parcel returned because the unit number was missing. Customer confirmed correct address (ZIP {{neg:postcode|55104}}). Re-shipment fee {{neg:amount|$9.95}} waived as goodwill. Follow-up by Friday, {{neg:date|Sept 12}}.`),
  t("summary", `SUMMARY — tech support, home internet
• Subscriber: {{PERSON|Oluwaseun Bakare}}
• Router LAN IP {{IP_ADDRESS|192.168.1.254}}, IPv6 prefix {{IP_ADDRESS|2001:db8:4a2f:1100::1}}
• Issue: Wi-Fi drops on 5 GHz only. Changed channel 149 → 44. Firmware {{neg:version|2.7.15}}.
• Outcome: stable for 15 min during call. {{neg:name-word|Will}} check in tomorrow {{neg:time|6pm}}.
• Contact: {{PHONE|+1 469-336-2087}}, {{EMAIL|seun.b@example.net}}`),
  t("form", `Name ........ {{PERSON|Frank Delgado}}
Phone ....... {{PHONE|(915) 842-6631}}
Alt phone ... {{PHONE|915-203-4478}}
Email ....... {{EMAIL|fdelgado@example.com}}
Account ..... {{neg:account-number|10044-87215}}
Service addr  2217 Mesa St, El Paso TX {{neg:postcode|79902}}
SSN ......... {{US_SSN|448-61-3092}}
Move-in date  {{neg:date|09/15/2026}}`),
  t("form", `| field | value |
|---|---|
| cardholder | {{PERSON|Whitney A. Boateng}} |
| card | {{CARD|5425 2334 3010 9903}} |
| exp | {{neg:card-expiry|11/29}} |
| billing zip | {{neg:postcode|30318}} |
| phone | {{PHONE|+1 404 659 2210}} |
| reason | travel notice: Lisbon, {{neg:date|Nov 2}}–{{neg:date|Nov 14}} |`),
  t("chat", `{{PERSON|Hannah}}: hi, my dad passed away last month and I need to cancel his phone line
Agent {{PERSON|Rosa M}}: I'm so sorry for your loss, {{PERSON|Hannah}}. I can help with that. What was his name and number?
{{PERSON|Hannah}}: {{PERSON|George Lindqvist}}, {{PHONE|952-818-4307}}
Agent {{PERSON|Rosa M}}: Thank you. Are you listed as an authorized user?
{{PERSON|Hannah}}: I think so, {{PERSON|Hannah Lindqvist-Moore}}
Agent {{PERSON|Rosa M}}: Yes, I see you. The final bill will be {{neg:amount|$38.12}}, prorated to {{neg:date|Aug 19}}.`),
  t("note", `Escalation – SSN mismatch on credit check. Applicant {{PERSON|DeShawn Carter}} gave SSN {{neg:ssn-invalid|666-20-4418}} first (system rejects), then corrected to SSN {{US_SSN|262-20-4418}}. Verified w/ DL. Approved for 24-mo installment on device, {{neg:amount|$41.62}}/mo. Phone on app {{PHONE|(813) 447-2950}}.`),
  t("email", `Good afternoon,

I'm writing on behalf of my mother, Mrs. {{PERSON|Agnes Whitcombe}}, who is 87 and hard of hearing. Her electricity account ({{neg:account-number|NG-4410-7723}}) shows an estimated reading of 14,220 kWh which cannot be right. Could someone call me instead of her? I'm at {{PHONE|(216) 791-3348}}, or my brother {{PERSON|Neil}} at {{PHONE|216-402-8810}}.

Many thanks,
{{PERSON|Carol Whitcombe-Ross}}`),
]
