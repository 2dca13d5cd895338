// A name written surname first in a row's cells or before a number after a comma, a name in capitals in a row's cell, and
// a name spelled right after it is said. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a surname-first name in a row of cells, or before a number after a comma, is one name", () => {
  expect(people("CB | 02/05/2026 15:49 | Okonkwo, Rhys | +44 (0)121 657 6411 | DLV-0401")).toEqual(["Okonkwo, Rhys"])
  expect(people("• Customer: Wilson, Hamish, 07-3911-3888\n• Issue: the lid")).toEqual(["Wilson, Hamish"])
  expect(people("Kunde: Hansen, Ida, 0045 24 71 09 42")).toEqual(["Hansen, Ida"])
  // A place and its country in a cell stay a place.
  expect(people("Trip | 02/05/2026 | Paris, France | 3 nights")).toEqual([])
})

test("a row's cell holding a given name and a surname in capitals is a name", () => {
  expect(people("CB | 17.02.2026 14.50 | FREDERIK PEDERSEN | 98 25 84 38 | CKH-545447 | Ring tilbage")).toEqual(["FREDERIK PEDERSEN"])
  // A cell shouting a status is none.
  expect(people("Item | PAID IN FULL | 12.00")).toEqual([])
})

test("a name spelled right after it is said is the name's, however the letters are parted", () => {
  expect(people("appelant: oui c'est amina durand, d-u-r-a-n-d")).toEqual(["amina durand", "d-u-r-a-n-d"])
  expect(people("klient: tak, piotr kowalczyk, k - o - w - a - l - c - z - y - k")).toEqual(["piotr kowalczyk", "k - o - w - a - l - c - z - y - k"])
  // The spelled run's last letter before the next sentence is no initial of a name.
  expect(people("Dzień dobry, Anna Zima, Z I M A. Można też dzwonić do męża.")).toEqual(["Anna Zima", "Z I M A"])
  // After `the name's`, the surname said in lower case, then its letters.
  expect(people("caller: er the name's nowak, n - o - w - a - k, first name tomasz")).toEqual(["nowak", "n - o - w - a - k", "tomasz"])
  // Letters that spell no word said before them, with no word for spelling or a name, are a code.
  expect(people("the code is abcd, a b c d")).toEqual([])
})
