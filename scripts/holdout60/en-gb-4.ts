// en-GB texts, part 4: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_4 = [
  t("note", `Call from {{PERSON|Patience Mensah}} re broadband – router keeps dropping after {{neg:time|10pm}}. WAN {{IP_ADDRESS|203.0.113.201}}, IPv6 {{IP_ADDRESS|2001:db8:c0ff:ee::5}}. Swapped channel. If no better by Fri, send new hub. Mob {{PHONE|07403 771 918}}.`),
  t("email", `From: {{PERSON|Gwen Rees}} <{{EMAIL|gwen.rees@example.org}}>
Subject: Wrong item – order {{neg:order-number|ASB-3301928}}

Hello,

I ordered a navy duvet cover and got a {{neg:name-word|rose}}-pink one. I've attached a photo. Please arrange collection from {{neg:postcode|CF10 3AT}}; I'm in most days after {{neg:time|1pm}}. Phone {{PHONE|029 2018 4471}}.

Diolch,
{{PERSON|Gwen}}`),
  t("transcript", `agent: right so just to confirm the card you're reporting lost is the one ending {{neg:masked-card|**** 8812}}
caller: yeah
agent: and is the mobile still {{PHONE|zero seven eight double one, four two four, nine nine three}}
caller: yeah it is
agent: lovely and your name again sorry
caller: {{PERSON|desmond}} {{PERSON|o'leary}}
agent: thanks mr {{PERSON|o'leary}} i've cancelled that card and a new one's on its way`),
  t("sms", `Rapido Eats: Sorry {{PERSON|Priya}}, your order is running 15 min late. {{neg:amount|£3}} credit added. Driver: {{PERSON|Kofi}} {{PHONE|07701 883 402}}`),
  t("ticket", `#{{neg:ticket-number|77120}} | Claim – storm damage | Priority: High
Policyholder: Mr & Mrs {{PERSON|Pemberton}}
Contact: {{PHONE|01904 622 418}}
Notes:
• {{neg:date|02/11/2026}} fence panels down, neighbour {{PERSON|Vikram Joshi}} ({{PHONE|07812 504 339}}) shares fence.
• Loss adjuster to visit {{neg:date|06/11}}.
• {{neg:name-word|Grace}} period for premium applies, do not cancel.`),
  t("email", `Subject: Payroll – new starter form

Hi {{PERSON|Maeve}},

Here's my info for payroll: {{PERSON|Thomas Fairweather}}, NI number {{UK_NINO|AB 12 34 56 C}}, start date {{neg:date|3 March}}. Bank: sort code {{neg:sort-code|40-11-62}}.

Cheers,
{{PERSON|Tom}}`),
]
