// More English templates: refunds (card, IBAN or a domestic account), a finance or claim form with the SSN (US) or NI
// number (Britain) and elsewhere a card, a card read out on a call, forwarded complaints with the sender's IP.
import type { Kind } from "./pack.ts"

export const MORE_EN: Record<Kind, string[]> = {
  chat: [
    `{clock} {c.first}: hey quick one re {ref} 🙂
{clock} {a.first}: Hi {c.first}! Go for it
{clock} {c.first}: {issue}. can you refund it to {pay}
{clock} {a.first}: Sure, I've requested {amount}, it takes {dur}. {nw}
{clock} {c.first}: also the form wanted this so here you go: {idor}`,
    `{clock} Visitor ({ip}): hi is anyone there
{clock} {a.first}: Hi! Yes, how can I help?
{clock} Visitor: its {c.full}, {issue}
{clock} Visitor: my number {c.phone} and email {c.email}
{clock} {a.first}: Thanks {c.first}, {fix}. Ticket {case}.`,
  ],
  note: [
    `Refund req {amount} on {ref}. {c.lastcomma} / {c.phone}. Pay to: {pay}. Last login {ip} via {browser}. {a.init}`,
    `{date} {c.FULL} — {why}: {idor}. DOB {dob}. Docs emailed to {c.email}. {a.init}
{?idbad}`,
  ],
  callback: [
    `CB {c.full} {c.phone2} re refund {amount} ({ref}), card on file {masked} exp {expiry}, call before {time}. {a.first}`,
    `Please ring {c.titlefull} back re the {why} — {idor}. Best time {time}, number {c.phone}. {a.first}`,
  ],
  email: [
    `Subject: {why} — {c.full}

{hi},

As requested for the {why}, here are my details:
Name: {c.full}
DOB: {dob}
{idor}
Phone: {c.phone}
Email: {c.email}

{bye}
{c.first}`,
    `---------- Forwarded message ---------
From: {c.full} <{c.email}>
Date: {date}
Subject: Re: refund {ref}

Please use this for the refund: {pay}
({^badpay}.)
X-Originating-IP: [{ip6}]

{t.first} can you action? {a.first}`,
  ],
  summary: [
    `Refund {date}: {c.full}, ref {ref}. {amount} to {pay}. Approved by {t.full}. Customer's last login from {ip6} ({browser}).`,
    `Summary ({ver}): {c.first} {|called|rang} about the {why}. Details taken: {idor}. Callback on {c.phone} after {time}.`,
  ],
  transcript: [
    `[{off}] AGENT: {sayok} i'll need the long number on the card
[{off}] CALLER: {um} it's {card} expiry {expiry}
[{off}] AGENT: and the name on the card
[{off}] CALLER: {c.lc}
[{off}] AGENT: and a number in case we get cut off
[{off}] CALLER: {c.said}
[{off}] AGENT: lovely that's {amount} taken your reference is {ref}
{?sid}`,
  ],
}
