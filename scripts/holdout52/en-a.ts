// English templates: web and messaging chats, SMS and WhatsApp messages.

export const EN_CHAT = [
  `
Chat transcript · {biz} · {date}
Visitor IP: {ip} · {browser}
[{clock}] {a.given} ({biz}): Hi, you're through to {a.given}. How can I help today?
[{clock}] {c.given}: hi, it's about {what}. {issue}
[{clock}] {a.given} ({biz}): Sorry to hear that. Could you confirm the name on the account and a contact number?
[{clock}] {c.given}: {c}, and it's {phone}
?[{clock}] {c.given}: or the landline {land}
[{clock}] {a.given} ({biz}): Thanks {c.given}. I can see {r1} on file{%50|, and {r3}}.
[{clock}] {a.given} ({biz}): {fix}
[{clock}] {c.given}: great, can you email the confirmation to {email}?
[{clock}] {a.given} ({biz}): Done. {|Take care!|Have a good day.|Anything else I can help with?}`,
  `
[{clock}] Agent: Welcome to {biz}, my name is {a.given}. What can I do for you?
[{clock}] Customer: Hi {a.given}, it's about {what}. {issue}
[{clock}] Agent: I can help with that. For the {|call-out fee|deposit|balance} of {amount} I'll send a secure payment link, please don't type card details in the chat.
[{clock}] Customer: oh sorry too late {card} exp {exp}
[{clock}] Agent: No problem, I've hidden it on our side ({masked}). The link will go to the mobile on the account, {phone}, is that right?
[{clock}] Customer: yep thats me
[{clock}] Agent: {fix} Your reference is {n1}.
[{clock}] Agent: If you need us, call {bizline} {ext}. {|Bye for now|Thanks for chatting}, {c.given}!`,
  `
[{wadate}, {clock}] {c}: Hi, is this {biz}? {issue}
[{wadate}, {clock}] {biz}: Hi {c.given}, {a.given} here 👋 Do you have the reference from your paperwork?
[{wadate}, {clock}] {c}: {r1} I think
[{wadate}, {clock}] {c}: also my partner {p.given} might ring you from {phone2}, {p.given} is on the account too
[{wadate}, {clock}] {biz}: Lovely, I've added {p} as a second contact. {fix}
?[{wadate}, {clock}] {biz}: PS you don't need the {rd} from the sticker, we have it already.
[{wadate}, {clock}] {c}: thank you!! 🙏`,
  `
{biz} online help · session started {time}
Bot: Hi! I'm the {biz} assistant. What's your question?
Visitor: cant log in to my account, it says too many attempts
Bot: I'll pass you to a person. Please wait...
{a.given} joined the chat
[{clock}] {a.given}: Hi there, I can see the lockout. The attempts came from {ip6} and {ip4}, were both of those you?
[{clock}] Visitor: the first one is my phone, no idea about the second
[{clock}] {a.given}: OK, I'll reset it and make you pick a new password. Which email should the link go to?
[{clock}] Visitor: {email}. its {c} btw
[{clock}] {a.given}: Thanks {c.given}. Link sent. I've also reported {ip4} to our security team at {role}.
[{clock}] Visitor: [[name-word:Will]] I lose my booking {n1}?
[{clock}] {a.given}: No, that's all safe.`,
  `
[{clock}] {c.given}: hello, i was told a refund of {amount} is due for {what}
[{clock}] {a.given}: Hi {c.given}! Yes, I can see it under {r1}. Where would you like it paid?
[{clock}] {c.given}: {refund}
[{clock}] {a.given}: Thank you. Just so you know, we only ever confirm bank details by phone, on {bizline}.
[{clock}] {c.given}: ok. [[name-word:Will]] it take long?
[{clock}] {a.given}: Usually {dur}. {|You'll get an email at {email} when it's sent.|We'll text {phone} when it's sent.}
?[{clock}] {c.given}: thanks, and tell {k.given} thanks for sorting it yesterday`,
  `
Live chat · {biz} · visitor from {ip4}
{c.given} (visitor), {clock}: Hi there. {issue}
{a.given} (agent), {clock}: Hi {c.given}, I'm {a.given}. Can I grab your surname and postcode?
{c.given} (visitor), {clock}: {c.fam}, {post}
{a.given} (agent), {clock}: Found you, {c.title}. {fix}
{c.given} (visitor), {clock}: [[name-word:Hope]] so, last time took ages
{a.given} (agent), {clock}: I'll keep an eye on it myself. My colleague {k} will confirm by email.`,
  `
Finance chat · {biz} · visitor {ip}
[{clock}] {a.given} ({biz}): Thanks for applying for finance on {what}. I just need a few details for the check. Please don't share card numbers here.
[{clock}] {c.given}: sure. full name {c}, born {dob}
{@US|[{clock}] {c.given}: SSN {ssn}}
{@GB|[{clock}] {c.given}: NI number is {nino}}
[{clock}] {c.given}: address {house} {|[[name-word:Rose]] Avenue|Oak Avenue|[[name-word:Park]] Road|Quarry [[name-word:Lane]]}, {post}, mobile {phone}
[{clock}] {a.given} ({biz}): Got it, thank you. The agreement goes to {email} for signature. Monthly payment {small}.
?[{clock}] {a.given} ({biz}): Your {ld} is {nd}, keep it handy if you call us.
[{clock}] {c.given}: perfect, thanks {a.given}`,
]

export const EN_SMS = [
  `{biz}: Hi {c.given}, your {|visit|appointment} about {what} is confirmed for {date} between {time} and {time2}. Ref {n1}. Reply STOP to opt out. Questions? {bizline}`,
  `hi its {c} re {n1}, can someone call me back on {phone} after {time} pls. thx`,
  `Reminder from {biz}: {c.given}, {k.given} will see you on {date} at {time}. To rearrange call {bizline} or email {role}.`,
  `{!jewel}Hi {c.title}, it's {k.given} from {biz}. I'm outside {house} {|Mill|Church|Station} [[name-word:Lane]] but can't find where to [[name-word:park]]. Can you call me on {kphone}?`,
  `[{wadate}, {clock}] {c.given}: running about {mins} late, can you tell {a.given}? sorry!!
[{wadate}, {clock}] {biz}: No problem {c.given}, {a.given} knows 👍`,
  `{biz}: We've received your payment of {amount} for {n1}. Card {masked}. Thank you, {c.given}!`,
  `From {phone.intl}: Hi, {c.given} here. Got your message about {what}. {date} works. Can {k.given} bring the paperwork? My email is {email} if easier`,
  `[{clock}] {a.given} ({biz}): Hi {c.given}, quick one, can you send a photo of the label with the {ld}?
[{clock}] {c.given}: 📷 sent. thats {nd} isnt it
[{clock}] {a.given} ({biz}): Perfect, thanks!`,
]
