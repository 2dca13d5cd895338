// English templates: web and messaging chats, agent and callback notes, e-mails with quoted replies, call summaries
// and speech-to-text transcripts; and bare ones that carry lookalikes but no personal data.
import type { Kind } from "./pack.ts"

export const EN_KINDS: Record<Kind, string[]> = {
  chat: [
    `Chat started {date} {clock} | {brand} website | visitor IP {ip} | {browser}
{clock} {a.first}: {hi}! You're through to {a.first} at {brand} {emo} How can I help?
{clock} Visitor: hi {issue}
{clock} {a.first}: Sorry to hear that! Can I take your full name and the phone number on the account?
{clock} Visitor: {c.lc}, {c.phone}
{clock} {a.first}: Thanks {c.first}. I can see it here. {^fix}.
{clock} Visitor: ok thx {emo}
{clock} {a.first}: Anything else? Your case number is {case}.
{clock} Visitor: no thats all`,
    `[{date}, {clock}] {c.full}: {hi} {emo} {issue}
[{date}, {clock}] {brand}: Hi {c.first}, thanks for your message! This is {a.first}. Could you confirm your email address and postcode please?
[{date}, {clock}] {c.full}: {c.email} and {post}
[{date}, {clock}] {c.full}: {?id}
[{date}, {clock}] {brand}: Perfect. {^fix}. {nw}
[{date}, {clock}] {c.full}: brill thank u {emo}`,
    `{clock} {c.first}: hi can i pay the balance on {ref} over chat? its {amount}
{clock} {a.full}: Hi {c.first}! For your security please don't type card numbers here, I'll send a secure link instead {emo}
{clock} {c.first}: oh too late lol {paycard}
{clock} {a.full}: No worries, I've masked that on our side. The link is going to {c.email} and will show the card as {masked}.
{clock} {c.first}: cheers. my partner {p.first} might ring too, number is {p.phone}
{clock} {a.full}: Noted on the account {emo}`,
    `{clock} Customer: Hello, I need help. {issue}
{clock} {a.first} ({brand}): Happy to help. Can I get your name and date of birth?
{clock} Customer: {c.full}, dob {dob}
{clock} {a.first} ({brand}): Thank you {c.title}. {^fix}.
{clock} Customer: ok. {?id}
{clock} Customer: sorry also {badpay} so I used another one
{clock} {a.first} ({brand}): Thanks, I'll note that. Reference {case}.`,
    `Live chat · {brand} · agent {a.full}
Visitor ({ip6}, app {ver}): helloooo anyone there
{a.first}: Hi, yes! Sorry for the wait {emo}
Visitor: its {c.lcfirst}. {issue} 😩
{a.first}: Oh no, sorry {c.first}. Is {c.phone} still the best number?
Visitor: no use {c.land} its my work one
{a.first}: Updated. {^fix}.`,
  ],
  note: [
    `{date} {time} {a.init}: cust {c.full} called re {nissue}. ID&V ok (DOB + {postword} {post}). {^fix}. CB no. {c.phone}.
{?id}`,
    `Case {case} | {brand} | {date}
Customer: {c.lastcomma}
Email: {c.email}
Tel: {c.phone} / alt {c.land}
Address: {house} Mill Lane, {post}
Issue: {nissue}
Action: {^fix}
Refund to: {pay}
{longline}
{?idbad}
Agent: {a.first}`,
    `spoke w/ {c.lcfirst} ({c.phone}) — {nissue}. adv {fix}. conf sent to {c.email}. {^badpay}. {a.first}
{?id}`,
    `{ts} portal lockout: {c.full} ({c.email}) 5 failed logins from {ip} then {ip6}, app {ver}. Reset link sent, told cust it expires in {mins}. {a.init}`,
    `NOTE {date}: {c.FULL} rang again, 3rd time. {nissue}. Escalated to {t.full} (team lead). Cust v unhappy, wants call from manager on {c.phone2} before {time}.
{?id}`,
  ],
  callback: [
    `CALLBACK REQUEST — {date} {time}
Name: {c.titlefull}
Best no.: {c.phone} (mobile) or {c.land} after {time2}
Re: {nissue}
Ref: {ref}
{longline}
{?id}
{?idbad}
Taken by: {a.first}`,
    `pls call back {c.title} on {c.phone} b4 {time} — {nissue}. {p.first} ({c.first}'s partner) may answer. left vm {date}. {a.first}`,
    `Callback for {t.full} (via {bizphone} ext. {ext}): {c.full} wants a call re {nissue}. Tried {c.phone} at {time}, no answer, retry {date}. {nw}`,
    `CB {date} {time} | {c.lastcomma} | {c.phone} | {nissue} | promised call within {mins} | {a.init}`,
  ],
  email: [
    `Subject: Re: {brand} — {ref}

{hi} {a.first},

{issue}. I've been waiting since {date} and I'm getting a bit fed up to be honest.

Can someone call me on {c.phone}? I'm home after {time}.
{?id}

{bye}
{c.full}
Sent from my iPhone

On {date2}, {a.full} <{a.email}> wrote:
> Hi {c.first},
> Thanks for getting in touch. {^fix}.
> Kind regards,
> {a.first}
> {brand} | {bizphone} | {role}`,
    `Dear {c.title},

Thank you for your call today. As discussed, {fix}.

Your reference is {ref}. If you have any questions please reply to this email or call us on {bizphone}.

{nw}

Kind regards

{a.full}
Customer Care, {brand}
{a.email} | {bizphone} ext. {ext}`,
    `From: {c.full} <{c.email}>
To: {role2}
Subject: refund for {ref}

hi there,

{issue}. please refund to:
{pay}

my number is {c.phone} if needed.
{?id}

{c.first}`,
    `---------- Forwarded message ---------
From: {c.full} <{c.email}>
Date: {date}
Subject: complaint

{issue}. {bye}, {c.first}
X-Originating-IP: [{ip}]

{t.first} — can you pick this up? Cust prefers a call on {c.phone}. Thx, {a.first}`,
  ],
  summary: [
    `Call summary — {date} {time} — duration {mins}
Caller: {c.full} ({c.phone})
Agent: {a.full}
Reason: {nissue}
Outcome: {fix}
Follow-up: confirmation sent to {c.email} (cc {role}). Case {case}.
{?id}`,
    `AI summary ({ver})
• Customer {c.full} called about {ref}.
• Issue: {nissue}.
• Resolution: {^fix}.
• Contact: {c.email}, {c.phone2}
• Sentiment: frustrated, then satisfied {emo}`,
    `{^c.titlefull} rang on {date} about {nissue}. {c.first} said {issue}. Agreed: {fix}. Contact via {c.email} or {c.phone}. {^badpay}.
{?id}`,
    `Summary: {c.first} ({postword} {post}) called regarding the {visit} on {date}. {a.first} confirmed the plan: {fix}. {p.full} will be home to let the team in; their mobile is {p.phone}.`,
  ],
  transcript: [
    `[{off}] AGENT: thank you for calling {brandlc} my name is {a.lcfirst} how can i help
[{off}] CALLER: yeah hi {um} it's {c.lc} {um} {sissue}
[{off}] AGENT: {sayok} no problem can i take a contact number
[{off}] CALLER: yeah it's {c.said}
{?sid}
[{off}] AGENT: lovely and that's the best number
[{off}] CALLER: yes
[{off}] AGENT: perfect so {fix}
[{off}] CALLER: great thanks`,
    `Voicemail · from {c.phone} · {date} {time} · transcribed
"hi this is {c.lcfirst} {um} calling about the {visit} on {dsaid} {um} could you call me back on {c.said} thanks bye"`,
    `[{off}] AGENT: ...so just to confirm the {why} i need a few details
[{off}] CALLER: sure {um} my name's {c.lc}
[{off}] AGENT: and the number to reach you
[{off}] CALLER: {c.said}
[{off}] AGENT: thanks and for the form
{?sid}
[{off}] CALLER: {sayok} is that everything
[{off}] AGENT: yes {fix}`,
    `speaker 1: {brandlc} you're speaking with {a.lcfirst}
speaker 2: hi {um} yeah i'm calling for {c.lc} i'm {p.lcfirst} the partner
speaker 1: {sayok} and what's it about
speaker 2: {sissue}
speaker 1: can {c.lcfirst} call us back on {bizphone}
speaker 2: {sayok} or ring me on {p.said}`,
  ],
}

