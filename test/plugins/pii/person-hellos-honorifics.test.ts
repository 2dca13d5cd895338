// Hellos of Wales, South Africa, East Africa and Estonia; Finnish, Estonian and Turkish Mr and Mrs; Turkish `Kart` (card).
// Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a name after one of these hellos is found without the hello", () => {
  expect(people("Shwmae Gwenllian, your parcel is ready.")).toEqual(["Gwenllian"])
  expect(people("Howzit Thandeka, the boat is back.")).toEqual(["Thandeka"])
  expect(people("Habari Wanjiru, your receipt is attached.")).toEqual(["Wanjiru"])
  expect(people("Tervist Tõnis, retsept on valmis.")).toEqual(["Tõnis"])
  expect(people("Compliments of the season Obiageli, thank you for the gift.")).toEqual(["Obiageli"])
})

test("a surname after a Finnish, Estonian or Turkish title is found without the title", () => {
  expect(people("Opettaja on herra Lindroos tänään.")).toEqual(["Lindroos"])
  expect(people("Nimi: rouva Hämäläinen")).toEqual(["Hämäläinen"])
  expect(people("Arst on härra Tamm.")).toEqual(["Tamm"])
  expect(people("Ad Soyad: Bayan Erdoğan")).toEqual(["Erdoğan"])
  expect(people("nimi: rouva hämäläinen\n- ajokoe siirretty")).toEqual(["hämäläinen"])
})

test("Turkish `Kart` before a card's number is the word card, no name", () => {
  expect(people("Numaram 0216 902 54 91. Kart: 4111 1111 1111 1111. Teşekkürler.")).toEqual([])
})
