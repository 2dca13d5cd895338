// A named person said to be on the account or the contract, then a number: that person's phone, however the agreement's
// word reads. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number after a person said to be on the account or the contract is theirs", () => {
  expect(phones("Thanks for the update.\nMy partner Aroha Ngata is also on the account, 09.412.7735.\nKind regards")).toEqual(["09.412.7735"])
  expect(phones("Merci.\nJulie Schmit est aussi sur le contrat : 621.448.190. Bonne soirée")).toEqual(["621.448.190"])
  expect(phones("Anna Weber ist ebenfalls im Vertrag, 0151 2294 4810.")).toEqual(["0151 2294 4810"])
  expect(phones("Mette Hansen står også på aftalen: 28447190.")).toEqual(["28447190"])
})

test("the agreement's own number stays unfound, and so does a number after no person", () => {
  expect(phones("Aroha Ngata is also on the account, account number 09.412.7735.")).toEqual([])
  expect(phones("The fee is also on the contract: 621.448.190.")).toEqual([])
  expect(phones("Payment is also on the account, 0151 2294 4810.")).toEqual([])
})
