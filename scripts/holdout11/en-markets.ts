// English texts bound to India, South Africa, Australia and New Zealand, where
// the lookalikes are that market's own: Aadhaar, PIN codes, SA ID numbers,
// branch codes, BSBs, IRD and bank account numbers.
import type { Ctx } from "./ctx.ts"
import { T, type Template } from "./render.ts"

export const EN_MARKETS: Template<Ctx>[] = [
  {
    kind: "admissions", biz: "university", market: "en-IN", make: (c) => {
      const a = c.person(), f = c.person()
      return T`Subject: Admission query – ${c.course()} (application ${c.applicant()})
Respected Sir/Madam,
I am ${c.full(a)}, 12th standard ${c.grade()}%. Documents attached:
1. Aadhaar card (${c.natId()})
2. Marksheet_${c.last(a)}.pdf
3. Income certificate of my father ${c.full(f)}
Address: Flat 4B, ${c.word("Rose")} Apartments, Bengaluru ${c.pin()}. Fees of ${c.money()} paid via NEFT, ${c.bank()}.
Mobile: ${c.phone()} | ${c.email(a)}
Thanking you,
${c.first(a)}`
    },
  },
  {
    kind: "wrap", biz: "gym", market: "en-ZA", make: (c) => {
      const a = c.person(), g = c.person()
      return T`Debit order query: ${c.full(a)} (${c.natId()}), member ${c.member()}. Debit of ${c.money()} bounced ${c.date()}; new account at ${c.bank()}. Loadshedding closed the gym ${c.time()}-${c.time()}, member wants a credit. Cell ${c.phone()}. Handled by ${c.first(g)}.`
    },
  },
  {
    kind: "email", biz: "gym", market: "en-AU", make: (c) => {
      const a = c.person()
      return T`Subject: Suspend membership ${c.member()}
G'day,
Please suspend my membership from ${c.date()} (travelling). Direct debit of ${c.money()} fortnightly comes from ${c.bank()} acct ${c.member()}. My ${c.natId()} is on the old form, please shred it.
Ta,
${c.full(a)}
${c.phone()}`
    },
  },
  {
    kind: "sms", biz: "dental", market: "en-NZ", make: (c) => {
      const a = c.person()
      return T`${c.emoji()}Kia ora ${c.first(a)}, ${c.pick(["Ponsonby", "Te Aro", "Riccarton"])} Dental reminder: ${c.date()} ${c.time()}. ${c.bank()} for payment, ref ${c.ref()}. Questions? ${c.phone()}`
    },
  },
]
