import { MONTHS } from "../data/everyday-words.ts"
import { DIGIT_WORDS, saysNumberAt } from "./person-digit-words.ts"

// How a note, a message or a call opens on a person, beyond person-cues.ts: who writes or who is here, greetings in
// Serbian and Ukrainian letters, two-word greetings before a lower-case name, Gaelic surnames' particles.

/** Who writes a note or a message, and who is here, as it opens (`Piše Nada Horvat;`, `Γράφει Ελπίδα …`, `Ovde Radost
 * Ilić, moj broj …`, `Tady Petra …`, `Це Тарас …`, `Siin Külli Kask.`): the name follows, even one that is also a word. */
export const WRITERS = ["piše", "pisze", "píše", "píše vám", "scrie", "γράφει", "пише", "skriver", "kirjoittaa", "scrive", "yazan", "escribe", "escreve", "ovde", "ovdje", "овде", "овдје", "tady", "це", "siin"]

/** Whom a call summary says was spoken with, in Finnish, Turkish, Serbian, Croatian and Icelandic (`Puhuttu Toivo …`, `Görüşülen …`). */
export const SPOKE_WITH = ["puhuttu", "puhuttiin", "görüşülen", "görüşüldü", "разговарао са", "разговарала са", "razgovarao sa", "razgovarala sa", "talað við", "rætt við"]

/** Greetings and thanks in Serbian and Ukrainian letters, Greek thanks. */
export const OWN_LETTER_GREETINGS = ["добар дан", "здраво", "хвала", "добрий день", "вітаю", "дякую", "ευχαριστώ"]
export const ICELANDIC_GREETINGS = ["halló", "góðan dag", "góðan daginn", "sæl", "sæll", "kæri", "kæra"]
/**
 * Welsh, South African, Swahili, Scots, Texan, Galician, Turkish, Swiss German, Estonian, Hindi, Maltese, Luxembourgish, Bulgarian and Icelandic hellos, a season's
 * greeting (`Shwmae Dafydd`, `Howzit Grace`, `Habari Akinyi`, `Namaste Priya`, `Moien Claude`, `Здрасти Иван`, `Aye Grace`, `Howdy Will`, `Jambo Baraka`, `Sali Reto`).
 */
export const REGIONAL_HELLOS = ["shwmae", "howzit", "habari", "tervist", "namaste", "bongu", "moien", "здрасти", "hæ", "greetings", "compliments of the season", "season's greetings",
  "aye", "howdy", "hey there", "jambo", "good day", "bos días", "boas tardes", "iyi günler", "sali",
  // Irish and Basque hellos and an Indian English sign-off (`Howya Niamh,`, `Kaixo Aitor,`, `Thanking you, Priya`).
  "howya", "kaixo", "thanking you",
  // Maltese, Latvian, Bulgarian and Ukrainian hellos and thanks, as they open a chat's line before a first name (`Grazzi
  // Pawlu`, `Paldies Jānis!`, `Благодаря Пламен!`, `Привіт Тарас,`). Not Catalan `gràcies`: its sign-off (`moltes gràcies
  // montserrat puig i serra`) is read to the line's end elsewhere, and a greeting's cue would end the name sooner.
  "bonġu", "grazzi", "paldies", "благодаря", "привіт"]
/** Finnish, Estonian and Turkish Mr and Mrs (`herra Järvinen`, `härra Kask`, `Bayan Kılıç`). */
export const MORE_TITLES = ["herra", "rouva", "härra", "proua", "bayan"]

/**
 * Ukrainian, Serbian and Icelandic customers and agents in a speaker tag (`[14:07] Клієнт:`, `Viðskiptavinur:`, `Оператер …`);
 * Latvian, Slovenian, Mexican Spanish and Swiss German ones (`Klients:`, `Stranka:`, `Svetovalec:`, `Asesor:`, `Kundedienst:`).
 */
