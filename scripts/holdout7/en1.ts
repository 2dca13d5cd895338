// English templates, part 1: fraud calls, dispute notes, claim forms, SIM swaps, porting.
import { join, N, x } from "./build"
import type { Template } from "./types"

export const EN1: Template[] = [
  {
    kind: "fraud-call",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return join([
        x`[00:00:04] agent ${g.P(a.first.toLowerCase())}: thank you for calling ${g.region === "US" ? "Harbor Federal" : "Northgate Bank"} fraud team this is ${g.P(a.first.toLowerCase())} how can i help`,
        x`[00:00:11] caller: yeah hi um my name is ${g.P(c.full.toLowerCase())} there's a payment of ${g.amount()} i never made on ${g.date()}`,
        x`[00:00:25] agent: ok can you read me the long card number please`,
        x`[00:00:29] caller: it's ${g.card()} expiry ${String(g.r.int(1, 12)).padStart(2, "0")}/${g.r.int(27, 31)}`,
        x`[00:00:41] agent: thanks and the account it's linked to, ${g.account()}${g.region === "UK" ? x` sort code ${g.sortCode()}` : ""}?`,
        x`[00:00:49] caller: yes that's it. ${g.word("may")} I also give you my mobile, ${g.phone()}`,
      ])
    },
  },
  {
    kind: "dispute-note",
    biz: "bank",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return x`DISPUTE NOTE ${g.ref()} | ${g.date()} ${g.time()}
Cust ${g.P(c.full)} disputes card txn ${g.amount()} at "${g.word("Sunny")} Days Garden Centre". Card on file ${g.masked()} (${g.r.pick(["Visa", "Mastercard", "Amex"])}).
Old card ${g.badCard()} quoted by cust - does not pass validation, told cust to check statement. Chargeback raised, provisional credit ${g.amount()}.
Merchant says they will ${g.word("bill")} again next month; cust asked us to block it. Contact: ${g.email(c)}. Handled by ${g.P(a.full)}.`
    },
  },
  {
    kind: "claim-form",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      const w = g.person()
      return x`--- pasted from web claim form ---
Policy number: ${g.policy()}
Claim number: ${g.claim()}
Policyholder: ${g.P(c.full)}
Date of loss: ${g.date()}   Time: ${g.time()}
Location: ${N("street", g.r.pick(["Rose Lane", "Hope Street", "Grace Avenue", "Frank Road"]))}, ${g.town()} ${g.postcode()}
Third party / witness: ${g.P(w.full)}, tel ${g.phone()}
Email: ${g.email(c)}
Description: reversing out of drive in ${g.word("May")}'s heavy rain, hit neighbour's wall. Estimate ${g.amount()}.
Bank details for settlement: ${g.iban()}
--- end ---`
    },
  },
  {
    kind: "sim-swap",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return x`SIM SWAP REQUEST - ${g.date()}
Account holder: ${g.P(c.full)}  Acct: ${g.account()}
MSISDN: ${g.phone()}
Old ICCID: ${g.iccid()}
New ICCID: ${g.iccid()}
Device IMEI: ${g.imei()}
ID&V: passed (DOB + last payment ${g.amount()}). ${g.region === "US" ? x`Last 4 of SSN given, full SSN on file ${g.ssn()} not read out.` : x`NI number on file ${g.nino()}.`}
Reason: phone stolen at ${g.town()} station. Plan ${g.gb()} at ${g.price()} kept; handset on iOS ${g.version()}. Agent: ${g.P(a.first)} (team ${g.word("Hope")})`
    },
  },
  {
    kind: "porting",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      return x`${g.emo()}hi its ${g.P(c.first.toLowerCase())} again, want to port my number ${g.phone()} over from ${g.r.pick(["Vodafone", "Optus", "Three", "Verizon", "eir"])} before ${g.date()}. PAC code ${g.ref()}. new sim has ${g.gb()} data for ${g.price()} a month right? my email is ${g.email(c)} if u need it. cheers, ${g.P(c.first.toLowerCase())}`
    },
  },
  {
    kind: "dd-mandate",
    biz: "insurer",
    f: (g) => {
      const c = g.person()
      return x`Direct Debit Instruction — ${g.r.pick(["Kestrel Home Insurance", "Lighthouse Mutual", "Bluegum Cover"])}
Name(s) of account holder(s): ${g.P(c.full)}${g.r.chance(0.5) ? x` and ${g.P(g.person().full)}` : ""}
Bank/building society account number: ${g.account()}
Branch sort code: ${g.sortCode()}
BIC: ${g.bic()}   IBAN: ${g.iban()}
Reference: ${g.policy()}
Monthly premium ${g.amount()}, first collection ${g.date()}.
Signed ${g.P(c.full)}`
    },
  },
  {
    kind: "complaint-email",
    biz: "telecom",
    f: (g) => {
      const c = g.person()
      const a = g.person()
      return x`From: ${g.P(c.full)} <${g.email(c)}>
Subject: RE: RE: Complaint ${g.ref()} - still being overcharged

To whom it may concern,

This is the third time I am writing. I was promised ${g.gb()} for ${g.price()} and was charged ${g.amount()} on ${g.date()}. ${g.emo()}Please call me on ${g.phone()}${g.r.chance(0.4) ? x` ext. ${g.r.int(10, 499)}` : ""} during business hours.

Regards,
${g.P(c.first)}

> On ${g.date()} ${g.P(a.full)} wrote:
> Dear ${g.P(c.first)}, thank you for contacting us. I have raised your complaint. Your IMEI ${g.imei()} is not barred.
> Kind regards, ${g.P(a.first)} | Customer Relations | ${g.role("complaints", "tel-connect.example")}`
    },
  },
]
