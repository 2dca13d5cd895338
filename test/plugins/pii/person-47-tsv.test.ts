// Review of holdout46's PERSON misses: the surname column of a tab-separated export, on a row that leaves its last empty
// cells out and under a header with a number sign inside a cell. Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"

test("a tab row that drops its last empty cells is still read under its header", () => {
  const tsv = "First name\tLast name\tMember ID\tPhone\tNotes\nOwen\tAshcombe\tM-2231\t07700 900431\tcalled twice\nPriya\tVantongeren\tM-2232\n"
  expect(people(tsv)).toEqual(["Owen", "Ashcombe", "Priya", "Vantongeren"])
})

test("a header cell with a number sign in it is a header cell", () => {
  const tsv = "Име\tФамилия\tЧитателски №\t№ на заявка\nБогдана\tЗлатарева\tR-1189\tZ-55\n"
  expect(people(tsv)).toEqual(["Богдана", "Златарева"])
})

test("a row's wrapped remainder is no row of its own", () => {
  // The second line is the first row's last cells broken onto a new line: too few cells to be a row, so its number is not
  // read as the header's first columns (a date, a time) but stays a phone.
  const tsv = "Ref\tDate\tTime\tAmount\tChair\tPatient no\nINV-51783\t24.10.2027\t6:15 am\n764\t6.16\t722.969.0136\n"
  expect(phones(tsv)).toEqual(["722.969.0136"])
})
