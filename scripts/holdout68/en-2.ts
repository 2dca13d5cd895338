// en-IN, en-ZA and en-NZ texts, written one by one: airline lounge desk, crowdfunding, pet insurance, language school,
// solar installs, pawn shop, ticket resale, wine club, property management.
import { mk } from "./mk.ts"

const ind = mk("en-IN")
const za = mk("en-ZA")
const nz = mk("en-NZ")

export const EN_IN = [
  ind("chat", `Sunridge Solar India – WhatsApp
{{PERSON|Rajesh Iyer}}: sir net metering still not done, installation was on {{neg:date|12 Nov}}
{{PERSON|Deepa}} (Sunridge): Sorry for delay {{PERSON|Rajesh}} ji. Discom application no. {{neg:reference|BESCOM-NM-448210}} is pending. Our site engineer {{PERSON|Manjunath}} will call you on {{PHONE|98450 12376}}.
{{PERSON|Rajesh Iyer}}: ok 🙏 also total was {{neg:amount|₹2,45,000}} but invoice shows more`),
  ind("email", `From: {{PERSON|Sneha Kulkarni}} <{{EMAIL|sneha.k@example.com}}>
Subject: Lingoria IELTS batch change

Dear team,
I joined the weekend batch (roll no. {{neg:student-number|LGI-2291}}) but my office timing changed. Please shift me to the weekday {{neg:time|7 pm}} batch from {{neg:date|5 January}}. My number is {{PHONE|+91 98201 44718}}.
Regards,
{{PERSON|Sneha}}`),
  ind("summary", `Call summary: Pawbridge India. Customer {{PERSON|Mohammed Faizal}} enquired on cover for his Labrador, 4 yrs. Quoted {{neg:amount|Rs. 8,900}} per year. Sent brochure to {{EMAIL|faizal.m@example.com}}. Landline {{PHONE|080 2558 1394}}.`),
  ind("note", `Goldleaf Pawn & Gold Loan, Chennai branch. Smt. {{PERSON|Lakshmi Venkatesan}} renewed gold loan {{neg:loan-number|GL-0098-4471}}, interest {{neg:amount|₹3,120}} paid. Nominee {{PERSON|Karthik Venkatesan}}, mobile {{PHONE|94440 28819}}. Next due {{neg:date|15/03/2027}}.`),
  ind("transcript", `AGENT: Seatswap India, this is {{PERSON|Pooja}}.
CALLER: hello madam, I sold two tickets for the cricket match but money not come
AGENT: Sorry sir, your name please?
CALLER: {{PERSON|Harpreet Singh Gill}}
AGENT: Registered mobile?
CALLER: {{PHONE|nine eight one five, zero four four, seven two one}}
AGENT: {{PHONE|nine eight one five, zero four four, seven two one}}. I see payout {{neg:reference|PO-IN-77810}} of {{neg:amount|₹9,600}} was sent {{neg:date|2 December}}.`),
  ind("ticket", `Aurelian Air lounge – Delhi T3 access exception
Passenger: {{PERSON|Ananya Chatterjee}}
PNR: {{neg:booking-ref|7HGQ2L}}
Contact: {{PHONE|+91 99100 63482}}, {{EMAIL|ananya.c@example.org}}
Card used at door: {{CARD|4127 8330 9915 4027}}
Note: system version {{neg:version|2.8.1}} rejected the card, manual entry done.`),
]

export const EN_ZA = [
  za("chat", `Cellar Circle SA
{{PERSON|Thabo Nkosi}}: howzit, my case of pinotage arrived with 2 broken bottles 😩
{{PERSON|Marli}} (Cellar Circle): Eish, sorry {{PERSON|Thabo}}! Order number?
{{PERSON|Thabo Nkosi}}: {{neg:order-number|CC-ZA-30918}}
{{PERSON|Marli}} (Cellar Circle): We'll credit {{neg:amount|R 378}} and courier replacements. Delivery still to Parkhurst {{neg:postcode|2193}}?`),
  za("summary", `Call summary – Keystone Rentals Cape Town. Tenant {{PERSON|Fatima Davids}} (unit 12, Sea Point) says the geyser burst. Plumber {{PERSON|Johan van Wyk}} sent, {{PHONE|082 451 7720}}. Tenant cell {{PHONE|071 388 2910}}. Deposit {{neg:amount|R12,500}} not affected.`),
  za("email", `Subject: Solar quote – {{PERSON|Sipho Dlamini}}

Hi {{PERSON|Sipho}},
Thanks for your enquiry. For a 5 kW hybrid system with battery the estimate is {{neg:amount|R98,400}}, install window {{neg:date|20 January}}. Please confirm by reply to {{EMAIL|quotes@sunridge.example}} or call our Joburg office on {{PHONE|011 783 4410}}.
Regards,
{{PERSON|Riana Botha}}`),
  za("note", `Pawbridge ZA note: {{PERSON|Ntombi Mokoena}} wants to add second cat. Premium goes to {{neg:amount|R420}} pm. Debit order on {{neg:date|1 Jan}}. Alt number {{PHONE|+27 21 419 2287}} (office).`),
  za("ticket", `Seatswap fraud check {{neg:case-number|FR-0419}}
Seller: {{PERSON|Ridwaan Patel}}
Login IP: {{IP_ADDRESS|198.51.100.23}}
Payout card flagged: {{neg:luhn-invalid|4917 3055 8204 1636}} (fails check), corrected to {{CARD|4917 3055 8204 1635}}
Phone: {{PHONE|083 902 4417}}`),
]

export const EN_NZ = [
  nz("chat", `Kitefund NZ
{{PERSON|Aroha Ngata}}: kia ora, can I change my campaign end date? it's set to {{neg:date|31 December}}
{{PERSON|Ben}} (Kitefund): Kia ora {{PERSON|Aroha}}! You can extend once, up to 60 days. Campaign {{neg:reference|KF-NZ-2210}} raised {{neg:amount|NZ$14,200}} so far 🎉
{{PERSON|Aroha Ngata}}: sweet as, call me {{PHONE|021 448 902}} if anything`),
  nz("summary", `Call summary: Lingoria Auckland. {{PERSON|Wei Zhang}} asked about the IELTS prep course for his wife {{PERSON|Mei Lin}}. Fee {{neg:amount|$1,450}}. Starts {{neg:date|9 February}}. Contact {{PHONE|09 378 4410}} or {{EMAIL|wei.zhang88@example.net}}.`),
  nz("note", `Wellington property: tenant {{PERSON|Sione Taufa}} reports mould in bedroom. Inspection {{neg:date|11/12}} at {{neg:time|2:30pm}}. Landlord {{PERSON|Heather McKay}}, {{PHONE|04 472 8810}}. Tenant mobile {{PHONE|027 318 4471}}.`),
  nz("email", `From: {{PERSON|Liam Whitcombe}} <{{EMAIL|liam.w@example.org}}>
Subject: Pawn ticket lost

Hi, I lost my pawn ticket for a Fender amp (loan {{neg:loan-number|GP-NZ-8871}}). I can show ID. Can you hold it past {{neg:date|20 December}}? Ph {{PHONE|022 615 0938}}.
Cheers, {{PERSON|Liam}}`),
]
