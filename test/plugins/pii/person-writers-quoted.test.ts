// Review of the note openers (`Piše Nada Horvat;`, `Tady Věra Malá,`): the verbs "writes" also stand in the middle of a
// note, after their subject, before what a customer wrote (`Kunden skriver Fakturan är fel`: the invoice is wrong). The
// word after them there is no name. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("what a customer writes, quoted after the verb in the middle of a note, is no name", () => {
  expect(people("Kunden skriver Fakturan är fel, vill ha kreditnota.")).toEqual([])
  expect(people("Klientka pisze Przesyłka nie dotarła do dziś.")).toEqual([])
  expect(people("Cliente escreve Preciso cancelar a assinatura.")).toEqual([])
  expect(people("Clientul scrie Comanda nu a ajuns încă.")).toEqual([])
  expect(people("Zákazník píše Faktura je špatně, prosím opravit.")).toEqual([])
  expect(people("Kupac piše Paket nije stigao.")).toEqual([])
  expect(people("El cliente escribe Necesito cambiar la dirección.")).toEqual([])
  expect(people("Asiakas kirjoittaa Lasku on väärin.")).toEqual([])
  expect(people("Ο πελάτης γράφει Παρακαλώ ακυρώστε την παραγγελία.")).toEqual([])
  expect(people("Клієнт пише Посилка не прийшла.")).toEqual([])
})

test("who writes or who is here as a note opens is still named", () => {
  expect(people("Poruka: Piše Nada Horvat; nazovite me sutra.")).toEqual(["Nada Horvat"])
  expect(people("Ovde Radost Ilić, moj broj je ispod.")).toEqual(["Radost Ilić"])
  expect(people("Tady Věra Malá, zavolejte mi prosím.")).toEqual(["Věra Malá"])
  expect(people("nada jurić: Piše Nada; nazovite me na 01/412 5431.")).toEqual(["nada jurić", "Nada"])
  expect(people("AGENT: DOBAR DAN OVDJE ĐURO")).toEqual(["ĐURO"])
})
