// English texts of holdout71 (en-GB, en-US, en-IE, en-CA), written one by one: letters with reference blocks, complaint
// letters, case-file notes and call summaries of insurers, banks, lenders, pension funds, clinics, utilities, telecoms,
// public agencies, law firms and debt collectors.
import { mk } from "./mk.ts"

const gb = mk("en-GB")
const us = mk("en-US")
const ie = mk("en-IE")
const ca = mk("en-CA")

export const EN_GB = [
  gb("email", `Thornbury Mutual Insurance
PO Box 4471, Leeds {{neg:postcode|LS1 4DL}}

Mrs {{PERSON|Philippa Ashcroft-Lowe}}
14 Kennet Row
Reading {{neg:postcode|RG1 8QT}}

Our ref: {{neg:claim-number|TMI/CL/229817}}
Your ref: PAL/roof
Date: {{neg:date|2 December 2026}}

Dear Mrs {{PERSON|Ashcroft-Lowe}},

Re: Escape of water, policy {{neg:policy-number|HH-40917-26}}

Thank you for your letter of {{neg:date|24 November}}. Our loss adjuster, Mr {{PERSON|Desmond Okafor}}, will visit on {{neg:date|9 December}} between {{neg:time|10am}} and {{neg:time|1pm}}. Should that not suit, please ring him on {{PHONE|07823 416590}} or write to {{EMAIL|claims.north@thornbury-mutual.example}}.

The excess on this section is {{neg:amount|£350}}.

Yours sincerely,

{{PERSON|K. J. Haverford}}
Senior Claims Handler, Household Claims
Direct line: {{PHONE|+44 (0)113 245 8871}} ext. 204
Fax: {{PHONE|0113 245 8800}}`),
  gb("note", `CASE FILE – Harbourline Building Society – Complaints
Ref {{neg:case-number|CMP-26-03318}} | handler: {{PERSON|Rhiannon Pryce}}
02/12 – Mr {{PERSON|Tobias Fenwick-Hale}} rang re mortgage overpayment of {{neg:amount|£4,200}} not applied. Says he wrote twice. Account {{neg:account-number|MTG 8841 2207}}.
02/12 – Spoke to his daughter {{PERSON|Imogen Fenwick-Hale}} (third party, holds LPA – copy on file, reg. no. {{neg:reference|LPA-7732-0916}}). She asks all contact go via her: {{PHONE|07468 221903}}, {{EMAIL|imogen.fh@example.com}}.
03/12 – FRL sent. Redress {{neg:amount|£150}} for distress. NI number on file for ID only: {{UK_NINO|JT 48 21 73 C}}.`),
  gb("summary", `Call summary – Pensions Helpdesk, Calder & Tyne Pension Scheme
Caller: Mr {{PERSON|Graham Aldous}}, member no. {{neg:member-number|CTP-0048213}}
Date/time: {{neg:date|1 December 2026}}, {{neg:time|14:20}}
Member asked for a transfer value. Confirmed identity with DOB and national insurance number {{UK_NINO|PN 30 61 42 B}}. He gave a new mobile, "{{PHONE|oh seven nine five seven, three one two, six four eight}}", read back as {{PHONE|oh seven nine five seven, three one two, six four eight}}. Wants the pack posted, not e-mailed. Grace period for the quote is 3 months; told him the {{neg:name-word|Grace}} Court office is closed Fridays. – {{PERSON|Sunita Bhardwaj}}, Member Services`),
  gb("email", `From: {{PERSON|Ellis Marchbank}} <{{EMAIL|ellis.marchbank@example.org}}>
To: Complaints Team <{{EMAIL|complaints@northgrid-energy.example}}>
Subject: Formal complaint – account {{neg:account-number|NGE-5520-1187}}

Dear Sir or Madam,

I am writing to complain about the estimated bills I have received since {{neg:date|3 March 2026}}. My meter (MPAN {{neg:mpan|S 01 801 104 13 3102 8842 617}}) was read by your engineer on {{neg:date|14 October}}, yet the bill of {{neg:amount|£612.40}} still uses an estimate.

I also dispute the direct debit taken from {{IBAN|GB29 BARC 2004 1573 4419 82}}. Please refund the difference.

You may call me on {{PHONE|0131 552 4096}} after {{neg:time|6pm}}.

Yours faithfully,
{{PERSON|Ellis Marchbank}}`),
  gb("transcript", `[Recorded line – Stanmore Recoveries Ltd]
AGENT: Good morning, Stanmore Recoveries, {{PERSON|Declan}} speaking. This call is recorded.
CALLER: Hi, I got a letter about a debt, reference {{neg:reference|SR-778104-K}}, and it's not mine.
AGENT: Can I take your full name?
CALLER: {{PERSON|Marguerite Osei}}.
AGENT: And your national insurance number for ID?
CALLER: {{UK_NINO|SK 71 58 02 D}}.
AGENT: Thank you. The account was bought from Vellum Telecom, balance {{neg:amount|£1,048.19}}. I'll put it on hold for 30 days while you send proof. Best number?
CALLER: {{PHONE|020 3318 4720}}, that's my work.`),
  gb("note", `Fraud ops – Castlegate Bank – case note {{neg:case-number|FR-2026-44190}}
Customer: {{PERSON|Ruairidh MacLeod}} (sort code {{neg:sort-code|83-47-19}})
Card ending {{neg:masked-card|**** **** **** 6612}} used at 03:12 from IP {{IP_ADDRESS|203.0.113.88}} and {{IP_ADDRESS|2001:db8:4a1::17}}; customer in Inverness at the time.
Replaced card issued: {{CARD|5412 8830 1947 2661}} (first keyed as {{neg:luhn-invalid|5412 8830 1947 2666}}, rejected).
Cust prefers call on {{PHONE|+44 (0)1463 715 204}}. App version {{neg:version|8.14.2}}.`),
  gb("email", `FROM THE OFFICE OF
Penrose Whitlock LLP, Solicitors
DX 14402 Bristol | Tel {{PHONE|0117 929 4410}} | Fax {{PHONE|0117 929 4499}}

Our ref: {{neg:reference|AJW/PL/30192}}
Your ref: {{neg:claim-number|CLM 77-401}}
{{neg:date|4 December 2026}}

Claims Department, Ardley General Insurance

Dear Sirs

Our client: Mr {{PERSON|Jonah St. Clair}}
Date of accident: {{neg:date|17 August 2026}}

We act for the above. Our client's GP, Dr {{PERSON|Folasade Adeyemi}} of Clifton Road Surgery, will provide records on receipt of signed consent. Please direct all correspondence to the writer, {{EMAIL|a.whitlow@penrose-whitlock.example}}.

Yours faithfully

{{PERSON|Alistair J. Whitlow}} LLB (Hons)
Partner, Personal Injury`),
  gb("ticket", `HMRC-style payroll query form (employer portal)
Employee surname: {{PERSON|Nwachukwu}}
Forename(s): {{PERSON|Chidinma Ada}}
NI no.: {{UK_NINO|WE 62 19 84 A}}
Query: tax code changed to 1257L mid-year; employee says HMRC letter dated {{neg:date|15/11/2026}}.
Contact for callback: {{PHONE|07957 238 114}}
Employer PAYE ref: {{neg:reference|120/BK44718}}`),
  gb("summary", `Telephone attendance note – St Aldhelm's Hospice fundraising
Spoke with Mrs {{PERSON|Winifred Tolley}}, executor for her late brother Mr {{PERSON|Cyril Tolley}}. The gift in his {{neg:name-word|Will}} is {{neg:amount|£5,000}}; probate granted {{neg:date|20 November}}. Her solicitor is Ms {{PERSON|Bethan Lloyd-Rees}}, who will send the cheque. {{PERSON|Bethan}}'s direct line: {{PHONE|zero two nine two, oh eight four, seven one five three}}, which I read back as {{PHONE|zero two nine two, oh eight four, seven one five three}}. NI number for Gift Aid query not needed (invalid one quoted in old file: {{neg:nino-invalid|QH 44 19 02 A}}).`),
  gb("chat", `Web chat – Lumen Mobile Customer Care
Lumen: Hi, you're chatting with {{PERSON|Priyanka}}. How can I help?
Customer: my bill is {{neg:amount|£89}} this month, I'm on a {{neg:amount|£22}} plan
Lumen: I'm sorry. Could you confirm the account holder and number?
Customer: {{PERSON|Owen Prothero}}, {{PHONE|07984 482 306}}
Lumen: Thanks {{PERSON|Owen}}. The roaming charges are from {{neg:date|28 Nov}}. I've raised {{neg:case-number|LM-8830172}} and credited {{neg:amount|£45}}. NI number isn't needed; your employer's cover letter quoted {{UK_NINO|HR 53 07 26 B}}, which we've deleted from the chat.`),
]

