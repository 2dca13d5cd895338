// Ukrainian, Serbian and Icelandic speaker tags name a role, not a person; Icelandic greets before a name. Texts written
// for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a customer's or an agent's tag in Ukrainian, Serbian or Icelandic is no name; the name after it is", () => {
  expect(people("[09:12] Клієнт: Доброго ранку\n[09:13] Оператор Ірина Мельник: Слухаю вас.\n[09:14] Клієнт: Дякую")).toEqual(["Ірина Мельник"])
  expect(people("[11:40] Корисник: Здраво\n[11:41] Корисник: Имам питање о рачуну.")).toEqual([])
  expect(people("[16:05] Viðskiptavinur: Ég á pöntun.\n[16:06] Viðskiptavinur: Takk.")).toEqual([])
  expect(people("Hvala na pozivu.\nОператер Милица Јовановић")).toEqual(["Милица Јовановић"])
  expect(people("Takk fyrir.\nÞjónustufulltrúi Sigrún Björnsdóttir")).toEqual(["Sigrún Björnsdóttir"])
})

test("an Icelandic greeting cues the name after it, in lower case too", () => {
  expect(people("[16:05] Viðskiptavinur: Halló, helga\n[16:06] Viðskiptavinur: Takk.")).toEqual(["helga"])
  expect(people("Halló Sigrún, pöntunin er tilbúin.")).toEqual(["Sigrún"])
})
