// en-GB texts, written one by one: a lift maintainer's and a boiler servicer's dispatch desk, a SaaS help desk, a
// forwarder at the Humber and a commercial landlord's tenant desk.
import { mk } from "./mk.ts"

const gb = mk("en-GB")

export const EN_GB = [
  gb("ticket", `Pennine Lift Services · Job {{neg:ticket-number|PLS-66120}} · Passenger lift L2 trapped-persons call-out
Logged {{neg:date|30/11/2026}} {{neg:time|18:42}} · Engineer line: {{PHONE|0161 496 7731}}
Site: Wellington Mill, Halifax {{neg:postcode|HX1 5QN}} · out-of-hours key holder {{PERSON|Bernadette O'Shaughnessy}} on {{PHONE|07823 382 406}}
18:55 on site, released 2 persons, L2 isolated. Landing door lock {{neg:serial-number|KONE-KM603150}} to be replaced, part ordered on PO {{neg:order-number|PO-44817}}.`),
  gb("form", `CIS subcontractor verification — Thameside Boiler Care
Name: {{PERSON|Tomasz Wróblewski}}
Trading as: TW Gas & Heating
Gas Safe reg: {{neg:reference|591377}}
NI number: {{UK_NINO|JT 48 21 73 B}}
UTR: {{neg:tax-id|41792 05836}}
Mobile: {{PHONE|07534 218 906}}
Email: {{EMAIL|tomasz.w@example.org}}
Bank (for payments): {{IBAN|GB42 NWBK 6017 2431 9266 15}}`),
  gb("email", `From: {{PERSON|Harriet Oyelaran-Smith}} <{{EMAIL|harriet.os@example.com}}>
To: {{EMAIL|helpdesk@quillsoft.example.net}}
Cc: {{EMAIL|it-ops@example.com}}
Subject: SSO broken for new joiners — urgent

Morning,
Anyone added after {{neg:date|23 November}} gets "user not provisioned". Log excerpt from our side:
> {{neg:time|09:12}} WARN scim.push user="{{PERSON|Priyanka Chaudhary}}" status=409 src_ip={{IP_ADDRESS|172.16.40.9}}
We're on connector {{neg:version|2.14.1}}. Could someone ring me on {{PHONE|0161 273 5590}}?

Kind regards,
{{PERSON|Harriet}}`),
  gb("chat", `[09:14] Tenant Desk (shared): morning, Ouseburn Estates tenant desk here, contractor for Unit 7 has arrived with no RAMS
[09:15] Facilities Mgr: which firm?
[09:15] Tenant Desk (shared): Brightspark Electrical, lead is {{PERSON|Kojo Mensah}}, {{PHONE|07956 204 117}}
[09:17] Facilities Mgr: send him to reception, {{PERSON|Nadia}} has the permit pack. He {{neg:name-word|may}} start once signed
[09:18] Tenant Desk (shared): 👍 service charge query from Unit 7 too, {{neg:amount|£2,418.60}} for the quarter, invoice {{neg:invoice-number|CE-Q4-0719}}`),
  gb("ticket", `Humber Gateway Forwarding · IMPORT {{neg:booking-ref|HGF-I-280544}}
Container {{neg:tracking-number|TGHU 603418 2}} ex Ningbo, vessel ETA Immingham {{neg:date|2 Dec}}
Importer: Dalesman Outdoor Ltd, contact {{PERSON|Gwen Pritchard}}, {{PHONE|0113 496 2207}} or stores {{PHONE|0113 244 9182}}
Commodity code {{neg:reference|6403.99.93}}, duty + VAT {{neg:amount|£6,904.12}} deferred on DAN {{neg:account-number|8047791}}
Haulier driver {{PERSON|Arjun Bhattacharya}}, mobile {{PHONE|+44 7391 660 248}}, collecting {{neg:time|06:30}}.`),
  gb("email", `From: {{EMAIL|accounts@ouseburn-estates.example.com}}
To: {{PERSON|Ifeoma Nwachukwu}}
Subject: Service charge refund — bank details

Dear Ms {{PERSON|Nwachukwu}},
Thank you for confirming your account. Our records showed {{neg:iban-checksum|GB24 BARC 2065 1873 0642 91}}, which failed validation; we will refund the {{neg:amount|£812.00}} to {{IBAN|GB98 ALBN 4047 8812 0977 35}} as per your form.
If anything looks wrong, call {{PERSON|Rhodri Evans}} on {{PHONE|029 2048 3316}}.

Ouseburn Estates Ltd`),
  gb("form", `name,company,NI no,phone,site,start
{{PERSON|Mohammed Iqbal}},Northgate Scaffolding,{{UK_NINO|NP 61 09 42 D}},{{PHONE|0117 329 8841}},Temple Quay House,{{neg:date|07/12/2026}}`),
  gb("ticket", `Quillsoft Helpdesk · {{neg:ticket-number|QS-10348}} · IP allow-list change
From: {{PERSON|Ciarán Doherty}} (Dublin office)
Please replace {{IP_ADDRESS|192.0.2.140}} with {{IP_ADDRESS|192.0.2.141}} and add the IPv6 range for our VPN, {{IP_ADDRESS|2001:db8:77::1}}.
--- reply from {{PERSON|Olamide Fashola}} ---
Done, effective {{neg:time|14:05}}. Note: invoices for the Dublin entity now go out in EUR; remittance to {{IBAN|IE07 AIBK 9311 5266 1048 32}}.`),
  gb("chat", `Thameside Boiler Care · #callouts
[07:31] Callouts Desk: no heat no hot water at Riverside Surgery, combi showing F28
[07:32] Engineer 14: who do I ring on site
[07:32] Callouts Desk: practice manager {{PERSON|Agnieszka Sobczak}} {{PHONE|01905 612 448}}, she's in from 8
[07:40] Engineer 14: on my way, ETA {{neg:time|08:10}}. parts on van, {{neg:name-word|will}} need a new gas valve if it's the usual`),
  gb("email", `From: {{PERSON|Graham Leckie}} <{{EMAIL|g.leckie@example.org}}>
To: {{EMAIL|jobs@pennine-lifts.example.org}}
Subject: Fwd: lift breakdown at Canal Wharf

---------- Forwarded message ---------
From: {{PERSON|Latoya Campbell-Reid}}
Date: {{neg:date|28 November 2026}}
> Lift 1 is making a grinding noise between floors 2 and 3. Residents are using the stairs. I can be reached on {{PHONE|0131 556 7720}}.

{{PERSON|Graham}}: please treat as priority, contract {{neg:contract-number|PLS-MC-2291}}.`),
  gb("form", `Payroll change request (contract engineers) — Pennine Lift Services
Employee: {{PERSON|Stanislav Horák}}
Old NI no. on file: {{neg:nino-invalid|QJ 41 28 67 C}}
Corrected national insurance number: {{UK_NINO|WL 27 83 15 A}}
Pay into: {{IBAN|GB27 HLFX 1105 4538 8277 30}}
Contact: {{PHONE|+44 1224 583 716}} / {{PHONE|07887 412 650}}`),
  gb("ticket", `Ouseburn Estates · Tenant desk · {{neg:case-number|CE-TD-5512}}
Subject: Building passes for new staff, 4th floor (Fenwick & Hale)
Requested by office manager {{PERSON|Saoirse Whelan}} ({{EMAIL|s.whelan@example.com}})
Passes for: {{PERSON|Luca Bianchi}}, {{PERSON|Amara Diallo}}, {{PERSON|Oskar Lindgren}}
Photo ID checked at reception (front desk line {{PHONE|020 3318 4472}}). Passes {{neg:serial-number|CP-44810}} to {{neg:serial-number|CP-44812}} issued.`),
  gb("email", `From: {{PERSON|Ravinder Sandhu}} <{{EMAIL|rsandhu@example.net}}>
To: {{EMAIL|billing@quillsoft.example.net}}
Subject: Card payment for invoice {{neg:invoice-number|QS-INV-23019}}

Hi, I tried to pay online with {{neg:luhn-invalid|4228 3761 0054 8721}} and it was declined — my mistake, a digit was off. The correct card is {{CARD|4147 2083 6619 3055}}. Amount {{neg:amount|£1,140.00}}.
{{PERSON|Ravinder}} · {{PHONE|01224 871 305}}`),
  gb("form", `engineer_id=PLS-E-208
engineer_name={{PERSON|Chinedu Eze}}
ni={{UK_NINO|SH 90 46 28 C}}
van_reg={{neg:plate|YK71 HXP}}
fuel_card={{neg:masked-card|**** 3302}}
mobile={{PHONE|07412 558 930}}`),
  gb("chat", `#freight-ops · Humber Gateway
[11:02] Freight Ops 1: customer paid the duty by card over chat, I've got {{CARD|5481 9027 3366 4183}} in the transcript, can someone purge it
[11:03] Freight Ops Lead: purging. AWB for the air leg?
[11:03] Freight Ops 1: {{neg:tracking-number|125-40093381}}, consignee clerk {{PERSON|Zhou Xin}} wants delivery {{neg:date|3 Dec}}
[11:05] Freight Ops Lead: ok, NI for the new agency driver? he's {{PERSON|Florin Popescu}}, NI {{UK_NINO|KR 53 17 64 B}}`),
]
