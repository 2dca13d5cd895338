// English templates, part two: loyalty emails, agent hand-over notes,
// partner garage emails, review replies, web chat with a bot first.
import { t } from "./render"
import { T, type Template } from "./template"

export const EN_B: Template[] = [
  T("loyalty", (c) => {
    const p = c.person()
    return t`Dear ${p.first()},\n\nWelcome to Harbourline Circle ${c.emoji()}! Your membership number is ${c.loyalty()} and your first 2,000 points are waiting. Your next stay in ${c.word("Florence")} or ${c.word("Sofia")} earns double points until ${c.date()}.\n\nQuestions? Write to ${c.role("circle", "hotel")}.\n\nThe Harbourline team`
  }),
  T("loyalty", (c) => {
    const p = c.person()
    return t`Member ${c.loyalty()} (${p.full()}, ${p.email()}) asks why the ${c.date()} stay in room ${c.room()} earned no points. Folio ${c.invoice()}, ${c.amount()}. Points added manually; member phone on file ${c.phone()}.`
  }),
  T("loyalty", (c) => {
    return t`Your points statement: ${c.date()} — 1,250 pts (stay, ${c.word("Victoria")} Harbour), ${c.date()} — 300 pts (car rental ${c.res()}). Balance ${c.amount()} in vouchers. Membership ${c.loyalty()}.`
  }),
  T("handover", (c) => {
    const a = c.person()
    const b = c.person()
    const p = c.person()
    return t`Handover ${c.time()} — ${a.first()} to ${b.first()}:\n- ${p.full()} still waiting for recovery on ${c.road()}, ${c.gps()}; ${c.emoji()} spoke to her at ${c.time()}, kids in the car, call back on ${c.phone()}\n- garage confirms the ${c.word("Ford")} (${c.plate()}) is ready\n- ${c.ticket()} closed`
  }),
  T("handover", (c) => {
    const a = c.person()
    const p = c.person()
    return t`Shift notes (night, ${c.date()}): guest in ${c.room()}, ${p.full()}, locked out twice; key re-cut. Front desk PC at ${c.ip()} kept dropping the card terminal. ${c.word("May")} need IT tomorrow. — ${a.first()}`
  }),
  T("handover", (c) => {
    const p = c.person()
    return t`FYI: spoke with ${p.full()} from ${c.company("rental")} partner desk at ${c.word("Jordan")} Street branch. They'll waive the fee on ${c.invoice()}. Nothing else open. Customer login came from ${c.ip6()} — flagged by fraud as normal.`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Hi team,\n\nThe ${c.word("Ford")} Transit (${c.plate()}, VIN ${c.vin()}) from claim ${c.claim()} is repaired: new alternator, ${c.amount()} + VAT, invoice ${c.invoice()} attached. Ready for collection from ${c.time()} ${c.date()}.\n\nBest,\n${p.full()}\nWorkshop Manager, Brookfield Motors\nT: ${c.phone("national")} | M: ${c.phone("intl")}\n${p.email()}`
  }),
  T("garage", (c) => {
    const p = c.person()
    return t`Re: ${c.claim()}\n\nParts arrive ${c.date()}. Pay to ${c.iban()} (${c.word("Chase")} business account closed, please update). Mileage at intake ${c.mileage()}.\n\n--\n${p.full()} | Service Advisor\nDirect: ${c.phone()} ext. 12`
  }),
  T("review", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Reply to a 2★ review by ${p.first()}: "Dear ${p.first()}, thank you for staying with us in ${c.word("Georgia")} and we're sorry the room wasn't ready at ${c.time()}. Please email me at ${a.work("hotel")} with your booking ${c.res()} and I'll make it right. — ${a.full()}, Guest Relations"`
  }),
  T("review", (c) => {
    return t`Review response: Thank you for the kind words about our ${c.word("Rose")} Garden terrace 🌹 and the shuttle from ${c.word("Victoria")}. We hope to welcome you back. ${c.word("Mark")} your calendar: the ${c.word("May")} bank holiday offer runs until ${c.date()}.`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Bot: Hi! I'm Vee, the Velora assistant 🤖. What can I help with?\nCustomer: need to extend my rental\nBot: Please enter your reservation number.\nCustomer: ${c.res()}\nBot: Thanks. Connecting you to an agent…\nAgent ${a.first()}: Hello, I can extend it to ${c.date()}. Is the email still ${p.email()}?\nCustomer: yes. I'm ${p.full()}\nAgent ${a.first()}: Done, new total ${c.amount()}.`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    return t`Bot: Roadsure here. Are you safe? Reply 1 for yes.\nUser: 1\nBot: Share your location.\nUser: 📍 ${c.gps()}\nBot: Plate number?\nUser: ${c.plate()}\nAgent: Thanks ${p.first()}, a patrol is coming. We'll text ${c.phone()} when it's 10 minutes away.`
  }),
  T("bot-chat", (c) => {
    const p = c.person()
    return t`Bot: To verify, type your full name and the card used for the booking.\nGuest: ${p.full()} ${c.card()}\nBot: Please don't send card numbers here. An agent will call you.\nGuest: ok my number is ${c.phone()}, and ${c.word("Bill")} for the minibar is wrong too`
  }),
]
