import { contextMatcher, wordSet, type ContextMatcher } from "../../../core/index.ts"
import { ID_CLASS_WORDS, MALTESE_CALL_WORDS, notInRoles, PORTING_WORDS, REACH_WORDS, SWITCHBOARD_WORDS } from "./phone-ids.ts"

// The words the phone recognizer reads before a number: phone words, the noun "number", and words naming some other
// number (an order, a contract, a customer, a postcode), in the languages the recognizers cover.

const LISTED_PHONE_WORDS = contextMatcher([
  ...PORTING_WORDS, ...MALTESE_CALL_WORDS, ...REACH_WORDS, ...SWITCHBOARD_WORDS,
  "numero verde", "numéro vert", "número verde", "número gratuito", "linea verde", "gratisnummer", "servicenummer", "toll free", "freephone", "hotline", "helpline", "phone", "tel", "tél", "telephone", "mobile", "mob", "cell", "call", "callback", "call back", "callbacks", "call backs", "rückrufe", "rappels", "richiamate", "number", "reach", "whatsapp", "sms", "text me", "fax",
  "contact", "kontakt", "durchwahl", "member line", "members line", "support line", "claims line", "advice line", "enquiry line", "enquiries line", "direct line", "ligne directe", "línea directa", "linea diretta", "linha direta", "extensão direta", "doorkiesnummer", "erreichbar", "anrufen", "zurückrufen", "appelez", "appeler", "joindre", "llamarme", "llámame", "llamadme", "bel", "belt", "bellen", "chiamami", "richiamare",
  "telefon", "handy", "rückruf", "nummer", "téléphone", "portable", "numéro", "rappeler", "teléfono", "móvil", "número", "llamar",
  "telefoon", "mobiel", "nummer", "bellen", "telefono", "cellulare", "numero", "chiamare",
  "ring", "ring me", "telemóvel", "telefone", "celular", "ligar", "liguem", "liguemos", "contacto", "contato", "contatto", "ringa", "ring mig", "mobil", "ring til", "numer",
  "komórka", "komórkowy", "zadzwoń", "zadzwonić", "oddzwonić", "oddzwoni", "oddzwonię", "numerosta", "numeroon", "číslo", "zavolejte", "volejte", "puhelin", "soita", "număr", "sunați", "szám", "hívjon",
  "dzwonić", "dzwonic", "dzwoń", "dzwonić pod", "liga no", "liga pra", "me liga",
  // Polish's cases of "mobile" (`na komórkę`, `numer komórki`), Portugal's short "telem." and a call to someone (`liga-lhe
  // para o …`); where a caller is best reached (`am besten unter …`, `bäst på …`, `het beste op …`, `best on …`).
  "komórkę", "komórki", "komórce", "komórką", "komórkowego", "telem", "tlm", "tlmv", "liga lhe", "ligue lhe", "ligar lhe", "ligue me",
  "am besten unter", "am besten erreichbar", "bäst på", "bedst på", "best på", "nejlíp na", "nejlépe na", "het beste op", "best on", "best reached on", "best number", "best contact", "meglio al", "mejor al", "melhor no", "najlepiej na", "najlepiej pod",
  "broj", "nazovite", "mobitel", "cb", "call me back", "rückrufnummer", "ligue", "llama", "llame", "llámenos", "terugbelnummer", "terugbellen", "terugbelverzoek",
  // Danish and Norwegian calls in the present and past (`ringer til dig på …`, `Ringede til kunden på …`); Spanish,
  // Portuguese and Czech calls to come (`llamará al …`, `uma chamada para o …`, `žádost o zavolání … na …`).
  "ringer til", "ringede", "ringede til", "ringet", "ringet til", "ringes op", "llamará", "llamaré", "llamaremos", "llamarán", "chamada para", "ligará", "ligaremos",
  "zavolání", "zavolá", "zavoláme", "indgående", "indgående fra", "indgående opkald", "opkald fra", "inngående", "inkommande", "inkommande samtal",
  // A message's line for questions before the number that answers them (`Questions? 866…`, `Dúvidas: 800 …`, `Dotazy: …`).
  "questions", "any questions", "queries", "question", "dudas", "duda", "dúvidas", "dúvida", "per info", "dotazy", "pytania", "fragen", "vragen", "domande", "frågor", "spørgsmål", "spørsmål", "kysymykset",
  // Compounds and definite forms, which a whole-word match does not reach through "nummer" (`Telefonnummer`, `nummeret`).
  "telefonnummer", "handynummer", "mobilnummer", "rufnummer", "festnetz", "festnetznummer", "telefonnr", "tel nr", "tlf", "tlfnr",
  "nummeret", "numret", "telefonnummeret", "telefonnumret", "mobilnummeret", "mobilnumret", "puhelinnumero", "puhelinnumeroni", "númer", "númerið",
  "telefonszám", "telefonszámom", "telefonní", "tfno", "tlfno", "telf", "gsm", "telefonu", "telefonnummern",
  // Hungarian's possessed and case forms of "number" and "mobile" (`a száma …`, `… számon`, `a mobilom …`; not a compound's
  // `Törzsvendég-számom:`, a regular guest's number); calls in
  // Norwegian's passive, Slovenian, colloquial Croatian and Greek (`vil bli ringt på …`, `me lahko pokličete na …`,
  // `mozete me nazvat na …`, `να με παρετε στο …`), and Slovenian's callback and a Greek contact (`povratni klic`, `επαφή`).
  "a száma", "a számom", "számon", "mobilom", "mobilszám", "mobilszámom", "ringt", "ringt på", "pokličete", "pokličemo",
  "pokliči", "poklicati", "povratni klic", "nazvat", "nazvati", "nazovi", "πάρτε με", "πάρε με", "με πάρετε", "με παρετε", "επαφή",
  "alt", "alternative number", "alt number", "alt phone", "contattarmi", "contattare", "contattami", "chiamarmi", "richiamarmi", "ring tilbage", "ring tilbake", "ring op", "ringe",
  // The caller's and the dialled number in IVR and telephony logs; payments to a phone number (`BLIK na 512 …`, `Bizum al 612 …`).
  "ani", "cli", "clid", "dnis", "caller id", "callerid", "msisdn", "blik", "blikiem", "swish", "swisha", "mobilepay", "vipps", "bizum", "mb way", "mbway", "twint", "zelle", "venmo", "payconiq",
  // Definite and possessive forms of the Nordic words (`mobilen min er …`, `puhelimeni`).
  "mobilen", "telefonen", "mobiltelefon", "mobiltelefonen", "mobilnr", "matkapuhelin", "kännykkä", "kännykkäni", "puhelimeni", "text me", "text us", "text back", "texting", "txt", "takaisinsoitto", "soittopyyntö", "soittakaa", "soittaa",
  // Callers' words beyond the default regions' languages: Macedonian, Azerbaijani, Kazakh, Uzbek, Georgian, Armenian,
  // Hebrew, Arabic, Korean, Indonesian and Malay, Swahili, Filipino, Vietnamese, Faroese.
  // Their bare nouns for "number" name an order's or a booking's as often, and are read only before digit words
  // (SAID_NUMBER_WORDS).
  "телефон", "јавете", "nömrəm", "nömrəmə", "zəng edin", "нөмірім", "қоңырау", "raqamim", "qoʻngʻiroq", "qo'ng'iroq", "ტელეფონი",
  "დამირეკოთ", "დარეკეთ", "համարս", "հեռախոս", "հեռախոսահամար", "զանգահարեք", "զանգեք", "טלפון", "נייד", "תתקשרו", "התקשרו",
  "هاتف", "رقمي", "جوال", "موبايل", "اتصل", "اتصلوا", "전화", "전화번호", "연락처", "휴대폰", "telepon", "hubungi", "simu", "telepono",
  "tawagan", "điện thoại", "số điện thoại", "gọi lại", "telefonnummar",
  // The other languages of the default regions: Greek, Bulgarian, Latvian, Lithuanian, Estonian, Slovenian, Slovak,
  // Maltese, Irish.
  "τηλ", "κιν", "τηλέφωνο", "τηλεφώνου", "τηλέφωνό", "κινητό", "κινητού", "κινητό μου", "καλέστε", "καλώ", "επικοινωνία", "επικοινωνίας", "αριθμός", "αριθμό",
  "тел", "телефон", "телефона", "мобилен", "моб", "обадете", "обадете се", "номер", "номера",
  // Ukrainian: phone, mobile, call (`Телефонуйте 0484 3520 09`, `Мобільний: …`).
  "телефону", "мобільний", "мобільного", "телефонуйте", "зателефонуйте", "дзвоніть", "подзвоніть", "передзвоніть", "передзвонити",
  // Switzerland's word for a mobile (`Mein Natel: 079 …`).
  "natel", "natelnummer", "tālr", "tālrunis", "tālruņa", "tālrunim", "tālruni", "tālrunī", "mobilais", "zvanīt",
  "zvaniet", "atzvanīt", "atzvaniet", "piezvaniet", "numurs", "numuru", "telefonas", "telefono", "mobilusis", "skambinkite", "paskambinkite", "skambinti", "paskambinti", "skambink", "paskambink", "numeris", "numerį", "telefoni",
  "mobiil", "helistage", "helista", "numbril", "pokličite", "pokliči", "številka", "številko", "telefón", "zavolajte", "volajte", "mowbajl", "ċempel",
  // Call back in Spanish, Czech, Lithuanian, Norwegian, Polish as notes write it (`devolver la llamada al …`, `Zavolat zpět na …`).
  "llamada", "llámenme", "llamarme al", "devolver la llamada", "zavolat", "zavolat zpět", "zpětné volání", "perskambinti", "perskambinkite", "perskambinkit",
  "oppringning", "ring meg", "ringe opp", "oddzwonić na", "oddzwonienie",
  "numru", "guthán", "fón", "uimhir", "sími", "símanúmer", "símanúmerið", "farsími", "farsíma", "heimasími", "hringdu", "hringja",
  // Turkish, Malay and Singapore English, Brazilian chat: possessive and compound forms a whole-word match does not reach
  // (`cep telefonum`), a handphone's `hp`, WhatsApp's `zap` and `wpp`.
  "telefonum", "telefonumu", "telefonunuz", "cep telefonu", "cep telefonum", "cep no", "arayın", "arayabilir",
  "hp", "hp no", "handphone", "hand phone", "telefon bimbit", "no tel", "nombor telefon", "hubungi", "zap", "wpp", "whats",
  // Welsh, Albanian and Galician calls and phones (`ffoniwch fi ar …`, `më telefononi në …`), a call back (`être rappelée au …`).
  "ffôn", "ffon", "ffonio", "ffoniwch", "rhif ffôn", "symudol", "telefononi", "më telefononi", "më merrni", "celulari", "chámame", "chamádeme", "móbil", "mób", "rappelé", "rappelée", "richiamata", "richiamato", "apel înapoi", "apel inapoi", "καλέσει", "καλέσετε",
  // Where a call came from or where someone is reached, in the languages of the default regions and Turkish
  // (`Voicemail from …`, `ringte fra …`, `volal z …`, `nås på …`, `Rappelez-moi au …`, `geri aranacak:`).
  "voicemail", "voice mail", "voicemail from", "called from", "rang from", "be reached", "reached at", "reached on", "reachable", "correio de voz", "buzón de voz",
  "ringte fra", "ringer deg", "ringer dere", "nås", "nås på", "volal z", "volala z", "volali z", "rappelez", "rappelez-moi", "rappel",
  "visszahívás", "cep no", "cep tel", "geri ara", "aranacak", "geri aranacak", "tlm", "tlf", "cel", "cislo", "landline",
  "calling from", "calling on", "phoned from", "texted from",
  // A voicemail's or an answering machine's header in the languages of the default regions and Turkish (`Telefonsvarer fra
  // 20438651`, `Balss ziņa no …`, `Kõneposti sõnum numbrilt …`), and where someone is reached (`k zastižení na …`).
  "anrufbeantworter", "voice mailbox", "sprachnachricht", "messagerie vocale", "message vocal", "segreteria telefonica", "messaggio vocale",
  "ingesproken bericht", "mensaje de voz", "mensagem de voz", "röstbrevlåda", "röstmeddelande", "telefonsvarer", "telefonsvareren",
  "talebesked", "talemelding", "vastaaja", "vastaajaviesti", "poczta głosowa", "poczty głosowej", "wiadomość głosowa",
  "hlasová schránka", "hlasové schránky", "hlasová zpráva", "hlasová správa", "hangposta", "hangüzenet", "govorna pošta",
  "glasovna pošta", "glasovni predal", "mesageria vocală", "mesaj vocal", "sesli mesaj", "balss ziņa", "balss pasts",
  "balso paštas", "balso pašto", "balso žinutė", "kõnepost", "kõneposti", "numbrilt", "numbrile", "k zastižení",
  "zastižení", "k zastihnutiu", "zastihnúť", "dosegljiv", "dostupan", "elérhető", "kättesaadav", "zastihnete", "zastihnete mě", "zastihnout", "chámeme", "chámame", "chamádeme", "chámenos",
  "contatado", "contatada", "contactado", "contactada", "contactable", "contatável", "contactável", "retornar", "retornar a ligação",
  "φωνητικό μήνυμα", "διαθέσιμος", "διαθέσιμη", "numerossa", "numeroon", "obadete", "obadete se", "гласово съобщение",
  // Basque: call (me), phone, mobile (`deitu iezadazu …`, `telefonoa:`). Catalan; the cases of Polish "numer" (`pod numerem`, `z numeru`); colloquial Greek and Greek written in Latin letters
  // (`παλιό νούμερο:`, `kaleste me sto …`).
  "deitu", "deitu iezadazu", "deitzeko", "telefonoa", "telefono zenbakia", "mugikorra", "telèfon", "mòbil", "mòb", "truqueu", "truqueu-me", "truca'm", "trucar", "truqui", "trucada", "numerem", "numeru", "numerze", "νούμερο", "νούμερό",
  "kaleste", "kaleste me", "tilefono", "tilefwno", "kinito", "noumero",
  // Call me and reached at in Luxembourgish, Maltese, Serbian (both alphabets), Danish, Icelandic, Swiss German and
  // Spanish (`rufft mech un op …`, `ċempilli fuq …`, `pozovite me na …`, `kan træffes på …`, `lüütet si mir uf …`).
  "rufft", "rufft mech", "uruffen", "erreechen", "erreechbar", "ċempilli", "ċempluli", "ċempel lil", "pozovite", "pozovi", "pozovite me",
  "позовите", "позови", "træffes", "træffes på", "kan træffes", "ring til mig", "næst í síma", "hringið",
  "lüüte", "lüütet", "aalüüte", "aaluete", "marcar al", "marcame", "márcame", "márqueme", "marqueme", "llamame", "ligue-me", "liga-me",
  // The polite forms and separable verbs of call me back (`rufen Sie mich zurück unter …`, `mi richiami al …`, `llámeme
  // al …`). Not the caller's own word: it tags a transcript's speaker as often (`dzwoniący: 2370997407`, an order's).
  "rufen sie mich", "rufen sie", "richiami", "richiamami", "mi richiami", "richiamatemi", "richiamateci", "chiamatemi", "llámeme", "llameme",
  // Turkish "number" and "phone" in their possessive and object forms (`yeni numaram:`, `Telefonunu söyledi:`).
  "numara", "numaram", "numaramı", "numaramdan", "numaramız", "numarası", "telefonu", "telefonunu", "telefonumu", "telefonumuz",
])
// `ph` as a note abbreviates phone (`ph 2107739046`), lower case or capitalised: `PH` is a code's prefix as often
// (`caller: PH 4471 …`); not a domain's (`@pinoymail.ph`) nor glued to digits (`ph8113`, a call sign: phone-glued.ts).
const PH = /(?<![\p{L}\p{N}._@/-])[Pp]h(?![\p{L}\p{N}.]|[ \t]+(?:level|value|reading|meter|test|balance|scale))/u
export const PHONE_WORDS: ContextMatcher = {
  test: (text, from = 0, to = text.length) => LISTED_PHONE_WORDS.test(text, from, to) || PH.test(text.slice(from, to)),
  testAround: (text, before, start, end, after) => LISTED_PHONE_WORDS.testAround(text, before, start, end, after) || PH.test(text.slice(before, start)) || PH.test(text.slice(end, after)),
}

