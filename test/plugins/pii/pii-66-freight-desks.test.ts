// What a blind corpus of B2B and field-service desks (holdout76) wrote that the recognizers misread: a container's
// number, an air waybill and tax ids read as phones; departments named as chat speakers and firms with a trade word
// read as people. Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"

test("a shipping container's number after its owner code is no phone; a phone on the same line still is", () => {
  expect(phones("Container MSKU 448120 3 discharged Felixstowe, driver on 07912 345678")).toEqual(["07912 345678"])
  expect(phones("Kontejner CMAU 301877 5 · tel. 602 418 337")).toEqual(["602 418 337"])
  expect(phones("cntr TCNU-551204-9 ready")).toEqual([])
  // Four capitals not ending in U, J or Z are no owner code: the number after them is read as before.
  expect(phones("Call ACME 0161 496 0123")).toEqual(["0161 496 0123"])
})

test("an air waybill, a UK taxpayer reference, a Polish or Czech tax id after its key is no phone", () => {
  expect(phones("MAWB 176-40218833, consignee desk 020 7946 0991")).toEqual(["020 7946 0991"])
  expect(phones("UTR: 83104 22719\nMobile: 07723 918 004")).toEqual(["07723 918 004"])
  expect(phones("NIP: 781-102-33-17\nTelefon: 601 228 914")).toEqual(["601 228 914"])
})

test("a department named as a chat's speaker is no person; the people it names are", () => {
  expect(people("[10:02] Recepcja: goście to Marta Zielińska i Paweł Nowak")).toEqual(["Marta Zielińska", "Paweł Nowak"])
  expect(people("[08:15] Disposition: Techniker Lukas Bauer fährt hin\n[08:16] Buchhaltung: ok")).toEqual(["Lukas Bauer"])
  expect(people("[16:40] Comptabilité: facture ?\n[16:41] Facturation: F-2026-118")).toEqual([])
  expect(people("[07:10] Dispečink: jede technik\n[07:12] Onthaal: ok")).toEqual([])
})

test("a firm whose name ends in a trade word or a Czech or Polish legal form is no person", () => {
  expect(people("Consignee: Okonjo Trading, Apapa — attn Ngozi Eze")).toEqual(["Ngozi Eze"])
  expect(people("Tenant: Vireo Analytics, 4th floor")).toEqual([])
  expect(people("Příjemce: Sklárna Jizera a.s., kontakt Petra Dvořáková")).toEqual(["Petra Dvořáková"])
})

test("a form's heading that is a given name elsewhere is no name; the name with a surname after a key still is", () => {
  expect(people("Alta de proveedor — Elevadores del Bajío, contacto Rosa Méndez")).toEqual(["Rosa Méndez"])
  expect(people("Contacto: Alta Vasquez, ventas")).toEqual(["Alta Vasquez"])
})

test("line after a role word is the word, not a given name; a given name there still is one", () => {
  expect(people("Logged 18:42 · Engineer line: 0161 496 7731")).toEqual([])
  expect(people("Logged 18:42 · Engineer lukas: 0161 496 7731")).toEqual(["lukas"])
})
