import { describe, expect, test } from "bun:test"
import type { FileAccess } from "../../../core/index.ts"
import { shippedMatrix } from "../../../plugins/anonymize/matrices.ts"

/** Files where only `present` exist. */
const filesWith = (...present: string[]) => ({ exists: async (path: string) => present.includes(path) }) as FileAccess

describe("--matrix by name", () => {
  test("a shipped name gives the shipped matrix, so a binary or an install needs no matrices/ folder", async () => {
    for (const name of ["gdpr", "pci", "analytics", "seed-example"]) expect(await shippedMatrix(name, filesWith())).toBeDefined()
    expect(((await shippedMatrix("gdpr", filesWith())) as { name: string }).name).toBe("gdpr")
  })

  test("anything else is read as a path", async () => {
    for (const path of ["matrices/gdpr.json", "gdpr.json", "./gdpr", "GDPR", "constructor", "toString"]) expect(await shippedMatrix(path, filesWith())).toBeUndefined()
  })

  // A file gdpr ran in place of the shipped matrix, and a file gdpr.json did not: either way without a word.
  test("a name that is also a file here (NAME or NAME.json) is refused naming both and how to pick each", async () => {
    for (const present of [["gdpr"], ["gdpr.json"], ["gdpr", "gdpr.json"]]) {
      const refused = await shippedMatrix("gdpr", filesWith(...present)).then(() => "", (error: Error) => error.message)
      expect(refused).toContain(`"gdpr" names both the shipped matrix gdpr and the file ./${present[0]}`)
      expect(refused).toContain(`give ./${present[0]}`)
      expect(refused).toContain("or builtin:gdpr for the shipped matrix")
    }
  })

  test("builtin:NAME is the shipped matrix whatever files are here; an unknown one is refused with the names", async () => {
    expect(((await shippedMatrix("builtin:gdpr", filesWith("gdpr", "gdpr.json"))) as { name: string }).name).toBe("gdpr")
    const refused = await shippedMatrix("builtin:gdrp", filesWith()).then(() => "", (error: Error) => error.message)
    expect(refused).toMatch(/builtin:gdrp names no shipped matrix \(did you mean "gdpr"\?\): give builtin: and one of gdpr, pci/)
  })
})
