/**
 * Text saved as UTF-16 or UTF-32 (Notepad's "Unicode", PowerShell's `>`), told from its opening: one detector for
 * the raw bytes (pii redact reads them) and for the same bytes already read as UTF-8 text (config, matrix and JSONL
 * files), where each byte of the byte-order mark became a U+FFFD.
 */

export interface WideEncoding {
  encoding: "UTF-16" | "UTF-32"
  /** A byte-order mark, or a NUL beside each (ASCII) character. */
  by: "mark" | "nul"
  /** Which byte of each pair is the NUL, when told by it: "le" (the second), "be" (the first). */
  order?: "le" | "be"
}

const NUL = (unit: number | string | undefined) => unit === 0 || unit === "\u0000"

/** The wide encoding the opening (first 64 bytes or characters) says, or undefined. */
export function wideEncoding(head: Uint8Array | string): WideEncoding | undefined {
  const text = typeof head === "string"
  const [a, b, c, d] = text ? [...head.slice(0, 4)].map((ch) => (ch === "\uFFFD" ? -1 : ch.charCodeAt(0))) : head
  // A mark read as text is two U+FFFD (-1 here), which any two bytes that are not UTF-8 also give: a NUL must follow.
  const mark16 = text ? a === -1 && b === -1 && head.slice(0, 64).includes("\u0000") : (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)
  const mark32 = text ? (a === -1 && b === -1 && c === 0 && d === 0) || (a === 0 && b === 0 && c === -1 && d === -1) : (a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)
  if (mark32) return { encoding: "UTF-32", by: "mark" }
  if (mark16) return { encoding: "UTF-16", by: "mark" }
  const pairs = Math.floor(Math.min(head.length, 64) / 2)
  if (pairs < 2) return undefined
  let even = 0, odd = 0
  for (let i = 0; i < pairs * 2; i += 2) (even += NUL(head[i]) ? 1 : 0), (odd += NUL(head[i + 1]) ? 1 : 0)
  if (odd === pairs && even === 0) return { encoding: "UTF-16", by: "nul", order: "le" }
  if (even === pairs && odd === 0) return { encoding: "UTF-16", by: "nul", order: "be" }
  return undefined
}

/**
 * A file saved as UTF-16 or UTF-32, read as UTF-8: it was "not valid JSON (Unrecognized token ...)", a secrets file's
 * line "not NAME=value", a JSONL file "ends in the middle of a line". The words after the file's name, or undefined.
 * @example wideText(readFileSync("m.json", "utf8")) // "is saved as UTF-16: save it as UTF-8 (e.g. iconv -f utf-16 -t utf-8)"
 */
export function wideText(text: string): string | undefined {
  const wide = wideEncoding(text)
  return wide && `is saved as ${wide.encoding}: save it as UTF-8 (e.g. iconv -f ${wide.encoding.toLowerCase()} -t utf-8)`
}

/** The text without a UTF-8 byte-order mark at its start (Notepad's "UTF-8 with BOM"), the one form every reader accepts. */
export const withoutBom = (text: string): string => text.replace(/^\uFEFF/, "")
