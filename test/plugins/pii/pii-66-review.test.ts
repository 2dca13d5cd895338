import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"
import { PARTICLES } from "../../../plugins/pii/recognizers/person-cues.ts"

// What a review of the rules holdout64 and holdout65 led to showed taken too far, written as the reviewer's probes.
const analyzer = createAnalyzer()
const found = (text: string, type: string) => analyzer.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

test("a table's bar parts a number from another cell's number, never from its own key's cell", () => {
  expect(found("Order no | 0612345678 | shipped", "PHONE")).toEqual([])
  expect(found("Ticket 88213 | Order no | 0612345678 | Priority | high", "PHONE")).toEqual([])
  expect(found("Kundennr. | 0221 9212422", "PHONE")).toEqual([])
  expect(found("Outage callbacks\nacct 88-10442-7 | 559-281-7740 | tree on line", "PHONE")).toEqual(["559-281-7740"])
})

test("a dot after a word that points at what follows, or after a date's day and month, ends no sentence", () => {
  expect(found("Su número de pedido es el siguiente. 0612345678", "PHONE")).toEqual([])
  expect(found("Please quote the reference shown below. 0161 496 0812", "PHONE")).toEqual([])
  expect(found("Kontonummer geändert am 12.03. 0612345678", "PHONE")).toEqual([])
  expect(found("Open tot 18.00. 020 612 4495", "PHONE")).toEqual(["020 612 4495"])
})

test("a generic key, a call's notes and times apart by a slash make no phone", () => {
  expect(found("I found your order. Details: 0612345678", "PHONE")).toEqual([])
  expect(found("Call wrap-up\n- Ticket 4471081542 closed\n- 4471081543 follow-up", "PHONE")).toEqual([])
  expect(found("Öffnungszeiten Mo-Fr 0800 / 1800", "PHONE")).toEqual([])
  expect(found("Termine: 0900 / 1030 / 1400", "PHONE")).toEqual([])
  expect(found("Vorgang 0123 / 456789", "PHONE")).toEqual([])
  expect(found("Service de la carte : 01 42 68 53 00", "PHONE")).toEqual(["01 42 68 53 00"])
})

test("a caller's name read back by the agent, the surname Fan and a list of branches keep their readings", () => {
  expect(found("AGENT: Radhika Venkataraman, thank you, I can see the account on Elm Road.", "PERSON")).toEqual(["Radhika Venkataraman"])
  expect(found("Dear Ms Fan,\nThank you for your patience.", "PERSON")).toEqual(["Fan"])
  expect(found("Customer: Fan, Wei", "PERSON")).toEqual(["Fan, Wei"])
  expect(found("Nearest branches:\n1. Harrogate, Victoria – 01423 500 111\n2. Leeds, Trinity – 0113 496 0000", "PERSON")).toEqual([])
})

test("an SSN asked for as `the SSN again` is read from the answer", () => {
  expect(found("AGENT: can I have the SSN again please\nCALLER: thats four three one, two two, seven eight nine one", "US_SSN")).toEqual(["four three one, two two, seven eight nine one"])
})

// A given name or a surname that is a name particle too (`Al`, `Van`) after a person's key threw inside a recognizer,
// which failed the whole text's analysis (`Customer: Smith, Al`).
test("`Surname, Given` of name particles after any key never fails the analysis", () => {
  expect(found("Customer: Smith, Al", "PERSON")).toEqual(["Smith, Al"])
  const words = [...PARTICLES, ...PARTICLES.map((p) => p[0]!.toUpperCase() + p.slice(1)), "Smith", "Al", "Li"]
  let failed = 0
  for (const key of ["Customer: ", "1. ", "Patient: "]) {
    for (const surname of words) for (const given of ["Al", "Van", "Der", "de", "Li"]) {
      try {
        analyzer.analyze(`${key}${surname}, ${given}\n`)
      } catch {
        failed++
      }
    }
  }
  expect(failed).toBe(0)
})

