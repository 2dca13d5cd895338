// en-US texts, written one by one: field-service dispatch, SaaS support, freight and customs, and a property manager's
// tenant desk, on the written channel (tickets, e-mails, chat exports, forms).
import { mk } from "./mk.ts"

const us = mk("en-US")

export const EN_US = [
  us("ticket", `JOB #{{neg:ticket-number|KE-204417}} · Summitline Elevator Service · Car 2 stuck between floors 3/4
Opened {{neg:date|11/30/2026}} {{neg:time|07:52}} by dispatch desk ({{PHONE|(312) 744-1028}})
Site contact: {{PERSON|Desmond Achterberg}}, chief engineer, cell {{PHONE|(312) 648-2290}}
Access: loading dock off W. Erie, badge at security desk, ask for the key to machine room
--- update {{neg:time|09:40}} tech {{PERSON|Tuan Nguyen}}
Replaced door operator belt, p/n {{neg:serial-number|GAA24350BH1}}. Car back in service. Customer will review invoice later.`),
  us("email", `From: {{PERSON|Lorraine Szymanski}} <{{EMAIL|lszymanski@example.com}}>
To: {{EMAIL|support@ledgerly.example.net}}
Subject: Please add two IPs to our allow-list before Monday

Hi team,
Our office egress moved. Could you add {{IP_ADDRESS|203.0.113.58}} and {{IP_ADDRESS|203.0.113.59}} to the allow-list for workspace {{neg:account-number|ACME-00381}}, and remove {{IP_ADDRESS|198.51.100.14}}?
We're on build {{neg:version|7.3.12}} of the desktop agent if that matters.

Thanks,
{{PERSON|Lorraine}}
IT Ops lead · {{PHONE|646-381-7724}} · desk {{PHONE|646-290-5183}}`),
  us("chat", `#dispatch-hvac · Copperleaf Heating & Air
[08:03] dispatch.desk: rooftop unit 4 at 1180 Commerce Pkwy is down again, tenant says no heat on 2nd floor
[08:04] north.van.lead: who's the site contact there
[08:05] dispatch.desk: {{PERSON|Hector Villanueva}} facilities, {{PHONE|469.218.3357}}, he'll meet at the gate
[08:05] north.van.lead: ok dispatching {{PERSON|Ray}} from the north van, PO {{neg:order-number|PO-77120}}
[08:07] dispatch.desk: ty. compressor contactor was replaced {{neg:date|Nov 18}} so check warranty`),
  us("form", `--- Subcontractor onboarding (W-9 details) · Copperleaf Heating & Air ---
legal_name: {{PERSON|Oluwaseun Adeyemi}}
business: Peachtree Mechanical LLC
tin_type: SSN
ssn: {{US_SSN|412-68-3097}}
phone: {{PHONE|(404) 961-2283}}
email: {{EMAIL|seun@adeyemi-mech.example.com}}
zip: {{neg:postcode|30318}}
epa_608_cert: {{neg:serial-number|608-UNV-441928}}
signed: {{neg:date|12/02/2026}}`),
  us("ticket", `Ticket {{neg:ticket-number|LDG-58213}} · Ledgerly Support · Priority: High
Requester: {{PERSON|Anjali Deshmukh}} (Finance admin, Orchard Foods)
"Users can't sign in via SSO since this morning, error below"
> 2026-12-01T14:22:07Z ERROR saml.assert user="{{PERSON|Brandon Tefera}}" idp=okta src={{IP_ADDRESS|10.40.12.77}} reason=AudienceMismatch
Agent note ({{PERSON|Jordan Whitfield}}): IdP entity ID changed on their side. Sent the new metadata URL. Asked {{PERSON|Anjali}} to confirm at {{EMAIL|anjali.d@example.org}}.
Status: pending customer`),
  us("email", `From: Tidewater Freight & Customs <{{EMAIL|bookings@example.net}}>
To: {{PERSON|Gustavo Ferreira-Lima}}
Cc: {{PERSON|Mei-Ling Cho}}; {{EMAIL|accounts@example.net}}
Subject: RE: Booking {{neg:booking-ref|TWF-BK-330918}} / container {{neg:tracking-number|MSKU 481203 6}}

{{PERSON|Gustavo}}, the box is discharged at Long Beach, available {{neg:date|12/04/2026}}. Duty and MPF come to {{neg:amount|$4,812.36}} on entry {{neg:reference|EJ7-0039218-4}}; HTS {{neg:reference|8413.70.2004}}.
Trucker's dispatch line is {{PHONE|(503) 772-1946}}, after hours {{PHONE|(206) 378-9921}}.

> On {{neg:date|11/29/2026}}, {{PERSON|Mei-Ling Cho}} wrote:
> Can you give us an ETA for the delivery to the Ontario warehouse?`),
  us("form", `tenant_request_id,building,suite,requester,phone,email,type,notes
{{neg:case-number|TR-90412}},Lakeview Tower,1410,{{PERSON|Fatima Al-Masri}},{{PHONE|(617) 394-0821}},{{EMAIL|f.almasri@example.com}},contractor visit,"Painters from BrightCoat, 3 people, {{neg:date|Dec 9}} {{neg:time|6:00 pm}} to 11 pm, freight elevator needed"`),
  us("chat", `Teams · Ledgerly billing escalations
[10:12] billing.esc: customer paid invoice {{neg:invoice-number|INV-2026-11832}} twice, {{neg:amount|$1,980.00}} each
[10:13] payments.team: which card? I only see {{neg:masked-card|**** 4417}} on file
[10:14] billing.esc: they pasted the full number in the ticket 🙄 {{CARD|4598 0217 4430 9689}}
[10:14] payments.team: ugh, redacting it now. refund the second charge, I'll {{neg:name-word|bill}} the next period normally`),
  us("ticket", `WO {{neg:ticket-number|88214}} · Summitline Elevator Service · annual safety test
Building: Grandview Medical Plaza, 2 hydraulic cars. Scheduled {{neg:date|Dec 14}}, {{neg:time|8:00 am}}.
Building manager {{PERSON|Priscilla Nakamura}} asks that the inspector call ahead: {{PHONE|720-413-8865}}
Inspector's office: {{PHONE|(713) 952-4417}}, state license {{neg:reference|QEI-20417}}
Update: customer asked to move it; waiting on confirmation.`),
  us("email", `From: "{{PERSON|Nnamdi Okafor}}" <{{EMAIL|nokafor@example.com}}>
To: {{EMAIL|billing@ledgerly.example.net}}
Subject: Card for renewal

Hello, please charge the annual renewal ({{neg:amount|$14,400}}) to our corporate Amex {{CARD|3714 498266 30170}}, exp {{neg:card-expiry|09/28}}. The old Visa ending {{neg:masked-card|xxxx 2210}} was cancelled.
Our AP line going forward is {{PHONE|(801) 566-3042}} (fax {{PHONE|(617) 482-3306}}).

{{PERSON|Nnamdi Okafor}} | Controller | Prairie Grain Co-op`),
  us("ticket", `Tidewater Freight · AIR EXPORT · AWB {{neg:tracking-number|176-48213375}}
Shipper: Corvus Robotics, contact {{PERSON|Ilse Brandvold}} {{PHONE|+1 206 834 5172}}
Consignee: Hanwa Precision, Osaka, attn {{PERSON|Hiroshi Takemura}}
Pieces 3 / 412 kg. ECCN EAR99, {{neg:reference|Schedule B 8479.89.9499}}
Note from counter: the shipper's clerk {{PERSON|Jasmine Ortega}} left a card number for the export fees on the sticky, {{CARD|5204 1399 7421 0873}}, moved into the payment system and shredded.`),
  us("chat", `#tenant-desk · Crestline Property Management
[14:30] tenantdesk.crestline: Suite 520 lost two access badges, they want them deactivated
[14:31] access.control: badge IDs?
[14:31] tenantdesk.crestline: {{neg:serial-number|HID-0041872}} and {{neg:serial-number|HID-0041873}}, tenant contact {{PERSON|Vikram Raghunathan}} {{PHONE|(919) 302-7754}}
[14:33] access.control: done. I'll also {{neg:name-word|mark}} them lost in the access log`),
  us("form", `contractor_check_in
company=Ironwood Roofing
crew_lead={{PERSON|Teodoro Baptiste}}
crew_lead_phone={{PHONE|888-641-2207}}
coi_policy={{neg:contract-number|GL-3318-07744}}
ssn={{US_SSN|529-41-7836}}
arrival={{neg:time|07:15}}
building_zip={{neg:postcode|60654}}`),
  us("email", `From: {{PERSON|Yesenia Castañeda}} <{{EMAIL|ycastaneda@example.org}}>
To: {{EMAIL|dispatch@copperleaf.example.com}}
Subject: Boiler no-heat, 44 Harbor St — please send someone today

We have no heat in the east wing. Boiler shows fault E-27. Last service ticket was {{neg:ticket-number|BW-31907}}.
The custodian {{PERSON|Abdullahi Warsame}} can let your tech in, his cell is {{PHONE|+1 713 482 9016}}.
For the contractor file: our facilities tech {{PERSON|Lucas Hendry}}'s SSN on the older form was typed wrong as {{neg:ssn-invalid|666-12-4409}}, the correct one is social security {{US_SSN|318-46-2075}}.`),
  us("ticket", `Ledgerly Support · ticket {{neg:ticket-number|LDG-59004}} · "Remove ex-employee"
Requester: {{PERSON|Marguerite Tibbs}}, workspace owner
Please deactivate {{PERSON|Dominic Sato}} (left {{neg:date|11/20/2026}}) and transfer his reports to the finance admin.
His former manager asks us to note his SSN for the offboarding file: {{US_SSN|604-18-2273}}.
> audit 2026-11-20 17:02:55 login ok user="{{PERSON|Dominic Sato}}" ip={{IP_ADDRESS|2001:db8:4a1::17}}
> audit 2026-11-27 03:41:10 login FAILED user="{{PERSON|Dominic Sato}}" ip={{IP_ADDRESS|203.0.113.201}}
Done by L2 ({{PHONE|(469) 551-0274}}). Also rotated workspace API token. For his W-2 re-issue HR quoted SSN {{US_SSN|207-55-4918}}.`),
]
