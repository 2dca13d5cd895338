// Shapes a blind corpus (holdout48) found: a number before a colon with no minutes after it, a garment's label, an
// adjective naming a Cyrillic `номер`, a possessive after a compound number word, call-back verbs. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a last group of two before a colon is the number's when no minutes follow: an SMS log's recipient, a sender", () => {
  expect(phones("[08:55] DESK → +32 2 571 55 23: Bedankt, Sofie.")).toEqual(["+32 2 571 55 23"])
  expect(phones("[20.11.26, 13:05:41] +41 78 188 76 28: Merci.")).toEqual(["+41 78 188 76 28"])
  // A time right after the number is still no group of it.
  expect(phones("ring 076/451 34 54 18:45 i dag")).toEqual(["076/451 34 54"])
})

test("a garment's or a parcel's label names its own number, in the languages the recognizers cover", () => {
  expect(phones("Het gaat om bestelling PG-260211-46, label 04879600.")).toEqual([])
  expect(phones("C'est au sujet de la commande PG-260610-83, étiquette 08957668.")).toEqual([])
  expect(phones("Es geht um den Auftrag PG-260309-32, Etikett 01543294.")).toEqual([])
  expect(phones("Става дума за поръчка PG-261112-72, етикет 08777933.")).toEqual([])
  // Only right before the number: a label a sentence before is what the call is about.
  expect(phones("Hi, it's Maricel calling about the missing label. You can get me on 02.8972.3103 or email me.")).toEqual(["02.8972.3103"])
  // A phone word nearer than the label still names the number.
  expect(phones("Label on the bag, but call me on 0895 7668 please")).toEqual(["0895 7668"])
})

test("an adjective before a Bulgarian or Ukrainian `номер` names some other number; a phone's kind does not", () => {
  expect(phones("мій донорський номер 610433041303. Дякую")).toEqual([])
  expect(phones("а донорският ми номер е 8237 0809 2770. Моля")).toEqual([])
  expect(phones("мій мобільний номер 050 123 4567")).toEqual(["050 123 4567"])
  expect(phones("мобилният ми номер е 0888 123 456")).toEqual(["0888 123 456"])
  expect(phones("моят номер е 0888 123 456")).toEqual(["0888 123 456"])
})

test("a possessive between a compound number word and its verb leaves the word naming the number", () => {
  expect(phones("kjøpernummeret mitt er 801 2197 8718. Takk")).toEqual([])
  expect(phones("telefonnummeret mitt er 40 95 93 25")).toEqual(["40 95 93 25"])
})

test("call-back verbs in Latvian and Ukrainian name a number said in words", () => {
  expect(phones("lūdzu atzvaniet man uz seši septiņi septiņi astoņi nulle divi seši trīs")).toEqual(["seši septiņi septiņi astoņi nulle divi seši trīs"])
  expect(phones("будь ласка передзвоніть мені на нуль п'ять нуль один три п'ять шість п'ять п'ять вісім")).toEqual(["нуль п'ять нуль один три п'ять шість п'ять п'ять вісім"])
})

test("a dotted area code then dashes, or a trunk's dash then a dotted rest, is a phone near a phone word only", () => {
  expect(phones("Por favor llámeme al 011.15-2392-8179. Gracias")).toEqual(["011.15-2392-8179"])
  expect(phones("Prašau perskambinti numeriu 0-617.63209.")).toEqual(["0-617.63209"])
  expect(phones("Lote 011.15-2392-8179 vendido en la subasta")).toEqual([])
})
