// A service's JSON log line (Python's `ensure_ascii`, most loggers) writes every character past ASCII `\u00e9` and a
// line break `\n` inside a string: the words before a value (`p\u00e5`, `cart\u00e3o`), a name and the lines of a
// message body were hidden from every recognizer. Read as the JSON means, only in a text that shows JSON, at the
// text's own offsets; a `\u` in a path or a prose line, and a JSON-escaped backslash, stay as written.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"
import { readableText } from "../../../plugins/pii/readable-text.ts"

const found = (text: string) => analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)

test("a JSON log string's escapes are read: the value after an escaped word and an escaped name are found", () => {
  const line = String.raw`INFO desk {"channel": "chat", "text": "Ring mig g\u00e4rna p\u00e5 +46 70-123 45 67. Tack"}`
  expect(found(line)).toEqual(["PHONE:+46 70-123 45 67"])
  const from = String.raw`{"from": {"name": "J\u00f6rg M\u00fcller", "address": "j.mueller@mail.example"}}`
  expect(found(from)).toContain(String.raw`PERSON:J\u00f6rg M\u00fcller`)
  // `\n` is a line break, a surrogate pair one character.
  expect(readableText(String.raw`{"body": "Hej\nTack \ud83d\ude00"}`)?.text).toBe('{"body": "Hej\nTack \u{1f600}"}')
})

test("what only looks like a JSON escape is read as written", () => {
  // No JSON around it: a Windows path, a regex in a prose line.
  expect(readableText(String.raw`copy C:\u00e9dir\new to D:\backup`)).toBeUndefined()
  expect(readableText(String.raw`match it with ^\d+\n$ first`)).toBeUndefined()
  // In JSON, `\\` is a backslash: the path's `\u00e9dir` after it is no escape.
  expect(readableText(String.raw`{"path": "C:\\u00e9dir", "user": "x"}`)?.text).toBe(String.raw`{"path": "C:\u00e9dir", "user": "x"}`)
})
