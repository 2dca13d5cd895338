// An address or a phone in markdown underscores (`_jane.doe@example.com_`, `_0207 946 0958_`) was not found: the
// closing underscore was read as more of it (a review, stop 66). One glued to a word inside an identifier still is none.
import { expect, test } from "bun:test"
import { found } from "./spans.ts"

test("an address wrapped in markdown underscores is found; one glued to a word after an underscore is not stretched", () => {
  expect(found("mail me at _jane.doe@example.com_ please", "EMAIL")).toEqual(["_jane.doe@example.com"])
  expect(found("see jane@example.com_backup for the old box", "EMAIL")).toEqual([])
})

test("a phone in markdown underscores is found; one inside an identifier (acct_0207…, …_x) is not", () => {
  expect(found("call _0207 946 0958_ after six", "PHONE")).toEqual(["0207 946 0958"])
  expect(found("ref acct_0207946095 ok", "PHONE")).toEqual([])
  expect(found("id 02079460958_x ok", "PHONE")).toEqual([])
})
