// en-US texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_2 = [
  t("chat", `(9:02) You: my internet keeps dropping every 20 min
(9:02) Streamwave Support – {{PERSON|Ray}}: Sorry to hear! Can you open the router page and tell me the WAN IP?
(9:04) You: it says {{IP_ADDRESS|203.0.113.58}} and gateway {{IP_ADDRESS|192.168.0.1}}
(9:05) Streamwave Support – {{PERSON|Ray}}: Thanks. Firmware is {{neg:version|4.12.7}}, which has a known bug. I'm pushing {{neg:version|4.13.1}} now.
(9:06) You: ok. acct is under my wife {{PERSON|Noor Haddad}} btw
(9:06) Streamwave Support – {{PERSON|Ray}}: No problem, ticket {{neg:ticket-number|SW-7781204}} is on her account.`),
  t("note", `Moving desk – {{PERSON|Ellison}} household. Stop service at old addr {{neg:date|10/31}}, start at 2218 Pine Hollow Rd, {{neg:postcode|43215}}. Final reading to be estimated. Mr says call his cell {{PHONE|614.770.3198}} not the landline. Deposit {{neg:amount|$150}} transfers. Meter {{neg:meter-number|EM-0048172}}.`),
  t("sms", `Voicemail from {{PHONE|+1 312 598 0764}} (0:41): "hey this is uh {{PERSON|Rick}} from Ironworks Gym, calling about your membership freeze, it ends on the {{neg:date|15th of March}}... give me a call back at this number or the front desk, thanks"`),
  t("email", `From: {{PERSON|Jodie Kwan}} <{{EMAIL|jodiekwan@example.net}}>
To: {{EMAIL|reservations@harborlight.example}}
Subject: Re: Booking {{neg:booking-ref|HLX94K2}}

Hi {{PERSON|Marco}},

Yes, please change the second room to a king. My sister {{PERSON|Felicia}} will be arriving late, around {{neg:time|11:30 PM}}, so please hold it. Her cell is {{PHONE|(503) 412-6620}} in case the front desk needs her.

Thanks!
{{PERSON|Jodie}}

> On {{neg:date|Jul 2}}, {{PERSON|Marco Bianchi}} <{{EMAIL|m.bianchi@harborlight.example}}> wrote:
> Thank you for your reservation. Your total is {{neg:amount|$612.40}} for 2 nights.`),
  t("ticket", `[FD-{{neg:ticket-number|10482}}] Driver never showed – refund request
requester: {{EMAIL|t.oyelaran@example.com}}
name on acct: {{PERSON|Tobi Oyelaran}}
order id: {{neg:order-number|DD-558120-7}}
amount: {{neg:amount|$38.62}}
card on file: {{neg:masked-card|•••• 0031}}
internal: refunded to original payment, also +{{neg:amount|$5}} credit. {{PERSON|Kenji}} approved. Customer tried card {{neg:luhn-invalid|4716 2210 8834 1092}} on the app before that and it was declined - not our issue.`),
  t("transcript", `[00:00:03] AGENT: Peak Fitness memberships, this is {{PERSON|Shay}}.
[00:00:06] CALLER: Hi, I wanna cancel. Name's {{PERSON|Dominic Ferreira-Lowe}}.
[00:00:11] AGENT: I'm sorry to see you go, {{PERSON|Dominic}}. Can I confirm the phone on the account?
[00:00:14] CALLER: It's {{PHONE|nine seven three, two one four, six six oh two}}. Oh wait, no, that's my old one. New is {{PHONE|nine seven three, four oh eight, one one five seven}}.
[00:00:26] AGENT: Updated. There's a {{neg:amount|$49}} cancellation fee and a thirty day notice, so your last draft is {{neg:date|May 28}}.`),
  t("note", `cx: {{PERSON|b. szymanski}} / returns. Says tracking {{neg:tracking-number|9400111899561238840021}} shows delivered to warehouse {{neg:date|6/11}}, no refund yet. Verified email {{EMAIL|bszym@example.org}}. Escalated to wh team. To be {{neg:name-word|frank}} cx was upset - offered {{neg:amount|$10}} goodwill.`),
]
