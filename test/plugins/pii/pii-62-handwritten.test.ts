import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

// What the blind corpus pii-holdout62 showed missed or taken wrongly, written again in other words.
const analyzer = createAnalyzer()
const found = (text: string, type: string) => analyzer.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

test("a ticket's caller-ID key names a phone dialled out with 00, in each language's words", () => {
  expect(found("CALLBACK – Netzwerk\nAnrufer-ID: 0049 30 2219 4408\nMobil: +49 151 23907714", "PHONE")).toEqual(["0049 30 2219 4408", "+49 151 23907714"])
  expect(found("Numéro appelant : 0033 6 52 18 40 97", "PHONE")).toEqual(["0033 6 52 18 40 97"])
  expect(found("Beller-ID: 0031 20 794 1182", "PHONE")).toEqual(["0031 20 794 1182"])
  expect(found("Soittajan numero: 00358 9 2291 4470", "PHONE")).toEqual(["00358 9 2291 4470"])
  // Another id's key is none.
  expect(found("Kunden-ID: 0049 30 2219 4408", "PHONE")).toEqual([])
})

test("`best #` and `best number` name a phone after a ticket's reference; an area code in brackets is a phone's shape", () => {
  expect(found("escalated, ticket RT-448210. best # 915 730 2284. at work til 6", "PHONE")).toEqual(["915 730 2284"])
  expect(found("refund of $72.15 to card xxxx-4402. she's on (03) 9555 2810 if QA wants to follow up.", "PHONE")).toEqual(["(03) 9555 2810"])
})

test("a loan's, a mortgage's or a policy's number is no phone, asked for on the line before or named in the sentence", () => {
  expect(found("Co-borrower not on call, needs to sign. Loan 7730-118-204. Next pmt due 1/1.", "PHONE")).toEqual([])
  expect(found("speaker 1 (agent): ok can i get the loan number\nspeaker 2: it's 66014492", "PHONE")).toEqual([])
  expect(found("AGENT: Can I get the policy number?\nCALLER: WHI 7720 1184.", "PHONE")).toEqual([])
  expect(found("AGENT: Ihre Darlehensnummer bitte?\nANRUFER: NB 3390 1127.", "PHONE")).toEqual([])
  expect(found("Mortgage account CB20774401-01, my NI number below.", "PHONE")).toEqual([])
  // A phone asked for is still one, from a numbered speaker too.
  expect(found("speaker 1 (agent): whats the best number to reach you\nspeaker 2: it's 415 555 0132", "PHONE")).toEqual(["415 555 0132"])
  expect(found("mortgage adviser will call you on 07700 900 123", "PHONE")).toEqual(["07700 900 123"])
})

test("an SSN said at the start of the answer to a question for it is an SSN, not a phone", () => {
  const text = "agent: and to verify your social security number\ncaller: four three one, seven seven, two zero five eight"
  expect(found(text, "US_SSN")).toEqual(["four three one, seven seven, two zero five eight"])
  expect(found(text, "PHONE")).toEqual([])
  // Asked for something else first, the digits are a phone.
  expect(found("agent: your social security number is on file. best callback\ncaller: four three one, seven seven, two zero five eight", "US_SSN")).toEqual([])
})

test("a speaker's desk in brackets after their given name is no person, though its first word is a name somewhere (`Loan`)", () => {
  expect(found("Harbour Loans – Chat\nKevin (Loan Servicing): Good morning!\nYou: hi\nKevin (Loan Servicing): Sure.", "PERSON")).toEqual(["Kevin", "Kevin"])
  // A desk's tag with its person in brackets is still the person's.
  expect(found("Mendly (Will, agent): hi", "PERSON")).toEqual(["Will"])
  expect(found("Reception (Bill): hello", "PERSON")).toEqual(["Bill"])
})

test("relatives in law and grandchildren, a patrol, a breakdown's helper, and a frequent word before them, are no part of the name", () => {
  expect(found("Pickup 08:15. Son-in-law Gurpreet will come along.", "PERSON")).toEqual(["Gurpreet"])
  expect(found("Gutschein 10 EUR. Enkelin Lena bestellt für sie.", "PERSON")).toEqual(["Lena"])
  expect(found("Refusjon kr 734. Sønnen Eirik styrer kontoen.", "PERSON")).toEqual(["Eirik"])
  expect(found("Patrol Stu dispatched 18:42.", "PERSON")).toEqual(["Stu"])
  expect(found("Ihr Pannenhelfer Uwe ist in ca. 30 Min. bei Ihnen.", "PERSON")).toEqual(["Uwe"])
  // Swedish `Hennes` (her) opening a sentence is no name; a frequent word before an everyday word stays out (`Our Bill Pay`).
  expect(found("Full återbetalning 612 kr. Hennes son Mats sköter kontot.", "PERSON")).toEqual(["Mats"])
  expect(found("Our Bill Pay reference 3353912653 shows the payment.", "PERSON")).toEqual([])
  expect(found("customer Tane Tipene-Hall; the sitter (N. Te Awa) said to ring", "PERSON")).toContain("Tane Tipene-Hall")
})

