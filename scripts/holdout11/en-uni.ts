// English: the university's admissions and alumni office.
import type { Ctx } from "./ctx.ts"
import { T, type Template, neg } from "./render.ts"

const UNI = ["Northgate University", "University of Westmere", "St Aldric's College"]
const FACULTY = ["Engineering", "Business", "Health Sciences", "Arts"]

export const EN_UNI: Template<Ctx>[] = [
  {
    kind: "admissions", biz: "university", make: (c) => {
      const a = c.person()
      return T`Subject: Application ${c.applicant()} – ${c.course()}
Dear Admissions,
My name is ${c.full(a)} and I applied for the ${c.word("Summer")} intake. My GPA is ${c.grade()} and my IELTS overall ${c.grade()}. Attached:
- passport_scan.pdf
- transcript_${c.last(a)}.pdf
- reference_letter.docx
For the visa form: ${c.natId()}. Reach me on ${c.phone()} or, until ${c.date()}, on ${c.foreign()}.
Kind regards,
${c.full(a)}`
    },
  },
  {
    kind: "letter", biz: "university", make: (c) => {
      const a = c.person(), d = c.person()
      return T`Dear ${c.pick(["Mr", "Ms", "Dr", "Mrs"])} ${c.last(a)},
${c.word("Hope")} this finds you well. Thank you for your generous gift of ${c.money()} to the ${c.word("Dean")}'s Scholarship Fund on ${c.date()}. Your monthly gift will be collected from IBAN ${c.iban()}; if that is wrong, call us on ${c.ext()}.
Your alumni number is ${c.student()}.
With gratitude,
${c.word("Dean")} ${c.full(d)}
Faculty of ${c.pick(FACULTY)}, ${c.pick(UNI)}`
    },
  },
  {
    kind: "chat", biz: "university", make: (c) => {
      const a = c.person()
      return T`AdmitBot: Hello! What is your applicant number?
Visitor: ${c.applicant()}
AdmitBot: Thanks. How can I help?
Visitor: ${c.accent()}hi im ${c.first(a)} ${c.last(a)}, my results came out ${c.grade()}, ${c.word("Will")} I still get in to ${c.course()}?
AdmitBot: An adviser will review it. Best email?
Visitor: ${c.email(a)}
AdmitBot: And a phone number?
Visitor: ${c.phone()}
AdmitBot: Thanks ${c.first(a)}! Expect a call before ${c.date()}.`
    },
  },
  {
    kind: "call", biz: "university", make: (c) => {
      const a = c.person(), g = c.person()
      return T`agent: admissions office ${c.first(g)} speaking
caller: hi this is ${c.lower(a)} calling about my offer for ${c.course()}
agent: can i have your student id
caller: ${c.student()}
agent: ok i see a conditional offer you need ${c.grade()} in the final exam
caller: and residence room ${c.room()} is that confirmed
agent: yes from ${c.date()} the deposit is ${c.money()} ill email ${c.email(a)} now`
    },
  },
  {
    kind: "complaint", biz: "university", make: (c) => {
      const a = c.person(), w = c.person()
      return T`Student complaint form
Student ID: ${c.student()}
Name: ${c.full(a)}
Room: ${c.room()}, ${c.word("Rose")} Hall
Email: ${c.email(a)}
Phone: ${c.phone()}
Issue: The portal locked me out after a payment of ${c.money()} (invoice ${c.invoice()}). Warden ${c.full(w)} told me to report it. Login attempts came from ${c.ip()} and ${c.ip()}, which is not me.
Submitted ${c.date()} ${c.time()}`
    },
  },
  {
    kind: "crm", biz: "university", make: (c) => {
      const head = `applicant_id\tname\temail\tphone\tprogramme\tscore\tstatus\n`
      const rows = [c.person(), c.person(), c.person()].map((p) => T`${c.applicant()}\t${c.full(p)}\t${c.email(p)}\t${c.phone()}\t${c.course()}\t${c.grade()}\t${c.pick(["offer", "waitlist", "enrolled"])}\n`)
      return [head, ...rows.flat()]
    },
  },
  {
    kind: "wrap", biz: "university", make: (c) => {
      const a = c.person(), s = c.person()
      return T`Alumni call – spoke to ${c.full(a)} (class of ${neg("date", String(c.rng.int(1975, 2015)))}). New address postcode ${c.postcode()}, new email ${c.email(a)}. Pledged ${c.money()} a month by card ${c.card()}, first payment ${c.date()}. Asked about ${c.word("Faith")} House reunion and whether the ${c.word("Chase")} matching-gift scheme applies (employer: JPMorgan). Spouse ${c.first(s)} also alumni. Best time ${c.time()}.`
    },
  },
  {
    kind: "email", biz: "university", make: (c) => {
      const a = c.person(), p = c.person()
      return T`From: ${c.email(a)}
To: ${c.roleEmail("admissions", "northgate.ac")}
Subject: Transcript request

Hello,
I'm ${c.full(a)}, graduated ${c.date()}, student no. ${c.student()}. Please send my transcript to ${c.full(p)} at ${c.roleEmail("records", c.pick(["westmere.edu", "hr.acme-corp.com", "talent.example.co"]))}. I paid ${c.money()} (receipt ${c.invoice()}). ${c.word("Joy")} of joys, the form took ${neg("time", `${c.rng.int(10, 50)} minutes`)}.
Regards,
${c.first(a)}`
    },
  },
]
