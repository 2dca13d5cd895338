import { expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { firstNamesSource } from "../../../scripts/pii-first-names.ts"
import { FIRST_NAMES } from "../../../plugins/pii/data/first-names.ts"

test("the checked-in first-name list is what the script generates from faker (run bun scripts/pii-first-names.ts)", () => {
  const checkedIn = readFileSync(new URL("../../../plugins/pii/data/first-names.ts", import.meta.url), "utf8")
  expect(checkedIn).toBe(firstNamesSource())
})

test("the list holds names of every language and no empty entry", () => {
  for (const name of ["Anna", "Lukas", "François", "María", "Sanne", "Giuseppe", "Olivia"]) expect(FIRST_NAMES).toContain(name)
  // The locales beyond western Europe, written with their diacritics.
  for (const name of ["Małgorzata", "Torbjörn", "Gonçalo", "Vojtěch", "Søren", "Oluwaseun", "Jürgen"]) expect(FIRST_NAMES).toContain(name)
  expect(FIRST_NAMES.every((n) => n.length > 1)).toBe(true)
})
