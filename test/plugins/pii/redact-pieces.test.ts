// pii redact scrubs a text of more than 8 MB a piece at a time (plugins/pii/redact-command.ts `pieces`): each piece ends
// at a blank line in its last quarter where there is one, else at a line end; a line longer than a piece is one piece.
import { expect, test } from "bun:test"
import { pieces } from "../../../plugins/pii/redact-command.ts"

test("pieces end at a blank line near the limit, else at a line end, and rejoin to the text", () => {
  const text = "aaaa\nbbbb\n\ncccc\ndddd\neeee\n"
  expect([...pieces(text, 12)]).toEqual(["aaaa\nbbbb\n\n", "cccc\ndddd\n", "eeee\n"])
  expect([...pieces("x".repeat(30) + "\nyy\n", 8)]).toEqual(["x".repeat(30) + "\n", "yy\n"])
  const long = "one line of notes\n".repeat(1000)
  expect([...pieces(long, 500)].join("")).toBe(long)
  expect([...pieces(long)]).toEqual([long])
})
