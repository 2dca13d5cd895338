// English (Canada, New Zealand, US, England): car dealership, leasing, parking.
import { FOREIGN } from "./phones.ts"
import { t } from "./render.ts"
import { type Template, tpl } from "./template.ts"

const REG = ["CA", "NZ", "US", "GB"] as const

export const EN_B: Template[] = [
  tpl("email", "cars", (c) => {
    const p = c.person(), s = c.person(), reg = c.r.pick(REG)
    return t`Subject: Test drive booking confirmed 🚗

Hi ${c.P(p.first)},

Your test drive of the 2026 Kestrel EV is booked for ${c.n.date()} at ${c.n.time()} at our ${c.r.chance(0.25) ? c.n.word("Austin") : c.r.pick(["Mississauga", "Christchurch", "Croydon"])} showroom. Please bring your driving licence.
Your sales consultant is ${c.P(s.full)} (${c.tel(reg, "national")}, ${c.mail(s)}).

See you soon,
Harbourside Motors`
  }),
  tpl("note", "cars", (c) => {
    const p = c.person()
    return t`LEASE END INSP. ${c.n.date()} — ${c.P(p.full)} — contract ${c.n.lease()} — VIN ${c.n.vin()} — reg ${c.n.plate("GB")} — odo ${c.n.odo("mi")} (allowance 30,000) — 2 scuffs rear bumper, alloy kerbed NSF, est. ${c.n.amount()}. Cust disputes; emailed photos to ${c.mail(p)}.`
  }),
  tpl("chat", "cars", (c) => {
    const p = c.person(), a = c.person()
    return t`${c.P(a.first)}: Thanks for applying for the Drive365 lease. To run the credit check I need your SSN, please use the secure form rather than chat.
${c.P(p.first)}: oh sorry already typed it: ${c.ssn()}
${c.P(a.first)}: No problem ${c.P(p.first)}, I've masked it in our system. Your lease ref is ${c.n.lease()}, monthly payment ${c.n.amount()}.
${c.P(p.first)}: ok and the VIN of the one I picked was ${c.n.vin()}`
  }),
  tpl("summary", "cars", (c) => {
    const p = c.person()
    return t`Call summary (AI-generated)
Customer: ${c.P(p.full)}
Topic: service reminder for plate ${c.n.plate("US")}, last service at ${c.n.odo("mi")}.
Customer confirmed the booking for ${c.n.date()}, ${c.n.time()}, and asked for a loaner. Customer's social security number ${c.ssn()} was read out for the warranty finance check — agent reminded them we never need it for servicing.
Contact: ${c.tel("US", c.r.pick(["national", "nat-dash", "nat-dot"]))} ext. ${c.r.int(10, 450)} (work).`
  }),
  tpl("email", "cars", (c) => {
    const p = c.person(), f = c.person()
    return t`From: ${c.mail(p)}
To: ${c.role("leasing", "harboursidemotors.co.uk")}
Subject: Direct debit change – ${c.n.lease()}

Hello,
Please take the monthly lease payment (${c.n.amount()}) from my new account from next month. IBAN ${c.iban(c.r.pick(["GB", "IE"]))}.
My NI number for the affordability check is ${c.nino()}.
The old reference ${c.n.badIban("GB")} on my statement seems wrong, please ignore it.

Thanks,
${c.P(p.full)}
On behalf of ${c.P(f.full)} (co-signer)`
  }),
  tpl("csv", "cars", (c) => {
    const ps = [c.person(), c.person(), c.person(), c.person()]
    return t`customer;phone;vehicle_reg;vin;mileage;next_service
${ps.flatMap((p, i) => [c.P(p.full), ";", c.tel(c.r.pick(REG), c.r.pick(["intl", "national", "e164"])), ";", c.n.plate(c.r.pick(["GB", "CA", "NZ", "US"])), ";", c.n.vin(), ";", c.n.odo(c.r.pick(["km", "mi"])), ";", c.n.date(), i < 3 ? "\n" : ""])}`
  }),
  tpl("chat", "cars", (c) => {
    const p = c.person()
    return t`Customer: Hi, ${c.n.word("Mark")} my words, this is the third time I'm asking. Where is my deposit refund?
Agent: Sorry to hear that. Can I take your name and the order?
Customer: ${c.P(p.full)}, order ${c.n.order()}, paid ${c.n.amount()} by card ${c.card()}
Agent: Thanks ${c.P(p.first)}. Refund was issued ${c.n.date()}; your bank may take 3-5 days.`
  }),
  tpl("transcript", "cars", (c) => {
    const p = c.person(), a = c.person()
    return t`[speech-to-text, unedited] agent: harbourside motors this is ${c.P(a.first.toLowerCase())} speaking customer: hi yeah my name is ${c.P(p.full.toLowerCase())} i'm calling about the lease return on the ${c.n.word("May")} twelfth no sorry the ${c.n.date()} agent: no worries can i get a phone number customer: ${c.tel(c.r.pick(REG), "national")} agent: and the registration customer: ${c.n.plate(c.r.pick(["NZ", "CA"]))}`
  }),
  tpl("email", "parking", (c) => {
    const p = c.person()
    return t`Subject: Appeal against PCN ${c.n.pcn()}

Dear Sir or Madam,

I am appealing the penalty charge issued on ${c.n.date()} at ${c.n.time()} in bay ${c.n.bay()}, ${c.n.word("Victoria")} Road (outside the ${c.n.word("Rose")} & Crown), to vehicle ${c.n.plate("GB")}. My resident permit ${c.n.permit()} was displayed (photo attached), valid for zone ${c.n.bay()}.

I would be grateful if you could cancel the ${c.n.amount()} charge.

Yours faithfully,
${c.P(p.full)}
${c.r.int(2, 180)} ${c.n.word(c.r.pick(["Grace", "Hope", "Faith"]))} Street, ${c.r.pick(["Leeds", "Bristol", "Brighton"])}
${c.tel("GB", c.r.pick(["national", "intl"]))}`
  }),
  tpl("note", "parking", (c) => {
    const p = c.person(), o = c.person()
    return t`permit app ${c.n.permit()} rcvd ${c.n.date()}. applicant ${c.P(p.full)}, NINO ${c.nino()} supplied for council tax match (not needed - advised). 2 vehicles: ${c.n.plate("GB")}, ${c.n.plate("GB")}. fee ${c.n.amount()} paid card ending ${c.r.digits(4)}. checked by ${c.P(o.first)} ${c.P(o.last)}`
  }),
  tpl("chat", "parking", (c) => {
    const p = c.person()
    return t`ParkEasy Helper 🅿️: How can I help today?
You: I got a fine in the ${c.n.word("Sky")} Tower carpark but I paid by app, session ${c.n.txn()}
ParkEasy Helper 🅿️: Let me check. What's the fine number and plate?
You: ${c.n.pcn()} and ${c.n.plate("NZ")}
ParkEasy Helper 🅿️: I can see the payment for zone ${c.n.bay()} from ${c.n.time()} to ${c.n.time()}. I'll cancel the notice. Can I send confirmation to ${c.mail(p)}?
You: yes pls, cheers. ${c.P(p.first)}`
  }),
  tpl("summary", "parking", (c) => {
    const p = c.person(), f = c.r.pick(FOREIGN)
    return t`Summary of call with ${c.P(p.full)} (calling from abroad, ${c.tel(f, c.r.pick(["intl", "e164", "intl-dash"]))}).
- Visitor received parking fine ${c.n.pcn()} for a rental car, plate ${c.n.plate("CA")}, on ${c.n.date()}.
- Wants to pay by card; agent took payment of ${c.n.amount()}. Caller's card ${c.card()}.
- Receipt sent to ${c.mail(p)}. Payment reference ${c.n.txn()}.`
  }),
  tpl("json", "parking", (c) => {
    const p = c.person()
    return t`{"permit":"${c.n.permit()}","zone":"${c.n.bay()}","holder":{"name":"${c.P(p.full)}","phone":"${c.tel(c.r.pick(REG), "e164")}","email":"${c.mail(p)}"},"vehicles":["${c.n.plate("CA")}"],"issued":"${c.n.iso()}","fee":"${c.n.amount()}","card_ref":"${c.n.badCard()}"}`
  }),
  tpl("review", "parking", (c) => {
    const p = c.person()
    return t`App review (${c.n.date()}): "Can't add my plate, keeps saying invalid. ${c.n.word("Jordan")} Street meters also broken" — ${c.P(p.first)} 😤
Reply from ParkEasy: Hi ${c.P(p.first)}, sorry for the trouble! Version ${c.n.version()} fixes plate entry for personalised plates. For the meters on ${c.n.word("Jordan")} St, please report via the app or ${c.tel("NZ", "national")}.`
  }),
  tpl("sms", "cars", (c) => {
    const p = c.person()
    return t`Reminder: ${c.P(p.first)}, your ${c.n.plate("CA")} is due for service (${c.n.odo("km")}). Reply YES to book ${c.n.date()} ${c.n.time()} or call ${c.tel("CA", "nat-dash")}. Harbourside Motors`
  }),
  tpl("json", "cars", (c) => {
    const p = c.person(), q = c.person()
    return t`{"application":"${c.n.lease()}","applicant":{"name":"${c.P(p.full)}","ssn":"${c.ssn()}","dob":"${c.n.date()}","phone":"${c.tel("US", "nat-dash")}"},"co_applicant":{"name":"${c.P(q.full)}","ssn":"${c.n.badSsn()}","note":"SSN rejected by bureau, area invalid"},"vehicle":{"vin":"${c.n.vin()}","odometer":"${c.n.odo("mi")}"},"submitted":"${c.n.iso()}"}`
  }),
  tpl("note", "parking", (c) => {
    const p = c.person(), o = c.person()
    return t`Blue badge + resident permit review. Applicant ${c.P(p.full)} (NI ${c.nino()}). Form example number ${c.n.badNino()} was copied into the carer field by mistake - ignore. PCN ${c.n.pcn()} on hold till ${c.n.date()}. Call back ${c.tel("GB", c.r.pick(["national", "intl"]))}. - ${c.P(o.first)}`
  }),
  tpl("chat", "game", (c) => {
    const p = c.person(), a = c.person()
    return t`${c.P(a.first)} (Trust & Safety): To unlock the account we only need the purchase receipt. Please do NOT send your social security number.
Parent: too late lol, ssn ${c.ssn()} — and the kid's one I typed before (${c.n.badSsn()}) was wrong anyway
${c.P(a.first)} (Trust & Safety): Understood, I've redacted it. Receipt please?
Parent: ${c.n.receipt()} — ${c.P(p.full)}, ${c.mail(p)}`
  }),
  tpl("email", "tickets", (c) => {
    const p = c.person()
    return t`Subject: Proof of ID for accessible tickets – order ${c.n.order()}

Hello, you asked for ID for my carer's free ticket. My National Insurance number is ${c.nino()} and my PIP award letter is attached. We're in ${c.n.seat()} for the ${c.n.word("Hope")} & Glory show on ${c.n.date()}.
Many thanks, ${c.P(p.full)}
${c.tel("GB")}`
  }),
  tpl("note", "parking", (c) => t`PCN ${c.n.pcn()} – veh ${c.n.plate("GB")} – bay ${c.n.bay()} – observed ${c.n.time()}–${c.n.time()} on ${c.n.date()}. Permit ${c.n.permit()} expired ${c.n.date()}. Charge ${c.n.amount()}. Photos 1-4 uploaded, no appeal rcvd.`),
  tpl("csv", "parking", (c) => t`session,plate,zone,start,end,amount
${[0, 1, 2].flatMap((i) => [c.n.txn(), ",", c.n.plate(c.r.pick(["GB", "CA", "NZ", "US"])), ",", c.n.bay(), ",", c.n.iso(), ",", c.n.iso(), ",", c.n.amount(), i < 2 ? "\n" : ""])}`),
  tpl("note", "cars", (c) => t`lease end: contract ${c.n.lease()}, VIN ${c.n.vin()}, ${c.n.odo("mi")}, reg ${c.n.plate("US")}. remittance ref ${c.n.badIban("GB")} bounced (checksum). ${c.n.word("Will")} re-send statement ${c.n.date()}. card-like no. ${c.n.badCard()} on the form is the fleet fuel account.`),
  tpl("note", "cars", (c) => {
    const p = c.person(), q = c.person(), s = c.person()
    return t`CRM ${c.n.date()}: ${c.P(p.full)}, Kestrel EV order, delivery ${c.n.word("April")}/${c.n.word("June")}. Partner ${c.P(q.first)} to co-sign. Trade-in ${c.n.plate(c.r.pick(["GB", "CA", "NZ"]))} (${c.n.odo("mi")}). Sales: ${c.P(s.first)} @ Harbourside Motors ${c.n.word("Lincoln")}. Tel ${c.tel(c.r.pick(["GB", "CA", "NZ", "US"]))}.`
  }),
]
