// The recognizers beyond the six western languages and beyond Title Case: names, cues and phone forms of
// Portuguese, the Nordic languages, Polish, Czech, ALL-CAPS and SMS text. Texts written for this file.
import { expect, test } from "bun:test"
import { positive as pos, testRecognizer } from "../../../testing/index.ts"
import { analyze, card, createPhoneRecognizer, person, ukNino } from "../../../plugins/pii/index.ts"

testRecognizer(person, {
  positives: [
    // First names of more locales, with diacritics, in running text without a cue.
    pos("The refund was approved after Małgorzata Zielińska checked it.", "Małgorzata Zielińska"),
    pos("Escalated: Torbjörn Ekström will phone back.", "Torbjörn Ekström"),
    // Introductions, greetings, sign-offs and titles of those languages, the cue word outside the span.
    pos("Olá, o meu nome é Gonçalo Baptista e tenho uma dúvida.", "Gonçalo Baptista"),
    pos("Dobrý den Vojtěch,\nděkujeme za zprávu.", "Vojtěch"),
    pos("Med vänliga hälsningar\nLinnéa Berglund", "Linnéa Berglund"),
    pos("Rozmawiałam z panią Kowalczyk wczoraj.", "Kowalczyk"),
    // Speaker tags: a role word before the name, a role after it, a name in brackets.
    pos("Handläggare Ingrid: vad gäller det?", "Ingrid"),
    pos("Bjarke (kundeservice): Hej!", "Bjarke"),
    pos("<Oluwaseun> hi there", "Oluwaseun"),
    // A party label in markdown, a name in emphasis.
    pos("**Cliente:** Conceição Amaral\n**Estado:** aberto", "Conceição Amaral"),
    pos("* handed over to _Katarzyna Nowak_ on Monday", "Katarzyna Nowak"),
    // SMS in lower case after an introduction; an ALL-CAPS line.
    pos("hej jag heter märta och mitt nummer", "märta"),
    pos("hi my name is anna schmidt and i need help", "anna schmidt"),
    pos("URGENT - PLEASE ASK ANNA SCHMIDT TO CALL BACK", "ANNA SCHMIDT"),
    pos("URGENT: CALL KATARZYNA NOWAK ON MONDAY", "KATARZYNA NOWAK"),
  ],
  negatives: [
    // Header field names at a line's start, a month in a date, places and brands that are also first names.
    "Till: support@example.org\nAssunto: Re: encomenda",
    "Die Lieferung kam am 27. Mai 2026 an.",
    "Meet at Victoria Station, then the Charlotte office.",
    "Bought at Zara, paid with the Mercedes card.",
    // Speaker tags whose label is followed by a sentence, not a name.
    "Customer: Will the June bill include it?\nKunde: Sendungsnummer fehlt",
    // Frequent words of the new languages opening a sentence.
    "Tak, det er fint. Ale nie dzisiaj. Ano, děkuji.",
    // An ALL-CAPS line without a name, and a lower-case word after an introduction that is no name.
    "PLEASE CALL ME BACK ON MONDAY",
    "my name is on the account",
  ],
})

testRecognizer(createPhoneRecognizer(), {
  positives: [
    pos("[call me](tel:+46731491116) or callto:+4930123456", "+46731491116", "+4930123456"),
    pos("PLEASE CALL ME BACK ON +1 617 901 8510 TODAY", "+1 617 901 8510"),
    pos("RING MIG PÅ 070 123 45 67", "070 123 45 67"),
    pos("ok +491713020552 .. 3:50", "+491713020552"),
    pos("bitte Rückruf unter 089.43511079 danke", "089.43511079"),
    pos("llámame al 612-345-678, gracias", "612-345-678"),
    // National numbers of EU/EEA countries outside western Europe (default regions).
    pos("mój numer to 512 345 678", "512 345 678"),
    pos("o meu telemóvel é 912 345 678", "912 345 678"),
  ],
  negatives: [
    "ref 123-456-789 closed",
    "Código postal 1000-205 Lisboa",
    "social security no. 078051120 on file",
    "ni number ab 12 34 56 c",
    "version 10.0.22631.2861 installed",
  ],
})

testRecognizer(ukNino, {
  positives: [pos("my ni number is ab123456c thanks", "ab123456c"), pos("NI no: jp 12 34 56 a", "jp 12 34 56 a")],
  negatives: ["order ab123456c shipped", "qq123456c", "ni number xd123456e"],
})

testRecognizer(card, {
  positives: [pos("UnionPay 625523 2435043936188 declined", "625523 2435043936188")],
  negatives: ["625523 2435043936189"],
})

test("nine bare digits after 'social security no.' are an SSN, not a phone", () => {
  const text = "Cust gave social security no. 078051120, will call back."
  const found = analyze(text).map((f) => [f.type, text.slice(f.start, f.end)])
  expect(found).toEqual([["US_SSN", "078051120"]])
})
