// Phones in log lines and shorthand notes: a phone's key glued to its number by a colon, an extension after the
// number, a time right after it (`18:45`, the French and Swiss `20h20`), and an Aadhaar number that is no phone.
// Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"
import { verhoeff } from "../../../plugins/pii/recognizers/checksums.ts"

test("a phone's key glued to the number by a colon names it, whatever comes before on the line", () => {
  expect(phones("09:02 ivr opt 3 transferred, courier Ines mob:+44 7911 123456")).toEqual(["+44 7911 123456"])
  expect(phones("14:40 callback requested cell:212/555 0187 lang=en")).toEqual(["212/555 0187"])
  expect(phones("rec 77 cb:0161 496 0734")).toEqual(["0161 496 0734"])
  // Not a phone's key: a serial glued to its label stays a serial.
  expect(phones("14:40 unit sn:4471829 ok")).toEqual([])
})

test("an extension after a number makes it a phone, in the forms written without a phone word", () => {
  expect(phones("surveyor Dana Royce on 3125550147 ext. 204 for the roof")).toEqual(["3125550147"])
  expect(phones("tenant reachable at 646/555 0133 x17 after six")).toEqual(["646/555 0133"])
  // A slash with no trunk and no extension is as often a reference: still nothing.
  expect(phones("file 646/5550133 closed")).toEqual([])
})

test("a time right after a number is no group of it", () => {
  expect(phones("véhicule rendu, rappel 079 224 08 34 20h20")).toEqual(["079 224 08 34"])
  expect(phones("Fahrzeug ok, Rückruf 076/451 34 54 18:45")).toEqual(["076/451 34 54"])
  expect(phones("cb 0041 78 711 39 17 17h00")).toEqual(["0041 78 711 39 17"])
  // A date's day before the time is a date's, not a number's last group.
  expect(phones("room 327 2025-12-22 13:49 cleaned")).toEqual([])
})

test("an Aadhaar number (twelve digits in fours, its Verhoeff check holding) is no phone unless a phone is named", () => {
  expect(verhoeff("234123412346")).toBe(true)
  expect(verhoeff("234123412347")).toBe(false)
  expect(phones("kyc done: 2341 2341 2346 verified, cb 0091 98450 12345")).toEqual(["0091 98450 12345"])
})

test("a number right after a person's name and a comma is how to reach them", () => {
  expect(phones("roofer: Joakim Lindqvist, 40816275; glazier: Tove Berg, 0701234567")).toEqual(["40816275", "0701234567"])
  // After words that are no name, the same digits stay unread.
  expect(phones("batch run, 40816275 rows")).toEqual([])
})

test("a date written with spaces, a time after it or not, is no phone unless a phone is named", () => {
  expect(phones("2025 03 12 14:30:22 INFO started")).toEqual([])
  expect(phones("RDV le 28 11 2024 17h00 confirmé")).toEqual([])
  expect(phones("reply before 19 05 2026 please")).toEqual([])
  expect(phones("tel 06 12 34 56 78 18h30")).toEqual(["06 12 34 56 78"])
})

test("a phone word typed against its number, and a colon-glued phone word of any language, still name it", () => {
  expect(phones("prompt re meds. tel973 451 4998 / mob07503 764256")).toEqual(["973 451 4998", "07503 764256"])
  expect(phones("pls call me on09272077798 after six")).toEqual(["09272077798"])
  expect(phones("left msg. alt no.(022) 654 1709. ref V3805355")).toEqual(["(022) 654 1709"])
  expect(phones("Viite LOT 2026602. Puhelin:+358 45 9755119")).toEqual(["+358 45 9755119"])
  // Not after a phone's word: an order's number, a stock count, an id glued to its letters.
  expect(phones("order no.4471829 shipped; stock at12345678 units; ORD98304369")).toEqual([])
})

test("a number named a reference or a case in more languages is that", () => {
  expect(phones("Danke. Referenz MBR 0855 2333")).toEqual([])
  expect(phones("Kiitos. Viite: 876547694-15.")).toEqual([])
  expect(phones("Ärende 364430265-67. Telefon:(08) 224 13574")).toEqual(["(08) 224 13574"])
})

test("a log line's quoted key=\"value\" pairs are read as fields: a name's key holds a name", () => {
  expect(people('12:01 svc callback.create name="R. Castellano" msisdn=+12019820970 src=2604')).toEqual(["R. Castellano"])
  expect(people('12:01 build tag="Release Candidate" ok')).toEqual([])
})

test("a form's field that is also a first name (Lot:) is no person; de los is a surname's particles", () => {
  expect(people("Email: ada@example.com\nLot: LOT 2026818\nBatch: B-4471")).toEqual([])
  expect(people("can you ring Dolores de los Reyes back on Friday")).toEqual(["Dolores de los Reyes"])
})

test("an amount followed by its currency written as a word is no phone, in any of the corpora's languages", () => {
  for (const text of ["tarif 1 234 567 euros pour le lot", "the sum of 12 345 678 dollars", "im Wert von 45 678 912 Euro", "ein Schaden von 2 345 678 Franken", "un total de 12 345 678 pesos chilenos", "refund of 1 234 567 pounds sterling", "kwota 2 345 678 złotych", "bedrag 34 567 890 kronor", "valor de 12 345 678 reais", "about 45 678 912 rupees"]) {
    expect(phones(text)).toEqual([])
  }
  // A word that is no currency after the digits leaves them a phone.
  expect(phones("rappel au 01 23 45 67 89 entre midi et deux")).toEqual(["01 23 45 67 89"])
  expect(phones("call me on 0161 496 0734 rather than email")).toEqual(["0161 496 0734"])
})

