// A chat's customer or agent tag in Latvian, Slovenian, Mexican Spanish and Swiss German is a role, not a name; the
// name said after it still is one. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("Latvian, Slovenian, Spanish and Swiss German role tags are no names", () => {
  expect(people("[10:01] Klients: Labdien, esmu Ilze.\n[10:02] Klients: Paku nav.")).toEqual(["Ilze"])
  expect(people("[11:20] Svetovalka: Dober dan!\n[11:21] Stranka: Pozdravljeni, sem Tina Zupan.\n[11:22] Svetovalec: Hvala.")).toEqual(["Tina Zupan"])
  expect(people("[09:00] Asesora: Buenas tardes.\n[09:01] Cliente: Soy Ximena Ruiz.\n[09:03] Asesor: Listo.")).toEqual(["Ximena Ruiz"])
  expect(people("[14:10] Kundedienst: Grüezi!\n[14:11] Kund: Ich bi d Vreni Huber.\n[14:12] Kundendienst: Merci.")).toEqual(["Vreni Huber"])
})

test("a person's name in a chat tag is still found", () => {
  expect(people("[10:01] Ilze Ozola: Labdien!\n[10:02] Klients: paldies")).toEqual(["Ilze Ozola"])
  expect(people("[16:50] Mojca Turk: Živjo\n[16:51] Stranka: Hvala")).toEqual(["Mojca Turk"])
})
