// A fourth batch of English texts, written one by one after the first 176: staff forms with SSNs and NI numbers, and
// short customer messages.
import { mk } from "./mk.ts"

const us = mk("en-US")
const gb = mk("en-GB")
const za = mk("en-ZA")
const ind = mk("en-IN")

export const EN_US_4 = [
  us("ticket", `Halcyon Lounge – new hire I-9/W-4 check
Employee: {{PERSON|Okafor, Chiamaka}}
Social Security no.: {{US_SSN|318-70-2264}}
Cell: {{PHONE|(972) 418-6630}}
Start {{neg:date|1/5/2027}}, rate {{neg:amount|$19.50}}/hr`),
  us("email", `Subject: 1099 for your pawn sales

Hi {{PERSON|Terrence}},
Our records show the SSN on your seller form as {{neg:ssn-invalid|900-14-2278}}, which can't be right (no SSN starts with 9). Can you call {{PHONE|(901) 527-3348}} with the correct one?
Goldleaf Pawn, Memphis`),
  us("note", `Property mgmt applicant screening: {{PERSON|Yesenia Carrillo}}, SSN {{US_SSN|602-39-7185}}, current landlord {{PHONE|480-730-2216}}. Income {{neg:amount|$4,850}}/mo. Application {{neg:reference|APP-22918}}.`),
  us("chat", `Pawbridge chat
You: the app crashes when I upload the vet invoice
Agent: Sorry! Which app version?
You: {{neg:version|6.3.1}} on iPhone
Agent: Please update to {{neg:version|6.3.2}} and retry 🙏 If it still fails email it to {{EMAIL|claims@pawbridge.example}}.`),
  us("summary", `Call summary – Sunridge Solar financing. Customer asked to change autopay date to the 15th. Loan {{neg:loan-number|SRF-0044187}}, payment {{neg:amount|$142.06}}. Confirmation texted to {{PHONE|+1 (347) 602-8814}}.`),
]

export const EN_GB_4 = [
  gb("ticket", `Seatswap UK – seller identity check
Seller email: {{EMAIL|gig.reseller22@example.net}}
NI number given: {{UK_NINO|WP 19 55 03 C}}
Phone: {{PHONE|07721 340 886}}
Listing IP: {{IP_ADDRESS|fd00:4b2::1c}}`),
  gb("note", `Sunridge Solar UK HR: apprentice {{PERSON|Callum Whitlock}} gave national insurance no. {{UK_NINO|AB 62 18 40 D}} and emergency contact {{PHONE|01904 623 771}} (mum). Starts {{neg:date|6 January}}.`),
]

export const EN_ZA_4 = [
  za("email", `Subject: lounge access – Cape Town International

Hi, I was charged {{neg:amount|R450}} at the lounge but my card includes free entry. Card used was {{CARD|4018 2760 9315 5420}}. Please call {{PHONE|072 418 3390}}.
Regards`),
]

export const EN_IN_4 = [
  ind("summary", `Call summary: Cellar Circle Gurgaon. Customer asked if wine can be delivered on {{neg:date|25 December}}; told holiday schedule. Alt number {{PHONE|0124 458 7712}}.`),
]
