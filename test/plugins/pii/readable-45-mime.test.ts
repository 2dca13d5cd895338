// A mail's raw source writes a display name past ASCII as an RFC 2047 encoded word (`=?UTF-8?Q?Ren=C3=A9e_Dupont?=`,
// `=?utf-8?B?…?=`): the name was hidden, and in a quoted-printable mail the `?=` at a header line's end was taken for a
// soft break, gluing the next header on. Read as the mail reader shows it; the span is the whole encoded word.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"
import { readableText } from "../../../plugins/pii/readable-text.ts"

const found = (text: string) => analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)

test("an encoded-word display name is read, and found as the whole word", () => {
  const mail = "From: =?UTF-8?Q?Ren=C3=A9e_Dupont?= <r.dupont@courriel.example>\nTo: desk@shop.example\nSubject: =?utf-8?B?Q29tbWFuZGU=?=\n\nBonjour"
  expect(found(mail)).toContain("PERSON:=?UTF-8?Q?Ren=C3=A9e_Dupont?=")
  expect(readableText(mail)!.text).toStartWith("From: Renée Dupont <r.dupont@courriel.example>\nTo: desk@shop.example\nSubject: Commande\n")
  // In a quoted-printable mail the `?=` ending a header line is no soft break.
  const qp = "Subject: =?UTF-8?Q?Re:_v=C3=A1=C5=A1_dotaz?=\nMIME-Version: 1.0\n\nDobr=C3=BD den, d=C4=9Bkuji za zpr=\n=C3=A1vu"
  expect(readableText(qp)!.text).toBe("Subject: Re: váš dotaz\nMIME-Version: 1.0\n\nDobrý den, děkuji za zprávu")
})

test("what only looks like an encoded word is read as written", () => {
  expect(readableText("if (a =?b: c) x=?y?z")).toBeUndefined()
  expect(readableText("query =?UTF-8?X?abc?= stays")).toBeUndefined()
  // An encoded word ending a line is no sign of a quoted-printable body: `=40` elsewhere stays as written.
  expect(readableText("Subject: =?UTF-8?Q?Order?=\nref=40A1 ok")!.text).toBe("Subject: Order\nref=40A1 ok")
})
