// Review of holdout40's PERSON misses, by general rules: hellos of more languages, a ticket's @mention before a sentence,
// a surname in capitals after a role word. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a Hindi, Maltese, Luxembourgish, Bulgarian or Icelandic hello is no part of the name it greets", () => {
  expect(people("Namaste Kavya, your frames are ready.")).toEqual(["Kavya"])
  expect(people("Bongu Pawlu, the caravan is booked.")).toEqual(["Pawlu"])
  expect(people("Moien Jeannot, de Rendez-vous ass bestätegt.")).toEqual(["Jeannot"])
  expect(people("Здрасти Петър, поръчката е готова.")).toEqual(["Петър"])
  expect(people("Hæ Gunnar, takk fyrir síðast.")).toEqual(["Gunnar"])
})

test("a hello before an ordinary word greets no one", () => {
  expect(people("Namaste Everyone, the camp opens at nine.")).toEqual([])
  expect(people("Bongu Team, the office is closed today.")).toEqual([])
})

test("a ticket's mention before a sentence is the one word after the @, and a name after a role word is a name of its own", () => {
  expect(people("Paid on 3 May.\n\n@Declan Payroll confirmed the holiday pay.")).toEqual(["Declan"])
  expect(people("Paid on 3 May.\n\n@Declan Nächste Woche kommt die Zahlung.")).toEqual(["Declan"])
  expect(people("Booked.\n\n@Kofi Recruiter Abena Owusu is handling the placement.")).toEqual(["Kofi", "Abena Owusu"])
})

test("a mention with a first name after it keeps both, and an @ inside a line opens no mention", () => {
  expect(people("Done.\n\n@Maria Elena please check the frames.")).toEqual(["Maria Elena"])
  expect(people("@Priya Sharma can you take this one?")).toEqual(["Priya Sharma"])
  expect(people("Done.\n@Anna Weiss: please call the customer back.")).toEqual(["Anna Weiss"])
  expect(people("Ask sales@Example.com Support about it.")).toEqual([])
})

test("a surname in capitals before a given name after an eye-care or a site role, or a markdown field's bold key, is part of the name", () => {
  expect(people("Dispensing optician NOLAN Aoife fitted the frames.")).toEqual(["NOLAN Aoife"])
  expect(people("La optometrista RUIZ Elena sugiere revisión.")).toEqual(["RUIZ Elena"])
  expect(people("Velionis JONAITIS Petras bus pašarvotas salėje.")).toEqual(["JONAITIS Petras"])
  expect(people("Warden MENSAH Kofi checked the hook-up.")).toEqual(["MENSAH Kofi"])
  expect(people("**Customer:** 👤 NOLAN Aoife  \n**Phone:** on file")).toEqual(["NOLAN Aoife"])
})

test("a role word before a shouted ordinary word names no one", () => {
  expect(people("Dispensing optician URGENT fitted the frames today.")).toEqual([])
  expect(people("The warden ASAP Anna said the gate is open.")).toEqual(["Anna"])
})

test("a CSV's or a form's surname column in Latvian, Slovenian, Catalan, Lithuanian or Icelandic holds a name", () => {
  expect(people("nr.,uzvārds,vārds,tālrunis\nA-1,Kalniņa,Ilze,+371 26 111 222")).toEqual(["Kalniņa", "Ilze"])
  expect(people("id;priimek;ime;telefon\nK-7;Horvat;Maja;041 222 333")).toContain("Horvat")
  expect(people("ref.,cognoms,nom,telèfon\nR-2,Ferrer,Jordi,612 345 678")).toContain("Ferrer")
  expect(people("Vardas: Rasa\nPavardė: Kazlauskienė\nTelefonas: 861234567")).toContain("Kazlauskienė")
  expect(people("Fornafn: Helga\nEftirnafn: Ólafsdóttir\nSími: 555 1234")).toContain("Ólafsdóttir")
})

test("a column that is no name's holds no name", () => {
  expect(people("nr.,prece,daudzums\nA-1,Kafija,2")).toEqual([])
})

test("where a trip goes, or a place named by the river it stands on, is no person", () => {
  expect(people("Peregrinación a Lourdes en mayo.")).toEqual([])
  expect(people("Excursió a Núria dissabte.")).toEqual([])
  expect(people("Výlet bol pekný. Maria pod Tatrami je krásna.")).toEqual([])
})

test("whom a letter is written to, or a name before a lower-case word, is still a name", () => {
  expect(people("Le escribí a Marisol ayer.")).toEqual(["Marisol"])
  expect(people("Maria nad kuchyní vaří.")).toEqual(["Maria"])
})

test("whom a funeral notice remembers is named, a word no list knows included", () => {
  expect(people("Burial on Friday. In loving memory of Aperahama Te Kani.")).toEqual(["Aperahama Te Kani"])
  expect(people("In memory of Tamati Ruatapu, who loved the sea.")).toEqual(["Tamati Ruatapu"])
})

test("what else a text remembers is no name", () => {
  expect(people("In loving memory of our founder, the shop closes early.")).toEqual([])
})
