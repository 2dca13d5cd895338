// en-IE texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-IE")

export const EN_IE_1 = [
  t("chat", `Agent {{PERSON|Aoife}} (Emerald Energy): Hi, you're chatting with {{PERSON|Aoife}}. How can I help?
Visitor: we're moving house on the 3rd, need to close the account at the old place. {{PERSON|Ciarán Ó Dálaigh}}, {{neg:postcode|D08 X2Y7}}
Agent {{PERSON|Aoife}} (Emerald Energy): No bother, {{PERSON|Ciarán}}. What's the MPRN and a number for the meter reader?
Visitor: MPRN {{neg:mpan|10009822417}}, my mobile is {{PHONE|087 264 9130}}
Agent {{PERSON|Aoife}} (Emerald Energy): Grand, all sorted. Final bill will issue on {{neg:date|5 March}}.`),
  t("note", `HSE clinic line – {{PERSON|Mairéad Nic Aodha}} cb re. her son's MRI, appt {{neg:date|22/04}} @ {{neg:time|14:15}} Beaumont. Wants it moved, works til 5. Contact {{PHONE|+353 86 411 2875}} or landline {{PHONE|01 872 6613}}. Ref {{neg:case-number|MRI-559201}}`),
  t("transcript", `agent: good afternoon you're through to shamrock claims my name is {{PERSON|padraig}}
caller: hi {{PERSON|padraig}} it's {{PERSON|orla}} {{PERSON|fitzgerald}} about the storm damage
agent: ah yes mrs {{PERSON|fitzgerald}} i have your claim here can you confirm your number for me
caller: {{PHONE|oh eight five, seven seven two, four one oh six}}
agent: perfect the assessor will ring you thursday`),
  t("email", `Subject: Refund – booking {{neg:booking-ref|KRY-44102}} (Kerry Lakes Hotel)

Hi {{PERSON|Niamh}},

Thanks for your help on the phone. As agreed, please refund the {{neg:amount|€180}} deposit to:
{{IBAN|IE29 AIBK 9311 5212 3456 78}}
Account name: {{PERSON|Seán Mac Giolla}}

Many thanks,
{{PERSON|Seán}}
{{EMAIL|sean.macgiolla@example.com}}`),
  t("sms", `Flyt Food: {{PERSON|Dervla}}, your rider {{PERSON|Tadhg}} can't find the apartment. Ring him on {{PHONE|089 433 1762}} or he'll leave it at reception. Order {{neg:order-number|FF-20931}}`),
  t("ticket", `Ticket {{neg:ticket-number|TEL-338172}} – broadband slow in evenings
Cust: {{PERSON|Brennan, Fionnuala}}  Eircode {{neg:postcode|H91 E2K3}}
Modem LAN {{IP_ADDRESS|192.168.1.254}}, assigned {{IP_ADDRESS|203.0.113.9}}
- {{neg:date|02/05}} {{PERSON|Colm}}: speed test 4 Mbps vs 150 ordered. Rebooted remotely.
- {{neg:date|04/05}} {{PERSON|Colm}}: tech visit booked.`),
  t("email", `Dear Revenue Helpdesk,

I'm writing about my 2025 PAYE review. My employer, Dunmore Logistics, shows tax paid of {{neg:amount|€4,812.33}} but my statement shows less. Please contact me on {{PHONE|+353 87 190 4432}}.

Regards,
{{PERSON|Eoin Kavanagh}}

Disclaimer: This email is intended only for the addressee.`),
]
