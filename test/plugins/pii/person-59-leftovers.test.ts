// A relative's lower-case name before the number they are reached at, a caller's own name running into why they call,
// a colleague named with their desk or as whom to ask for, a note's line reporting a person's word, an unlisted given
// name after a person key, semicolon-parted pairs, and an item before its code. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a relative's lower-case name between 'my wife' and the number they are on is a name, in five languages", () => {
  expect(people("[00:00:52] caller: or my wife rose on plus one seven one three four five")).toEqual(["rose"])
  expect(people("[00:00:52] caller: or my wife charlotte on 07700 900123")).toEqual(["charlotte"])
  expect(people("[00:01:11] anrufer: oder mein mann mustafa unter null sechs vier eins zwei drei vier fünf")).toEqual(["mustafa"])
  expect(people("[00:00:50] appelant: ou mon mari julien au zéro sept cinquante-six quarante et un douze")).toEqual(["julien"])
  expect(people("[00:00:46] cliente: o a mi mujer elena al setecientos cuarenta cuatro, cuarenta y cinco, ochenta")).toEqual(["elena"])
  // Words that are no name there, and a relative not named.
  expect(people("caller: my husband usually at 0612345678 after six")).toEqual([])
  expect(people("beller: mijn man werkt op nul zes een twee")).toEqual([])
  expect(people("caller: my wife went on 12 may to the shop")).toEqual([])
  expect(people("appelant: ma femme est au zéro six douze")).toEqual([])
})

test("a caller's own lower-case name running into why they call is a name; an adverb's or a firm's words are not", () => {
  expect(people("[00:00:11] caller: yeah hi it's emma walker calling about my booking")).toEqual(["emma walker"])
  expect(people("[00:00:17] anrufer: ja hallo hier ist peter haddad es geht um meine anmeldung")).toEqual(["peter haddad"])
  expect(people("[00:00:17] cliente: sí hola soy ana zhou fernández llamo por mi reserva")).toEqual(["ana zhou fernández"])
  expect(people("caller: aqui é o joão silva ligo por causa da fatura")).toEqual(["joão silva"])
  // Everyday words, adverbs and firms before the same verbs are no name.
  expect(people("caller: it's super urgent calling about my order\ncaller: it's really urgent calling about my bill")).toEqual([])
  expect(people("agent: this is british gas calling about your meter\nanrufer: hier ist alles kaputt es geht um die rechnung")).toEqual([])
  expect(people("cliente: soy cliente nuevo llamo por la factura\ncliente: sono molto arrabbiata chiamo per la bolletta")).toEqual([])
})

test("a colleague named with their desk, and whom to ask for, are names; a desk's other words are not", () => {
  expect(people("Action: Grace from our accounts team will call you back.")).toEqual(["Grace"])
  expect(people("> Tariq from our accounts team will call you before 11:00.")).toEqual(["Tariq"])
  expect(people("> Souad de la comptabilité vous rappelle avant 11h.")).toEqual(["Souad"])
  expect(people("Acción: Jun de contabilidad le llamará antes de las 14:45.")).toEqual(["Jun"])
  expect(people("> Anisa dell'amministrazione la richiamerà.")).toEqual(["Anisa"])
  expect(people("Call 0800 444 4081 and ask for Mark, or email the desk.")).toEqual(["Mark"])
  expect(people("Emails from our support team are slow.")).toEqual([])
  expect(people("Refunds from the accounts department take 5 days.")).toEqual([])
  expect(people("Update from the billing team: all good. Please ask for Update on the order.")).toEqual([])
  expect(people("Someone from our accounts team will call you.")).toEqual([])
})

test("a note's line reporting a person's word by a listed name or two words is a name; one word no list holds is not", () => {
  expect(people("- Sarah says the lot L-25/195 was cancelled")).toEqual(["Sarah"])
  expect(people("- Según Wang Ionescu, nivel HIP-1 se canceló")).toEqual(["Wang Ionescu"])
  // A carrier's, a system's, a role's or a firm's word, and one surname alone.
  expect(people("- Evri says the parcel was left\n- Tracking says the parcel is late\n- Adeyemi says the lot was cancelled")).toEqual([])
  expect(people("- Customer says the parcel is late\n- Agent says the refund is due")).toEqual([])
  expect(people("- Selon Orange, le réseau est en panne\n- Google says the address is wrong\nAccording to Google Maps, it is closed")).toEqual([])
})

test("'Family, Given' alone on a person key's line needs no listed given name", () => {
  expect(people("Anrufer: Wiebe, Swetlana\nRückrufnummer: 0049 711 3942314")).toEqual(["Wiebe, Swetlana"])
  expect(people("Llamante: Mamani, Yessica\nNúmero de contacto: 0034 648 123 456")).toEqual(["Mamani, Yessica"])
  expect(people("Cliente: Lin, Xiaoling\nTel.: +39 324 977 6871")).toEqual(["Lin, Xiaoling"])
  expect(people("Location: Paris, France")).toEqual([])
})

test("pairs parted by semicolons are read one by one; a name before a code stays a name", () => {
  expect(people("name=Jonida Kola; phone=0039 327 087 5741; email=j.kola@example.com")).toEqual(["Jonida Kola"])
  expect(people("An die Kollegen Vertrieb Nord übergeben.")).toEqual([])
  // A name before a ticket's code stays a name (\`Brett SFT-80\`, German for board, is left to the words around it).
  expect(people("Assigned to Priya SUP-4412 for follow-up.")).toEqual(["Priya"])
})

test("who may call instead, whom to ask for on a number and whom to add as a contact, said in lower case, are names", () => {
  expect(people("caller: my husband art shevchuk may call instead from five oh")).toEqual(["art shevchuk"])
  expect(people("caller: please also add art shevchuk as a contact number five zero")).toEqual(["art shevchuk"])
  expect(people("caller: if i'm out ask for art on two one two nine six one three")).toEqual(["art"])
  expect(people("caller: it's emma walker again my number is oh seven")).toEqual(["emma walker"])
  expect(people("caller: please add this as a contact\ncaller: ask for help on two occasions")).toEqual([])
  expect(people("caller: my son may call tomorrow\ncaller: this is really annoying again")).toEqual([])
})
