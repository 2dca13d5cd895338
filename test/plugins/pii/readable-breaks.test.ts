// A word hyphenated over a line break (a printed page, a PDF's text) hid the phone word before a number, and a mail body
// left quoted-printable (`=⏎` soft breaks, `=40` for `@`) hid the e-mail and phone inside it. Both are read whole now, at
// the text's own offsets; a list's dash, a double-barrelled name's capital, a heading's `==` and `id=AB` in a log stay.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"
import { readableText } from "../../../plugins/pii/readable-text.ts"

const found = (text: string) => analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)

test("a phone word broken over a line by a hyphen still names the number after it", () => {
  expect(found("Bitte rufen Sie mich unter meiner Tele-\nfonnummer 030 1234567 zurück")).toContain("PHONE:030 1234567")
  expect(found("Bitte rufen Sie mich unter meiner Tele-\r\nfonnummer 030 1234567 zurück")).toContain("PHONE:030 1234567")
  // The word left broken is no person's name (`Mobil-` after a contact's key was read as one).
  expect(found("Kontakt: Mobil-\nnummer 0151 23456789")).toEqual(["PHONE:0151 23456789"])
})

test("a quoted-printable mail body: soft breaks inside a value and encoded bytes are read as the mail meant", () => {
  const text = "Hello,=0AMy email is ana.souza@ma=\nil.pt and phone =2B351 912 345 678=\n, thanks"
  expect(found(text)).toEqual(["EMAIL:ana.souza@ma=\nil.pt", "PHONE:=2B351 912 345 678"])
  expect(found("Contact: jos=C3=A9.silva=40exa=\nmple.pt\nThanks")).toContain("EMAIL:jos=C3=A9.silva=40exa=\nmple.pt")
})

test("what only looks like a break or an escape is read as it is", () => {
  // No soft break: `=3D` and `=AB` are what they say; a heading's `==` at a line's end is none.
  expect(readableText("id=AB12 and count=3D done")).toBeUndefined()
  expect(readableText("== Aanvraag ==\nNaam: JOOST DE GROOT")).toBeUndefined()
  // A capital after the break (`Anna-⏎Marie`) and a list's dash stay as written.
  expect(readableText("Anna-\nMarie Schmidt")).toBeUndefined()
  expect(readableText("items:\n- one\n- two")).toBeUndefined()
})
