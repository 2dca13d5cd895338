// Review of holdout41's PERSON misses after role words, in sign-offs and in business names, by general rules: trades',
// museums' and teachers' words as cues, a surname in capitals after them or opening a sentence, a text signed with a
// name and a firm, shops, firms, docks and trips named like people, a grade's letter. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a mechanic's, a curator's or a teacher's word is a cue for the name after it, whole or by its initials", () => {
  expect(people("Label printed. Curator Hope Lindqvist wrote to the donor.")).toEqual(["Hope Lindqvist"])
  expect(people("Lanț schimbat. Mecanicul Ana-Lucia Popa a sunat.")).toEqual(["Ana-Lucia Popa"])
  expect(people("Vielen Dank. Kuratorin B. Hartmann schreibt morgen.")).toEqual(["B. Hartmann"])
  expect(people("Test opraven. Lektor P. Dvořák zavolá zítra.")).toEqual(["P. Dvořák"])
  expect(people("Ketju vaihdettu. Mekaanikko T. Laine soittaa huomenna.")).toEqual(["T. Laine"])
  expect(people("Цепь заменена. Механик П. Орлов позвонит завтра.")).toEqual(["П. Орлов"])
  expect(people("Koe tarkistettu. Opettaja K.-M. Salo soittaa.")).toEqual(["K.-M. Salo"])
})

test("a surname in capitals before the given name after such a word, or opening a sentence, is part of the name", () => {
  expect(people("Chain replaced. Mechanic FAIRLIE Hamish rode it round the block.")).toEqual(["FAIRLIE Hamish"])
  expect(people("Dar recibido. La curadora ORTIZ VEGA Lucía escribirá pronto.")).toEqual(["ORTIZ VEGA Lucía"])
  expect(people("Paid by card, 40 euro. DOYLE Siobhan from the front desk confirmed it.")).toEqual(["DOYLE Siobhan"])
})

test("a role word before an ordinary word is no name, and a shouted word before a given name no surname", () => {
  expect(people("Ask the mechanic. Mechanic Schedule changes on Friday.")).toEqual([])
  expect(people("Paid in full. URGENT Hamish will call back.")).toEqual(["Hamish"])
})

test("a text signed with a given name and a firm's name is the given name alone", () => {
  expect(people("Running late, there by noon.\nCheers, Bronwyn Hilltop Plumbing & Gas")).toEqual(["Bronwyn"])
  expect(people("Ich komme um neun.\nLiebe Grüße, Jonas Heizungs-Notdienst Graz")).toEqual(["Jonas"])
  expect(people("Olen kohta perillä. Terveisin Mikko Putkihuolto Oulu")).toEqual(["Mikko"])
})

test("a sign-off's name followed by a surname is still two words, and a line in capitals after a hello keeps its name", () => {
  expect(people("Running late, there by noon.\nCheers, Bronwyn Macrae")).toEqual(["Bronwyn Macrae"])
  expect(people("Ich komme um neun.\nLiebe Grüße, Jonas Hofbauer")).toEqual(["Jonas Hofbauer"])
  expect(people("CALLER: HIYA ITS HARRIET FERREIRA FROM THE LEEDS OFFICE I CANT GET INTO THE PORTAL")).toEqual(["HARRIET FERREIRA"])
})

test("a shop, a firm, a dock or a trip's end named like a person is none", () => {
  expect(people("La floristería Rosa del Monte abre a las nueve.")).toEqual([])
  expect(people("Kafe Deniz istasyonun yanında.")).toEqual([])
  expect(people("Rose Hill dock had three bikes.")).toEqual([])
  expect(people("### Georgia Bike Share · weekly")).toEqual([])
  expect(people("O ônibus para Vitória sai às nove.")).toEqual([])
})

test("a grade's letter ending a sentence is no initial of the word after it", () => {
  expect(people("Próbna matura 80/100, ocena B. Numer karty w pliku.")).toEqual([])
  expect(people("Ensayo 70%, nota A. Número de socio en la ficha.")).toEqual([])
})
