// Who writes a note or who is here as it opens (`Piše …`, `Γράφει …`, `Ovde …`, `Tady …`), even a name that is also a
// word; a transcript's speaker tag in lower case naming someone the text names; two-word greetings and an emoji after a
// greeting before a lower-case name; and the ordinary words each rule must leave alone. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("who writes or who is here, as a note or a message opens, is named, a name that is also a word too", () => {
  expect(people("Poruka: Piše Nada Horvat; nazovite me sutra.")).toEqual(["Nada Horvat"])
  expect(people("Ovde Radost Ilić, moj broj je ispod.")).toEqual(["Radost Ilić"])
  expect(people("Σημείωση: Γράφει Ελπίδα Νικολάου· καλέστε με.")).toEqual(["Ελπίδα Νικολάου"])
  expect(people("Tady Věra Malá, zavolejte mi prosím.")).toEqual(["Věra Malá"])
  // The same words as words: hope, joy, and `writes that`.
  expect(people("Nada je stigla. Piše da nema nade.")).toEqual([])
  expect(people("Radost je velika. Ovde je toplo.")).toEqual([])
})

test("a speaker's tag in lower case is the name the text gives that speaker elsewhere", () => {
  expect(people("[10:42] tendai moyo: It's Tendai Moyo, about the crown fitting.")).toEqual(["tendai moyo", "Tendai Moyo"])
  expect(people("Desk: hello\norla quinn: yeah it's Orla, my number changed")).toEqual(["orla quinn", "Orla"])
  // A given name found once does not make the same word a name elsewhere in lower case.
  expect(people("caller: it's Rose here\nagent: a rose is a rose")).toEqual(["Rose"])
  // A tag no name of the text matches stays a tag.
  expect(people("[10:42] front desk: It's Tendai Moyo here.")).toEqual(["Tendai Moyo"])
})

test("a two-word greeting, or an emoji after a greeting, still greets a name in lower case", () => {
  expect(people("Dzień dobry zofia nowak, paczka czeka.")).toEqual(["zofia nowak"])
  expect(people("Grüß Gott 🇦🇹 florian hofer, Ihr Termin ist fix.")).toEqual(["florian hofer"])
  expect(people("Hi 📞 florian hofer, your phone is ready.")).toEqual(["florian hofer"])
  expect(people("Thanks 👉 florian hofer")).toEqual(["florian hofer"])
  // A Gaelic particle stays inside the name; a verb said with the name (`vagyok`, I am) is no surname.
  expect(people("Hi 💧 niamh mac giolla, your booking is confirmed.")).toEqual(["niamh mac giolla"])
  expect(people("ügyfélszolgálat, jó napot zsófia vagyok")).toEqual(["zsófia"])
  // Not whom nobody is: a group, or a word after an emoji that ends a sentence.
  expect(people("Dzień dobry wszystkim, paczka jest.")).toEqual([])
  expect(people("Hvala 👍 Nada je stigla.")).toEqual([])
  expect(people("hi 👋 hope you are well")).toEqual([])
})
