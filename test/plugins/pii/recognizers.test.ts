import { positive as pos, testRecognizer } from "../../../testing/index.ts"
import { card, cardSaid, createPhoneRecognizer, email, emailSaid, iban, ipAddress, person, ukNino, usSsn, usSsnSaid } from "../../../plugins/pii/index.ts"

testRecognizer(email, {
  positives: [
    pos("mail me at anna.schmidt+orders@gmx.de.", "anna.schmidt+orders@gmx.de"),
    pos("<mailto:billing@contoso.co.uk> and J.Doe@Example.COM", "billing@contoso.co.uk", "J.Doe@Example.COM"),
    // A local part may open with `_`; one that opens with a dot (an export that lost the name's first part) still names
    // its owner, and is reported from the letter after the dot. A word before the dot makes it part of the address.
    pos("Von: Χαρά <_hara.v@hotmail.gr>, log email=_nik@gmail.com ok", "_hara.v@hotmail.gr", "_nik@gmail.com"),
    pos('"email": ".petrova@abv.bg", alt: j.petrova@abv.bg', "petrova@abv.bg", "j.petrova@abv.bg"),
  ],
  negatives: ["user at example dot com", "@handle on twitter", "a@b", "name@localhost", "@@example.com", "._@example.com"],
})

testRecognizer(createPhoneRecognizer(), {
  positives: [
    pos("Tel: +44 20 7946 0958, or 030 12345678 after 5", "+44 20 7946 0958", "030 12345678"),
    pos("call (212) 555-0147 or 06.12.34.56.78 📞", "(212) 555-0147", "06.12.34.56.78"),
    pos("Rückruf unter 0049 30 12345678 bitte", "0049 30 12345678"),
    // A second number offered in a bracket (`(oder …`) was read as a bracketed noun's number, and dropped.
    pos("zurückrufen: 0316.260942 (oder 0664 3596769)", "0316.260942", "0664 3596769"),
    pos("- ara: 0532 785 20 71 (veya 0536 737 26 66)", "0532 785 20 71", "0536 737 26 66"),
    // A call verb with a pronoun, then a preposition and an article: a Brazilian number read out of the configured regions.
    pos("Por favor liguem-me para o (11) 99018-6070", "(11) 99018-6070"),
    // A dot then a dash, as typed in haste, after a call word.
    pos("Please call me back on 206.550-4978 after 5", "206.550-4978"),
  ],
  negatives: [
    // The other choice of an order's or a customer's number, offered in a bracket, is that number's kind.
    "Auftragsnummer 0316 260942 (oder 0316 260943)", "Kundennr. 0664 3596769 (oder 0664 3596768)",
    "updated to 10.0.19045 on 14.05.2026 at 14:32:05",
    "order 418061234 shipped, invoice RE-2026/0815, ticket INC0012345",
    "server 192.168.10.254 and SSN 123-45-6789, ZIP 94107-1234",
    "card 4111 1111 1111 1112 was declined; total €1.234,56",
    "NI number AB 12 34 56 C",
  ],
})

testRecognizer(card, {
  positives: [
    pos("my card is 4111 1111 1111 1111 exp 09/28", "4111 1111 1111 1111"),
    pos("Amex 3782-822463-10005 and 5555555555554444", "3782-822463-10005", "5555555555554444"),
    // After an IBAN, not inside one: still a card.
    pos("IBAN RO36 BRDE 0000 0000 0000 0000, card 4781 8779 2024 6962", "4781 8779 2024 6962"),
    // One space after a valid IBAN, as a stripped HTML table leaves its cells: the IBAN's last digit is no part of it.
    pos("DE89 3704 0044 0532 0130 00 4111 1111 1111 1111", "4111 1111 1111 1111"),
  ],
  // The account number of an IBAN with a wrong check digit, Luhn-valid by chance: a lookalike, no card.
  negatives: ["4111 1111 1111 1112", "ref 1234567890123456", "+4917640248176", "4111-1111 1111-1111", "ending in 0042", "IBAN-ul RO36 BRDE 4781 8779 2024 6962 era greșit"],
})

