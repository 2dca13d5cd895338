// Review of holdout42's PERSON misses after role words and its false positives on pets, produce and brands, by general
// rules: drivers', chimney sweeps', neighbours', owners' and customers' words as cues, a customer's surname in a note's
// header, animals booked in pairs, weighed or bunched herbs, a firm named by a word and its trade. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a driver's, a chimney sweep's, a neighbour's or a sitter's word is a cue for a name in capitals after it", () => {
  expect(people("Bussen er sen i dag. Sjåføren TROND-ERIK BAKKE ringer snart.")).toEqual(["TROND-ERIK BAKKE"])
  expect(people("Késik a busz, a sofőr KOVÁCS BENCE hívott.")).toEqual(["KOVÁCS BENCE"])
  expect(people("Gracias. El deshollinador MARTA LLORENTE vendrá el lunes.")).toEqual(["MARTA LLORENTE"])
  expect(people("Labdien, mans kaimiņš PĒTERIS OZOLS paņems paku.")).toEqual(["PĒTERIS OZOLS"])
  expect(people("- the driver (TOMÁS REILLY) said to ring back")).toEqual(["TOMÁS REILLY"])
})

test("a role word before ordinary words is no name", () => {
  expect(people("the driver was late again, sorry")).toEqual([])
  expect(people("Sjåføren var sen i dag.")).toEqual([])
  expect(people("- the driver (LATE AGAIN) said nothing")).toEqual([])
})

test("a note's header names its customer by surname alone, or surname in capitals first", () => {
  expect(people("delivery — customer Okonkwo\nrings after six")).toEqual(["Okonkwo"])
  expect(people("Lieferung — Kunde Brandauer\nruft morgen zurück")).toEqual(["Brandauer"])
  expect(people("dostava — stranka KOVAČ Nejc\nzabeleženo")).toEqual(["KOVAČ Nejc"])
  expect(people("delivery — customer Service\nrings after six")).toEqual([])
  expect(people("IBAN: PL61109010140000071219812874\nKlient twierdzi, że numer jest zły.")).toEqual([])
})

test("animals booked in pairs for a stay, and animals after their noun, are no people", () => {
  expect(people("booking KN-88-1021: Bella + Rocky, 2026-04-02 – 2026-04-09, £120")).toEqual([])
  expect(people("- opphold: hunden Molly, fra 09.00")).toEqual([])
  expect(people("- de kat Rocky, vaccinbatch K12, van 09:30")).toEqual([])
  expect(people("Sage + Tom came by at noon.")).toEqual(["Sage", "Tom"])
  expect(people("- Declan's dog is next door")).toEqual(["Declan"])
  expect(people("- Bella's vaccination is due, dog booked")).toEqual([])
})

test("herbs weighed, bunched or joined by + are produce; a word and a coach's or a farm's trade a firm", () => {
  expect(people("veg box: Sage + 2 kg, total €12.40")).toEqual([])
  expect(people("order:\nRosemary + Basil\nthanks")).toEqual([])
  expect(people("* Basil 🌿\n* paid")).toEqual([])
  expect(people("Engineer Nomsa 🌻 calls ahead.")).toEqual(["Nomsa"])
  expect(people("- tree work (Robin hedge), certificate 4471")).toEqual([])
  expect(people("total: €30\nHope Express, ref. 5521\nJoy Bus, paid")).toEqual([])
  expect(people("Meet me at Grace Street at nine.")).toEqual([])
})
