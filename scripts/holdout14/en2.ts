// More English templates: chat apps, speech-to-text, names beside the words and
// places they are spelled like, and texts that hold only lookalikes.
import { t } from "./render.ts"
import type { Template } from "./en.ts"

const WORDNAMES = ["Grace", "Will", "Bill", "Rose", "Hope", "Faith", "Mark", "May", "Jordan", "Victoria", "Florence", "Chelsea"]

export const EN2: Template[] = [
  ["whatsapp", (s) => t`[${s.date()}, ${s.time()}] ${s.full()}: ${s.emo()}hiya the washing machine is flooding AGAIN 😩
[${s.date()}, ${s.time()}] Harbourside Lettings: Sorry ${s.first()}! ${s.other()} from Rapid Plumbing will come tomorrow, he's on ${s.phone()}
[${s.date()}, ${s.time()}] ${s.first()}: ta 🙏 ref is ${s.propRef()} btw, NI ${s.nino()} if u need it for the UC form`],
  ["repair", (s) => t`speech to text ${s.time()}: hello my name is ${s.lower({ first: s.one(WORDNAMES), last: s.who().last })} i rent the ${s.rooms()} above the chemist on ${s.place(s.one(["Lincoln", "Victoria", "Chelsea"]))} street the radiator has been cold since ${s.word("may")} please phone ${s.phone()} thank you`],
  ["note", (s) => t`Rang ${s.named(s.one(WORDNAMES))} at Lincoln & Sons Estates re ${s.propRef()}: landlord ${s.full()} wants the ${s.word("Rose")} Gold Edition fridge replaced before ${s.one(["June", "July"])}. Tenant ${s.other()} moves in ${s.date()}. Mobile ${s.phone("AU")}.`],
  ["legacy", (s) => t`${s.emo()}Dear friends at ${s.word("Hope")} & Shelter,

Please accept the enclosed ${s.amount()} in loving memory of my husband ${s.full()}, who died on ${s.date()} at ${s.place(s.one(["Victoria", "Florence"]))} Lodge hospice. Our daughters ${s.otherFirst()} and ${s.otherFirst()} joined me in choosing your charity. Our son-in-law ${s.other()} (${s.email(s.draw())}) can help with any questions.

Yours,
${s.full({ first: s.one(["Rose", "May", "Grace", "Faith"]), last: s.who().last })}`],
  ["complaint", (s) => t`G'day,

Still no refund for ${s.booking()}. Whole trip to ${s.place(s.one(["Florence", "Victoria"]))} was a mess. Call me ${s.phone("AU")}.

${s.full()}

On ${s.date()} at ${s.time()}, Sunward Travel <${s.roleMail("help", "sunward.com.au")}> wrote:
> Hi ${s.first()}, your refund of ${s.amount()} is being processed. Card ending 1190 (${s.card()} on file). Regards, ${s.otherFirst()}`],
  ["giftaid", (s) => t`Supporter call, US-based donor ${s.full()} (${s.donor()}). Asked whether we need her social security number for the tax receipt, read it out anyway: ${s.ssn()}. Gift by card ${s.card()}. Told her we don't store it. Prefers email ${s.email()}; backup ${s.intlPhone("US")}.`],
  ["booking", (s) => t`E-ticket summary ${s.emo()}
Booking ${s.booking()} · package ${s.pkg()}
Outbound ${s.flight()} ${s.date()} ${s.time()} → ${s.place(s.one(["Florence", "Jordan"]))}
Return ${s.flight()} ${s.date()} ${s.time()}
Passport on file ${s.passport()}, expiry ${s.date()}
Total ${s.amount()}, paid ${s.amount()}, due ${s.amount()} by ${s.word("May")} ${s.n(1, 28)}`],
  ["note", (s) => t`Listing ${s.propRef()} – ${s.place(s.one(["Victoria", "Chelsea", "Lincoln"]))} Court, ${s.rooms()}, ${s.area()}, rent ${s.amount()} pcm, deposit ${s.amount()} (${s.deposit()}). Available ${s.date()}. Viewing ${s.time()}. Council tax ${s.word("bill")} to tenant; meter ${s.meter()}.`],
]
