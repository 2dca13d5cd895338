// What holdout70's first shot showed (a shift's handover listing people surname first, a postcode after its key, a name
// before `von der` and a school), written again for this file with other names and numbers.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const analyzer = createAnalyzer()
const found = (text: string, type: string) => analyzer.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

test("a surname written first, in capitals at an item's start or as a name after its number, is the name's", () => {
  expect(found("day shift handover: 1) Mensah, Kojo still waiting on his refund", "PERSON")).toEqual(["Mensah, Kojo"])
  expect(found("Übergabe Nachtdienst: BRÜCKNER, Heike – Karte gesperrt", "PERSON")).toEqual(["BRÜCKNER, Heike"])
  expect(found("handover – McGRATH, Aoife (new starter) gave her number", "PERSON")).toEqual(["McGRATH, Aoife"])
  expect(found("passagem de turno: TEIXEIRA, Maria João ligou 3x", "PERSON")).toEqual(["TEIXEIRA, Maria João"])
})

test("a word before a comma and a name at a line's start is no surname unless shouted or numbered", () => {
  expect(found("Updated, Ólafur.", "PERSON")).toEqual(["Ólafur"])
  expect(found("Update: Sorted, Maria will ring back", "PERSON")).toEqual(["Maria"])
  expect(found("URGENT, Anna call back", "PERSON")).toEqual(["Anna"])
  expect(found("Thanks, Anna", "PERSON")).toEqual(["Anna"])
})

test("a Portuguese postcode right after its key is no phone; a number after a phone word still is", () => {
  expect(found("tel fixo 22 418 3390. cód postal 4200-072. obrigado", "PHONE")).toEqual(["22 418 3390"])
  expect(found("Telefone: 2222-333 Lisboa", "PHONE")).toEqual(["2222-333"])
})

test("a given name before `von der` and a school or a firm's compound ends there; a noble particle's surname stays", () => {
  expect(found("Servus, Jakob von der Tanzschule. Kurs beginnt am Montag", "PERSON")).toEqual(["Jakob"])
  expect(found("Nadine Huber von der Hochschule Bern hat angerufen", "PERSON")).toEqual(["Nadine Huber"])
  expect(found("I met Ursula von der Leyen and Jan van der Berg.", "PERSON")).toEqual(["Ursula von der Leyen", "Jan van der Berg"])
})

test("agent shorthand for a customer or a supervisor, and for having spoken with someone, cues a lower-case name", () => {
  expect(found("cb 07700 900461 aft 3pm. spk w/ sup kirsten, she ok'd it", "PERSON")).toEqual(["kirsten"])
  expect(found("cx joanne wants a refund", "PERSON")).toEqual(["joanne"])
  // Shorthand for cancel before a thing names no one.
  expect(found("cx order 5521 pls", "PERSON")).toEqual([])
})

test("an alert's, a status's or a shift's word, an acronym or a shop before a comma and a name is no surname", () => {
  const cases: Array<[string, string]> = [["ATTENTION, Maria: your parcel is here", "Maria"], ["Shift: NIGHT, Anna on duty", "Anna"], ["Carrier: UPS, Tom confirmed pickup", "Tom"],
    ["1) AMAZON, Sarah wants refund", "Sarah"], ["3) Approved, Anna will send the email", "Anna"], ["2) Erledigt, Jonas informiert", "Jonas"], ["VIKTIGT, Erik ringer igen", "Erik"]]
  for (const [text, name] of cases) expect(found(text, "PERSON")).toEqual([name])
})

test("pairs of a surname and a name on one long line are read in linear time", () => {
  const line = "SMITH, Anna ".repeat(16_000)
  const t0 = performance.now()
  expect(found(line, "PERSON").length).toBeGreaterThan(0)
  // A bound far above linear time (about 0.3 s for 200 KB here; the quadratic reading took 2.7 s), so load cannot fail it.
  expect(performance.now() - t0).toBeLessThan(20_000)
})
