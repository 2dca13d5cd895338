// An address in markdown's underscores (`_jane.doe@example.com_`) was no address at all: the closing underscore was
// read as more of the domain (a review, stop 66). One glued to a word after it still is none of this shape.
import { expect, test } from "bun:test"
import { found } from "./spans.ts"

test("an address wrapped in markdown underscores is found; one glued to a word after an underscore is not stretched", () => {
  expect(found("mail me at _jane.doe@example.com_ please", "EMAIL")).toEqual(["_jane.doe@example.com"])
  expect(found("see jane@example.com_backup for the old box", "EMAIL")).toEqual([])
})
