// Lower-case names a transcript gives by its turns: an agent's `<name> speaking`, `you're through to <name>`, Turkish
// `ben <name>` (I am), and a caller's line answering a question for a name. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a known first name before `speaking`, after `through to` or Turkish `ben` is a name", () => {
  expect(people("agent: council services pádraig speaking how can i help")).toEqual(["pádraig"])
  expect(people("agent: thanks for holding, you're through to megan")).toEqual(["megan"])
  expect(people("caller: merhaba ben barış, faturam hakkında")).toEqual(["barış"])
})

test("a speaker's line answering a name's question holds the name and its surname, a first name written without its accents too", () => {
  expect(people("agent: can i take your name please\ncaller: siobhan murphy")).toEqual(["siobhan murphy"])
  expect(people("agente: me dice su nombre?\ncliente: lucía fernández")).toEqual(["lucía fernández"])
})

test("words that are no first name stay words", () => {
  expect(people("agent: can i take your name please\ncaller: yes one sec")).toEqual([])
  expect(people("caller: yes speaking")).toEqual([])
  expect(people("the line was bad while he was speaking")).toEqual([])
  expect(people("agent: the deposit goes through to the account")).toEqual([])
})

test("a name and its surname before here, hier or Hungarian vagyok (surname first), and after Nordic, Finnish and Croatian 'it is'/'here'", () => {
  expect(people("anrufer: grüß gott sepp brandstätter hier mein hund hinkt")).toEqual(["sepp brandstätter"])
  expect(people("ügyfél: jó napot balogh bence vagyok szeretném felfüggeszteni")).toEqual(["balogh bence"])
  expect(people("klijent: dobar dan ovdje mateja božić želim zamrznuti članarinu")).toEqual(["mateja božić"])
  expect(people("kunde: hej det er ida østergaard jeg vil gerne")).toEqual(["ida østergaard"])
  expect(people("Buna bogdan, abonamentul tau la sala expira")).toEqual(["bogdan"])
  expect(people("agent: council services pádraig speaking")).toEqual(["pádraig"])
  expect(people("is anyone here? the dog is here now")).toEqual([])
})