export const EN_US = [
  us("email", `Keystone Guardian Life Insurance Company
P.O. Box 90217, Hartford, CT {{neg:postcode|06150-0217}}

{{neg:date|December 3, 2026}}

Ms. {{PERSON|LaToya Pembrook}}
4418 Orchard Ridge Dr.
Dayton, OH {{neg:postcode|45424}}

RE: Claim for death benefit, Policy No. {{neg:policy-number|KGL-7710-4429}}
Insured: {{PERSON|Harold E. Pembrook}}

Dear Ms. {{PERSON|Pembrook}}:

Please accept our condolences. To process your claim we need a certified death certificate and the enclosed claimant statement. Your SSN is requested on the form for tax reporting; please do not send it by e-mail.

If you have questions, contact your claim examiner, {{PERSON|Renata Szymanski}}, at {{PHONE|1-800-447-2190}}, ext. 3318, or {{EMAIL|rszymanski@keystoneguardian.example}}.

Sincerely,

{{PERSON|Renata Szymanski}}, FLMI
Life Claims Examiner`),
  us("note", `ACCT NOTES – Brightwater Federal Credit Union – Collections
12/01 rec'd call from member {{PERSON|DeShawn Whitaker}}, loan {{neg:loan-number|AUTO-3318027}}, 42 days past due. Verified w/ SSN {{US_SSN|412-73-8860}} + address. Promise to pay {{neg:amount|$486.20}} on {{neg:date|12/15}}. Member's new cell {{PHONE|(617) 482-3091}}.
12/02 POA on file for mother {{PERSON|Bernadette Whitaker}}: atty-in-fact is {{PERSON|Lionel Ruiz}}, Esq., {{PHONE|704-338-2716}}.`),
  us("transcript", `[Call 00:00] AGENT: Thank you for calling Meridian Health Plans, this is {{PERSON|Tasha}}, may I have the member's ID?
[00:06] CALLER: {{neg:member-number|MHP 88 41 207}}.
[00:11] AGENT: And the member's name?
[00:13] CALLER: {{PERSON|Eugene Vasquez-Hollis}}. I'm his wife, {{PERSON|Carmen}}.
[00:20] AGENT: I'll need the last four of his social security number.
[00:24] CALLER: {{neg:reference|0473}}.
[00:30] AGENT: Thanks. The claim for {{neg:amount|$2,940.00}} was denied as out-of-network. I can start an appeal. Callback number?
[00:38] CALLER: {{PHONE|seven oh four, nine one two, five five eight three}}.
[00:44] AGENT: That's {{PHONE|seven oh four, nine one two, five five eight three}}.`),
  us("summary", `Call summary – Social security benefits desk, Pinecrest County Human Services
Client: {{PERSON|Marvin T. Bolduc}}; SSN {{US_SSN|537-20-1194}}; case {{neg:case-number|PC-SNAP-228190}}
Client called re: recertification. Income changed {{neg:date|Nov 1}} (new job, {{neg:amount|$17.50}}/hr). Asked us to mail forms; his daughter {{PERSON|Kayla Bolduc}} will help complete. Best number: {{PHONE|(207) 871-4406}}. Old SSN on legacy record ({{neg:ssn-invalid|666-12-4471}}) is a typo; flagged for data team.`),
  us("email", `To: Billing Disputes <{{EMAIL|disputes@cobaltwireless.example}}>
From: {{EMAIL|n.achebe.r@example.net}}
Subject: Complaint – unauthorized charges, account {{neg:account-number|CW-440918273}}

To whom it may concern,

My name is {{PERSON|Nkechi Achebe-Ruiz}}. On {{neg:date|November 18, 2026}} your store charged my Visa {{CARD|4485 2710 6639 0181}} twice for one phone ({{neg:amount|$1,099.99}} each). I called {{PHONE|1-888-226-4019}} three times. The rep, {{PERSON|Brandon}}, said a refund was sent; it was not.

Please reverse the duplicate within 10 business days or I will file with the CFPB.

{{PERSON|Nkechi Achebe-Ruiz}}
{{PHONE|(404) 619-2735}}`),
  us("ticket", `HR ONBOARDING – Ridgeline Community Hospital
Employee: {{PERSON|Okonkwo, Emeka J}}.
Position: RN, Cardiac Step-Down
SSN: {{US_SSN|268-41-9037}}
Direct deposit: routing {{neg:reference|021000089}}, checking {{neg:account-number|4471029381}}
Emergency contact: {{PERSON|Adaeze Okonkwo}} (spouse) {{PHONE|(973) 482-1106}}
Badge # {{neg:reference|RCH-20774}} | Start {{neg:date|2026-12-14}}`),
  us("note", `Patient Financial Services – note by {{PERSON|G. Lindqvist}}
Guarantor {{PERSON|Rosalind Ferreira}} disputes bill {{neg:invoice-number|INV-77102-B}}, DOS {{neg:date|10/07/2026}}. Says ins. primary is Medicare; secondary payer not billed. Pt SSN {{US_SSN|701-58-3326}} verified. Guarantor pays by Amex {{CARD|3759 218406 72137}}, exp {{neg:card-expiry|09/29}}; approved {{neg:amount|$150}} today. Cb {{PHONE|(505) 266-1830}}. Portal login from {{IP_ADDRESS|198.51.100.42}}.`),
  us("summary", `Voicemail summary (transcribed) – Lakeshore Title & Escrow
From: {{PERSON|Dolores Quintanilla}} at Bayview Lending
"Hi, it's {{PERSON|Dolores}}, returning your call on the {{PERSON|Abernathy}} closing, file {{neg:reference|LTE-26-1182}}. The payoff changed to {{neg:amount|$212,480.15}}. Call me back at {{PHONE|two one six, four four three, zero nine one eight}}, extension twelve."
Number: {{PHONE|two one six, four four three, zero nine one eight}}. Buyers {{PERSON|Gordon Abernathy}} and {{PERSON|Mei Abernathy}} informed by e-mail.`),
  us("email", `From: Office of the Ombudsman – State Department of Insurance <{{EMAIL|ombuds@doi.state.example}}>
To: {{PERSON|Travis McAllister}} <{{EMAIL|tmcallister@example.com}}>
Date: {{neg:date|Dec 4, 2026}}
Subject: Your complaint against Allpoint Auto Insurance, file {{neg:case-number|DOI-2026-08815}}

Dear Mr. {{PERSON|McAllister}},

We have forwarded your complaint to the insurer. The company must reply within 21 days. Your social security number is not required for this process; please redact it (you sent {{US_SSN|158-62-0473}} in your attachment; we have removed it from our file).

Investigator: {{PERSON|Yolanda Brisbane-Cole}}, {{PHONE|(512) 463-6170}}

Bill of costs, if any, is not part of this review; the word "{{neg:name-word|Bill}}" in your subject line referred to the repair invoice.`),
  us("chat", `SecureChat – Harborview Savings Bank
[2:14 PM] Bank: You're chatting with {{PERSON|Marcus}} from Card Services.
[2:14 PM] Member: someone used my card online, the one ending {{neg:masked-card|XXXX-XXXX-XXXX-2290}}
[2:15 PM] Bank: I'm sorry. I've blocked it. For ID, last 4 of SSN?
[2:15 PM] Member: {{neg:reference|9037}}… wait, I mean here's the full one, {{US_SSN|049-83-2215}}
[2:16 PM] Bank: Please don't share the full SSN in chat; I've masked it. A new card ships in 5–7 days. Fraud team may call from {{PHONE|1-877-390-6623}}.
[2:17 PM] Member: ok. my name is {{PERSON|Ines Carvalho-Dunn}} btw`),
]

