// English templates, part three: tables, insurer call-backs, session logs,
// texts (SMS) in lower case.
import { idLine } from "./en-id"
import { t } from "./render"
import { T, type Template } from "./template"

export const EN_C: Template[] = [
  T("handover", (c) => {
    const [a, b, d] = [c.person(), c.person(), c.person()]
    return t`Open cases at ${c.time()}\n| case | customer | callback | status |\n|---|---|---|---|\n| ${c.ticket()} | ${a.full()} | ${c.phone()} | awaiting tow, ${c.road()} |\n| ${c.ticket()} | ${b.full()} | ${c.phone()} | hire car booked ${c.res()} |\n| ${c.claim()} | ${d.full()} | ${d.email()} | ${c.word("Will")} call back after ${c.time()} |`
  }),
  T("damage", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Call-back note (${a.first()}): policyholder ${p.full()} rang about claim ${c.claim()} — rear-ended at ${c.time()} on ${c.road()}, ${c.plate()} towed to the partner garage. ${idLine(c)} Other driver's insurer: ${c.word("Chase")} Mutual? to confirm. Best number ${c.phone()}.`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    return t`[session ${c.ticket()} from ${c.ip()} at ${c.time()}]\nBot: Hi 👋 I can help with bookings, invoices and lost items.\nGuest: invoice ${c.invoice()} is wrong\nBot: I've passed this to our billing team.\nAgent: Hi, this is ${c.person().first()} from billing. Who am I speaking with?\nGuest: ${p.full()}. ${idLine(c)}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`To: ${c.role("billing", "rental")}\nFrom: ${p.email()}\nSubject: Charged twice — ${c.res()}\n\nYou charged my ${c.word("Chase")} card twice (${c.amount()} on ${c.date()}). The card is ${c.card()}. Please reverse one charge. My loyalty no. is ${c.loyalty()} in case it matters.\n\n${p.full()}`
  }),
  T("lost-property", (c) => {
    const p = c.person(0.3)
    return t`sms from ${c.phone()}: hi its ${p.lowerFirst()} from room ${c.room()} 🙈 left my charger + a ${c.word("Rose")} gold watch, can u post to ${c.postcode()}? thx`
  }),
  T("breakdown", (c) => {
    const p = c.person(0.3)
    const q = c.person(0.3)
    return t`[asr] caller: its ${p.lower()} again my wife ${q.lowerFirst()} is with the car at ${c.gps()} near ${c.road()} the patrol never came agent: sorry about that can i confirm your number ${c.phone()} caller: yes agent: and the reg ${c.plate()} caller: yes and mileage is like ${c.mileage()} if that matters ${idLine(c)}`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Hi ${p.first()}, your ${c.word("Ford")} Kuga is booked for ${c.date()}, ${c.time()}, at our ${c.word("Georgia")} Avenue branch (${c.postcode()}). Confirmation ${c.res()}. Need to change it? Call ${c.phone("national")} or reply to ${c.role("bookings", "rental")}. Velora 🚙`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Account review: member ${c.loyalty()} — ${p.full()} — logins from ${c.ip()} and ${c.ip6()} on ${c.date()}; password reset sent to ${p.email()}. Refund of ${c.amount()} to ${c.iban()} approved.`
  }),
  T("handover", (c) => {
    return t`Depot status ${c.date()} ${c.time()}: ${c.plate()} back, ${c.mileage()}, fuel 7/8; ${c.plate()} out to ${c.road()} recovery; VIN ${c.vin()} awaiting recall check. Card terminal batch ${c.badCard()} settled ${c.amount()}. ${c.word("Will")} re-check at ${c.time()}.`
  }),
  T("invoice", (c) => {
    return t`Supplier remittance: invoice ${c.invoice()} for ${c.amount()} rejected — bank details ${c.badIban()} failed validation. Job ${c.claim()}, vehicle ${c.plate()}, tow from ${c.gps()} to ${c.postcode()}. ${c.word("Bill")} to follow by ${c.date()}.`
  }),
  T("reservation", (c) => {
    return t`Group block ${c.res()}: 12 rooms ${c.date()}–${c.date()}, rooms ${c.room()}–${c.room()}, ${c.word("Florence")} and ${c.word("Sofia")} meeting rooms from ${c.time()}. Member rate code ${c.loyalty()}. Deposit ${c.amount()} due ${c.date()}.`
  }),
]
