// English texts (en-US, en-GB, en-IE, en-CA), written one by one: web-form pastes, CRM exports, JSON/YAML/XML/CSV
// snippets, vouchers, manifests, callback queues and wrap-up notes a contact centre keeps as free text.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const ie = mk("en-IE")
const ca = mk("en-CA")

export const EN_US = [
  us("ticket", `--- Web form submission (Contact us) ---
first_name: {{PERSON|Delphine}}
last_name: {{PERSON|Okafor-Reyes}}
email: {{EMAIL|dokaforreyes@example.net}}
phone: {{PHONE|(513) 627-4098}}
order_no: {{neg:order-number|BX-3382017}}
message: the blender lid cracked on day 2, want replacement not refund
submitted: {{neg:date|2026-11-29}} {{neg:time|21:47}}`),
  us("note", `CRM export – contact {{neg:customer-number|C-44817}}
Name: {{PERSON|KOWALCZYK, Brandon}}
Preferred: {{PERSON|Brandon}}
Login: {{PERSON|bkowalczyk}}
Mobile: {{PHONE|917-284-6630}}
Home: {{PHONE|(718) 390-2215}}
SSN (last 4 on file): {{neg:reference|x4471}}
Notes: prefers text, do not call before {{neg:time|9 am}}. {{neg:name-word|Will}} upgrade plan after the {{neg:amount|$49.99}} promo ends.`),
  us("ticket", `HR onboarding intake (pasted from DocuSign)
Employee: {{PERSON|Marcus T. Ellingsworth}}
SSN: {{US_SSN|538-21-7764}}
DOB: {{neg:date|04/17/1991}}
Emergency contact: {{PERSON|Lorna Ellingsworth}} {{PHONE|(404) 771-3382}}
Direct deposit: routing {{neg:reference|RT 061000104}}, last four {{neg:reference|x9921}}
Start date {{neg:date|12/08/2026}}`),
  us("note", `{"ticket":"{{neg:ticket-number|ZD-559213}}","requester":{"name":"{{PERSON|Yesenia Arroyo}}","email":"{{EMAIL|yarroyo@example.org}}","phone":"{{PHONE|+1 305 418 2276}}"},"tags":["billing","ssn-verify"],"ssn":"{{US_SSN|287-44-1095}}","card":"{{neg:masked-card|****4419}}" }`),
  us("summary", `Wrap-up code: BILL-DISPUTE / resolved
Agent: {{PERSON|Tanisha Greer}} (ext 2231)
Caller: {{PERSON|Gerald Finnegan}}, verified with social security {{US_SSN|709-38-2216}} and ZIP {{neg:postcode|60614}}
Voicemail left earlier, transcribed: "hi this is {{PERSON|Gerald}} call me back at {{PHONE|three one two, five five eight, oh four four seven}} thanks"
Outcome: credit of {{neg:amount|$18.40}} applied {{neg:date|Dec 4}}. {{neg:name-word|Mark}} ticket closed.`),
  us("email", `Subject: Order confirmation {{neg:order-number|#W20-771945}}

Hi {{PERSON|Priyanka}},

Thanks for your order! Ship to:
{{PERSON|Priyanka Venkataraman}}
88 Juniper Hollow Rd
Asheville, NC {{neg:postcode|28803}}

Paid with Visa ending {{neg:masked-card|•••• 6082}}, exp {{neg:card-expiry|09/29}}. Total {{neg:amount|$214.06}}.
Tracking: {{neg:tracking-number|9400 1118 9922 3847 5561 20}}
Questions? {{EMAIL|orders@tallpinesupply.example}}`),
  us("note", `callback_queue.csv
queue_id,name,phone,reason,window
{{neg:reference|CB-0091}},{{PERSON|Hollis Pruitt}},{{PHONE|615-902-3348}},refund status,{{neg:time|2 pm}}
{{neg:reference|CB-0092}},"{{PERSON|Nakamura, Emi}}",{{PHONE|(206) 745-1187}},address change,{{neg:time|3:30 pm}}
{{neg:reference|CB-0093}},{{PERSON|D. Ruiz}},{{PHONE|480.316.9902}},card declined {{neg:luhn-invalid|4929 1834 7720 5616}},{{neg:time|4 pm}}`),
  us("transcript", `[00:00:02] AGENT: Brightwater Benefits, this is {{PERSON|Roland}}.
[00:00:05] CALLER: hi it's {{PERSON|Felicia Montgomery}}, I need to update my beneficiary
[00:00:11] AGENT: Sure. For security, your social security number?
[00:00:14] CALLER: {{US_SSN|four one two, six seven, three three nine oh}}
[00:00:22] AGENT: Thanks. And the new beneficiary?
[00:00:24] CALLER: my son, {{PERSON|Darnell Montgomery}}, his cell is {{PHONE|eight one eight, two oh four, seven seven three one}}
[00:00:40] AGENT: Policy {{neg:policy-number|BWB-30017422}} updated.`),
  us("ticket", `Delivery manifest – Route 14 – {{neg:date|12/05/2026}}
STOP | RECIPIENT            | PHONE          | PKG
1    | {{PERSON|Abernathy, Colleen}}   | {{PHONE|(919) 342-7781}} | {{neg:parcel-number|PKG 55812}}
2    | {{PERSON|Vu Thi Lan}}           | {{PHONE|984-220-6193}}   | {{neg:parcel-number|PKG 55813}}
3    | Oakridge Dental (front desk) | {{PHONE|919-480-2275}}  | {{neg:parcel-number|PKG 55819}}
Driver: {{PERSON|Kendrick Bales}}  scanner fw {{neg:version|3.14.2}}`),
  us("note", `payroll_fix.yaml
employee:
  full_name: {{PERSON|Ruth-Ann Castellano}}
  alias: {{PERSON|R. Castellano}}
  ssn: "{{US_SSN|164-90-5573}}"
  old_ssn_typo: "{{neg:ssn-invalid|666-90-5573}}"
  work_email: {{EMAIL|rcastellano@lakeviewlogistics.example}}
  vpn_ip: {{IP_ADDRESS|10.42.7.118}}
  amount_owed: "{{neg:amount|$1,240.00}}"`),
]