export const EN_IE = [
  ie("email", `Liffey Assurance DAC
Claims Department, Block C, Eastpoint, Dublin 3, {{neg:postcode|D03 X2N8}}

Our ref: {{neg:claim-number|LA/MTR/448102}}
Your ref: Collision 12/10
Date: {{neg:date|1 December 2026}}

Mr {{PERSON|Cathal Ó Briain}}
Ard na Gréine, Bóthar na Trá
Salthill, Galway {{neg:postcode|H91 K2T4}}

Dear Mr {{PERSON|Ó Briain}},

Re: Motor claim – vehicle 191-G-2207

We confirm the third-party driver, Ms {{PERSON|Sorcha Nic Giolla}}, has admitted liability. Please send the repair estimate to {{EMAIL|motorclaims@liffey-assurance.example}} or phone {{PHONE|01 676 2240}}.

Is mise le meas,
{{PERSON|Eimear Fitzsimons}}
Motor Claims Officer | Direct {{PHONE|+353 (0)1 676 2251}}`),
  ie("note", `Case note – Shannon Credit Union, arrears team
Member: {{PERSON|Pádraig Mac Giolla Phádraig}}, loan {{neg:loan-number|SCU-L-30917}}
Arrears {{neg:amount|€1,860}}. Member on illness benefit; GP letter from Dr {{PERSON|Nuala Keane}} received {{neg:date|28/11/2026}}.
Agreed reduced repayment {{neg:amount|€40}}/week from {{IBAN|IE12 AIBK 9311 5241 7362 08}}. (Member first quoted {{neg:iban-checksum|IE21 AIBK 9311 5241 7362 08}}, corrected.)
Mobile: {{PHONE|087 315 6642}}. – {{PERSON|Ciara Moloney}}, Credit Control`),
  ie("summary", `Call summary – Bord Solais Electricity, vulnerable customer register
Caller: {{PERSON|Bridget Hennessy}} on behalf of her father, Mr {{PERSON|Tomás Hennessy}} (MPRN {{neg:mprn|10 304 871 225}}), who uses home oxygen.
Added to priority register. {{PERSON|Bridget}}'s number: {{PHONE|oh eight six, two two four, nine one three seven}} — read back as {{PHONE|oh eight six, two two four, nine one three seven}}.
Landline at the house: {{PHONE|021 427 8830}}. Next of kin also listed: {{PERSON|Declan Hennessy}}.`),
  ie("transcript", `AGENT: You're through to Emerald Telecom, my name is {{PERSON|Róisín}}.
CALLER: Hi {{PERSON|Róisín}}, I'm ringing about my broadband, account {{neg:account-number|ET-229104-7}}.
AGENT: Lovely. Can I get the account holder's name?
CALLER: {{PERSON|Fionnuala Devereux}}.
AGENT: And a contact number in case we get cut off?
CALLER: {{PHONE|085 772 3014}}.
AGENT: Thanks, {{PERSON|Fionnuala}}. Your router's showing {{IP_ADDRESS|192.168.1.254}} but no line sync since {{neg:date|30 November}}. I'll book a technician for Thursday.`),
  ie("email", `To: Revenue Commissioners – PAYE Services
From: {{PERSON|Séamus Doherty}} <{{EMAIL|seamus.doherty@example.ie.example}}>
Subject: Tax credit review {{neg:reference|PPSN-query-2026}}

A chara,

I wrote on {{neg:date|10 October}} and have had no reply. My employer, Corrib Foods, deducted emergency tax for three months ({{neg:amount|€2,318.44}}). My accountant, {{PERSON|Grainne Ní Mhurchú}} ACA, can be reached on {{PHONE|091 563 210}}.

Please refund to {{IBAN|IE60 BOFI 9058 3317 4620 59}}.

Le meas,
{{PERSON|Séamus Doherty}}`),
  ie("note", `Clinic file note – Rathmines Physiotherapy Clinic
Pt: {{PERSON|Aoibheann Kinsella}}; referral from Dr {{PERSON|Rory Fagan}} MICGP, Harold's Cross.
Insurer pre-auth {{neg:reference|VHI-PA-772031}}, 6 sessions at {{neg:amount|€65}}.
Pt asks that appointment texts go to her partner {{PERSON|Niall Brophy}} at {{PHONE|+353 86 410 7729}}.`),
  ie("summary", `Call summary – Dublin City Council, Housing Rent Accounts
Tenant Mr {{PERSON|Kieran Ó Dálaigh}}, rent account {{neg:account-number|HRA 0417728}}. Disputed arrears of {{neg:amount|€742.10}}. Said he pays by standing order since {{neg:date|1 May 2025}}; the bank is Permanent TSB. {{neg:name-word|Will}} e-mail statements to {{EMAIL|rents@dcc-housing.example}}. Callback on {{PHONE|01 222 7304}} (his sister {{PERSON|Orla}}'s landline).`),
  ie("chat", `Livechat – Wexford & District Mutual
Agent ({{PERSON|Conor}}): Hello! How can I help today?
Visitor: hi my house insurance renewal jumped to {{neg:amount|€1,140}}, policy {{neg:policy-number|WDM-HOME-55820}}
Agent ({{PERSON|Conor}}): I can have an underwriter call you. Best number and name?
Visitor: {{PERSON|Maeve Carolan}} {{PHONE|083 194 6620}}
Agent ({{PERSON|Conor}}): Thanks. Ref {{neg:case-number|WDM-CB-1187}}. Eircode of the property?
Visitor: {{neg:postcode|Y35 F4C9}}`),
  ie("ticket", `Hospital Patient Liaison – complaint form
Complainant: {{PERSON|Dervla Costigan}}
Relationship: daughter of patient {{PERSON|Michael Costigan}} (MRN {{neg:reference|CUH-8841092}})
Unit: St Brigid's, admitted {{neg:date|22/11/2026}}
Contact: {{PHONE|087 662 1094}} / {{EMAIL|dervla.costigan@example.com}}
Details: Dad was moved twice overnight, family not told. Consultant Prof. {{PERSON|Siobhán Ward-Hickey}} to respond.`),
]