testRecognizer(iban, {
  positives: [
    pos("IBAN: DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00"),
    pos("pay to GB29NWBK60161331926819.", "GB29NWBK60161331926819"),
    // Typed in small letters in a chat, grouped by dashes, or unbroken after its word: each was missed.
    pos("my iban is gb29 nwbk 6016 1331 9268 19 ok", "gb29 nwbk 6016 1331 9268 19"),
    pos("IBAN DE89-3704-0044-0532-0130-00, BIC COBADEFFXXX", "DE89-3704-0044-0532-0130-00"),
    pos("iban: de89370400440532013000", "de89370400440532013000"),
    // Small letters after the word for an account in other languages, with its endings and a glued prefix.
    pos("Returnați avansul în contul ro49aaaa1b31007593840000.", "ro49aaaa1b31007593840000"),
    pos("תחזירו את המקדמה לחשבון il620108000000099999999.", "il620108000000099999999"),
    pos("ავანსი დამიბრუნეთ ანგარიშზე ge29nb0000000101904917.", "ge29nb0000000101904917"),
    pos("Вратете ја капарата на сметката mk07250120000058984.", "mk07250120000058984"),
  ],
  negatives: [
    "DE88 3704 0044 0532 0130 00", "GB29NWBK6016133192681", "XX89370400440532013000",
    // Small letters with no IBAN word and no grouping: as likely a hash in a log line.
    "trace gb29nwbk60161331926819 done", "de88 3704 0044 0532 0130 00", "the contact is gb29nwbk60161331926819",
    // Spaces and dashes mixed in one value are not one IBAN's grouping.
    "ref GB29-NWBK 6016 1331 9268 19",
  ],
})

testRecognizer(usSsn, {
  positives: [pos("SSN 123-45-6789 on file", "123-45-6789"), pos("my social security number is 123456789", "123456789"), pos("ssn: 078 05 1120", "078 05 1120")],
  negatives: ["order 123456789 shipped", "SSN 000-12-3456", "SSN 666-12-3456", "SSN 912-34-5678", "SSN 123-45-0000", "call 123-456-7890"],
})

// An SSN said digit by digit in a call's transcript, named before it; nine digits said with no SSN named are no SSN.
testRecognizer(usSsnSaid, {
  positives: [
    pos("CALLER: Social is five two three, four one, eight eight zero six.", "five two three, four one, eight eight zero six"),
    pos("my social security number is one two three four five six seven eight nine", "one two three four five six seven eight nine"),
  ],
  negatives: ["my number is five two three, four one, eight eight zero six", "SSN: six six six, four one, eight eight zero six", "the SSN is nine one two, three four, five six seven eight", "social club at eight"],
})

// A card said digit by digit with a card named before it, in English or another covered language; card-length digits said
// with no card named, failing Luhn or of no issuer are none.
testRecognizer(cardSaid, {
  positives: [
    pos("IVR: Please say your card number.\nCALLER: four zero two four, zero zero seven one, eight eight three six, five one nine zero", "four zero two four, zero zero seven one, eight eight three six, five one nine zero"),
    pos("con carta\ncliente: sei zero uno uno, zero zero tre nove, zero quattro due sette, uno sei cinque cinque", "sei zero uno uno, zero zero tre nove, zero quattro due sette, uno sei cinque cinque"),
    // The card named inside a compound word.
    pos("agent: mag ik uw kaartnummer\nklant: vier nul twee vier, nul nul zeven een, acht acht drie zes, vijf een negen nul", "vier nul twee vier, nul nul zeven een, acht acht drie zes, vijf een negen nul"),
    pos("Kreditkartennr. bitte\nkunde: vier null zwei vier, null null sieben eins, acht acht drei sechs, fünf eins neun null", "vier null zwei vier, null null sieben eins, acht acht drei sechs, fünf eins neun null"),
  ],
  negatives: [
    "my order is four zero two four, zero zero seven one, eight eight three six, five one nine zero",
    "card number four zero two four, zero zero seven one, eight eight three six, five one nine one",
    "card: one two three four, five six seven eight, nine zero one two, three four five two",
  ],
})

