// General causes two more held-out corpora exposed (test/fixtures/pii-holdout7, a bank, an insurer and a telecom;
// pii-holdout8, an airline, an online shop and a utility; each scored once before these changes: PHONE P 0.823 and
// 0.893, US_SSN R 0.737), each tested on texts written for this file: the numbers these businesses name (claims,
// accounts, supply points, bag tags, tickets) in their languages, an address's house number and postcode after its
// street, a Brazilian postcode, callers' numbers from outside the configured regions when a phone is named right
// before them, signature keys, Nordic definite forms, an SSN asked for as "your social"; and brands greeted like
// people (`Hi ShopNova,`), a chat's anonymous guest, products after an article; lower-case names after a greeting or a
// sign-off, mentions, who signed or took something, the insured and the account holders by their field.
import { expect, test } from "bun:test"
import { positive as pos, testRecognizer } from "../../../testing/index.ts"
import { analyze, createPhoneRecognizer, person } from "../../../plugins/pii/index.ts"
import { personFields } from "../../../plugins/pii/recognizers/index.ts"

testRecognizer(createPhoneRecognizer(), {
  positives: [
    // A number from outside the configured regions, with a phone named right before it: a São Paulo mobile.
    pos("Telefone: (11) 98123-4567\nMensagem: quero mudar a data", "(11) 98123-4567"),
    pos("pode ligar no meu celular 21 99876-5432 depois das 18h", "21 99876-5432"),
    pos("liguem para 11.98765.4321 amanhã", "11.98765.4321"),
    // Definite forms and a signature's one-letter key.
    pos("ok takk, mobilen min er 41234567", "41234567"),
    pos("Med vennlig hilsen\nIngrid Berg\nM: 91234567\n", "91234567"),
    // A comma ends what an account word names when a phone word came first.
    pos("Meine Nummer steht ja im Konto, 030 2345678. Danke!", "030 2345678"),
    // Shapes only phone numbers take, even after an account word; a country's code before a number; a parenthetical
    // around or after the number; an international number dotted after 00.
    pos("SYSTEM: please say the phone number on your account.\nCALLER: (713) 555-0142", "(713) 555-0142"),
    pos("My UK number is 07700 900123, US 212.555.0147.", "07700 900123", "212.555.0147"),
    pos("If this is wrong, call 1-800-555-0199 (1-800-GO-HELP).", "1-800-555-0199"),
    pos("Callback requested by Ana Ruiz (602.555.0147 ext 28). Topic: refill", "602.555.0147"),
    pos("Alt phone: 0091.98450.12345\n", "0091.98450.12345"),
    // "<word> number" names a phone when the word says whose or which phone number it is, or belongs to the sentence.
    pos("Support number: 0207 946 0958", "0207 946 0958"),
    pos("left number 0207 946 0958 for cb", "0207 946 0958"),
    pos("Anna's number 0207 946 0958", "0207 946 0958"),
    // Words that are ids only as capitals: `pan` is a Czech Mr, `sin` Spanish for without.
    pos("Prosím zavolat zpět pan Dvořák na 00420 218 795 935; dobropis 694 Kč", "00420 218 795 935"),
    pos("sin problema, llámame al 612 345 678 mañana", "612 345 678"),
    // A field's key naming a phone is no speaker answering the line before.
    pos("IFSC SBIN0078992.\nMobile: 022 6135 7302 | dgill@example.com", "022 6135 7302"),
    // Spain's and Poland's national groupings, and an Indian mobile, written with dots.
    pos("Guardia: José Okonkwo, 938.31.48.83", "938.31.48.83"),
    pos("Dyżur: Paweł Nowak, 12.760.55.87", "12.760.55.87"),
    pos("Thanks,\nDivya Tran\n097406.51308", "097406.51308"),
    // A word around the window's start is not cut into a shorter one (`terveisin` holds no `sin`).
    pos("Ystävällisin terveisin\nAino Hämäläinen\npuh. 0457019802", "0457019802"),
  ],
  negatives: [
    // Claims, accounts and payment references, in the languages these businesses write.
    "Subject: FW: Your claim 871 070 847 — decision",
    "Numero sinistro: 936 583 883\nContraente: sig. Russo",
    "klient (účet 3575 1322 541) volá potřetí",
    "Numer rachunku 294-101-66 pozostaje bez zmian.",
    "a fatura de R$ 12,63 da conta 907 868 334 veio muito alta",
    "Identyfikator płatności: 958-969-9283",
    // Supply points, bag tags and tickets.
    "moving house on 10/26/25, supply number 0262 3696 00, new postcode 15499",
    "bag never came off DY2983, baggage tag 0220149477, see you",
    "llegó en el VY2203, etiqueta 0220792448, billete 1055777937351",
    // An address: the house number and the postcode after the street, a Brazilian CEP.
    "o endereço é rua dom pedro ii 51 40079-277 são josé dos campos",
    "adressen är birger jarlsgatan 58 765 21 jönköping",
    "Avenida Paulista, 1000, 46690-137 Santa Maria",
    // Licences, members, prescriptions, Canada's SIN, request numbers, loyalty numbers, an id with a check digit, a coordinate.
    "caller: i need to renew my license it's 212 555 443",
    "Request #: 311-5551234",
    "My member ID is 902-275-962-02.",
    "SYSTEM: Your prescription 0854351-59309 will be ready June 18.",
    "Agent asked for SIN 430 369 512 — not required.",
    "She says it's 889745850-2.",
    "Thanks! My loyalty number is 53320098406.",
    "please call back, I am at location 51.06769, -1.53622 (M1 junction 39)",
    // Any other noun before "number", "no." or "#" names some other number, in a business no list foresaw.
    "my pension number is 0207 946 0958",
    "locker no. 0161 496 0000",
    "vehicle registration number 0207 946 0958",
    // Six digits or fewer with no phone word are a code as often as a short local number; a compound naming a number;
    // an answer to a question for another number; ids of other countries; a column of members' numbers.
    "Your parcel is in locker NJF44Z. Collect with 450 153 before 1/1/2025.",
    "Warenwert 773,02 €, Zolltarifnummer 3531 68 08, EORI des Absenders PL0471869",
    "AdmitBot: What's your member number?\n[1:30 am] Arjun Sharma: 5587030317",
    "agent : votre numéro de commande ?\nappelant : 2577139432",
    "My TFN 226 375 408 is on the old form",
    "Agent asked for SIN 430 369 512 by mistake.",
    "n_socio\tcognome\tnome\n5898 072 739\tColombo\tGianluca\n",
    // Employers' ids: a staff number given after a filler, a cost centre, a check's id, a badge, a payroll number, and
    // a staff-number column under a header an emoji opens.
    "agent: can i have your employee id\ncaller: it is 042 970 75\nagent: thanks",
    "Net pay was short, cost centre 4280-119. Could you check?",
    "CRITICAL 17:56:39 UTC, check_id 0345610\nService port 443 not responding",
    "Notebook LAP-57-58399, Ausweis 02545-28",
    "Faltan 9119 EUR en el n.º de nómina 5816-5947.",
    "😩 personalnr;name;email;kostenstelle\n0340357;Jürgen Hoffmann;j.hoffmann@example.de;CC-54458\n",
    // Passports, tenancy deposits, a Danish personal number, an amount in forints.
    "Passport on file 091611738, expiry 19/3/2026",
    "Deposit TDS 505 4395 registered.",
    "Dit CPR-nummer 200190-2229 skal ikke oplyses.",
    "A kaució összegéből 1 264 068 Ft kerül levonásra.",
  ],
})

