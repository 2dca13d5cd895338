// A phone abbreviation typed against its number (Bulgarian `моб.`, Catalan `mòb.`, the Philippines' `cp`), a number
// read out with a short group before its first pause, the other choice of a phone just given, Basque and Spanish call
// words, and an IP under a key that names one; and the postcode, order and version that are none. Texts written for this file.
import { expect, test } from "bun:test"
import { found, phones } from "./spans.ts"

test("a mobile's abbreviation glued to its number by a dot names it a phone", () => {
  expect(phones("Пратка 12 — Петър Иванов, моб.087 512 3344")).toEqual(["087 512 3344"])
  expect(phones("Encàrrec: Jordi Serra, mòb.612 34 56 78")).toEqual(["612 34 56 78"])
  expect(phones("Encàrrec: Jordi Serra, mòb.+34612345678")).toEqual(["+34612345678"])
})

test("the Philippines' `cp` glued to a number of eight digits or more is a phone; glued to a postcode it is none", () => {
  expect(phones("Drop 4: Maria Reyes — cp09171234567")).toEqual(["09171234567"])
  expect(phones("Drop 4: Maria Reyes — cp(02) 8123 4567").length).toBe(1)
  expect(phones("Entrega: Calle Mayor 3, CP28013 Madrid")).toEqual([])
})

test("a voicemail's number read out with a short group before the first pause is read whole", () => {
  expect(phones('Voicemail\n"Sveiki, skambinkite man 0 52... 123456. Ačiū"')).toEqual(["0 52... 123456"])
  expect(phones('Voicemail\n"Здравейте, обадете ми се на 02 987, 6543. Благодаря"')).toEqual(["02 987, 6543"])
  expect(phones('Voicemail\n"hi, call me on four one six 555… 0199 — thanks"')).toEqual(["four one six 555… 0199"])
  // An order's count in a voicemail is no phone, its groups short before a pause or not.
  expect(phones('Voicemail\n"hi, the order was 12 boxes, 30 bags. thanks"')).toEqual([])
})

test("Spanish and Basque call words name the number after them", () => {
  expect(phones('Voicemail\n"Hola, márqueme al 81... 3967… 8354. Gracias"')).toEqual(["81... 3967… 8354"])
  expect(phones('Voicemail\n"Hola, llamame al 0351... 436, 4856. Gracias"')).toEqual(["0351... 436, 4856"])
  expect(phones("telefonoa: 948/12 34 56")).toEqual(["948/12 34 56"])
  expect(phones("Erreserba 2026/1234, zenbakia 948/12")).toEqual([])
})

test("the other choice of a phone just given is named as that one is, however far the phone word", () => {
  expect(phones("- ring venligst tilbage: 29-30-49-47 eller 21/55 09 49")).toEqual(["29-30-49-47", "21/55 09 49"])
  // With no phone before the `or`, a number with a slash and no trunk 0 is a reference.
  expect(phones("- sagsnummer 2024 eller 21/55 09 49")).toEqual([])
})

test("four dotted pairs under a key naming an IP are an IP address, never a phone", () => {
  const log = '{"msg":"sms to 00359 2 427 5634","client_ip":"37.24.23.63"}'
  expect(found(log, "IP_ADDRESS")).toEqual(["37.24.23.63"])
  expect(phones(log)).toEqual(["00359 2 427 5634"])
  // A dotted version named so is neither.
  expect(found("Hosts updated to version 1.2.3.4 tonight", "IP_ADDRESS")).toEqual([])
})

test("a driver's stop gives whom to call: a name, a comma, the postcode and a dash before the number", () => {
  expect(phones("Stop 3: Maria Camilleri, SLM 1021 — 7912.3456")).toEqual(["7912.3456"])
  expect(phones("Stop 9: Luc Weber, L-2540 — 621-345-678")).toEqual(["621-345-678"])
  // With no name before, a 3-3-3 run after a dash is a reference.
  expect(phones("Stop 9: ref 2540 — 621-345-678")).toEqual([])
})

test("an Indian PIN code after a name and a comma, with a phone right after, is a postcode", () => {
  expect(phones("Stop 2: Arjun Menon, 560034 — 📱+91 80 4123 5678")).toEqual(["+91 80 4123 5678"])
  expect(phones("Ship to: Kavya Rao, 400 076\nphone 022/2654 1234")).toEqual(["022/2654 1234"])
})

test("four dotted pairs ending a line after a neighbour's name are their phone; after a host's name an IP", () => {
  expect(phones("min nabo: naboen min Rose Hansen, 91.23.45.67\nok")).toEqual(["91.23.45.67"])
  expect(found("naboen min Rose Hansen, 91.23.45.67\nok", "IP_ADDRESS")).toEqual([])
  expect(found("Gateway Router, 91.23.45.67\nok", "IP_ADDRESS")).toEqual(["91.23.45.67"])
})

test("a `celu` column holds phones, dotted or not", () => {
  expect(phones("nombre\tapellido\tcelu\tmail\nLucía\tPérez\t011.4321.5678\tlucia@example.com")).toEqual(["011.4321.5678"])
  expect(phones("nombre\tapellido\tpedido\tmail\nLucía\tPérez\t011.4321.5678\tlucia@example.com")).toEqual([])
})

test("a voicemail's number then a day before its month keeps the day out", () => {
  expect(phones('Voicemail ☎️ from 8314 2260, 14 May 2026 9:10 am (0:31):\n"Hi there"')).toEqual(["8314 2260"])
})

test("a chat's `Client:` speaker names no IP: their dotted number after a call word is a phone", () => {
  expect(phones("[14:34] Client: Bel 52.200.15.79 of mail me.")).toEqual(["52.200.15.79"])
})

test("a kin word in capitals before everyday words names no relative (`SIN` is a Slovene son)", () => {
  expect(phones("AGENT NOTE: CANADIAN SIN ON FILE 580 926 715. CONTACT +1 212 771 2455.")).toEqual(["+1 212 771 2455"])
})
