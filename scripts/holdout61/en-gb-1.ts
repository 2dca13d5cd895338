// en-GB texts, part 1: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-GB")

export const EN_GB_1 = [
  t("email", `Subject: Tenancy renewal – Flat 2, 17 Cromwell Road, {{neg:postcode|BN3 3EF}}

Dear Ms {{PERSON|Adeyinka}},

Your fixed term ends on {{neg:date|28 February 2027}}. Your landlord, Mr {{PERSON|Peter Hollis}}, is happy to renew for 12 months at {{neg:amount|£1,175}} pcm (currently {{neg:amount|£1,120}}).

Please let me know by {{neg:date|10 January}} whether you would like to go ahead. As before, the deposit stays protected with the scheme under reference {{neg:reference|DPS-8841-2203}}.

Kind regards,
{{PERSON|Fiona Castellane}}
Lettings Negotiator, Harbourside Homes
T: {{PHONE|01273 322 418}} | M: {{PHONE|07845 216 903}}
{{EMAIL|lettings@harbourside.example}}`),
  t("note", `{{neg:date|04/12}} - tenant {{PERSON|Adeyinka}} rang, wants renewal but asks if rent rise can be {{neg:amount|£30}} not {{neg:amount|£55}}. will ask LL. her mob {{PHONE|07912 438 552}}, pref WhatsApp. also boiler service overdue - {{PERSON|Gaz}} to book.`),
  t("transcript", `AGENT: Good morning, Shelbourne Pensions, you're speaking with {{PERSON|Harpreet}}.
CALLER: Hello, I'm ringing about my late husband's pension. His name was {{PERSON|Desmond Achebe}}.
AGENT: I'm very sorry for your loss, Mrs {{PERSON|Achebe}}. Do you have his National Insurance number to hand?
CALLER: Yes, it's {{UK_NINO|JR 41 77 20 C}}.
AGENT: Thank you. And yours, for the survivor's pension?
CALLER: My NI number is {{UK_NINO|PZ 58 31 09 A}}.
AGENT: Lovely. I'll send the forms to the address we hold, 9 Ash Grove, Leeds {{neg:postcode|LS6 2QP}}.`),
  t("sms", `Swiftwing Couriers: Your parcel {{neg:tracking-number|SW0048812630GB}} will arrive tomorrow between {{neg:time|10:15}} and {{neg:time|11:15}}. Driver: {{PERSON|Kuba}}. Not in? Text SAFE to {{PHONE|07860 024 117}}`),
  t("chat", `[10:02] You: hi my phone screen cracked, is it covered?
[10:02] Pocketfone Assist: Hi! I'm the Pocketfone bot. Let me find a colleague.
[10:04] {{PERSON|Ngozi}} from Pocketfone: Morning! Can I take the number on the account?
[10:04] You: {{PHONE|07723 618 440}}
[10:05] {{PERSON|Ngozi}} from Pocketfone: Thanks. Is this {{PERSON|Callum}}?
[10:05] You: yeah {{PERSON|Callum Strachan}}
[10:06] {{PERSON|Ngozi}} from Pocketfone: {{PERSON|Callum}}, your Pocketfone Care covers one screen repair a year with a {{neg:amount|£39}} excess. Shall I book you into our Leicester store?`),
  t("ticket", `Ref: {{neg:ticket-number|PF-662019}}
Name: {{PERSON|STRACHAN, CALLUM}}
Device: iPhone 15, IMEI {{neg:imei|353918104477621}}
Repair booked: {{neg:date|9 Dec}}, {{neg:time|14:30}}, Pocketfone Leicester Highcross
Excess paid: {{neg:amount|£39.00}} – card {{neg:masked-card|•••• 6656}}
Agent: {{PERSON|N. Eze}}`),
  t("email", `From: {{PERSON|Tobias Wren}} <{{EMAIL|toby.wren@postbox.example}}>
To: Admissions, Northmoor University
Subject: Clearing – offer letter not received

Hi,

I accepted an offer through Clearing on the phone on {{neg:date|15 August}} (BSc Geography, UCAS ID {{neg:customer-number|174-889-203}}) but haven't had anything in writing. The lady I spoke to was called {{PERSON|Bronwen}}.

Could someone ring me on {{PHONE|07402 551 886}} or my mum's landline {{PHONE|0114 496 0233}}?

Thanks,
{{PERSON|Toby}}`),
  t("transcript", `[00:00:01] agent: welcome to hartwell dental this is {{PERSON|chloe}}
[00:00:03] caller: hiya i've got really bad toothache can i get an emergency slot
[00:00:07] agent: oh no we've got eleven forty today with doctor {{PERSON|mensah}} can i take your name
[00:00:12] caller: {{PERSON|shannon pryce}}
[00:00:14] agent: and a mobile
[00:00:16] caller: {{PHONE|oh seven nine five six, two two one, four oh eight}}
[00:00:21] agent: {{PHONE|oh seven nine five six, two two one, four zero eight}} lovely see you at eleven forty`),
  t("note", `Gift Aid q: donor Mr {{PERSON|R. Okonjo-Baines}} wants his direct debit moved to the 1st. Acct {{IBAN|GB36 BARC 2000 3584 7192 04}} (same). Previous DD typed as {{neg:iban-checksum|GB63 BARC 2000 3584 7192 04}} - rejected, fixed. cb {{PHONE|020 7946 0418}}`),
  t("sms", `Brightmoor Vets: Reminder - Alfie is due his booster on Tue {{neg:date|16 Dec}} at {{neg:time|5.20pm}}. Pls call {{PHONE|01904 622 517}} if you can't make it.`),
  t("ticket", `LOST PROPERTY / BAGGAGE – Skylark Airways
File ref: {{neg:reference|LGWSK41882}}
Passenger: {{PERSON|Imogen Farquharson-Lyle}}
Flight: {{neg:flight-number|SK 809}} Malaga–Gatwick, {{neg:date|02/12/2026}}
Item: child's car seat, grey
Contact: {{PHONE|+44 7957 402 118}}, {{EMAIL|imogen.fl@homeweb.example}}
Update {{neg:date|04/12}} ({{PERSON|Dev}}): seat found in MAD. {{neg:name-word|Will}} be couriered to home address, RH10 area.`),
  t("chat", `Streamora Help – chat transcript
Visitor: my account got hacked, someone changed the email
{{PERSON|Priyanka}} (Streamora): That's awful, sorry! I can help. What's the original email on the account?
Visitor: {{EMAIL|danny.holt84@webmail.example}}
{{PERSON|Priyanka}} (Streamora): Thanks {{PERSON|Danny}}. I can see a login from {{IP_ADDRESS|198.51.100.203}} at {{neg:time|03:14}} and the email changed a minute later. I've restored it and logged everyone out.
Visitor: cheers. my name's {{PERSON|Daniel Holt}} if you need it for the report`),
  t("email", `Subject: New starter paperwork – {{PERSON|Oluwaseun Adebayo}}

Hi {{PERSON|Seun}},

Welcome to the Shelbourne Pensions contact centre! Before your first day on {{neg:date|5 January}}, please send your bank details and NI number. I have your NI as {{neg:nino-invalid|QQ 12 34 56 C}} from the application form – I think that's the placeholder from the template. Your P45 says NI no. {{UK_NINO|SE 61 09 27 B}}, so I'll use that unless you say otherwise.

Bank details for payroll: sort code {{neg:sort-code|20-45-77}}, IBAN {{IBAN|GB98 LOYD 3096 2811 0477 33}} – please confirm.

Thanks,
{{PERSON|Marion Crabtree}}, HR`),
]
