// English templates: agent and CRM notes, callback requests, call summaries.

export const EN_NOTE = [
  `
Case {case} | {biz}
Customer: {c.crm}
DOB: {dob} | Postcode: {post}
Tel: {phone} / {land}
Email: {email}
{@US|SSN on file: {ssn} (checked by {a.given})}
{@GB|NI number {nino} checked for the finance application}
?{@US|Older SSN {ssnbad} on file failed validation, removed.}{@GB|Previous NI number {ninobad} rejected by the checker.}
{@GB,IE|Refund IBAN: {iban}}{@IN,ZA,NZ|Refund account: {acct}}
Refs: {r1}; {r2}
Note ({a.initial}, {date}): {issue} {fix}
Assigned to: {k.crm}
?{^rd}`,
  `{date} {time} - {a.caps} - inb call from {c.caps} re {what}. {issue} Cust conf DOB {dob} + pc {post}. {fix} CB req on {phone} after {time2}. Passed to {k.given} in {|scheduling|the workshop|accounts}. ETA {dur}.{%60| Please [[name-word:mark]] as urgent.}`,
  `
Portal lockout - {c} ({email})
{ts} login failed x5 from {ip4}
{ts2} login failed from {ip6}
Called cust on {phone}, confirmed only the second address is theirs. Reset done by {a.given}; {k.given} to review {ip4}.
App {ver}, {browser}.`,
  `
FRAUD REVIEW {case} - {r1}
Card {card} declined x2, then {luhnbad} tried (fails check) - blocked.
Billing name {c.caps}, delivery to {house} {|High Street|Harbour Road|Elm Avenue}, {post}.
IP {ip} does not match billing country. Phone given {phone.intl}.
Reviewer: {a} | 2nd check {k.initial}`,
  `
Handover for {k.given} ({date}): {c.poss} job ({r1}) is still open. {issue}
I ({a.given}) promised a call back before {time}. Best number {phone}, alt {email}.
{@GB|Finance form has NI no. {nino}.}{@US|Finance form has SSN {ssn}.}
{|Thanks!|Cheers, {a.given}}`,
  `
CRM > Contacts > {c.crmcaps}
Phone (mobile): {phone}
Phone (home): {land}
Secondary contact: {p} ({|daughter|son|neighbour|carer}) {phone2}
Notes: do not call before {time}. {c.given} is hard of hearing, speak slowly. {rd} on the kit.
?Refund details: {refund}
{@IN|Bank branch IFSC {ifsc} confirmed.}
Last updated by {a.crm} on {date}`,
]

export const EN_CALLBACK = [
  `
CALLBACK REQUEST
Name: {c}
Number: {phone}
Best time: {|after|before} {time} on {date}
Re: {r1} - {issue}
Taken by: {a.given} | For: {k}
?{^rd}`,
  `CB {c.crm} {phone} re {n1} - wants {k.given} specifically, not before {time}. {|Left VM.|No answer x2.|Busy tone.}{@US| SSN for the credit check: {ssn}.}{@GB| NI no. {nino} for the credit check.}`,
  `
Callback form submitted {date} {time}
Your name: {c}
Phone: {phone.intl}
Alternative number: {land}
Email: {email}
Message: {issue} My [[name-word:bill]] says {amount} but I was quoted less.`,
  `Please call {c.title} back on {phone}, asked for {a.given} ({aline} {ext}) if you're busy. Re {r1}. {fix}`,
  `{p} called on behalf of {c}, authority on file. Call back {p.given} on {phone2} {|tomorrow|today} after {time}. Re {r2}. {@US|The SSN {ssnbad} on the old form is invalid, ask again.}`,
  `
** Callback ** {date}
{c.caps} / {phone}
{^what}: {issue}
Promised by {a.fam} for {time}. If no answer try {email} or the work number {land}.`,
  `
CB - finance team
{c.crm} | {phone} | DOB {dob}
{@US|Customer gave SSN {ssn} on the phone, the form had {ssnbad} (invalid), please re-key.}
{@GB|NI number on the form {ninobad} fails the check; correct NI number {nino} confirmed by phone.}
{@!US,GB|Form incomplete, needs the {ld} from the paperwork.}{@IN| Bank IFSC {ifsc} still to be verified.}
Call after {time}, ask for {k.given}. Ref {r1}.`,
]

export const EN_SUMMARY = [
  `
Call summary (auto-generated)
- Caller: {c} ({|customer|account holder})
- Agent: {a}
- Reason: {issue}
- Outcome: {fix}
- Follow-up: {k.given} to call back on {phone} by {date}
- References: {r1}, {r2}{%50|, {rd}}
- Sentiment: {|neutral|frustrated, then satisfied|positive}
{@US|- ID: SSN {ssn} verified}{@GB|- ID: NI number {nino} verified}`,
  `
Refund summary - {date}
Customer: {c.crm} | {email}
Original payment: card {masked}, {amount}
Refund: {amount2} to {refund}
Approved by {k} ({|team lead|duty manager})
Reason: {issue}`,
  `
Summary of call with {c.title} and {p.given} ({date}, {mins}):
{c.given} explained: "{issue}"
{@US|Identity checked; full SSN {ssn} taken for the credit form.}
{@GB|Identity checked; NI number {nino} taken for the finance form.}
Agreed: {fix}
Contact: {phone} / {email}. Handled by {a.given}.`,
  `
Call {case} - {biz} - {date} {time}
Inbound from {phone.intl}. Caller gave the name as {c.spell} and quoted {r1}.
Card on file ending {masked}; a new card {luhnbad} was declined, then {card} (exp {exp}) went through.
{fix}
Next: {k.given}, {dur}.`,
  `
Wrap-up ({a.given}): {c} called about {what}. {issue} Explained that a [[name-word:grace]] period of {dur} applies. {fix}
{@GB,IE|The IBAN {ibanbad} the customer read out came back as invalid; correct one {iban} confirmed.}
Email copy to {email}, cc {role}.`,
]
