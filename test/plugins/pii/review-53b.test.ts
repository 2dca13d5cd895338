// What the blind corpus pii-holdout53 showed missing on its first shot, each reading tried on texts written for this
// file: a caller correcting the number just given, an IBAN wrapped over a mail's line, names written surname first in a
// table's cell or before a note's dash, East Asian names so written, a name in capitals opening a note, agents naming
// themselves in more languages, surnames spelled after more languages' words, and phones after more languages' words.
// The wrong readings next to each are what a reading this loose could take.
import { expect, test } from "bun:test"
import { found, people, phones } from "./spans.ts"

test("a caller correcting the number just given: the second is a phone too, written or said", () => {
  expect(phones("Το κινητό μου είναι 694 764 0723, συγγνώμη όχι, είναι 6977632847.")).toEqual(["694 764 0723", "6977632847"])
  expect(phones("Moja številka je +386 1 841 81 31, oprostite, ne, 070-242-773 je prava.")).toEqual(["+386 1 841 81 31", "070-242-773"])
  expect(phones("client: numărul meu e zero șapte patru patru șase trei opt 966, pardon, nu, e zero doi unu doi patru nouă nouă trei patru șase.")).toHaveLength(2)
  expect(phones("Order 4411 2093, sorry, 4411 2094 is the one.")).toEqual([])
})

test("an IBAN wrapped over a mail's line between two groups of four", () => {
  expect(found("maksu tilille SE61 5009 1058\n1320 4740 4681 kiitos", "IBAN")).toEqual(["SE61 5009 1058\n1320 4740 4681"])
  expect(found("IBAN DE89 3704 0044 0532 0130 00\nThanks, Anna", "IBAN")).toEqual(["DE89 3704 0044 0532 0130 00"])
  expect(found("ref SE61 5009 1058\n1320 4740 4682 kiitos", "IBAN")).toEqual([])
})

test("a name written surname first in a table's cell, before a note's dash, or East Asian after a contact's key", () => {
  expect(people("Callback request | THORNTON, Jamal | 07968854261 | NI no. GP522913B")).toEqual(["THORNTON, Jamal"])
  expect(people("Ring tilbake | Olsen, Marte | 22 11 07 44 | Refusjon")).toEqual(["Olsen, Marte"])
  expect(people("Hernandez, James – re-read the SSN to the caller")).toEqual(["Hernandez, James"])
  expect(people("Contact: Goh, Siew Ling\nPhone: +65 6722 2944")).toEqual(["Goh, Siew Ling"])
  expect(people("Kapcsolattartó: Molnár, István\nTelefon: 06 20 910 0037")).toEqual(["Molnár, István"])
  expect(people("Paris, France – trip notes")).toEqual([])
  expect(people("city | country\nParis, France | 2026")).toEqual([])
})

test("a name in capitals opening a note's line before a dash; an agent naming themselves in more languages", () => {
  expect(people("AMELIA OKAFOR – NI no. HE355137D taken for the deposit")).toEqual(["AMELIA OKAFOR"])
  expect(people("MAX LOAD – Check the chart")).toEqual([])
  expect(people("[00:00:05] ügyintéző: silkthread bridal, anikó vagyok, miben segíthetek?")).toEqual(["anikó"])
  expect(people("[00:00:04] asiakaspalvelu: keyhaven, aino puhelimessa, miten voin auttaa?")).toEqual(["aino"])
  expect(people("operátor: silkthread, pri telefóne tomáš, ako vám môžem pomôcť?")).toEqual(["tomáš"])
  expect(people("atendente: clearpane, gabriel falando, em que posso ajudar?")).toEqual(["gabriel"])
})

test("a surname spelled after Norwegian, Finnish and Croatian words for it", () => {
  expect(people("agent: kan du stave etternavnet?\n[00:00:32] kunde: l u n d e")).toEqual(["l u n d e"])
  expect(people("asiakaspalvelu: voitko tavata sukunimen?\n[00:00:30] asiakas: m ä k i n e n")).toEqual(["m ä k i n e n"])
  expect(people("agent: prezime?\n[00:00:33] korisnik: b a b i ć")).toEqual(["b a b i ć"])
  expect(people("agent: which tier?\ncaller: a b c")).toEqual([])
})

test("phones after Hungarian, Greek, Slovenian, Croatian and Norwegian words for a number or a call", () => {
  expect(phones("ha nem vagyok otthon, a száma nulla hat, három nulla, négy kilenc öt, öt hét nulla hét.")).toHaveLength(1)
  expect(phones("εε μπορειτε να με παρετε στο έξι εννέα επτά τέσσερα τέσσερα επτά ένα έξι έξι τέσσερα;")).toHaveLength(1)
  expect(phones("[5. 12. 2026] Maja: me lahko pokličete na 051-436-263? najbolje po 16:58")).toEqual(["051-436-263"])
  expect(phones("Povratni klic | KOVAČIČ, Jure | 031-037-130 | IBAN")).toEqual(["031-037-130"])
  expect(phones("vil bli ringt på 22.93.67.47 etter 14:06")).toEqual(["22.93.67.47"])
  expect(found("server 22.93.67.47 down", "IP_ADDRESS")).toEqual(["22.93.67.47"])
})
