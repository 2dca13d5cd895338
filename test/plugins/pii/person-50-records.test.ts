// Names in records written by programs, in any script and in capitals: a header's display name before its address, a
// quoted value under a name's key, a SQL insert's value under a name's column, a document's author line. Texts written
// for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a display name before its address in a mail, git or SIP header, in capitals or another script", () => {
  expect(people('From: "OLUWASEUN ADEYEMI" <seun.adeyemi@example.org>\nSubject: refund')).toEqual(["OLUWASEUN ADEYEMI"])
  expect(people('P-Asserted-Identity: "ნინო ბერიძე" <tel:+995555123456>')).toEqual(["ნინო ბერიძე"])
  expect(people("Author: Արամ Պետրոսյան <aram@example.am>\nDate:   Tue Mar 3 2026")).toEqual(["Արամ Պետրոսյան"])
})

test("a firm's display name in a header is no person", () => {
  expect(people('To: "Harbourside Dental Clinic" <sip:+442079460000@10.0.0.1>')).toEqual([])
  expect(people("From: Northwind Traders <orders@northwind.example>")).toEqual([])
})

test("a quoted value under a name's key, in a record that has a contact's key", () => {
  expect(people("caused by: Customer{id=88, name='Oskar Lindqvist', email='oskar@example.se'}")).toEqual(["Oskar Lindqvist"])
  expect(people('+  - id: 12\n+    name: "ZEYNEP KAYA"\n+    phone: "+905321234567"')).toEqual(["ZEYNEP KAYA"])
  expect(people("user = {first_name: 'Dilnoza', last_name: 'Karimova'}")).toEqual(["Dilnoza", "Karimova"])
})

test("a quoted name under a role's key with no contact's key, or a firm's, is not read as a person", () => {
  expect(people('product: {name: "Ocean Blue Paint", sku: "OB-12"}')).toEqual([])
  expect(people('studio:\n  name: "Harbourside Dental Clinic"\n  email: "desk@harbourside.example"')).toEqual([])
})

test("a SQL insert's values under a name's columns", () => {
  const sql = "INSERT INTO clients (id, given_name, family_name, email) VALUES\n  (7, 'Rania', 'Haddad', 'rania@example.com'),\n  (8, 'Lior', 'Ben-David', 'lior@example.com');"
  expect(people(sql)).toEqual(["Rania", "Haddad", "Lior", "Ben-David"])
  expect(people("INSERT INTO products (id, name, price) VALUES (3, 'Ocean Blue Paint', 12.5);")).toEqual([])
})

test("a document's author line in capitals; a placeholder author is none", () => {
  expect(people("Author                          : MARTA KOWALCZYK\nTitle                           : Contract")).toEqual(["MARTA KOWALCZYK"])
  expect(people("Author                          : Microsoft Office User\nPage Count                      : 2")).toEqual([])
})