export const OWN_TAG_ROLES = ["клієнт", "клієнтка", "корисник", "корисница", "korisnica", "оператер", "operater", "operaterka", "viðskiptavinur", "þjónustufulltrúi",
  "klients", "kliente", "stranka", "svetovalec", "svetovalka", "asesor", "asesora", "kundedienst", "kundendienst"]

/**
 * Two-word greetings that open a message before whom it greets (`Dzień dobry zofia nowak,`, `Grüß Gott florian hofer,`,
 * `Добар дан никола …`), lower case and as a message capitalises them; not a thanks or a formal address (`thank you`,
 * `sehr geehrte`).
 */
export function openingPairs(greetings: readonly string[]): string[] {
  const pairs = greetings.filter((p) => p.split(" ").length === 2 && !/^(?:thank|mange|dank|sehr|szanown)/.test(p)).map((p) => p.toLowerCase())
  return pairs.concat(pairs.map((p) => p.replace(/ \p{Ll}/u, (c) => c.toUpperCase())))
}

// Digit words, and whether a number is said at a place, for the lower-case name readers (person-digit-words.ts).
export { DIGIT_WORDS, saysNumberAt }

// Whom a greeting addresses when it is no person (`hi grace everyone,`), a month or a season greeted (`hi june payment,`,
// `dear april showers,`), and adverbs (`hi mark down,`): no first name and surname there.
export const NOT_GREETED = new Set([
  "everyone", "everybody", "all", "team", "folks", "guys", "there", "again", "both", "friends", "colleagues", "allemaal", "alle", "tous", "todos", "tutti", "zusammen", "allerseits", "wszystkim", "všem",
  ...MONTHS.map((m) => m.toLowerCase()), "spring", "summer", "autumn", "fall", "winter", "down", "up", "out", "over", "back", "off", "in", "on", "now", "today",
  // Digits said (`no it's changed, it's two oh four, 508, …`): a number's, never a name's.
  ...DIGIT_WORDS, "nought",
])

/** Irish and Scottish Gaelic surnames' particles, written in lower case with the name (`aoife mac cárthaigh`, `ní bhriain`). */
export const GAELIC = new Set(["mac", "nic", "mhic", "ní", "ó", "uí"])

/** Verbs a name is said with (`jó napot bence vagyok`, I am), which NAME_SPEAKING reads: no surname. */
export const SAID_WITH = new Set(["speaking", "here", "hier", "vagyok", "puhelimessa", "falando"])

/** A call back to make, as a calendar entry or a task names it (`Callback Niamh re …`, `Rappeler Luc pour …`): the name follows. */
export const CALLBACKS = ["callback", "call back", "ring back", "rappeler", "rappel", "terugbellen", "rückruf", "zurückrufen", "richiamare", "llamar a", "ligar para",
  "poklicati", "pozvati", "nazvati", "zavolat", "zavolať", "oddzwonić", "ringa upp", "ring tilbage", "ringe tilbake", "visszahívni", "perskambinti",
  "atzvanīt", "tagasi helistada", "передзвонити", "обадете се на"]

/** A call handed on, as a transcript's agent says it (`doorgezet naar lotte van den berg`, `transmis à élodie roy`). */
export const HANDED_ON = [
  "transmis à", "transféré à", "transférée à", "weitergeleitet an", "weitergegeben an", "doorgezet naar", "doorverbonden met", "sendt videre til",
  "overført til", "vidarebefordrad till", "derivado a", "derivada a", "transferido a", "transferida a", "trasferito a", "továbbítva neki",
  "odovzdané kolegovi", "odovzdané kolegyni", "předáno kolegovi", "předáno kolegyni", "predano sodelavcu", "predano sodelavki",
  "perduota kolegai", "nodots kolēģim", "nodots kolēģei", "передано колезі", "предадено на", "прехвърлено на", "przekazano do",
]

