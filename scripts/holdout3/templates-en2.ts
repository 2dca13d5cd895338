// English, second batch: US and UK identity numbers in their usual contexts,
// and hard lookalikes placed next to real values.
import type { Template } from "./templates-en.ts"

export const EN2: Template[] = [
  ["summary", `Mortgage pre-approval call. Applicant {name}, SSN {ssn}, co-applicant {other}, SSN {ssn#2}. Credit pull authorised {date}. Loan ref {acct}.`],
  ["note", `W-9 received for {name}. Taxpayer ID (SSN) {ssn}. Mailing ZIP {zip}. Amount withheld {amount}. Form ref {invoice}.`],
  ["chat", `Customer: I filled in the form but it says my social is wrong?? I typed {badssn}
Agent {agent}: That number can't be a valid SSN (the first three digits are never issued). Could you double-check your card?
Customer: oh sorry it's {ssn}
Agent {agent}: Thanks {first}, that's accepted ✔️`],
  ["email", `From: {email}
Subject: Benefits enrollment – {name}

Hi HR,

my SSN on the enrollment form should read {ssn}, not {badssn}. My employee number is {acct}.

Thanks,
{first}`],
  ["stt", `agent: for verification can you give me your social security number
caller: sure it's {ssn}
agent: thank you and your date of birth
caller: {date}`],
  ["crm", `customer_id|name|ssn|phone|state
{acct}|{name}|{ssn}|{phone:US}|TX`],
  ["summary", `Pension transfer request from {name}. NI number {nino}. Previous employer payroll ref {acct}. Transfer value {amount}. Call back on {phone:GB}.`],
  ["note", `HMRC letter scanned. Customer NINO {nino} matches our record. Tax year {date}. Test NINO {badnino} in the template was removed.`],
  ["chat", `Customer: my national insurance no. is {nino} – do you need anything else?
Agent {agent}: That's all, thanks {first}! Your claim {ticket} is now with the assessor.`],
  ["email", `Dear {first},

Your payslip for {date} shows NI number {nino} and tax code 1257L. If either is wrong, please contact payroll at {roleemail}.

Kind regards,
{agentfull}
People Services`],
  ["stt", `caller: hi yeah it's {lcname} calling about my universal credit my ni number is {nino}
agent: thank you can you confirm your postcode
caller: {postcode}`],
  ["chat", `Agent {agent}: For security, please type only the last four digits of the card.
Customer: 8841
Customer: oops, full one is {card} 🤦‍♀️
Agent {agent}: I've removed it from the transcript. Please don't send full card numbers.`],
  ["note", `Card {card} declined at POS, issuer code 05. Customer also tried {badcard} (typo, failed validation). Order {order}, {amount}.`],
  ["summary", `Customer {name} pays by card {card:amex} for the annual plan ({amount}). Backup card {card:visa}. Next renewal {date}.`],
  ["chat", `Customer: 💳 {card:mastercard} exp {date} cvv 331
Agent {agent}: Please never post card details in chat! I'm blocking this message now.`],
  ["note", `Gift card code {badcard} entered in the card field by mistake – not a payment card. Voucher balance {amount}. Ticket {ticket}.`],
  ["email", `Subject: Direct debit – account change

Please update the mandate for account {acct}.

Old: {badiban} (I think I wrote this one wrong before)
New: {iban}

Thanks
{name}`],
  ["note", `Refund to IBAN {iban:DE} (German account of {name}). Customer in Manchester; phone {phone:GB}. Amount {amount}. Ref {ticket}.`],
  ["summary", `Customer {name} emigrated to the Netherlands. New account {iban:NL}, mobile {phone:NL}. Old UK account {iban:GB} closed {date}.`],
  ["note", `VPN tunnel logs for user {email}: connected from {ip4} at {ts}, assigned {ip4#2}. Client {version}. Session {ticket}.`],
  ["chat", `Customer: my smart meter shows ip {ip6} and firmware {version}, it keeps dropping 😩
Agent {agent}: Thanks! Meter {meter} is on our outage list for {date}.`],
  ["note", `Network check: customer router {ip4}, gateway {ip4#2}. DNS build {version}. MAC {mac}. No fault found.`],
  ["summary", `Weekly report: {qty} chats, {qty#2} calls. Avg handle time {time}. Top issue: app {version} login loop. [[Bill|name-word]] run moved to {date}. No customer data.`],
  ["note", `Customer {name} said "[[Will|name-word]] do" to the offer. [[Mark|name-word]] down as accepted. [[May|name-word]] need signature by {date}.`],
  ["chat", `Customer: Hi it's {name} 🌸 I ordered the [[Rose|name-word]] Quartz necklace, order {order}
Agent {agent}: Hi {first}! It ships {date}.`],
  ["email", `Hi {agent},

[[Grace|name-word]] period ends {date}, so I'll pay the {amount} on Friday. [[Will|name-word]] that stop the late fee?

Thanks, {first}`],
  ["summary", `Caller Dr. {last} (practice manager at a GP surgery) asked for the practice's direct line {phone:GB} to be removed from our marketing list. Done, ref {ticket}.`],
  ["note", `Spoke to [[Bill|name-word]] payer (not the account holder). Refused to discuss account {acct}. Nothing changed.`],
  ["summary", `Customer — sorry, it's {name}, not the account holder — called about invoice {invoice}. Mobile {phone}. [[May|name-word]] call again {date}.`],
  ["chat", `Customer: Hola! sorry my English 😅 I am {name}, tel {fphone}
Agent {agent}: No problem, {first}. How can I help?`],
  ["crm", `NAME: {upname}
TEL: {phone}
EMAIL: {email}
NOTES: CALL BEFORE {time}`],
  ["note", `Callback list {date}: 1) {name} {phone} 2) {other} {phone#2} 3) {otherfirst}'s daughter re: order {order}`],
  ["email", `From: {agentemail}
To: {email}
Subject: Your case {ticket}

Hi {first},

I've tried to call you on {phone} twice today. Please call me back on {intl} between {time} and {time#2}.

Best,
{agentfull}`],
]

