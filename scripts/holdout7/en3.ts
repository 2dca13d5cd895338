// English templates, part 3: SSN and NINO in context, SMS, names beside companies and months.
import { join, N, x } from "./build"
import type { Template } from "./types"

export const EN3: Template[] = [
  {
    kind: "dispute-call",
    biz: "bank",
    f: (g0) => {
      const g = g0.as("US")
      const c = g.person()
      const a = g.person()
      return join([
        x`[stt] agent: thanks for holding this is ${g.P(a.first.toLowerCase())} with disputes can i get your full name`,
        x`[stt] customer: ${g.P(c.full.toLowerCase())}`,
        x`[stt] agent: and to verify the last four of your social`,
        x`[stt] customer: oh i'll just give you the whole thing it's ${g.ssn()}`,
        x`[stt] agent: please don't — ok i've got it. the charge on ${g.date()} for ${g.amount()} at ${N("company", g.r.pick(["Wendy's", "Dick's Sporting Goods", "Trader Joe's", "Ben & Jerry's"]))}?`,
        x`[stt] customer: yes and i ${g.word("will")} need a new card, this one ends ${g.masked()}`,
        x`[stt] agent: we'll mail it to the address on file, zip ${g.postcode()}. text updates go to ${g.phone()}`,
      ])
    },
  },
  {
    kind: "complaint-email",
    biz: "insurer",
    f: (g0) => {
      const g = g0.as("UK")
      const c = g.person()
      const a = g.person()
      return x`From: "${g.P(c.full)}" <mailto:${g.email(c)}>
Subject: FW: Your claim ${g.claim()} — decision

Hello ${g.P(a.first)},

I'm forwarding the below as requested. My National Insurance number is ${g.nino()} and my policy is ${g.policy()}. The damaged sofa was bought at ${N("company", g.r.pick(["John Lewis", "Marks & Spencer", "Dunelm", "Sainsbury's"]))} on ${g.date()} for ${g.amount()}.

Best wishes
${g.P(c.first)} ${g.P(c.last)}
${g.emo()}${g.phone()}

-----Original Message-----
From: ${g.P(a.full)} <${g.role("claims", "kestrel-home.example")}>
Sent: ${g.date()} ${g.time()}
Dear ${g.title(c)} ${g.surname(c)}, please send your NI number and proof of purchase.`
    },
  },
  {
    kind: "sms",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const k = g.person()
      return join([
        x`IN ${g.time()}: ${g.emo()}hey its ${g.P(c.first.toLowerCase())} ${g.P(c.last.toLowerCase())}, my daughter ${g.P(k.first.toLowerCase())} lost her phone, can u block imei ${g.imei()}`,
        x`OUT: Hi ${g.P(c.first)}, done. Her number ${g.phone()} is suspended. A new SIM (ICCID ${g.iccid()}) will arrive by ${g.date()}.`,
        x`IN: thx!! she's at her nan ${g.word("Rose")}'s till ${g.word("May")}. email me ${g.email(c)}`,
      ])
    },
  },
  {
    kind: "agent-note",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const a = g.person("f")
      return x`Visited branch in ${g.town()} with ${g.P(a.first)} from Mortgages. ${g.P(c.full)} (works at ${N("company", g.r.pick(["Frank Knight", "Morgan Stanley", "Hope Logistics", "Grace Kelly Florists"]))}) wants to move the ${g.word("June")} payment to ${g.date()}. Lives on ${N("street", g.r.pick(["William Street", "Victoria Road", "Elizabeth Drive", "Mark Lane"]))}. Online banking logins from ${g.ip()} and ${g.ip6()} — both hers. New contact: ${g.email(c)}, ${g.phone()}${g.r.chance(0.5) ? x` ext. ${g.r.int(10, 99)}` : ""}. Intl mobile while abroad: ${g.foreignPhone()}.`
    },
  },
]