// Armenian, Kazakh, Macedonian, Azerbaijani, Uzbek, Indonesian and Malay, Swahili, Filipino, Vietnamese and Faroese:
// greetings and thanks before a name, sign-offs before one (one word: the words of a longer one, `со почит`, `kwa
// heri`, `við vinarligari kvøðu`, are read as cues one by one), titles, and the keys of a call's parties. Not Swahili's
// `asante` (thanks: an Akan surname too, `Kofi Asante`), Vietnamese `xin chào` (`Xin Yi`), nor `оператор` or `клиент`
// (Cyrillic speaker tags before a reply: `Оператор: Добре`).
export const MORE_GREETINGS = [
  "հարգելի", "բարև", "բարև ձեզ", "շնորհակալություն", "құрметті", "сәлеметсіз бе", "рахмет", "почитуван", "почитувана", "почитувани", "здраво",
  "добар ден", "фала", "благодарам", "hörmətli", "salam", "təşəkkür edirəm", "təşəkkürlər", "hurmatli", "assalomu alaykum", "salom", "rahmat",
  "halo", "yth", "yang terhormat", "terima kasih", "selamat pagi", "selamat siang", "selamat petang", "salam sejahtera", "habari", "mpendwa",
  "kumusta", "salamat", "kính gửi", "góðan dag", "kæri", "kæra", "takk fyri",
]
export const MORE_SIGN_OFFS = ["հարգանքով", "құрметпен", "поздрав", "hörmətlə", "wako", "trân trọng", "vinarliga"]
// Titles in the dative and vocative a sentence puts them in (`panu Benešovi`, `pánovi Hudákovi`, `domnule Vulpe`,
// `doamnă Ionescu`, `doamnei Pop`), and Greek's written in Latin letters (`kyrie Lamprou`).
export const CASED_TITLES = ["panu", "panovi", "pánovi", "pánu", "doamnă", "doamnei", "domnule", "domnului", "kyrie", "kyria", "kyrios"]
export const MORE_LANGUAGE_TITLES = ["պարոն", "տիկին", "мырза", "ханым", "г-дин", "г-ѓа", "cənab", "xanım", "bapak", "pak", "ibu", "sdr", "sdri", "encik", "cik", "puan", "bwana", "bw"]
export const MORE_PARTY_LABELS = [
  "զանգահարող", "օպերատոր", "հաճախորդ", "қоңырау шалушы", "повикувач", "zəng edən", "müştəri", "qoʻngʻiroq qiluvchi",
  "mijoz", "penelepon", "pelanggan", "pemanggil", "mpigaji", "mteja", "tumawag", "người gọi", "khách hàng", "konsulent",
]
/** A colleague before a name (`Mi compañera Marta le devolverá la llamada`, `Ma collègue Sophie Martin`): role nouns. */
export const COLLEAGUES = ["compañero", "compañera", "colega", "collègue", "kollega", "kolega", "koleżanka", "kolegyně", "kolegyňa", "kolegica", "kollegaen", "kolleegi"]
/**
 * A chat's anonymous visitor in the languages around (`17:03 Visiteur : …`, `Bezoeker:`), and a summary's heading
 * (`Summary (v6.6.0): Jasmine called …`): never names, though they stand where a speaker's name does. A visitor's tag is
 * a chat role's too (ROLES): the name it answers with is theirs (`Visitor: avneet chen, 587-…`).
 */
