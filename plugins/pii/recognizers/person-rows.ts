// A table's row of cells that is a contact's (`CB | 02/05/2026 15:49 | Okonkwo, Rhys | +44 (0)121 657 6411 | DLV-0401`):
// a name in one of its cells is a person's when a phone's digits or a mail address stand on the rest of the line. Rows of
// other things hold places and products in the same shapes (`Site | 02/05/2026 | Melbourne, Victoria | 3000 | ok`, `SKU |
// 17.02.2026 | MILAN LAMP | 12 | ok`).

const CONTACT_ON_LINE = /\d[\d ().-]{5,}\d|@/

/** The line's text from `at` to its end. */
const lineRest = (text: string, at: number) => {
  const end = text.indexOf("\n", at)
  return text.slice(at, end < 0 ? text.length : end)
}

/** Whether a name at `start..end` after two cells or more stands in a contact's row; true when it stands after one cell or none. */
export function contactRow(text: string, lineStart: number, start: number, end: number): boolean {
  return text.slice(lineStart, start).split("|").length < 3 || CONTACT_ON_LINE.test(lineRest(text, end))
}
