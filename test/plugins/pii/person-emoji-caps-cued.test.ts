// An emoji between a cue and its name, and a name in capitals after a cue on a line that is not. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("an emoji after an introduction counts as nothing: the name after it is found, in any case", () => {
  expect(people("Hi, it's 📞 niamh gallacher, please ring me back about the boiler.")).toEqual(["niamh gallacher"])
  expect(people("Hello,\n\nMy name is 🙏 FIONA DRUMMOND. My parcel never arrived.")).toEqual(["FIONA DRUMMOND"])
})

test("an emoji after a role counts as nothing before a surname in capitals: the surname stays with the given name", () => {
  expect(people("Visit log: cust ✅ GALLACHER Moira – boiler pressure low again.")).toEqual(["GALLACHER Moira"])
})

test("an emoji after a cue before an ordinary capitalised word names no one", () => {
  expect(people("It's 🚗 Monday again, sorry.")).toEqual([])
  expect(people("cust ✅ Delivered – signed for at the door.")).toEqual([])
  expect(people("Thanks 👍 Will do.")).toEqual([])
})

test("a name in capitals after an introduction, a role or a name's key is found on a line in lower case", () => {
  expect(people("Hello,\n\nMy name is FIONA DRUMMOND. My parcel never arrived.")).toEqual(["FIONA DRUMMOND"])
  expect(people("03/04/2026 cust 🔧 PETRA NOVAK – boiler serviced, invoice sent.")).toEqual(["PETRA NOVAK"])
  expect(people("== Aanvraag ==\nNaam: JOOST DE GROOT\nTelefoon: volgt")).toEqual(["JOOST DE GROOT"])
})

test("words in capitals after a cue that are a remark, not a name, stay none; a surname before its given name stays whole", () => {
  expect(people("cust ✅ PAID IN FULL – receipt sent.")).toEqual([])
  expect(people("cust ✅ URGENT CALLBACK – boiler")).toEqual([])
  expect(people("Thanks, SEE YOU SOON")).toEqual([])
  expect(people("Nome e cognome: LO PRESTI Fabrizio\nCellulare: più tardi")).toEqual(["LO PRESTI Fabrizio"])
})
