// Rules found on a blind corpus of utility, car-rental, veterinary and admissions desks (holdout31): given names of more
// origins, names after emoji, keys of YAML and JSON records, lower-case speakers of chats, Hong Kong names written surname
// first, pets and roles that are no names. Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"

test("frequent given names of Ghana, Somalia, Zimbabwe, Tonga, Ukraine (in Latin letters) and Sámi are known", () => {
  expect(people("Please call Efua tomorrow about the deposit.")).toEqual(["Efua"])
  expect(people("Handled by Abdirizak Osman at the front desk.")).toEqual(["Abdirizak Osman"])
  expect(people("The form was signed by Tinashe Dube yesterday.")).toEqual(["Tinashe Dube"])
  expect(people("Viliami Fifita asked for a refund.")).toEqual(["Viliami Fifita"])
  expect(people("Vasyl Kovalenko will bring the papers.")).toEqual(["Vasyl Kovalenko"])
  expect(people("Ánne Somby ringte i går.")).toEqual(["Ánne Somby"])
  // The Finnish words for luck and wind are no names alone.
  expect(people("Se oli onni, että tuuli kääntyi.")).toEqual([])
})

test("an emoji between a field, a stamp or a clause's opening and the name hides no name", () => {
  expect(people("Cliente: ☎️Rosario Giménez <rosario@correo.example>")).toEqual(["Rosario Giménez"])
  expect(people("To: 🇫🇮Tuija Kärkkäinen <tuija@posti.example>")).toEqual(["Tuija Kärkkäinen"])
  expect(people("[09:14] ❤️amra: the papers are in")).toEqual(["amra"])
  // After a word an emoji ends a sentence: the capitalised word after it opens the next one.
  expect(people("ok 👌 Incident RITM0012 is closed")).toEqual([])
  expect(people("thanks 👍 Battery is fine now")).toEqual([])
})

test("a lone given name in a sentence about a chip, a vaccination or an animal in more languages is the pet's", () => {
  expect(people("The vet saw Bella today (chip 985112003456789).")).toEqual([])
  expect(people("Subject: Booster reminder for Max")).toEqual([])
  expect(people("Omanik toob looma (Nala) kell 10:15.")).toEqual([])
  expect(people("Vlasnica dovodi ljubimca (Rex) u 9:30.")).toEqual([])
  // A lower-case name its introduction capitalised is a person's, pets or not; an item after an em dash is no sentence of it.
  expect(people("hi its cerys can Mitzi get her booster in May")).toEqual(["cerys"])
  expect(people("stig ringde. Björn ringer tillbaka 070-779 45 10 — chip 752120658488579")).toEqual(["Björn"])
})

test("a desk's name opening a call before its agent names themself is no person", () => {
  expect(people("Agent: Lakeside Water Board, Priya speaking.\nCaller: hi")).toEqual(["Priya"])
  expect(people("Saksbehandler: Fjellbil Leie, du snakker med Ingrid, hva kan jeg hjelpe med?")).toEqual(["Ingrid"])
  expect(people("Agent: Good morning, Greenfield Vets, my name's Tomos.")).toEqual(["Tomos"])
  expect(people("Klienditeenindaja: Linna Vesi, räägib Kadri, kuidas saan aidata?")).toEqual(["Kadri"])
  // A person greeted before the agent's introduction stays one.
  expect(people("Agent: Hi Anna Weiss, this is Bob from the clinic")).toEqual(["Anna Weiss", "Bob"])
  expect(people("Anna Weiss, this is Bob from the clinic")).toEqual(["Anna Weiss", "Bob"])
})

test("a caller's filler opening the answer is no name", () => {
  expect(people("Agent: What number are you calling from?\nCaller: Yeah, oh eight six, one two three.")).toEqual([])
  expect(people("Caller: Yup, that's right.")).toEqual([])
  expect(people("Caller: Yeah, Maeve Brennan here.")).toEqual(["Maeve Brennan"])
})