test("a chat agent's given name and their firm after `von`, `van`, `de`, `di` or a dash, the firm named elsewhere in the text", () => {
  expect(found("Frischkorb Kundenservice\nFrischkorb Bot: Hallo!\nLeonie von Frischkorb: Oh nein, das tut mir leid!", "PERSON")).toEqual(["Leonie"])
  expect(found("CestaFresca – Atención al cliente\nMarta de CestaFresca: ¡Perdona!", "PERSON")).toEqual(["Marta"])
  expect(found("Bluegum Bank – Home Loans\n(09:15) Jack – Bluegum: Congratulations!", "PERSON")).toEqual(["Jack"])
  // A surname after its particle is one wherever it stands; a one-word desk the text names nowhere else is left alone.
  expect(found("Klantenservice\nLotte van Dijk: Sorry daarvoor!", "PERSON")).toEqual(["Lotte van Dijk"])
  expect(found("(09:15) Jack – Bluegum: Congratulations!", "PERSON")).toEqual([])
  // `Nieto`, `Neto` are surnames as often as grandsons.
  expect(found("Atendido por Blanca Nieto el lunes.", "PERSON")).toEqual(["Blanca Nieto"])
})

test("a saint's name is a place's, hospitals and roadside help are firms, and Irish, Finnish and Australian names are listed", () => {
  expect(found("Hello St. Brendan billing, I was charged twice.", "PERSON")).toEqual([])
  expect(found("St Brendan pre-reg. Pt preferred contact by text.", "PERSON")).toEqual([])
  expect(found("Appointment moved to São Paulo branch.", "PERSON")).toEqual([])
  expect(found("Please call Jane St Clair on Monday.", "PERSON")).toEqual(["Jane St Clair"])
  expect(found("cust ciarán ó ceallaigh cb (021) 893 8703", "PERSON")).toEqual(["ciarán ó ceallaigh"])
  expect(found("Ospedale San Gregorio – Prenotazioni ambulatoriali", "PERSON")).toEqual([])
  expect(found("[00:00:01] AGENT: Wayfarer Roadside, Seán here, are you safe?", "PERSON")).toEqual(["Seán"])
  expect(found("agent: outpatients st finbarrs this is noreen\ncaller: hi", "PERSON")).toEqual(["noreen"])
  expect(found("AGENT: Emerald billing, you're talking to Dervla\nCALLER: hi", "PERSON")).toContain("Dervla")
})

test("a numbered record key, a hyphenated surname in capitals and a patient's `pt` before `Surname, Given`; a firm's desk after its name", () => {
  expect(found("Borrower 1: HASSAN, Yusuf\nBorrower 2: HASSAN, Leila", "PERSON")).toEqual(["HASSAN, Yusuf", "HASSAN, Leila"])
  expect(found("Customer: EL-HASSAN, Mohammed\nService no: 0401 772 918", "PERSON")).toEqual(["EL-HASSAN, Mohammed"])
  expect(found("Outpt sched - pt Nakamura, Ken resched MRI from 12/9", "PERSON")).toEqual(["Nakamura, Ken"])
  expect(found("12 pt Arial, Helvetica font", "PERSON")).toEqual([])
  expect(found("Subject: escrow\n\nHello Ridgeline escrow team,\n\nYour letter says", "PERSON")).toEqual([])
  expect(found("Spoke to Ms. Chowdhury in billing.", "PERSON")).toEqual(["Chowdhury"])
})

test("a message's addressee in capitals, a surname in capitals after a title, an initial with no stop after one, `mister`", () => {
  expect(found("Brightwire: JENNIFER, your bill of $96.43 is due Dec 12.", "PERSON")).toEqual(["JENNIFER"])
  expect(found("Status: PAID, thanks", "PERSON")).toEqual([])
  expect(found("Appt reminder for M. KOWALSKI - Orthopaedics, 11/12 09:30", "PERSON")).toEqual(["KOWALSKI"])
  expect(found("Mr NHS number on file", "PERSON")).toEqual([])
  expect(found("Account name: Mr A Nowicki\nSort code: 60-83-71", "PERSON")).toEqual(["A Nowicki"])
  expect(found("Plan A Nowicki", "PERSON")).toEqual([])
  expect(found("agent: thank you mister adebayo-price i see two nights", "PERSON")).toEqual(["adebayo-price"])
})

test("colours and landscape words are everyday words first, a US city before its state and ZIP, a street inside a run, a month after `im`", () => {
  expect(found("Lost at Sheffield, 4 Dec\nItem: brown leather satchel, laptop inside", "PERSON")).toEqual([])
  expect(found("Delivery to D. Brown, flat 2", "PERSON")).toEqual(["D. Brown"])
  expect(found("Hope Castellano\n2210 Alder St\nEugene, OR 97405", "PERSON")).not.toContain("Eugene")
  expect(found("Spoke with Eugene, OR his wife", "PERSON")).toEqual(["Eugene"])
  expect(found("You 7:03: 4410 N Grant Ave Wichita 67204", "PERSON")).toEqual([])
  expect(found("Dear Grant Avery, thanks", "PERSON")).toEqual(["Grant Avery"])
  expect(found("Es geht um die Zinsbindung, die läuft im Mai aus.", "PERSON")).toEqual([])
  expect(found("I spoke with Mai about the bill.", "PERSON")).toEqual(["Mai"])
})

