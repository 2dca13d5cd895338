// A note opens on who rang, in lower case, with their surname: `finlay ferguson rang.` Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a note's line opening with a lower-case given name and surname before `rang` or `called` names them", () => {
  expect(people("🔧 moira gallacher rang. Boiler pressure low again.")).toEqual(["moira gallacher"])
  expect(people("Tuesday\nanna schmidt called. Wants the invoice resent.")).toEqual(["anna schmidt"])
})

test("a line opening with a noun and its article before `rang` names no one", () => {
  expect(people("the plumber rang. Coming at 3.")).toEqual([])
  expect(people("front desk rang about the parcel.")).toEqual([])
})
