// A number right after the person it reaches, in running text rather than a list: `is Shanice Bailey, 876…`, a relative
// whose given name no list holds (`my brother Thato on …`), `Name, is on …`, and a list item after an emoji with its
// variation selector. Texts written for this file.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"
import { phones } from "./spans.ts"

test("a number after a known given name, its surname and a comma in running text is whom to call", () => {
  expect(phones("the neighbour taking delivery is Shanice Bailey, 8769395660 February 16, 2027")).toEqual(["8769395660"])
  expect(phones("a minha vizinha é a Rosa Conceição, 212193728 08/01/2026")).toEqual(["212193728"])
  // A round sum or a date after a name is no phone.
  expect(phones("refund to Anna Berg, 4500000")).toEqual([])
  expect(phones("signed by Anna Berg, 20241130")).toEqual([])
})

test("a relative's name, known to a list or not, then `on` and the number", () => {
  expect(phones("or my brother Thato on 74390984. We acted in good faith.")).toEqual(["74390984"])
  expect(phones("My nominated beneficiary, Darren Chua, is on 97991698 or dchua@example.sg.")).toEqual(["97991698"])
  // A sentence's object on a date is no one to call.
  expect(phones("Meeting with Rose is on 20241130")).toEqual([])
})

test("a list item after an emoji written with its variation selector", () => {
  expect(phones("[16:58] Eirini: 🛣️ Maria Antoniou 6985780941")).toEqual(["6985780941"])
})

test("a number named right before as an agreement or a pass is that, even in a phone's 3-3-4 shape", () => {
  expect(phones("rental agreement 624-567-1749, lift pass 09-6467-1070-5, boot size MP 25")).toEqual([])
  expect(phones("Mietvertrag 559-742-5357, Skipass 06-2166-5512-9. Telefon 076 911 99 07")).toEqual(["076 911 99 07"])
  // Named a few words back, or a verb before it, it stays a phone.
  expect(phones("Order 5531 - call 617-555-0101")).toEqual(["617-555-0101"])
  expect(phones("Please pass 617-555-0101 to Anna")).toEqual(["617-555-0101"])
})

test("call-me words of Luxembourgish, Maltese, Serbian, Danish, Swiss German and Spanish name the number after them", () => {
  expect(phones("rufft mech un op 46 72 92 oder 417879. Merci.")).toEqual(["46 72 92", "417879"])
  expect(phones("ċempilli fuq 27871353 jew 2192 4632. Grazzi.")).toEqual(["27871353", "2192 4632"])
  expect(phones("hvala, pozovite me na 0610488645")).toEqual(["0610488645"])
  expect(phones("Lærke Bæk, kan træffes på 72 58 62 54, 17:15.")).toEqual(["72 58 62 54"])
})

test("whose number it is, in a bracket after it or as a role's name before it, makes it a phone", () => {
  expect(phones("↳ Radica: 8686623348 (Marlon Mohammed) ip 10.129.1.1")).toEqual(["8686623348"])
  expect(phones("bryllupsplanlegger Liv Aasen 73573716. bord 1")).toEqual(["73573716"])
  expect(phones("visit moved; parent Lyle on 3178504974.")).toEqual(["3178504974"])
  // An order's or an invoice's number stays one, whoever's name follows or comes before it.
  expect(phones("order 12345678 (Anna Berg)")).toEqual([])
  expect(phones("invoice for Anna Berg 12345678")).toEqual([])
  expect(phones("paid Anna Berg 4500000")).toEqual([])
})

test("a hyphenated given name or surname is a name before its number", () => {
  expect(phones("instructor: Mark Okafor-Lee, 6048065833\nRef: L6-AUT")).toEqual(["6048065833"])
  expect(phones("recipient: Jean-François Pelletier, 4038371266")).toEqual(["4038371266"])
  expect(phones("Odane on +1 876 962 2696, Shauna-Kay on 8764409188")).toEqual(["+1 876 962 2696", "8764409188"])
})

test("four dotted pairs after a phone's sign, before an extension or listed after a name among phones are a phone", () => {
  const types = (text: string) => createAnalyzer({}).analyze(text).filter((f) => f.type !== "PERSON").map((f) => `${f.type}:${text.slice(f.start, f.end)}`)
  expect(types("leverandør ☎ 90.70.28.29.")).toEqual(["PHONE:90.70.28.29"])
  expect(types("VVS-montør: Jørgen Jørgensen, 35.47.53.38 (ext. 50).")).toContain("PHONE:35.47.53.38")
  expect(types("Jørgen 63.20.86.41, Bent 80 89 70 62")).toEqual(["PHONE:63.20.86.41", "PHONE:80 89 70 62"])
  // Where no phone reading takes it, it is still reported, as an address; and an address named as one stays one.
  expect(types("Håkon 0047 93 69 61 72, Kåre 55.24.30.81, 16:45")).toContain("IP_ADDRESS:55.24.30.81")
  expect(types("Server 10.20.30.40 is down")).toEqual(["IP_ADDRESS:10.20.30.40"])
})

test("a ticket's line naming whose number it is in brackets is a phone after a line naming a plan; + glued to a colon", () => {
  expect(phones("plan skrbi CP-739811.\n↳ Zora: 051-374-727 (Krešimir Matić) ip 62.86.54.1")).toEqual(["051-374-727"])
  expect(phones("Priya Muniandy (customer), reached on:+60 11 5700 1560.")).toEqual(["+60 11 5700 1560"])
  // Without whose name, the number after a line naming another number stays that.
  expect(phones("Your member number:\nArjun: 5587030317")).toEqual([])
})

test("a polite or separable call-me-back, then a preposition typed against the number", () => {
  expect(phones("Bitte rufen Sie mich zurück unter030 99281571 (ext. 365).")).toEqual(["030 99281571"])
  expect(phones("mi richiami al011 489 4303 18/06/2026.")).toEqual(["011 489 4303"])
  expect(phones("por favor ligue-me para o22 696 5006 - 14:15.")).toEqual(["22 696 5006"])
  // A speaker tagged as the caller answering a question for an order's number gives that number.
  expect(phones("agent: proszę o numer zamówienia\ndzwoniący: 2370997407")).toEqual([])
})
