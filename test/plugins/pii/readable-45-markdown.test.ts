// Markdown escapes punctuation with a backslash (`ana\_souza@mail.pt`): the address was found from its `_` only, so a
// scrub left `ana\` in clear. Read only in a text that shows markdown, outside code spans; a regex stays as written.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"
import { readableText } from "../../../plugins/pii/readable-text.ts"

const found = (text: string) => analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)

test("an address with a markdown escape inside is found whole", () => {
  const ticket = "### Ticket 8812\n\n**Customer:** wrote from marta\\_lindqvist@post.example about order `AB\\_12`"
  expect(found(ticket)).toContain("EMAIL:marta\\_lindqvist@post.example")
  // In a code span the backslash is itself.
  expect(readableText(ticket)!.text).toEndWith("marta_lindqvist@post.example about order `AB\\_12`")
})

test("a backslash in a text that shows no markdown is read as written", () => {
  expect(readableText("grep -E '^[a-z]+\\_[0-9]+\\.log$' in the job log")).toBeUndefined()
  expect(found("pattern user\\_name@host\\.local")).not.toContain("EMAIL:user\\_name@host\\.local")
})