test("more titles, owners, guarantors, applicants and handlers before a name, and the Ukrainian full-name key", () => {
  expect(people("La Dra. Salinas revisó al perro.")).toEqual(["Salinas"])
  expect(people("La Dre Gagnon a vu le chat.")).toEqual(["Gagnon"])
  expect(people("Шановний д-р Бондаренко, дякуємо.")).toEqual(["Бондаренко"])
  expect(people("Eläinlääkäri Virtanen tutki koiran.")).toEqual(["Virtanen"])
  expect(people("Vlasnik Mirjana dolazi u 9.")).toEqual(["Mirjana"])
  expect(people("Ručiteľ Marek Horváth potvrdil zmluvu.")).toEqual(["Marek Horváth"])
  expect(people("ПІБ: ШЕВЧЕНКО Оксана\nТелефон: +380 67 123 4567")).toEqual(["ШЕВЧЕНКО Оксана"])
  expect(people("Behandlet av: Kari Nordmann\n---")).toEqual(["Kari Nordmann"])
  // A title before an everyday word names nobody; an owner's word before a company is no person.
  expect(people("Owner Services will call back.")).toEqual([])
})

test("a verb of confirming or bringing after a lower-case name is no surname", () => {
  expect(people("- dogovoreno sms, ok ivana potvrđuje")).toEqual(["ivana"])
  expect(people("- kokku lepitud sms, ok kadri kinnitab")).toEqual(["kadri"])
  expect(people("- ok sanna tuo paperit")).toEqual(["sanna"])
  // A surname after the name stays.
  expect(people("- ok ivana babić, tel. 098 827 6739")).toEqual(["ivana babić"])
})

test("a pet's name after whom a vaccination is for, or after its noun opening a sentence, is no person", () => {
  expect(people("Subject: Vaccination for Milo")).toEqual([])
  expect(people("Asunto: Vacuna de Nala")).toEqual([])
  expect(people("Bilješke: Ljubimac Rex ima cijepljenje u petak.")).toEqual([])
  // The vet a pet is booked with is a person.
  expect(people("Riverside Vets: Max is booked with Mairi on 20 December.")).toEqual(["Mairi"])
})

test("a lone given name after a firm's kind or branch, or after Portuguese na, names the firm or the place", () => {
  expect(people('{"source": "Rent-a-car Jadran", "x": 1}')).toEqual([])
  expect(people("Notas: Sucursal Rosario, calle Córdoba.")).toEqual([])
  expect(people("Moro na Glória, no Rio.")).toEqual([])
  // A name with its cue stays one.
  expect(people("Falei com a Glória ontem.")).toEqual(["Glória"])
})

test("a lower-case name found once by its cue is a name where the text writes it again", () => {
  expect(people("agent: can i take your name?\ncaller: its ciarán walsh\n- ciarán rang again, call back after 3")).toEqual(["ciarán walsh", "ciarán"])
  expect(people("hi my name is dorota\n- dorota + rukhsana both on the file")).toEqual(["dorota", "dorota"])
  // Its surname comes with it before a verb or the clause's end, not before any word.
  expect(people("my name is jorge ruiz.\n- jorge ruiz called again")).toEqual(["jorge ruiz", "jorge ruiz"])
  expect(people("my name is jorge ruiz.\n- jorge reportó la lectura")).toEqual(["jorge ruiz", "jorge"])
  expect(people("told ciarán we'd text\n- ciarán walsh collected the van")).toEqual(["ciarán", "ciarán walsh"])
  // A surname after another first name is no first name to look for (`fraser` of `kirsty fraser`).
  expect(people("this is fraser macleod\ncaller: its for kirsty fraser")).toEqual(["fraser macleod"])
})

test("whoever answers the phone naming themself is a person, in a vet's call too", () => {
  expect(people("Agent: Riverside Vets, you're through to Maeve. How can I help?")).toEqual(["Maeve"])
  expect(people("Agent: Harbour Animal Clinic, Siobhán speaking.")).toEqual(["Siobhán"])
  expect(people("Agent: Tierklinik Nord, Jürgen am Apparat.")).toEqual(["Jürgen"])
  // A word that is also a first name is none before the verb.
  expect(people("Paris speaking at the conference")).toEqual([])
})

