// The words before whom a desk reaches or a caller gives to be reached, in the covered languages and their neighbours
// (Albanian, Maltese, Basque, Catalan, Bulgarian, Russian, Baltic): read by person-contacts.ts.

/** A desk's member of staff tagging their turn (`Agent hiruni dissanayake:`, `Operater bojan kovačič:`). */
export const STAFF_TAGS = [
  "agent", "agente", "aġent", "agentin", "operator", "operatorka", "operater", "operaterka", "operatori", "operatorja", "operatore", "operatrice", "operador",
  "operadora", "operátor", "operátorka", "operatorius", "operatorė", "operators", "operatore", "operaator", "оператор", "операторка", "ügyintéző",
  "assistente", "atendente", "langilea", "advisor", "adviser", "consultant", "konsultant", "konsultantka", "konsultantas", "konsultants", "консултант",
  "консультант", "rep", "medewerker", "medewerkster", "handläggare", "saksbehandler", "sagsbehandler", "rådgiver", "rådgivare", "sachbearbeiter",
  "sachbearbeiterin", "berater", "beraterin", "conseiller", "conseillère", "doradca", "poradce", "poradca", "asiakaspalvelija", "temsilci", "υπάλληλος",
  "referent", "referentka", "savjetnik", "savjetnica", "svetovalec", "svetovalka", "consilier", "gestor", "gestora", "dispatcher", "coordinator",
]

/** Verbs and phrases asking for someone to be called on a number after their name (`Please call X on`, `Llamar a X al`). */
export const CALL_FOR = [
  "call", "please call", "call back", "ring", "please ring", "ring back", "try", "if no answer try", "best number for",
  "ring til", "ring op", "ring upp", "ring till", "soita", "soittakaa", "llamar a", "llame a", "llamen a", "llama a", "appeler", "appelez",
  "rappeler", "rappelez", "richiamare", "richiamate", "chiamare", "chiamate", "truqueu a", "trucar a", "truca a", "ċempel lil", "ċemplu lil",
  "rückruf an", "zurückrufen", "ligar a", "ligue a", "ligue para", "ligar para", "bel", "terugbellen", "zadzwoń do", "zadzwonić do", "zavolejte",
  "zavolajte", "hívja", "hívják", "sunați", "sunați pe", "sună pe", "nazovite", "pozovite", "pokličite", "zvaniet", "skambinkite", "helistage",
  "позвоните", "позвонить", "обадете се на", "обадете се", "telefononi", "deitu", "deitu honi",
]

/** Whom a callback is for or who else may be reached, as a form's or a note's key (`Kontakt: viera balážová, tel. …`). */
export const CONTACT_KEYS = [
  "contact", "contact person", "emergency contact", "callback", "call back", "kontakt", "kontaktperson", "kontaktpersonen", "kontaktní osoba",
  "kontaktná osoba", "osoba kontaktowa", "kontaktinis asmuo", "kontaktpersona", "kontaktisik", "yhteyshenkilö", "контактное лицо", "лице за контакт",
  "harremanetarako", "visszahívás", "kapcsolattartó", "persona de contacto", "persona di contatto", "persoană de contact", "pessoa de contacto",
  "pessoa de contato", "personne à contacter", "ansprechpartner", "ansprechpartnerin", "rückruf", "contactpersoon", "kontaktna oseba", "kontakt osoba",
  "persona de contacte", "persuna ta' kuntatt", "personi kontakti",
]

