// A sentence that says who someone is writes the surname first in capitals as a form does (`The deceased is BYRNE
// Patrick.`): the whole name is one person. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a surname in capitals after 'is' and before a given name that ends the clause is part of the name", () => {
  expect(people("The deceased is BYRNE Patrick.\nPhone 087 123 4567")).toEqual(["BYRNE Patrick"])
  expect(people("Next of kin is OWUSU Kwame, his brother.")).toEqual(["OWUSU Kwame"])
  expect(people("O titular do bilhete é FERREIRA Inês.")).toEqual(["FERREIRA Inês"])
  expect(people("Der Verstorbene ist HUBER Johann.")).toEqual(["HUBER Johann"])
})

test("a shouted word after 'is' before a name that goes on is not taken into it", () => {
  expect(people("The sender is DHL Anna said on the phone")).toEqual(["Anna"])
  expect(people("Status is URGENT Patrick rang twice")).toEqual(["Patrick"])
})
