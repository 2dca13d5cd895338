// en-GB texts, part 5: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_5 = [
  t("email", `Hello,

Please can you update my bank details for the monthly premium. New account:
Name: {{PERSON|Priya Ramaswamy}}
IBAN: {{IBAN|gb82west12345698765432}}

And just so you know, my NI number changed on your letter – it should be NI number {{UK_NINO|JT 44 19 06 C}}, not {{neg:nino-invalid|TN 44 19 06 C}}.

Ta,
{{PERSON|Priya}}
{{PHONE|07491 882 016}}`),
  t("chat", `11:02 ParcelPoint: Hi! You're talking to {{PERSON|Lewis}} 📦
11:02 Me: hi i moved house, can u redirect parcel {{neg:tracking-number|PP 6620 9183 0044}}
11:03 ParcelPoint: Sure, new postcode?
11:03 Me: {{neg:postcode|EH7 5QT}}
11:04 ParcelPoint: And your name and number in case the driver needs you?
11:04 Me: {{PERSON|morag sutherland}} {{PHONE|07389 441 207}}
11:05 ParcelPoint: Done – out for delivery Friday {{neg:date|13 March}}.`),
  t("summary", `Call summary – card services
Customer: {{PERSON|Adaeze Nwosu}}
Reason: new card not arrived after 10 days
Actions: old card ending {{neg:masked-card|**** 2207}} cancelled; new card re-issued to {{neg:postcode|SE15 4NH}}; NI no. used for ID&V: {{UK_NINO|HL 90 22 84 A}}
Follow up: text to {{PHONE|07555 109 332}} when dispatched`),
  t("transcript", `[00:00:03] Agent: Skyward, {{PERSON|Fern}} speaking, how can I help?
[00:00:05] Caller: hi, flight {{neg:flight-number|SK 338}} to Faro tomorrow, my wife's in a wheelchair and we need assistance
[00:00:10] Agent: Of course. Passenger names?
[00:00:12] Caller: {{PERSON|Leonard}} and {{PERSON|Mavis Greenhalgh}}
[00:00:16] Agent: And a contact number at the airport?
[00:00:18] Caller: {{PHONE|oh seven eight double-four, five one two, nine oh three}}`),
  t("form", `Customer record
Name ..... Mr {{PERSON|Tobiah O'Callaghan-Reid}}
Tel ...... {{PHONE|028 9018 0455}}
Mob ...... {{PHONE|+44 7722 906 113}}
Email .... {{EMAIL|tobiah.ocr@example.net}}
Tariff ... Fixed 12m, {{neg:amount|£1,142}}/yr est.
Router ... {{IP_ADDRESS|192.168.0.1}} / fw {{neg:version|2.44.1}}`),
]