export const EN_GB = [
  gb("ticket", `Web enquiry form – Harbourside Lettings
Title: Mrs
Forename: {{PERSON|Gwendolyn}}
Surname: {{PERSON|Ashdown-Pryce}}
Tel. (daytime): {{PHONE|0117 925 4418}}
Tel. (mobile): {{PHONE|07824 631 507}}
Email: {{EMAIL|g.ashdownpryce@example.com}}
Postcode: {{neg:postcode|BS8 4TJ}}
Enquiry: viewing for ref {{neg:reference|HL-2291}}, budget {{neg:amount|£1,350}} pcm`),
  gb("note", `Payroll query – NI mismatch
Employee: {{PERSON|Oluwaseun Bankole}} (payroll no. {{neg:reference|P-40816}})
NI number on HMRC letter: {{UK_NINO|JR 41 72 93 C}}
NI number in our system: {{neg:nino-invalid|QJ 41 72 93 C}} (typo, letters transposed)
Called him on {{PHONE|07701 284 396}} at {{neg:time|14:20}}; corrected. Back pay {{neg:amount|£312.44}} due {{neg:date|19 December}}.`),
  gb("note", `HR export for national insurance reconciliation (do not email outside HR)
[{{neg:reference|E1042}}] {{PERSON|Whitcombe}} / {{PERSON|Harriet}} / NI {{UK_NINO|PW582017A}} / mob {{PHONE|07956 118 240}}
[{{neg:reference|E1043}}] {{PERSON|Adeyemi}} / {{PERSON|Tobi}} / NI {{UK_NINO|NH 36 91 04 B}} / mob {{PHONE|07412 905 663}}
[{{neg:reference|E1044}}] {{PERSON|McAllister}} / {{PERSON|Fraser}} / NI {{UK_NINO|SK724518D}} / mob {{PHONE|+44 7583 220 914}}`),
  gb("email", `From: Bookings <{{EMAIL|bookings@thornbury-cottages.example}}>
To: {{EMAIL|nigel.hartwell@example.org}}
Subject: Booking voucher {{neg:booking-ref|TC-88152}}

Lead guest: {{PERSON|HARTWELL, Nigel}}
Party: 2 adults, 1 dog
Arrive {{neg:date|Fri 12 December}}, check-in from {{neg:time|16:00}}
Balance {{neg:amount|£486.00}} taken from card {{neg:masked-card|**** **** **** 2207}}
Key safe code is sent by SMS to {{PHONE|07968 447 130}} on the morning of arrival.`),
  gb("summary", `Call summary (auto + agent edit)
Agent: {{PERSON|Bethany Caul}}
Customer: {{PERSON|Ravinder Sandhu}}, verified by NI {{UK_NINO|TE 19 83 62 A}}
Issue: pension transfer form missing page 2 of 3.
Voicemail field (transcribed): "it's {{PERSON|Ravinder}}, ring me on {{PHONE|oh seven seven three nine, four oh two, eight one six}}"
Next: posted form to {{neg:postcode|LS6 2QF}} on {{neg:date|5 Dec}}.`),
  gb("note", `<customer id="{{neg:customer-number|C-772019}}">
  <name>{{PERSON|Imogen Fairweather}}</name>
  <display>{{PERSON|I. Fairweather}}</display>
  <phone type="landline">{{PHONE|020 8671 3904}}</phone>
  <email>{{EMAIL|imogen.f@example.net}}</email>
  <iban>{{IBAN|GB77 BARC 2031 8574 4029 61}}</iban>
  <iban_old>{{neg:iban-checksum|GB71 BARC 2031 8574 4029 61}}</iban_old>
</customer>`),
  gb("ticket", `| Slot  | Name              | Contact        | Wrap-up       |
|-------|-------------------|----------------|---------------|
| {{neg:time|09:15}} | {{PERSON|Aled Prosser}}      | {{PHONE|029 2048 7716}} | SALE-OK       |
| {{neg:time|09:40}} | {{PERSON|Shona Baird}}       | {{PHONE|0131 557 2285}} | NO-ANSWER     |
| {{neg:time|10:05}} | {{PERSON|Kwame Asante}}      | {{PHONE|07481 330 928}} | CALLBACK {{neg:time|3pm}} |`),
  gb("chat", `Live chat – Penrose Energy
[{{neg:time|11:02}}] Visitor: hi, account {{neg:account-number|PE-4410928}}, direct debit failed
[{{neg:time|11:03}}] {{PERSON|Callum}} (Penrose): Sorry! Can you confirm the name on the account?
[{{neg:time|11:03}}] Visitor: {{PERSON|Esther Mbeki}}, new bank is {{IBAN|GB19 NWBK 6017 2438 8150 96}}
[{{neg:time|11:05}}] {{PERSON|Callum}} (Penrose): Updated. Next collection {{neg:amount|£96.10}} on {{neg:date|1 January}}.`),
  gb("note", `Fixed-width export RPT042 {{neg:date|06/12/2026}}
SURNAME         FORENAME    PHONE          NI          
{{PERSON|OYELARAN}}        {{PERSON|BUKOLA}}      {{PHONE|07890 215 447}}  NI {{UK_NINO|WK 28 64 91 B}}
{{PERSON|FITZGERALD}}      {{PERSON|CONOR}}       {{PHONE|01865 274 118}}  NI {{UK_NINO|AB 73 05 12 C}}`),
  gb("email", `Survey response #{{neg:reference|SV-3091}}
Q1 How satisfied were you? 4/5
Q2 Anything else? "The lady, {{PERSON|Pauline}} I think, sorted it fast. If anyone needs me my mobile is {{PHONE|oh seven nine three one, six oh eight, two two five}}... sorry, it's {{PHONE|07931 608 225}}"
Respondent: {{PERSON|Declan Ware}} <{{EMAIL|declanware@example.org}}>
Device: app {{neg:version|5.2.1}}, IP {{IP_ADDRESS|2001:db8:4a1::17}}`),
]

