// A subject's contacts are kept only when the contact's caller address is the subject's (a tenant may ignore the
// filter). Older ACD versions (v21.0, v23.0, pinned with CXEDGE_ACD_VERSION) name that field `fromAddr`: read only as
// `fromAddress`, none of a v23.0 tenant's contacts were the subject's, and `erase` found nothing.
import { expect, test } from "bun:test"
import { contactAddress, holdsIdentifier, identifierOf } from "../../core/index.ts"

const subject = identifierOf("+44 20 7946 0011")!

test("a contact answered by v34.0 or by v23.0 is the subject's when its caller is", () => {
  expect(holdsIdentifier(contactAddress({ contactId: 1, fromAddress: "+442079460011" }), subject)).toBe(true)
  expect(holdsIdentifier(contactAddress({ contactId: 2, fromAddr: "442079460011" }), subject)).toBe(true)
})

test("another caller's contact is not, under either name", () => {
  expect(holdsIdentifier(contactAddress({ contactId: 3, fromAddress: "+442079460099" }), subject)).toBe(false)
  expect(holdsIdentifier(contactAddress({ contactId: 4, fromAddr: "+442079460099" }), subject)).toBe(false)
  expect(holdsIdentifier(contactAddress({ contactId: 5 }), subject)).toBe(false)
})
