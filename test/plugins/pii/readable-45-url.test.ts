// A web form's POST body in an access log (`application/x-www-form-urlencoded`) writes a space as `+` and any other
// character percent-encoded (`%3A`, `%C3%A9`): a phone `%2B44+20+7946+0958` was cut at its `+`, an e-mail ran on over
// the `+`-joined words before it, a card or an IBAN grouped by `+` was not found, nor a client IPv6 written `%3A`.
// Read as the form meant, at the text's own offsets; a `+` and a `%XX` outside a form or a URL are what they say.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"
import { readableText } from "../../../plugins/pii/readable-text.ts"

const found = (text: string) => analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)

test("a form body's values are found whole, with their escapes inside the span", () => {
  const body = "form: who=Rhian+Pryce&tel=%2B44+29+2018+0743&msg=Ring+me+on+%2B44+29+2018+0743.+Or+write+to+rhian.p%40post.example.+Card+4111+1111+1111+1111%2C+thanks&ok=1"
  const hits = found(body)
  expect(hits.filter((h) => h === "PHONE:%2B44+29+2018+0743")).toHaveLength(2)
  expect(hits).toContain("EMAIL:rhian.p%40post.example")
  expect(hits).toContain("CARD:4111+1111+1111+1111")
})

test("an IPv6 client address percent-encoded in a log line is found", () => {
  const line = "2026-03-02T10:11:12Z POST /contact 302 client=2001%3Adb8%3A85a3%3A%3A8a2e%3A370%3A7334 ua=\"curl/8\""
  expect(found(line)).toContain("IP_ADDRESS:2001%3Adb8%3A85a3%3A%3A8a2e%3A370%3A7334")
  // Accented words in a form read as letters: a multi-byte escape is one character.
  expect(readableText("q=caf%C3%A9+cr%C3%A8me&x=1")?.text).toBe("q=café crème&x=1")
})

test("a plus or a percent sign that only looks encoded is read as written", () => {
  // No form (one pair, or no `&`): `+` is a plus; a lone `%3A` in prose, lower-case `%2d` of a printf format.
  expect(readableText("C++ and a+b=c are fine")).toBeUndefined()
  expect(readableText("total=5+3 done")).toBeUndefined()
  expect(readableText("ratio 10%3A and printf(\"%2f\")")).toBeUndefined()
  // A `+` right after `=` in a form keeps its plus (a hand-written `phone=+44…`).
  expect(readableText("a=1&phone=+442920180743")).toBeUndefined()
  expect(found("call=1&phone=+442920180743")).toContain("PHONE:+442920180743")
  // A query written by hand, with a raw `@` no encoder leaves: its `+` is the address's own (plus addressing).
  expect(found("reset link https://shop.example/r?user=ann+orders@mail.example&ts=9f2c")).toContain("EMAIL:ann+orders@mail.example")
})
