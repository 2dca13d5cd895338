// English texts of the United States and Australia, written one by one: collection calls and payment-plan chats, tenant
// repair tickets and strata-levy e-mails, learner-support chats and notes (certificates, refunds, a 1098-T, a USI), and
// appliance warranty calls and technicians' notes, of a debt-collection agency, a property manager, an online-course
// platform and an appliance warranty and repair desk.
import { mk } from "./mk.ts"

const us = mk("en-US")
const au = mk("en-AU")

export const EN_US = [
  us("call", `Inbound call — collections — acct {{neg:case-number|HPR-2026-0883417}} — {{neg:date|03/09/2026}} {{neg:time|10:42 AM}}
Caller identified as {{PERSON|Marcus Delgado-Reyes}}; verified with DOB and full SSN {{US_SSN|611-09-4427}} (matches the placement file). Gave the mini-Miranda ("this is an attempt to collect a debt, any information obtained will be used for that purpose") before discussing.
Original creditor: Brightwater Medical Group, ER visit {{neg:date|11/14/2025}}, invoice {{neg:invoice-number|BMG-7730914}}. Placed with {{neg:company|Halvorsen & Pike Recovery LLC}} on {{neg:date|02/02/2026}}.
Balance {{neg:amount|$1,840.22}}. He says insurance (Anthem) should have paid part of it and he has an EOB showing {{neg:amount|$612.00}} allowed. Told him to send the EOB; account on 30-day hold for dispute, no calls in the meantime.
He agreed in principle to {{neg:amount|$153.35}} a month x 12 if the EOB doesn't change anything — will call back to set it up.
Best number, as he said it: {{PHONE|three four seven, eight six two, one one nine oh}}. Don't call work. Wife {{PERSON|Tanya}} may answer the home line {{PHONE|(385) 207-6613}} — do NOT discuss the debt with her (third-party rule).
Next action: hold until {{neg:date|04/08/2026}}, then review.`),

  us("chat", `[PayPortal bot] Welcome to the payment portal. Enter your reference number to continue.
Visitor: {{neg:case-number|HPR-2026-1192056}}
[PayPortal bot] Thank you. Your current balance is {{neg:amount|$742.10}}. Would you like to pay in full or set up a payment plan?
Visitor: plan. my card keeps getting declined though
[PayPortal bot] I'll connect you with an account representative.
Rep: Hi, this is {{PERSON|Denise Okonkwo}} with the accounts team. I see two declined attempts this morning at {{neg:time|9:14}} and {{neg:time|9:16}}. The number entered the first time was {{neg:luhn-invalid|4147 2088 1930 5502}} — the last digits look swapped.
Visitor: oh. its {{CARD|4147 2088 1930 5520}} exp {{neg:card-expiry|11/27}}
Rep: Got it, I'll scrub that from the transcript. I can set {{neg:amount|$61.85}} on the 1st of each month for 12 months, first payment {{neg:date|04/01/2026}}. Where should I e-mail the plan agreement?
Visitor: {{EMAIL|jrwinslow84@example.com}}
Rep: Sent. Please sign within 10 days, Mr. {{PERSON|Winslow}}. If a payment fails we'll text you first, not call.`),

  us("email", `From: {{PERSON|Loretta Vance}} <{{EMAIL|loretta.vance@example.net}}>
To: Disputes <{{EMAIL|disputes@example.com}}>
Subject: Dispute of debt — your letter dated {{neg:date|February 18, 2026}}, ref {{neg:case-number|HPR-2026-0382916}}

To whom it may concern,

I am disputing the debt in your letter. I never had an account with Summit Ridge Wireless. Your letter lists a "last four" of my social security number that is not mine, and the address is {{neg:street|2207 Garfield Street}}, where I have not lived since 2019.

For your verification, my SSN is {{US_SSN|386-71-2094}} and my date of birth is on the enclosed ID copy. I have filed a report with the FTC (report {{neg:reference|IDTR-172938455}}). Please send me validation of this debt and stop all collection until you do.

You may reach me at {{PHONE|(651) 488-0734}} after 5 pm.

{{PERSON|Loretta Vance}}
St. Paul, MN {{neg:postcode|55104}}`),

  us("note", `WORK ORDER {{neg:case-number|WO-55817}} — {{neg:unit-number|Unit 3C}}, {{neg:street|1418 Lincoln Avenue}}, Evanston IL {{neg:postcode|60201}}
Reported {{neg:timestamp|03/11/2026 7:52 AM}} via tenant portal by {{PERSON|Abigail Turner-Sowah}}: water under the kitchen sink, cabinet floor soft, slow drip from the P-trap.
Called tenant back on {{PHONE|773-904-2286}} at 8:10, no answer, left VM. Texted instead. She is home after 3 pm; dog in the unit (friendly, crated).
Vendor: {{neg:company|Okafor Plumbing LLC}} (contact {{PERSON|Emeka Okafor}}, {{PHONE|(847) 328-5061}}), not-to-exceed {{neg:amount|$450}} without approval.
Cabinet floor may need replacing — have {{neg:company|Stanley Grant Carpentry Inc.}} quote after the plumber. {{neg:name-word|Grant}} them access with the lockbox code in the vault, not in this note.
Update 16:40: trap and supply line replaced, {{neg:amount|$286.40}}. Cabinet floor dried with a fan, no mold seen. Closing.`),

  us("email", `From: Resident Accounts <{{EMAIL|residentaccounts@example.com}}>
To: {{EMAIL|h.mbeki.ramos@example.org}}
Subject: RE: CAM charges on my March statement — Lakeview Commons, {{neg:property-ref|Bldg 4}}, {{neg:unit-number|Apt 412}}

Hi {{PERSON|Helena}},

Thanks for your note. The {{neg:amount|$87.50}} line is the quarterly common-area maintenance share for Building 4 (landscaping, elevator contract, the garage gate repair in January). It's billed under invoice {{neg:invoice-number|INV-2026-03-04412}}.

The late fee of {{neg:amount|$35.00}} was added because the February payment posted on {{neg:date|02/07/2026}}. Since autopay failed on our side that week (portal update {{neg:version|v3.8.1}}), I have reversed the late fee. You'll see a credit on the April statement.

If you want to switch autopay to a different bank account, do it in the portal — please don't send account numbers by e-mail.

Best,
{{PERSON|Gavin Thibodeaux}}
Resident Accounts | {{PHONE|1-844-617-3302}} ext. 4
---
> On Mar 3, {{PERSON|Helena Mbeki-Ramos}} wrote:
> Why is there a CAM charge AND a late fee? I paid on time. My phone is {{PHONE|(910) 343-7718}} if easier.`),

  us("chat", `[Maintenance Assistant] Hi! Is this an emergency (no heat, no water, gas smell, flooding)?
Tenant: no heat. its 48 degrees in here
[Maintenance Assistant] I'm sorry. I'm creating an emergency ticket and paging the on-call team. Please confirm your unit.
Tenant: {{neg:unit-number|2B}} at {{neg:street|77 Hawthorne Court}}
[Maintenance Assistant] Ticket {{neg:case-number|EM-30471}} created. A person will join shortly.
On-call: Hey, it's {{PERSON|Rafael Quiñones}} from on-call maintenance. Is the thermostat screen on?
Tenant: blank. I changed the batteries
Tenant: also the breaker for the furnace didn't trip
On-call: Ok — sounds like the thermostat or the furnace control board. I'm 25 min away. What number can I call when I'm at the door? Buzzer's broken.
Tenant: {{PHONE|five four one, seven one two, three oh nine six}}
Tenant: im {{PERSON|Kiara Bellweather}} by the way
On-call: Thanks. If you have space heaters keep them 3 ft from curtains. Be there by {{neg:time|9:40 pm}}.`),

  us("chat", `Learner Support — chat transcript
Learner: hi, I finished "Data Analysis with Python" ({{neg:course-id|DAP-301}}) last week but the certificate page says "pending"
Agent: Hi! I'm {{PERSON|Priyanka Raghunathan}}. Can you confirm the e-mail on your account?
Learner: {{EMAIL|t.okafor-lindqvist@example.com}}
Agent: Thanks. I see all 9 modules complete, but the final project grade is 69/100 and the pass mark is 70.
Learner: what?? the grader said 74
Agent: The auto-grader gave 74, then a peer review lowered it. I've opened a regrade request, {{neg:ticket-number|RG-88214}}. Also — I see a login to your account on {{neg:timestamp|2026-03-08 23:17:05 UTC}} from {{IP_ADDRESS|198.51.100.73}}, which isn't your usual location. Was that you?
Learner: no! I'm in Ohio
Agent: I've signed out all sessions and forced a password reset. Your certificate will be {{neg:certificate-id|CERT-DAP301-2026-004519}} once the regrade clears (3–5 business days).`),

  us("note", `Tax docs — 1098-T request — learner {{neg:learner-id|LRN-0063172}}
{{PERSON|Gwendolyn Ashford-Pike}} (enrolled in the accredited Nursing Prerequisites track, {{neg:course-id|NPT-110}}, {{neg:course-id|NPT-120}}) needs a 1098-T for 2025. Our form shows TIN blank because she enrolled before we collected it.
She submitted via the secure tax form on {{neg:timestamp|2026-01-29 14:02:44 EST}}. SSN as entered: {{US_SSN|527-38-6610}}. Name matches her enrollment record.
Note: an older upload had {{neg:ssn-invalid|912-73-4418}} in the TIN field — that is an ITIN format, she says it was her late husband's preparer's mistake. Removed.
Qualified tuition billed 2025: {{neg:amount|$2,310.00}}. Corrected 1098-T generated, mailed to the address on file and posted in her portal. E-mail confirmation sent to {{EMAIL|gwen.ashfordpike@example.net}}.
App version on her last login {{neg:version|7.22.0}} (iOS). No further action.`),

  us("email", `Subject: Refund request — order {{neg:order-number|ORD-6093-90825}}
From: {{EMAIL|samir.haddad.dev@example.com}}
To: {{EMAIL|help@example.org}}

Hello,

I bought the "UX Research Bootcamp" ({{neg:course-id|UXR-210}}) on {{neg:date|March 2, 2026}} for {{neg:amount|$349.00}} and the live sessions are at 3am my time, which the page did not say. I have watched less than 10% of the videos. Per your 14-day policy I'd like a refund to the card I used, the Discover ending {{neg:masked-card|**** 3391}}.

If you need to charge a different card for the self-paced version instead, you can use {{CARD|5584 1206 9937 2040}}, exp {{neg:card-expiry|06/29}}.

Thanks,
{{PERSON|Samir Haddad}}
{{PHONE|+1 (503) 229-6184}}

---
Reply from {{PERSON|Courtney Abara}}, Learner Support:
Hi {{PERSON|Samir}}, refund of {{neg:amount|$349.00}} issued to the Discover card (5–10 days). I did not use the Mastercard you typed — please don't e-mail card numbers; I've deleted it from our ticket.`),

  us("call", `Warranty call — {{neg:date|3/12/2026}} — contract {{neg:warranty-number|EXW-5812-20398}}
Customer {{PERSON|Doreen Castellano}}, Scranton PA. {{neg:appliance-model|Whirlpool Cabrio}} top-load washer, model {{neg:model-number|WTW7120HW2}}, serial {{neg:serial-number|C91803457}}. Bought {{neg:date|8/30/2023}}, 3-yr extended plan.
Symptom: stops mid-cycle, display shows {{neg:error-code|F9}} then {{neg:error-code|E1}} (long drain). She cleaned the pump filter already, water still sitting in the drum.
Covered. Booked tech visit for Monday, window 8–12. Tech will call 30 min before on her cell, which she said as {{PHONE|five seven oh, four one eight, two nine six three}}. Home line {{PHONE|(570) 347-1182}} has no voicemail.
She asked whether the plan covers the laundry room floor damage — told her no, only the appliance; suggested her homeowners' insurance.
Deductible {{neg:amount|$75}} taken from the Visa on file ending {{neg:masked-card|xxxx 8810}}.`),

  us("email", `From: Protection Plans <{{EMAIL|plans@example.com}}>
To: {{EMAIL|bgrant.kowalczyk@example.org}}
Subject: Your 5-Year Appliance Protection Plan — confirmation {{neg:warranty-number|APP-5Y-0091734}}

Dear {{PERSON|Bernadette Kowalczyk}},

Thank you for your purchase. Your plan covers:
- {{neg:appliance-model|GE Profile PFE28KYNFS}} refrigerator, serial {{neg:serial-number|RT405882K}}
- {{neg:appliance-model|Bosch 500 Series SHPM65Z55N}} dishwasher, serial {{neg:serial-number|FD 0104 00417}}
Plan price: {{neg:amount|$389.99}}, charged to card {{neg:masked-card|•••• 7715}}. Coverage starts {{neg:date|April 1, 2026}} and runs 5 years.

To file a claim, call {{PHONE|1-888-702-4416}} (24/7) or use the app (version {{neg:version|4.3.12}} or later).

Please note: a "{{neg:name-word|Grant}} of Coverage" form is enclosed for your records; it's not a bill.

Protection Plans Team`),

  us("note", `Tech visit note — ticket {{neg:ticket-number|SVC-2026-071293}} — tech {{PERSON|Luis Zambrano-Ortiz}}
Site: {{neg:street|9 Maple Ridge Drive}}, Cary NC {{neg:postcode|27519}}. Customer {{PERSON|Harold Beaumont}} present.
Unit: {{neg:appliance-model|Samsung Family Hub RF23M8090SG}}, serial {{neg:serial-number|0B7R4AAM700213}}, firmware {{neg:version|2.1.37}}. Ice maker dead, fridge fine.
Pulled logs through the hub's service menu:
  {{neg:timestamp|2026-03-13 06:12:09}} ICE_FAN_FAIL code {{neg:error-code|22E}}
  {{neg:timestamp|2026-03-13 06:12:10}} wifi: connected, local {{IP_ADDRESS|192.168.1.37}}
  {{neg:timestamp|2026-03-13 06:40:55}} ice_maker: heater timeout
Replaced ice fan motor (part DA31-00146H) and reset. Ran a harvest cycle, OK.
Customer asked us to call his son {{PERSON|Trevor}} next time, {{PHONE|919.286.5530}}, he handles the warranty paperwork.`),

  us("note", `Fraud / ID-theft review — {{neg:case-number|HPR-2026-0559108}}
Consumer {{PERSON|Yolanda Pruitt}} says the Cascade Online Lending account was opened in her name without consent. Creditor's application record (sent by {{neg:company|Cascade Online Lending Inc.}}):
  applicant e-mail: {{EMAIL|yolanda.pruitt77@example.com}} (she says not hers — hers is {{EMAIL|ypruitt@example.net}})
  application IP: {{IP_ADDRESS|203.0.113.214}}, device Android {{neg:version|13.0.2}}
  applicant SSN: {{US_SSN|458-23-0071}} — matches hers per the ID-theft affidavit.
  payout to a prepaid card, not her bank.
She lives in Tucson; the IP geolocates to another state. Identity-theft report filed ({{neg:reference|IDT 2026 1148}}).
Action: account ceased, returned to creditor as disputed/fraud, credit bureaus notified to delete the tradeline. Letter to her address, copy to her e-mail above. No further contact on this balance ({{neg:amount|$3,105.77}}).`),

  us("call", `Call summary — corporate learning account — {{neg:date|3/16/2026}}
Caller: {{PERSON|Noor Al-Khatib}}, L&D manager at {{neg:company|Pemberton Freight Co.}}, buys seats for 40 dispatchers.
Issue 1: 6 learners can't see the "Hazmat Shipping Basics" course ({{neg:course-id|HAZ-101}}). Their seats were assigned to the old cohort. Moved them to cohort {{neg:reference|C-2026-03}}.
Issue 2: SSO errors. Their IT contact {{PERSON|Bryce Hollingsworth}} sent us the failing request: IdP at {{IP_ADDRESS|2001:db8:4a1c::25}}, our SP returns "audience mismatch". Forwarded to integrations, {{neg:ticket-number|INT-40918}}.
Issue 3: purchase order {{neg:order-number|PO 88-31207}} for the renewal (40 seats x {{neg:amount|$180}}).
Her direct line: {{PHONE|six one seven, four nine four, oh three eight two}}. Cell if urgent {{PHONE|617-839-2257}}. E-mail said as {{EMAIL|noor dot alkhatib at example dot com}}.
Follow-up: confirm SSO fix by Friday.`),

  us("chat", `Resident chat — move-out
Resident: Hi, I moved out on the 28th. When do I get my deposit back?
Agent: Hi! This is {{PERSON|Josh Feldkamp}}. Deposits are returned within 21 days with an itemized statement. Your move-out inspection for {{neg:unit-number|Unit 1207}} is scheduled {{neg:date|03/04/2026}}.
Resident: ok. I'm in Denver now, forwarding address is {{neg:street|3390 Wynkoop Street}}, {{neg:unit-number|Apt 6}}, Denver CO {{neg:postcode|80205}}
Agent: Saved. Is your phone still {{PHONE|720-938-4471}}?
Resident: yes. And {{EMAIL|a.kessler.moves@example.com}}
Agent: Thanks. One note: there's a {{neg:amount|$120}} carpet cleaning charge in the lease (clause 14). Anything else will be listed with photos.
Resident: fine. Please {{neg:name-word|mark}} that the blinds were broken when I moved in — I reported it in 2024
Agent: I found that ticket, {{neg:case-number|WO-31902}}. It'll be excluded. Last thing: the deposit earned interest, and for the 1099-INT we need your SSN — we only have an ITIN placeholder.
Resident: SSN is {{US_SSN|040-62-9183}}
Agent: Thanks, saved to the secure field and removed from this chat.`),
]