test("a chat's stamped speaker in lower case is a person, a listed name that is also a word too", () => {
  expect(people("[10:09] madison: my van has a flat\n[10:10] Agent (Hire Desk): sorry to hear")).toEqual(["madison"])
  expect(people("[18:23] chase: can you call me back")).toEqual(["chase"])
  // A system's line is nobody's.
  expect(people("[10:05] system: session started")).toEqual([])
})

test("Hong Kong names, the surname first and in capitals or not, are read whole", () => {
  expect(people("Name: CHAN Tai Man\nPhone: +852 2345 6789")).toEqual(["CHAN Tai Man"])
  expect(people("Name: LAM Hoi Yan\nPhone: +852 2345 6789")).toEqual(["LAM Hoi Yan"])
  expect(people("owner: Yeung Wing Yan")).toEqual(["Yeung Wing Yan"])
  expect(people("The form was signed by Tsang Ka Ho today.")).toEqual(["Tsang Ka Ho"])
  // `Man` opens no given name; a capital word that is no surname names nobody before syllables.
  expect(people("CHAN Man")).toEqual([])
  expect(people("NEW Wing opened today")).toEqual([])
})

test("an Argentine mobile dialled at home with its 15 is a phone where a phone word or a person names it", () => {
  expect(phones("Llamame al 0261 15-412-7788 después de las 18.")).toEqual(["0261 15-412-7788"])
  expect(phones('{"phone": "011 15-4433-2211"}')).toEqual(["011 15-4433-2211"])
  expect(phones("Celular: 0221154567890")).toEqual(["0221154567890"])
  // Thirteen digits with no 15 after the area code, or no phone word, stay an account's.
  expect(phones("Cuenta 0351 1569 2561 4")).toEqual([])
  expect(phones("Celular: 0221174567890")).toEqual([])
  expect(phones("Expediente 0261 15-412-7788 archivado.")).toEqual([])
})

test("contracts, accounts, meters and personal ids named in Ukrainian, Estonian, Croatian and Slovak are no phones", () => {
  expect(phones("Кошти заблоковано за договором 512 604 7731 до 02.08.2026.")).toEqual([])
  expect(phones("Klient: Isikukood: 48807120231.")).toEqual([])
  expect(phones("Lepingule 7012-554-219 lisati teine juht.")).toEqual([])
  expect(phones("Sporni iznos na računu 5512 8890 217.")).toEqual([])
  expect(phones("Stav na merači 4471 2290 ku dňu 6. 12.")).toEqual([])
  // A phone word nearer the number than the contract's still names a phone.
  expect(phones("Ugovor je potpisan, nazovite 091 234 5678")).toEqual(["091 234 5678"])
})

test("a French time written with a spaced h right after a number is no group of it", () => {
  expect(phones("Appelez le 514-227-3401 14 h 20 svp.")).toEqual(["514-227-3401"])
  expect(phones("Joignable au 021 612 44 87 11 h 20.")).toEqual(["021 612 44 87"])
  // Glued, as before.
  expect(phones("Appelez le 514-227-3401 14h20 svp.")).toEqual(["514-227-3401"])
})

test("Ukrainian call words and the Swiss Natel name a phone", () => {
  expect(phones("Телефонуйте 0444 2510 09, будь ласка.")).toEqual(["0444 2510 09"])
  expect(phones("Mein Natel: 071 555 14 35.")).toEqual(["071 555 14 35"])
  // Without the word the oddly grouped number stays unread.
  expect(phones("Der Code 071 555 14 35 gilt bis Montag.")).toEqual([])
})

test("whoever can take it on a number, or is on it after a bracketed remark, names it a phone", () => {
  expect(phones("If I'm out, Thiago can take it on 0865 2304 42.")).toEqual(["0865 2304 42"])
  expect(phones("Shanice (my other half) is on 2462 8703 95.")).toEqual(["2462 8703 95"])
  // A thing's remark is no person's.
  expect(phones("The report (draft) is on 2462 8703 95.")).toEqual([])
})

