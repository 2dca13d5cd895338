// The number a porting request names is the phone being ported, in the covered languages; Maltese call words. Texts
// written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("the number a porting request names is a phone, as a key or in a sentence", () => {
  expect(phones("linea:\n  portabilidad: 612345678\n  portabilidad_ref: NP-2231-88")).toEqual(["612345678"])
  expect(phones('{"nummerbehoud": "020-5551234", "nummerbehoud_ref": "NP-4411"}')).toEqual(["020-5551234"])
  expect(phones("| Port-in request | 2025550147 |\n| Port-in request ref. | PORT-118822 |")).toEqual(["2025550147"])
  expect(phones("Richiesta di portabilità del 0260741166 inviata.")).toEqual(["0260741166"])
  // The porting's reference is no phone, whatever its digits.
  expect(phones("portabilidad_ref: 7714 2231 88")).toEqual([])
})

test("Maltese call words name the number after them", () => {
  expect(phones("Ċemplili fuq 79123456 jew 21234567.")).toEqual(["79123456", "21234567"])
  expect(phones("Talab li jċempluh fuq 99123456 wara 17:00.")).toEqual(["99123456"])
  // An 8-digit run with no call word is no phone.
  expect(phones("Kampjun 79123456 wasal.")).toEqual([])
})
