// en-IE texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-IE")

export const EN_IE_2 = [
  t("transcript", `AGENT: Bank of the Liffey card services, {{PERSON|Ronan}} speaking.
CALLER: Hi, there's a payment of {{neg:amount|€612}} to some crowd in Malta I never made.
AGENT: I'll sort that for you. Name on the account?
CALLER: {{PERSON|Gráinne Ní Bhriain}}. That's {{PERSON|G-R-Á-I-N-N-E}}.
AGENT: Thanks, {{PERSON|Gráinne}}. And your mobile?
CALLER: {{PHONE|oh eight three, one four seven, two two nine five}}.`),
  t("note", `Gym – {{PERSON|Donal}} ({{PERSON|D. Furlong}}) asked to cancel, moving to Cork. 30 day notice, last DD {{neg:amount|€45}} on {{neg:date|1 Nov}}. New mob {{PHONE|086 739 2014}}. Member {{neg:member-number|GYM-10382}}.`),
  t("chat", `[19:40] Customer: hi my chipper order never came, {{neg:order-number|#88120}}
[19:41] ChipChop Support – {{PERSON|Saoirse}}: Ah no! So sorry. I can refund the {{neg:amount|€23.40}} now or resend?
[19:41] Customer: refund pls. acct {{EMAIL|killianm@example.com}}
[19:42] ChipChop Support – {{PERSON|Saoirse}}: Done, {{neg:amount|€23.40}} back to your card in 3-5 days.`),
  t("email", `Subject: Change of address – MPRN {{neg:mpan|10305584412}}

Hi,

I'm moving out of 4 Shandon Terrace on {{neg:date|30 June}}. The new tenant is {{PERSON|Lukasz Zielinski}}, phone {{PHONE|+353 85 204 7731}}. Please send my final bill to {{EMAIL|aine.doherty@example.net}}.

Thanks,
{{PERSON|Áine Doherty}}`),
  t("sms", `Hi {{PERSON|Cathal}}, it's {{PERSON|Siobhán}} from Ashford Hotel reservations. We've a twin room for the 18th, {{neg:amount|€149}}. Call me back on {{PHONE|(021) 427 9018}} to confirm.`),
  t("ticket", `TKT {{neg:ticket-number|CL-22190}}
Claim – windscreen
Insured: {{PERSON|Keane, Marguerite}}
Reg: {{neg:plate|191-D-44821}}
Contact: {{PHONE|0871234567}}
Fitter booked {{neg:date|14/02}} {{neg:time|10:30}}.`),
  t("email", `Dear Ms {{PERSON|Ní Fhlatharta}},

Your payment card was declined for the {{neg:amount|€60}} clinic fee. You may pay by bank transfer to our account:
{{neg:iban-checksum|IE64 BOFI 9058 3812 3456 78}} (if this fails, phone us, a previous letter had a typo)

Galway Family Clinic
{{PHONE|091 563 214}}`),
]
