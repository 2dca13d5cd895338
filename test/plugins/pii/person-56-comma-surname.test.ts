// A name written "Surname, Given" as a CRM writes it, and words that are no surname after a given name. Texts written for
// this file.
import { expect, test } from "bun:test"
import { people as names } from "./spans.ts"

test("a surname, a comma and a known given name after 'under' or 'as', closing the clause, are one name", () => {
  expect(names("The account is listed under Okonkwo, Maribel if you need it.")).toEqual(["Okonkwo, Maribel"])
  expect(names("O cadastro está como Rodrigues, Ana Clara, se precisar procurar.")).toEqual(["Rodrigues, Ana Clara"])
})

test("a list of names, or a given name going on, stays apart", () => {
  expect(names("Invited: Evans, Tegan, Ola and Mark.")).not.toContain("Evans, Tegan")
  expect(names("Invited: Evans, Maribel, Ola and Mark.")).not.toContain("Evans, Maribel")
  // A first name before the comma is one of two people; a greeting's or a reminder's word is no surname.
  expect(names("Filed under Mark, Maribel.")).not.toContain("Mark, Maribel")
  expect(names("Kids: Lucas, Emma.")).toEqual(["Lucas", "Emma"])
  expect(names("Reminder, Maria: order 123.")).not.toContain("Reminder, Maria")
  expect(names("Congratulations, Maria.")).not.toContain("Congratulations, Maria")
  expect(names("This is for Amazon, Maria: order 123.")).not.toContain("Amazon, Maria")
})

test("someone after a given name, and a number's noun after a word that is a name elsewhere, are no surname", () => {
  expect(names("agent: brilliant thanks maribel someone will call you back")).toEqual(["maribel"])
  expect(names("agent: thanks anna somebody will ring you")).toEqual(["anna"])
  expect(names("I've got the batch lot number here: 701-848-352-6657.")).not.toContain("lot number")
})
