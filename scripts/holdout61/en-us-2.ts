// en-US texts, part 2: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-US")

export const EN_US_2 = [
  t("transcript", `speaker 1 (agent): ironwood retirement plan services my name is {{PERSON|lamar}} how can i help
speaker 2: hi i want to roll my 401k over i left my job in {{neg:name-word|april}}
speaker 1 (agent): sure i can start that can i have your full name
speaker 2: {{PERSON|rosalind okafor-hayes}}
speaker 1 (agent): and the last four of your social
speaker 2: seven seven two zero
speaker 1 (agent): thank you and a phone number in case the check is delayed
speaker 2: {{PHONE|four zero four, two nine one, six six three eight}}
speaker 1 (agent): that's {{PHONE|four oh four, two nine one, six six three eight}}
speaker 2: yes`),
  t("email", `Subject: RE: Beneficiary change form – plan {{neg:account-number|IRP-0041187}}

Mr. {{PERSON|Szymanski}},

We received your beneficiary form on {{neg:date|11/30/2026}}, but section 3 is incomplete. For your new primary beneficiary, {{PERSON|Agnieszka Szymanski}}, we need her date of birth and social security number. The number on the form, {{neg:ssn-invalid|666-41-2087}}, is not a valid SSN – could you double-check it? It may be {{US_SSN|606-41-2087}}, but we can't assume.

Please call us at {{PHONE|1-888-314-6620}}, Mon–Fri {{neg:time|8am}}–{{neg:time|6pm}} ET.

Sincerely,
{{PERSON|Harriet Lindqvist}}
Participant Services, Ironwood Retirement Plans`),
  t("note", `{{neg:date|12/3}} cx {{PERSON|Bernadette}} called re 2nd bag claim {{neg:claim-number|LB-77310}}. still missing garment bag, value ~{{neg:amount|$640}}. wants reimbursement to card. gave # {{neg:luhn-invalid|5423 1884 7520 1029}} -> declined in sys, reread: {{CARD|5423 1884 7520 1092}} ok. cb {{PHONE|(602) 314-9950}}. surname {{PERSON|Achterberg}}.`),
  t("sms", `SwiftCrate: Package {{neg:tracking-number|SC4410092871US}} was left at front door, 1147 Maple Ave. Photo: swiftcrate.example/p/8Hk2. Not yours? Call {{PHONE|1-866-410-2297}}`),
  t("chat", `Mapleleaf Lettings — Chat
{{PERSON|Sunita}} (Leasing): Hi, thanks for your interest in Unit 3B at 41 Alder St. Are you still looking for a {{neg:date|Jan 1}} move-in?
guest_8812: yes. me and my partner. credit check needs SSN right?
{{PERSON|Sunita}} (Leasing): We do need it for the screening, but please enter it in the secure application link, not here.
guest_8812: oops ok. I already typed my SSN in the form: {{US_SSN|531-20-8846}}. is that bad
{{PERSON|Sunita}} (Leasing): No worries, I'll have this chat redacted. What name is the application under?
guest_8812: {{PERSON|Caleb Fontenot}}`),
  t("ticket", `TICKET {{neg:ticket-number|CW-20931}}
Store: Cellway #114 (Tulsa)
Issue: customer's number not ported
Customer: {{PERSON|Wanda J. Rutherford}}
Number to port: {{PHONE|918-633-4021}}
Old carrier acct: {{neg:account-number|88104423}}
Device IMEI: {{neg:imei|356938035643809}}
Assigned: {{PERSON|Devin}} (Tier 2)
Comment ({{PERSON|Devin}}): port rejected twice, PIN mismatch. Asked {{PERSON|Wanda}} to get PIN from old carrier.`),
  t("email", `Hi {{PERSON|Colette}},

Quick one — the vet bill for Hank's dental is attached ({{neg:amount|$1,212.00}}). Invoice {{neg:invoice-number|INV-55302}}. Pet insurance wants the clinic's phone and the vet's name on the claim, so: Dr. {{PERSON|Ifeoma Adeyemi}}, Sandhill Animal Hospital, {{PHONE|(307) 634-8812}}.

I'll be out {{neg:date|Dec 18}}–{{neg:date|Jan 2}}; if they need anything, my cell is {{PHONE|307.640.2291}}.

– {{PERSON|Russ}}`),
  t("transcript", `AGENT: Dunmore Auto Rental, this is {{PERSON|Kaylee}}, how can I help you?
CALLER: Hi, yes, I'm at the counter in Phoenix and they say my reservation's gone. Confirmation {{neg:booking-ref|DAR-6610482}}.
AGENT: Let me look. Is the reservation under {{PERSON|Marguerite Ellsworth}}?
CALLER: That's me.
AGENT: I see it was cancelled because the card on file, ending {{neg:masked-card|xxxx-1085}}, declined. Do you want to give a new card?
CALLER: Yes, it's {{CARD|6011 0498 2237 1085}}... wait, that's the same one. Let me grab the other. {{CARD|4917 3041 2285 5638}}, expiration {{neg:card-expiry|11/29}}.
AGENT: Thank you. That went through, {{neg:amount|$287.14}} for the week.`),
  t("note", `pharm consult: pt {{PERSON|Lucinda Herrera-Vance}} ({{neg:date|3/14/1972}}) asking abt warfarin + new abx from Dr {{PERSON|Yusuf}}. advised call prescriber. pt's daughter {{PERSON|Gabi}} to pick up. ph {{PHONE|2107739046}}. no sub.`),
  t("sms", `From {{PHONE|+1 786 402 5519}}: hi it's {{PERSON|Reina}} from Pawprint Vet, Coco's blood work is back & all normal! call us back at {{PHONE|305-669-1240}} if u have questions`),
  t("ticket", `Subject: wire for closing – verify
Requester: {{EMAIL|escrow@titlecoast.example}}
Borrower: {{PERSON|HOLLOWAY, TRAVIS M}}
Closing date: {{neg:date|12/15/2026}}
Loan #: {{neg:account-number|4400219835}}
Note from {{PERSON|Jenna Prescott}}: Borrower says he got an email with new wire instructions from a gmail address. That's fraud. Told him to call the title company at the number on our own docs, {{PHONE|(843) 216-4450}}. Email came from IP {{IP_ADDRESS|203.0.113.89}}; forwarded to security.`),
  t("chat", `Kestrel Stream Help
(7:58 PM) You: my kid bought 3 movies without asking. can i get a refund
(7:58 PM) Kestrel Assistant: I'm sorry to hear that! I'm transferring you to an agent.
(8:01 PM) {{PERSON|Anders}} | Kestrel: Hi, I'm {{PERSON|Anders}}. I can see three rentals on {{neg:date|Dec 5}}, {{neg:amount|$5.99}} each. I've refunded all three and turned on a purchase PIN.
(8:01 PM) You: thank you!! can you send a receipt to {{EMAIL|the.bradshaws@family.example}}
(8:02 PM) {{PERSON|Anders}} | Kestrel: Sent. Have a good night.`),
  t("email", `Subject: Application status – {{PERSON|Ximena Quispe}}

Dear {{PERSON|Ximena}},

Congratulations! Your admission to the M.S. in Environmental Engineering at Prairie State University for Fall 2027 is confirmed. Your student ID is {{neg:customer-number|PSU 0078812}}.

To hold your seat, please pay the {{neg:amount|$400}} deposit by {{neg:date|February 15}}. Questions? Contact Dr. {{PERSON|Ruth Ambrose}} at {{EMAIL|gradadmit@prairiestate.example}} or {{PHONE|(785) 532-6191}}.

Graduate Admissions`),
]