export const EN_CA = [
  ca("email", `Maple Crest Insurance Company
P.O. Box 1180, Station A, Toronto ON {{neg:postcode|M5W 1G7}}

{{neg:date|December 2, 2026}}

Mr. {{PERSON|Gurpreet Sandhu}}
71 Willowbrook Cres.
Brampton ON {{neg:postcode|L6Y 2K4}}

Our file: {{neg:claim-number|MC-AB-2026-41187}}
Your policy: {{neg:policy-number|AUTO-ON-770413}}

Dear Mr. {{PERSON|Sandhu}}:

Re: Accident Benefits claim

Your adjuster is {{PERSON|Geneviève Tremblay-Boyd}}. She can be reached at {{PHONE|(416) 739-2284}}, ext. 518, or toll-free {{PHONE|1-888-462-7031}}. Please forward the OCF-1 form signed by your physiotherapist.

Regards,
{{PERSON|Geneviève Tremblay-Boyd}}, CIP
Accident Benefits Unit`),
  ca("note", `File note – Northern Prairie Credit Union, member services
Member {{PERSON|Wanda Kowalchuk}} in branch {{neg:date|Nov 30}} with son {{PERSON|Darren Kowalchuk}} (POA, registered {{neg:date|2024-06-11}}). Changed mailing address to Saskatoon SK {{neg:postcode|S7K 3J9}}. {{PERSON|Darren}}'s cell {{PHONE|306-244-7810}}. New Discover card issued: {{CARD|6011 8830 2741 5598}}. Old one {{neg:masked-card|•••• 4471}} cancelled.`),
  ca("summary", `Call summary – Pacific Coast Hydro, collections
Customer: {{PERSON|Jean-Luc Beauchemin}}, account {{neg:account-number|PCH-60219-88}}
Balance {{neg:amount|$912.44}}; disconnection notice dated {{neg:date|Nov 20}}. Customer arranged payment plan, 4 × {{neg:amount|$228.11}}.
Number given aloud: {{PHONE|six oh four, eight seven one, three three five oh}} — confirmed {{PHONE|six oh four, eight seven one, three three five oh}}.
Contact also at {{EMAIL|jlbeauchemin@example.ca.example}}. – {{PERSON|Harjit Dhaliwal}}`),
  ca("transcript", `OPERATOR: Service Canada-style benefits line, simulated training call. Agent {{PERSON|Olivia}} speaking.
CALLER: Hi, I'm calling about my EI claim, I never got the access code.
OPERATOR: Your name, please?
CALLER: {{PERSON|Thi Hoa Nguyen}}.
OPERATOR: And a phone we can reach you at?
CALLER: {{PHONE|(514) 287-4412}}.
OPERATOR: Your claim {{neg:reference|EI-2026-11-4073}} was filed {{neg:date|November 14}}. I'll mail a new code. Anything else?
CALLER: No, thanks {{PERSON|Olivia}}.`),
  ca("email", `From: {{PERSON|Aurelia Whitehorse}} <{{EMAIL|aurelia.whitehorse@example.com}}>
To: Ombudsman for Banking Services <{{EMAIL|intake@obsi.example}}>
Subject: Complaint against Laurentian Trust – ref {{neg:case-number|LT-CMP-30418}}

Hello,

I was charged a {{neg:amount|$45}} overdraft fee on {{neg:date|October 2}} after the bank held a deposit for seven days. I raised it with the branch manager, {{PERSON|Stuart Pelletier}}, who refused. Reach me at {{PHONE|(867) 668-4502}} in Dawson City.

Thank you,
{{PERSON|Aurelia Whitehorse}}`),
  ca("note", `Clinic intake note – Riverside Family Health Team
Pt {{PERSON|Kwabena Mensah-Lightfoot}}, OHIP {{neg:reference|4471-208-913-KT}}, DOB on chart.
Referred by Dr {{PERSON|Harriet Cho}}. Next of kin {{PERSON|Abena Mensah}} {{PHONE|613-722-0419}}.
Portal access logs show sign-in from {{IP_ADDRESS|fd12:3456:789a::5}} (clinic Wi-Fi).`),
  ca("chat", `Chat – Borealis Mobile
Borealis: Hi, {{PERSON|Sasha}} here 👋
Customer: my phone got stolen, need to suspend line {{PHONE|587-336-0914}}
Borealis: Sorry to hear! Name on the account?
Customer: {{PERSON|Nathaniel Oduya}}
Borealis: Done. Ref {{neg:reference|BM-SUS-778210}}. Your device IMEI {{neg:imei|35 291108 447210 3}} is blacklisted.`),
  ca("summary", `Call summary – Canadian Pension Plan-style enquiries desk (training data)
Caller: {{PERSON|Marie-Claude Ouellet}}, calling for her mother {{PERSON|Yvette Ouellet}}, who has dementia; {{PERSON|Marie-Claude}} holds power of attorney.
Asked about survivor benefit; told processing is 8 weeks. Callback: {{PHONE|four one eight, six four nine, two two seven one}} → {{PHONE|four one eight, six four nine, two two seven one}}.
Agent: {{PERSON|Benoît Laroche}}, {{neg:date|Dec 3}}, {{neg:time|10:45}}`),
  ca("ticket", `Complaint ticket {{neg:ticket-number|CRTC-TK-44108}}
Customer: {{PERSON|Isabelle Fortier-Grant}}
Provider: Northline Cable
Issue: billed {{neg:amount|$79.95}} after cancelling on {{neg:date|Sept 30}}.
Phone: {{PHONE|(902) 455-1873}}
Email: {{EMAIL|ifortiergrant@example.org}}`),
]