// Words that name a phone number itself, not a call or a number in general (`phone`, `ani`, `mobile`).
const PHONE_NOUN_LIST = [
  ...PORTING_WORDS,
  "phone", "telephone", "tel", "tél", "mobile", "mob", "cell", "fax", "alt", "alternative", "ani", "cli", "clid", "dnis", "msisdn", "caller id", "callerid", "callback",
  "whatsapp", "sms", "handy", "telefon", "telefonum", "cep telefonu", "handphone", "hp", "sími", "farsími", "téléphone", "teléfono", "telefono", "telefoon", "telefone", "telemóvel", "celular", "celu", "móvil", "fone", "zap", "zapzap", "wpp",
  "portable", "cellulare", "mobiel", "mobil", "komórka", "puhelin", "gsm", "tlf", "tfno", "rufnummer", "telefonnummer", "mobilnummer",
  "handynummer", "festnetz", "telefonnr", "puhelinnumero", "numer telefonu", "contact number", "phone number", "terugbelnummer",
  "rückrufnummer", "callback number", "telefonszám",
  "τηλ", "τηλέφωνο", "κινητό", "тел", "телефон", "мобилен", "tālr", "tālrunis", "telefonas", "mobiil", "telefón", "mowbajl", "guthán", "fón",
  // Short column keys (`cel`, `puh`, `kom.`, `tfn`, `Rufnr`).
  "cel", "puh", "kom", "tfn", "rufnr", "telnr", "tel nr", "num tel", "n tel",
]

