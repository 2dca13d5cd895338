// en-IE texts: written one by one (health-insurer pre-approval, commuter rail TaxSaver tickets, water leaks, card
// disputes, stadium box office, parking permits, home warranty, dating-app safety).
import { mk } from "./markup.ts"

const t = mk("en-IE")

export const EN_IE = [
  t("chat", `Shamrock Health Cover – Pre-approval chat
[11:05] Member: hi my consultant wants me to have a colonoscopy in the Mater, do I need pre-approval?
[11:06] {{PERSON|Siobhán}} (Claims): Hi there! For that procedure, yes. Can I have your membership number?
[11:06] Member: {{neg:member-number|SHC 0044 7129 3}}
[11:07] {{PERSON|Siobhán}} (Claims): Thanks. I'll need the consultant's name and the procedure code.
[11:08] Member: Dr {{PERSON|Ciarán Mac Giolla}}, code on the letter is {{neg:reference|45378}}
[11:09] {{PERSON|Siobhán}} (Claims): Grand, that's approved in full. Confirmation will be emailed within the hour.`),
  t("transcript", `agent: liffey commuter rail taxsaver desk {{PERSON|eoin}} speaking
caller: hi im ringing on behalf of my company we want to set up annual tickets for twelve staff
agent: no bother whats the company name
caller: brightwater analytics
agent: and your name
caller: {{PERSON|gráinne o'donoghue}} im in hr
agent: best number for you {{PERSON|gráinne}}
caller: {{PHONE|oh eight seven, two one four, six six three three}}
agent: lovely ill send out the employer form to your email`),
  t("email", `From: {{PERSON|Declan Furlong}} <{{EMAIL|declan.furlong@example.ie.example.com}}>
To: {{EMAIL|leaks@uisceconnacht.example}}
Subject: Leak on the road outside – still not fixed

Hi,

I reported a leak outside 22 Father Griffin Road on {{neg:date|18 November}} (ref {{neg:reference|UC-LK-881204}}). Water is still running down the footpath and it'll be ice in this weather. Eircode is {{neg:postcode|H91 E2KP}}.

You can reach me on {{PHONE|091 583 312}} during the day or {{PHONE|086 903 1274}} evenings.

Thanks,
{{PERSON|Declan}}`),
  t("sms", `Uisce Connacht: Crews are repairing a burst main in Salthill. Supply may be interrupted until {{neg:time|16:00}}. Updates: {{PHONE|1800 278 278}}.`),
  t("note", `Card dispute – {{PERSON|Aisling Kavanagh}}, Clover Card. Flight cancelled by airline, no refund after 60 days. Card {{CARD|4916 3381 2057 4123}}. Amount {{neg:amount|€742.18}}. Docs rec'd. Refund to be credited to card, not to {{IBAN|IE16 AIBK 9311 5241 8700 93}} as she asked. Tel {{PHONE|+353 85 771 2049}}.`),
  t("ticket", `Clover Card – Direct debit mandate change
Name: {{PERSON|Oyelowo, Temitope}}
Old IBAN: {{neg:iban-checksum|IE23 AIBK 9311 5241 8700 93}} (rejected, check digits)
New IBAN: {{IBAN|IE15 BOFI 9021 8846 0529 17}}
Phone: {{PHONE|01 672 4410}}
Email: {{EMAIL|temi.oyelowo@example.net}}
Effective: {{neg:date|1 January 2027}}`),
  t("transcript", `AGENT: Dublin Arena box office, you're through to {{PERSON|Shane}}.
CALLER: Hi {{PERSON|Shane}}, I've tickets for the concert on the nineteenth and I can't go now, can I get a refund?
AGENT: Unfortunately refunds aren't available, but you can resell on our official exchange. What's the booking number?
CALLER: {{neg:booking-ref|DA 660 1187}}.
AGENT: And the name on it?
CALLER: {{PERSON|Róisín Byrne}}.
AGENT: Grand, I've listed both tickets at face value, {{neg:amount|€89.50}} each.`),
  t("sms", `Dublin Arena: Hi {{PERSON|ROISIN}}, your resale tickets sold! {{neg:amount|€179.00}} will be refunded to card ending {{neg:masked-card|**4123}} in 5-7 days. Queries {{PHONE|0818 200 447}}`),
  t("note", `Parking permit (Cork City) – resident {{PERSON|Pádraig Ó Súilleabháin}} says permit app keeps failing. Submitted from {{IP_ADDRESS|172.20.9.14}} (work network?). Processed manually, permit {{neg:reference|CCP-R-20771}}. Mob {{PHONE|087 339 1645}}. Eircode {{neg:postcode|T12 K7YX}}.`),
  t("chat", `Kindling Safety (IE)
[21:44] user: someone is using my photos on a fake profile
[21:45] {{PERSON|Fionnuala}} – Safety: That's awful, I'm sorry. Can you send me the profile name or a screenshot?
[21:46] user: screenshot sent. my name is {{PERSON|Nóra Whelan}}, the fake one says she's "{{PERSON|Nicole}}"
[21:47] {{PERSON|Fionnuala}} – Safety: Thanks {{PERSON|Nóra}}. Removed. We've blocked the device too.`),
  t("ticket", `HomeGuard Ireland – boiler cover claim
Claim: {{neg:claim-number|HGI-30044-B}}
Customer: {{PERSON|Ferghal Devlin}}
Address Eircode: {{neg:postcode|D02 X285}}
Landline: {{PHONE|(01) 849 3317}}
Mobile: {{PHONE|083 441 9082}}
Engineer: {{PERSON|Tadhg}} (PlumbRight)
Visit: {{neg:date|09/12/2026}} {{neg:time|10:00}}
Excess: {{neg:amount|€60}}`),
  t("sms", `Missed call from {{PHONE|+353 21 427 8813}}. Voicemail: "hi its {{PERSON|maeve}} from shamrock health about your pre approval can you ring us back on {{PHONE|oh two one, four two seven, eight eight one three}} thanks bye"`),
]
