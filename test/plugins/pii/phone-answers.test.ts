// Phones (and one IBAN) written as a chat answers, a table lists and the Baltic languages and Turkish name them: the answer to a question
// for a number, "other" and "new" number in Lithuanian, Latvian, Estonian and Turkish, a voicemail's header, a table whose
// first column joins a name and a surname, a list of given names and their numbers; and reference numbers grouped in
// dashes as no plan writes a phone. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a speaker's line answering a question for a number is a phone, wherever it rings", () => {
  const chat = (answer: string) => `[10:02] Agent Lee: Could we get a number, just in case we get cut off?\n[10:03] Ama: ${answer}\n`
  // A Jamaican number read in the North American plan, a Wellington landline, a Lagos mobile.
  expect(phones(chat("876-555-0142 thanks"))).toEqual(["876-555-0142"])
  expect(phones(chat("(04) 472 9160"))).toEqual(["(04) 472 9160"])
  expect(phones(chat("0803 555 0142"))).toEqual(["0803 555 0142"])
  // `In case` names no case: a question for a case number still names some other number.
  expect(phones("[10:02] Agent: What is the case number?\n[10:03] Ama: 70210554\n")).toEqual([])
  // A form's key is no speaker, and a line that asks nothing is no question.
  expect(phones("Reference (internal, do not share): AB12\nUTR: 8143321907\n")).toEqual([])
  expect(phones("agent: enter your pin now please\ncaller: yeah 41915435 done\n")).toEqual([])
})

test("`other` and `new` number in Lithuanian, Latvian, Estonian and Turkish name a phone", () => {
  expect(phones("Kitas numeris:861234567")).toEqual(["861234567"])
  expect(phones("Cits numurs: 00371 67 123 456")).toEqual(["00371 67 123 456"])
  expect(phones("Teine number: 5123-4567")).toEqual(["5123-4567"])
  expect(phones("Mari Tamm uus number51234567 - palun uuendage")).toEqual(["51234567"])
  expect(phones("Ayşe Kaya yeni numara05321234567 - lütfen güncelleyin")).toEqual(["05321234567"])
  expect(phones("diğer numaram:0216-123-45-67 veya sonra")).toEqual(["0216-123-45-67"])
})

test("a voicemail's header names the caller's number in the languages of the default regions", () => {
  expect(phones("Telefonsvarer fra 20123456, 3. marts 2027:")).toEqual(["20123456"])
  expect(phones("Kõneposti sõnum numbrilt 6123456, 7. mai:")).toEqual(["6123456"])
  expect(phones("Balss ziņa no 63-123-456, 2026. gada 1. martā:")).toEqual(["63-123-456"])
  expect(phones("volající k zastižení na 770-123-456.")).toEqual(["770-123-456"])
})

test("a table's column of a phone under a header cell joining two names is read as that column", () => {
  const table = "Vārds, uzvārds\tTālrunis\tCits numurs\tE-pasts\nJānis Ozols\t67.123.456\t23.456.789\tjanis@example.lv\n"
  expect(phones(table)).toEqual(["67.123.456", "23.456.789"])
  // A CSV's fields: a number after another field's digits and a comma is no amount's decimals.
  expect(phones("Ime,Telefon,Drugi broj,E-pošta\nIvo Kos,0951234567,098-123-4567,ivo@example.hr\n")).toEqual(["0951234567", "098-123-4567"])
  expect(phones("Total 12,345,678 paid")).toEqual([])
})

test("a phone field's dotted value, a `+` number before a capital, `2nd no:` glued: all phones", () => {
  expect(phones("Telefon: 🇭🇺 06.1.234.5678\n")).toEqual(["06.1.234.5678"])
  expect(phones("értesítendő személy Kiss Anna +36 20 123 4567 A csomag a pultnál.")).toEqual(["+36 20 123 4567"])
  expect(phones("cb +44 20 7946 0958 // 2nd no:07700 900123 / eml")).toEqual(["+44 20 7946 0958", "07700 900123"])
})

