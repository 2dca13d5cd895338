// What holdout69's first shot showed (exported threads: a desk's display name in a mail header, a messenger's bot, a
// travel card, a count in Italian, accented given names the list lacked), written again for this file with other names,
// desks and numbers.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const analyzer = createAnalyzer()
const people = (text: string) => analyzer.analyze(text).filter((f) => f.type === "PERSON").map((f) => text.slice(f.start, f.end))

test("a department's display name before its mailbox names a desk, in any language, whatever the local part", () => {
  expect(people("To: Payroll <payroll@bluefern.example>\nFrom: Hana Ueda <hana.ueda@bluefern.example>")).toEqual(["Hana Ueda"])
  expect(people("An: Buchhaltung <rechnungen@holzbau-kern.example>\nVon: Jonas Brehm <jb@holzbau-kern.example>")).toEqual(["Jonas Brehm"])
  expect(people("À : Facturation <compta@gite-des-pins.example>")).toEqual([])
  expect(people("Aan: Crediteuren <inkoop@vakwerk.example>")).toEqual([])
  expect(people("Do: Obsługa klienta <bok@meblarnia.example>")).toEqual([])
})

test("a surname alone or a given name before a mailbox is still a person's", () => {
  expect(people("Cc: Whitlock <j.whitlock@firm.example>")).toEqual(["Whitlock"])
  expect(people("To: Priya <priya@firm.example>")).toEqual(["Priya"])
  expect(people("From: Dieter Buchhaltung <d.b@x.example>")).toEqual(["Dieter Buchhaltung"])
})

test("a messenger export's bot is no person: a compound ending in -Bot, a chatbot in Swedish", () => {
  expect(people("[11.04.25, 10:02] Service-Bot: Ich verbinde Sie.\n[11.04.25, 10:03] Lena Hartung: Danke")).toEqual(["Lena Hartung"])
  expect(people("[2025-04-11 10:02] Chattbot: Jag kopplar dig vidare")).toEqual([])
  // A surname ending in -bot stays a name.
  expect(people("Spoke with Margaret Talbot today.")).toEqual(["Margaret Talbot"])
})

test("a greeting to both, a travel card and a count in words are no names", () => {
  expect(people("Hi both,\n\nThe refund has gone through.")).toEqual([])
  expect(people("[9:14 am] Kirra Walsh: my Opal card was charged twice")).toEqual(["Kirra Walsh"])
  expect(people("Il signor Bruno Sala ha chiamato tre volte oggi")).toEqual(["Bruno Sala"])
  expect(people("Énergies de Provence | Ligne directe : 04 91 22 37 80")).toEqual([])
  // A number word may still be a surname, and a given name that is one still a name with a surname.
  expect(people("Thanks, Otto Nove")).toEqual(["Otto Nove"])
  expect(people("Tre Jackson called about the lease.")).toEqual(["Tre Jackson"])
})

test("accented given names whose plain spelling the list held are known as written", () => {
  expect(people("05/04 Álvaro Ibáñez: cerrada")).toEqual(["Álvaro Ibáñez"])
  expect(people("Falei com a Cátia ontem")).toEqual(["Cátia"])
  expect(people("Agent: Ravinder\nOutcome: refund")).toEqual(["Ravinder"])
})

test("a first verb after a lower-case name in a message is no surname", () => {
  expect(people("hola álvaro necesito cambiar la cita")).toEqual(["álvaro"])
  expect(people("ciao sono giulia vorrei spostare l'appuntamento")).toEqual(["giulia"])
})

test("a person's surname that is also a desk's word, a -Bot surname and a name before card without an article stay names", () => {
  expect(people("Von: Einkauf Schmidt <schmidt@firma.example>")).toEqual(["Einkauf Schmidt"])
  expect(people("Ik heb Anke Jansen-Bot teruggebeld")).toEqual(["Anke Jansen-Bot"])
  expect(people("I gave Maria card details over the phone")).toEqual(["Maria"])
})