/**
 * Column headers and field keys that name a phone number (`phone`, `ani`, `mobile⇥…`). Narrower than PHONE_WORDS:
 * a `contact id` or `number` column holds ids as often. A signature's one-letter keys too (`M: …`, `T: …`, `P: …`,
 * `D:` direct, `O:` office, `W:` work, `H:` home, `C:` cell).
 */
const PHONE_LABEL_NOUNS = contextMatcher(PHONE_NOUN_LIST)
const LETTER_LABELS = new Set(["m", "t", "p", "ph", "d", "o", "w", "h", "c"])
// Whole keys of a contact form's phone lines (`Home:`, `Work:`, `Cep:` Turkish mobile, `Fixo:`), phones only as a key:
// the same words in a sentence name a place or a thing.
const PHONE_KEYS = new Set(["home", "work", "office", "landline", "cep", "sabit", "ev", "iş", "fixo", "fijo", "fixe", "casa", "domicile", "privat", "büro", "kantoor", "thuis", "hjem", "jobb", "domů", "práce", "otthon", "munkahely", "kućni", "posao", "tlm", "port",
  // A ticket's caller-ID key, whatever its `ID` (`Anrufer-ID: 0049 30 …`, `Numéro appelant : 0033 6 …`; a key's hyphen is read as a space).
  "caller id", "callerid", "anrufer id", "anrufernummer", "beller id", "anrops id", "anroper id", "opkalds id", "numéro appelant", "número llamante", "numero chiamante", "soittajan numero"])
