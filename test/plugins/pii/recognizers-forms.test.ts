// Forms and exports (holdout20's vet clinic, gym, solar installer and box office showed each): a surname in capitals
// after a person's key makes the next word a given name whatever list it is in; a pet's column or object holds
// animals; a first name before an id or document noun names a thing. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a person's key, then a surname in capitals: the given name after it is one with it, listed or not, everyday word or not", () => {
  expect(people("Owner: NGUYEN Kirrawee\nPet: Biscuit (Labrador x, 4y)")).toEqual(["NGUYEN Kirrawee"])
  expect(people("Surname, given name: NGUYEN Will\nMobile: 0415-320-574")).toEqual(["NGUYEN Will"])
  expect(people("Payee: DESJARDINS Bill\nSSN: on file")).toEqual(["DESJARDINS Bill"])
  expect(people("Status: URGENT Review")).toEqual([])
})

test("a pet's column and a pet's object hold animals' names", () => {
  expect(people('owner,pet,chip\n"Kylie Hartigan",Mabel,900022167005356')).toEqual(["Kylie Hartigan"])
  expect(people('{"owner":{"name":"Kylie Hartigan"},"pet":{"species":"dog","name":"Sunny"}}')).toEqual(["Kylie Hartigan"])
})

test("a first name right before an id or a document noun names a thing", () => {
  expect(people("Grant ref: HES-9393321")).toEqual([])
  expect(people("Re: Grant paperwork")).toEqual([])
  expect(people("Grant called back about the panels")).toEqual(["Grant"])
  expect(people("Thanks Grant, reference attached")).toEqual(["Grant"])
})

test("French and Romanian nom/nume after prenom/prenume hold the surname; Slovak priezvisko is a surname's key", () => {
  expect(people('{"client":{"prenom":"Aimé","nom":"Thériault","cellulaire":"+1 581"}}')).toEqual(["Aimé", "Thériault"])
  expect(people('{"prenume":"Floarea","nume":"Bălan"}')).toEqual(["Floarea", "Bălan"])
  expect(people('{"meno":"Ondrej","priezvisko":"Čierny"}')).toEqual(["Ondrej", "Čierny"])
  expect(people('{"first_name":"Ana","name":"Acme Support"}')).toEqual(["Ana"])
})

test("an animal's field, and words that are names elsewhere (Suma, Sammanfattning) opening a sentence", () => {
  expect(people("Email: a@b.ro\nAnimal: Bruno (câine)\nMicrocip: 642 587 52")).toEqual([])
  expect(people("Locuri F27. Suma 371,50 RON se returnează în cont.")).toEqual([])
  expect(people("📞 Sammanfattning (AI): Åsa Löfgren ringde om biljetterna")).toEqual(["Åsa Löfgren"])
})

test("a speaker tag: a machine's is a label, a company's holds its person in brackets", () => {
  expect(people("Siobhán Tierney (Events): Hiya Orla, we've Friday free")).toEqual(["Siobhán Tierney", "Orla"])
  expect(people("[10.41] SolTag ApS (Ingrid): Torsdag kl. 13.30 passer")).toEqual(["Ingrid"])
  expect(people("Nada (kunde): hej, jeg har et spørgsmål")).toEqual(["Nada"])
})

test("a mail's sender: a name before its address in angle brackets, or after a quote's date before 'wrote'", () => {
  expect(people("4.3.2025 Lumi Väisänen <lumi_v76@example.fi> kirjoitti:")).toEqual(["Lumi Väisänen"])
  expect(people("> On 07/02/2025 Sunny wrote:\n> Start date is 24/2")).toEqual(["Sunny"])
  expect(people("From: Support <help@example.com>")).toEqual([])
})

test("desks, firms and venues named after a first name are no people; a surname in capitals after a role noun is one with the name", () => {
  expect(people("[19:23] Box Office: Tonight's show starts at 8")).toEqual([])
  expect(people("Ring oss på 076-418 86 05 💪 /Stark Gym Täby")).toEqual([])
  expect(people("new PT contractor MACAULAY Ruaridh NI JZ766425C")).toEqual(["MACAULAY Ruaridh"])
  expect(people("Jun-Jun dela Cruz: Good pm po, can I swap seats")).toEqual(["Jun-Jun dela Cruz"])
  expect(people("[17:49] ailsa: aye its the new one")).toEqual(["ailsa"])
})