testRecognizer(emailSaid, {
  positives: [
    pos("customer: my email is j dot smith at gmail dot com thanks", "j dot smith at gmail dot com"),
    pos("caller: mail me on jean point dupont arobase orange point fr merci", "jean point dupont arobase orange point fr"),
    pos("Kontakt: anna.berg(at)firma(punkt)de, or k.osei [at] ledgerline [dot] io", "anna.berg(at)firma(punkt)de", "k.osei [at] ledgerline [dot] io"),
    pos("e-mail address j o h n at hotmail dot co dot uk", "j o h n at hotmail dot co dot uk"),
    pos("my e-mail is john underscore doe 88 at outlook dot com, or jdoe@gmx dot de", "john underscore doe 88 at outlook dot com", "jdoe@gmx dot de"),
  ],
  negatives: [
    "visit us at acme dot com", "email: log in at portal dot acme dot com", "you'll find us at www dot acme dot com", "the email is at the bottom dot com",
    "we met at lunch dot com", "mail: anna@firma.de", "email us at help dot desk", "write to sales at fiberlink",
  ],
})

testRecognizer(ukNino, {
  positives: [pos("NI no. AB123456C", "AB123456C"), pos("national insurance JP 12 34 56 A.", "JP 12 34 56 A")],
  negatives: ["QQ123456C", "GB123456A", "AB123456E", "DA 12 34 56 A", "XAB123456C"],
})

testRecognizer(ipAddress, {
  positives: [
    pos("from 203.0.113.7:8443 and [2001:db8::1]:443", "203.0.113.7", "2001:db8::1"),
    pos("host fe80::1ff:fe23:4567:890a and 2001:0db8:0000:0000:0000:ff00:0042:8329", "fe80::1ff:fe23:4567:890a", "2001:0db8:0000:0000:0000:ff00:0042:8329"),
    // An IPv4-mapped or NAT64 address is found whole (it was `::ffff:192`, the rest left in clear as a second finding).
    pos("client ::ffff:10.0.0.5 via 64:ff9b::203.0.113.7 ok", "::ffff:10.0.0.5", "64:ff9b::203.0.113.7"),
    // A port after an address unbracketed, as a log writes it: five digits, or a ninth group, are no group of it.
    pos("login ok ip=2a02:932a:9b5a:a4d2::9efb:15024", "2a02:932a:9b5a:a4d2::9efb"),
    pos("`ip=2a02:fd9d:4ac9:4e36:117:6ac1:5c47:31ac:33055`", "2a02:fd9d:4ac9:4e36:117:6ac1:5c47:31ac"),
    pos("client ::ffff:10.0.0.5:8080 refused", "::ffff:10.0.0.5"),
  ],
  negatives: ["version v4.11.1 and 10.0.19045", "build 125.0.6422.112", "MAC 00:1A:2B:3C:4D:5E", "at 14:32:05", "999.1.1.1",
    // A fingerprint or a serial in hex pairs is no address with a port after it.
    "Fingerprint: 43:51:43:a1:b5:fc:8b:b7:09:ab:a9:b1:0f:66:73:a8", "md5 43:51:43:a1:b5:fc:8b:b7:09", "serial 01:23:45:67:89:ab:cd:ef:12345"],
})

testRecognizer(person, {
  positives: [
    pos("Customer: Hi, my name is Connor Brennan and I was charged twice.", "Connor Brennan"),
    pos("Sehr geehrte Frau Müller,\nvielen Dank.", "Müller"),
    pos("Thanks,\nSiobhán O'Brien", "Siobhán O'Brien"),
    pos("Agent Aisha: how can I help?", "Aisha"),
    pos("Geachte mevrouw Van den Berg,", "Van den Berg"),
  ],
  negatives: ["Will the June bill include the May credit?", "Mark it as resolved. Grace period applies.", "Can you confirm the order?", "Northwind Support team"],
})