test("a date or a time stamped right after a number is no group of it, and a date range stays no phone", () => {
  expect(phones("callback for Jana Novak, 0221 9212422 2026-03-14")).toEqual(["0221 9212422"])
  expect(phones("Terugbellen: 06 41239876 14.00 graag")).toEqual(["06 41239876"])
  expect(phones("ring Ola på +47 22 18 30 00 17. mars 2026")).toEqual(["+47 22 18 30 00"])
  expect(phones("visszahívás kérve: +36 1 555 1234 2026. 09. 15. 17:30")).toEqual(["+36 1 555 1234"])
  expect(phones("llamar a +34 612 345 678 21 de marzo")).toEqual(["+34 612 345 678"])
  expect(phones("leave requested 2025-06-06 - 2024-11-17, 3 days")).toEqual([])
  expect(phones("loan period 09/10/2027 - 27/5/2026 agreed")).toEqual([])
})

test("two numbers joined by a slash are two phones; a slash inside one number or a date's slashes join none", () => {
  expect(phones("cust moved, tel 020 7946 0321/07700 900461 pls update")).toEqual(["020 7946 0321", "07700 900461"])
  expect(phones("tel 212-555-0147/(917) 555-0199 either")).toEqual(["212-555-0147", "(917) 555-0199"])
  expect(phones("Handy 0171/1234567 bitte")).toEqual(["0171/1234567"])
  expect(phones("FLIGHT FR 3355 3/12/2026 5.30PM")).toEqual([])
})

test("a number typed against a phone or number word, or a short word after one, is that phone's; against other words it is not", () => {
  expect(phones("hi its ada here, new number07700 900461 pls save")).toEqual(["07700 900461"])
  expect(phones("du kan nå meg på nytt nummer41234567 i kveld")).toEqual(["41234567"])
  expect(phones("mijn nieuwe nummer is06 41239876, graag aanpassen")).toEqual(["06 41239876"])
  expect(phones("Please call back on:020 7946 0321 before noon")).toEqual(["020 7946 0321"])
  expect(phones("ALT NO.(022) 654 1709 AFTER SIX")).toEqual(["(022) 654 1709"])
  expect(phones("ligue de volta para+351 912 345 678 amanhã")).toEqual(["+351 912 345 678"])
  // Codes and ids glued to letters stay unread, after a phone word or not.
  expect(phones("Call INC0333535: caller read a number")).toEqual([])
  expect(phones("applicant number?\nVisitor: A66572641")).toEqual([])
  expect(phones("ref JW206780018YF")).toEqual([])
})

test("where a call came from, and a form's Home:/Cep: keys, name a phone", () => {
  expect(phones("Voicemail from 92390112 at 7:45 am")).toEqual(["92390112"])
  expect(phones("kunde ringte fra 40256911 om fakturaen")).toEqual(["40256911"])
  expect(phones("Mobile: 07911 123456\nHome:01632 960123\nEmail: x@example.com")).toEqual(["07911 123456", "01632 960123"])
  expect(phones("Ad Soyad: Yılmaz Deniz\nCep: 0532 123 45 67")).toEqual(["0532 123 45 67"])
  // A person who called about some other number: that number.
  expect(phones("volala katarína k výplate 9822076574: 40 h")).toEqual([])
})

test("a signature's lone number under a lone name, a number listed before an international one, and another number's label", () => {
  expect(phones("Thanks for sorting it.\n\n-- \nMaren\n📱 41234567\n")).toEqual(["41234567"])
  expect(phones("🇳🇴 Sindre: 41234567 / +47 22 18 30 00 etter kl. 16")).toEqual(["41234567", "+47 22 18 30 00"])
  expect(phones("Visszahívás: 06 1 555 1234\nMásik szám: 0036 30 433 7850")).toEqual(["06 1 555 1234", "0036 30 433 7850"])
  // A number alone on a line under a one-word heading that no delimiter marks as a signature is not read so.
  expect(phones("Batch\n41234567\n")).toEqual([])
})

test("what a reviewer found read as phones by the rules above stays unread: postcodes, order numbers, invoices, headings", () => {
  for (const text of ["Endereço: Av. Paulista, 1000\nCEP: 01310-100\nCidade: São Paulo", "Sipariş numarası 1234567890", "Kargo takip numaramız 1234567890", "The account balance reached 12345678 last month", "Montant fixe 1234567890 XOF", "kunde nr 12345678 eller +4722334455", "Rechnungen 0301234567/0301234568 offen", "SKU+351939735695", "Regards\n-- \nTotal\n22055811", "Home: 2019-2023"]) {
    expect(phones(text).filter((p) => !p.startsWith("+"))).toEqual([])
  }
  expect(phones("SKU+351939735695")).toEqual([])
})

test("a signature's keys set apart by a pipe or a dot are read as keys: T: is a phone's", () => {
  expect(phones("Harbour Visa & Passport Centre\nT: 020 7946 0321 | E: desk@example.com")).toEqual(["020 7946 0321"])
  expect(phones("Ref: 20394857 · E: desk@example.com")).toEqual([])
})
