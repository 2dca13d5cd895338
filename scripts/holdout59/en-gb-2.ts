// en-GB texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_2 = [
  t("note", `Cust called re direct debit bounced. Name on acct: Mr {{PERSON|D. Kowalski}}. Says bank changed, new IBAN {{IBAN|GB04 BARC 2004 1552 6617 34}}. First attempt typed {{neg:iban-checksum|GB05 BARC 2004 1552 6617 34}}, system rejected. Amended, next collection {{neg:date|28/06}}. Tel {{PHONE|0161 496 0448}}`),
  t("note", `- caller: {{PERSON|june harrowby}} (wife of policyholder {{PERSON|Stanley Harrowby}}, on file as named driver)
- windscreen chip, M6 nr J19, {{neg:date|2 Oct}}
- booked mobile repair, they'll text {{PHONE|07845 221 907}}
- excess {{neg:amount|£95}} explained
- policy {{neg:policy-number|CGI/MTR/0077310}}`),
  t("email", `Hi there,

I'd like to close my Streamly account please. The email on it is {{EMAIL|olly.b.83@example.org}} and the last payment was {{neg:amount|£10.99}} on {{neg:date|5 August}}. I {{neg:name-word|will}} not be renewing.

Could you also confirm you've deleted my card details (ending {{neg:masked-card|**** 4471}})?

Cheers,
{{PERSON|Oliver Bancroft}}
{{PHONE|07982 116 054}}`),
  t("email", `Dear Ms {{PERSON|Okonjo-Reid}},

Thank you for your call on Monday {{neg:date|9 March}} regarding the delayed delivery of order {{neg:order-number|PP-55201847}}.

I'm sorry the driver left the parcel with a neighbour without leaving a card. I've confirmed it's at number 22 with Mr {{PERSON|Haines}}, who is expecting you to collect it.

As a gesture of goodwill we've credited {{neg:amount|£5.00}} to your account.

Best wishes,
{{PERSON|Tomasz}}
ParcelPoint Customer Care
{{PHONE|0800 028 4410}} (free from mobiles)`),
  t("transcript", `Agent: Brightwell Energy, {{PERSON|Nathan}} speaking, how can I help?
Customer: hi yeah I want to give a meter reading
Agent: Course. Can I have your name and postcode please?
Customer: {{PERSON|Kerry-Ann Mulholland}}, {{neg:postcode|BT9 6AZ}}
Agent: Thanks {{PERSON|Kerry-Ann}}. Go ahead with the reading.
Customer: zero four two, seven seven one
Agent: Lovely, that's in. Is the number we've got still right, {{PHONE|oh two eight nine oh, five three one, two two four}}?
Customer: yeah that's the landline. mobile's better though, {{PHONE|oh seven seven three four, nine double-two, one eight oh}}`),
  t("transcript", `SPEAKER 1 (agent): Castlegate Insurance, this is {{PERSON|Leanne}}.
SPEAKER 2: Hi, I'm ringing to renew, my quote's gone up to {{neg:amount|£1,140}}.
SPEAKER 1: Let me have a look. Your name?
SPEAKER 2: {{PERSON|Samir Haddad}}, that's {{PERSON|H-A-double-D-A-D}}.
SPEAKER 1: And your date of birth?
SPEAKER 2: {{neg:date|30/11/1988}}.
SPEAKER 1: Thank you Mr {{PERSON|Haddad}}. I can see you've had a claim this year, that's what's pushed it up. I can take {{neg:amount|£80}} off if you add a telematics box.`),
  t("summary", `Caller: {{PERSON|Ewan McAllister}} (account holder)
Query: roaming charges {{neg:amount|£63.40}} while in Tenerife, {{neg:date|2 Jan}}–{{neg:date|9 Jan}}
Resolution: refunded as EU roaming add-on was active; charges were a system error. Bill will show credit on next statement.
Callback: not required. Email confirmation to {{EMAIL|ewan.mcallister@example.com}}
Agent: {{PERSON|Priyanka D}}`),
  t("summary", `Summary – dental practice reception
Pt {{PERSON|Grace Oduya}} rang to ask about NHS band 2 cost ({{neg:amount|£73.50}}). Booked filling Wed {{neg:date|22 April}} {{neg:time|10.20am}} with Dr {{PERSON|Farrow}}. Exempt? Says she's on Universal Credit, to bring letter. Mobile {{PHONE|07402 917 336}}.`),
  t("form", `Name | {{PERSON|Kaur, Harpreet}}
DOB | {{neg:date|07/09/1979}}
Phone | {{PHONE|+44 (0)121 496 0982}}
Mobile | {{PHONE|07700 140 617}}
Email | {{EMAIL|hkaur79@example.org}}
NI | {{UK_NINO|AB 55 81 07 D}}
Postcode | {{neg:postcode|B15 2TT}}`),
  t("form", `RETURNS FORM
Order no.: {{neg:order-number|SL-998142}}
Customer: Ms {{PERSON|Joanna Brightley}}
Reason: arrived damaged
Refund to: card ending {{neg:masked-card|**** 0093}}
Phone: {{PHONE|0161 496 0215}}
Collection date: {{neg:date|18 Nov}}`),
  t("chat", `[09:58] Visitor: Hello, I keep getting texts saying my card is blocked, is that you?
[09:58] Agent {{PERSON|Sunita}} (Thameside Bank): Hello! We never ask for your PIN by text. Can you tell me the number the text came from?
[09:59] Visitor: {{PHONE|+44 7451 002 389}}
[10:00] Agent {{PERSON|Sunita}} (Thameside Bank): That isn't one of ours, it's a scam. Please don't click the link. Our only number is {{PHONE|0345 600 2290}}.
[10:00] Visitor: ok thanks. it's {{PERSON|Doreen Ashby}} btw in case you need to note it`),
  t("chat", `{{PERSON|paddy}}: router keeps rebooting lol
Harbourtel bot: I can help with that! What's the router model?
{{PERSON|paddy}}: HT-Hub 5
Harbourtel bot: Thanks. Please try visiting {{IP_ADDRESS|192.168.1.1}} and check the firmware version.
{{PERSON|paddy}}: {{neg:version|5.0.22}}
Harbourtel bot: There's an update, {{neg:version|5.0.31}}. Would you like me to connect you to an agent?
{{PERSON|paddy}}: yeah
{{PERSON|Nadia}} (agent): Hi {{PERSON|Paddy}}! I can see your hub on {{IP_ADDRESS|fd12:3456:789a:1::1}} internally, I'll push the update now.`),
  t("note", `Outbound call to Mr {{PERSON|Ferdinand Achterberg-Lowe}} – no answer on {{PHONE|0113 496 0771}}, left VM. Try mobile tomorrow ({{PHONE|07921 330 462}}). Re: overdue bill {{neg:amount|£228.09}}, payment plan offer {{neg:amount|£40}}/month from {{neg:date|1 March}}.`),
  t("email", `From: ParcelPoint <{{EMAIL|noreply@parcelpoint.example}}>
To: {{EMAIL|a.sinclair@example.com}}

Hi {{PERSON|Alistair}},

Your parcel {{neg:tracking-number|PP 9911 4025 6638}} will arrive tomorrow between {{neg:time|10:15}} and {{neg:time|11:15}}. Your driver is {{PERSON|Marek}}.

Not in? Reply to this email or text CHANGE to {{PHONE|07860 039 112}}.`),
]
