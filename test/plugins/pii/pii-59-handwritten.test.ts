// What a blind corpus written one text at a time (holdout59) showed: an agent's "Hi, I'm Sarah, how can I help?", a
// number read back in other words, said with its area code first, or signed under a desk's line, "Family, Given" after
// a name-order key, a desk's own speaker tag, and names at the end of a transcribed line. Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"

test("an agent's 'Hi, I'm Sarah, how can I help?' names Sarah; a desk answering with its name still names no one", () => {
  expect(people("Hi, I'm Sarah, how can I help?")).toEqual(["Sarah"])
  expect(people("Tue 19:02  Skyward: Hi, I'm Bella, how can I help?")).toEqual(["Bella"])
  expect(people("Hello, you're through to Kestrel Mobile, how can I help?")).toEqual([])
})

test("a number read back in other words, said after its area code, or under a signer's desk line is a phone", () => {
  const readBack = "Konsultant: A numer telefonu do kontaktu?\nKlient: sześćset dwa, trzysta czterdzieści pięć, sto osiemdziesiąt dziewięć.\nKonsultant: Sześć zero dwa, trzy cztery pięć, jeden osiem dziewięć. Dziękuję."
  expect(phones(readBack)).toEqual(["sześćset dwa, trzysta czterdzieści pięć, sto osiemdziesiąt dziewięć", "Sześć zero dwa, trzy cztery pięć, jeden osiem dziewięć"])
  expect(phones("Operatore: E un recapito telefonico?\nCliente: tre tre nove, quattro due uno, zero otto sette sei.")).toEqual(["tre tre nove, quattro due uno, zero otto sette sei"])
  expect(phones("Agent: And a local number?\nCaller: It's area code six oh two... six oh two, eight eight four, one one oh seven.")).toEqual(["six oh two, eight eight four, one one oh seven"])
  expect(phones("Best,\nNatalie Osei\nHarbor Bank | Card Services\n1-888-414-2670 (24/7)")).toEqual(["1-888-414-2670"])
  expect(phones("Met vriendelijke groet,\nFemke Dekker\nAfdeling Schade\n088 432 1100")).toEqual(["088 432 1100"])
  expect(phones("That isn't one of ours. Our only number is 0345 600 2290.")).toEqual(["0345 600 2290"])
  expect(phones("sprawca nieznany. kom.509 442 118")).toEqual(["509 442 118"])
  // A date under a desk's line, an order's reference under a signer: no phone.
  expect(phones("Best,\nNatalie Osei\nOrder reference\n20260312")).toEqual([])
  expect(phones("The correct order number is 20260312.")).toEqual([])
})

test("'Family, Given' after a name-order key, an insured's or an employee's key, or `customer=` is one name", () => {
  expect(people("Last, First: Nguyen, Bao\nDOB: 11/03/1987")).toEqual(["Nguyen, Bao"])
  expect(people("Nom, Prénom : N'Diaye, Awa\nTél. fixe : 05.56.44.21.90")).toEqual(["N'Diaye, Awa"])
  expect(people("Nazwisko i imię: Kamińska-Lis, Aleksandra\nTelefon: 22 829 11 40")).toEqual(["Kamińska-Lis, Aleksandra"])
  expect(people("Insured: Okonkwo, Chidi\nPolicy: KP 6620 118")).toEqual(["Okonkwo, Chidi"])
  expect(people("customer=Hughes, Teresa | mobile=+44 7700 182 904")).toEqual(["Hughes, Teresa"])
  expect(people("city=Paris, France | zip=75001\nLocation: Paris, France")).toEqual([])
})

test("a desk's own speaker tag or signature is no one; its agent still is", () => {
  expect(people("[09:06] Banco Costa: Hola Pablo. No enviamos enlaces.")).toEqual(["Pablo"])
  expect(people("[Sat 9:41] Streamly Help: Hi Marisol! Happy to look.")).toEqual(["Marisol"])
  expect(people("Un cordial saludo,\nDepartamento de Siniestros\n900 123 456")).toEqual([])
  expect(people("Medewerker: Tandartspraktijk De Linde, met Esther.")).toEqual(["Esther"])
})

test("a name said at the end of a transcribed line, after 'met', 'fala a' or before a greeting, is a name", () => {
  expect(people("medewerker: zuidbank met iris goedemiddag\nklant: ja hallo met frits van der zande")).toEqual(["iris"])
  expect(people("operador: seguros estrada boa tarde fala a sofia")).toEqual(["sofia"])
  expect(people("konsultantka: ubezpieczenia drogowe ewelina dzień dobry")).toEqual(["ewelina"])
  expect(people("[00:00:02] agent: elm street dental, charlotte speaking")).toEqual(["charlotte"])
  expect(people("cliente: buonasera sono maria caputo vorrei cambiare il numero")).toEqual(["maria caputo"])
  expect(people("klant: ik kom uit het dorp met de fiets\nklant: ja hallo met mijn vrouw\nagent: thanks for waiting, speaking")).toEqual([])
  // Two words no list holds at a line's end are the clause's, not a name.
  expect(people("cliente: sono molto contento\nklant: storing met kpn glasvezel\nanrufer: hier ist kein empfang")).toEqual([])
})

test("a surname after a neighbour's, a family's or a dentist's word, and a given name's initial on a form, stay in the name", () => {
  expect(people("sleutel bij buurvrouw Klaassen\nde buren op nr. 14, familie Bakker.")).toEqual(["Klaassen", "Bakker"])
  expect(people("inplannen bij tandarts Hendriks.")).toEqual(["Hendriks"])
  expect(people("Die Familie Urlaub war schön.")).toEqual([])
  expect(people("CUSTOMER PROFILE\nName:        Callahan, Bridget M.\nMobile:      +1-508-341-7762")).toEqual(["Callahan, Bridget M"])
})

test("a chat's speaker before a middle dot and the desk is a name; a note's key after a time in round brackets is not", () => {
  expect(people("[18:03] Álvaro · Soporte Movilia: Hola! Entra")).toEqual(["Álvaro"])
  expect(people("(10:07) Note: approved\n(10:07) Payment: received\n(2) Notes: ok")).toEqual([])
})

test("a listed given name alone on the last line under a thanks is the writer's, in lower case too", () => {
  expect(people("call me outside: (937) 228-4130\n\nthx\njake")).toEqual(["jake"])
  expect(people("thanks\nwill\n===\nsee you\njake")).toEqual([])
})