test("nine bare digits after 'your social' is asked for are an SSN, not a phone number", () => {
  const text = "agent: and to verify the last four of your social\ncustomer: oh here's all of it 536224401"
  const found = analyze(text).map((f) => [f.type, text.slice(f.start, f.end)])
  expect(found).toEqual([["US_SSN", "536224401"]])
})

test("nine digits after a bank routing number, or the account written after one, are no SSN", () => {
  const text = "Routing / account: routing no. 114326105 / 266217428\nMessage: my FAFSA SSN question"
  expect(analyze(text).filter((f) => f.type === "US_SSN")).toEqual([])
})

test("an acronym right before a number names it (a scheme, a register, a keypad entry), unless it names a phone or whose phone it is", () => {
  const phones = (text: string) => analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))
  // Acronyms no list holds, in languages and businesses the word lists do not cover.
  expect(phones("Lojalumo kortelės numeris GLD 9032 2701, telefonas 8 612 34567")).toEqual(["8 612 34567"])
  expect(phones("reg. bij SKV 0612 345 678 sinds maart")).toEqual([])
  expect(phones("pagamento con CRO 0612345678 eseguito")).toEqual([])
  // On a line written in capitals, capitals are words: a speaker's tag, a shouted note.
  expect(phones("RAVI: OP WELK NUMMER KAN IK U TERUGBELLEN?\n7:01 WEI: 020 936 7301")).toEqual(["020 936 7301"])
  expect(phones("cliente con NIF 612 345 678, llamar al 612 345 679")).toEqual(["612 345 679"])
  expect(phones("Wir rufen zurück, Kontonr. 0123 456789; BLZ 370 400 44")).toEqual([])
  // A phone's acronym, whose phone it is, a sentence in capitals, a surname in capitals after a first name.
  expect(phones("SMS 0612345678 when the parcel is in")).toEqual(["0612345678"])
  expect(phones("ICE 07700 900123 (her brother)")).toEqual(["07700 900123"])
  expect(phones("GP 0161 496 0000, surgery closes at six")).toEqual(["0161 496 0000"])
  expect(phones("PLEASE CALL ME ON 0207 946 0958 TODAY")).toEqual(["0207 946 0958"])
  expect(phones("Kontakt: Marie PETIT 06 12 34 56 78, merci")).toEqual(["06 12 34 56 78"])
  expect(phones("NB: 020 7946 0958 is her work line")).toEqual(["020 7946 0958"])
  // A phone's own abbreviation in capitals, with no colon (`PH`, `TLF`, `GSM`, `HANDY`).
  for (const [text, phone] of [["HOME PH 0161 496 0778 AFTER 6", "0161 496 0778"], ["KUNDE RUFT ZURÜCK, HANDY 0171 2345678", "0171 2345678"], ["GSM 0471 23 45 67", "0471 23 45 67"]] as const) expect(phones(text)).toEqual([phone])
  // Its index glued to it is the key's, not the number's first digit.
  expect(phones("EIRCODE D08 X2P1\nPH1   021 489 3316     PH2 087 662 0941\nTel2: 0161 496 0778")).toEqual(["021 489 3316", "087 662 0941", "0161 496 0778"])
})

