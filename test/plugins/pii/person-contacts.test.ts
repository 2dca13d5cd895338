// Whom a desk reaches or names as a contact is a name, listed or not, in any case: a staff member's turn tag, a call for
// someone on a number, whoever can be reached on one, a contact's, a relative's or a carer's key, a greeted text message,
// whose a thing is before a number, a mail's copy line, a voicemail's caller before their firm. Desks, pronouns, adverbs,
// firms and header rows in the same places are not. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a staff member's turn tag in lower case names them, and their name is found again", () => {
  expect(people("Agent tevita fifita: Booking checked.\nCaller: fine")).toEqual(["tevita fifita"])
  expect(people("[10:02] Operatore ugo ferrante: Buongiorno.\n[10:03] Cliente: Sì")).toEqual(["ugo ferrante"])
  expect(people("Ügyintéző szabó andrás: Jó napot.\nÜgyfél: Igen, szabó andrás segített.")).toEqual(["szabó andrás", "szabó andrás"])
  expect(people("Оператор мила стоянова: Добър ден.")).toEqual(["мила стоянова"])
  expect(people("[09:40] maria kahale: hi there\n[09:41] Agent: hello")).toEqual(["maria kahale"])
  expect(people("[10:04] system notice: closed at 22:00")).toEqual([])
})

test("a desk's or a bot's tag, or a note, is no name", () => {
  expect(people("Agent note: callback booked.\nAGENT NOTE: verified")).toEqual([])
  expect(people("[11:00] Agent bot: Hi! How can I help?")).toEqual([])
})

test("whom to call on a number is a name, in several languages and any case", () => {
  expect(people("Please call Tevita Fifita on 021 555 0142.")).toEqual(["Tevita Fifita"])
  expect(people("If no answer try Mercy Sibanda, the daughter, on 0242 770 292.")).toEqual(["Mercy Sibanda"])
  expect(people("Best number for Kalani Mahoe is +1 808 555 0199.")).toEqual(["Kalani Mahoe"])
  expect(people("Llamar a Ximena Quispe al 01 555 0123.")).toEqual(["Ximena Quispe"])
  expect(people("Appeler Gaëlle au 04 91 55 01 23.")).toEqual(["Gaëlle"])
  expect(people("Ring til bjørg haugland på 22 55 01 23.")).toEqual(["bjørg haugland"])
  expect(people("Ċempel lil 👤 Ninu Zammit fuq ☎️ 2155 0123.")).toEqual(["Ninu Zammit"])
  expect(people("Caller: tanvir can be reached on +44 7700 900123.")).toEqual(["tanvir"])
})

test("a desk, a pronoun, an adverb or a firm called on a number is no name", () => {
  expect(people("Please call us on 0161 496 0000, or call Reception on 0161 496 0001.")).toEqual([])
  expect(people("Ring venligst tilbage på 33 12 34 56. Ring tillbaka på 08-123 456 78.")).toEqual([])
  expect(people("Prosím, zavolajte nám späť na +421 2 5555 0123.")).toEqual([])
  expect(people("Please call Brightline Installers on 0800 555 0100.")).toEqual([])
  expect(people("They asked us to call a relative on +61 436 555 152.")).toEqual([])
})

test("a contact's, a relative's or a carer's key names a person, lower case, capitals first or unlisted", () => {
  expect(people("Hmotnosť 12 kg. Kontakt: ivica hrušková, tel. 02-5555-0123.")).toEqual(["ivica hrušková"])
  expect(people("Daughter: NGATA Aroha\nMobile: 021 555 0199")).toEqual(["NGATA Aroha"])
  expect(people("Kontaktinis asmuo: Rūta Vaitkutė, tel. 8 5 555 0123.")).toEqual(["Rūta Vaitkutė"])
  expect(people("Fqinji: Besa Krasniqi\nTel: 069 555 0123")).toEqual(["Besa Krasniqi"])
  expect(people("Klient: Sin: stojan petrović, Tel. 011 555 0123.")).toEqual(["stojan petrović"])
  expect(people("Visit booked.\nCarer Patience.\nKey safe 1234.")).toEqual(["Patience"])
  expect(people("| Name | OKONKWO Chidi |\n| Daughter | Ada Okonkwo |")).toEqual(["OKONKWO Chidi", "Ada Okonkwo"])
})

