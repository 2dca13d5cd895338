// A surname after one initial or two: `Dr T. Okafor`, `J.P. Lindqvist`, `H. van Buren`. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("an initial and a surname is a name, the initial kept in it, with a particle or a second initial", () => {
  expect(people("Repeat prescription signed by Dr T. Okafor on Monday.")).toEqual(["T. Okafor"])
  expect(people("- K. Brannigan from the surgery phoned to confirm.")).toEqual(["K. Brannigan"])
  expect(people("The trustee, J.P. Lindqvist, returned the form.")).toEqual(["J.P. Lindqvist"])
  expect(people("Best wishes,\nH. van Buren")).toEqual(["H. van Buren"])
  expect(people("Lessons are with D. Achterberg on Fridays.")).toEqual(["D. Achterberg"])
  expect(people("note cust 📞J. Brennagh – refund sent")).toEqual(["J. Brennagh"])
})

test("a letter ending a sentence or a code before a capitalised word is no initial", () => {
  expect(people("We went with plan B. Then the van broke down.")).toEqual([])
  expect(people("Old ref QQ 12 34 56 C. Housing officer rang back.")).toEqual([])
  expect(people("Take it to desk C. Then wait for the nurse.")).toEqual([])
  expect(people("Codice fiscale / P. IVA: 01234567890")).toEqual([])
})

test("French `M.` before a surname is Monsieur, a title outside the name", () => {
  expect(people("Rappel demandé par M. Le Goff ce matin.")).toEqual(["Le Goff"])
  expect(people("Livraison au 4º B. Reembolso pendiente.")).toEqual([])
})

test("a unit's or a coordinate's letter before a capitalised word is no initial", () => {
  expect(people("CRP: 30.1 mg/L. Sample sent to the lab.")).toEqual([])
  expect(people("GPS 45°31'34.9\"N 15°27'22.5\"E. Zvao je s broja.")).toEqual([])
})
