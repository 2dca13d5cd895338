// Numbers a business writes like phones under a label naming some other number: a two-cell row of a `|` table read as
// its key and value, and the classes of ids (sessions, chargers, registrations, referrals, samples, customers, orders,
// lines, transfers) in the covered languages. Texts written for this file.
import { expect, test } from "bun:test"
import { labelledValues } from "../../../core/index.ts"
import { phones } from "./spans.ts"

test("a two-cell row of a pipe table is a key and its value", () => {
  const text = "| Item | Value |\n|---|---|\n| Telefon | 0171 2345678 |\n| Order no. | 0301 5557788 |"
  const pairs = labelledValues(text).map((v) => [v.label, text.slice(v.start, v.end)])
  expect(pairs).toContainEqual(["telefon", "0171 2345678"])
  expect(pairs).toContainEqual(["order no", "0301 5557788"])
  // A row of three cells is a table's, read under its header, not as a pair.
  const wide = "| a | b | c |\n| Phone | 0171 2345678 | x |"
  expect(labelledValues(wide).some((v) => v.label === "phone")).toBe(false)
})

test("a phone under a phone key of a pipe table is a phone; an order's or a donation's number is not", () => {
  expect(phones("| Field | Value |\n|---|---|\n| Phone | 0171 2345678 |\n| Donation ref | (020) 555 0147 |")).toEqual(["0171 2345678"])
  expect(phones("| Feld | Wert |\n|---|---|\n| Bestellnr. | 030 5557788 |\n| Mobil | 0171 2345678 |")).toEqual(["0171 2345678"])
})

test("a session's, a charger's, a registration's, a referral's or a sample's number is not a phone, in any covered language", () => {
  expect(phones("Ladevorgang 0176 5432109. Danke.")).toEqual([])
  expect(phones("Sesión: 0612 345 678\nFecha: 02/03/2026")).toEqual([])
  expect(phones("Latauspiste 0401 234567, kWh 22,1.")).toEqual([])
  expect(phones("Încărcător 0721 234 567. Sumă: 120 lei.")).toEqual([])
  expect(phones("Anmälan 0701 234 567 mottagen.")).toEqual([])
  expect(phones("Überweisung 0221 9876543 liegt vor.")).toEqual([])
  expect(phones("Échantillon 0612 34 56 78 reçu.")).toEqual([])
  expect(phones("Próbka 601 234 567 pobrana.")).toEqual([])
  // A phone word nearer than the id's word still names a phone; the id's word further back names nothing.
  expect(phones("Sesión cerrada. Mi teléfono: 0612 345 678")).toEqual(["0612 345 678"])
  expect(phones("Charger broken, call me on 07700 900123")).toEqual(["07700 900123"])
})

test("an Estonian order key is no phone's key: `tel` opens a phone word, `tell` does not", () => {
  expect(phones("tellimuse_nr: 0712 3456 78")).toEqual([])
  expect(phones("tel_nr: 5123 4567")).toEqual(["5123 4567"])
})

test("a number right after its own name is that, even in a phone's bracketed shape", () => {
  expect(phones("Nº de pedido (021) 555 0147. Gracias.")).toEqual([])
  expect(phones("Donation ref (020) 555 0147, thank you.")).toEqual([])
  expect(phones("Agent: Order no. (031) 555 0199.")).toEqual([])
  expect(phones("ID de línea 06 12 34 56 78.")).toEqual([])
  // A phone word on the line before it says whose number it is; a name that is not the last word names nothing.
  expect(phones("Please call the patient (617) 555-0147 today.")).toEqual(["(617) 555-0147"])
  expect(phones("Order desk (617) 555-0147")).toEqual(["(617) 555-0147"])
})

test("a header cell may hold a number sign and an elision, and a member's number is named after the word for number", () => {
  const csv = "Nom;Téléphone;N° d'examen;Prescription\nMARTIN Luc;06 12 34 56 78;EX-2231;072 8050 0774"
  expect(phones(csv)).toEqual(["06 12 34 56 78"])
  expect(labelledValues(csv).some((v) => v.label === "n° d'examen")).toBe(true)
  expect(phones("Číslo člena 602 123 456, platnost do 2027.")).toEqual([])
  expect(phones("Moje číslo 602 123 456.")).toEqual(["602 123 456"])
})