export const VISITORS = [
  "visitor", "visiteur", "visiteuse", "visitante", "visitatore", "visitatrice", "bezoeker", "besökare", "besøkende", "besøgende", "vierailija",
  "odwiedzający", "návštěvník", "návštěvnice", "besucher", "besucherin", "gość", "látogató", "vizitator", "ziyaretçi", "επισκέπτης", "посетитель",
  "відвідувач", "besøkjande", "vizitor", "vizitori", "посетител", "посетителот", "посетилац", "posetilac", "ymwelydd", "visitante",
]
export const VISITORS_AND_SUMMARIES = [
  ...VISITORS,
  "summary", "zusammenfassung", "résumé", "resumen", "riepilogo", "samenvatting", "resumo", "podsumowanie", "sammanfattning", "sammendrag", "resumé", "yhteenveto",
  // Not among VISITORS, whose tags are roles a record's key is not (`Paciente: Domínguez Vela, Encarnación` names one).
  // A clinic's chat names its patient so (`[08:30] Patientin: Grüß Gott`, `Patient: hi`).
  "patient", "patientin", "patiente", "paciente", "paziente", "patiënt", "pacjent", "pacjentka", "potilas",
  // A stadium's or a club's chat names its visitor so (`[19:40] Supporter : …`; not `Fan`, a surname too).
  "supporter", "supportrice", "learner", "étudiant", "étudiante",
  // Everyday words that open a sentence in Swedish, Italian and Portuguese (`Konto (IBAN): …`, `Era previsto …`, `Quero, sim.`).
  "konto", "quero",
  // A desk answering a chat in its own name (`[11:20] Reservations: Hi there, Meghan here`).
  "reservations", "bookings", "dispatch", "reservas", "reservierung", "reservierungen", "prenotazioni", "reserveringen", "réservations",
  // And its departments, in the languages around (`[09:45] Recepcja: …`, `[06:52] Disposition: …`, `[15:03] Comptabilité: …`).
  "dispatching", "dispatcher", "scheduling", "planning", "accounting", "invoicing", "facility", "facilities", "logistics", "warehouse", "customs",
  "procurement", "purchasing", "maintenance", "administration", "empfang", "rezeption", "disposition", "buchhaltung", "verwaltung", "hausverwaltung",
  "objektleitung", "haustechnik", "vertrieb", "zoll", "planung", "leitstelle", "zentrale", "sekretariat", "rechnungswesen", "accueil",
  "réception", "planification", "comptabilité", "facturation", "gestion", "logistique", "entrepôt", "douane", "achats", "secrétariat", "onthaal",
  "receptie", "boekhouding", "administratie", "facturatie", "logistiek", "magazijn", "inkoop", "secretariaat", "recepción", "administración",
  "contabilidad", "facturación", "logística", "almacén", "aduanas", "compras", "mantenimiento", "planeación", "planificación", "tesorería",
  "cobranza", "accettazione", "amministrazione", "contabilità", "fatturazione", "logistica", "magazzino", "dogana", "acquisti", "segreteria",
  "manutenzione", "receção", "recepção", "administração", "contabilidade", "faturação", "faturamento", "armazém", "alfândega", "manutenção",
  "tesouraria", "ekonomi", "fakturering", "logistik", "tull", "inköp", "fastighetsförvaltare", "fastighetsförvaltning", "förvaltning", "jour",
  "växel", "økonomi", "bogholderi", "regnskap", "administrasjon", "resepsjon", "indkøb", "innkjøp", "sentralbord", "vastaanotto", "talous",
  "kirjanpito", "laskutus", "hallinto", "logistiikka", "varasto", "tulli", "hankinta", "päivystys", "recepcja", "księgowość", "administracja",
  "fakturowanie", "logistyka", "magazyn", "dyspozytor", "dyspozytornia", "sekretariat", "zaopatrzenie", "kadry", "recepce", "účetní", "účetnictví",
  "fakturace", "administrativa", "dispečink", "dispečer", "sekretariát", "nákup", "údržba", "recepcia", "účtovníctvo", "fakturácia",
  "administratíva", "dispečing", "recepció", "könyvelés", "számlázás", "adminisztráció", "diszpécser", "recepție", "recepția", "contabilitate",
  "facturare", "dispecerat",
  // A gambling or lottery desk's player and its own desks (`[23:41] Player: …`, `[14:03] Tuki: …`, `From: Compliance <…>`,
  // `Van: Klachtenafhandeling`, `Od: Pritužbe`): the complaints desk in the languages around.
  "player", "punter", "gambler", "speler", "spelare", "spiller", "pelaaja", "játékos", "igrač", "gracz", "tuki", "asiakastuki",
  "compliance", "complaints", "klachten", "klachtenafhandeling", "klagomål", "klager", "klagen", "beschwerden", "réclamations", "reclamaciones",
  "reclami", "reclamações", "asiakasvalitukset", "valitukset", "pritužbe", "reklamacje", "reklamace", "panaszok", "panaszkezelés", "ombudssupport",
  "chargeback", "chargebacks", "kolektura",
  // A desk's support speaker, its user and its departments in more languages (`[14:44] Destek: …`, `Wsparcie:`, `Podpora:`,
  // `Pagalba:`, `Suport:`, `Υποστήριξη:`, `Apoio:`, `Użytkownik:`; a mail signed `Oddelenie …`, `Departamentul Amenzi`,
  // `Τμήμα Παραβάσεων`, `Ceza İşlemleri`, `Fines & Charges`, `Relații Clienți`, `Εξυπηρέτηση Πελατών`).
  "wsparcie", "podpora", "pagalba", "atbalsts", "tugi", "suport", "asistență", "υποστήριξη", "destek", "apoio", "suporte", "soporte",
  "supporto", "assistenza", "podrška", "pomoč", "ügyfélszolgálat", "użytkownik", "uživatel", "používateľ", "vartotojas", "utilizator",
  "χρήστης", "kullanıcı", "utilizador", "usuario", "usuário", "utente", "benutzer", "gebruiker", "användare", "bruger", "käyttäjä",
  "felhasználó", "korisnik", "oddělení", "oddelenie", "dział", "departamentul", "departament", "τμήμα", "εξυπηρέτηση", "πελατών",
  "fines", "amenzi", "pokuty", "mandaty", "baudos", "contraordenações", "multas", "ceza", "işlemleri", "παραβάσεων", "relații", "clienți",
  "rezervační", "rezervačné", "obiecte",
  // A property manager's tenants, in German's and Dutch's forms (`Sehr geehrte Mieterinnen und Mieter,`, `Mieter erreichbar …`).
  "mieter", "mieterin", "mieterinnen", "vermieter", "vermieterin", "huurders", "bewohner", "bewohnerin", "bewohnerinnen",
]

