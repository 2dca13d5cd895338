// A number said, corrected and said again nearly alike; a number in a bracket after a person's name; a relative who
// "is at" a number; a voicemail from a number and a callback to one in Brazilian Portuguese. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number said, then said again nearly alike after a correction: both are phones, however little named them", () => {
  expect(phones("caller: um it's eight one double seven, double nine three seven no wait, eight one double seven, double nine three six, sorry")).toEqual([
    "eight one double seven, double nine three seven",
    "eight one double seven, double nine three six",
  ])
  // Once with the country's code, once from the trunk 0.
  expect(phones("caller: it's plus four four, double seven five eight, seven seven eight one three nine no wait, oh double seven, five eight, double seven eight, one three eight")).toHaveLength(2)
  expect(phones("cliente: este es el ochenta y uno, sesenta y cuatro cuarenta y tres, setenta y ocho treinta y uno me equivoqué: ochenta y uno, 6443, siete ocho tres cero")).toHaveLength(2)
  expect(phones("appelant: c'est le cinq un quatre, quatre six neuf, neuf zéro trois deux pardon, cinq un quatre, quatre six neuf, neuf zéro trois un, c'est ça.")).toHaveLength(2)
})

test("a correction of some other number, or of a number unlike the first, names no phone", () => {
  expect(phones("the order is one two three four five six seven sorry one two three four five six eight")).toEqual([])
  expect(phones("caller: it's eight one double seven, double nine three seven no wait, four four two, one zero one five")).toEqual([])
  expect(phones("die Bestellnummer ist null eins sieben zwei drei vier fünf sechs, Entschuldigung, null eins sieben zwei drei vier fünf sieben")).toEqual([])
})

test("a number alone in a bracket after a sign-off and a name is theirs; after a thing's name it is not", () => {
  expect(phones("Serdecznie pozdrawiam, Joanna (505676891)")).toEqual(["505676891"])
  // After a sign-off's comma, closing the message's line; not inside a sentence after a comma.
  expect(phones("Forwarding the paperwork, Maria Lopez (456042645) has it now.")).toEqual([])
  expect(phones("Invoice Total (505676891)")).toEqual([])
  expect(phones("Order for Joanna (order 505676891)")).toEqual([])
})

test("a relative who is at a number, and Brazilian numbers after a voicemail's 'from' or a callback", () => {
  expect(phones("Αν δεν απαντήσω, η σύζυγός μου Ρένα είναι στο 6984359978.")).toEqual(["6984359978"])
  expect(phones("Wenn ich nicht rangehe: mein Mann Jens ist unter 0171 2345678.")).toEqual(["0171 2345678"])
  expect(phones("Mensagem de voz de 11 966048784, 25 de novembro às 15:13")).toEqual(["11 966048784"])
  expect(phones("ajustes do vestido, retorno no 912 345 678 depois das 17:04.")).toEqual(["912 345 678"])
  // Bare, the words await a reply or track a parcel.
  expect(phones("Prezados, aguardo retorno referente ao processo 123456789.")).toEqual([])
  expect(phones("No pudimos localizar el paquete 612345678.")).toEqual([])
  expect(phones("Pour rejoindre la réunion Teams, saisissez 845123456 puis #.")).toEqual([])
  // A relative's order number stays that.
  expect(phones("my son Tom is on order 66984359978 since May")).toEqual([])
})

test("a relative's number in a bracket after their name, and voicemail headers in Icelandic and Catalan", () => {
  expect(phones("Kaimiņiene Kristīne Ozola (24104739) var pieņemt sūtījumu.")).toEqual(["24104739"])
  expect(phones("Nágranninn Sigurður Kristjánsson (8323461) getur tekið við pakkanum.")).toEqual(["8323461"])
  expect(phones("Talhólf frá 7500018 · 11. sep. 2026 9:45 · Lengd 0:31")).toEqual(["7500018"])
  expect(phones("Missatge de veu de 629307301 · 15/12/2026 14:00")).toEqual(["629307301"])
  // A relative's order in the bracket stays an order.
  expect(phones("my son Tom (order 66984359) came")).toEqual([])
})

test("a second number said after 'or at work' in the caller's language is a phone, and 'anzi no' corrects", () => {
  expect(phones("anrufer: am besten unter null sechs sechs null, fünf dreiundachtzig, zweiunddreißig oder in der arbeit null eins, vier neunundvierzig, null drei, zweiundachtzig")).toHaveLength(2)
  expect(phones("volající: moje číslo je dvě stě devadesát, tři sta třicet jedna, osm set padesát dva nebo do práce sedm tři jedna, pět devadesát devět, tři sta šedesát devět")).toHaveLength(2)
  expect(phones("chiamante: il mio numero è tre nove tre quattro due nove sette anzi no tre nove tre... nove nove nove... quattro due nove quattro")).toHaveLength(2)
  // "Or" and a place that is no work or home stays what it is.
  expect(phones("anrufer: am besten unter null sechs sechs null, fünf dreiundachtzig, zweiunddreißig oder im portal null eins vier neun null drei acht zwei")).toHaveLength(1)
})

test("a sum or a count said and corrected is no phone; the caller's 'it's' before the first makes it one (review)", () => {
  expect(phones("The total came to four one five five five five zero one two three, no wait, four one five five five five zero one two four.")).toEqual([])
  expect(phones("caller: it's four one five five five five zero one two three, no wait, four one five five five five zero one two four.")).toHaveLength(2)
})
