import { expect, test } from "bun:test"
import { dfoMessageAuthor } from "../../core/index.ts"

test.each([
  [{ authorName: "Ana Ruiz" }, "Ana Ruiz"],
  [{ authorEndUserIdentity: { id: "i1", fullName: "Ana Ruiz" }, authorUser: null }, "Ana Ruiz"],
  [{ authorEndUserIdentity: { firstName: "Ana", lastName: "Ruiz" } }, "Ana Ruiz"],
  [{ authorEndUserIdentity: { nickname: "@anaruiz" } }, "@anaruiz"],
  [{ authorEndUserIdentity: null, authorUser: { id: 7, firstName: "Kim", surname: "Lee" } }, "Kim Lee"],
  [{ authorUser: { fullName: "Kim Lee" } }, "Kim Lee"],
  // removed by author-name-removal, or empty: a name shape with no name is null, not absent
  [{ authorEndUserIdentity: { id: "i1", fullName: null }, authorUser: null }, null],
  [{ authorName: null }, null],
  [{ authorName: "  " }, null],
  [{ direction: "inbound" }, undefined],
  [{ authorEndUserIdentity: "Ana" }, undefined],
])("%j -> %p", (message, expected) => {
  expect(dfoMessageAuthor(message)).toBe(expected as string | null | undefined)
})