test("a word for number before what it numbers, and a mail's subject, name some other number; a phone's qualifier does not", () => {
  const phones = (text: string) => analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))
  // Nouns no word list holds: a member, an ID card, a registration, a professional body.
  for (const text of ["N° d'adhérent : 01 23 45 67 89", "Číslo průkazu: 602 123 456", "o meu número de colegiado é 912 345 678", "numărul de înmatriculare 0721 234 567"]) expect([text, phones(text)]).toEqual([text, []])
  for (const text of ["Subject: Renovation grant 202-555-0147", "Oggetto: Rinnovo tessera 333 123 4567", "Předmět: Výměna průkazu 602 123 456"]) expect([text, phones(text)]).toEqual([text, []])
  // Whose or which phone number, the verb "is", a phone word in the subject.
  expect(phones("mon numéro de portable : 06 12 34 56 78")).toEqual(["06 12 34 56 78"])
  expect(phones("il mio numero è 333 123 4567")).toEqual(["333 123 4567"])
  expect(phones("mon numéro c'est le 06 12 34 56 78")).toEqual(["06 12 34 56 78"])
  expect(phones("numero di richiamata 349 531 6041")).toEqual(["349 531 6041"])
  expect(phones("broj za povratni poziv: 091 032 9717")).toEqual(["091 032 9717"])
  expect(phones("Subject: please call me back on 0207 946 0958")).toEqual(["0207 946 0958"])
})

test("a possessed or a bracketed noun names the number after it, unless it says whose or which phone it is", () => {
  const phones = (text: string) => analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))
  for (const text of ["ok so my membership is 0612 345 678", "(claim 0170 1223555) open", "i need to renew my license it's 0161 496 0000"]) expect([text, phones(text)]).toEqual([text, []])
  // A phone's word, whose phone, a person's name, someone's, a please between.
  const kept = ["my landline is 0161 496 0000", "my home is 0161 496 0000", "(mum 07700 900123)", "my daughter's 07700 900123", "(Büro 030 1234567)",
    "Contact (Anna 0612 345 678) tomorrow", "il mio cellulare è 333 123 4567", "min mobil er 22 49 38 82", "Zavolejte mi prosím 603 363 290"]
  for (const text of kept) expect([text, phones(text).length]).toEqual([text, 1])
})

