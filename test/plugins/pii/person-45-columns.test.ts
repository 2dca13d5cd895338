// Review of holdout45's PERSON misses in a table whose name is split over numbered columns (`"Name 1";"Name 2"`): the
// second column holds the surname, which no list knows. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("each numbered name column of a table holds a part of the name", () => {
  expect(people('"Name 1";"Name 2";"Email"\n"Oluwaseun";"Adeyemi-Ocho";"seun@example.com"')).toEqual(["Oluwaseun", "Adeyemi-Ocho"])
  expect(people('"Nimi 1","Nimi 2","Puhelin"\n"Aino","Rautiainen","040 123 4567"')).toEqual(["Aino", "Rautiainen"])
})

test("a numbered column of something else, or a firm under a numbered name column, is no name", () => {
  expect(people('"Line 1";"Line 2";"Email"\n"Harbour";"Quay";"info@example.com"')).toEqual([])
  expect(people('"Name 1";"Name 2";"Email"\n"Brightwater";"Logistics Ltd";"ops@example.com"')).not.toContain("Logistics Ltd")
})
