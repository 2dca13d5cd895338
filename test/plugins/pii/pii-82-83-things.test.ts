// holdout82's and holdout83's first shots, written afresh with other names and numbers: boats named like people, chat
// bots introducing themselves, an instructor's or a widow's word before a given name, driving schools, funeral homes,
// bookings and baggage desks as senders, addresses said in Hungarian, Romanian and German words with no mail word near,
// and a SIM's PUK.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const pii = createAnalyzer()
const of = (type: string, text: string) => pii.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))
const people = (text: string) => of("PERSON", text)

test("a boat under its key or column, or quoted in a line about a berth, is no person; its owner still is", () => {
  expect(people("Owner: Harriet Quill\nVessel: Charles Darwin\nLength: 11 m")).toEqual(["Harriet Quill"])
  expect(people("Eigner: Lukas Brandl\nBoot: Helene, 6,2 m, Außenborder")).toEqual(["Lukas Brandl"])
  expect(people("berth|owner|boat|mobile\nD04|Oskar Lindgren|Lady Jane|0701234567")).toEqual(["Oskar Lindgren"])
  expect(people('Hello Gwen,\nthe winter berth for "Ruby Tuesday" (10.4 m) is confirmed.')).toEqual(["Gwen"])
  expect(people('Il posto barca per "Stella Maris" è libero, signor Ferretti.')).not.toContain("Stella Maris")
})

test("a quoted name outside a line about boats, and a nickname between a person's names, stay people's", () => {
  expect(people('The tenant said "Petra Novak" signed the lease.')).toContain("Petra Novak")
  expect(people('Contact: Robert "Bobby" Okafor')).toContain("Robert")
})

test("a chat bot's own name is no person; the customer it greets still is", () => {
  expect(people("Bot: Hello Maeve! I'm Pilot, the booking assistant.")).toEqual(["Maeve"])
  expect(people("Bot: Ciao! Sono Tecla, l'assistente virtuale.")).toEqual([])
  expect(people("Agent: Hi! I'm Connor from the front desk.")).toEqual(["Connor"])
})

test("an instructor's, a teacher's or a widow's word before a given name is no part of it", () => {
  expect(people("Fahrlehrer Dominik: Hallo Jana, morgen um acht?")).toContain("Dominik")
  expect(people("Fahrlehrer Dominik: Hallo Jana, morgen um acht?")).not.toContain("Fahrlehrer Dominik")
  expect(people("Oktató Gábor: Szia! Kedden jó?")).toEqual(["Gábor"])
  expect(people("Die Witwe Gertrud ruft morgen zurück.")).toEqual(["Gertrud"])
  expect(people("Opettajasi Mikael tulee hakemaan klo 9.")).toEqual(["Mikael"])
})

test("driving schools, funeral homes and bookings or baggage desks sending mail are no people", () => {
  expect(people("From: Autoscuola Vittoria <info@example.it>\nTo: gino@example.it")).toEqual([])
  expect(people("Från: Trafikskolan Söder <info@example.se>")).toEqual([])
  expect(people("Bestattung Kogler: Die Verabschiedung von Franz Huber ist am Freitag.")).toEqual(["Franz Huber"])
  expect(people("De: Reservaciones <hola@example.mx>")).toEqual([])
  expect(people("From: Luggage CPT <lost.bags@example.com>")).toEqual([])
})

test("an address said whole in Hungarian, Romanian or German words is an e-mail, with no mail word before it", () => {
  expect(of("EMAIL", "Kapcsolat: szabo pont anna kukac pelda pont hu, köszönöm")).toEqual(["szabo pont anna kukac pelda pont hu"])
  expect(of("EMAIL", "Contact: ioana punct rusu at exemplu punct ro")).toEqual(["ioana punct rusu at exemplu punct ro"])
  expect(of("EMAIL", "Tochter Klara Binder: klara punkt binder at beispiel punkt at.")).toEqual(["klara punkt binder at beispiel punkt at"])
  expect(of("EMAIL", "we met at the point at the end of the pier")).toEqual([])
})

test("a SIM's PUK or PIN is no phone; a number named as the caller's still is", () => {
  expect(of("PHONE", "kunde: ICCID 8947080012345678901, PUK 04719265")).toEqual([])
  expect(of("PHONE", "PIN 4417, call me on 0612345678")).toEqual(["0612345678"])
})

test("a mobile written with every group set apart by a spaced slash is one phone; times so written are not", () => {
  expect(of("PHONE", "staré číslo 0905 / 318 / 224, nové 0911 62 48 05")).toEqual(["0905 / 318 / 224", "0911 62 48 05"])
  expect(of("PHONE", "Öffnungszeiten Mo-Fr 0800 / 1200 / 1400")).toEqual([])
})
