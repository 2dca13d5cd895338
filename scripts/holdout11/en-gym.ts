// English: the gym chain (memberships, direct debits, freezes).
import type { Ctx } from "./ctx.ts"
import { T, type Template, neg } from "./render.ts"

const GYM = ["FitHub", "IronWorks Gym", "PulseFit 24/7"]
const CLUB = ["Chase Street", "Hunter Valley", "Sterling Park", "Grace Road", "Bill Street"]
const account = (c: Ctx) => neg("account-number", String(c.rng.int(10000000, 99999999)))

/** A club name where the place word is also a first name: only that word is a lookalike. */
function club(c: Ctx) {
  const name = c.pick(CLUB)
  const [w, rest] = name.split(" ") as [string, string]
  return T`${c.word(w)} ${rest}`
}

export const EN_GYM: Template<Ctx>[] = [
  {
    kind: "email", biz: "gym", make: (c) => {
      const a = c.person()
      return T`Subject: Freeze request – membership ${c.member()}
Hi ${c.pick(GYM)} team,
I'd like to freeze my membership from ${c.date()} for three months (knee surgery). Locker ${c.locker()} can be released. The direct debit of ${c.money()} should pause; it comes from ${c.bank()} account ${account(c)}.
I'm ${c.full(a)}, ${c.email(a)}, ${c.phone()}.
Thanks,
${c.first(a)}
Sent from my iPhone`
    },
  },
  {
    kind: "sms", biz: "gym", make: (c) => {
      const a = c.person()
      return T`${c.pick(GYM)}: Hi ${c.first(a)}, your direct debit of ${c.money()} on ${c.date()} failed. Update your card in the app or call ${c.phone()}. Member ${c.member()}. Reply STOP to opt out`
    },
  },
  {
    kind: "chat", biz: "gym", make: (c) => {
      const a = c.person(), g = c.person()
      return T`[${c.time()}] ${c.full(a)}: hi, I want to cancel. ${c.word("Mark")} my words, the ${club(c)} club is always closed 😤
[${c.time()}] Agent ${c.first(g)}: Sorry to hear that ${c.first(a)}. Can you confirm your membership number?
[${c.time()}] ${c.full(a)}: ${c.member()}
[${c.time()}] ${c.full(a)}: and stop charging ${c.card()} please
[${c.time()}] Agent ${c.first(g)}: Please don't share full card numbers here. Cancellation takes effect ${c.date()}.
-- session ${c.ref()} from ${c.ip()} (app v${neg("version", `${c.rng.int(3, 9)}.${c.rng.int(0, 20)}.${c.rng.int(0, 9)}`)})`
    },
  },
  {
    kind: "wrap", biz: "gym", make: (c) => {
      const a = c.person(), t = c.person(), g = c.person()
      return T`Call wrap – member ${c.member()} (${c.full(a)}) wants 10 PT sessions with ${c.first(t)}, ${c.time()} slots. Paid ${c.money()} by card ${c.card()}. Also complained about showers at ${club(c)}. Freeze until ${c.date()} approved by ${c.first(g)} ${c.last(g)}. Contact ${c.phone()} or ${c.email(a)}.`
    },
  },
  {
    kind: "crm", biz: "gym", make: (c) => {
      const head = `member_no\tfirst\tlast\tphone\temail\tplan\tdd_amount\tfreeze_until\tlocker\n`
      const rows = [c.person(), c.person()].map((p) => T`${c.member()}\t${c.first(p)}\t${c.last(p)}\t${c.phone()}\t${c.email(p)}\t${c.pick(["Off-peak", "Anytime", "Student"])}\t${c.money()}\t${c.date()}\t${c.locker()}\n`)
      return [head, ...rows.flat()]
    },
  },
  {
    kind: "call", biz: "gym", make: (c) => {
      const a = c.person(), g = c.person()
      return T`agent: ${c.pick(GYM)} membership team ${c.first(g)} speaking
caller: hi its ${c.lower(a)} uh my membership number is ${c.member()}
agent: thanks and can you confirm your date of birth
caller: ${c.date()}
agent: ok what can i do
caller: i moved house so the direct debit needs my new bank do you need my ${c.natId()}
agent: no please don't read that out i'll text you a secure link to ${c.phone()} the next payment of ${c.money()} comes out on ${c.date()}
caller: ${c.word("Bill")} me monthly still yeah`
    },
  },
  {
    kind: "complaint", biz: "gym", make: (c) => {
      const a = c.person()
      return T`Web complaint #${c.ref()}
Full name: ${c.upperLast(a)}
Membership: ${c.member()}
Email: ${c.email(a)}
Mobile: ${c.phone()}
Club: ${club(c)}
What happened: I was charged twice (${c.money()} and ${c.money()}) on ${c.date()}. Refund to the card ending 4471 or to IBAN ${c.iban()} please. Your earlier reply quoted ${c.badIban()} which is not mine.
${c.emoji()}`
    },
  },
]
