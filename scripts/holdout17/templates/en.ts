// English: Ireland, Australia, Malta, Canada; some writers of Indian and Nigerian origin.
import type { Ctx } from "../ctx.ts"
import { t, type Piece } from "../render.ts"

export interface Template { kind: string; make: (c: Ctx) => Piece[] }

const UNI = ["liffeyvale.ie", "harbourcollege.edu.mt", "southerncross-uni.edu.au", "lakeshore-college.ca"]
const RX = ["help@quickscript-pharmacy.ie", "orders@medidrop.com.au", "rx@pillpost.ca"]
const MOVE = ["quotes@hartmoves.ie", "claims@bigbluevan.com.au", "storage@maltashift.com.mt"]
const roleAt = (c: Ctx, list: readonly string[]) => { const [l, d] = c.pick(list).split("@") as [string, string]; return c.role(l, d) }

export const en: Template[] = [
  { kind: "email", make: (c) => { const p = c.person(); return t`Subject: Application ${c.n.applicationRef()} – missing documents

Dear ${c.P(p.first)},

Thank you for applying to the MSc in Data Analytics (${c.n.courseCode()}). Before ${c.n.date()} we still need a certified transcript. You can upload it from the portal, or post it to Room ${c.n.room()}, Admissions Building, ${c.n.postcode()}.

If you have questions call us on ${c.phone("IE", "national")} (Mon-Fri, ${c.n.time()}-${c.n.time()}).

Kind regards,
${c.P(c.person("ie").full)}
Admissions Office | ${c.role("admissions", c.pick(UNI))}` } },
  { kind: "sms", make: (c) => { const p = c.person(); return t`Hi ${c.P(p.first.toLowerCase())}, your fee instalment of ${c.n.amount()} (ref ${c.n.invoice()}) is due ${c.n.date()}. Pay online or call ${c.phone("AU")}. Reply STOP to opt out` } },
  { kind: "chat", make: (c) => { const p = c.person(); const a = c.person("ie"); return t`[${c.n.time()}] Agent ${c.P(a.first)}: Hi, you're through to Student Finance. How can I help?
[${c.n.time()}] Visitor: hi ${c.emoji()} ${c.nfd("café wifi")} its ${c.P(p.full)}, student no ${c.n.studentNumber()}. my grant hasnt come in
[${c.n.time()}] Agent ${c.P(a.first)}: Sorry about that, ${c.P(p.first)}. Can you confirm the account it should go to?
[${c.n.time()}] Visitor: ${c.iban(c.pick(["IE", "IE", "MT", "GB"]))}
[${c.n.time()}] Agent ${c.P(a.first)}: Thanks. It shows as paid on ${c.n.date()} – ${c.n.amount()}. It may take 3 working days.
[${c.n.time()}] Visitor: ok will wait then, thanks` } },
  { kind: "summary", make: (c) => { const p = c.person(c.pick(["ca", "in", "ng", "ie"])); return t`Call summary (generated): The caller, ${c.P(p.full)}, is a US citizen enrolling in the ${c.n.courseCode()} programme and asked how to certify her federal Direct Loan. She gave her Social Security number as ${c.ssn()} and her date of birth. The agent explained that loan certification takes ${c.pick(["10", "15"])} working days and that the first disbursement is expected around ${c.n.date()}. Callback requested on ${c.phone(c.pick(["US", "CA"]))}. Confirmation will go to ${c.email(p)}.` } },
  { kind: "note", make: (c) => { const p = c.person("au"); return t`cust ${c.P(p.last.toUpperCase())} rang re quote ${c.n.quote()} - 3 bed house ${c.n.postcode()} -> ${c.n.place("Victoria")} Park WA, est ${c.n.volume()}, 2 men + van ${c.n.plate()}. wants survey ${c.n.date()} am. mob ${c.phone("AU", "compact")}. will confirm by email ${c.email(p)} - ${c.P(c.person("au").first)}` } },
  { kind: "complaint", make: (c) => { const p = c.person(c.pick(["ie", "mt", "au"])); const a = c.person(); return t`From: ${c.P(p.full)} <${c.email(p)}>
Subject: Re: Damage claim ${c.n.quote()}

Hi ${c.P(a.first)},

This is the third time I'm writing. Your crew broke the glass top of the dresser (crate ${c.n.storageUnit()}) and you offered ${c.n.amount()}. That does not even cover the repair quote. I will not accept it, and I'll ${c.n.word("mark")} this as unresolved with the ombudsman if nothing changes by ${c.n.date()}.

${c.P(p.first)}

> On ${c.n.date()} at ${c.n.time()}, ${c.P(a.full)} <${c.role("claims", "bigbluevan.com.au")}> wrote:
> Dear ${c.pick(["Mr.", "Ms.", "Mrs."])} ${c.P(p.last)}, we have reviewed the photos from the survey and can offer a goodwill payment. Kind regards, ${c.P(a.first)}` } },
  { kind: "form", make: (c) => { const p = c.person(); return t`--- pasted from web form ---
Full name: ${c.P(p.full)}
Email: ${c.email(p)}
Phone: ${c.phone()}
Nationality: ${c.pick(["Irish", "Canadian", "Indian", "Nigerian", "Maltese", "Australian"])}
National Insurance no (UK applicants only): ${c.nino()}
Programme: ${c.n.courseCode()} / start ${c.n.date()}
Accommodation: ${c.n.street(c.pick(["Florence Hall", "Lincoln House", "Chelsea Court", "Grace Residences"]))}, room ${c.n.room()}
Deposit paid: ${c.n.amount()}
--- end ---` } },
  { kind: "chat", make: (c) => { const p = c.person(); return t`Customer: Hi, I ordered my repeat prescription on Monday (order ${c.n.order()}) and it still says pending ${c.emoji()}
Bot: I can help with that. Can you tell me your name and date of birth?
Customer: ${c.P(p.full)}, ${c.n.date()}
Bot: Thanks ${c.P(p.first)}. Your prescription ${c.n.prescription()} is waiting for the GP's approval. Once approved, a courier slot between ${c.n.time()} and ${c.n.time()} will be booked. Tracking: ${c.n.tracking()}
Customer: can the driver ring me on ${c.phone(c.pick(["IE", "AU", "CA"]), "national")} instead of the landline?
Bot: Done. We'll also text updates to that number.` } },
  { kind: "email", make: (c) => { const p = c.person(c.pick(["in", "ng"])); return t`Dear Sir/Madam,

Greetings of the day. I am ${c.P(p.full)} and I have received conditional offer for ${c.n.courseCode()} (application ${c.n.applicationRef()}). Kindly advise whether the tuition fee of ${c.n.amount()} can be paid in instalments, as my father is sponsoring me from ${c.pick(["Lagos", "Pune", "Hyderabad", "Abuja", "Chennai"])}.

My WhatsApp number is ${c.phone(p.origin === "in" ? "IN" : "NG", c.pick(["intl", "e164", "dashes"]))} and alternate email ${c.email(p)}.

Thanking you,
${c.P(p.full)}` } },
  { kind: "note", make: (c) => { const p = c.person(); return t`Refund req - ${c.P(p.full)} - ord ${c.n.order()}, item ${c.n.productCode()} (${c.n.batch()}) arrived damaged. refunded ${c.n.amount()} to card ending ${c.pick(["4411", "0392", "7720"])}. No new card given. Spoke to ${c.P(c.person("ie").first)} in dispatch.` } },
  { kind: "csv", make: (c) => { const rows: Piece[] = []; for (let i = 0; i < 3; i++) { const p = c.person(); rows.push(t`${c.n.studentNumber()},${c.P(p.first)},${c.P(p.last)},${c.email(p, ["student.liffeyvale.ie", "gmail.com", "live.ca"])},${c.phone(undefined, "e164")},${c.n.courseCode()},"${c.n.amount()}"\n`) } return t`student_no,first_name,last_name,email,mobile,module,balance\n${rows}` } },
  { kind: "json", make: (c) => { const p = c.person(); return t`{"ticket":"${c.n.quote()}","customer":{"name":"${c.P(p.full)}","email":"${c.email(p)}","phone":"${c.phone(undefined, "intl")}"},"unit":"${c.n.storageUnit()}","volume":"${c.n.volume()}","client_ip":"${c.ip()}","created":"${c.n.date()}"}` } },
  { kind: "sms", make: (c) => t`MediDrop: your order ${c.n.order()} is out for delivery today between ${c.n.time()} and ${c.n.time()}. Driver: ${c.P(c.person("au").first)}. Track: ${c.n.tracking()}. Questions? ${c.phone("AU", "national")} or ${roleAt(c, RX)}` },
  { kind: "summary", make: (c) => { const p = c.person(); return t`AI summary: ${c.P(p.first)} called to pay the second accommodation instalment by card. The card number given was ${c.card()}, expiry ${c.pick(["09/28", "11/27", "03/29"])}. The payment of ${c.n.amount()} was approved at ${c.n.time()}. ${c.P(p.first)} also asked whether ${c.n.word("May")} rent is covered; the agent confirmed the ${c.n.word("May")} instalment is separate. No further action.` } },
  { kind: "note", make: (c) => t`${c.n.word("Mark")} as resolved: the ${c.n.word("Bill")} from ${c.n.date()} (${c.n.invoice()}) was paid twice. ${c.n.word("Will")} refund the duplicate once finance confirms. Customer hopes to have it before Christmas. Number on file 16 digits ${c.n.badCard()} doesn't pass the card check - probably a bank reference, not a card.` },
  { kind: "chat", make: (c) => { const p = c.person(); return t`${c.emoji()} ${c.n.word("Grace")} period question
Student: Is there a grace period if I pay the fee after the deadline?
Advisor ${c.P(c.person("mt").first)}: Yes, ${c.pick(["14", "10", "7"])} days. After that a late fee of ${c.n.amount()} applies.
Student: ok. also my name is misspelled on the invoice, it should be ${c.P(p.full)}
Advisor: Fixed. Anything else?
Student: no thats all, thanks!` } },
  { kind: "email", make: (c) => { const p = c.person(); return t`Hello,

I'm moving from ${c.pick(["Sydney", "Cork", "Toronto", "Sliema"])} to ${c.n.place(c.pick(["Florence", "Victoria", "Lincoln", "Jordan", "Chelsea"]))} in ${c.n.word(c.pick(["May", "May", "June"]))} and would like a quote for a 2-bedroom flat (about ${c.n.volume()}, nothing heavier than ${c.n.weight()}). A piano is included. I'd also need a storage unit for three months.

Please pay the deposit refund from last time to ${c.iban()}.

Cheers,
${c.P(p.full)}
${c.phone()}` } },
  { kind: "note", make: (c) => { const p = c.person(); return t`login issue - ${c.P(p.first)} locked out of the student portal after 5 tries from ${c.ip()}. reset done, temp pwd sent to ${c.email(p)}. also requested ${c.ip()} be whitelisted (library PC). Ticket linked to ${c.n.studentNumber()}.` } },
  { kind: "complaint", make: (c) => { const p = c.person(); return t`I am very disappointed. My medication (${c.n.productCode()}) was left on the doorstep in the rain and the courier marked it delivered at ${c.n.time()}. I paid ${c.n.amount()} for a timed slot! Please refund to the card I paid with. ${c.n.word("Sunny")} or not, a prescription should not be left outside.

— ${c.P(p.full)}, ${c.pick(["Apt 4", "Flat 12", "Unit 3"])}, ${c.n.street(c.pick(["Dean Street", "Patrick Street", "Victoria Road", "Grace Park Road", "Lily Lane"]))}, ${c.n.postcode()}` } },
  { kind: "summary", make: (c) => { const p = c.person("ie"); return t`Summary: Caller was ${c.pick(["Mr.", "Ms.", "Dr."])} ${c.P(p.last)}, a UK applicant, who wanted to check whether student finance from England can be paid to the university directly. The caller read out the National Insurance number ${c.nino()} and the fee invoice ${c.n.invoice()}. The agent advised sending the tuition fee contract to ${c.role("fees", "harbourcollege.edu.mt")}. A follow-up is scheduled for ${c.n.date()}. Invalid reference ${c.n.ninoInvalid()} previously on the file was removed.` } },
  { kind: "chat", make: (c) => { const p = c.person(); return t`user: hey its ${c.P(p.first.toLowerCase())} again lol
user: the van guy (reg ${c.n.plate()}) said to call ${c.phone(undefined, "intl")} ext. ${String(c.r.int(10, 99))} for the storage key
agent ${c.P(c.person().first)}: That's our depot line, yes. Your unit is ${c.n.storageUnit()} and access is ${c.n.time()}–${c.n.time()}.
user: ta 👍 and ${c.n.word("Hope")} it's not the same crew as last time haha` } },
  { kind: "note", make: (c) => t`No PII. Batch recall check: ${c.n.batch()} and ${c.n.batch()} of product ${c.n.productCode()} not affected. Old payment ref ${c.n.badCard()} flagged by bank. Student ${c.n.studentNumber()} enrolled in ${c.n.courseCode()}, will be billed ${c.n.amount()} on ${c.n.date()}. Transfer from ${c.n.badIban(c.pick(["IE", "GB", "MT"]))} bounced (bad check digits).` },
  { kind: "email", make: (c) => { const p = c.person(); return t`Hi team,

Forwarding the scholarship paperwork for ${c.P(p.full)} (${c.n.studentNumber()}). She has lived in the US and included an ITIN-style number ${c.n.ssnInvalid()} which is not a valid SSN, so please ignore it. Her US SSN is ${c.ssn()} per the signed form.

Bank details for the bursary: ${c.iban()}.

Thanks,
${c.P(c.person().first)}` } },
  { kind: "sms", make: (c) => t`Reminder: your removal is booked for ${c.n.date()} at ${c.n.time()}. Crew lead ${c.P(c.person().first)} will ring from ${c.phone(undefined, "national")}. Ref ${c.n.quote()}. Changes: ${roleAt(c, MOVE)}. Reply Y to confirm.` },
  { kind: "summary", make: (c) => { const p = c.person(); return t`transcript (speech to text, unedited): yeah hi this is ${c.P(p.full.toLowerCase())} i'm calling about the storage unit ${c.n.storageUnit()} the invoice says ${c.n.amount()} but i was quoted less by ${c.P(c.person().first.toLowerCase())} on the phone. you can reach me on ${c.phone(undefined, "national")} any time after ${c.n.time()}. thanks bye` } },
  { kind: "chat", make: (c) => { const p = c.person(); return t`Agent ${c.P(c.person("au").first)}: To finish the booking I'll need the card for the deposit.
Customer: sure ${c.emoji()} it's ${c.card()} exp ${c.pick(["02/29", "10/27", "12/28"])}
Agent: Thank you. The old card ${c.n.badCard()} didn't pass validation, so that's why the first try failed.
Customer: right, that was a typo. name on card ${c.P(p.full.toUpperCase())}
Agent: All done, deposit of ${c.n.amount()} taken for quote ${c.n.quote()}.` } },
  { kind: "note", make: (c) => { const p = c.person(c.pick(["ca", "ie", "other"])); return t`FAFSA/Direct Loan cert - ${c.P(p.full)}
SSN:
${c.ssn()}
(previous SSN on file ${c.n.ssnInvalid()} was rejected by the servicer)
COA ${c.n.amount()}, loan period ${c.n.date()} - ${c.n.date()}. Student no ${c.n.studentNumber()}. Call back ${c.phone("US", c.pick(["brackets", "dashes", "dots"]))}.` } },
  { kind: "form", make: (c) => { const p = c.person(); return t`Inventory / customs form (UK to Ireland)
Customer: ${c.pick(["Mr", "Mrs", "Ms"])} ${c.P(p.full)}
NINO: ${c.nino()}
Collection postcode: ${c.n.postcode()}   Delivery: ${c.n.postcode()}
Volume ${c.n.volume()} / weight ${c.n.weight()}
Crates: ${c.n.storageUnit()}, ${c.n.storageUnit()}
Van: ${c.n.plate()}
Surveyor: ${c.P(c.person().full)} for ${c.n.company(c.pick(["Dean & Hunter Removals Ltd", "Lincoln Movers", "Rose Storage"]))}` } },
  { kind: "sms", make: (c) => t`Hi it's ${c.P(c.person(c.pick(["in", "ng", "other"])).first)} from Lagos/Delhi office, pls call me back on ${c.phone(c.pick(["IN", "NG", "AE", "SG", "ZA", "PH", "BR", "DE", "PL"]), c.pick(["intl", "e164", "00", "dashes"]))} re the tuition transfer. Thx` },
  { kind: "email", make: (c) => { const p = c.person("ng"); return t`Good day,

I write on behalf of my ward, ${c.P(p.full)}, whose offer letter (${c.n.applicationRef()}) requires a deposit of ${c.n.amount()}. Please find attached the transfer slip; the sending account was ${c.iban(c.pick(["GB", "DE", "IE"]))}.

Yours faithfully,
Dr. ${c.P(c.person("ng").full)}
${c.phone("NG", "intl")} | ${c.email(c.person("ng"))}` } },
  { kind: "note", make: (c) => t`Stock & returns, no customer data. ${c.n.word("Rose")} hip oil ${c.n.productCode()} ${c.n.batch()}; ${c.n.word("Lily")} of the valley soap ${c.n.productCode()}. Returned: ${c.n.order()} (${c.n.amount()}). ${c.n.word("Patience")} needed, supplier ${c.n.company(c.pick(["Faith Pharma", "Grace Healthcare", "Hunter Labs"]))} ships ${c.n.date()}. Refund ref ${c.n.badCard()}; IBAN on the return slip ${c.n.badIban(c.pick(["IE", "MT", "NL"]))} has bad check digits.` },
  { kind: "complaint", make: (c) => { const p = c.person(); const a = c.person(); return t`Subject: Fwd: refund still not received ${c.emoji()}

Hello again,

The refund of ${c.n.amount()} for order ${c.n.order()} has not reached my card ${c.card()}. It has been ${c.pick(["three", "four", "six"])} weeks. Please escalate to someone senior.

Regards, ${c.P(p.full)}
Sent from my iPhone

----- Original message -----
From: ${c.P(a.first)} at QuickScript <${c.role("refunds", "quickscript-pharmacy.ie")}>
Date: ${c.n.date()} ${c.n.time()}
Hi ${c.P(p.first)}, your refund was processed today and should appear in ${c.pick(["3-5", "5-10"])} working days.` } },
  { kind: "json", make: (c) => { const p = c.person(); return t`[{"event":"login","user":"${c.email(p)}","ip":"${c.ip()}","at":"${c.n.date()}"},{"event":"payment","student":"${c.n.studentNumber()}","amount":"${c.n.amount()}","ip":"${c.ip()}"}]` } },
  { kind: "chat", make: (c) => { const p = c.person(); return t`[${c.n.time()}] ${c.P(p.first)}: hi I need to change the delivery address for my prescription ${c.n.prescription()}
[${c.n.time()}] Support (${c.P(c.person().first)}): Of course. New address and a contact number?
[${c.n.time()}] ${c.P(p.first)}: ${String(c.r.int(2, 88))} ${c.n.street(c.pick(["Chelsea Road", "Jordan Street", "Dean Lane", "Faith Avenue"]))}, ${c.n.postcode()}. phone ${c.phone(undefined, c.pick(["national", "intl", "dots"]))}
[${c.n.time()}] Support: Updated. Courier slot ${c.n.date()}, ${c.n.time()}–${c.n.time()}.` } },
  { kind: "email", make: (c) => { const p = c.person("mt"); const s2 = c.person(); return t`Hi ${c.P(s2.first)},

Your room in ${c.n.street(c.pick(["Victoria Hall", "Hope Residence", "Lincoln Court"]))} (room ${c.n.room()}) is ready from ${c.n.date()}. The first instalment of ${c.n.amount()} is due on arrival.

Best,
${c.P(p.full)}
Accommodation Officer
T: ${c.phone("MT", "intl")} ext. ${String(c.r.int(100, 450))} | M: ${c.phone("MT", "national")}
${c.email(p, ["harbourcollege.edu.mt"])}` } },
  { kind: "summary", make: (c) => { const p = c.person(); const q = c.person("ie"); return t`Summary of the call on ${c.n.date()}: the agent spoke with ${c.P(q.full)} from the Bursary team, who confirmed that ${c.P(p.first)}'s scholarship of ${c.n.amount()} was approved under ${c.n.applicationRef()}. ${c.P(p.first)}'s mother, ${c.P(c.person(p.origin).full)}, will pay the balance from ${c.iban()}. Nothing else was discussed.` } },
  { kind: "csv", make: (c) => { const rows: Piece[] = []; for (let i = 0; i < 4; i++) { const p = c.person(); rows.push(t`${c.n.order()};${c.P(p.full)};${c.phone(undefined, c.pick(["national", "intl", "e164"]))};${c.n.postcode()};${c.n.date()};${c.n.time()}\n`) } return t`order;recipient;phone;postcode;slot_date;slot_time\n${rows}` } },
  { kind: "sms", make: (c) => t`hi its ${c.P(c.person().first.toLowerCase())} from hartmoves, running 20 min late ${c.emoji()} the truck is ${c.n.plate()}. call ${c.phone(undefined, "compact")} if u need us` },
]