test("whom a note left a message for, told or agreed with, and a second contact, are people in lower case too", () => {
  expect(people("- left msg for quang, try (832) 618-5101 after 3")).toEqual(["quang"])
  expect(people("- message laissé à nadège, essayer plus tard")).toEqual(["nadège"])
  expect(people("Caller: Second contact is hannah blackwell, mobile +64 22 036 2166.")).toEqual(["hannah blackwell"])
  expect(people("Klienditeenindaja: Kelle nimel see on?\nKlient: margus jõgi.")).toEqual(["margus jõgi"])
  // A pronoun or an everyday word after the cue is none.
  expect(people("- told him we'd text")).toEqual([])
  expect(people("- left msg for billing, no answer")).toEqual([])
})

test("a role noun that is also a surname stays after a known first name", () => {
  expect(people("Good morning, Tamika Holder calling from the admissions office")).toEqual(["Tamika Holder"])
  expect(people("To: Minnie Driver <minnie@mail.example>")).toEqual(["Minnie Driver"])
  // Other role nouns still end no name.
  expect(people("Please call Anna Caller")).toEqual(["Anna"])
})

test("a name ends before de and the firm or office its speaker calls from", () => {
  expect(people("Hola, habla Marta Ruiz de Agua y Gas del Norte, le llamo por su factura.")).toEqual(["Marta Ruiz"])
  expect(people("Buenos días, le llama Octavio de Oficina de Becas para usted.")).toEqual(["Octavio"])
  // A surname's particle stays inside the name.
  expect(people("Soy María de los Ángeles Pérez García.")).toEqual(["María de los Ángeles Pérez García"])
  expect(people("Hablé con Juan de Dios Pérez de la Cruz.")).toEqual(["Juan de Dios Pérez de la Cruz"])
})

test("more sign-offs, and whoever can take it on a number, name a person", () => {
  expect(people("Thanks for waiting. God bless, Kojo, Riverside Clinic")).toEqual(["Kojo"])
  expect(people("Merci und Gruss, Urs, Alpen Garage")).toEqual(["Urs"])
  expect(people("З повагою, Оксана, Обленерго")).toEqual(["Оксана"])
  expect(people("If I'm out, Madison can take it on 1-915-682-4509")).toEqual(["Madison"])
  // A thing that can take it on is none.
  expect(people("The Server can take it on board.")).toEqual([])
})

test("a listed first name that is also a word, answering a question for a name, takes the surname closing the answer", () => {
  expect(people("Agent: And what's the name on the file?\nCaller: mark owusu.\nAgent: Thanks")).toEqual(["mark owusu"])
  expect(people("Agent: Your name please?\nCaller: will tanaka\nAgent: Thanks")).toEqual(["will tanaka"])
  // A word going on with the sentence is no surname.
  expect(people("Agent: Your name please?\nCaller: will check and call back")).toEqual([])
})

test("a chat speaker's tag naming a long desk in brackets names its person", () => {
  expect(people("[09:36] Lakshmi (Riverbank Veterinary Hospital): how can I help?")).toEqual(["Lakshmi"])
  expect(people("[13:28] Sergio (Hospital Veterinario Patitas): Perfecto")).toEqual(["Sergio"])
  // A machine's tag is none.
  expect(people("Summary (AI): the caller asked for a refund")).toEqual([])
})

test("a note's item opening with who called back names them in lower case, the verb no surname", () => {
  expect(people("Notes:\n- ciarán rang again, call back on 089 447 5081")).toEqual(["ciarán"])
  expect(people("- jérôme a rappelé, rappeler au 032 590 99 05")).toEqual(["jérôme"])
  expect(people("Notater:\n- ingrid ringte igjen, ring tilbake")).toEqual(["ingrid"])
  // Who is no first name did not call.
  expect(people("- the office called back")).toEqual([])
})