export const EN_BARE: Record<Kind, string[]> = {
  chat: [
    `{clock} Visitor: hi do you deliver to {post}?
{clock} Agent: Hi! Yes we do, usually within {dur}. Standard delivery is {amount}.
{clock} Visitor: and is the {item} in stock
{clock} Agent: It is! {nw}
{clock} Visitor: great ty {emo}`,
    `Chat {case} · app {ver}
{clock} Guest: what are your opening hours on {date}
{clock} Bot: We're open {time} to {time2}. Anything else?
{clock} Guest: no thanks`,
  ],
  note: [`Ops note {date}: {ops}. {nw}`, `Shift note {date} {time}: queue peaked at 14 callers, avg wait {mins}. Ticket {case} closed.`],
  callback: [`Callback queue {date}: 9 pending, oldest from {time}. Customers asking about {item} lead times ({dur}).`, `CB list {date} — all done except {case} (no answer x2). Promo price {amount} ends {date2}.`],
  email: [
    `Subject: Your case {case}

Thanks for contacting {brand}. We aim to reply within {dur}. Please keep your reference {ref} handy.

{nw}

This mailbox is not monitored on {date}.`,
  ],
  summary: [`Call summary {date} {time}: caller declined to give details; general question about {item} prices ({amount}) and lead times ({dur}). No action.`, `Summary: caller asked whether version {ver} of the app supports bookings. Advised yes. No account touched. {nw}`],
  transcript: [
    `[{off}] IVR: welcome to {brandlc} calls [[name-word:may]] be recorded
[{off}] CALLER: {um} opening hours
[{off}] IVR: we're open from {time} {um} please hold
[{off}] CALLER: {sayok}`,
  ],
}
