// en-US texts, first batch: written one by one (card disputes, health-plan prior authorisation, home warranty,
// marketplace buyer protection, water leaks, parking permits, e-learning support, dating-app safety, pharmacy benefits,
// stadium box office).
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US = [
  t("chat", `Harborstone Card – Disputes chat
[9:02 AM] You: there's a charge from a hotel I never stayed at, {{neg:amount|$612.40}} on {{neg:date|11/28}}
[9:03 AM] {{PERSON|Dana}} (Disputes): I'm sorry about that. Can you confirm the last four of the card?
[9:03 AM] You: {{neg:masked-card|**** 2740}}
[9:04 AM] {{PERSON|Dana}} (Disputes): Thanks. I've opened dispute {{neg:case-number|DSP-2026-448913}} and issued a provisional credit. A new card will arrive in 5-7 business days.
[9:05 AM] You: ok. text updates to {{PHONE|(404) 718-2256}} please, not the home line`),
  t("note", `cm {{PERSON|Gerald Okafor}} disputing {{neg:amount|$89.99}} subscription "StreamFit" – says cancelled {{neg:date|Oct 3}}. has cancellation email, will fwd to {{EMAIL|disputes@harborstone.example}}. full card on file {{CARD|5312 0477 1839 2056}} flagged, NOT reissued per cm request. cb {{PHONE|312.904.6618}} after {{neg:time|5pm}} CT.`),
  t("transcript", `[00:00:02] AGENT: Thank you for calling Bluecrest Health Plan prior authorization, my name is {{PERSON|Trevor}}. Who am I speaking with?
[00:00:07] CALLER: This is {{PERSON|Marguerite Baptiste}}, I'm calling from Dr. {{PERSON|Lindqvist}}'s office about an MRI for a patient.
[00:00:14] AGENT: Okay. Member ID?
[00:00:16] CALLER: {{neg:member-number|BCH 448 201 977}}, patient is {{PERSON|Rafael Contreras}}, date of birth {{neg:date|3/14/1967}}.
[00:00:31] AGENT: I see the request, reference {{neg:reference|PA-77120-M}}. It needs clinical notes. Fax them to {{PHONE|1-866-402-9931}}.
[00:00:40] CALLER: And if the reviewer has questions they can call me direct at {{PHONE|617-535-0148}}… sorry, that's the old one. {{PHONE|617-449-0148}}.`),
  t("email", `From: {{PERSON|Samantha Ruiz-Whitaker}} <{{EMAIL|sam.rw@homeinbox.example}}>
To: {{EMAIL|claims@homeshield.example}}
Subject: Re: Claim {{neg:claim-number|HSW-2210584}} – water heater

Hi,

The technician from your network came out Tuesday, {{neg:date|December 1}} and said the tank is leaking at the seam and needs full replacement. He quoted {{neg:amount|$1,340}} but your letter says the cap is {{neg:amount|$1,000}}. Can someone explain what I owe?

Best number is my cell {{PHONE|720 381 4497}}.

Thanks,
{{PERSON|Sam}}

> On Nov 29, HomeShield Claims wrote:
> Your service request has been dispatched. Service fee: $100.`),
  t("sms", `HomeShield: Your technician {{PERSON|Luis}} from ArcticAir HVAC is on the way, ETA {{neg:time|10:45 AM}}. Reschedule: {{PHONE|888-230-7714}} or reply R. Ref {{neg:claim-number|HSW-2213390}}`),
  t("ticket", `Tradeloft Buyer Protection – Case {{neg:case-number|TL-BP-0093317}}
Buyer: {{PERSON|Kenji Watanabe}}
Buyer email: {{EMAIL|kwatanabe.seattle@example.net}}
Seller: vintagegearhub (store)
Item: Fender amp, listing {{neg:order-number|#1129-4470-8813}}
Amount: {{neg:amount|$475.00}}
Reason: item not as described – speaker cone torn
Buyer phone: {{PHONE|+1 206 931 0472}}
Status: awaiting seller response (deadline {{neg:date|12/09/2026}})`),
  t("chat", `Tradeloft Help
guest_4471: my package shows delivered but it's not here 😩 order {{neg:order-number|TL 1130-2286-0051}}
{{PERSON|Brianna}} @ Tradeloft: I'm sorry! Let me check the tracking… it was left at a side door at {{neg:time|2:14 PM}}.
guest_4471: we don't have a side door lol
{{PERSON|Brianna}} @ Tradeloft: Understood. I've opened a protection claim. What name should it be under?
guest_4471: {{PERSON|Oluwaseun Adeyemi}}, email {{EMAIL|seun.adeyemi@example.com}}
{{PERSON|Brianna}} @ Tradeloft: Done – you'll hear back within 48 hours.`),
  t("transcript", `agent: tri county water leak line this is {{PERSON|rosa}} is this an emergency
caller: yeah kind of theres water coming up through the sidewalk in front of my house on elm
caller: like a lot of water
agent: okay whats the address
caller: forty one eighteen elm street
agent: and a callback number
caller: {{PHONE|four one two, eight oh six, three three nine one}}
agent: {{PHONE|four one two eight oh six three three nine one}} got it and your name
caller: {{PERSON|derek hollings}}
agent: thank you {{PERSON|derek}} a crew is being dispatched ticket is {{neg:ticket-number|W 88 1027}}`),
  t("note", `Leak rpt 12/4 – meter {{neg:meter-number|TCW-0047718}} spinning w/ all fixtures off. Cust {{PERSON|Abigail Fenwick}} ({{PHONE|412-276-8830}}) will shut main at street. Advised adj. on {{neg:name-word|bill}} possible after repair receipt. High usage {{neg:amount|$318.22}} vs avg {{neg:amount|$64}}.`),
  t("email", `Subject: Residential parking permit – Zone 4 renewal

Dear Permit Office,

I renewed online on {{neg:date|November 20}} but the confirmation still shows my old plate {{neg:plate|7KPR 219}}. My new plate is {{neg:plate|9BNX 004}}. Permit number {{neg:reference|RPP-Z4-10884}}.

Also my neighbor Mrs. {{PERSON|Halvorsen}} asked me to mention she never got her visitor passes.

Regards,
{{PERSON|Tomás Echeverría}}
{{PHONE|(503) 227-9915}}`),
  t("sms", `City of Fairmont Parking: Your Zone 2 permit expires {{neg:date|Dec 31}}. Renew at the portal or call {{PHONE|304.367.2200}} Mon-Fri. Fee {{neg:amount|$45}}.`),
  t("ticket", `Learnova Support – Ticket {{neg:ticket-number|LN-339021}}
Name: {{PERSON|Ashok Venkataraman}}
Email: {{EMAIL|ashok.v@learners.example.org}}
Course: Data Analytics Certificate, module 6
App version: {{neg:version|5.14.2}}
Issue: quiz submits but grade stays at 0%
IP at submission: {{IP_ADDRESS|198.51.100.23}}
Browser: Chrome 131`),
  t("chat", `[14:21] Learnova Bot: Hi! What can I help with today?
[14:21] learner: I was charged twice for the annual plan
[14:22] Learnova Bot: Connecting you to a human…
[14:24] {{PERSON|Yusuf}} (Billing): Hi, this is {{PERSON|Yusuf}}. I see two charges of {{neg:amount|$199}} on {{neg:date|Dec 2}}. One is a pending authorization and will drop off.
[14:25] learner: the bank says both posted. card ends {{neg:masked-card|•••• 5190}}
[14:26] {{PERSON|Yusuf}} (Billing): Then I'll refund the second one now. Anything else?
[14:26] learner: no thats it thanks 👍`),
  t("ticket", `Kindling Trust & Safety – Report {{neg:case-number|TS-5527014}}
Reporter: {{PERSON|Chloe Marchetti}} (user {{neg:customer-number|U-88214}})
Reported profile: @jt_traveler34
Category: romance scam / money request
Details: asked reporter to send gift cards, then to wire {{neg:amount|$2,500}}. Gave a number to text: {{PHONE|(702) 481-3306}}. Reporter sent nothing.
Login IPs of reported account: {{IP_ADDRESS|203.0.113.87}}, {{IP_ADDRESS|2001:db8:4a1::17}}
Action: account suspended {{neg:date|2026-12-03}}`),
  t("email", `From: Kindling Safety Team <{{EMAIL|safety@kindling.example}}>
To: {{EMAIL|m.oyelaran@example.com}}

Hi {{PERSON|Mobolaji}},

Thanks for your report. We reviewed the profile you flagged and removed it for violating our community guidelines. For your safety, please don't share your phone number or money with people you haven't met.

If you ever feel unsafe, call 911. You can also reach our safety line at {{PHONE|1-855-546-4642}}.

– {{PERSON|Priscilla}}, Trust & Safety`),
  t("transcript", `AGENT: ScriptLane Pharmacy Benefits, this is {{PERSON|Marcus}}. {{neg:name-word|May}} I have the member's ID?
CALLER: Yeah it's {{neg:member-number|SLX 7741 0092}}. I'm calling for my mother, {{PERSON|Evelyn Dubois}}.
AGENT: And your name?
CALLER: {{PERSON|Claire Dubois-Hart}}. I'm on her HIPAA form.
AGENT: I see you there. What's going on?
CALLER: Her Eliquis went from {{neg:amount|$47}} to {{neg:amount|$380}} at the pharmacy.
AGENT: She's in the coverage gap. I can send a form for the assistance program. Fax or mail?
CALLER: Email, {{EMAIL|claire.dh@example.org}}.`),
  t("note", `PBM call – prescriber office (Dr {{PERSON|Nakamura}}) requesting tier exception for member {{neg:member-number|SLX 8820 4471}}. Office contact {{PERSON|Jolene}}, {{PHONE|(615) 342-7709}} ext 212. Exception {{neg:reference|TE-20614}} sent to clinical. Decision due {{neg:date|12/08}}.`),
  t("sms", `Riverside Stadium Box Office: Your 2 tickets for Sat {{neg:date|Dec 12}} are in your wallet. Gate C opens {{neg:time|5:30 PM}}. Order {{neg:order-number|RSB-604418}}. Help: {{PHONE|(414) 271-8800}}`),
  t("chat", `Riverside Stadium Help
[7:48 PM] Fan: my seats are blocked by a camera platform!! sec 112 row K
[7:49 PM] {{PERSON|Devontae}} – Box Office: So sorry. Can I get the name on the order?
[7:49 PM] Fan: {{PERSON|Harriet Lowe}}
[7:50 PM] {{PERSON|Devontae}} – Box Office: Thanks {{PERSON|Harriet}}. I can move you to sec 114 row F, same price, or refund {{neg:amount|$186.00}}.
[7:50 PM] Fan: move us please
[7:51 PM] {{PERSON|Devontae}} – Box Office: Done, new barcodes sent to the email on file.`),
  t("ticket", `HR onboarding – ScriptLane call center (Tempe)
Employee: {{PERSON|Nguyen, Bao Tran}}
Position: Pharmacy Benefits Rep I
Start date: {{neg:date|01/05/2027}}
SSN: {{US_SSN|518-42-7731}}
Personal email: {{EMAIL|baotran.ng@example.net}}
Mobile: {{PHONE|480-219-6654}}
Emergency contact: {{PERSON|Nguyen, Minh}} (father) {{PHONE|480 335 1092}}`),
  t("transcript", `speaker 1: harborstone card services fraud department my name is {{PERSON|keith}}
speaker 2: hi i got a text about a purchase at an electronics store
speaker 1: i can help with that before we go on i need to verify you can you give me the last four of your social
speaker 2: its {{neg:reference|7731}}
speaker 1: thank you and the purchase was for one thousand two hundred dollars did you make it
speaker 2: no i did not
speaker 1: okay im blocking the card now and a new one goes out tomorrow`),
  t("note", `Disputes / chargeback: cm {{PERSON|Ingrid Solberg}} says merchant double-billed. Card {{CARD|4556 7301 9281 7460}}. first she read it as {{neg:luhn-invalid|4556 7301 9281 7406}}, corrected. amounts {{neg:amount|$58.10}} x2 on {{neg:date|Nov 30}}. Chargeback filed, ref {{neg:case-number|CB-99120377}}. email confirmation to {{EMAIL|isolberg@example.com}}.`),
  t("ticket", `HomeShield Warranty – new contract
Contract: {{neg:contract-number|HSW-C-7781204}}
Plan: Gold (systems + appliances)
Holder: {{PERSON|Whitaker, Desmond}}
Co-holder: {{PERSON|Whitaker, Lorraine}}
Property ZIP: {{neg:postcode|85284}}
Phone (home): {{PHONE|480.839.1127}}
Phone (work): {{PHONE|602-744-3019}} x4410
Email: {{EMAIL|dwhitaker@mail.example.com}}
Premium: {{neg:amount|$54.99}}/mo`),
  t("sms", `Bluecrest Health: Prior auth {{neg:reference|PA-81004}} for your knee MRI was APPROVED. Valid through {{neg:date|03/31/2027}}. Questions: {{PHONE|1 (800) 447-2210}}`),
  t("email", `Subject: prescription mail order didn't arrive

hello, my mail order from ScriptLane (order {{neg:order-number|SL-MO-2281904}}) was supposed to arrive {{neg:date|Dec 1}}. tracking hasn't moved since {{neg:date|Nov 27}}. its insulin so i need it soon. please call me {{PHONE|9 1 3 - 6 0 4 - 2 2 8 7}} or my daughter {{PERSON|Keisha}} at {{PHONE|913-604-7712}}

{{PERSON|Walter Pruitt}}`),
  t("transcript", `AGENT: Fairmont Parking Services, {{PERSON|Gwen}} speaking.
CALLER: Hi, I got a ticket in my own zone, I have a permit.
AGENT: Okay, what's the citation number?
CALLER: {{neg:ticket-number|FPC 2026 118 044}}
AGENT: I see it. The permit on file is for a different plate. Did you get a new car?
CALLER: Yes, in {{neg:name-word|May}}. I guess I never updated it.
AGENT: You can appeal online and attach the registration. Want me to email you the link?
CALLER: Sure, {{EMAIL|olusegun.bello@example.com}}.
AGENT: Sent. Name for the appeal?
CALLER: {{PERSON|Olusegun Bello}}.`),
  t("note", `Dating app escalation: user {{PERSON|Marisa Quintero}} reports being doxxed – someone posted her home addr & cell {{PHONE|786.204.9913}} in a bio. Bio removed {{neg:time|11:02}}, offending acct banned. Last IP {{IP_ADDRESS|192.0.2.44}}. Advised to contact local PD. {{neg:name-word|Will}} follow up in 24h.`),
]
