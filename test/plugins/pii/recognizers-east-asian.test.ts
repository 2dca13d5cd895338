// Chinese, Korean, Vietnamese and Japanese names in Latin letters, and the surname particles of Wales and Malaysia: none
// of their given names is in the first-name list (its syllables are words and abbreviations alone), so before this a
// note's `Lim Hui Min enquired`, `Zhang Wei asked` or `Park Ji-hoon wants` went unreported. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a listed surname with given-name syllables is one name, in either order", () => {
  expect(people("Call summary (auto): Lim Hui Min enquired about refinancing.")).toEqual(["Lim Hui Min"])
  expect(people("Zhang Wei asked for a callback after 6pm.")).toEqual(["Zhang Wei"])
  expect(people("Wei Ling Koh asked for the deposit back.")).toEqual(["Wei Ling Koh"])
  expect(people("Chen Jing enquired about a refund.")).toEqual(["Chen Jing"])
  expect(people("Customer Li Na called about her bill.")).toEqual(["Li Na"])
})

test("Korean syllables joined by a hyphen, Vietnamese names with their accents, Japanese names surname first", () => {
  expect(people("Park Ji-hoon wants a refund for the lesson pack.")).toEqual(["Park Ji-hoon"])
  expect(people("Nguyễn Văn An called twice today.")).toEqual(["Nguyễn Văn An"])
  expect(people("Trần Thị Mai Anh said the parcel was late.")).toEqual(["Trần Thị Mai Anh"])
  expect(people("Tanaka Hiroshi called back about the invoice.")).toEqual(["Tanaka Hiroshi"])
})

test("places and things spelled with the same syllables are no names", () => {
  expect(people("Our Hong Kong office called back.")).toEqual([])
  expect(people("The Ho Chi Minh City branch is closed.")).toEqual([])
  expect(people("She booked Tai Chi on Friday.")).toEqual([])
})

test("a syllable list needs a listed surname: capitalised words and syllables alone are no name", () => {
  expect(people("An error occurred in Ling Hui module.")).toEqual([])
  expect(people("Park Lane Garage fixed it.")).toEqual([])
})

test("Welsh and Malay particles join a surname to the given name", () => {
  expect(people("Agent: Emyr ap Gwilym. Diolch.")).toEqual(["Emyr ap Gwilym"])
  expect(people("Farhana binte Salleh to f/up tomorrow")).toEqual(["Farhana binte Salleh"])
  expect(people("Thanks, Siti Nurhaliza binti Ahmad")).toEqual(["Siti Nurhaliza binti Ahmad"])
})
