// English templates, part 2: bot hand-offs, escalations, letters of authority, SMS, rosters.
import { join, x } from "./build"
import type { Template } from "./types"

export const EN2: Template[] = [
  {
    kind: "bot-handoff",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return join([
        x`Bot: Hi! I'm the Northgate digital assistant. What can I help with today?`,
        x`Customer: card declined at the hairdresser, a ${g.word("bob")} and a colour is ${g.amount()} and it got refused`,
        x`Bot: I can help with that. For security, which email do we have on file?`,
        x`Customer: ${g.email(c)} and the card is ${g.card()}`,
        x`Bot: Please don't share full card numbers in chat. I've hidden it from this transcript.`,
        x`Bot: Thanks. I'm passing you to a colleague now. Reference ${g.ref()}.`,
        x`--- transferred to live agent ${g.time()} ---`,
        x`${g.P(a.first)} (agent): Hi ${g.P(c.first)}, I can see the decline from ${g.ip()}. Was that you?`,
        x`Customer: ${g.emo()}no!! I'm in ${g.town()}. call me ${g.phone()}`,
      ])
    },
  },
  {
    kind: "escalation",
    biz: "insurer",
    f: (g) => {
      const a = g.person()
      const b = g.person()
      const c = g.person()
      return x`@${g.P(b.first)} can you pick this up? ${g.P(c.full)} (claim ${g.claim()}) has called 4 times. ${g.P(a.first)} on nights promised a callback by ${g.time()} ${g.date()} and it never happened.
Cust's alt number ${g.phone()}, ${g.word("Will")} needs a manager call. Reserve currently ${g.amount()}.
If ${g.P(`${b.first} ${b.last}`)} is off, route to ${g.P("Mark")}'s queue? — no, ${g.word("mark")} it urgent and send to ${g.role("claims.escalations", "lighthouse-mutual.example")}.
Thx, ${g.P(a.first)}`
    },
  },
  {
    kind: "authority-letter",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const s = g.person("m")
      return x`${g.town()}, ${g.date()}

Dear Sir or Madam,

I, ${g.P(c.full)}, authorise my son ${g.P(`${s.first} ${c.last}`)} to speak on my behalf about my account ${g.account()}${g.region === "UK" ? x` (sort code ${g.sortCode()})` : ""} and my mortgage.
He can be reached on ${g.phone()} or at ${g.email({ ...s, last: c.last })}. ${g.region === "US" ? x`My social security number is ${g.ssn()} should you need it.` : g.region === "UK" ? x`My National Insurance number is ${g.nino()}.` : ""}

Yours faithfully,
${g.P(c.full)}

[agent note ${g.date()}: letter scanned, verified by phone with ${g.title(c)} ${g.surname(c)}]`
    },
  },
  {
    kind: "fraud-call",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const o = g.person()
      return x`speech-to-text (confidence 0.81): this is ${g.P(c.full.toLowerCase())} someone called me saying they were from the network and asked for the code, then my sim stopped working at ${g.time()} and i got a text from ${g.foreignPhone()} and another one from ${g.foreignPhone()} ... my wife ${g.P(o.first.toLowerCase())} also got one ... the account email is ${g.email(c)} and the number is ${g.phone()}`
    },
  },
  {
    kind: "claim-form",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`| field | value |
|---|---|
| Claimant | ${g.P(c.full)} |
| Policy | ${g.policy()} |
| ${g.region === "US" ? "SSN" : "NI no."} | ${g.region === "US" ? g.ssn() : g.nino()} |
| Phone | ${g.phone()} |
| Payee IBAN | ${g.iban()} |
| Incident | ${g.date()} — storm damage, roof tiles, garden fence (${g.word("June")} storms) |
| Estimate | ${g.amount()} |
| Submitted from | ${g.ip()} |`
    },
  },
  {
    kind: "agent-note",
    biz: "telecom",
    f: (g) => {
      const a = g.person()
      const b = g.person()
      return x`Shift handover ${g.date()}
Agent        | Queue     | Ext
${g.P(a.full)} | Porting   | ${g.r.int(2000, 2999)}
${g.P(b.full)} | Billing   | ${g.r.int(2000, 2999)}
Outage on router fleet: CPE at ${g.ip()} rebooting, firmware ${g.version()}. Bundle ${g.gb()} at ${g.price()} still sold out. ${g.word("Grace")} period for late bills extended to ${g.date()}.`
    },
  },
  {
    kind: "dispute-note",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      return x`Customer ${g.title(c)} ${g.surname(c)} rang re: transfer to wrong IBAN ${g.badIban()} — IBAN rejected by payments engine (check digits). Correct payee IBAN confirmed as ${g.iban()}, BIC ${g.bic()}. Customer lives in ${g.word("hope")} the funds arrive before ${g.date()}. ${g.emo()}Called back ${g.phone()} at ${g.time()}, no answer, left VM.`
    },
  },
]
