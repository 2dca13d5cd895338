// Names after the cues of more languages: introductions, thanks, forms of address and sign-offs in Georgian, Hebrew and
// Arabic (scripts with no capitals), and greetings, sign-offs, titles and a call's party keys in Armenian, Kazakh,
// Macedonian, Azerbaijani, Uzbek, Indonesian and Malay, Swahili, Filipino, Vietnamese and Faroese. Texts written for this
// file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("Georgian, Hebrew and Arabic: an introduction inside the sentence, thanks, a form of address after a greeting, a sign-off", () => {
  expect(people("გამარჯობა, მე ვარ ნიკა ბერიძე. მინდა ჯავშნის შეცვლა.")).toEqual(["ნიკა ბერიძე"])
  expect(people("> ძვირფასო ქალბატონო თამარ,\n> გმადლობთ")).toEqual(["თამარ"])
  expect(people("תודה רבה, יעל!")).toEqual(["יעל"])
  expect(people("المبلغ مدفوع.\n\nمع التحية،\nليلى حداد")).toEqual(["ليلى حداد"])
  expect(people("• ოპერატორი: ლევანი")).toEqual(["ლევანი"])
})

test("greetings, everyday words and thanks in those scripts are no names", () => {
  expect(people("شكرا جزيلا على المساعدة")).toEqual([])
  expect(people("The sign said مرحبا بكم and nothing else.")).toEqual([])
  expect(people("שלום לכולם, הפגישה בעשר")).toEqual([])
  expect(people("მადლობა, ნახვამდის")).toEqual([])
})

test("greetings, sign-offs and party keys of the added languages with capitals", () => {
  expect(people("Հարգելի Անի Սարգսյան,\nՀաստատում ենք")).toEqual(["Անի Սարգսյան"])
  expect(people("Құрметпен,\nАйгүл Сейітова")).toEqual(["Айгүл Сейітова"])
  expect(people("Hörmətli Leyla Məmmədova,\nrezervasiya təsdiqləndi")).toEqual(["Leyla Məmmədova"])
  expect(people("Mpendwa Bw. Otieno,\nTunathibitisha")).toEqual(["Otieno"])
  expect(people("• Penelepon: Dewi Lestari")).toEqual(["Dewi Lestari"])
})
