// en-ZA texts: written one by one (funeral cover, solar and inverter leasing, driving school, cinema, pet food, school
// lift club transport, bicycle repair).
import { mk } from "./markup.ts"

const t = mk("en-ZA")

export const EN_ZA = [
  t("chat", `Ubuntu Family Funeral Cover – WhatsApp
Ubuntu Cover: Sawubona! This is {{PERSON|Lindiwe}}, how can I assist?
client: I want to add my mother in law to my policy
Ubuntu Cover: No problem. Your policy number please?
client: {{neg:policy-number|UFC 7731 0492}}
Ubuntu Cover: Thanks. Adding an extended member is {{neg:amount|R65}} per month. What is her name?
client: {{PERSON|Nomvula Khumalo}}`),
  t("transcript", `AGENT: Ubuntu Family Funeral Cover, good morning, {{PERSON|Bongani}} speaking.
CALLER: Morning. My uncle passed away on Friday, I need to claim.
AGENT: I'm sorry for your loss. Who is the main member?
CALLER: It's me, {{PERSON|Gift Mahlangu}}.
AGENT: Thank you Mr {{PERSON|Mahlangu}}. And the deceased?
CALLER: {{PERSON|Sipho Mahlangu}}.
AGENT: We pay out within 48 hours once we have the death certificate. What's your cellphone?
CALLER: {{PHONE|zero seven two, four four one, eight three oh six}}
AGENT: {{PHONE|072 441 8306}}, I'll WhatsApp you the claim form.`),
  t("note", `SunVault Energy lease: client {{PERSON|Pieter van der Merwe}}, inverter offline since load shedding stage 4 on {{neg:date|1 December}}. Serial {{neg:serial-number|SV5K 2209 4471}}, firmware {{neg:version|1.7.22}}. Tech booked Tue. Client disputing Dec debit order {{neg:amount|R1 349,00}}. Contact {{PHONE|083 662 0195}}, wife {{PERSON|Annelie}} {{PHONE|082 557 3018}}.`),
  t("email", `Subject: Debit order date change

Good day SunVault,

Please move my lease debit order from the 1st to the 25th, I get paid on the 25th. Contract {{neg:contract-number|SV-CT-004418}}.

My landline is {{PHONE|021 794 3350}} (Constantia, {{neg:postcode|7806}}).

Regards
{{PERSON|Fatima Jacobs}}
{{EMAIL|fatimaj@capemail.example}}`),
  t("sms", `SunVault: Dear {{PERSON|LERATO}}, your technician {{PERSON|Themba}} will arrive {{neg:date|08/12/2026}} between {{neg:time|08:00}} and {{neg:time|12:00}}. Queries {{PHONE|0861 786 882}}.`),
  t("ticket", `ROBOT & RANK DRIVING SCHOOL – BOOKING FORM
Learner: {{PERSON|Ayanda Zulu}}
Code: 8 (manual)
Learner's licence no.: {{neg:reference|LL 4420 8813 27}}
Cell: {{PHONE|+27 71 338 2945}}
Parent/guardian: {{PERSON|Precious Zulu}}
Parent cell: {{PHONE|0603419927}}
Package: 10 lessons + test car, {{neg:amount|R3 950}}`),
  t("note", `Robot & Rank: {{PERSON|Ayanda}} passed K53 yard test, failed on road (rolling stop). Rebooked test at Randburg DLTC {{neg:date|19/01/2027}}. Instructor {{PERSON|Naledi}}. Dad called {{PHONE|011 486 7720}}, wants extra 2 lessons.`),
  t("chat", `[14:02] Customer: hi my Ster-Kinekor tickets didnt come through
[14:03] {{PERSON|Thabo}} – Silverscreen: Hi! We're Silverscreen Cinemas, not Ster-Kinekor, but if you booked with us I can check. Booking ref?
[14:03] Customer: sorry yes silverscreen, {{neg:booking-ref|SS-PTA-661029}}
[14:04] {{PERSON|Thabo}} – Silverscreen: Found it, 2 x Saturday {{neg:time|19:30}}, Menlyn. Resending to {{EMAIL|kgomotso.m@jozimail.example}}.`),
  t("sms", `Happy Hound Food: your 15kg Lamb & Rice ships today, {{neg:amount|R899.00}} debited from card {{neg:masked-card|**** 6620}}. Courier waybill {{neg:tracking-number|HHF77120945}}. Help: {{PHONE|087 551 2034}}`),
  t("email", `From: {{PERSON|Riaan Botha}} <{{EMAIL|riaan@bothaoffice.example}}>
To: Happy Hound Food
Subject: Re: failed payment

Hi {{PERSON|Zanele}},

Sorry, the card expired. Please use {{CARD|4111 4829 1037 6654}} for the monthly order instead. The old one was {{neg:luhn-invalid|4111 4829 1037 6650}}, don't use that.

{{PERSON|Riaan}}

> On 3 Dec, {{PERSON|Zanele}} wrote:
> Your payment of {{neg:amount|R899.00}} for order {{neg:order-number|HH-2026-33981}} failed.`),
  t("ticket", `LIFT CLUB / SCHOOL TRANSPORT – REGISTRATION
School: Greenside Primary
Child: {{PERSON|Olwethu Dube}}, Grade 2
Pickup: 14 Jan Smuts Ave, {{neg:postcode|2193}}
Parent: {{PERSON|Nosipho Dube}}
Phone: {{PHONE|(011) 782 4406}}
Alt: {{PHONE|079 304 6615}}
Monthly fee: {{neg:amount|R1 100}}`),
  t("transcript", `agent pedal power cycle repairs good afternoon this is {{PERSON|brandon}}
caller hi i brought my mountain bike in on wednesday the name is {{PERSON|moodley}}
agent {{PERSON|kevin moodley}} yes its ready the quote was eight hundred and fifty rand
caller great can you send the invoice to my work number {{PHONE|zero three one five eight four two two seven oh}}
agent {{PHONE|031 584 2270}} okay will do`),
]