test("a key's everyday value, a header row or a short foreign word is no name", () => {
  expect(people("Contact: Billing Team, tel. 0161 496 0000.")).toEqual([])
  expect(people("| Contact | Role | Phone |\n|---|---|---|")).toEqual([])
  expect(people("Sin embargo, el pedido llegó tarde.")).toEqual([])
  expect(people("Neighbour: none\nDaughter: n/a")).toEqual([])
})

test("a text message's greeting names its reader in lower case, not a crowd or the time of day", () => {
  expect(people("hi tanvir, your visit is at 10.")).toEqual(["tanvir"])
  expect(people("kaixo amaia, hitzordua bihar da.")).toEqual(["amaia"])
  expect(people("Hallo zusammen,\nbitte buchen.")).toEqual([])
  expect(people("Bună ziua, Ionela,\nvă confirmăm.")).toEqual(["Ionela"])
  expect(people("hi there, your visit is at 10.")).toEqual([])
})

test("whose a thing is before a number, a mail's copy line and a voicemail's caller before their firm are names", () => {
  expect(people("Bag tag 0047 belongs to Tevita Fifita; best number +44 7700 900123.")).toEqual(["Tevita Fifita"])
  expect(people("The van belongs to Northside Haulage; phone 0161 496 0000.")).toEqual([])
  expect(people("From: desk@example.com\ncc Aroha Ngata\nSubject: visit")).toEqual(["Aroha Ngata"])
  expect(people("Hola, habla Ximena de Pulse Leisure. Llámenos.")).toEqual(["Ximena"])
  expect(people("Hallo, met Sem de Vries, over de boot.")).toEqual(["Sem de Vries"])
})

test("a firm by its trade, or where a call comes from, is no name in lower case; a surname's particles are kept", () => {
  expect(people("hi sunward travel, can i change my booking?")).toEqual([])
  expect(people("[10:02] harbourside lettings: sorry for the wait")).toEqual([])
  expect(people("her mama will call from cancún on +52 222 555 0123 about it.")).toEqual([])
  expect(people("Kontakt: Ursula von der Leyen, tel. 030 555 0123.")).toEqual(["Ursula von der Leyen"])
})

test("a capitalised tag whose given name is a word, a surname first in capitals, a phone's key after a called name", () => {
  expect(people("Operater Nada Golob: Dober dan.\nKlicatelj: Živjo")).toEqual(["Nada Golob"])
  expect(people("agent status: ready\nagent queue: 3")).toEqual([])
  expect(people("Svetovalka Maja: Dober dan.\nStranka: Živjo")).toEqual(["Maja"])
  expect(people("Vecino: MARTÍNEZ Sol\nTeléfono: 611 555 012")).toEqual(["MARTÍNEZ Sol"])
  expect(people("Ring øystein brekke Mobil:+4791555012.")).toEqual(["øystein brekke"])
  expect(people("mirëdita besa, Kontakt: Arben Hoxha, tel. 069 555 0123.")).toEqual(["Arben Hoxha"])
})

// Ordinary sentences a desk writes around the same cues (review39): a time or a count after `at`/`on` is no number to
// call, a greeting's time of day or the world is no reader, a relative's key without its colon opens a sentence, and a
// lone lower-case word called on a number is a name only when listed.
test("a call at a time or on a count, a greeting's time of day, a relative doing something, a desk's word: no name", () => {
  expect(people("Try Settings at 3 then reboot.")).toEqual([])
  expect(people("Try Outlook at 10am, or Firefox at 90% zoom.")).toEqual([])
  expect(people("Hola buenos días, ¿en qué puedo ayudarle?")).toEqual([])
  expect(people("Hello world, this is a test.")).toEqual([])
  expect(people("Carer visits daily.\nNeighbour confirmed access.\nMother passed away last week.")).toEqual([])
  expect(people("Llamar a información al 900 100 200.")).toEqual([])
  expect(people("Best number for delivery is 07700 900123.")).toEqual([])
  expect(people("Contact: manager, tel. 0800 123 456.")).toEqual([])
  expect(people("Hej alla, tack för idag.\nCiao ragazzi, a domani.")).toEqual([])
  expect(people("Llame a nuestro servicio al 900 123 456. Appelez votre banque au 01 23 45 67 89.")).toEqual([])
})