// What the sixteenth and seventeenth blind corpora showed (a vet chain, a funeral director, a home-energy installer; a game
// desk, ticketing, a car dealership, parking), each as texts written for this file.
const CASES16: [text: string, phones: string[]][] = [
  ["That charge is not my card.\n\nIsla McIntyre\n0131 309 7549", ["0131 309 7549"]],
  ["owner,chip,phone\nDeShawn Carter,300335904227514,(305) 513-5075\n", ["(305) 513-5075"]],
  ["date;deceased;contact;plot\n2026-06-17;Gwenllian Morgan;3054900496;31-285\n", ["3054900496"]],
  ["Besitzer;Tier;Telefon;Impfung\nMilica Jovanović;Misty;01.55499230;22. Jänner 2025\n", ["01.55499230"]],
  ["Σας καλώ στο 2138306450.", ["2138306450"]],
  ["Tuvinieks Līga Kalniņa, tālr. 67915242. Mācītājs", ["67915242"]],
  ["Vaša članska številka je 857138749.", []],
  ["Lojalumo kortelės numeris 720707759, ačiū", []],
  ["dobrý den, moje číslo je 726 889 705", ["726 889 705"]],
  ["AI summary: player 0976636075 asked for a refund", []],
  ["Qual o número da encomenda?\n👤 Cliente: 600238425", []],
  ["Gracz: M1R60JHNWB, UID 01511554", []],
  ["žadatel Veronika Marková, r. č. 995921/9644", []],
  ["Takaisinsoitto 09 4622068", ["09 4622068"]],
  ["Ystävällisin terveisin\nOleksandr\n+358 50.0908374", ["+358 50.0908374"]],
  ["konto ei tööta, helistage 6224220 11:28:19 paiku", ["6224220"]],
  ["{\"name\":\"Eleni\",\"afm\":\"054735937\",\"paroxi\":\"6540 635 223\"}", []],
  ["{\"name\":\"Callback\",\"value\":\"0207 946 0958\"}", ["0207 946 0958"]],
  ["Ληξιαρχική πράξη 817/2026/77972. Συγγενής", []],
  ["Bēres: Jānis Bērziņš (p.k. 181096-19049), miris", []],
  ["Fecha: 18/04/2026 12:38:21", []],
  ["Muller demande où en est la subvention 85/7979284 pour sa pompe", []],
  ["Klient: dziękuję, mój numer to 22/5743439", ["22/5743439"]],
  ["EORI GB714827049183. Tél. 691981318", ["691981318"]],
]

test("phones and ids the sixteenth and seventeenth corpora named: scopes, columns, keys, Baltic and Greek words, times, registers", () => {
  for (const [text, phones] of CASES16) {
    expect([text, analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))]).toEqual([text, phones])
  }
})

