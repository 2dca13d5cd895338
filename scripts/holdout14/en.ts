// English templates (UK, Ireland, Australia): letting agency, charity donor
// services, travel agency.
import type { Hole } from "./render.ts"
import { t } from "./render.ts"
import type { Slots } from "./slots.ts"

export type Template = [kind: string, make: (s: Slots) => Hole[]]

export const EN: Template[] = [
  ["repair", (s) => t`${s.emo()}Hi, this is ${s.full()} from flat 3, ${s.n(2, 90)} ${s.place(s.one(["Rose", "Victoria", "Lincoln"]))} Street. The boiler has been leaking since ${s.date()} and there's water through the ceiling. Property ref ${s.propRef()}. Best number is ${s.phone()}, any time after ${s.time()}. Thanks, ${s.first()}`],
  ["repair", (s) => t`transcript voicemail ${s.time()} hi um yeah its ${s.lower()} calling about the ${s.rooms()} on ${s.place(s.one(["Chelsea", "Florence", "Jordan"]))} road the shower pump is broken again can someone ring me back on ${s.phone("GB")} cheers`],
  ["repair", (s) => t`Web form – repair request
Name: ${s.full()}
Email: ${s.email()}
Phone: ${s.phone()}
Tenancy: ${s.tenancy()}
Category: Damp & mould
Details: ${s.emo()}Black mould in the ${s.area()} bedroom, getting worse since ${s.one(["May", "March", "last winter"]) === "May" ? s.word("May") : "March"}. ${s.word("Will")} need access on ${s.date()}.
Submitted from ${s.ip()} at ${s.time()}`],
  ["repair", (s) => t`WhatsApp ${s.date()} ${s.time()} – ${s.full()}: ${s.emo()}the front door lock is jammed and I can't get in, the contractor ${s.otherFirst()} said he'd come but nobody showed. pls call ${s.phone()}`],
  ["deposit", (s) => t`Dear ${s.titled()},

Thank you for your email regarding the deduction from your deposit (scheme id ${s.deposit()}). The check-out report dated ${s.date()} records carpet damage in the ${s.area()} lounge. We propose retaining ${s.amount()} and returning the balance of ${s.amount()} to the account ending 4471.

If you disagree, you may raise a dispute with the scheme. Please quote tenancy ${s.tenancy()}.

Kind regards,
${s.other()}
Deposits Team, Harbourside Lettings
${s.roleMail("deposits", "harbourside-lettings.co.uk")} | ${s.phone("GB")}`],
  ["deposit", (s) => t`> On ${s.date()}, Harbourside Lettings wrote:
> We will return your deposit within 10 days.

It has now been six weeks. I want the full ${s.amount()} back to ${s.iban()} (or refund card ${s.card()}) and I'll be taking this further. I've attached photos showing the oven was spotless.
${s.emo()}${s.full()}
${s.phone()}`],
  ["deposit", (s) => t`Agent note ${s.date()}: spoke to ${s.full()} re deposit ${s.deposit()}. Landlord ${s.other()} disputes the ${s.amount()} cleaning charge. ID seen: NI ${s.nino()}. Tenant will send receipts to ${s.roleMail("disputes", "harbourside-lettings.co.uk")}. Follow up ${s.date()} — ${s.otherFirst()}`],
  ["arrears", (s) => t`Dear ${s.titled()},

RENT ARREARS – ${s.propRef()}

Our records show arrears of ${s.amount()} on your tenancy (${s.tenancy()}) as at ${s.date()}. Your monthly rent is ${s.amount()}. Please pay by bank transfer quoting your reference, or contact us on ${s.phone("GB")} to agree a plan.

If we do not hear from you by ${s.date()}, we may serve notice.

Yours sincerely,
${s.other()}
Credit Control`],
  ["arrears", (s) => t`SMS from ${s.phone()} at ${s.time()}: ${s.emo()}hi its ${s.first()} sorry rent is late again, got paid ${s.one(["friday", "monday"])}, will pay ${s.amount()} then and the rest on the ${s.n(1, 28)}th. tenancy ${s.tenancy()}`],
  ["arrears", (s) => t`Arrears call summary ${s.date()}
Tenant: ${s.full()}  NI: ${s.nino()}
Agreed plan: ${s.amount()} per week from ${s.date()}. Universal Credit managed payment requested. ${s.word("Bill")} from the water company also outstanding – tenant to send.`],
  ["giftaid", (s) => t`Hello,

I'd like to add Gift Aid to my donations. Donor number ${s.donor()}. I am a UK taxpayer (NI ${s.nino()}). My name is ${s.full()} and I live at ${s.n(1, 200)} ${s.word("Grace")} Road, ${s.place(s.one(["Lincoln", "Chelsea", "Victoria"]))}.

Thanks,
${s.first()}
${s.emo()}Sent from my iPhone`],
  ["giftaid", (s) => t`Gift Aid declaration
Donor: ${s.titled()} | ID ${s.giftAid()} | ${s.email()}
NI number (optional): ${s.nino()}
Declaration date: ${s.date()}
${s.word("Hope")} this helps — we will ${s.word("bill")} nothing, gift aid adds 25p per £1.`],
  ["debit", (s) => t`Direct Debit change
Supporter ${s.full()} (${s.donor()}) wants to move her monthly gift of ${s.amount()} to a new account: ${s.iban()}. Old account closes ${s.date()}. Confirmation to ${s.email()}. Processed by ${s.otherFirst()} at ${s.time()}.`],
  ["debit", (s) => t`${s.emo()}Hi there, can you stop my direct debit please? I've lost my job. It's ${s.full()}, donor ${s.donor()}. You can ring me on ${s.phone("IE")} or email ${s.email()}. Thank you for all you do 💛`],
  ["debit", (s) => t`Card donation failed ${s.date()} ${s.time()}
Supporter: ${s.full()}
Card on file: ${s.badCard()} (rejected, failed check)
New card given by phone: ${s.card()} exp ${s.n(1, 12)}/${s.n(27, 31)}
Amount ${s.amount()}; IP of web session ${s.ip()}`],
  ["legacy", (s) => t`Dear Sir or Madam,

I am writing as executor of the estate of my late mother, ${s.full()}, who passed away on ${s.date()}. Her will left a gift of ${s.amount()} to your charity. Please address correspondence to me, ${s.other()}, or to our solicitor ${s.other()} at ${s.email(s.draw())}.

With ${s.word("hope")},
${s.otherFirst()}`],
  ["legacy", (s) => t`In memoriam gift ${s.emo()}
In memory of: ${s.full()} (${s.date()})
Given by: ${s.other()} and family
Donor id: ${s.donor()}, Gift Aid ${s.giftAid()}
Card: ${s.card()}
Message: "For Grandad, who loved ${s.place(s.one(["Florence", "Victoria", "Jordan"]))} and the garden." Send acknowledgement to ${s.email(s.draw())}.`],
  ["booking", (s) => t`Hi ${s.first()},

Your booking ${s.booking()} (package ${s.pkg()}) has been changed: outbound flight ${s.flight()} now departs ${s.date()} at ${s.time()}. The balance of ${s.amount()} is due by ${s.date()}.

Any questions, reply here or call ${s.phone()}.

${s.other()}
Sunward Travel`],
  ["booking", (s) => t`WhatsApp
[${s.time()}] ${s.first()}: ${s.emo()}hiya can we change the hotel in ${s.place(s.one(["Florence", "Jordan", "Victoria"]))} to a ${s.rooms()} room?
[${s.time()}] Sunward Travel: Of course ${s.first()}! Booking ${s.booking()}, I'll check availability. Is ${s.email()} still your email?
[${s.time()}] ${s.first()}: yes 👍`],
  ["booking", (s) => t`Booking amendment – agent note
Lead passenger ${s.full()}, ${s.booking()}. Calling from abroad on ${s.intlPhone()}. Wants to add partner ${s.other()}. Pay by card ${s.card()}. Flight ${s.flight()}. Will confirm by ${s.date()}.`],
  ["passport", (s) => t`Hello, this is ${s.full()}. My passport number is ${s.passport()} and it expires on ${s.date()} – is that enough for the ${s.one(["USA", "Canada"])} trip? My ESTA asked for my SSN ${s.ssn()} but I don't think I have one. Booking ${s.booking()}.`],
  ["passport", (s) => t`Visa query (agent note, ${s.date()})
Client: ${s.titled()} – dual citizen, US social security no. ${s.ssn()} on file for the visa waiver form. Passport ${s.passport()}. Callback ${s.intlPhone("US")} between ${s.time()} and ${s.time()}. Spoke to consulate, ref ${s.pkg()}.`],
  ["complaint", (s) => t`Subject: Re: Complaint ${s.booking()}

${s.emo()}I am still waiting. Two weeks!

-----Original Message-----
From: ${s.other()} <${s.roleMail("customercare", "sunwardtravel.ie")}>
Sent: ${s.date()} ${s.time()}
To: ${s.full()} <${s.email()}>
Subject: Complaint ${s.booking()}

Dear ${s.first()}, we are sorry about the transfer in ${s.place(s.one(["Jordan", "Florence"]))}. A refund of ${s.amount()} will follow.`],
  ["complaint", (s) => t`Complaint log
| date | tenant | contact | issue |
|---|---|---|---|
| ${s.date()} | ${s.full()} | ${s.phone()} | mould, ${s.area()} |
| ${s.date()} | ${s.other()} | ${s.email(s.draw())} | noise from flat ${s.n(1, 9)} |
Login audit: staff session from ${s.ip()}, reading ${s.meter()} logged.`],
  ["note", (s) => t`Note ${s.date()} ${s.time()}: Meter readings at check-in – electric ${s.meter()}, gas ${s.meter()}. Keys handed to ${s.full()}. ${s.named("Faith")} from the cleaning firm to return ${s.date()}. No PII otherwise.`],
  ["note", (s) => t`Reference check ${s.propRef()}: old card ${s.badCard()} and account ${s.badIban()} bounced. Rent ${s.amount()} for ${s.rooms()}, ${s.area()}. ${s.word("Will")} chase on ${s.date()}.`],
  ["note", (s) => t`Duty log – ${s.date()}. Boiler service complete, ${s.rooms()}, meter ${s.meter()}. The ${s.word(s.one(["bill", "mark"]))} on the wall was already there, tenant ${s.named(s.one(["Bill", "Mark", "Rose", "Grace"]))} confirmed. Next visit ${s.date()} ${s.time()}.`],
  ["booking", (s) => t`Group booking ${s.booking()} – coach transfer ${s.pkg()}, ${s.n(12, 48)} passengers, flight ${s.flight()} lands ${s.date()} ${s.time()}. Deposit ${s.amount()} received; balance ${s.amount()} due ${s.date()}. ${s.word("Will")} confirm rooming list by ${s.word("May")} ${s.n(1, 28)}.`],
  ["complaint", (s) => t`From: ${s.full()} <${s.email()}>
To: ${s.roleMail("complaints", "hopefoundation.org.uk")}

${s.emo()}I was charged twice for my ${s.word("Hope")} Walk sponsorship (${s.amount()}). Please call my work line ${s.phoneExt()} or mobile ${s.intlPhone(s.one(["US", "CA"]))}.

> Our supporter care team (${s.phoneExt("GB")}) will reply within 5 working days.
> ${s.other()}, Supporter Care`],
  ["passport", (s) => t`Call note – caller ${s.full()} from ${s.one(["Toronto", "Boston", "Seattle"])}, on ${s.phone(s.one(["US", "CA"]))}. Moving to ${s.place(s.one(["Victoria", "Lincoln", "Jordan"]))}, asks whether passport ${s.passport()} needs renewing before ${s.date()}. SSN given unprompted: ${s.ssn()} (noted for redaction). Staff login ${s.ip()}.`],
  ["note", (s) => t`Handover ${s.date()} – ${s.propRef()} relet at ${s.amount()} pcm, ${s.rooms()}, ${s.area()}. Deposit ${s.deposit()} registered. Gas meter ${s.meter()}, electric ${s.meter()}. Test card ${s.badCard()} declined as expected; ${s.badIban("GB")} rejected by bank. ${s.word("Grace")} period ends ${s.date()}.`],
]