/**
 * Whose name an order or a booking is under (`The order is under SIONE TUILAGI`, `It should be under EMILY JOHNSON`,
 * `La commande est au nom de JEAN DUPONT`, `Procure por TIAGO SILVA`): the name follows. Not `it's under` or `läuft auf`,
 * which a noun follows as often (`it's under Warranty`, `läuft auf Rechnung`).
 */
export const UNDER_THE_NAME = [
  "order is under", "booking is under", "reservation is under", "booked under", "reserved under", "account is under", "should be under",
  "under the name", "under the name of", "au nom de", "a nombre de", "a nome di", "auf den namen", "auf den namen von", "op naam van",
  "op de naam van", "på namnet", "i namnet", "i navnet", "na nazwisko", "na jméno", "procure por", "cerchi come",
]
/** Whose word something is (`Selon Marie, …`, `Volgens Doğan …`): a mention, before a known first name only (not `Selon Orange`). */
export const ACCORDING_TO = ["according to", "volgens", "selon", "según", "secondo"]

/** A driving school's chat: the instructor or teacher speaks (`Trafiklärare Johan:`, `Oktató Péter:`, `Opettaja Hanna:`). */
export const INSTRUCTORS = [
  "instructor", "instructora", "instructeur", "instructrice", "rijinstructeur", "rijinstructrice", "fahrlehrer", "fahrlehrerin", "istruttore", "istruttrice",
  "trafiklärare", "kørelærer", "kjørelærer", "opettaja", "ajo-opettaja", "oktató", "instruktor", "instruktorka", "instrutor", "instrutora", "teacher",
  "lehrer", "lehrerin", "leraar", "lerares", "insegnante", "professeur", "profesor", "profesora", "lärare", "lærer", "tanár", "nauczyciel", "nauczycielka", "učitel", "učitelka",
]

/** A widow or widower, a teacher said as "your teacher" (`Witwe Ilse möchte`, `Opettajasi Lauri tulee`): stripped from a name's edges. */
export const WIDOWS_AND_YOUR_TEACHER = ["witwe", "witwer", "weduwe", "weduwnaar", "vedova", "vedovo", "änka", "änkling", "enke", "enkemand", "leski", "özvegy", "opettajasi", "opettajamme"]
