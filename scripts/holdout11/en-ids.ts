// English texts bound to one market, where national ids are asked for: US
// dental insurance and financial aid (SSN), UK student finance, payroll and
// NHS exemption forms (NINO).
import type { Ctx } from "./ctx.ts"
import { T, type Template, neg } from "./render.ts"

export const EN_IDS: Template<Ctx>[] = [
  {
    kind: "call", biz: "dental", market: "en-US", make: (c) => {
      const a = c.person(), k = c.person(), g = c.person()
      return T`agent: Kingsway Dental Studio this is ${c.first(g)}
caller: hi I'm booking for my daughter ${c.first(k)} she's on my insurance
agent: sure what's the subscriber's name
caller: ${c.lower(a)}
agent: and the subscriber's social security number
caller: ${c.ssn()}
agent: thank you I have ${c.date()} at ${c.time()} the copay is ${c.money()} and I'll text ${c.phone()}`
    },
  },
  {
    kind: "admissions", biz: "university", market: "en-US", make: (c) => {
      const a = c.person()
      return T`Financial aid enquiry – ${c.applicant()}
Name: ${c.full(a)}
Email: ${c.email(a)}
Work phone: ${c.ext()}
SSN (for FAFSA matching): ${c.ssn()}
Routing / account: ${c.bank()} / ${neg("account-number", String(c.rng.int(100000000, 999999999)))}
Message: My FAFSA shows EFC ${c.money()} but the portal says ${c.grade()} GPA is below the threshold. ${c.word("Chase")} Bank needs the award letter by ${c.date()}.`
    },
  },
  {
    kind: "wrap", biz: "gym", market: "en-US", make: (c) => {
      const a = c.person()
      return T`Corporate membership via employer: ${c.full(a)}, member ${c.member()}. HR form had his soc. sec. # ${c.ssn()} in the notes field - told caller we do not need it and deleted the attachment. Payroll deduction ${c.money()} from ${c.date()}. Zip ${c.postcode()}.`
    },
  },
  {
    kind: "chat", biz: "optician", market: "en-US", make: (c) => {
      const a = c.person()
      return T`Customer: ${c.emoji()}hi, vision insurance asks for the member's SSN, is it ok to send here?
Agent ${c.first(c.person())}: Please only the last four.
Customer: oops already typed it: ${c.ssn()}
Customer: name on the plan is ${c.full(a)}, appointment ${c.date()} ${c.time()}`
    },
  },
  {
    kind: "email", biz: "university", market: "en-GB", make: (c) => {
      const a = c.person()
      return T`Subject: Student Finance – tuition fee loan not showing
Dear Admissions,
I'm ${c.full(a)} (UCAS Personal ID ${c.applicant()}, student no. ${c.student()}). Student Finance England asked you to confirm my attendance; my National Insurance number is ${c.nino()} and the CRN is ${neg("student-number", `${c.rng.int(10, 99)}${c.rng.int(100000, 999999)}`)}. Fees of ${c.money()} are due ${c.date()}.
Best wishes,
${c.first(a)}
${c.phone()}`
    },
  },
  {
    kind: "complaint", biz: "dental", market: "en-GB", make: (c) => {
      const a = c.person()
      return T`NHS exemption form (scanned, typed up)
Patient: ${c.upperLast(a)}
NHS number: ${c.nhs()}
NI number: ${c.nino()}
Exemption: HC2 certificate ${c.ref()}, valid to ${c.date()}
Complaint: was charged Band 2 (${c.money()}) on ${c.date()} despite the certificate. Reply to ${c.email(a)}.`
    },
  },
  {
    kind: "crm", biz: "gym", market: "en-GB", make: (c) => {
      const rows = [c.person(), c.person()].map((p) => T`${c.member()}\t${c.full(p)}\t${c.nino()}\t${c.bank()}\t${c.money()}\n`)
      return ["member_no\tname\tni_number\tbank\tsalary_sacrifice\n", ...rows.flat()]
    },
  },
]