/** Third batch: more US SSNs, UK NINOs and IPv6, each with its usual context. */
export const EN3: Template[] = [
  ["note", `ID verification passed: last name {last}, DOB on file, SSN {ssn}. Address ZIP {zip}. Do not read the SSN back to the caller.`],
  ["summary", `Identity theft report from {name} 😟. Someone opened an account with SSN {ssn} at {ts}. Police report {ticket}. Fraud alert placed; call back {phone:US}.`],
  ["chat", `Agent {agent}: Which number did the IRS letter show?
Customer: it shows {ssn} and a case number {ticket}
Agent {agent}: Thanks {first}. Please don't share more than that here.`],
  ["crm", `record_type=applicant name="{name}" ssn="{ssn}" dob="{date}" email="{email}"`],
  ["note", `Test record cleanup: SSN {badssn} and {badssn#2} were dummies (invalid area). Real applicant {name} re-entered with {ssn}.`],
  ["summary", `Universal Credit query for {name}, NINO {nino}. Partner {other}, NINO {nino#2}. Appointment {date} {time}.`],
  ["note", `NINO {badnino} on the form is a placeholder (not a valid prefix). Customer gave the real one, {nino}, by phone.`],
  ["chat", `Customer: 🙋‍♂️ hiya, payroll said my NI number is wrong on my P60
Agent {agent}: What does it show?
Customer: {badnino} but mine is {nino}
Agent {agent}: Thanks {first}, I'll raise it with payroll ({ticket}).`],
  ["email", `Subject: Employee starter form – {name}

NI number: {nino}
Start date: {date}
Salary: {amount}
Mobile: {phone:GB}`],
  ["note", `Abuse report: repeated logins to {email} from {ip6} and {ip6#2} within {time}. Account locked at {ts}.`],
  ["summary", `Fibre install: CPE {version}, WAN {ip4}, delegated prefix {ip6}, LAN MAC {mac}. Customer {name} happy. Job {ticket}.`],
  ["chat", `Customer: my ipv6 is {ip6} if that helps 🤓
Agent {agent}: It does, thanks! I can see the drops on our side since {date}.`],
]

/** Long texts (500-1000 characters), as notes and emails really grow. */
export const LONG: Template[] = [
  ["note", `Case history {ticket} — customer {name}.
{date}: customer rang from {phone} about a missed engineer visit (slot {time}–{time#2}). Apologised, rebooked.
{date#2}: engineer attended, router replaced (old firmware {version}, new {version#2}). WAN IP now {ip4}.
{date#3}: customer emailed from {email} saying speeds still low; asked us to call their partner, {other}, on {intl} instead as the customer works nights.
{date#4}: goodwill credit {amount} applied to account {acct}. Refund of {amount#2} to card {card} (authorised by customer on a recorded line).
Next action: GP letter re: vulnerability to be scanned — [[Mark|name-word]] account as priority support. Do not send marketing.`],
  ["email", `From: {name} <{email}>
To: {roleemail}
Cc: {otheremail}
Subject: Formal complaint – account {acct}, invoices {invoice} and {invoice#2}

Dear Sir or Madam,

I am writing for the third time about the direct debits taken from my account {iban} on {date} ({amount}) and {date#2} ({amount#2}). Both were for a contract I cancelled by phone on {date#3}; your colleague {agentfull} confirmed the cancellation and gave me reference {ticket}.

I have attached my bank statement. Please refund both amounts to the same account and confirm in writing. If I do not hear from you within 14 days I will take this to the Ombudsman.

You can reach me on {phone} (evenings) or {intl} (work).

Yours faithfully,

{name}`],
]
