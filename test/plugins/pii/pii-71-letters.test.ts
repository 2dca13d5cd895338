// What holdout71's first shot showed (formal letters and case files: complaints desks and ombudsmen as a mail header's
// display name, titles of Austria and Spain, firms, a said number and its read-back parted by a dash), written again for
// this file with other names, desks and numbers.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const analyzer = createAnalyzer()
const found = (text: string, type: string) => analyzer.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

test("a complaints desk or an ombudsman as a mail header's display name is no person, its words before or after the finding", () => {
  for (const text of ["To: Complaints Team <complaints@westgrid.example>", "To: Ombudsman for Energy Services <intake@oes.example>",
    "An: Beschwerdemanagement Stadtwerke Kronau <beschwerde@sw-kronau.example>", "A: Reclami Banca Adriatica <reclami@banca.example>",
    "Para: Servicio de Atención al Cliente, Banco Norte <sac@bn.example>", "Til: Klagenævn for Forsikring (model) <klage@kf.example>",
    "From: Office of the Ombudsman – State Department <intake@ombuds.example>"]) {
    expect(found(text, "PERSON")).toEqual([])
  }
  // A person signing for the desk, or whose own mailbox it is, stays one.
  expect(found("From: Lisa Chen, Complaints Team <lisa.chen@westgrid.example>", "PERSON")).toEqual(["Lisa Chen"])
  expect(found("Von: Einkauf Schmidt <schmidt@firma.example>", "PERSON")).toEqual(["Einkauf Schmidt"])
})

test("Austrian and Spanish titles stay outside the name; a post box, a credit union, a law office and an electricity firm are no names", () => {
  expect(found("Sehr geehrte Frau Mag. Hofer-Leitner!", "PERSON")).toEqual(["Hofer-Leitner"])
  expect(found("Solicitante: Dña. Rosario Lloret; su hijo Marcos", "PERSON")).toEqual(["Rosario Lloret", "Marcos"])
  expect(found("Dear Sirs\n\nWe write about your claim.", "PERSON")).toEqual([])
  expect(found("Harbour Life Insurance Company\nP.O. Box 44120, Hartford, CT", "PERSON")).toEqual([])
  expect(found("Case note – Liffey Credit Union, arrears team", "PERSON")).toEqual([])
  expect(found("Aktenvermerk – Kanzlei Wendt & Partner, Az. 12/2026", "PERSON")).toEqual([])
  // Mutua is a surname too (Kenya): it stays one.
  expect(found("Spoke with Grace Mutua about the refund.", "PERSON")).toEqual(["Grace Mutua"])
})

test("a number said aloud and read back after a dash set apart by spaces is two numbers, not one too long", () => {
  const text = "Rückruf: null drei eins sechs, acht zwei zwei, vier eins sieben – null drei eins sechs, acht zwei zwei, vier eins sieben."
  expect(found(text, "PHONE")).toEqual(["null drei eins sechs, acht zwei zwei, vier eins sieben", "null drei eins sechs, acht zwei zwei, vier eins sieben"])
})
