// English templates, part one: breakdown calls, damage reports, reservation
// changes, disputed invoices, lost property. US, UK and Irish variants.
import { t } from "./render"
import { T, type Template } from "./template"
import { idLine } from "./en-id"

export const EN_A: Template[] = [
  T("breakdown", (c) => {
    const p = c.person(0.3)
    return t`[speech-to-text] agent: ${c.company("assist")} you're through to breakdown what's your name please caller: yeah hi it's ${p.lower()} i'm on the hard shoulder ${c.road()} the car just died agent: is everyone out of the vehicle caller: yes we're behind the barrier ${c.emoji()} agent: registration caller: ${c.plate()} agent: and a number we can call you back on caller: ${c.phone()} agent: recovery is ${c.time()} at the latest`
  }),
  T("breakdown", (c) => {
    const p = c.person()
    const a = c.person()
    return t`Breakdown job ${c.ticket()} | caller ${p.full()} | cb ${c.phone("national")} | location ${c.gps()} (${c.road()}) | vehicle ${c.plate()}, VIN ${c.vin()}, odo ${c.mileage()} | flat battery, jump start failed | patrol ETA ${c.time()} | taken by ${a.first()}`
  }),
  T("breakdown", (c) => {
    const p = c.person(0.5)
    return t`caller: hello can you hear me this is ${p.lower()} im calling from a rental car ${c.emoji()} agent: i can hear you caller: im on the motorway near ${c.road()} smoke from the bonnet agent: whats the plate caller: ${c.plate()} agent: and your mobile caller: its ${c.foreignPhone()} my own phone not the rental agent: thank you a truck is on its way`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Damage report ${c.claim()} — rental ${c.res()}, vehicle ${c.plate()} (${c.word("Ford")} Focus, VIN ${c.vin()}). Returned ${c.date()} ${c.time()} with a dent in the rear bumper, ${c.mileage()} on the clock. Renter ${p.full()} (${p.email()}) disputes it; photos at check-out show the bumper intact. ${idLine(c)}`
  }),
  T("damage", (c) => {
    const p = c.person()
    return t`Hi, I'm writing about the scratch you charged me for. 🙄 I returned the car at ${c.time()} on ${c.date()}, ${c.word("Will")} someone explain why the sheet shows no damage at all? Reservation ${c.res()}. I won't pay ${c.amount()} for damage that was there. You can reach me on ${c.phone()}.\n\n${p.first()}`
  }),
  T("damage", (c) => {
    return t`No personal details in this one: windscreen chip on ${c.plate()}, claim ${c.claim()}, reported ${c.date()}, car parked at bay 14 since ${c.time()}. Estimated repair ${c.amount()}. Odometer ${c.mileage()}. Pick-up branch postcode ${c.postcode()}.`
  }),
  T("reservation", (c) => {
    const p = c.person()
    return t`Hello, this is ${p.full()}. Could you move my booking ${c.res()} from ${c.date()} to ${c.date()}? Same room type, and a late check-out if possible — our flight lands at ${c.time()}. My loyalty number is ${c.loyalty()}. Thanks! ${c.emoji()}`
  }),
  T("reservation", (c) => {
    const p = c.person()
    const q = c.person()
    return t`Reservation change ${c.res()}: guest ${p.full()} adds a second driver, ${q.full()}, licence checked at the desk. Pick-up moved to ${c.time()}, ${c.date()}. Contact ${c.phone()}. Deposit ${c.amount()} pre-authorised on a card, no number kept.`
  }),
  T("reservation", (c) => {
    return t`Booking ${c.res()} moved: ${c.date()} → ${c.date()}, room ${c.room()} held until ${c.time()}. Rate ${c.amount()} per night. Guest asked for a quiet room away from the lift, ${c.word("Rose")} Suite not available.`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Dear ${c.company("rental")},\n\nInvoice ${c.invoice()} charges me ${c.amount()} for fuel, but I returned the car full (${c.mileage()}, receipt from the station at ${c.time()}). Please refund to ${c.iban()} or back to the card ${c.card()}.\n\nKind regards,\n${p.full()}\n${c.phone()}`
  }),
  T("invoice", (c) => {
    const p = c.person()
    return t`Dispute note: guest says invoice ${c.invoice()} double-charged ${c.amount()}. Checked the terminal: the reference ${c.badCard()} on the slip is our batch id, not a card. Refund account given: ${c.badIban()} — check digits wrong, asked the guest to re-send. Guest email ${p.email()}. ${c.word("Bill")} to be re-issued by ${c.date()}.`
  }),
  T("lost-property", (c) => {
    const p = c.person()
    return t`Lost property ${c.ticket()}: a grey backpack left in room ${c.room()} on ${c.date()}. Housekeeping logged it at ${c.time()}. ${c.word("Grace")} period for collection is 30 days. Owner ${p.full()}, ${p.email()}, will collect or pay ${c.amount()} for courier to ${c.postcode()}.`
  }),
  T("lost-property", (c) => {
    const p = c.person()
    return t`hi its ${p.lowerFirst()} 😬 left my kid's tablet in the rental ${c.plate()} dropped it at the airport ${c.time()} today. can someone check? text me ${c.phone()}`
  }),
]
