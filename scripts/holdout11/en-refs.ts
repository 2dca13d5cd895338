// English texts that hold no entity at all, only the lookalikes these
// businesses are full of, plus the insurance check where national ids appear.
import type { Ctx } from "./ctx.ts"
import { T, type Template, neg } from "./render.ts"

const sun = (c: Ctx) => neg("bank-code", String(c.rng.int(100000, 999999)))

export const EN_REFS: Template<Ctx>[] = [
  {
    kind: "sms", biz: "gym", make: (c) => T`PulseFit 24/7: your spin class on ${c.date()} at ${c.time()} in Studio ${c.room()} is confirmed. Locker ${c.locker()} is held until ${c.time()}. Ref ${c.ref()}. Reply C to cancel.`,
  },
  {
    kind: "sms", biz: "dental", make: (c) => T`${c.emoji()}Harbour Dental Care: appt ${c.ref()} on ${c.date()} ${c.time()} has been cancelled. Balance outstanding ${c.money()}. ${c.word("Grace")} period ends ${c.date()}.`,
  },
  {
    kind: "wrap", biz: "optician", make: (c) => T`Wrap: caller would not give a name. Asked price of varifocals (${c.money()}) and lens code ${c.ref()}. Invoice ${c.invoice()} for ${c.money()} was queried; card number read out as ${c.badCard()} fails validation, told to check with bank. ${c.word("May")} call back ${c.date()}.`,
  },
  {
    kind: "email", biz: "university", make: (c) => T`Subject: Enrolment closes ${c.date()}
Reminder: enrolment for ${c.course()} and ${c.course()} closes on ${c.date()} at ${c.time()}. Info session in room ${c.room()}. Minimum entry score ${c.grade()}; tuition deposit ${c.money()}. Student numbers from ${c.student()} onward use the new portal.
${c.word("Summer")} School places: ${neg("count", String(c.rng.int(20, 140)))} left.`,
  },
  {
    kind: "letter", biz: "gym", make: (c) => T`Direct Debit schedule for membership ${c.member()}
${c.date()}  ${c.money()}
${c.date()}  ${c.money()}
${c.date()}  ${c.money()}
Collected under service user number ${sun(c)}, ${c.bank()}. A previous mandate quoting ${c.badIban("GB")} was rejected by the bank.`,
  },
  {
    kind: "crm", biz: "dental", make: (c) => {
      const head = "invoice_no\tdate\ttime\tamount\tchair\tpatient_no\n"
      const rows = [0, 1, 2].map(() => T`${c.invoice()}\t${c.date()}\t${c.time()}\t${c.money()}\t${c.room()}\t${c.member()}\n`)
      return [head, ...rows.flat()]
    },
  },
  {
    kind: "letter", biz: "university", make: (c) => T`Alumni fund report, ${c.date()}
Gifts received: ${c.money()} from ${neg("count", String(c.rng.int(12, 90)))} donors; Pound ${c.word("Sterling")} gifts reached ${neg("amount", `£${c.rng.int(100, 9000)}`)}. Two mandates failed: ${c.badIban()} and ${c.badIban("ES")}. Pledge cards ${c.badCard()} were returned. Next draw ${c.date()} ${c.time()}.`,
  },
  {
    kind: "wrap", biz: "dental", make: (c) => {
      const a = c.person()
      return T`Insurance check for ${c.full(a)}: subscriber ${c.natId()}, plan no. ${c.member()}, copay ${c.money()}. ${c.loc.id === "en-GB" ? T`NHS no. ${c.nhs()}. ` : ""}Booked ${c.date()} ${c.time()}, ref ${c.ref()}. Call back ${c.phone()}.`
    },
  },
]