// What the blind corpus pii-holdout66 showed missed, written again in other words.
test("`Surname, Given` under any record's key but a place's or a chat speaker's, its given name a listed one", () => {
  expect(found("Lessee: KOWALCZYK, KATARZYNA\nVehicle: 2023 Audi Q5", "PERSON")).toEqual(["KOWALCZYK, KATARZYNA"])
  expect(found("Reisender: Schneider-Yılmaz, Aylin\nFlug HF 442", "PERSON")).toEqual(["Schneider-Yılmaz, Aylin"])
  expect(found("Acheteur : Durand, Hélène\nCommande : MP-4418-20931", "PERSON")).toEqual(["Durand, Hélène"])
  expect(found("Route: Leeds, Victoria", "PERSON")).toEqual([])
  expect(found("Kids: Lucas, Emma.", "PERSON")).toEqual(["Lucas", "Emma"])
  expect(found("[12:55] Visitor: Details: Thompson, Harry, thompson.harry@mail.example", "PERSON")).toEqual(["Thompson, Harry"])
})

test("a desk answering a call with a greeting or its agent offering help is no name; an SSN asked for earlier in the line", () => {
  expect(found("OPERATRICE: Traslochi Fratelli Serchio, buongiorno.\nCLIENTE: Buongiorno", "PERSON")).toEqual([])
  expect(found("AGENT: Funkstern Roaming-Hotline, Timo, was kann ich tun?\nANRUFER: hallo", "PERSON")).toEqual(["Timo"])
  expect(found("AGENT: Maria Lopez, good morning, this is Davide from Acme.\nCALLER: yes", "PERSON")).toEqual(["Maria Lopez", "Davide"])
  const asked = "AGENT: I'll need the subscriber's social security number to add a dependent.\nCALLER: Sure. It's five three one… hold on… five three one, two eight, four four zero six.\nAGENT: five three one, two eight, four four zero six. Thank you."
  expect(found(asked, "US_SSN")).toEqual(["five three one, two eight, four four zero six", "five three one, two eight, four four zero six"])
  expect(found("agent: your ssn and a phone number please\ncaller: four oh seven five five two nine one three", "US_SSN")).toEqual([])
})

test("a member's or a customer's desk names no number: its number is a phone", () => {
  expect(found("Questions? Call Member Services at 1 (888) 555-0139, TTY 711.", "PHONE")).toEqual(["1 (888) 555-0139"])
  expect(found("Member 0612 345 678", "PHONE")).toEqual([])
})

test("a pharmacist's or a team leader's role, and German `Unser`, stay out of the name after them", () => {
  expect(found("[Tue 7:13 PM] Pharmacist Rashida: I'm so sorry", "PERSON")).toEqual(["Rashida"])
  expect(found("Unser Teamleiter Kemal meldet sich am Vortag unter +49 30 1234567", "PERSON")).toEqual(["Kemal"])
})

// A second review's probes, on the rules holdout66 led to.
test("a category's or a room's key before `Word, Given` names no person; an outbound call's caller keeps their name", () => {
  expect(found("Category: Refund, Faith", "PERSON")).toEqual([])
  expect(found("Room: Superior, King", "PERSON")).toEqual([])
  expect(found("AGENT: Maria Teresa Lopez, buongiorno, sono Giulia.", "PERSON")).toEqual(["Maria Teresa Lopez", "Giulia"])
})

test("nine digits answering another number's question after an SSN's mention stay no SSN; a member desk's id no phone", () => {
  expect(found("AGENT: Got the SSN. What's the policy number?\nCALLER: yes, policy is one two three four five six seven eight nine", "US_SSN")).toEqual([])
  expect(found("AGENT: I see your SSN is on file, so I just need your account number.\nCALLER: four four one two three six seven eight nine", "US_SSN")).toEqual([])
  expect(found("Member services id 0161 496 0812", "PHONE")).toEqual([])
})

test("a long chain of hyphenated given names is read in linear time and never fails the analysis", () => {
  expect(() => analyzer.analyze(`Called ${"Ana-".repeat(20000)}Maria back.`)).not.toThrow()
})
