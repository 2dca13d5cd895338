// en-AU texts: written one by one.
import { mk } from "./markup.ts"

const t = mk("en-AU")

export const EN_AU = [
  t("transcript", `AGENT: Wattlebrook Home Insurance claims, you're speaking with {{PERSON|Brooke}}.
CALLER: G'day, we've had hail come through the roof in Ipswich last night.
AGENT: Oh no. Can I get the policy number?
CALLER: {{neg:policy-number|WHI 7720 1184}}.
AGENT: And the name on the policy?
CALLER: {{PERSON|Georgios Papadakis}}. My wife {{PERSON|Eleni}} is on it too.
AGENT: Thanks {{PERSON|Georgios}}. Best contact number for the assessor?
CALLER: {{PHONE|oh four one two, three eight six, five five one}}.
AGENT: {{PHONE|0412 386 551}}. Lovely, someone will call by {{neg:time|5pm}}.`),
  t("note", `claim {{neg:claim-number|WHC-2612-0092}} storm dmg, insured {{PERSON|Thi Lan Pham}} (Cabramatta {{neg:postcode|2166}}). Tarp crew booked {{neg:date|6 Dec}}. Emergency accom not needed, staying w/ brother {{PERSON|Minh}}. Ph {{PHONE|(02) 9727 4408}}. Excess {{neg:amount|$500}}.`),
  t("chat", `Bluegum Bank – Home Loans
(09:14) Visitor: hi can I switch my home loan to interest only for 6 months, just had a baby
(09:15) {{PERSON|Jack}} – Bluegum: Congratulations! We can look at that. Loan account and full name please?
(09:15) Visitor: {{neg:loan-number|HL-4410-9927}}, {{PERSON|Priyanka Raghunathan}}
(09:17) {{PERSON|Jack}} – Bluegum: Thanks {{PERSON|Priyanka}}. A lender will call. Is {{PHONE|0433 917 205}} still your number?
(09:17) Visitor: yes`),
  t("email", `Subject: Hardship application – loan ending 7741

Hi Bluegum,

I was stood down from my job at the mine in {{neg:name-word|May}} and I'm behind on the mortgage by {{neg:amount|$4,860}}. Please send me the hardship form.

Loan number {{neg:loan-number|HL-3308-7741}}. My partner {{PERSON|Jarrah Williams}} is co-borrower.

Cheers,
{{PERSON|Kylie Donnelly}}
{{PHONE|(08) 9192 3346}} | {{EMAIL|kylie.donnelly@inbox.example}}`),
  t("sms", `Kookaburra Mobile: Hi {{PERSON|Dimitri}}, your bill of {{neg:amount|$65.00}} is due {{neg:date|18 Dec}}. Pay via BPAY ref {{neg:reference|7710 2294 18}} or call {{PHONE|1300 651 224}}.`),
  t("ticket", `BILLING DISPUTE
Customer: {{PERSON|EL-HASSAN, Mohammed}}
Service no: {{PHONE|0401 772 918}}
Acct: {{neg:account-number|KM 88102743}}
Issue: charged {{neg:amount|$189}} for international calls to Lebanon on {{neg:date|24/11}}, says he has an add-on
Callback: {{PHONE|+61 422 903 117}}
Email: {{EMAIL|m.elhassan@post.example}}`),
  t("chat", `Pantry Direct Help
Visitor: my delivery was meant to be between 4 and 6 and it's now {{neg:time|7.30pm}}
{{PERSON|Tayla}} @ Pantry Direct: So sorry! Your driver {{PERSON|Harpreet}} is running late, about 20 mins away. I've added a {{neg:amount|$15}} credit.
Visitor: ok ta. tell him the gate code is 4417
{{PERSON|Tayla}} @ Pantry Direct: {{neg:name-word|Will}} do, and he'll ring you on arrival.`),
  t("note", `Pantry Direct - order {{neg:order-number|PD-90218834}} - cust {{PERSON|Wendy Sinclair}} reports chilled items warm. full refund {{neg:amount|$72.15}} to card {{neg:masked-card|xxxx-4402}}. she's on {{PHONE|(03) 9555 2810}} if QA wants to follow up.`),
  t("email", `From: {{PERSON|Ngaire Tupou}} <{{EMAIL|ngaire.t@mailbox.example}}>
To: {{EMAIL|support@southernstream.example}}
Subject: cancel subscription

Hi, please cancel my SouthernStream plan effective {{neg:date|31 December}}. I was charged {{neg:amount|$24.99}} on the card {{CARD|4556 1290 3476 1822}} and don't want further charges.

Thanks
{{PERSON|Ngaire}}
{{PHONE|0478 220 614}}`),
  t("transcript", `agent: coastline hotels reservations {{PERSON|bree}} speaking
caller: hi yeah i need to cancel a room at the cairns esplanade hotel
agent: sure whats the booking number
caller: {{neg:booking-ref|CH 44 71 09}}
agent: and your surname
caller: {{PERSON|nakamura}} {{PERSON|n a k a m u r a}}
agent: thanks mr {{PERSON|nakamura}} and a number in case i need to call back
caller: {{PHONE|zero four five seven, one one two, eight nine three}}`),
  t("sms", `Roadside Assist: {{PERSON|Bronwyn}}, patrol {{PERSON|Shane}} is 25 min away. If you move, call {{PHONE|13 11 11}}... or {{PHONE|1800 660 412}}. Job {{neg:reference|RA-5509381}}.`),
  t("note", `Roadside - flat battery, Bruce Hwy north of Gympie. Member {{PERSON|Rangi Walker}}, plate {{neg:plate|QLD 722 KVN}}. Patrol dispatched {{neg:time|14:05}}. Member mob {{PHONE|0487 331 006}}. Membership {{neg:member-number|RA 3318 0042 77}}.`),
  t("ticket", `Opal Lost Property — Online Report
Name: {{PERSON|Isabella Russo}}
Phone: {{PHONE|0419 204 887}}
Email: {{EMAIL|bella.russo@inbox.example}}
Item: prescription glasses in red case
Where: T1 train Hornsby to Central, {{neg:date|3/12/2026}} around {{neg:time|8:10am}}
Postcode: {{neg:postcode|2077}}`),
  t("email", `Subject: Payment extension request – account {{neg:account-number|6630 1184 27}}

Dear Sunburnt Energy,

I received a disconnection warning for {{neg:amount|$742.18}}. I'm a carer for my dad {{PERSON|Vasilios Andreou}} and money is tight. Can I pay {{neg:amount|$50}} a fortnight? NMI {{neg:nmi|6102774419}}.

Please ring me on {{PHONE|(08) 8344 7712}}.

{{PERSON|Sophia Andreou}}`),
  t("chat", `Harbourside Health – Outpatients booking
[13:02] You: need to reschedule my son's physio at the children's hospital
[13:03] {{PERSON|Lachlan}} (Bookings): Sure thing. Patient name and Medicare number?
[13:04] You: {{PERSON|Oscar Tran}}, Medicare {{neg:reference|2953 71840 1}}
[13:05] {{PERSON|Lachlan}} (Bookings): Thanks. We have Thursday {{neg:date|11 December}} at {{neg:time|3:15pm}}. We'll text the confirmation to {{PHONE|0422 617 490}}.`),
  t("sms", `SouthernStream: Your account was signed in from a new device at {{IP_ADDRESS|203.0.113.12}}. Not you? Reset your password at southernstream.example/reset`),
]
