// Review of holdout46's PERSON misses: names in a vCard's `N:` field, an invitation's `CN=` and a mail header's display
// name written surname first (`Last, First <address>`). Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

const card = (n: string, fn: string, org = "Harbour Dental") => `Added to the CRM.\n\nBEGIN:VCARD\nVERSION:3.0\nN:${n}\nFN:${fn}\nORG:${org}\nTEL;TYPE=cell:+44 7700 900123\nEND:VCARD`

test("a vCard's structured name gives its family and its given name, particles kept with the family name", () => {
  expect(people(card("Okonkwo;Adaeze;;;", "Adaeze Okonkwo"))).toEqual(["Okonkwo", "Adaeze", "Adaeze Okonkwo"])
  expect(people(card("de la Fuente;María José;;;", "María José de la Fuente"))).toEqual(["de la Fuente", "María José", "María José de la Fuente"])
})

test("a vCard's company card names no person in its N field", () => {
  expect(people(card("Harbour Dental Group;;;;", "Harbour Dental Group"))).toEqual([])
  expect(people("Notes:\nN: 4; ok\nNOTE:Call back Tuesday")).toEqual([])
})

const invite = (cn: string) => `BEGIN:VEVENT\nDTSTART:20270112T090000Z\nSUMMARY:Refund review\nORGANIZER;CN=${cn}:mailto:x1@example.org\nEND:VEVENT`

test("an invitation's organiser or attendee is one name, surname first or not", () => {
  expect(people(invite(`"Mbeki, Thandiwe"`))).toEqual(["Mbeki, Thandiwe"])
  expect(people(invite(`"van der Linde, Marieke"`))).toEqual(["van der Linde, Marieke"])
  expect(people(invite("Tomasz Wiśniewski"))).toEqual(["Tomasz Wiśniewski"])
})

test("an invitation's room or team is no person", () => {
  expect(people(invite(`"Meeting Room, Level 2"`))).toEqual([])
  expect(people(invite("Billing Support Team"))).toEqual([])
})

test("a mail header's display name written surname first is one name, after any header word", () => {
  expect(people("See below.\n\nFrom: Lindqvist, Astrid <a.lindqvist@example.se>\nSent: Monday")).toEqual(["Lindqvist, Astrid"])
  expect(people("See below.\n\nVan: \"de Graaf, Sanne\" <sanne@example.nl>\nVerzonden: maandag")).toEqual(["de Graaf, Sanne"])
})

test("a line opening with a word and a comma before an address is no surname-first name", () => {
  expect(people("Thanks, Support Desk <help@example.com>")).toEqual([])
})