export const EN_AU = [
  au("call", `Call summary — collections — {{neg:date|14/03/2026}} — file {{neg:case-number|NCR-88-402175}}
Spoke with {{PERSON|Shannon Pettigrew}} re the overdue electricity account placed by Coastline Energy (final bill {{neg:invoice-number|CE-20251118-5521}}, {{neg:amount|$1,268.40}}).
She's on JobSeeker and caring for her mum, asked about hardship. Explained she can apply through the creditor's hardship program and we'll pause for 21 days while it's assessed.
Offered a payment arrangement meanwhile: {{neg:amount|$40}} per fortnight from {{neg:date|27 March}}, no interest. She accepted.
Contact number she read out: {{PHONE|oh four three four, two one five, eight oh nine}}. Mum's landline ({{PHONE|(02) 4962 3071}}) is NOT to be used, she was clear about that.
Confirmation sent by SMS. Notes for next collector: very anxious, speak slowly, don't mention the legal option unless she asks.`),

  au("email", `From: {{PERSON|James Whitby}} <{{EMAIL|jwhitby.uk@example.co.uk}}>
To: Accounts <{{EMAIL|accounts@example.com.au}}>
Subject: Your letter {{neg:case-number|NCR-88-519037}} — wrong person?

Hello,

Your letter reached me through my old flatmate in Bondi. It says I owe {{neg:amount|$912.35}} to Southern Cross Mobile for a plan from 2023. I did live in Sydney on a working holiday visa, but my plan was prepaid.

I think you may have the other {{PERSON|James Whitby}} who was on the same visa programme — we got each other's post once. To show I'm a different person: my date of birth is on the attached passport page, and my UK National Insurance number is {{UK_NINO|JK 48 21 09 C}}.

If it does turn out to be mine, I can pay from my UK account, {{IBAN|GB91 MIDL 4005 1532 8891 04}}, but I'd need the original contract first.

Cheers,
{{PERSON|James Whitby}}
{{PHONE|+44 7911 203 558}}`),

  au("chat", `[Pay bot] G'day! Enter your reference to make a payment.
Customer: {{neg:case-number|NCR-88-377410}}
[Pay bot] Balance owing: {{neg:amount|AUD 486.90}}. Pay now or set up instalments?
Customer: pay now but it says invalid card
[Pay bot] Let me get someone.
Accounts: Hi there, {{PERSON|Rebecca Lho}} here. The portal shows it rejected {{neg:luhn-invalid|4557 0184 3320 9197}} — the check digit doesn't work, so probably a typo. Is that your card?
Customer: no thats my partners old visa, it autofilled. use the amex {{CARD|3748 209155 30611}}
Accounts: Thanks, processed {{neg:amount|$486.90}}, receipt {{neg:reference|RCPT 550912}}. The file is now closed with a zero balance. Want the paid-in-full letter e-mailed?
Customer: yes to {{EMAIL|dani.achterberg@example.com}}
Accounts: Done. Have a good arvo.`),

  au("note", `Collector note — {{neg:case-number|NCR-88-460281}} — {{neg:date|10/03/2026}}
Debtor {{PERSON|Tomasz Wierzbicki}} (moved back to the UK in 2025) set up a plan of {{neg:amount|£60}} a month by bank transfer, converting at the day's rate. First transfer bounced: he had typed {{neg:iban-checksum|GB37 LOYD 3096 3681 2744 55}} on the form — check digits wrong, bank couldn't match it to anything. The correct one from his bank letter is {{IBAN|GB36 LOYD 3096 3681 2744 55}}.
Reach him on WhatsApp {{PHONE|+44 20 3885 2716}} (his work) before 9 am our time, or e-mail {{EMAIL|t.wierzbicki@example.co.uk}}.
Balance after first payment: {{neg:amount|$1,744.08}}. Review {{neg:date|10/06/2026}}.`),

  au("note", `Maintenance request {{neg:case-number|MR-24417}} — {{neg:property-ref|SP 45120}}, {{neg:unit-number|Lot 14}}, {{neg:street|212 George Street}}, Brisbane QLD {{neg:postcode|4000}}
Owner-occupier {{PERSON|Evangeline Corbett}} reports water coming through the ceiling of the second bedroom after Tuesday's storm. Photos in the file (IMG_2204–2209). Unit above (Lot 19) says their balcony drain was blocked with leaves.
Common property → body corporate's responsibility. Sent {{neg:company|Nguyen & Walsh Roofing Pty Ltd}} for the balcony drain and membrane; quote {{neg:amount|$2,380}} + GST, under the committee's limit.
Contact at the roofer: {{PERSON|Darcy Walsh}}, {{PHONE|0447 803 116}}.
{{PERSON|Evangeline}}'s number {{PHONE|(07) 3209 5541}}; she works nights, text first. Insurance: excess {{neg:amount|$500}} would sit with the body corporate if we claim. Next committee meeting {{neg:date|2 April}}.`),

  au("email", `From: Strata Accounts <{{EMAIL|levies@example.com.au}}>
To: {{PERSON|Raj Subramaniam}} <{{EMAIL|raj.s@example.net.au}}>
Subject: Levy notice Q4 — Lot 7, {{neg:property-ref|SP 71903}} — query

Dear {{PERSON|Raj}},

Thank you for your e-mail. The Q4 notice ({{neg:invoice-number|LEV-71903-0007-Q4}}) shows:
  Administrative fund: {{neg:amount|$1,245.60}}
  Capital works fund: {{neg:amount|$690.00}}
  Special levy (lift upgrade, approved at the AGM on {{neg:date|19 November 2025}}): {{neg:amount|$2,115.00}}
The special levy can be paid in three instalments of {{neg:amount|$705.00}} on request — I have set that up for you.

For BPAY, use biller code 74211 and your reference {{neg:reference|7190300071}}. Please do not pay by card over the phone; our card line was retired.

Kind regards,
{{PERSON|Marguerite Oyelaran}}
Strata Manager, {{neg:company|Harbourside Strata Management Pty Ltd}}
{{PHONE|1300 884 261}}`),

  au("chat", `Tenant app — chat
Tenant: hot water's gone cold again, second time this month
Agent: Sorry to hear that, this is {{PERSON|Callum}} from the rentals team! Is it the gas or electric unit?
Tenant: electric, the Rheem in the laundry. the light on the side is off
Agent: OK, I'll book {{neg:company|Hayes Plumbing & Gas Pty Ltd}} for tomorrow 8–10. They'll ring first. Best number?
Tenant: {{PHONE|0488 271 530}}, that's {{PERSON|Freya}}'s, i'm on a uk number still
Agent: No worries. By the way, your lease renewal form is missing an ID number — you'd left the licence field blank.
Tenant: I don't have an aussie licence. my national insurance no. is {{UK_NINO|SH 20 58 44 B}} if that works? the old form said TN something but that was a temp one
Agent: I'll note it, though we'd prefer the passport number. Thanks!
Tenant: cheers mate`),

  au("call", `Call — rent arrears — {{neg:unit-number|Unit 5}}, {{neg:street|48 Macquarie Street}}, Hobart TAS {{neg:postcode|7000}} — {{neg:date|17/03/2026}}
Tenant {{PERSON|Kirra Whitehouse}} rang after the breach notice. Rent {{neg:amount|$520}} a week, she's 3 weeks behind ({{neg:amount|$1,560}}). Partner left in Feb.
Agreed: {{neg:amount|$580}} a week (rent + {{neg:amount|$60}} toward arrears) from Friday until cleared. Told her about the Tenants' Union and the private rental assistance program.
Her new mobile, she said: {{PHONE|oh four five nine, three one two, seven seven oh}}. Old one ({{PHONE|(03) 6231 0458}}) was his — remove it from the file.
Owner ({{PERSON|Geoffrey Lam}}) informed by e-mail, he agreed to the plan. Next check {{neg:date|24/03/2026}}.`),

  au("chat", `Learner help — chat
Learner: hi the enrolment form won't take my USI
Agent: Hi! I'm {{PERSON|Mei Tanaka-Burns}}. A USI is 10 characters, letters and numbers, like the one on your myUSI page. What did you enter?
Learner: {{neg:learner-id|3AW88YH9U5}}
Agent: That looks right. Are you enrolled in the Cert IV in Project Management ({{neg:course-id|BSB40920}})?
Learner: yes. but also I'm actually in Manchester for 6 months, my employer here wants me to register with the UK awarding body too and they asked for my NI number
Agent: For the UK part you'd enter it in your profile, not here. The placeholder on that form is {{neg:nino-invalid|QQ 12 34 56 C}} — just replace it with yours.
Learner: ok my NI number is {{UK_NINO|WL 61 39 07 D}}
Agent: Please don't post it in chat — I've redacted it on our side. Type it into the profile page instead. Your USI issue: the form was rejecting lowercase letters, which is a bug in {{neg:version|v2.14.0}}. Fixed in the next release; I've enrolled you manually.`),

  au("email", `From: Certificates <{{EMAIL|certificates@example.edu.au}}>
To: {{EMAIL|p.hargreaves.nee.kotze@example.com}}
Subject: Reissue of your Statement of Attainment — {{neg:certificate-id|SOA-2025-118406}}

Hi {{PERSON|Pieternella}},

We've received your request to reissue your Statement of Attainment in your married name. We have attached the updated record: old name {{PERSON|Pieternella Kotzé}}, new name {{PERSON|Pieternella Hargreaves}}.

Your new employer in Leeds asked us to include your National Insurance number on the verification letter. We can do that, but only on the PDF sent to them, not on the certificate itself. For the record, the NI number you gave us is {{UK_NINO|NP 73 66 12 A}}; please check it.

The reissue fee of {{neg:amount|$45.00}} was charged to the card ending {{neg:masked-card|**** 3061}}. If anything is wrong, call us on {{PHONE|1800 217 446}} (Mon–Fri, 9–5 AEST).

Regards,
Records Officer`),

  au("note", `Security note — learner account {{neg:learner-id|LA-6620193}} — {{PERSON|Anh Nguyen-Palmer}}
{{neg:timestamp|2026-03-15 02:44:18 AEDT}} login OK from {{IP_ADDRESS|2001:db8:c0a8:17::9f}} (new device, Chrome 122)
{{neg:timestamp|2026-03-15 02:46:03 AEDT}} e-mail changed to {{EMAIL|anh.palmer.learning@example.com}}
{{neg:timestamp|2026-03-15 02:51:40 AEDT}} certificate download x3
Learner rang at 8:05 from her usual number {{PHONE|0410 667 482}}: she did not change anything, she was asleep. Previous logins all from {{IP_ADDRESS|10.44.7.182}} (her employer's VPN).
Action: reverted e-mail to {{EMAIL|anhnp@example.com.au}}, locked the account, forced MFA. She needs the certificates for a UK registration and already gave NI number {{UK_NINO|HT 38 90 26 B}} there; nothing to do with us, but noted in case the attacker uses the downloads. Escalated to Trust & Safety.`),

  au("call", `Warranty call — {{neg:date|12/03/2026}}
Customer {{PERSON|Lachlan Barraclough}} — {{neg:appliance-model|Fisher & Paykel DD60DCHX9}} dish drawer, serial {{neg:serial-number|AKV220518}}, bought {{neg:date|3 October 2024}}. Top drawer won't close, code {{neg:error-code|F2}} flashing.
Manufacturer's warranty 2 yrs → covered. Also reminded him of the consumer guarantees regardless of warranty.
Booked tech for Thursday. Mobile as he gave it: {{PHONE|oh four one seven, six six oh, two nine five}}. Alt {{PHONE|(03) 5221 8894}} (work, Geelong).
He asked if we can {{neg:name-word|bill}} the callout to his landlord instead — no, warranty work is free anyway.
Warranty ref {{neg:warranty-number|FPW-2026-041177}}.`),

  au("email", `From: Service Desk <{{EMAIL|service@example.com.au}}>
To: {{EMAIL|m.costa.reid@example.com}}
Subject: Quote {{neg:reference|Q-33820}} — {{neg:appliance-model|Westinghouse WVE6515SD}} oven

Hi {{PERSON|Maria}},

Our technician {{PERSON|Kwame Boateng}} inspected your oven on {{neg:date|11 March}}. The element and the thermostat have failed. The oven is 4 years old, so it's outside the manufacturer's warranty; the repair is not covered.

Quote:
  Element (part {{neg:model-number|WE-0327-00K}}): {{neg:amount|$164.00}}
  Thermostat: {{neg:amount|$118.50}}
  Labour 1.5 h: {{neg:amount|$195.00}}
  Total incl. GST: {{neg:amount|$477.50}}
To accept, reply to this e-mail or pay through the link. If you prefer, we can take a card over the phone on {{PHONE|1300 402 813}}; don't send card numbers by e-mail.

Best,
{{PERSON|Sione Taufa}}
{{neg:company|Taufa & Reid Appliance Services Pty Ltd}}`),

  au("note", `Job card {{neg:ticket-number|JC-77105}} — tech {{PERSON|Brodie McAllister}}
Customer {{PERSON|Priscilla Fanene}}, {{neg:street|17 Albany Highway}}, Victoria Park WA {{neg:postcode|6100}}, {{PHONE|(08) 9321 5570}}.
Item: {{neg:appliance-model|Dyson V15 Detect}}, serial {{neg:serial-number|SV22-AU-PRX 4471}}. Cuts out after 20 sec, pulses.
Checked: filter clogged (washed it, not dry enough → she says she dried it 2 days). Battery health 61%. Firmware {{neg:version|1.2.7}}.
Replaced battery under warranty (purchased {{neg:date|5 Jan 2025}}, 2 yr warranty). Customer signed.
She asked that the invoice go to her daughter {{PERSON|Losa}}: {{EMAIL|losa.fanene@example.com}}.`),

  au("chat", `Accounts chat — payment plan
Visitor: hey I got a text about an old Optus bill, is this a scam?
Agent: Hi, I'm {{PERSON|Harriet Nakamura}}. Our texts only ever link to our website and never ask for your card by SMS. What's the reference on your text?
Visitor: {{neg:case-number|NCR-88-611920}}
Agent: Thanks. That file is real: {{neg:amount|$318.75}} for a mobile plan closed on {{neg:date|30 June 2024}}, placed with us last month.
Visitor: ok i can do 25 a week
Agent: I can set {{neg:amount|$25}} weekly by direct debit. What name is on the account?
Visitor: {{PERSON|Jayden Kerr-Mahoney}}
Agent: And best contact number?
Visitor: 📱 {{PHONE|+61 438 119 027}}
Agent: Done. You'll get a confirmation e-mail. If you ever get a text asking to "verify" with a card number, forward it to us and delete it.`),
]