/**
 * A key naming a phone: a phone noun in it, or one of the letters a form writes for one (`T:`, `M:`) as the whole key;
 * a letter inside a longer key is an abbreviation of something else (`T.C. Kimlik No` is Turkey's national id).
 */
export const PHONE_LABELS = { test: (label: string) => LETTER_LABELS.has(label.trim().toLowerCase()) || PHONE_KEYS.has(label.trim().toLowerCase()) || (PHONE_LABEL_NOUNS.test(label) && !REFERENCE_KEY.test(label)) }
// A key for the reference of what a phone word names (`portabilidad_ref`, `Port-in request ref.`), not the phone.
const REFERENCE_KEY = /[ _.-](?:ref|reference|referencia|riferimento|code|código|codice|pin)\.?$/i

/**
 * The phone nouns in running text, with their definite and possessive forms (`mobilen min er …`, `puhelimeni`): a
 * number right after one is read in any country's plan when the configured regions have none for it.
 */
export const PHONE_NOUNS = contextMatcher([...PHONE_NOUN_LIST, "cellphone", "mobilen", "telefonen", "mobiltelefon", "mobiltelefonen", "matkapuhelin", "kännykkä", "kännykkäni", "puhelimeni", "puhelinnumeroni", "telefonnummeret", "mobilnummeret", "telefonnumret", "mobilnumret"])

