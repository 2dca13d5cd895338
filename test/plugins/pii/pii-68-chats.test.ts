// What holdout68's first shot showed (chats whose speaker tag names a number, firms answering a call or greeted in a
// letter, a tenant's word), written again for this file with other names, firms and numbers.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const analyzer = createAnalyzer()
const found = (text: string, type: string) => analyzer.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

test("a chat's speaker tagged by a word for some number answers a question for a phone with one", () => {
  expect(found("Member: my parcel never came\nAgent (Vineyard Club): Sorry! I'll need a phone for the courier.\nMember: 720-481-2290, ask for the porter", "PHONE")).toEqual(["720-481-2290"])
  expect(found("Membre : bonjour, j'ai déménagé\nAgent : C'est noté ! Un numéro aussi ?\nMembre : oui 027 455 21 90", "PHONE")).toEqual(["027 455 21 90"])
  expect(found("Kunde: hallo\nAgent: Ihre Telefonnummer bitte?\nKunde: ja 0171 2345678", "PHONE")).toEqual(["0171 2345678"])
})

test("the tag's number is still no phone when the question asked for it, or the key names a number", () => {
  expect(found("Member: hi\nAgent: What's your member number?\nMember: 0612345678", "PHONE")).toEqual([])
  expect(found("Job no.: 0320 100 3744\nPhone: 20002574\nJob no.: 0425 993 7347", "PHONE")).toEqual(["20002574"])
  expect(found("agent: your ward and mobile\ncaller: mobile is 022 27 87 45 71\nagent: complaint number is 2033 5909 noted", "PHONE")).toEqual(["022 27 87 45 71"])
})

test("a firm answering a call before its agent's full name, a greeting or `here` is no person; the agent is", () => {
  expect(found("AGENT: Kellerei Rebhang, Jonas Weber, guten Tag.", "PERSON")).toEqual(["Jonas Weber"])
  expect(found("AGENT: Zonnedaken Limburg, goeiemiddag.", "PERSON")).toEqual([])
  expect(found("AGENT: Lexora Galway, Niamh here.", "PERSON")).toEqual(["Niamh"])
  // An outbound call greets its customer by name.
  expect(found("AGENT: Tom Baker, good morning.", "PERSON")).toEqual(["Tom Baker"])
})

test("a compound whose head is an organisation's noun opens a firm's name, greeted or after `von`", () => {
  expect(found("Hallo Tanzschule Rhythmus,\nich möchte meinen Kurs kündigen.", "PERSON")).toEqual([])
  expect(found("Hier ist Lena Vogt von Musikschule Harmonie, wie kann ich helfen?", "PERSON")).toEqual(["Lena Vogt"])
  expect(found("Ludwig van Beethoven wrote it", "PERSON")).toEqual(["Ludwig van Beethoven"])
})

test("a landlord's letter to its tenants names no one", () => {
  expect(found("Sehr geehrte Mieterinnen und Mieter,\ndie Nebenkostenabrechnung liegt bei.", "PERSON")).toEqual([])
  expect(found("Termin 9.12. 8:00. Mieter erreichbar unter 0664 123 4567.", "PERSON")).toEqual([])
})
