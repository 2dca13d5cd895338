// Names after "the order is under" and "according to", surnames given on a call, "Family, Given" after a details key or
// in a table's first cell, firms' chat senders, and digit words title-cased. Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"

test("a name in capitals after 'the order is under', 'au nom de' or 'Procure por' is a person's", () => {
  expect(people("The order is under SIONE TUILAGI, phone +1 (720) 501-1871.")).toEqual(["SIONE TUILAGI"])
  expect(people("It should be under EMILY JOHNSON, phone +1 (503) 205-6308.")).toEqual(["EMILY JOHNSON"])
  expect(people("La commande est au nom de JEAN DUPONT, tél. 06 12 34 56 78.")).toEqual(["JEAN DUPONT"])
  expect(people("> Procure por TIAGO SILVA, telefone 934 670 204.")).toEqual(["TIAGO SILVA"])
  // What is under review is no one.
  expect(people("The account is under review since May.")).toEqual([])
})

test("'according to' before a known given name is no part of it, and before a noun or a firm names no one", () => {
  expect(people("Volgens Doğan is les HAT-0630 verplaatst.")).toEqual(["Doğan"])
  expect(people("Selon Marie, le cours est annulé.")).toEqual(["Marie"])
  expect(people("Laut Vertrag ist die Kündigung möglich. Selon Orange, la ligne est coupée.")).toEqual([])
  expect(people("It's under Warranty until May. Die Bestellung läuft auf Rechnung.")).toEqual([])
})

test("a surname said on a call, then spelled, is a name, in lower case too", () => {
  expect(people("[00:00:30] caller: the surname is shah that's s-h-a-h")).toEqual(["shah", "s-h-a-h"])
  expect(people("the surname is actually shah s-h-a-h")).toEqual(["shah", "s-h-a-h"])
  // A whole name found around it stays whole.
  expect(people("[00:00:33] caller: er yeah it's grace nkosi, that's n k o s i")).toEqual(["grace nkosi", "n k o s i"])
  expect(people("[00:00:27] anrufer: der nachname ist lombardi also l-o-m-b-a-r-d-i")).toEqual(["lombardi", "l-o-m-b-a-r-d-i"])
  expect(people("appelant: le nom c'est koç k-o-c")).toEqual(["koç", "k-o-c"])
  expect(people("beller: de achternaam is ait taleb t-a-l-e-b")).toEqual(["ait taleb", "t-a-l-e-b"])
  // Not spelled, a word after "the surname is" is what is said of it.
  expect(people("the surname is wrong on the invoice")).toEqual([])
  expect(people("the surname is the same as before")).toEqual([])
})

test("'Family, Given' after a details key, after a caller key in German or French, or in a table's first cell, is one name", () => {
  expect(people("> Details: Walker, Grace, grace_walker79@post.example.com, 07700 900123")).toEqual(["Walker, Grace"])
  expect(people("Daten: Lange, Felix, flange@example.net, Handy 0151 2345678")).toEqual(["Lange, Felix"])
  expect(people("Anrufer: Sprenger, Regula, 00423 786 61 22")).toEqual(["Sprenger, Regula"])
  expect(people("| Name | Number | Time |\n|---|---|---|\n| Kim, Minh | 212-908-4644 | 11:40am |")).toEqual(["Kim, Minh"])
  expect(people("Details: Paris, France, 3 nights")).toEqual([])
})

test("a full name under a table's Name column is a person's when the row holds a number of nine digits or more", () => {
  expect(people("| Name | Number | Time |\n|---|---|---|\n| Zubair Rahman | 07477 948976 | 6:15pm |")).toEqual(["Zubair Rahman"])
  expect(people("| Name | Date | Qty |\n|---|---|---|\n| Garden Hose | 12.03.2026 | 3 |")).toEqual([])
  expect(people("| Name | Code | Qty |\n|---|---|---|\n| Blue Widget | 4006381333931 | 3 |")).toEqual([])
})

test("a cheese cellar's or a surf school's chat sender is a firm; digit words title-cased are no name", () => {
  expect(people("[04/02/2026, 11:29] Hollowmere Cheese Cellar: La connexion depuis hier\n[04/02/2026, 11:30] Marie Dubois: merci")).toEqual(["Marie Dubois"])
  expect(people("Agent: I've Got The Certificate Number Here Nine Five Nine Six One Two Six Three")).toEqual([])
  expect(people("Thanks, Otto Nove")).toEqual(["Otto Nove"])
  // A surname that is also a trade's word stays a name.
  expect(people("I spoke with Charles Dance yesterday.")).toEqual(["Charles Dance"])
})

test("a relative's lower-case name, then 'at', then a number said after 'plus'; a number alone under a signature", () => {
  expect(phones("anrufer: oder meine frau elif unter plus neunundvierzig vierzig acht sechs vier null zwei sieben drei acht")).toEqual([
    "plus neunundvierzig vierzig acht sechs vier null zwei sieben drei acht",
  ])
  expect(phones("cliente: o a mi mujer elena al setecientos cuarenta cuarenta y ocho nueve cinco cero seis")).toHaveLength(1)
  expect(phones("Cordiali saluti,\nJian\n3993337957\n\nIl 20 settembre")).toEqual(["3993337957"])
  expect(phones("Regards,\nOrder\n07700900123")).toEqual([])
  expect(phones("mon numéro a changé : 06 40 61 57 91, non pardon, c'est le +33640617591")).toEqual(["06 40 61 57 91", "+33640617591"])
  expect(phones("the pupil number on the card is seven one zero three two seven eight one four eight zero two")).toEqual([])
  // A pupil's parent's phone is a phone; digits after two said words are a number's rest only nine digits in all.
  expect(phones("Parent of pupil: 07700 900123")).toEqual(["07700 900123"])
  expect(phones("bitte rufen Sie mich zurück unter null vierzig, 64819102. Danke.")).toEqual(["null vierzig, 64819102"])
  expect(phones("ma femme julie au deux trois, 45678 rue")).toEqual([])
  expect(phones("Kind regards,\nRechnungsnummer\n100234567")).toEqual([])
})

test("a log's agent with an initial, and a caller's key in Italian and Spanish", () => {
  expect(people("customer=jane@example.com; ref=TWY-52607; agent=A. Bennett")).toEqual(["A. Bennett"])
  expect(people("ts=1 agent=A. status=ok")).toEqual([])
  expect(people("Chiamante: Anisa Hoxha\nNumero da richiamare: 337 328 1234")).toEqual(["Anisa Hoxha"])
})

test("a lower-case name's surname never runs into a number said after it, so the phone is not lost to the name", () => {
  const spanish = "cliente: o a mi marido juan al seis uno dos tres cuatro cinco seis siete ocho"
  expect(people(spanish)).toEqual(["juan"])
  expect(phones(spanish)).toEqual(["seis uno dos tres cuatro cinco seis siete ocho"])
  expect(people("appelant: ou ma fille léa au zéro six un deux trois quatre cinq six sept huit")).toEqual(["léa"])
  expect(people("my name is ahmed al hassan")).toEqual(["ahmed al hassan"])
})