/** A relative, a neighbour or a carer as a key or opening a note's line (`Daughter: JAYASURIYA Dilani`, `Carer Grace.`). */
export const KIN_KEYS = [
  "son", "daughter", "neighbour", "neighbor", "carer", "caregiver", "husband", "wife", "brother", "sister", "mother", "father", "niece", "nephew",
  "fils", "fille", "voisin", "voisine", "aidant", "aidante", "hijo", "hija", "vecino", "vecina", "cuidador", "cuidadora", "filho", "filha",
  "vizinho", "vizinha", "figlio", "figlia", "vicino", "vicina", "badante", "sohn", "tochter", "nachbar", "nachbarin", "betreuer", "betreuerin",
  "zoon", "dochter", "buurman", "buurvrouw", "verzorger", "verzorgster", "dotter", "granne", "søn", "sønn", "datter", "nabo", "naboen", "naapuri",
  "poika", "tytär", "omaishoitaja", "córka", "sąsiad", "sąsiadka", "opiekun", "opiekunka", "dcera", "soused", "sousedka", "pečovatel", "pečovatelka",
  "dcéra", "sused", "susedka", "opatrovateľka", "fiu", "fiica", "fiul", "vecin", "vecina", "vecinul", "îngrijitor", "îngrijitoare", "kći", "susjed",
  "susjeda", "njegovateljica", "fia", "lánya", "szomszéd", "gondozó", "hči", "sin", "sosed", "soseda", "oskrbovalka", "oskrbovalec", "сын", "дочь",
  "сосед", "соседка", "сиделка", "син", "дъщеря", "съсед", "съседка", "гледач", "гледачка", "dēls", "meita", "kaimiņš", "kaimiņiene", "aprūpētājs",
  "aprūpētāja", "sūnus", "dukra", "duktė", "kaimynas", "kaimynė", "slaugė", "poeg", "tütar", "naaber", "hooldaja", "djali", "vajza", "bija", "fqinji",
  "fqinja", "kujdestarja", "kujdestari", "iben", "bint", "ġar", "ġara", "assistent", "assistenta", "semea", "alaba", "bizilaguna", "auzokoa",
  "zaintzailea", "fill", "filla", "veí", "veïna", "oğlu", "kızı", "komşu", "bakıcı", "γιος", "κόρη", "γείτονας", "γειτόνισσα",
]

/** A table's or a form's key that is the word "name" (`| Emri | Ilir Xhaferri |`, `Isem: VELLA Rosette`). */
export const NAME_KEYS = [
  "name", "full name", "nom", "nombre", "nome", "naam", "navn", "namn", "nimi", "imię", "jméno", "meno", "nume", "ime", "név", "име", "имя",
  "vārds", "vardas", "izena", "emri", "isem", "όνομα", "adı", "ad soyad",
]

/** Greetings opening a text message before a lower-case name and a comma (`hi constance,`, `kaixo leire,`). */
export const TEXT_GREETINGS = [
  "hi", "hey", "hello", "hiya", "dear", "hola", "olá", "ola", "oi", "ciao", "salve", "salut", "bonjour", "coucou", "hallo", "hoi", "servus", "moin",
  "grüezi", "hej", "hei", "moi", "moikka", "terve", "ahoj", "cześć", "czesc", "szia", "sziasztok", "helló", "živjo", "zdravo", "bok", "kaixo", "përshëndetje",
  "bonġu", "merħba", "здравствуйте", "привет", "здравейте", "здрасти", "sveiki", "labas", "tere", "bună", "salutare", "merhaba", "γεια", "bon dia",
]

