// Review of holdout41's PERSON misses, by general rules: a ticket's @mention in lower case, more hellos, a lower-case full
// name after a greeting or an introduction, quoted actors in logs, names in capitals after a name's key or a sender's
// header, surname keys of more languages. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"
import { ownFullNames } from "../../../plugins/pii/recognizers/person-lower-names.ts"
import { nameWords } from "../../../plugins/pii/recognizers/person.ts"

test("a ticket's mention in lower case of a listed first name is a person, in any script", () => {
  expect(people("Fixed on Monday.\n\n@moira Mechanic Callum Reid fitted the new brakes.")).toEqual(["moira", "Callum Reid"])
  expect(people("Готово.\n\n@ольга проверь, пожалуйста.")).toEqual(["ольга"])
  expect(people("Έτοιμο.\n\n@ελένη δες το αύριο.")).toEqual(["ελένη"])
  expect(people("Klart.\n\n@anna-karin kolla bromsen.")).toEqual(["anna-karin"])
})

test("a group mention, a desk's handle, an address or a word after @ is no person", () => {
  expect(people("Fixed.\n\n@here Mechanic on leave, please reassign.")).toEqual([])
  expect(people("Fixed.\n\n@support please close the ticket.")).toEqual([])
  expect(people("Write to moira@example.com about it.")).toEqual([])
  expect(people("Fixed.\n\n@brakes need checking again.")).toEqual([])
})

test("a Scots, Texan, Swahili, Galician or Swiss hello greets the name after it, not itself", () => {
  expect(people("Aye Morag,\n\nYour membership is renewed.")).toEqual(["Morag"])
  expect(people("Howdy Dolores,\n\nYour loan form is in.")).toEqual(["Dolores"])
  expect(people("Jambo Wanjiru, the heater is fixed.")).toEqual(["Wanjiru"])
  expect(people("Bos días, Xoán,\n\nA cota está renovada.")).toEqual(["Xoán"])
  expect(people("Sali Urs!\n\nDi Mitgliedschaft isch verlängeret.")).toEqual(["Urs"])
  expect(people("Hey there Priscilla,\n\nA question about the loan.")).toEqual(["Priscilla"])
})

test("a hello before an ordinary word greets no one", () => {
  expect(people("Howdy folks, the shop opens at nine.")).toEqual([])
  expect(people("Good day everyone, the gallery is closed today.")).toEqual([])
})

test("a lower-case full name after a greeting or an introduction is read whole", () => {
  expect(people("Hey there dolores whitfield, your call-out is booked.")).toEqual(["dolores whitfield"])
  expect(people("Hola ximena ortúzar pizarro, tu visita es mañana.")).toEqual(["ximena ortúzar pizarro"])
  expect(people("Hello, this is gerald pemberton calling back about the boiler.")).toEqual(["gerald pemberton"])
  expect(people("Здравствуйте, это ольга смирнова, перезвоните мне.")).toEqual(["ольга смирнова"])
  expect(people("Hola, habla ana lucía mejía torres, mi número cambió.")).toEqual(["ana lucía mejía torres"])
})

test("a greeting or an introduction before everyday words names no one", () => {
  expect(people("Hello, this is fine now, thanks.")).toEqual([])
  expect(people("Hi will do, thanks.")).toEqual([])
  expect(people("Hola buenas tardes, ¿cómo está?")).toEqual([])
  expect(people("ID 601. Это любовь к животным.")).toEqual([])
})

test("reading a lower-case name after a cue takes time in proportion to the text", () => {
  const words = { isListedFirst: nameWords.isListedFirst, isOrdinary: nameWords.isOrdinary }
  expect(ownFullNames(`hello, ${"this is ".repeat(20_000)}`, words)).toEqual([])
  expect(ownFullNames(`${"hi a ".repeat(20_000)}`, words)).toEqual([])
})

