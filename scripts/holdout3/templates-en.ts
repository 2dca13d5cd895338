// English texts as a contact center has them. `{slot}` holes are filled by
// render.ts; `[[word|kind]]` marks a literal lookalike.
export type Kind = "chat" | "note" | "email" | "summary" | "stt" | "crm"
export type Template = [Kind, string]

export const EN: Template[] = [
  ["chat", `[{clock#1}] Customer: hi, my card got charged twice for order {order} 😡
[{clock#2}] Agent {agent}: Sorry about that! Can I have the name on the account?
[{clock#3}] Customer: {name}
[{clock#4}] Agent {agent}: Thanks {first}. I can see two charges of {amount}. I'll raise ticket {ticket} for the refund.`],
  ["chat", `Customer: 👋 hello, I need to update my phone number, the new one is {phone}
Agent {agent}: Sure, could you confirm the email on file?
Customer: it's {email}
Agent {agent}: Perfect, updated. Anything else today?`],
  ["chat", `Visitor: my name is {name} and I was told to send the card details here 🙈 {card} exp {date}
Bot: For your security please never share card numbers in chat. This message has been flagged.`],
  ["note", `Cust called re: direct debit. Old IBAN {iban} closed, new IBAN {iban#2}. Verified DOB + postcode {postcode}. Next collection {date}. -{agent}`],
  ["note", `[[Will|name-word]] call back tomorrow {time}. Caller {name} asked that we use mobile {phone} instead of landline. Ref {ticket}.`],
  ["email", `From: {name} <{email}>
To: {roleemail}
Subject: Invoice {invoice} – wrong amount

Hello,

I was billed {amount} instead of {amount#2} on invoice {invoice}. [[May|name-word]] I ask you to correct this before the {date} due date?

Kind regards,
{name}
{phone}`],
  ["email", `Dear {agentfull},

Thank you for your help yesterday. As requested, my National Insurance number is {nino} and my new address postcode is {postcode}.

Best wishes,
{first}`],
  ["summary", `Call summary ({date}, {time}): Customer {name} disputed a roaming charge of {amount}. Agent {agent} confirmed device software {version} and IP {ip4} at the time of the session. Credit applied, case {ticket} closed.`],
  ["summary", `Caller verified with SSN {ssn} and DOB. Spouse {other} added as authorised user. Callback number {phone:US}. Follow-up on {date}.`],
  ["stt", `agent: thank you for calling brightline this is {lcagent} how can i help
caller: yeah hi um my name is {lcname} i'm calling about my bill
agent: no problem can i take the phone number on the account
caller: it's {phone}
agent: and the first line of the address
caller: uh twelve harbour road`],
  ["crm", `contact_id,first_name,last_name,email,phone,created
{acct},{first},{last},{email},{phone},{ts}`],
  ["note", `Order {order} shipped {date} via DHL, tracking {tracking}. Customer requested delivery after {time}. [[Mark|name-word]] as pending until signed for.`],
  ["chat", `Agent {agent}: Your {qty} order {order} is out for delivery today 📦
Customer: great, thanks! [[Will|name-word]] the driver ring first?
Agent {agent}: Yes, between {time} and {time#2}.`],
  ["note", `Payment attempt with {badcard} declined (card number fails validation, customer mistyped). Second attempt with the correct card OK. Amount {amount}. Order {order}.`],
  ["email", `Hi team,

Please refund {amount} to the account below – the customer ({name}) has confirmed it by phone.

Account holder: {name}
IBAN: {iban}
BIC: NWBKGB2L

Thanks,
{agentfull}
Customer Care | {agentemail}`],
  ["summary", `[[Bill|name-word]] shock complaint: data usage spiked on {date}. Router firmware {version}, WAN IP {ip4}, LAN IPv6 {ip6}. Customer ({name}) wants a goodwill credit. Escalated as {ticket}.`],
  ["chat", `Customer: Hi, [[May|name-word]] I change the delivery date? Order {order}
Agent {agent}: Of course. Which date works for you?
Customer: {date} please
Agent {agent}: Done ✅ You'll get an SMS the evening before.`],
  ["note", `Fraud check: caller claimed to be {name} but failed security questions. Real customer reachable on {intl}. Do NOT release details. Flagged account {acct}.`],
  ["email", `Subject: Re: Your claim {ticket}

Dear {title} {last},

we received your documents on {date}. The payout of {amount} will be sent to the account ending in 4417 within five working days.

Yours sincerely,
{agentfull}
Claims Department`],
  ["crm", `Name: {revname}
Phone (home): {phone}
Phone (mobile): {intl}
Email: {email}
Customer since: {date}
Segment: Gold`],
  ["summary", `Customer {name} (card on file {card}) reported that a merchant charged {amount} twice. Chargeback opened, reference {ticket}. Customer also gave a second email, {otheremail}, for a family member, {otherfirst}.`],
  ["chat", `Customer: 🙏🏽 please help, I'm locked out. username is {email}
Agent {agent}: I can send a reset link. What's the last IP you logged in from, if you know it?
Customer: my router says {ip4}
Agent {agent}: Thanks, reset link sent.`],
  ["note", `Duplicate of {ticket}. No personal data in this ticket. [[Grace|name-word]] period for payment asked about; told {date}. Amount outstanding {amount}.`],
  ["email", `Hello,

my order {order} (invoice {invoice}, {amount}) still hasn't arrived. The tracking number {tracking} hasn't moved since {date}.

Could someone call me on {phone}?

Thanks
{first}`],
  ["summary", `HR payroll query. Employee {name} (NINO {nino}) asked why the tax code changed on the {date} payslip. Agent explained the emergency code. Payroll ref {acct}.`],
  ["chat", `Agent {agent}: To verify, please give me the last four digits of your social security number.
Customer: 4471. Actually here is the whole thing so we're quicker: {ssn}
Agent {agent}: Please don't share the full number in chat 🙂 I've masked it on our side.`],
  ["note", `Customer wants the rose gold model. [[Rose|name-word]] gold out of stock until {date}; offered silver for {amount}. Order {order} on hold.`],
  ["stt", `caller: hi it's {lcfirst} from number {phone} i got a text saying my parcel {tracking} is held at customs
agent: okay let me check that for you one moment`],
  ["summary", `No PII. Software incident: app {version} crashes on launch for Android users since {date} {time}. Workaround: clear cache. Linked tickets {ticket}, {ticket#2}. Affected builds {version#2}.`],
  ["email", `From: {roleemail}
Subject: Your statement for {date}

Balance due: {amount}
Minimum payment: {amount#2}
Account: {acct}

This is an automated message, please do not reply.`],
  ["chat", `Customer: my IBAN is {badiban} is that right? the app says it's invalid
Agent {agent}: It looks like one digit is off. Could you check your bank statement?
Customer: ah sorry, correct one: {iban}
Agent {agent}: That one is accepted 👍`],
  ["note", `Spoke with {other} from accounts about the refund for {name}. Bank details unchanged. Refund {amount} on {date}.`],
  ["summary", `Caller {name} from Lagos asked us to call a relative on {fphone}. Translator needed (Yoruba). Ticket {ticket}.`],
  ["chat", `Agent {agent}: Hi! Am I speaking with {name}?
Customer: yes that's me
Agent {agent}: Great. I see a payment of {amount} on {date}, reference {invoice}.
Customer: [[Bill|name-word]] paid already, this is a duplicate`],
  ["note", `Tenant portal login issues. Session from {ip6} blocked by WAF at {ts}. Device MAC {mac}. User: {email}. Reset MFA.`],
  ["email", `Hi {first},

Thanks for getting in touch. Your new SIM ({qty}) ships {date}. If you have questions, ring us on {phone} or reply to this email.

Cheers,
{agent}
Brightline Telecom`],
]
