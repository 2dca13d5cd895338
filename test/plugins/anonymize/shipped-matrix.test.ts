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

  test("a file of that name wins, and anything else is read as a path", async () => {
    expect(await shippedMatrix("gdpr", filesWith("gdpr"))).toBeUndefined()
    for (const path of ["matrices/gdpr.json", "gdpr.json", "GDPR", "constructor", "toString"]) expect(await shippedMatrix(path, filesWith())).toBeUndefined()
  })
})