// Stems of the words that say the number is a phone's, or whose or which phone (`numero di richiamata`, `número fijo`,
// `numer komórki`, `číslo mobilu`, `numéro perso`), in these languages.
export const PHONE_QUALIFIER = /^(?:iphon|android|smartphon|blackberr|tele|tél|tel(?!l)|mobil|mobitel|fiks|телефон|тел(?!л)|мобил|фиксн|контакт|позив|τηλ|κινητ|σταθερ|επικοιν|móvil|movil|cell|celul|handy|fax|gsm|kontakt|contact|contat|whats|sms|landlin|line|linea|línea|ligne|linha|linia|linka|ext|pager|beep|voice|satel|hotline|helpline|freephone|switchboard|richiam|rappel|llamad|chiam|dzwon|oddzw|zpětn|volán|hovor|poziv|povrat|skamb|zvan|helist|klic|pokli|κλήσ|καλ|обаж|apel|retorn|devoluc|fixe|fij|fiss|casa|casă|acas|domicil|domow|domác|domač|služb|pracovn|soukrom|prywat|maison|hogar|perso|priv|altern|portab|portát|lavor|trabaj|trabalh|travail|bureau|büro|buro|biur|kancel|kontor|iroda|ofis|uffic|oficin|escrit|zentrale|arbeit|praxis|kanzlei|filial|sede|loja|tienda|negozio|magasin|geschäft|emerg|urgen|secour|direct|diret|servic|serviç|assist|atend|aiut|ayud|pomoc|info|central|centrál|verde$|vert$|gratuit|gratis$)/i

export { DATE_LABELS } from "./date-labels.ts"
export { SSN_CONTEXT_WORDS, SSN_WORDS } from "./ssn-words.ts"
/** "Or" in the covered languages, joining two numbers (`07… or 0161 …`, `oppure`, `ή`, `или`, `veya`). */
export const OR_WORDS = ["or", "ou", "o", "oder", "oppure", "eller", "lub", "albo", "nebo", "alebo", "vagy", "ili", "veya", "sau", "ή", "или", "або", "arba", "vai", "või", "tai", "eða", "ali", "jew"]
/** Words that offer a number as another choice beside "or" (`(bzw. 0171 …)`, `(auch 0664 …)`): phone-named.ts, phone-siblings.ts. */
export const ALSO_WORDS = ["bzw", "resp", "auch", "also", "também", "también", "anche", "aussi", "ook", "også"]
/** A number's former one, in a bracket after it (`(old 6858.2376)`, `(prima 031 …)`): phone-siblings.ts, phone-named.ts. */
export const OLD_WORDS = ["old", "previous", "previously", "formerly", "was", "ancien", "anciennement", "anterior", "antiguo", "antigo", "antes", "oud",
  "vorige", "voorheen", "alt", "früher", "vorher", "bisher", "prima", "precedente", "vecchio", "gammel", "gammelt", "gamle", "tidligere", "tidigare",
  "förut", "vanha", "aiemmin", "régi", "korábbi", "vechi", "vechiul", "stará", "staré", "stare", "stary", "stari", "staro", "poprzedni", "dříve",
  "predtým", "prej", "prije", "παλιός", "παλιό", "προηγούμενο", "ex"]