export const EN_IE = [
  ie("ticket", `Contact form – Liffey Broadband
Name: {{PERSON|Siobhán Ní Cheallaigh}}
Mobile: {{PHONE|087 314 2296}}
Landline: {{PHONE|01 872 4419}}
Eircode: {{neg:postcode|D07 X2F8}}
Email: {{EMAIL|siobhan.nic@example.net}}
Router: firmware {{neg:version|2.8.14}}, WAN {{IP_ADDRESS|192.0.2.61}}`),
  ie("note", `CRM record (export)
surname: {{PERSON|O'Driscoll}}
given_name: {{PERSON|Cathal}}
known_as: {{PERSON|Cal}}
tel_home: {{PHONE|021 427 8830}}
tel_mobile: {{PHONE|+353 86 205 7714}}
iban: {{IBAN|IE35 AIBK 9310 4722 5830 16}}
account_no: {{neg:account-number|LB-0093112}}
last_contact: {{neg:date|28/11/2026}}`),
  ie("email", `Booking voucher – Connemara Coast Hotel
Voucher: {{neg:booking-ref|CCH-47709}}
Guest: Ms {{PERSON|Róisín Tierney}}
Check-in {{neg:date|20 December}} from {{neg:time|15:00}}; dinner {{neg:time|19:30}}
Deposit {{neg:amount|€120.00}} paid by {{neg:masked-card|XXXX-XXXX-XXXX-5318}}
Reception: {{PHONE|091 552 318}} | {{EMAIL|reception@connemaracoast.example}}`),
  ie("summary", `Wrap-up: REFUND-APPROVED
Caller {{PERSON|Eoghan Kinsella}} said his new number slowly: "{{PHONE|oh eight five, seven two one, four four oh nine}}".
Refund {{neg:amount|€64.50}} to {{IBAN|IE30 BOFI 9013 7564 8203 91}} (first read as {{neg:iban-checksum|IE03 BOFI 9013 7564 8203 91}}, corrected).
Agent: {{PERSON|Nuala Breen}}`),
  ie("note", `callbacks {{neg:date|08/12}}
- {{PERSON|Fionnuala Quirke}} – {{PHONE|083 449 1207}} – after {{neg:time|17:00}} – meter {{neg:meter-number|MPRN 10004418273}}
- {{PERSON|P. Brennan}} ({{PERSON|pbrennan}} on portal) – {{PHONE|089 260 5531}} – outage query
- Ballymun Credit Union – {{PHONE|01 842 6610}} – not a person, business line`),
  ie("ticket", `{"form":"move-in","tenant":"{{PERSON|Aisling Mulcahy}}","co_tenant":"{{PERSON|Tadhg Mulcahy}}","mobile":"{{PHONE|085 903 1148}}","email":"{{EMAIL|amulcahy@example.com}}","eircode":"{{neg:postcode|T12 K8N4}}","rent":"{{neg:amount|€1,650}}"}`),
  ie("chat", `Webchat – Shannon Travel
{{neg:time|16:41}} {{PERSON|Orla}} (agent): Hi, how can I help?
{{neg:time|16:42}} Guest: flight {{neg:flight-number|EI 164}} moved, booking {{neg:booking-ref|ST8KQ2}}
{{neg:time|16:42}} {{PERSON|Orla}} (agent): Name on the booking?
{{neg:time|16:43}} Guest: {{PERSON|Colm Maguire}}, it's on the ticket as {{PERSON|MAGUIRE COLM}}
{{neg:time|16:44}} {{PERSON|Orla}} (agent): Grand, I'll text the new time to {{PHONE|086 771 2039}}.`),
  ie("note", `TSV paste from dispatch
order	customer	phone	county
{{neg:order-number|DUB-20388}}	{{PERSON|Kieran Furlong}}	{{PHONE|053 914 2270}}	Wexford
{{neg:order-number|DUB-20391}}	{{PERSON|Gráinne Lally}}	{{PHONE|+353 87 418 6652}}	Galway
{{neg:order-number|DUB-20394}}	Tesco Sligo (goods in)	{{PHONE|071 915 2840}}	Sligo`),
  ie("email", `Order confirmation {{neg:order-number|LB-998201}}
Dear {{PERSON|Dervla}},
Card {{CARD|4556 0281 7743 0197}} was charged {{neg:amount|€39.99}}. (Your first attempt with {{neg:luhn-invalid|4556 0281 7743 0198}} failed.)
Questions: {{EMAIL|help@liffeybroadband.example}}
IP of purchase: {{IP_ADDRESS|198.51.100.23}}`),
  ie("transcript", `AGENT: Liffey Broadband, {{PERSON|Sinéad}} speaking.
CALLER: Hi, {{PERSON|Ruairí Dunne}} here, can you ring me back on a different number
AGENT: Go ahead.
CALLER: {{PHONE|oh eight seven, six four two, one nine nine three}}
AGENT: So {{PHONE|087 642 1993}}. Ticket {{neg:ticket-number|LB-T-55012}}, we'll call before {{neg:time|6pm}}.`),
]

