// holdout81's club threads, written afresh: the parent and the coach speak as roles, in any of the corpora's languages;
// the role word is no name, and the name after a coach's is.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const pii = createAnalyzer()
const people = (text: string) => pii.analyze(text).filter((f) => f.type === "PERSON").map((f) => text.slice(f.start, f.end))

test("a parent's speaker tag before their number is no name", () => {
  expect(people("Rodzic (601 234 567): Dzień dobry, Kuba dziś nie przyjdzie")).not.toContain("Rodzic")
})

test("a coach's title is no part of the name after it", () => {
  expect(people("Do zobaczenia w sobotę. Trener Paweł")).toEqual(["Paweł"])
})
