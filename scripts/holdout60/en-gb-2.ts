// en-GB texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_2 = [
  t("note", `fraud desk – cx {{PERSON|M. Whitcombe}} rang re txn {{neg:amount|£1,140.00}} to "Crypto Ltd". Says she didn't auth. Card {{neg:masked-card|XXXX 9921}} stopped. Refund pending investigation, 10 wd. Wants updates by txt only {{PHONE|07842 116 509}}. Sort code {{neg:sort-code|20-44-91}} confirmed.`),
  t("chat", `[10:31] Oakridge bot: Welcome to Oakridge Surgery online. What do you need?
[10:31] You: repeat prescription + blood test appt
[10:32] Dr {{PERSON|Ferguson}}'s team – {{PERSON|Lucy}}: Hi! Can I have your name, DOB and NHS number please?
[10:33] You: {{PERSON|Harold Jenkins-Bayo}}, {{neg:date|02/07/1958}}, {{neg:customer-number|943 476 5919}}
[10:34] {{PERSON|Lucy}}: Thanks {{PERSON|Harold}}. Bloods on {{neg:date|Wed 18 Mar}} at {{neg:time|08:50}} with the nurse. Prescription ready Friday.`),
  t("transcript", `[00:00:02] AGENT: Good morning, Northwold Insurance claims, {{PERSON|Declan}} speaking.
[00:00:05] CALLER: Hi, it's about the car, someone went into the back of me at the roundabout. I'm {{PERSON|Fiona Mair}}.
[00:00:12] AGENT: Sorry to hear that, {{PERSON|Fiona}}. Did you get the other driver's details?
[00:00:15] CALLER: Yeah, {{PERSON|Gareth Pryce}}, his number's {{PHONE|07956 204 118}}, reg {{neg:plate|WP19 KXA}}.
[00:00:24] AGENT: Lovely. Your claim number is {{neg:claim-number|NW-118 4420}}.`),
  t("email", `Subject: Re: Re: Moving home – Flat 3, {{neg:postcode|BS3 1QD}}

Hi {{PERSON|Ollie}},

Meter readings on moving day ({{neg:date|28/02}}): elec {{neg:meter-number|48213}}, gas {{neg:meter-number|07762}}. Please close the account and send the final bill to my new address. Refunds to:
{{IBAN|GB29 NWBK 6016 1331 9268 19}}

Thanks,
{{PERSON|Eilidh Baxter}}
{{PHONE|0117 496 0731}}

On Tue, {{PERSON|Ollie Frimpong}} <{{EMAIL|o.frimpong@brightgrid.example}}> wrote:
> We'll need your readings on the day, and an account for any credit.`),
  t("sms", `Hi {{PERSON|Jas}}, it's {{PERSON|Becca}} from PowerHouse Gym. Your PT session with {{PERSON|Kieran}} is moved to {{neg:time|6.30pm}} Thurs. Any probs ring me {{PHONE|07723 908 114}} x`),
  t("ticket", `Ref: {{neg:case-number|BB-2206719}}   Category: No service   Priority: P2
Customer: {{PERSON|Llewellyn, Nia}}
Contact: {{EMAIL|nia.llew@example.com}}
Router: Hub 6, fw {{neg:version|v3.9.2}}
WAN: {{IP_ADDRESS|198.51.100.204}}   IPv6: {{IP_ADDRESS|2001:db8:4a1f::1}}
Comments:
- {{neg:date|11/06}} {{PERSON|Ade}}: line test passed, fault at exchange.
- {{neg:date|12/06}} {{PERSON|Ade}}: engineer booked, customer to be home {{neg:time|8am}}–{{neg:time|1pm}}.`),
  t("transcript", `caller: hi i'm ringing about self assessment i think i've been charged a penalty by mistake
agent: ok can i take your name please
caller: {{PERSON|kwabena}} {{PERSON|k w a b e n a}} {{PERSON|osei}}
agent: and your national insurance number
caller: {{UK_NINO|sk 427186 d}}
agent: sorry, the line broke up, NI number again?
caller: {{UK_NINO|SK 42 71 86 D}}
agent: thank you mr {{PERSON|osei}} i can see the {{neg:amount|£100}} late filing penalty`),
]