/** Words a greeting or a key meets that name no one (`hi there,`, `hola a todos,`, `Contact: us`). */
export const NOT_ADDRESSED = new Set([
  "there", "all", "team", "everyone", "everybody", "folks", "guys", "friend", "friends", "mate", "love", "hun", "babe", "dear", "sir", "madam", "again",
  "amigo", "amiga", "amigos", "todos", "tous", "tutti", "alle", "allemaal", "kaikki", "wszyscy", "všichni", "mindenki", "svima", "vsi", "toți",
  "alla", "ragazzi", "ragazze", "chicos", "chicas", "gente", "leute", "mum", "mom", "dad",
  // A desk called by its owner (`Llame a nuestro servicio al …`, `Appelez votre banque au …`).
  "your", "our", "their", "my", "votre", "notre", "vos", "nuestro", "nuestra", "su", "sus", "nostro", "nostra", "unser", "unsere", "unseren",
  "ihre", "ihren", "onze", "uw", "jouw", "vår", "vårt",
  // A desk called as if a person (`Please call Reception on …`, `Llamar a Recepción al …`).
  "reception", "recepción", "recepcion", "rezeption", "réception", "accueil", "receptie", "receptionen", "reception desk", "switchboard", "helpdesk",
  "billing", "sales", "support", "accounts", "admissions", "dispatch", "security", "maintenance", "housekeeping", "concierge", "emergency", "ward",
  "surgery", "pharmacy", "frontdesk", "hr", "it", "facilities", "enquiries", "inquiries", "bookings", "customer", "customers", "head", "main",
  "manager", "supervisor", "office", "landlord", "owner",
  // Whom else one calls: me, us, him, her in the covered languages (`ring mig på …`, `rufen Sie mich unter …`).
  "mig", "dig", "oss", "honom", "henne", "dem", "mich", "uns", "ihn", "ihm", "moi", "nous", "lui", "eux", "nos", "mi", "ci", "mij", "ons", "hem",
  "haar", "meg", "deg", "minua", "meitä", "häntä", "mnie", "nas", "ją", "mě", "nás", "mňa", "engem", "minket", "őt", "mă", "ne", "мне", "нам",
  "меня", "нас", "мен", "ме", "mani", "mus", "mane", "mind", "meid", "teda", "mene", "jo", "ga", "lil", "jien", "beni", "bizi", "ni",
  "nám", "nam", "vám", "mu", "jej", "ihr", "ihnen", "vous", "les", "leur", "them", "lo", "la", "le", "li", "gli", "los", "las",
  // Back, again, please, gladly, at home: what a call's verb takes before its number (`ring tillbaka på`, `zavolajte nám späť`).
  "tillbaka", "tilbage", "tilbake", "venligst", "vennligst", "gärna", "gerne", "gjerne", "snarest", "hjem", "hjemme", "derhjemme", "hemma", "zurück",
  "bitte", "înapoi", "takaisin", "zpět", "späť", "vissza", "natrag", "nazaj", "terug", "retour", "ensuite", "encore", "otra", "vez", "zuhause",
  "thuis", "home", "kotona", "doma", "casa", "tässä", "täällä", "here", "hier", "aqui", "aquí", "qui", "ici", "tu", "zusammen", "ziua", "seara",
  "dimineața", "dia", "días", "dias", "buenos", "buenas", "bom", "boa", "bonne", "guten", "goede", "morning", "afternoon", "evening", "world",
  "tarde", "tardes", "noches", "giorno", "sera", "dag", "morgen", "tag", "päivää", "σας", "σου", "a", "an", "the", "el",
  "un", "una", "une", "der", "die", "das", "ein", "eine", "het", "ett", "o", "os", "as", "um", "uma", "il", "relative", "someone", "somebody",
  // Where or when a call comes from, not whom it is for (`will call from cancún on …`).
  "from", "to", "for", "with", "about", "after", "before", "at", "on", "in", "desde", "depuis", "aus", "från", "fra", "z", "ze", "iz",
  "us", "me", "him", "her", "back", "later", "now", "today", "tomorrow", "soon", "anytime", "na", "n/a", "none", "unknown", "tbc", "self",
])

/**
 * Keys whose value is a person (`caller: Wilson, Chloe`, `created_by=…`), read by person-cards.ts in any case: each
 * letter is written as the class of its cases there, with no `i` flag (under `iu` that search took 2.4% of the
 * analyzer's time).
 */
export const KEYED_PERSONS = [
  "actor", "caller", "customer", "client", "user", "username", "owner", "contact", "name", "requester", "requestor",
  "assignee", "author", "patient", "member", "guest", "passenger", "donor", "buyer", "seller", "driver", "submitter",
  "anrufer", "appelant", "llamante", "chiamante", "beller", "dzwoniący", "volající", "uppringare", "arayan",
  "helistaja", "soittaja", "pozivatelj", "pozivalac", "apelant", "καλών", "звънящ", "абонент", "skambinantysis",
  "zvanītājs", "klicatelj", "volajúci", "hívó", "created_by", "updated_by", "modified_by", "changed_by", "closed_by",
  "opened_by", "assigned_by",
]

/**
 * What a form holds where no one is named (`Customer: Unknown, Unknown`, `Patient: Allergies, None`): no given name or
 * surname a person key's line is read for when no list holds it (person-cards.ts); nor a word with the ending of a noun a
 * German key's value is written with (`Anrufer: Schmidt, Kündigung`).
 */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(["unknown", "anonymous", "withheld", "none", "tbc", "tbd", "female", "male", "adult", "child", "home",
  "contents", "allergies", "test", "sample", "example", "prénom", "prenom", "nom", "name", "first", "last", "surname", "given", "vorname", "nachname", "anruf",
  "mitte"])
export const NOUN_ENDINGS = /(?:ung|heit|keit|schaft|tion|sion|ität|ment|ness)$/
