// An agent who answers in Spanish, a colleague named before a callback, a chat's speaker tags in lower case after a bare
// clock, and a note headed by its customer's name in capitals. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("`le atiende` names whoever answers, even a name that is also a word; the words themselves are no name", () => {
  expect(people("Pastelería Dulce Hogar, le atiende Consuelo, ¿en qué puedo ayudarle?")).toEqual(["Consuelo"])
  expect(people("Clínica Dental Sonrisa, le atiende Begoña Ruiz, ¿en qué puedo ayudarle?")).toEqual(["Begoña Ruiz"])
  expect(people("CLÍNICA DENTAL SONRISA, LE ATIENDE BEGOÑA RUIZ, ¿EN QUÉ PUEDO AYUDARLE?")).toEqual(["BEGOÑA RUIZ"])
})

test("a colleague named before a callback, in the languages around", () => {
  expect(people("Mi compañera Marta le devolverá la llamada mañana.")).toEqual(["Marta"])
  expect(people("Ma collègue Sophie Martin vous rappellera demain.")).toEqual(["Sophie Martin"])
  expect(people("Moja koleżanka Agnieszka Nowak oddzwoni jutro.")).toEqual(["Agnieszka Nowak"])
  // The word with no name after it names nobody.
  expect(people("Mi compañera le devolverá la llamada mañana.")).toEqual([])
})

test("a chat's speaker tag in lower case after a bare clock is the name the speaker gave", () => {
  const chat = [
    "17:59 Travis: Harbour Cakes, Travis speaking, how can I help?",
    "18:00 madison kowalski: Hello, my name is Madison. It's about my order.",
    "18:04 madison kowalski: You can reach me by mail.",
    "6:05 pm madison kowalski: Thanks!",
  ].join("\n")
  expect(people(chat)).toEqual(["Travis", "Travis", "madison kowalski", "Madison", "madison kowalski", "madison kowalski"])
  // A lower-case tag that is no name given in the text stays a tag.
  expect(people("18:00 support bot: Hello, my name is Madison.\n18:01 support bot: How can I help?")).toEqual(["Madison"])
})

test("a note headed by its customer's name in capitals before a dash and a number to call", () => {
  expect(people("Customer called about the refund.\nNADIA OKONKWO — 07401 032155, nadia.okonkwo@example.com")).toEqual(["NADIA OKONKWO"])
  expect(people("20/09/2026 17:53 — SUTCLIFFE Dawn\nCustomer called about the certificate.")).toEqual(["SUTCLIFFE Dawn"])
  // A heading of one word in capitals is none.
  expect(people("Customer called about the refund.\nURGENT — 0161 496 0000")).toEqual([])
})

test("a name shouted at a note's head, then what it did in small letters or after a dash", () => {
  expect(people("NOTE January 29: RACHEL KOWALSKI rang again, 3rd time.")).toEqual(["RACHEL KOWALSKI"])
  expect(people("2026-10-16 HARRIET LEWIS — home improvement loan: forms sent")).toEqual(["HARRIET LEWIS"])
  // Shouted words that open with no given name are a remark.
  expect(people("PLEASE NOTE the new hours. CUSTOMER SERVICE called back.")).toEqual([])
})

test("a chat's answer to a question for the name, in small letters before the number, after a bare clock", () => {
  const chat = [
    "18:26 Stéphane: Can I take your full name and the phone number on the account?",
    "18:28 Visitor: avneet chen, 587-599-3514",
  ].join("\n")
  expect(people(chat)).toEqual(["Stéphane", "avneet chen"])
  const german = ["08:22 Lena: Können Sie mir Ihren Namen und Ihre Telefonnummer nennen?", "08:24 Kunde: dirk hoffmann, 0179-96066223"].join("\n")
  expect(people(german)).toEqual(["Lena", "dirk hoffmann"])
})

test("a speech-to-text turn asking for the name with no question mark, answered by the name alone", () => {
  const call = "[00:00:36] AGENT: and the name on the card\n[00:00:45] CALLER: nikos anderson\n[00:01:01] AGENT: and a number in case we get cut off"
  expect(people(call)).toEqual(["nikos anderson"])
  expect(people("[00:00:33] AGENTE: gracias y el titular\n[00:00:42] LLAMANTE: raúl iglesias ruiz\n[00:00:56] AGENTE: y un teléfono")).toEqual(["raúl iglesias ruiz"])
  // A thing's name asked for is no person's.
  expect(people("[00:00:36] AGENT: and the name of your street\n[00:00:45] CALLER: baker street")).toEqual([])
})
