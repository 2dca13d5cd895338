// en-IN texts, written one by one: lift and HVAC service desks in Pune and Bengaluru, a SaaS help desk, a forwarder at
// Nhava Sheva and a commercial landlord's tenant desk.
import { mk } from "./mk.ts"

const inn = mk("en-IN")

export const EN_IN = [
  inn("ticket", `Sahyadri Elevators · Complaint No. {{neg:case-number|SE-PUN-71842}}
Site: Tower B, Magarpatta Cybercity, Pune {{neg:postcode|411 013}}
Reported by: {{PERSON|Sunita Kulkarni}} (facility exec) — {{PHONE|+91 98450 21736}}
Issue: Lift B3 stopping with doors half open at 7th floor
Tech assigned: {{PERSON|Imran Shaikh}} ({{PHONE|94481 20375}}) · visit {{neg:date|02/12/2026}} {{neg:time|11:30}}
Update by {{PERSON|Imran Shaikh}}: door sensor replaced, AMC covers it. Customer to sign the service report.`),
  inn("email", `From: {{PERSON|Rohit Venkataraman}} <{{EMAIL|rohit.v@example.org}}>
To: {{EMAIL|support@tallybridge.example.com}}
Subject: Kindly whitelist our new office IP

Dear Sir/Madam,
We have shifted to new premises in Whitefield. Kindly add {{IP_ADDRESS|203.0.113.77}} to the allow-list of our account {{neg:account-number|TB-ENT-40931}} and remove {{IP_ADDRESS|192.168.10.254}} which was our old NAT.
Our GSTIN for the invoice is {{neg:tax-id|29AAGCT4417M1Z3}}.
Please do the needful.
Regards,
{{PERSON|Rohit Venkataraman}}
Mob: {{PHONE|97390 66124}}`),
  inn("chat", `CoolAxis HVAC · WhatsApp group export (service team)
[{{neg:date|01/12/26}}, {{neg:time|10:02}}] CoolAxis Service Desk: VRF outdoor unit at Indiranagar showroom tripping, error code E4
[{{neg:date|01/12/26}}, {{neg:time|10:04}}] Tech Team East: who is contact there
[{{neg:date|01/12/26}}, {{neg:time|10:05}}] CoolAxis Service Desk: store manager {{PERSON|Farhan Qureshi}} {{PHONE|080 4127 6630}}
[{{neg:date|01/12/26}}, {{neg:time|10:09}}] Tech Team East: ok reaching by 12. compressor warranty till {{neg:date|31 March 2027}}`),
  inn("form", `Vendor registration — Greenwood Commercial Estates
Vendor name: Shakti Facility Services
Proprietor: {{PERSON|Meenakshi Iyer}}
PAN: {{neg:tax-id|AKQPI7312K}}
Mobile: {{PHONE|+91 99620 48817}}
Email: {{EMAIL|accounts@shakti-fs.example.org}}
Bank a/c: {{neg:account-number|50100418826637}}  IFSC: {{neg:reference|HDFC0001843}}
Pincode: {{neg:postcode|600017}}`),
  inn("ticket", `Konkan Cargo Logistics · Export job {{neg:booking-ref|KCL-EXP-22/1187}}
Shipper: Rajhans Textiles, Surat — contact {{PERSON|Harshad Patel}}, {{PHONE|70451 83920}}
Container {{neg:tracking-number|CMAU 772104 9}} · Shipping bill {{neg:reference|SB 4471826}} · HS {{neg:reference|5208.42.10}}
Consignee: Abubakar Trading, Lagos — attn {{PERSON|Chiamaka Obi}}
Note: CHA desk ({{PHONE|022 2204 6618}}) confirms LEO dated {{neg:date|28/11/2026}}, vessel cut-off {{neg:time|18:00}}.`),
  inn("email", `From: {{EMAIL|billing@tallybridge.example.com}}
To: {{PERSON|Ananya Sengupta}}
Subject: Payment failed for subscription — action needed

Hello {{PERSON|Ananya}},
The auto-debit of {{neg:amount|INR 58,410}} on card {{neg:masked-card|XXXX-XXXX-XXXX-6620}} failed on {{neg:date|30 Nov}}.
> Reply from {{PERSON|Ananya}}: Please try the company card {{CARD|4916 7520 3318 8468}} instead. Our CFO {{PERSON|Subramaniam Krishnan}} approved it.
Thank you, Tallybridge Billing`),
  inn("chat", `Teams · Tallybridge L2 support
[16:20] L2-Support-BLR: enterprise customer says SSO users land on blank page
[16:21] L2-Lead: paste the log line?
[16:22] L2-Support-BLR: 2026-12-02 16:18:40 ERR oidc.callback user="{{PERSON|Tenzin Dorje}}" client_ip={{IP_ADDRESS|10.12.0.45}} build={{neg:version|5.8.0}} nonce mismatch
[16:24] L2-Lead: known issue on {{neg:version|5.8.0}}, hotfix {{neg:version|5.8.1}} tonight`),
  inn("ticket", `Greenwood Commercial Estates · Tenant desk · Req {{neg:case-number|GCE-3391}}
Tenant: Orbitz Analytics, 9th floor
Raised by: {{PERSON|Kavya Reddy}} ({{EMAIL|kavya.reddy@example.com}}, {{PHONE|022 6734 2281}})
Request: Access cards for 3 new joinees + parking for {{neg:plate|MH 02 DN 4417}}
Maintenance charges pending: {{neg:amount|₹1,84,500}} for Q3
Handled by: tenant desk, {{PHONE|080 2558 4107}}`),
  inn("email", `From: {{PERSON|Balwinder Gill}} <{{EMAIL|bgill@example.org}}>
To: {{EMAIL|ops@konkancargo.example.org}}
Cc: {{PERSON|Sadia Rahman}}
Subject: RE: Duty payment for BoE {{neg:reference|7730418}}

Duty of {{neg:amount|Rs. 3,42,180}} paid via ICEGATE. Challan {{neg:reference|CH-99184}}.
Please ask your driver {{PERSON|Manjunath Gowda}} to call our stores in-charge on {{PHONE|044 2815 9902}} before reaching. Gate closes {{neg:time|17:30}}.
-- 
{{PERSON|Balwinder Gill}}, Imports, Lakshmi Auto Components`),
  inn("form", `ticket_id,customer,site,contact_name,contact_phone,equipment,fault
{{neg:ticket-number|CAX-55120}},Apollo Diagnostics,Jayanagar,{{PERSON|Roshni Mathew}},{{PHONE|+91 80 4719 3358}},AHU-2 (serial {{neg:serial-number|CX18-0093}}),"belt noise, filter choke"`),
  inn("ticket", `Sahyadri Elevators · Parts order {{neg:order-number|PO/SE/2026/0917}}
For site: Phoenix Market City, Kurla
Requested by: {{PERSON|Sandeep Tiwari}}
Items: 2 x door rollers, 1 x ARD battery
Vendor contact {{PERSON|Hiral Shah}} {{PHONE|98201 44679}}
Advance paid {{neg:amount|₹22,400}} by card {{CARD|2227 1458 0936 6277}} (vendor asked for full number on PO, not good — flagged to finance, {{PHONE|+91 96330 71842}})`),
  inn("chat", `#tenant-helpdesk
[09:01] Helpdesk Gate 2: contractor for Unit 402 fit-out at gate, name {{PERSON|Sibusiso Ndlovu}}, says he has approval
[09:02] Helpdesk Supervisor: approval ref {{neg:case-number|FO-2026-118}} is valid till {{neg:date|15/12/2026}}
[09:02] Helpdesk Supervisor: his number on the work permit is {{PHONE|011 4152 7736}}, call and confirm
[09:04] Helpdesk Gate 2: confirmed, issuing day pass`),
  inn("email", `From: {{PERSON|Deepika Bose}} <{{EMAIL|deepika.bose@example.org}}>
To: {{EMAIL|support@tallybridge.example.com}}
Subject: Refund to wrong card?

Hi, the refund of {{neg:amount|INR 12,000}} went to {{neg:luhn-invalid|5273 8801 6449 2131}}? That number doesn't even look right. Our card is {{CARD|5273 8801 6449 2138}}.
Ticket was {{neg:ticket-number|TB-77031}}.
Thanks, {{PERSON|Deepika}}
{{PHONE|033 4006 1875}}`),
  inn("form", `site_visit_log
date={{neg:date|03/12/2026}}
engineer={{PERSON|Vignesh Subramanian}}
customer=Tata Hall, Andheri
unit_serial={{neg:serial-number|DKN-7704418}}
customer_sign_name={{PERSON|Zubair Ansari}}
site_landline={{PHONE|020 2612 4480}}
customer_mobile={{PHONE|+91 124 448 2690}}
next_pm={{neg:date|03/03/2027}}`),
  inn("ticket", `Konkan Cargo · AIR IMPORT · {{neg:tracking-number|MAWB 098-77215640}} / HAWB {{neg:tracking-number|KCL-H-55102}}
Consignee: MedEquip India, attn {{PERSON|Sreelakshmi Nair}}
Notify: customs broker {{PERSON|Yogesh Rane}}, {{EMAIL|yrane@example.org}}, office {{PHONE|022 4970 3318}}
Pkgs 6, chargeable wt 188 kg, IGST {{neg:amount|₹64,310}}, HSN {{neg:reference|9018.90.99}}`),
]
