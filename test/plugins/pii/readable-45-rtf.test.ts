// A letter saved as RTF writes `è` as `\'e8` (a byte of its code page), a Greek or Turkish letter as `\u1046?`, a line
// as `\par`: the word before a value (`registrata \'e8 4539 …`), a name and the lines were hidden, and the font table
// read as a line of the letter. Read as the letter's words, only in an RTF document, at the text's own offsets.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"
import { readableText } from "../../../plugins/pii/readable-text.ts"

const found = (text: string) => analyze(text).map((f) => `${f.type}:${text.slice(f.start, f.end)}`)
const rtf = (body: string) => `{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Arial;}}\\f0\\fs20\n${body}\n}`

test("an RTF letter's escapes and markup are read as its words", () => {
  const letter = rtf("Gentili signori,\\par\nla carta che ho registrato \\'e8 4539 1488 0343 6467.\\par\nSaluti\\par")
  expect(found(letter)).toContain("CARD:4539 1488 0343 6467")
  const read = readableText(letter)!.text
  expect(read).toContain("la carta che ho registrato è 4539")
  // The font table is no line of the letter; `\par` at a source line's end adds no second break.
  expect(read.startsWith("\nGentili signori,\nla carta")).toBe(true)
  // `\uN` with its fallback `?` is one character; two in a row a character beyond the BMP.
  expect(readableText(rtf("\\u915?\\u953?\\u974?\\u961?\\u947?\\u959?\\u962? \\u-10179?\\u-8704?"))!.text).toContain("Γιώργος \u{1f600}")
})

test("text that only looks like RTF is read as written", () => {
  // No `{\rtf` header: a Windows path, a LaTeX-ish line, a regex.
  expect(readableText("saved to C:\\par\\line\\u1046 and \\'e8")).toBeUndefined()
  expect(readableText("see {\\bf Note} and ^\\d+$")).toBeUndefined()
})
