// Rules found on a blind corpus of utility, car-rental, veterinary and admissions desks (holdout31): given names of more
// origins, names after emoji, keys of YAML and JSON records, lower-case speakers of chats, Hong Kong names written surname
// first, pets and roles that are no names. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("frequent given names of Ghana, Somalia, Zimbabwe, Tonga, Ukraine (in Latin letters) and Sámi are known", () => {
  expect(people("Please call Efua tomorrow about the deposit.")).toEqual(["Efua"])
  expect(people("Handled by Abdirizak Osman at the front desk.")).toEqual(["Abdirizak Osman"])
  expect(people("The form was signed by Tinashe Dube yesterday.")).toEqual(["Tinashe Dube"])
  expect(people("Viliami Fifita asked for a refund.")).toEqual(["Viliami Fifita"])
  expect(people("Vasyl Kovalenko will bring the papers.")).toEqual(["Vasyl Kovalenko"])
  expect(people("Ánne Somby ringte i går.")).toEqual(["Ánne Somby"])
  // The Finnish words for luck and wind are no names alone.
  expect(people("Se oli onni, että tuuli kääntyi.")).toEqual([])
})

test("an emoji between a field, a stamp or a clause's opening and the name hides no name", () => {
  expect(people("Cliente: ☎️Rosario Giménez <rosario@correo.example>")).toEqual(["Rosario Giménez"])
  expect(people("To: 🇫🇮Tuija Kärkkäinen <tuija@posti.example>")).toEqual(["Tuija Kärkkäinen"])
  expect(people("[09:14] ❤️amra: the papers are in")).toEqual(["amra"])
  // After a word an emoji ends a sentence: the capitalised word after it opens the next one.
  expect(people("ok 👌 Incident RITM0012 is closed")).toEqual([])
  expect(people("thanks 👍 Battery is fine now")).toEqual([])
})
