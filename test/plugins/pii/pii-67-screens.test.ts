// What holdout67's first shot showed missed in a legacy system's screens and a speech-to-text transcript, written again
// for this file with other names and keys.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const analyzer = createAnalyzer()
const found = (text: string, type: string) => analyzer.analyze(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

test("a screen's key in capitals before a column of spaces or dots names the person written surname first, whole", () => {
  expect(found("CLAIM 44-1093   OPENED 03/11/2026\nNAME      OKAFOR-BELL, TERESA\nTEL       0161 496 0778", "PERSON")).toEqual(["OKAFOR-BELL, TERESA"])
  expect(found("HOLDER........: VASQUEZ, MARISOL        POLICY NO: HP-2026-1187", "PERSON")).toEqual(["VASQUEZ, MARISOL"])
  expect(found("CUST: NYGAARD, INGRID          TEL: 406-252-9083", "PERSON")).toEqual(["NYGAARD, INGRID"])
  expect(found("KUNDE     BRANDT, HELGA   KDNR 448120", "PERSON")).toEqual(["BRANDT, HELGA"])
  expect(found("TITULAIRE  MOREAU, CÉLINE\nMONTANT   1 500 €", "PERSON")).toEqual(["MOREAU, CÉLINE"])
})

test("other keys' values in capitals on such a screen are no person", () => {
  for (const text of ["ROUTE     LEEDS, VICTORIA\n", "CITY      DALLAS, TEXAS\n", "STATUS    OPEN, PENDING   X", "PLAN      GOLD, ANNUAL\n", "DEPT      SALES, NORTH   EXT 204"]) {
    expect([text, found(text, "PERSON")]).toEqual([text, []])
  }
})

test("speech-to-text's lower-case names after a title (not madame nor dottoressa: pii-61-handwritten), a question what the caller is called, a filler, or an IVR's reading", () => {
  expect(found("sprecher 1: gut frau okonjo dann buchen wir das", "PERSON")).toEqual(["okonjo"])
  // A surname's particle `d'` is no elided word (pii-diff: `mr d'angelo` in lower case was lost).
  expect(found("caller: hi it's about mr d'souza's account", "PERSON")).toEqual(["d'souza"])
  expect(found("handläggare: vad heter du\nkund: sanna lindqvist\nhandläggare: tack", "PERSON")).toEqual(["sanna lindqvist"])
  expect(found("agente: cómo se llama\ncliente: pues marta ibáñez", "PERSON")).toEqual(["marta ibáñez"])
  expect(found('2026-11-03T10:02:11Z asr_name="declan ryan" conf=0.61\nnom_reconnu="aline moreau" score=0.7', "PERSON")).toEqual(["declan ryan", "aline moreau"])
})

test("a title's ordinary or elided word after it, a wife, and a confidence are no name", () => {
  for (const text of ["meine frau hat gestern angerufen", "merci monsieur c'est noté", "min fru ringer imorgon", "grazie dottoressa arrivederci", 'asr_name="" conf=0.2 asr_text="yes"']) {
    expect([text, found(text, "PERSON")]).toEqual([text, []])
  }
})

test("a contraction or a Scandinavian noun's definite form after a lower-case first name is no surname", () => {
  expect(found("[00:02:10] Agent: ok declan i'll put that through", "PERSON")).toEqual(["declan"])
  expect(found("agent: tack maria betalningen är klar", "PERSON")).toEqual(["maria"])
  expect(found("agent: thanks siobhan o'dell", "PERSON")).toEqual(["siobhan o'dell"])
})
