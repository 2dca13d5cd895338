// People as contact lists, chat tags and Singapore's and Malaysia's Indian names write them: a given name then a number
// or an address in a list of whom to call, a desk's tag with its agent in brackets, `s/o` and `d/o` patronymics, and
// given names of Kenya, South Africa, Latvia and Estonia. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a given name followed by its number or address in a list is a person, not the place a number ends", () => {
  expect(people("Contacts: Ivana 01 2101 590, Dražen 098/857 6387, Snježana s.kos@example.hr")).toEqual(["Ivana", "Dražen", "Snježana"])
  expect(people("Kontakt: Reto 044 224 72 73, Urs +41 76 423 18 60")).toEqual(["Reto", "Urs"])
  // After a house number and a comma, a lone word is still the place (`…, Constanța`), a lot, a MAC, a city and its ZIP+4.
  expect(people("str. Mihai Viteazu nr. 5, Constanța")).toEqual([])
  expect(people("artikel 738981711, Lot 4621020. Felaktig")).toEqual([])
  expect(people("new address is Summer Brook Drive 5, Elizabeth 80563-5317.")).toEqual([])
  // After a preposition of place, a word is the place whatever follows it.
  expect(people("Depot in Regina 306-555-0199")).toEqual([])
})

test("everyday words that are also given names somewhere open no name alone", () => {
  expect(people("Nur zur Info: das Paket kommt morgen.")).toEqual([])
  expect(people("Siti web aggiornati. Siti chiusi domenica.")).toEqual([])
  expect(people("Palju Õnne sünnipäevaks!")).toEqual([])
  // With a cue before it, a name still.
  expect(people("Hi Siti, your booking is confirmed")).toEqual(["Siti"])
})

test("a desk's chat tag names its agent in brackets, not the desk", () => {
  expect(people("[13:22] Mendly (Will, agent): Hi! Can I take a number?")).toEqual(["Will"])
  expect(people("[09:31] Fixly (Ilze): Paldies! Tālrunis?")).toEqual(["Ilze"])
  // A person's tag with the desk in brackets stays the person's.
  expect(people("[11:15 AM] Rose (Heathergate): we can change the order of service")).toEqual(["Rose"])
})

test("`s/o` and `d/o` join a Tamil given name to the father's in one name", () => {
  expect(people("Emergency contact: Arjun s/o Krishnan - +65 6891 4226")).toEqual(["Arjun s/o Krishnan"])
  expect(people("Thanks,\nPriya d/o Ramasamy\n")).toEqual(["Priya d/o Ramasamy"])
})

test("given names of Kenya, South Africa, Latvia and Estonia are known", () => {
  expect(people("Present: Njeri Kamau, Zintle Mabuza and Tõnu Kask")).toEqual(["Njeri Kamau", "Zintle Mabuza", "Tõnu Kask"])
  expect(people("Callback for Kiprono, then Ilze.")).toEqual(["Kiprono", "Ilze"])
})

test("whoever can be reached on a number, and each item of a list of whom to call, is a person", () => {
  expect(people("Case: lost card. Arnab can be reached on 044 3884 0912.")).toEqual(["Arnab"])
  expect(people("Maarten bereikbaar op +32 3 525 64 72; beller per e-mail")).toEqual(["Maarten"])
  expect(people("Contacts - Princess on 0927/762 1992, Dindo on 02-7309-4982, Mary Grace via mg@example.ph")).toEqual(["Princess", "Dindo", "Mary Grace"])
  // A verb opening a sentence, and amounts after `på`, are no list of people.
  expect(people("The optometrist is unwell. Sorry! Rebook on +61 3 9472 1234")).toEqual([])
  expect(people("Hej! Autogirodragningen på 406 kr den 4 mars")).toEqual([])
})

test("a transcript's answer to a question for a person by their part (recipient?, child?) is a name", () => {
  expect(people("agent: thanks. recipient?\ncaller: geneviève tremblay on four one six\n")).toEqual(["geneviève tremblay"])
  expect(people("agent: lovely. child?\ncaller: priya bose\n")).toEqual(["priya bose"])
  // An answer to a question for no one is no name.
  expect(people("agent: thanks. anything else?\ncaller: joy to hear it, no\n")).toEqual([])
})
