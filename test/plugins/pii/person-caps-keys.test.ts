// A vehicle's key written in capitals (`VIN`) is also a first name (`Vin`); a line with no lower-case letter is read
// title-cased, so the key must stay a key before its code. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a VIN key before its code is no name, in a form, a table or a sentence in capitals", () => {
  expect(people("Plate: KX 442 PL\nVIN: WDB2030461A123456\nMileage: 40,100")).toEqual([])
  expect(people("| Field | Value |\n| VIN | 1HGCM82633A004352 |\n| Colour | grey |")).toEqual([])
  expect(people("Claim noted. VIN 3FA6P0H72HR123987, GPS 51.5072")).toEqual([])
  expect(people("Owner: Harriet Moss\nVIN: JN1AZ4EH7FM730841")).toEqual(["Harriet Moss"])
})

test("a first name written in capitals is still a name where no code follows it", () => {
  expect(people("CALLER VIN PETERSEN ASKED FOR A REFUND")).toEqual(["VIN PETERSEN"])
  expect(people("PLEASE CALL VIN WALSH TODAY")).toEqual(["VIN WALSH"])
})
