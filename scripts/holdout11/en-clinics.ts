// English: the dental and optician chain's contact center (bookings only).
import type { Ctx } from "./ctx.ts"
import { T, type Template, neg } from "./render.ts"

const CLINIC = ["Brightsmile Dental", "Harbour Dental Care", "Kingsway Dental Studio"]
const OPTIC = ["ClearView Optometrists", "Lens & Frame Opticians", "SpecSavvy Eyecare"]
const STREET = ["Sterling Road", "Victoria Parade", "Jubilee Way", "MG Road", "Long Street", "Ponsonby Road", "Main St"]

export const EN_CLINICS: Template<Ctx>[] = [
  {
    kind: "call", biz: "dental", make: (c) => {
      const a = c.person(), b = c.person(), d = c.person()
      return T`[00:00:03] agent: thank you for calling ${c.pick(CLINIC)} this is ${c.first(a)} how can i help
[00:00:07] caller: hi yeah it's ${c.lower(b)} i need to book a check up and clean for my son
[00:00:15] agent: no worries can i grab the best number to reach you
[00:00:18] caller: ${c.phone(false)}
[00:00:29] agent: lovely we have ${c.date()} at ${c.time()} with doctor ${c.last(d)} in surgery ${c.room()}
[00:00:38] caller: ${c.word("Will")} that be covered by my plan
[00:00:44] agent: the gap would be about ${c.money()} your booking reference is ${c.ref()}`
    },
  },
  {
    kind: "sms", biz: "dental", make: (c) => {
      const a = c.person(), h = c.person()
      return T`${c.pick(CLINIC)}: Hi ${c.first(a)}, reminder of your appt ${c.date()} ${c.time()} with hygienist ${c.first(h)}. Reply Y to confirm or call ${c.phone()}. Ref ${c.ref()}. A fee of ${c.money()} applies within 24h.`
    },
  },
  {
    kind: "sms", biz: "optician", make: (c) => {
      const a = c.person()
      return T`${c.emoji()}${c.pick(OPTIC)}: ${c.lower(a)}, your eye test on ${c.date()} at ${c.time()} is cancelled as the optometrist is unwell. Sorry! Rebook on ${c.phone()} quoting ${c.ref()}.`
    },
  },
  {
    kind: "chat", biz: "optician", make: (c) => {
      const a = c.person()
      return T`Bot: Hi! I'm the ${c.pick(OPTIC)} booking assistant 👓 What's your full name?
User: ${c.emoji()}${c.full(a)}
Bot: Thanks ${c.first(a)}! Which store?
User: the one on ${c.pick(STREET)}, near the ${c.word("Summer")} Lane car park
Bot: I have ${c.date()} at ${c.time()} or ${c.time()}. Frames deposit is ${c.money()}.
User: first one. email it to ${c.email(a)} pls
Bot: Done ✅ Booking ${c.ref()}. Anything else?
User: no thats all`
    },
  },
  {
    kind: "complaint", biz: "dental", make: (c) => {
      const a = c.person(), r = c.person()
      return T`COMPLAINT FORM
Name: ${c.full(a)}
Phone: ${c.ext()}
Email: ${c.email(a)}
Patient no.: ${c.member()}
Invoice: ${c.invoice()}
Amount disputed: ${c.money()}
Details: I was charged a missed-appointment fee for ${c.date()} although I cancelled by phone two days before. The receptionist, ${c.first(r)}, confirmed it. I paid with card ${c.card()} and want the fee refunded to it. My old card ${c.badCard()} was closed.
Preferred contact time: after ${c.time()}`
    },
  },
  {
    kind: "wrap", biz: "optician", make: (c) => {
      const a = c.person(), k = c.person(), g = c.person()
      return T`Wrap: cust ${c.lower(a)} rang re contact lens subscription. Moved DD to ${c.date()}, ${c.money()}/month. ID&V by DOB + postcode ${c.postcode()}. New card ${c.card()} exp ${neg("date", "11/28")}. Frames ${c.pick(["Ray-Ban", "Oakley", "Oroton"])} ${neg("product-code", `${c.pick(["RB", "OX", "OR"])}${c.rng.int(1000, 8999)}`)} in ${c.pick(["tortoiseshell", "matte black"])}. Callback on ${c.phone()} after ${c.time()}. Daughter ${c.first(k)} also booked, ref ${c.ref()}. ${c.word("Hope")} Street store has frames on hold. - ${c.first(g)}`
    },
  },
  {
    kind: "crm", biz: "dental", make: (c) => {
      const rows = [c.person(), c.person(), c.person()].map((p) => T`${c.member()}\t${c.full(p)}\t${c.phone()}\t${c.email(p)}\t${c.date()} ${c.time()}\t${c.pick(CLINIC)}\t${c.money()}\n`)
      return [`patient_id\tname\tmobile\temail\tnext_appt\tclinic\tbalance\n`, ...rows.flat()]
    },
  },
  {
    kind: "email", biz: "dental", make: (c) => {
      const a = c.person(), h = c.person()
      return T`Subject: Re: moving my appointment
Hi team,
This is ${c.full(a)}, patient ${c.member()}. I need to move my crown fitting from ${c.date()} to any afternoon in ${c.word("May")}. My new mobile is ${c.phone()}; my partner ${c.full(h)} may ring from ${c.foreign()} while travelling.
Cheers,
${c.first(a)}`
    },
  },
  {
    kind: "call", biz: "optician", make: (c) => {
      const a = c.person(), b = c.person()
      return T`agent ${c.first(a)}: ${c.pick(OPTIC)} you're speaking with ${c.first(a)}
customer: hello ${c.accent()}my name is ${c.full(b)} i want to change my glasses collection
agent ${c.first(a)}: sure can you spell the surname
customer: it's ${c.last(b)}
agent ${c.first(a)}: and a contact number
customer: ${c.phone(true)} extension no just that
agent ${c.first(a)}: great moved to ${c.date()} ${c.time()} locker ${c.locker()} at the front desk has your order`
    },
  },
]