export const EN_CA = [
  ca("ticket", `Web form – Maple Ridge Movers
first_name={{PERSON|Kateryna}}
last_name={{PERSON|Hrushevska}}
phone={{PHONE|604-871-3326}}
from_postal={{neg:postcode|V5N 2K7}}
to_postal={{neg:postcode|V6B 1A1}}
move_date={{neg:date|2027-01-09}}
quote={{neg:amount|CAD 1,180}}`),
  ca("note", `CRM: {{PERSON|LEBLANC, Marc-André}} / {{PERSON|M-A Leblanc}} / login {{PERSON|maleblanc}}
Cell {{PHONE|(506) 852-7740}}, work {{PHONE|506-388-1124}} ext 40
Email {{EMAIL|marcandre.leblanc@example.com}}
Customer # {{neg:customer-number|MR-118204}}; balance {{neg:amount|$412.30}}`),
  ca("email", `Subject: Your reservation {{neg:booking-ref|BNF-30218}} – Banff Ridge Lodge
Guest: {{PERSON|Theodore Anand}}
Dates: {{neg:date|Jan 15}} – {{neg:date|Jan 19}}
Card guarantee: Mastercard {{CARD|5274 8301 9266 4132}}, exp {{neg:card-expiry|07/28}}
Front desk {{PHONE|403-762-4481}}, {{EMAIL|stay@banffridge.example}}`),
  ca("summary", `Wrap-up: DELIVERY-MISSED
Customer {{PERSON|Ayesha Qureshi}} left this on the voicemail: "please call {{PHONE|four one six, five three eight, two nine oh seven}}, I was home all day".
Parcel {{neg:tracking-number|CP 7721 4408 1193}} rebooked for {{neg:date|Dec 9}} between {{neg:time|1 pm}} and {{neg:time|5 pm}}.
Agent {{PERSON|Wesley Boateng}}`),
  ca("note", `id|name|phone|province|note
{{neg:reference|R-01}}|{{PERSON|Gagnon, Élise}}|{{PHONE|819-771-4023}}|QC|bilingual
{{neg:reference|R-02}}|{{PERSON|Tremaine Wilks}}|{{PHONE|(902) 455-1187}}|NS|card {{neg:masked-card|****7310}}
{{neg:reference|R-03}}|{{PERSON|Ng, Wai Man}}|{{PHONE|+1 778 903 6612}}|BC|{{neg:name-word|Will}} call back {{neg:time|8 pm}}`),
  ca("ticket", `customer:
  name: {{PERSON|Brigitte Lavoie}}
  phone: "{{PHONE|613-241-7795}}"
  email: {{EMAIL|blavoie@example.org}}
device:
  serial: {{neg:serial-number|SN-4C88-1207}}
  firmware: {{neg:version|v4.0.3}}
  last_ip: {{IP_ADDRESS|fd4e:21a0:7c1::9}}`),
  ca("chat", `Northern Lights Telecom chat
Bot: What's your name?
You: {{PERSON|Jaspreet Dhillon}}
Bot: Thanks {{PERSON|Jaspreet}}! Account number?
You: {{neg:account-number|NLT-5503817}}
{{PERSON|Hannah}} (agent): I see a {{neg:amount|$35}} roaming charge from {{neg:date|Nov 22}}. I'll refund it and text {{PHONE|(587) 334-9021}}.`),
  ca("email", `Order {{neg:order-number|CA-77310-B}} shipped
{{neg:name-word|Bill}} to: {{PERSON|Greer, Alastair}}
Ship to: {{PERSON|Morwenna Greer}}, 14 Pine Cres, Halifax NS {{neg:postcode|B3H 2Y9}}
Paid: Amex {{CARD|3719 482603 57711}}
Need help? {{PHONE|1-888-240-7713}}`),
  ca("note", `Agent wrap-up notes (Saskatoon team)
{{neg:time|10:12}} {{PERSON|Dolores Tkachuk}}, {{PHONE|306-955-1408}}, address updated, postal {{neg:postcode|S7N 0X3}}
{{neg:time|10:31}} {{PERSON|Arjun Mehta}}, {{PHONE|306 665 2217}}, asked about app {{neg:version|2.19.0}} crash
{{neg:time|10:58}} {{PERSON|Dolores Tkachuk}} again (same number {{PHONE|306-955-1408}})`),
  ca("transcript", `AGENT: Prairie Hydro, {{PERSON|Colette}} speaking.
CALLER: hi this is {{PERSON|Bryce Harlow}}, my callback number is {{PHONE|two oh four, nine four seven, three three one eight}}
AGENT: {{PHONE|204-947-3318}}, got it. Meter {{neg:meter-number|PH 8841 0327}}, reading {{neg:date|Dec 3}}.`),
]
