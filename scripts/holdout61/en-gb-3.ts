// en-GB texts, part 3: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_3 = [
  t("note", `pension tracing - caller Mrs {{PERSON|Agnes McCready}} looking for old works pension from Templeworth Mills (left 1988). NI no. {{UK_NINO|AB 12 74 39 C}}. maiden name {{PERSON|Duffy}}. DOB {{neg:date|14/03/1956}}. sent tracing form to 22 Kelvin Way, Paisley {{neg:postcode|PA2 7TJ}}. cb {{PHONE|0141 496 0327}}`),
  t("email", `Subject: Overpayment of Pension Credit?

Dear Sir or Madam,

I was told by your colleague {{PERSON|Simon}} on the phone that I'd been overpaid. My national insurance number is {{UK_NINO|NH 52 06 81 B}} (not {{neg:nino-invalid|QQ 52 06 81 B}} as on your letter, that's clearly a placeholder).

Could you explain the {{neg:amount|£612.40}}? I'd also like a {{neg:name-word|grace}} period before any deductions start.

Yours faithfully,
{{PERSON|Leonard Oyelowo}}
{{PHONE|01254 682 913}}`),
  t("chat", `[16:20] You: hi is the rose gold one in stock?
[16:21] {{PERSON|Aisling}} – Phonehub Croydon: Hiya! The {{neg:name-word|rose}} gold 256GB is, yes. {{neg:amount|£899}} or on contract from {{neg:amount|£32}}/month.
[16:22] You: contract pls. can I pay upfront with card {{neg:luhn-invalid|4024 0071 5283 4117}}
[16:22] {{PERSON|Aisling}} – Phonehub Croydon: That one didn't go through, maybe a typo? Please don't post full card numbers here though, we'll take it in store 😊`),
  t("transcript", `[00:00:00] agent: morning you're through to the lettings team at fenwick and blythe this is {{PERSON|kieran}}
[00:00:04] caller: hi i'm the tenant at flat four forty two dunstan road the boiler's broken again
[00:00:09] agent: oh no sorry can i take your name
[00:00:11] caller: {{PERSON|olivia nakamura-jones}}
[00:00:14] agent: and a number for the engineer
[00:00:16] caller: {{PHONE|oh seven eight four five, two one six, nine oh three}}
[00:00:21] agent: great i'll get {{PERSON|dave}} out there by {{neg:time|4pm}}`),
  t("ticket", `Donor record update – ref {{neg:reference|DON-0044182}}
Name: {{PERSON|KHAN, Imran Ali}}
Change: Gift Aid declaration added, payroll giving moved to DD
IBAN: {{IBAN|GB46 LOYD 7712 0440 1983 57}}
Employer NI ref on form: {{UK_NINO|JL 81 45 27 D}} (donor's own NI number, collected for payroll giving)
Updated by: {{PERSON|Harriet}}, {{neg:date|05/12/2026}}`),
  t("sms", `Wyvern Vets: Hi {{PERSON|Marcus}}, Daisy's booster is due in {{neg:name-word|May}}. Book online or call {{PHONE|01392 276 540}}.`),
  t("note", `car hire - cust {{PERSON|Bartholomew Achterberg}} disputes {{neg:amount|£85}} admin fee for a PCN in Manchester {{neg:date|17/11}}. he will pay the PCN directly. waived fee. email {{EMAIL|b.achterberg@btinternet.example}}. plate {{neg:plate|MA24 KXP}}`),
  t("email", `Subject: Lost bag – {{neg:reference|EDIFL40112}}

Hi {{PERSON|Ruaridh}},

Good news – your holdall was found in Amsterdam and is on this evening's flight to Edinburgh. A courier will bring it to 4/2 Marchmont Crescent, {{neg:postcode|EH9 1HN}} tomorrow.

If you're not in, they'll call {{PHONE|+44 7923 118 604}}.

Regards,
{{PERSON|Beatrice Ng}}
Baggage Services, Flightline`),
]
