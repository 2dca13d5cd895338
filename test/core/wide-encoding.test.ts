import { expect, test } from "bun:test"
import { wideEncoding, wideText } from "../../core/index.ts"

const bytes = (mark: number[], text: string, encoding: "utf16le" | "utf16be" | "utf32le") => {
  const body = encoding === "utf16le" ? Buffer.from(text, "utf16le") : encoding === "utf16be" ? Buffer.from(text, "utf16le").swap16() : Buffer.from([...text].flatMap((ch) => [ch.charCodeAt(0), 0, 0, 0]))
  return new Uint8Array(Buffer.concat([Buffer.from(mark), body]))
}

// pii redact reads the bytes, the config and matrix readers the same bytes as UTF-8 text: one detector tells both alike.
test.each([
  ["UTF-16 with its mark", bytes([0xff, 0xfe], '{"a": 1}', "utf16le"), { encoding: "UTF-16", by: "mark" }],
  ["UTF-16LE without a mark", bytes([], '{"a": 1}', "utf16le"), { encoding: "UTF-16", by: "nul", order: "le" }],
  ["UTF-16BE without a mark", bytes([], '{"a": 1}', "utf16be"), { encoding: "UTF-16", by: "nul", order: "be" }],
  ["UTF-32 with its mark", bytes([0xff, 0xfe, 0, 0], "{}", "utf32le"), { encoding: "UTF-32", by: "mark" }],
])("%s: the bytes and their UTF-8 reading say the same", (_, raw, said) => {
  expect(wideEncoding(raw)).toEqual(said as never)
  expect(wideEncoding(new TextDecoder().decode(raw))).toEqual(said as never)
})

test("UTF-8 text, and two bytes that are not UTF-8 with no NUL after them, are no wide text", () => {
  expect(wideEncoding(new TextEncoder().encode('{"name": "Zoë"}'))).toBeUndefined()
  expect(wideText("\uFFFD\uFFFD latin1 text")).toBeUndefined()
  expect(wideText(new TextDecoder().decode(bytes([0xff, 0xfe], "{}", "utf16le")))).toBe("is saved as UTF-16: save it as UTF-8 (e.g. iconv -f utf-16 -t utf-8)")
})