test("a log's quoted name, lower case with its particles, and a quoted actor are persons", () => {
  expect(people('2026-01-02T10:00:00Z INFO event=callback name="lindiwe van der berg" phone=+27 82 555 0101')).toEqual(["lindiwe van der berg"])
  expect(people('2026-01-02T10:00:00Z INFO event=refund_approved amount=12 by="Sipho"')).toEqual(["Sipho"])
  expect(people('{"level":"INFO","msg":"assigned","to":"Tiiu Saar","took_ms":41}')).toEqual(["Tiiu Saar"])
})

test("a log's quoted placeholder or state is no person", () => {
  expect(people('2026-01-02T10:00:00Z INFO event=refund_approved by="system"')).toEqual([])
  expect(people('2026-01-02T10:00:00Z INFO event=created name="Default" plan="Basic"')).toEqual([])
})

test("a name in capitals after a name's key, a sender's header or an introduction is a person", () => {
  expect(people("Date: 2026-03-01\nEng./Staff: HAMISH DRUMMOND-KERR\nPhone: 07700 900123")).toEqual(["HAMISH DRUMMOND-KERR"])
  expect(people("Имя: ОЛЬГА ПЕТРОВА · Телефон: +7 812 000 00 00")).toEqual(["ОЛЬГА ПЕТРОВА"])
  expect(people("---------- Forwarded message ----------\nSaatja: MARGUS TAMM <mtamm@example.ee>\nSaadetud: täna")).toEqual(["MARGUS TAMM"])
  expect(people("> Меня зовут ОЛЬГА ПЕТРОВА.\n> Звоните.")).toEqual(["ОЛЬГА ПЕТРОВА"])
})

test("words in capitals after a sender's header with no address, or after another key, stay as they are", () => {
  expect(people("From: FRONT DESK\nSubject: KEYS")).toEqual([])
  expect(people("Status: AWAITING PARTS\nPhone: 07700 900123")).toEqual([])
})

test("a surname's key in Estonian, Russian, Greek or Galician, and a whole name's key, hold a name", () => {
  expect(people("Nome completo: XIANA CASTRO RIAL\nTeléfono: 981 00 00 00")).toEqual(["XIANA CASTRO RIAL"])
  expect(people("Eesnimi: Tiiu\nPerenimi: Saar\nTelefon: +372 5555 0000")).toEqual(["Tiiu", "Saar"])
  expect(people("Имя: Ольга\nФамилия: Петрова\nТелефон: 8 (900) 000-00-00")).toEqual(["Ольга", "Петрова"])
  expect(people("Όνομα: Ελένη\nΕπώνυμο: Ραφτοπούλου\nΤηλέφωνο: 210 000 0000")).toEqual(["Ελένη", "Ραφτοπούλου"])
  expect(people("Nome: Xoán\nApelidos: CASTRO RIAL\nTeléfono: 981 00 00 00")).toEqual(["Xoán", "CASTRO RIAL"])
})

test("a table with a surname's or a given name's column holds the other part of the name under its `name` column", () => {
  expect(people("Apellidos;Nombre;Teléfono\nOyarzún Pizarro;Ximena;+56 9 5555 0000\n")).toEqual(["Oyarzún Pizarro", "Ximena"])
  expect(people("Nume;Prenume;Telefon\nDrăgulescu;Ionuț;0721 000 000\n")).toEqual(["Drăgulescu", "Ionuț"])
  expect(people("Name,Plan,Phone\nBasic Saver,Gold,0161 000 0000\n")).toEqual([])
})

test("a log's lower-case name before a phone is read whole, a first name that is also a word included; a state is not", () => {
  expect(people('2026-01-02T10:00:00Z INFO event=callback name="bill oyelaran" phone=+1 512 555 0100')).toEqual(["bill oyelaran"])
  expect(people('2026-01-02T10:00:00Z INFO event=callback name="pending review" phone=+1 512 555 0100')).toEqual([])
})

test("Estonian `Siin` (here is) introduces the name after it", () => {
  expect(people("> Tere, Rasmus,\n> Siin Külli Lepp.\n> Helistage mulle.")).toEqual(["Rasmus", "Külli Lepp"])
  expect(people("Siin on kõik korras.")).toEqual([])
})