test("what the first version of this stop's rules took wrongly, found by a review on texts of its own", () => {
  // A title keeps its surname before a desk's words; a capital word after a size's `M`, a drive's `Dr` or an acronym is none.
  expect(found("Mrs Dlamini claims a refund for the outage.", "PERSON")).toEqual(["Dlamini"])
  expect(found("Appointment at Dr Nwosu office on Friday.", "PERSON")).toEqual(["Nwosu"])
  expect(found("Order: 2x Hoodie M BLACK", "PERSON")).toEqual([])
  expect(found("1400 Lakeshore Dr APT 12B", "PERSON")).toEqual([])
  expect(found("M. SNCF remboursement.", "PERSON")).toEqual([])
  expect(found("Never Miss A Bill Again", "PERSON")).toEqual([])
  expect(found("Shade: HAZEL, no returns", "PERSON")).toEqual([])
  // Words of the covered languages that a name list holds too.
  expect(found("Zak niet goed verpakt.", "PERSON")).toEqual([])
  expect(found("Jen se ptám, kdy dorazí balík.", "PERSON")).toEqual([])
  expect(found("Ticket enkel Utrecht Centraal is geldig.", "PERSON")).toEqual([])
  // Ordinals, pieces, streets and titles before `St` leave the name a person's.
  expect(found("Booked for 21st Anna Novak", "PERSON")).toEqual(["Anna Novak"])
  expect(found("Lieferung 3 St. Anna Novak", "PERSON")).toEqual(["Anna Novak"])
  expect(found("Mr St John will call back", "PERSON")).toEqual(["St John"])
  expect(found("Agent: Santo Rossi, come posso aiutarla?", "PERSON")).toEqual(["Santo Rossi"])
  // A surname the text also writes without its particle stays whole.
  expect(found("Marta de Souza: Bom dia, aqui é a Marta Souza.", "PERSON")).toContain("Marta de Souza")
  // Loan words name a number only right before it; a phone word or a call keeps a phone; an extension's suffix too.
  expect(found("Call the mortgage team on 020 7946 0958.", "PHONE")).toEqual(["020 7946 0958"])
  expect(found("Kreditabteilung / Darlehen: Tel. 030 1234567", "PHONE")).toEqual(["030 1234567"])
  expect(found("Durchwahl: 089123456-12", "PHONE")).toEqual(["089123456-12"])
  expect(found("best no later than 12 04 2026", "PHONE")).toEqual([])
  expect(found("Batch (0042) 1234 5678 recalled.", "PHONE")).toEqual([])
  expect(found("pt Friday, June resched", "PERSON")).not.toContain("Friday, June")
  expect(found("I don't need your SSN.\ncaller: ok, four three one, two two, eight nine one two is my order number", "US_SSN")).toEqual([])
})

test("the review's hostile inputs scan in linear time: speaker tags with a firm, desks after a dash, lower-case titles", () => {
  const time = (text: string) => {
    const t0 = performance.now()
    analyzer.analyze(text)
    return performance.now() - t0
  }
  for (const unit of ["Anna de Vries:\n", "Leonie von Frischkorb: hi\n", "(09:15) Jack – Bluegum: hi\n", "mister smith ", "mr smith "]) {
    const small = unit.repeat(Math.ceil(20_000 / unit.length))
    const large = unit.repeat(Math.ceil(200_000 / unit.length))
    time(small)
    // Ten times the text in well under a hundred times the time (the quadratic versions took 2 to 9 s at 100 KB).
    expect(time(large) / Math.max(1, time(small))).toBeLessThan(40)
  }
})

test("holdout63: a callback list's item markers are the list's, and an SSN asked for as someone's is answered on the next line", () => {
  expect(found("CALL-BACK LIST (07/12/2026)\n1. 020 612 4495 – factuur dubbel\n#2 (847) 391-2206 ext 14\n3) +1 773 508 4412 — pharmacy", "PHONE")).toEqual(["020 612 4495", "(847) 391-2206", "+1 773 508 4412"])
  expect(found("1. 12. 2026 – Termin\n2. 10 items", "PHONE")).toEqual([])
  expect(found("AGENT: To verify, I'll need the insured's social security number.\nCALLER: five two one, four four, zero nine six three", "US_SSN")).toEqual(["five two one, four four, zero nine six three"])
  expect(found("agent and to verify her social security number\ncaller four eight seven two two nine three one oh", "US_SSN")).toEqual(["four eight seven two two nine three one oh"])
  expect(found("agent: it's on the company's social media page\ncaller: four three one, two two, eight nine one two", "US_SSN")).toEqual([])
})