test("nine bare digits answering a turn that asked for the SSN are the SSN, lines after the word", () => {
  const text = "Mathéo: To run the credit check I need your SSN, please use the secure form rather than chat.\nSantiago: oh sorry already typed it: 114565973"
  expect(analyze(text).filter((f) => f.type !== "PERSON").map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([["US_SSN", "114565973"]])
})

test("a 13-digit card printed 4-4-4-1 is a card", () => {
  const text = "the payment went from card 4759-7680-9312-9 yesterday"
  expect(analyze(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([["CARD", "4759-7680-9312-9"]])
  // Not the groups of an IBAN-shaped reference whose last group is two digits (a Luhn-valid run by chance).
  const iban = "The old reference GB03 NWBK 3839 8194 0794 75 on my statement seems wrong"
  expect(analyze(iban).filter((f) => f.type === "CARD")).toEqual([])
})

// What a review of the naming rules found them taking for ids: phones in ordinary sentences, after his/her/new in the
// Slavic languages, a relative's or a surname's, in brackets, after a name in capitals, in a short key's column, in a subject.
const STILL_PHONES = [
  "You can get me any time on 07700 900123", "Llámame a cualquier hora al 612 345 678", "Disponible à toute heure au 06 12 34 56 78", "Sent from my iPhone 07700 900123",
  "Grant Thompson 07700 900123", "Anruf von Grant, 07700 900123", "mobilní číslo je 602 123 456", "nové číslo je 602 123 456", "soukromé číslo: 602 123 456",
  "jeho číslo je 602 123 456", "domača številka je 01 234 56 78", "njegova številka je 041 234 567", "nova številka: 041 234 567",
  "numero della moglie 333 1234567", "número de mi madre 612 345 678", "numéro de ma fille : 06 12 34 56 78", "Numer do mnie: 601 234 567", "El número actualizado es 612 345 678",
  "Il numero attuale 333 1234567", "Mon numéro habituel : 06 12 34 56 78", "Numer prywatny 601 234 567", "Termin mit Schmidt 0170 1234567", "Il fisso non risponde, ma meglio 333 1234567",
  "mi trovi 333 1234567", "Rückruf erbeten (Schmidt 0170 1234567)", "(evenings 07700 900123)", "(weekdays 07700 900123)", "(anytime 07700 900123)", "sorry my mistake it's 07700 900123",
  "oops my bad it's 07700 900123", "meine Schwester 0170 1234567", "Callback for JOHN 07700 900123", "Rückruf an HANS 0170 1234567", "Rappeler M. PETIT 06 12 34 56 78",
  "Sig. ROSSI 333 1234567", "Kontakt: Ing. NOVÁK 602 123 456", "rappeler marie PETIT 06 12 34 56 78", "nombre;cel;ciudad\nAna Ruiz;612 345 678;Madrid\n", "{\"nimi\":\"Matti\",\"puh\":\"040 123 4567\"}",
  "Mario Rossi 333/1234567", "Objet : rappel 06 12 34 56 78", "Oggetto: Richiesta di contatto 333 1234567", "Subject: Mrs Patel 07700 900123", "Subject: Anna Smith 07700 900123",
]

test("the naming rules leave phones alone: time words, whose or which phone, names, short keys, Italian slashes, subjects", () => {
  for (const text of STILL_PHONES) expect([text, analyze(text).some((f) => f.type === "PHONE")]).toEqual([text, true])
  // Nor take ids for phones because a text is talked about, nor drop a name because another sentence is about a pet.
  expect(analyze("The text on the letter says 4829301234 as the code").filter((f) => f.type === "PHONE")).toEqual([])
  expect(analyze("Called about the vet bill. Sarah wants a refund").map((f) => f.type)).toEqual(["PERSON"])
})

test("nine bare digits listed with a written SSN are an SSN too, not a phone number", () => {
  const found = (text: string) => analyze(text).map((f) => [f.type, text.slice(f.start, f.end)])
  expect(found("Review 5111: records 485-54-1290 and 017867767 both point to one claimant.")).toEqual([["US_SSN", "485-54-1290"], ["US_SSN", "017867767"]])
  expect(found("dupes: 217867767 / 485 54 1290")).toEqual([["US_SSN", "217867767"], ["US_SSN", "485 54 1290"]])
  // Another noun between them, a written number the issuance rules refuse, or one nine-digit run that is none: not listed.
  expect(found("records 485-54-1290 and order 217867767 both open").filter(([t]) => t === "US_SSN")).toEqual([["US_SSN", "485-54-1290"]])
  expect(found("records 666-54-1290 and 217867767 both open").filter(([t]) => t === "US_SSN")).toEqual([])
  expect(found("records 485-54-1290 and 917867767 both open").filter(([t]) => t === "US_SSN")).toEqual([["US_SSN", "485-54-1290"]])
})

test("nine digits after a passport is named are no SSN", () => {
  const text = "Customer asks whether passport 477692553 needs renewing; she gave her SSN before."
  expect(analyze(text).filter((f) => f.type === "US_SSN")).toEqual([])
})

test("a street's house number is left alone once a question ends its sentence and a phone follows", () => {
  const text = "New address: 5346 Jackson Avenue, Charlotte, 85218-8119. Questions? Text (802)-338-9889."
  const found = analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))
  expect(found).toEqual(["(802)-338-9889"])
})

testRecognizer(person, {
  positives: [
    // Speech-to-text and SMS without capitals or commas: a known first name after a greeting or a sign-off.
    pos("agent northwind hi sophie\ncustomer hello", "sophie"),
    pos("ok thanks for sorting it. cheers, liam", "liam"),
    pos("hei ingrid jeg må endre bestillingen", "ingrid"),
    // Whose account it is, who signed, took or handled something, a mention.
    pos("customer the name on the account is amara okafor um i moved", "amara okafor"),
    pos("Please collect on the 4th.\nSigned Tomasz Nowak", "Tomasz Nowak"),
    pos("paketet kvitterades av Erik Lundqvist igår", "Erik Lundqvist"),
    pos("@Priya can you take this one?", "Priya"),
    // A verb after a lower-case name is no surname.
    pos("my son oliver lost his card yesterday", "oliver"),
    // Surnames with two particles, after a title or a first name; an apostrophe's capital in speech-to-text.
    pos("Thanks,\n\nMaricela de la Cruz\nmaricela@example.com", "Maricela de la Cruz"),
    pos("Sr. de la Cruz llamó 3 veces", "de la Cruz"),
    pos("caller: ya this is sean o'hara the tire blew", "sean o'hara"),
    // A garage's signature: the person, not the firm under it.
    pos("Best regards,\nLuka Jurić\nAutoservis Jadran d.o.o.\nTel: 01 2345 678", "Luka Jurić"),
    pos("Grüezi Ueli, Ihr Termin ist bestätigt.", "Ueli"),
    // Doctors, who approved or served, drivers and couriers by their role; SMS shorthand is no surname.
    pos("Appointment with doctor Kaczmarek in surgery 5", "Kaczmarek"),
    pos("Atendió Alondra.", "Alondra"),
    pos("Refund approved by Ananya Chatterjee.", "Ananya Chatterjee"),
    pos("Fahrer Reto kam 40 Minuten zu spät", "Reto"),
    pos("hi tyler its ur driver gemma running late", "tyler", "gemma"),
    // After "my name is", an everyday word that is a first name somewhere is the name.
    pos("caller: hi my name is bill ostrowski im calling", "bill ostrowski"),
    // "Sure" or "ok" before a name, who is on call by their field.
    pos("DeShawn: Sure Latoya, calling now.", "DeShawn", "Latoya"),
    pos("Max latency 364 ms.\nOn-call: Venkatesh Rossi +91-99870-91210", "Venkatesh Rossi"),
    // Names with a capital inside them stay names.
    pos("[17:56] Agent DeShawn: Hi! how can I help", "DeShawn"),
    pos("Thanks MaryBeth, talk soon", "MaryBeth"),
    pos("Spoke with Sean McAllister today", "Sean McAllister"),
  ],
  negatives: [
    // A brand greeted like a person: two capitalised words glued, or a trade word after the name.
    "Hi ShopNova,\n\nmy order never came.",
    "Hi BlueFjord Air,\n\nmy bag never arrived",
    // A chat's anonymous visitor, and a product after an article.
    "[09:37] Customer Guest: the robot vacuum is broken",
    "the Hope Valley duvet arrived torn",
    // An address's domain after its `@`, a team's handle, a greeting to a word that is no name.
    "mail me at sales@Example.com now",
    "follow @Support for news",
    "hi will you call me back",
    // Cars, firms, rooms of a hotel, places coordinated with a place, streets named after people, a city after a postcode.
    "Vehicle: Ford Focus, VIN ZFA8TNY94MJ598725",
    "Dear Velora Car Rental,\n\nthe invoice is wrong.",
    "thanks for the kind words about our Rose Garden terrace",
    "Your next stay in Florence or Sofia earns double points",
    "Postázás: Petőfi Sándor utca 12., 2582 Budapest",
    "Doručenie na Štúrova 5, 942 26 Bratislava, poštovné 9 €.",
    "Tisztelt Ügyfélszolgálat!",
    "Virement de France refusé.",
    // An office written to as if a person; buildings and a college named like people.
    "Dear Admissions,\nMy transcript is attached.",
    "Asked about Faith House reunion and the Summer School places.",
    "Address: Flat 4B, Rose Apartments, Bengaluru 560001",
    "Faculty of Health Sciences, St Aldric's College",
    "Device: Dell Latitude 7440, asset AT-408314",
  ],
})

testRecognizer(personFields, {
  positives: [
    // The insured and the account holders by their field; two people in one field are two findings.
    pos("Claim form\nPolicyholder: Mei Lin Tan\nDate of loss: 02/03/2026", "Mei Lin Tan"),
    pos("Direct Debit Instruction\nName(s) of account holder(s): Omar Haddad and Lucy Grant\nSort code: 20-00-00", "Omar Haddad", "Lucy Grant"),
    // A double surname joined by `e` stays one.
    pos("export from the CRM:\nfirst_name,last_name,email\nAna,da Silva e Souza,ana@example.pt", "Ana", "da Silva e Souza"),
  ],
  negatives: ["Owner: Billing and Payments", "Policyholder: n/a"],
})
