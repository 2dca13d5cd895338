// Review of holdout44's PERSON spans that ran on past the caller's name into the firm's name and the subject of a
// spoken voicemail transcribed without punctuation. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a spoken introduction going on into a firm and a field ends the name after the surname", () => {
  expect(people("\"hi this is Nora Lindqvist Harbourline Broadband Modem 7731 my number is oh two\"")).toEqual(["Nora Lindqvist"])
  expect(people("\"buongiorno sono Marta Bellini Vetrolux Casse Codice 4410 il mio numero è\"")).toEqual(["Marta Bellini"])
})

test("a long name stays whole: a second given name, particles, or a comma after it", () => {
  expect(people("Hola, soy María José Galarza Peñalver, les llamo por la factura.")).toEqual(["María José Galarza Peñalver"])
  expect(people("hi this is Aoife Nic Giolla Phádraig about the deposit")).toEqual(["Aoife Nic Giolla Phádraig"])
})
