// A conference PIN dialled after a number, a trunk 0 apart in dotted groups, Latvian's "by phone", and nine digits after
// an SSN line that names its own SSN. Texts written for this file.
import { expect, test } from "bun:test"
import { found, phones } from "./spans.ts"

test("a conference PIN after a dial string's pauses and before its # is no phone; the number dialled is; an extension after # stays a phone", () => {
  expect(phones("Join by phone: +45 39 38 20 52,,019541# then wait")).toEqual(["+45 39 38 20 52"])
  expect(phones("Telefon: 030 901820,,077152# (Konferenz)")).toEqual(["030 901820"])
  expect(phones("Reception 0161 496 0000#204 after six")).toEqual(["0161 496 0000"])
  // A CSV's empty cell between an id and a phone is no dial pause.
  expect(phones("id,ref,note,phone\n4471,,,07700 900123")).toEqual(["07700 900123"])
})

test("a trunk 0 apart in dotted groups, with a call word before, is a phone; a version with a phone word near is not", () => {
  expect(phones("Kérem, hívjon vissza: 06.1.279.1650.")).toEqual(["06.1.279.1650"])
  expect(phones("Prašau perskambinti numeriu 0.37.820481.")).toEqual(["0.37.820481"])
  expect(phones("The phone app is at version 0.3.12 now")).toEqual([])
})

test("Latvian's 'by phone' (tālruni) names the number after it", () => {
  expect(phones("Pievienoties pa tālruni: 67201234 darba laikā")).toEqual(["67201234"])
})

test("nine digits after an SSN line that holds its own SSN are not that SSN: after a call word they are a phone", () => {
  expect(found("SSN: 219-09-9999\nNext steps:\n1. Call her back on 612345678.", "US_SSN")).toEqual(["219-09-9999"])
  const text = "SSN: 219-09-9999\nOb petih.\nProsim, pokličite me nazaj na 016442851."
  expect(found(text, "US_SSN")).toEqual(["219-09-9999"])
  expect(phones(text)).toEqual(["016442851"])
  // A list of SSNs shares its word: both are SSNs.
  expect(found("SSN on file: 219099999 and 078051120", "US_SSN")).toEqual(["219099999", "078051120"])
})

test("a number said digit by digit in the caller's own language, after 'my number is', is a phone; counting in words is not", () => {
  expect(phones("moje číslo je nula deväť nula sedem tri nula šesť osem nula sedem ďakujem")).toEqual(["nula deväť nula sedem tri nula šesť osem nula sedem"])
  expect(phones("номерът ми е нула осем осем, шест пет четири, девет шест четири девет благодаря")).toEqual(["нула осем осем, шест пет четири, девет шест четири девет"])
  expect(phones("uno due tre quattro cinque sei sette otto nove: conta fino a nove")).toEqual([])
})