test("given names alone, each with its number, as a list of whom to call", () => {
  expect(phones("Familie Lien: Sigrid 46.71.23.00, Ståle 45 12 34 56, Åse ase@example.no")).toEqual(["46.71.23.00", "45 12 34 56"])
  // A place or a batch alone before a number is no list of people, nor are names given to things.
  expect(phones("Depots: Georgia 2128-846, Florida 3391-221")).toEqual([])
  expect(phones("Serials, Amelia 4471223109, Grace 4471223110")).toEqual([])
  expect(phones("Cows: Daisy 20123456, Bella 20123457")).toEqual([])
  // Someone `now on` a number, after a bracketed role.
  expect(phones("Deposit paid. Tanisha Brown (parent) now on 876/555 0142 - old number no longer in use.")).toEqual(["876/555 0142"])
})

test("a reference grouped in dashes as no numbering plan writes a phone is no phone; a phone so grouped still is", () => {
  // Read as a North American number, which is written 3-3-4 only, or as no plan groups it at all.
  expect(phones("hi its about item 539-4258-943 please")).toEqual([])
  expect(phones("Nr. 592-6415-691, kapp LK422-B.")).toEqual([])
  // A trunk 0, or the plan's first group (an Italian or a Polish mobile's prefix), make the grouping a phone's.
  for (const phone of ["347-1234-567", "087-1234-567", "030-1234-567", "0151-2345-678", "501-2345-67", "079-123-456-7", "0812-3456-789", "0470-123-45-6"]) {
    expect(phones(`Notes: spoke to caller, ${phone}, will follow up`)).toEqual([phone])
  }
})

test("a question for some other number is no question for a phone, and `in case` before a number names a case", () => {
  expect(phones("Agent: Can I get the account number, it's on your statement?\nCustomer: 31926819")).toEqual([])
  expect(phones("Agent: Could you read out the number on the back of the device?\nCustomer: 7788 1234 5566")).toEqual([])
  expect(phones("Documents filed in case 0207431882 yesterday")).toEqual([])
  // A mailbox is not always a voicemail's.
  expect(phones("Mailbox 4471223109 at the depot is full")).toEqual([])
})

test("a time after a dash, a US date, a stamp in brackets after a + number: none is the number's", () => {
  expect(phones("please call back on (617) 555-0142 - 1:30 pm. thanks")).toEqual(["(617) 555-0142"])
  expect(phones("please call back on +63 917 305 5177 10/18/2027 before noon")).toEqual(["+63 917 305 5177"])
  expect(phones("Voicemail from +4917634120789 (03/26/2026, 10:15 am):")).toEqual(["+4917634120789"])
  expect(phones("Messaggio vocale da +39 347 598 1904 (10 luglio 2026, 7:10)")).toEqual(["+39 347 598 1904"])
  // A `+` number's own bracket stays in it.
  expect(phones("call +1 (617) 555-0142 or +44 (0)20 7946 0958")).toEqual(["+1 (617) 555-0142", "+44 (0)20 7946 0958"])
})

test("a chat speaker glued to the number, a log's to=, and `on` in the list's language", () => {
  expect(phones("[14:17] Agent: Danke! Telefon?\n[14:18] Frank:030/92815475\n")).toEqual(["030/92815475"])
  expect(phones("2026-03-01T10:00:00Z INFO booking.saved to=0285973827 ref=LL-5874498")).toEqual(["0285973827"])
  expect(phones("Contatos - Letícia no 11-3531-2337, Graça no 51.3939.7625")).toEqual(["11-3531-2337", "51.3939.7625"])
  expect(phones("favor retornar no (11) 3726-1001. Obrigada")).toEqual(["(11) 3726-1001"])
  // A key glued to a value is no speaker without a chat's stamp, and a log's other keys name no phone.
  expect(phones("2026-03-01T10:00:00Z INFO booking.saved ref=0285973827 user=ann")).toEqual([])
})

test("an IBAN right after a code whose letters read as an IBAN's start is still found", async () => {
  const { found } = await import("./spans.ts")
  expect(found("Refund to (delivery address): SK424424A IBAN IE07 JNZH 6233 5157 8964 63. 2026/INV/8799", "IBAN")).toEqual(["IE07 JNZH 6233 5157 8964 63"])
})
