// A message greets the firm it writes to as often as a person: a council, a funeral director, a box office, in the
// words of its language. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a council, a funeral director or a box office greeted or signing off is no person", () => {
  expect(people("Hiya Bradford City Council,\n\nMy permit ran out.\n\nThanks,\nBradford City Council")).toEqual([])
  expect(people("Morning Willowbrook Funerals,\n\nThe service is on Friday.")).toEqual([])
  expect(people("Hei Nordlys Begravelsesbyrå,\n\nSeremonien er fredag.")).toEqual([])
  expect(people("Olá Bilheteira Norte,\n\nO jogo mudou.")).toEqual([])
  expect(people("Buenas tardes Funeraria San José,\n\nLa misa es el lunes.")).toEqual([])
  expect(people("Dobrý deň Pokladňa Centrum,\n\nchcem vymeniť miesto.")).toEqual([])
  expect(people("Labas Koncertų kasa,\n\nnoriu pakeisti vietą.")).toEqual([])
  expect(people("Sveiki Atminties laidojimo namai,\n\nlaidotuvės šeštadienį.")).toEqual([])
  expect(people("Bonjour Pompes funèbres Lumière,\n\nla cérémonie est lundi.")).toEqual([])
})

test("the person greeted or signing in those messages is still found", () => {
  expect(people("Hiya Bradford City Council,\n\nI'm Leanne Shaw.")).toEqual(["Leanne Shaw"])
  expect(people("Olá Marta Sousa,\n\nO jogo mudou.")).toEqual(["Marta Sousa"])
  expect(people("Labas Rūta,\n\nkasa uždaryta.")).toEqual(["Rūta"])
  expect(people("Buenas tardes Rosa Funes,\n\nLa misa es el lunes.")).toEqual(["Rosa Funes"])
  expect(people("Bonjour Camille,\n\nla cérémonie est lundi.")).toEqual(["Camille"])
})
