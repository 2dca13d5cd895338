// Roadside-assistance and car-rental desks (holdout79): a chat's support speaker, its user and the departments signing
// mails in more languages are no people, nor Turkish honorifics; titles in the case a sentence puts them in cue the
// surname after them; a signer's "Account Manager" and "just in case" name no other number. Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"

test("a desk's support speaker, its user and a department signing a mail are no person", () => {
  expect(people("[18:40] Użytkownik: auto nie odpala\n[18:41] Wsparcie: Dzień dobry, pani Zofia Wrona?")).toEqual(["Zofia Wrona"])
  expect(people("[09:02] Destek: Merhaba, adınız?\n[09:03] Müşteri: Kemal Aydın")).toEqual(["Kemal Aydın"])
  expect(people("Pagalba: Laba diena!\nKlientas: Tomas Vaitkus, rezervacija LT-55")).toEqual(["Tomas Vaitkus"])
  expect(people("Cu stimă,\nDepartamentul Amenzi\nRent Auto Carpați")).toEqual([])
  expect(people("Με εκτίμηση,\nΤμήμα Παραβάσεων")).toEqual([])
  expect(people("From: Fines & Charges <pcn@example.com>\nTo: Gareth Lloyd")).toEqual(["Gareth Lloyd"])
})

test("a Turkish honorific after a given name is no part of it", () => {
  expect(people("Teşekkürler Elif Hanım, aracınız hazır.")).toEqual(["Elif"])
})

test("a title in the dative or vocative cues the surname after it", () => {
  expect(people("Bună ziua, domnule Vulpe,\n\nvă scriem despre amendă.")).toEqual(["Vulpe"])
  expect(people("Přeposláno panu Benešovi s číslem zakázky.")).toEqual(["Benešovi"])
  expect(people("Panu Pawłowi wydano Škoda Scala zastępczo.")).toEqual(["Pawłowi"])
})

test("a signer's Account Manager and a number given just in case are phones", () => {
  expect(phones("Regards\nJoanne Pickles, Account Manager, 07700 900 123")).toEqual(["07700 900 123"])
  expect(phones("Cumprimentos,\nMaria Antunes, Gestora de Conta, 22 208 5936")).toEqual(["22 208 5936"])
  expect(phones("my number just in case 07700 900 123")).toEqual(["07700 900 123"])
  expect(phones("account 07700 900 123 was closed")).toEqual([])
})
