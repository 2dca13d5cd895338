// A firm's switchboard and a meeting's dial-in number in a letter's or an invite's footer: numbers to call, even as bare
// digits after a line naming some other number. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a switchboard or dial-in number after a line naming another number is a phone", () => {
  expect(phones("Invoice # 7730452219801.\nSwitchboard: 6175550148\n\nKind regards")).toEqual(["6175550148"])
  expect(phones("Póliza 55-301-7781\nCentralita: 0800-555-019\n\nUn saludo")).toEqual(["0800-555-019"])
})

test("a number after a word that only sounds alike stays unfound", () => {
  expect(phones("Invoice # 7730452219801.\nSwitchgear: 6175550148")).toEqual([])
})
