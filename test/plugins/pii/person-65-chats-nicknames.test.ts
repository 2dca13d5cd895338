// What a blind corpus of chats, notes and summaries (holdout73) wrote that the recognizers missed: a planner's role word
// before its name in a chat, a surname and given name after a role word, a customer's lower-case tag opening their
// turns, a nickname in brackets. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a planner's role word before a chat speaker's name is no part of it", () => {
  expect(people("Kunde: Hallo\nPlanerin Rieke: Sehr gern! Ihre Nummer?")).toEqual(["Rieke"])
  expect(people("Cliente: ciao\nProgettista Simona: Perfetto!")).toEqual(["Simona"])
  expect(people("Klant: hoi\nOntwerper Jeroen: Leuk!")).toEqual(["Jeroen"])
  // A support desk's word is followed by its firm as often: not a role word here.
  expect(people("Klient: dzień dobry\nWsparcie Kinoteka: w czym pomóc?")).toEqual([])
})

test("a surname and given name after a role word are one name, a title between them too; the role word stays out", () => {
  expect(people("Customer Delacroix-Whitfield, Anneliese called from home")).toEqual(["Delacroix-Whitfield, Anneliese"])
  expect(people("Member Adeyemi, Folasade broken down near J14")).toEqual(["Adeyemi, Folasade"])
  expect(people("Kundin Frau von der Heyden, Charlotte ruft an")).toEqual(["von der Heyden, Charlotte"])
  expect(people("Asegurada Hernández Xolalpa, Citlali: llanta ponchada")).toEqual(["Hernández Xolalpa, Citlali"])
  // A place and its district after a role word is none.
  expect(people("Customer Service, Leeds called back")).toEqual([])
})

test("a lower-case tag opening two turns, a given name, is the speaker; once, an everyday word, or over values, it is not", () => {
  expect(people("Web chat\nsiobhan: hiya my slot was 7pm\nAgent: can I take a number?\nsiobhan: 07984 428 306")).toEqual(["siobhan", "siobhan"])
  expect(people("Chat\nmaria jose: hola, la tele\nAgente: ¿teléfono?\nmaria jose: claro")).toEqual(["maria jose", "maria jose"])
  expect(people("Chat\nsiobhan: hiya my slot was 7pm\nAgent: sorted")).toEqual([])
  expect(people("notes\nwill: call back tomorrow\nwill: done")).toEqual([])
  expect(people("device\nmac: 00:1a:2b:3c:4d:5e\nmac: 00:1a:2b:3c:4d:5f")).toEqual([])
})

test("a nickname in brackets after a full name: quoted, said to be one, or opening as the given name does", () => {
  expect(people('Name: Ekaterina Volkov-Reyes ("Katya")')).toEqual(["Ekaterina Volkov-Reyes", "Katya"])
  expect(people("Anrufer: Herr Nguyen Van Duc (nennt sich Duc), Steinschlag")).toEqual(["Nguyen Van Duc", "Duc"])
  expect(people("Encarnación Molina (Encarni) reclama el robot")).toEqual(["Encarnación Molina", "Encarni"])
  expect(people("Anna Berg (Malmö) ringde om leveransen")).toEqual(["Anna Berg"])
  expect(people("Tom Hale (Manager) called about the invoice")).toEqual(["Tom Hale"])
})