/** A phone sign just before the number (`📞 0221 4553557`, `☎ …`, `📱 …`, a note's `best # …`): as good as a phone word. */
export const PHONE_SIGN = /(?:[\u260E\u260F\u{1F4DE}\u{1F4F1}\u{1F4F2}]\uFE0F?|(?<![\p{L}])[Bb]est[ \t]?#)[ \t:]*$/u

/** Phone words that are only the generic noun "number": an id word right before one names the number (`policy number`). */
export const NUMBER_NOUNS = contextMatcher(["number", "nummer", "numéro", "número", "numero", "numer", "číslo", "număr", "szám", "broj", "no", "nr", "nº", "numara", "numarası",
  "αριθμός", "αριθμό", "номер", "номера", "numurs", "numuru", "numeris", "numerį", "številka", "številko", "numru", "uimhir"])

/** Words that name some other number: an order, a contract, a postcode, an SSN. */
export const OTHER_WORDS = notInRoles(contextMatcher([
  ...ID_CLASS_WORDS,
  // A reference or a case by its name in more languages (`Referenz MBR 0855 2333`, `Ärende 364430265-67`, `Viite: …`).
  "referenz", "riferimento", "referentie", "referanse", "referens", "referenssi", "ärende", "ärendenummer", "viite", "viitenumero",
  "sagsnummer", "saksnummer", "expediente", "aktenzeichen", "vorgang", "vorgangsnummer", "fascicolo", "kenmerk", "ügyszám", "dosar", "numer sprawy", "sygnatura",
  // And a reference in bg, ca, mt, lt, lv, hu, sl; a property-tax account, a receipt, a national id (`Sklic: …`, `la partida …`, `national_id=…`).
  "референция", "референцията", "referència", "referenza", "nuoroda", "nuorodos", "atsauce", "atsauces", "hivatkozás", "hivatkozási", "sklic", "sklica",
  "referenca", "партида", "партидата", "partida", "rebut", "rebuts", "national id", "national identity", "asmens kodas", "personas kods", "егн", "emšo",
  // Energy installations and their paperwork: supply points, inverters, grant applications.
  "zählpunkt", "zählpunktbezeichnung", "παροχή", "παροχής", "inverter", "wechselrichter", "onduleur", "inversor", "förderantrag", "subvention",
  "subvencija", "subvenciji", "subvención", "subsidio", "sovvenzione", "επιδότηση", "επιδότησης", "grant application",
  // Pay and payroll: a payslip's or a payout's reference (`paie 0064897671`, `výplatu 0832899472`).
  "payslip", "pay slip", "paie", "fiche de paie", "bulletin de paie", "lohnabrechnung", "gehaltsabrechnung", "busta paga",
  "cedolino", "výplata", "výplatu", "výplaty", "výplatná páska", "wypłata", "wypłaty", "loonstrook", "lönebesked", "lønseddel", "palkkalaskelma",
  // Games and apps: players and users by their id.
  "player", "player id", "uid", "user id", "gracz", "pelaaja", "mängija", "jugador", "jogador", "giocatore", "hráč",
  "order", "ref", "reference", "invoice", "ticket", "acct", "account", "contract", "case", "tracking", "zip", "postcode", "ssn", "nino", "iban", "card",
  "bestellung", "auftrag", "rechnung", "vertrag", "kundennummer", "plz", "karte", "commande", "facture", "contrat", "référence", "dossier", "carte",
  "pedido", "factura", "contrato", "referencia", "cuenta", "tarjeta", "bestelling", "factuur", "contract", "ordine", "fattura", "contratto", "carta", "pratica",
  "encomenda", "entrega", "fatura", "envio", "rastreio", "commessa", "zamówienie", "zamówienia", "przesyłka", "faktura", "tilaus", "beställning", "ordre",
  // National and health ids by their name (`NHS no. 559 983 0403`, `Aadhaar 8428 7447 8695`, `T.C. Kimlik No: …`).
  "nhs", "aadhaar", "aadhar", "kimlik", "tckn", "cpf", "pesel", "rodné číslo", "rijksregisternummer", "nric", "ppsn", "curp", "kayıt",
  // Austria's social insurance number, Australia's, New Zealand's, Nigeria's and the Philippines' tax, health and identity
  // numbers, Croatia's personal id and a code's name (`šifra`), a bank's details.
  "sv-nummer", "svnr", "sv-nr", "sozialversicherungsnummer", "versicherungsnummer", "tfn", "tax file number", "medicare", "ird", "nin", "bvn",
  "tin", "sss", "philsys", "umid", "oib", "šifra", "šifru", "šifre", "bank details", "bank account",
  // The US employer id, Greek tax and social-security numbers, Argentine, Portuguese and Spanish tax ids, a job's number.
  "ein", "fein", "αφμ", "αμκα", "afm", "amka", "cuit", "cuil", "nif", "nie", "nipc", "job", "job no", "work order", "loan number", "darlehensnummer", "kreditnummer", "lånenummer",
  // Orders as notes abbreviate them in the covered languages, and a health referral's number.
  "ord", "cde", "ped", "užs", "referral", "referral no", "referral number",
  // Customer and staff numbers by their label (`N° client`, `Nº cliente`, `kundnummer`, `employee number`).
  "n client", "nº client", "numéro de client", "nº cliente", "n cliente", "número de cliente",
  "kundnummer", "kundenummer", "kundenr", "kundnr", "asiakasnumero", "numer klienta", "nr klienta", "klantnr",
  "employee", "employee number", "employee no", "employee id", "staff number", "staff id", "personnel number", "personalnummer", "matricule", "badge",
  "social security", "soc sec", "sozialversicherung", "sécurité sociale", "seguridad social", "seguro social", "national insurance",
  // Policies and contracts, customer and article numbers, in the covered languages.
  "policy", "police", "polizei", "versicherungsschein", "póliza", "polizza", "polis", "polisnummer", "apólice", "sopimus", "sopimuksen", "sopimusnumero",
  "contractnummer", "vertragsnummer", "kundennr", "kd-nr", "kundenkonto", "klantnummer", "kontrakt", "umowa", "umowy", "smlouva", "contractul",
  "membership", "customer no", "customer id", "client id", "sku", "art.-nr", "art. nr", "artikelnummer", "artikel", "article", "item no", "product code",
  "serial", "serial no", "serial number", "seriennummer", "serienummer", "serienummeret", "serienr", "sarjanumero", "sarjanro", "seerianumber", "seria", "numéro de série", "número de serie", "numero di serie", "número de série", "numer seryjny", "sériové číslo", "výrobní číslo", "výrobné číslo", "serijski broj", "serijska številka", "sorozatszám", "seri no", "seri numarası", "serijos numeris", "sērijas numurs", "σειριακός αριθμός", "серийный номер", "сериен номер", "imei", "iccid", "puk", "puk1", "puk2", "puk-kode", "puk-koden", "puk-code", "puk-kód", "pin", "pin-kode", "pin code", "sim number", "sim-nummer", "numéro de sim", "p/n", "part number", "part no", "parcel", "bestellnummer", "bestellnr", "auftragsnummer", "ordernummer", "ordernr",
  "ordrenr", "ordrenummer", "ordrenummeret", "faktuře", "faktury", "fakturu", "smlouvy", "smlouvě", "smlouvu", "cep", "incident",
  "incidencia", "incidente", "incidenza", "storing", "shipment", "sendung", "sendungsnummer", "colis", "envío", "zending", "pakket", "spedizione", "voucher", "coupon",
  // Postcodes after their label.
  "post code", "postal code", "zip code", "pin code", "pincode", "postleitzahl", "code postal", "cp", "código postal", "postcode", "cap", "codice postale",
  "cod poștal", "cod postal", "postinumero", "postnummer", "kod pocztowy", "psč", "irányítószám", "poštanski broj", "código postal",
  // Contracts, accounts, meters and personal ids in Ukrainian, Estonian, Croatian and Slovak, inflected (`за договором`,
  // `особовим рахунком`, `lepingul`, `Isikukood:`, `na računu`, `na merači`, `РНОКПП:`).
  "договір", "договору", "договором", "рахунок", "рахунку", "рахунком", "особовим", "особовий", "лічильник", "лічильника", "лічильнику", "рнокпп",
  "іпн", "поліс", "поліса", "полісом", "isikukood", "leping", "lepingu", "lepingul", "lepingule", "lepingut", "arve", "arvel", "arvesti",
  "mõõtepunkt", "račun", "računu", "računa", "ugovor", "ugovoru", "ugovora", "brojilo", "brojila", "brojilu", "merač", "merači", "merača",
  "zmluva", "zmluve", "zmluvy", "zmluvu",
  // Utilities, travel and telecom: supply points and meters, tickets, bag tags and bookings, SIMs, accounts.
  "supply", "supply number", "meter", "meter number", "mpan", "mprn", "zähler", "zählernummer", "compteur", "contatore", "contador", "medidor",
  "mätare", "måler", "målernummer", "mittari", "meterstand", "baggage", "baggage tag", "bag tag", "luggage tag", "bagagetagg", "bagasjelapp",
  "bagagemærke", "matkatavaratunniste", "etiqueta", "e-ticket", "eticket", "ticket number", "billete", "bilhete", "biljett", "billett", "billet",
  "lippu", "biglietto", "booking", "booking ref", "flight", "seat", "iccid", "sim card", "sim number", "simkort", "conta", "kontonummer",
  "sort code", "bic", "swift", "member number",
  // Insurance claims, bank accounts, customer codes and payment references, in the covered languages.
  "claim", "claims", "claim no", "sinistre", "sinistro", "siniestro", "szkoda", "szkody", "škoda", "škodní", "škodní události", "schaden",
  "schadennummer", "schadenfall", "schade", "schadenummer", "skade", "skadenummer", "vahinko", "vahinkonumero", "konto", "compte", "conto",
  "rekening", "rekeningnummer", "rachunek", "rachunku", "účet", "účtu", "číslo účtu", "számla", "számlaszám", "tili", "tilinumero", "kontot",
  "codice cliente", "code client", "customer code", "client code", "código de cliente", "identyfikator", "identyfikator płatności", "variabilní symbol",
  "payment reference", "mandate", "mandate reference", "mandatsreferenz", "creditor id", "gläubiger-id", "polisa", "polisy", "pojistka",
  "pojistky", "pojistné smlouvy", "vakuutus", "vakuutusnumero", "försäkring", "forsikring",
  // Licences, members, prescriptions, Canada's social insurance number, city-service requests and citations.
  "license", "licence", "licencia", "licença", "permis", "führerschein", "driver's license", "drivers license", "dl", "member", "member id",
  "miembro", "membre", "mitglied", "mitgliedschaft", "mitgliedsnummer", "lidmaatschap", "membresía", "adhésion", "abbonamento", "członkostwo", "členství", "membro", "lid", "prescription", "rx", "receta", "ordonnance", "rezept", "ricetta", "recept",
  "social insurance", "numéro d'assurance sociale", "benefit", "benefit id", "citation", "complaint", "your request", "service request", "request no",
  "loyalty", "loyalty number", "loyalty no", "rewards", "frequent flyer", "fidélité", "fidelidad", "fedeltà", "treuepunkte", "vjernosti", "članski",
  "vernostnej", "členstva", "lojalumo", "nario", "püsikliendi", "liikmenumber", "hűségkártya", "tagsági", "fidelitate",
  // Tax and bank ids of Australia, New Zealand, India and the US; students, applicants, patients, sessions, codes.
  "tfn", "tax file number", "ird", "abn", "acn", "gstin", "crn", "bsb", "branch code", "routing", "routing no", "routing number", "aba",
  "ifsc", "transit", "service user number", "student id", "student number", "student numbers", "applicant", "application", "patient", "session",
  "appt", "certificate", "code", "pin", "warranty", "guarantee", "garantie", "garanzia", "garantía", "garantia", "gwarant", "warant",
  "certificat", "certificato", "certificado", "certifikat", "certifikatës", "zertifikat", "zertifikatsnummer", "πιστοποιητικού", "сертификатот", "dystysgrif",
  "socio", "sócio", "membresía", "membresia", "inscrição", "inscripción", "abbonamento", "matricola", "matrícula", "paciente", "paziente",
  "solicitud", "domanda", "candidatura", "huisnr", "huisnummer", "abholcode", "ophaalcode", "kod odbioru", "odbioru", "zásilky", "objednávky",
  "objednávka", "consulta", "referência",
  // Employers' ids: staff, payroll, cost centres, badges.
  "empleado", "pracownika", "pracownik", "angajat", "salariat", "collaborateur", "payroll", "payroll number", "nómina", "nomina", "płacowym",
  "płacowy", "salarizare", "cost centre", "cost center", "kostenstelle", "kst", "centro de coste", "centru cost", "centre de coûts", "ausweis",
  "karta", "ecuson", "marca",
  // Passports, donors, tenancy deposits, Nordic and Hungarian personal and tax ids.
  "passport", "passaporto", "passaporte", "pasaporte", "passeport", "reisepass", "paspoort", "útlevél", "passnummer", "donor", "donor id",
  "supporter id", "supporter number", "tds", "dps", "deposit", "borg", "caução", "cauzionale", "deposito", "kaution", "cpr", "cpr-nummer", "personnummer",
  "henkilötunnus", "adóazonosító", "személyi szám", "személyi", "taj", "adószám", "fnr", "fødselsnummer", "fødselsnr", "personnr",
  "receptet", "receptnummer", "receptnr",
]))

/**
 * Ids written as capitals that are words in lower case elsewhere (`sin` is Spanish for without, `pan` a Czech and Polish
 * Mr, `nas` Portuguese for in the): Canada's SIN and NAS, India's PAN, near a number only as capitals.
 */
export const CAPITAL_IDS = /(?:^|[^\p{L}])(?:SIN|NAS|PAN)(?![\p{L}])/u
/** The same ids as a field's whole key (`NAS :`), where a key's case is not kept. */
export const CAPITAL_ID_LABEL = /^(?:sin|nas|pan)$/

// Agreements, passes, folios, claims, meters and policies by their name (`rental agreement …`, `lift pass …`, `Mietvertrag`, `skipas`, `bérleti szerződés`):
// the last words before a number they name, read only there (phone-other.ts namedRightBefore). Anywhere else they name
// a department as often (`Lease office: 617-555-0101`, `changer de forfait, ligne 06 …`).
export const AGREEMENT_WORDS = wordSet([
  // A hotel bill's folio, and claims, meters, policies, loyalty and exam candidates' numbers in the Baltic, Slavic,
  // Nordic and Luxembourgish words of them (`Folio F 4879 3550`, `Skadesak 050 …`, `Skaitiklis 090-712-…`, `Счётчик 0214 …`).
  // Read only right before the number: a topic before a caller's number names none (`По поводу убытка звоните мне: 8 912 …`,
  // `Ohľadom poistky ma kontaktujte 0905 …`, `Folio queries: 0161 …`: review).
  "folio", "folio number", "folio no", "folionummer", "фолио", "фолио номер", "loan", "loan number", "loan no", "mortgage", "mortgage account",
  "darlehensnummer", "kreditnummer", "prêt", "préstamo", "hipoteca", "mutuo", "prestito", "lening", "hypotheek", "lån", "lånenummer", "laina", "empréstimo",
  "skadesak", "skadesaksnummer", "skadesag", "убыток", "убытка", "страховой случай", "щета", "poistná udalosť", "poistnej udalosti", "škodová udalosť",
  "škodni primer", "zavarovalni primer", "žalos", "kárszám", "kárügy", "žala", "žalos numeris", "zaudējumi", "atlīdzības", "atlīdzība",
  "skaitiklis", "skaitiklio", "skaitītājs", "skaitītāja", "счётчик", "счетчик", "счётчика", "счетчика", "електромер", "водомер", "zieler", "merilnik",
  "števec", "mérőóra", "licznik", "licznika", "měřič", "elektromer", "plynomer", "vodomer", "plynoměr", "vodoměr", "elektroměr",
  "polise", "polises", "polisas", "polica", "police nr", "полис", "полиса", "полица", "kötvény", "kötvényszám", "poistka", "poistky", "poistná zmluva",
  "lojalitātes", "lojalitātes nr", "лояльности", "candidat", "nº de candidat", "kandidata", "kandidat", "kandidáta", "candidate number", "exam number",
  "agreement", "lease", "lift pass", "ski pass", "boarding pass", "season pass", "day pass", "bus pass", "mietvertrag", "skipass", "skipas",
  "ski-pass", "liftkort", "heiskort", "lyftukort", "liftkaart", "forfet", "síbérlet", "szerződés", "zmluva", "smlouva", "ugovor",
  "contracte", "lejekontrakt", "leiekontrakt", "leieavtale", "hyresavtal", "huurcontract", "umowa", "najmu", "lloguer", "nájomná",
])

/**
 * The noun "number" in the languages added beyond the default regions' (Macedonian to Faroese): right before or after
 * a number said in digit words it is the caller's phone (`nipigie kwa namba sifuri saba …`, `… nömrəsinə zəng edin`),
 * where before digits it names a booking's as often (`nömrə 3069 8559 3222`).
 */
export const SAID_NUMBER_WORDS = contextMatcher([
  "број", "nömrə", "nömrəsi", "nömrəsinə", "нөмір", "нөмірі", "нөміріне", "raqam", "raqami", "raqamiga", "ნომერი", "ნომერზე", "ნომერია",
  "համար", "համարով", "מספר", "رقم", "번호", "번으로", "nomor", "nombor", "namba", "nambari", "numero", "số", "nummar",
  // Albanian and Welsh (`numri im është …`, `fy rhif i yw …`).
  "numri", "numrin", "numrit", "numër", "rhif",
])
