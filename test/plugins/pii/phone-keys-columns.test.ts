import { describe, expect, test } from "bun:test"
import { phones } from "./spans.ts"

// The review of holdout33's rules: a key running over a sentence's end, a two-column table's header, a caller's id.
describe("a phone's key is its last sentence, and a table's column of phones names its cells", () => {
  test.each([
    ["Ladestation defekt. Bitte Rückruf: 0176 2345 6789", "0176 2345 6789"],
    ["Charger broken. Call me: 07700 900123", "07700 900123"],
    ["Cargador averiado. Llámeme: 612 345 678", "612 345 678"],
    ["Registration issue - call me: 07700 900123", "07700 900123"],
    ["ID del chiamante 347 123 4567", "347 123 4567"],
    ["ID de chamada 912 345 678", "912 345 678"],
  ])("%s", (text, phone) => expect(phones(text)).toEqual([phone]))

  test("under | Contact | Mobile |, every row's number is a phone whatever its first cell names", () => {
    const table = "| Contact | Mobile |\n|---|---|\n| Order desk, Anna | 07700 900123 |\n| Registration, Ben | 07700 900124 |"
    expect(phones(table)).toEqual(["07700 900123", "07700 900124"])
    expect(phones("| Ticket | Callback number |\n|---|---|\n| Order 4711 | 07700 900123 |\n| Sample request | 07700 900124 |")).toEqual(["07700 900123", "07700 900124"])
  })

  test("what stays an id: a form written as a table keeps each row's key; a remark in brackets is the key's own", () => {
    expect(phones("| Technician | Account no. |\n|---|---|\n| Phone | 07700 900123 |\n| Account no. | 0176 2850 9905 |")).toEqual(["07700 900123"])
    expect(phones("| Gift Aid ref | (095) 599 6838 |")).toEqual([])
    expect(phones("NHS no. (not required – delete): 559 983 0403")).toEqual([])
    expect(phones("Charger broken. Charger no.: 0176 2345 6789")).toEqual([])
    expect(phones("ID de línea 0176 2345 6789")).toEqual([])
  })
})
