// Words around a name in contact-center text, English and German first, then the other languages of the corpora.
import { TRADE_ROLES } from "./person-trades.ts"
import { CALLBACKS, CASED_TITLES, COLLEAGUES, HANDED_ON, VISITORS, VISITORS_AND_SUMMARIES, ICELANDIC_GREETINGS, MORE_GREETINGS, MORE_LANGUAGE_TITLES, MORE_PARTY_LABELS, MORE_SIGN_OFFS, MORE_TITLES, OWN_LETTER_GREETINGS, OWN_TAG_ROLES, INSTRUCTORS, WIDOWS_AND_YOUR_TEACHER, REGIONAL_HELLOS, SPOKE_WITH, UNDER_THE_NAME, WRITERS, ACCORDING_TO } from "./person-openers.ts"
/** Introductions: the name follows. */
export const INTRODUCTIONS = [
  "my name is", "my name's", "name is", "this is", "i am", "i'm", "it's", "speaking with", "spoke with", "spoke to", "talked to", "transferred to",
  "passed to", "escalated to", "handed to", "handed over to", "assigned to", "through to", "speaking to", "on behalf of", "account holder", "cardholder", "spoke w/", "her name is", "his name is",
  "their name is", "her name's", "his name's", "the name's", "surname is", "surname's", "last name is", "family name is", "name on the account is", "name on the booking is", "name on the order is", "name on the card is",
  "name on the policy is", "in the name of", "in loving memory of", "in memory of", ...UNDER_THE_NAME,
  // Who signed, took or handled something: `Signed Santiago Al-Hassan`, `paketet kvitterades av Hampus Ekström`.
  "signed", "signed by", "signed for by", "received by", "collected by", "handled by", "approved by", "authorised by", "authorized by",
  "behandlet av", "behandlet af", "handläggs av", "menetleja", "käsittelijä", "опрацьовує", "obrađuje", "vybavuje",
  "atendió", "atendido por", "atendida por", "atendeu", "atendido pela", "kvitterades av", "kvitteret av", "kuittasi", "recebida por",
  "recebido por", "recibido por", "recibida por", "entgegengenommen von", "réceptionné par", "ricevuto da",
  "mein name ist", "ich heiße", "ich bin", "hier ist", "hier spricht", "gesprochen mit", "tochter von", "sohn von", "frau von", "mann von",
  "je m'appelle", "je suis", "mon nom est", "ici", "c'est", "parlé avec", "de la part de",
  "me llamo", "mi nombre es", "soy", "habla", "hablé con", "de parte de",
  "mijn naam is", "ik ben", "met", "gesproken met", "namens",
  "mi chiamo", "il mio nome è", "sono", "parlato con", "da parte di",
  "o meu nome é", "meu nome é", "chamo-me", "me chamo", "eu sou", "aqui é", "aqui fala", "falei com", "em nome de",
  "jag heter", "mitt namn är", "jag är", "här är", "talade med", "pratade med", "jeg hedder", "mit navn er", "jeg heter", "mitt navn er",
  "jeg er", "her er", "talte med", "snakket med", "på vegne af", "på vegne av", "minun nimeni on", "nimeni on", "olen",
  "nazywam się", "mam na imię", "jestem", "z tej strony", "rozmawiałem z", "rozmawiałam z", "w imieniu", "jmenuji se", "jmenuju se",
  "moje jméno je", "jsem", "mluvil jsem s", "mluvila jsem s", "volám sa", "moje meno je", "mă numesc", "numele meu este", "sunt",
  "zovem se", "moje ime je", "ja sam", "a nevem", "benim adım", "adım",
  "είμαι", "ονομάζομαι", "με λένε", "mani sauc", "esmu", "ime mi je", "jaz sem", "mano vardas", "aš esu", "minu nimi on",
  // Who is speaking, as a call opens: `sie sprechen mit henrike`, `vous êtes bien maëlle`, `du pratar med ingrid`.
  "sie sprechen mit", "sprechen mit", "am apparat", "vous êtes bien", "vous parlez avec", "le habla", "habla con", "le atiende", "te atiende", "u spreekt met", "je spreekt met",
  "spreekt met", "parla", "fala", "du pratar med", "pratar med", "det är", "du taler med", "taler med", "det er", "du snakker med", "snakker med",
  "olet yhteydessä", "täällä", "puhut", "mówi", "przy telefonie", "pri telefóne", "u telefonu", "на зв'язку", "на зв’язку", "на телефона е", "на телефоне", ...WRITERS, ...SPOKE_WITH, ...HANDED_ON,
]

/** Introductions that name the speaker: a lower-case word after one is a name too (`hi my name is kwame`). */
export const NAME_INTRODUCTIONS = [
  "my name is", "my name's", "her name is", "his name is", "their name is", "her name's", "his name's", "name is", "the name's", "mein name ist", "ich heiße", "je m'appelle", "mon nom est", "me llamo", "mi nombre es", "mijn naam is",
  "mi chiamo", "il mio nome è", "o meu nome é", "meu nome é", "chamo-me", "me chamo", "jag heter", "mitt namn är", "jeg hedder", "mit navn er",
  "jeg heter", "mitt navn er", "minun nimeni on", "nimeni on", "nazywam się", "mam na imię", "jmenuji se", "jmenuju se", "moje jméno je",
  "volám sa", "moje meno je", "mă numesc", "numele meu este", "zovem se", "moje ime je", "a nevem", "benim adım",
  "ονομάζομαι", "με λένε", "mani sauc", "ime mi je", "mano vardas", "minu nimi on",
  // Chat openers: `hey its mehmet`, `oi!! aqui é a jun`, `hej tu katarzyna`.
  "its", "aqui é a", "aqui é o", "tu",
  // Whose account or booking it is: `the name on the account is kwame mensah`.
  "name on the account is", "name on the booking is", "name on the order is", "name on the card is", "name on the policy is", "in the name of",
]

/** Role nouns before a name in running text (`Caller Anna Weiss`): a cue for two words or a known first name. */
export const ROLE_NOUNS = [
  "gp", "referred by gp", "caller", "cardholder", "holder", "account holder", "employee", "supervisor", "colleague", "contact", "manager", "member", "primary member",
  "kollege", "kollegin", "ansprechpartner", "kd.", "titular", "le atiende", "klantnaam", "collega", "contatto", "titolare", "interlocuteur", ...COLLEAGUES,
  "representative", "specialist", "kund", "kunde", "klient", "klientka", "zákazník", "zákaznice", "asiakas", "titular da conta", "kontoinnehavare",
  "cust", "cx", "sup", "supv", "customer", "clientul", "clienta", "anrufer", "anruferin", "appelant", "chiamante", "llamante", "beller", "chamador", "name",
  // Relatives: `my husband Thanh Zhang`, `su hija youssef`.
  "husband", "wife", "partner", "son", "daughter", "mother", "father", "brother", "sister", "ehemann", "frau", "ehefrau", "sohn", "tochter",
  "mutter", "vater", "épouse", "fils", "fille", "mère", "père", "marido", "esposa", "esposo", "hijo", "hija", "madre", "padre",
  "man", "vrouw", "echtgenoot", "echtgenote", "zoon", "dochter", "marito", "moglie", "figlio", "figlia", "soțul", "soția", "fiul", "fiica",
  "mies", "vaimo", "poika", "tytär", "hermana", "hermano", "broer", "zus", "mamma", "pappa", "mor", "far", "bror", "syster", "søster", "moren",
  "faren", "maminku", "maminka", "mama", "mamy", "mãe", "pai", "irmã", "irmão", "sorella", "fratello",
  // Neighbours and recipients a parcel is left with (`bei Nachbarin Seo-jun Jeong`). Only single words: every word of a
  // phrase here is also stripped from a name's edges, and `to` or `a` must not be.
  // Drivers and couriers (`Fahrer Reto`, `Bezorger Jelle`, `Kurier Joanna`), a spouse.
  "receptionist", "hygienist", "dentist", "optometrist", "trainer", "coach", "tutor", "nurse",
  "driver", "courier", "rider", "fahrer", "fahrerin", "kurier", "kurierin", "bezorger", "bezorgster", "livreur", "livreuse", "repartidor",
  "repartidora", "spouse", "agentin", "daughter-in-law", "son-in-law", "mother-in-law", "father-in-law", "grandson", "granddaughter",
  "stepson", "stepdaughter", "enkelin", "schwiegersohn", "schwiegertochter", "datteren", "sønnen", "dottern", "sonen", "barnebarn", "barnbarn",
  "nipote", "kleinzoon", "kleindochter", "patrol", "pannenhelfer", "mechanic", "mécanicien", "mecánico", "meccanico", "reparatör", "reparatør", "montør", "montör", "tekniker", "håndværker", "hantverkare", "ambulancier", "ambulancière", "kuljettaja", "kuljettajamme", "chaufför", "chauffören", "sjåfør", "sjåføren", "pharmacist", "apotheker", "apothekerin", "pharmacien", "pharmacienne", "farmacéutico", "farmacéutica", "farmacista", "teamleiter", "teamleiterin", "teamleader", "team leader",
  // Trades and officiants who visit or lead (`Surveyor Callum`, `Engineer Siân`, `Celebrant Siân Rowlands`), close family.
  "surveyor", "engineer", "technician", "installer", "electrician", "plumber", "fitter", "inspector", "celebrant", "officiant", "vicar", "priest",
  "minister", "undertaker", "dad", "mum", "mom", "auntie", "aunty", "aunt", "uncle", "grandma", "grandad", "grandpa", "nan", "gran", "nok", "techniker", ...WIDOWS_AND_YOUR_TEACHER,
  "monteur", "installateur", "technicien", "técnico", "tecnico", "instalador", "installatore", "pfarrer", "pastor", "prêtre", "sacerdote",
  "neighbour", "neighbor", "nachbarin", "nachbar", "sąsiadki", "sąsiada", "vizinho", "vizinha", "vecino", "vecina", "voisin", "voisine", "vicino",
  "vicina", "buurman", "buurvrouw", "granne", "nabo", "naboen", "soused", "sousedka", "recipient", "empfänger", "destinataire", "destinatario", "destinatário", "mottagare", "modtager", "mottaker",
  // A staffing desk's recruiters and candidates, a ferry's passengers, a cousin. (`pax`, `tita` and `tito` are cues only
  // before a name in lower case, person-case.ts: capitalised, they are names of their own, `Tito Rodríguez`.)
  "recruiter", "recruiterin", "consultant", "candidate", "kandidat", "kandidatin", "candidat", "candidato", "candidata", "kandydat",
  "passenger", "passagier", "passager", "pasajero", "passeggero", "cousin", "cousine", "vetter", "kuzyn", "kuzynka",
  // An animal's or a meter's owner, a co-owner, a guarantor, an applicant, in the Nordic, Baltic and Slavic languages
  // (`Omanik Piret toob looma`, `Vlasnik Mirjana`, `Ručiteľ Vasyl Bondar`, `вступник Ескендер`, `kaasomanik triin kask`).
  "owner", "co-owner", "guarantor", "applicant", "omanik", "kaasomanik", "vlasnik", "vlasnica", "suvlasnik", "majiteľ", "majiteľka", "majitel",
  "majitelka", "spolumajiteľ", "spolumajitel", "ejer", "medejer", "eier", "omistaja", "власник", "власниця", "співвласник", "ručiteľ", "ručitel",
  "spoludlžník", "jamac", "takaaja", "käendaja", "kautionist", "kautionisten", "kausjonist", "kausjonisten", "поручитель", "поручителька",
  "uchádzač", "uchádzačka", "uchazeč", "вступник", "вступниця", "hakija", "taotleja", "aspirante", "bewerber", "bewerberin", ...TRADE_ROLES,
]

/**
 * Who a booking is for or with: a driving school's learner and instructor, a parent registering a child, a carer's
 * client, a couple's planner (`instructor Nakita Crowchild`, `child: Anirban Chatterjee`). A cue before two capitalised
 * words or a known first name, like ROLE_NOUNS, but also surnames (`Anna Child`, `Tom Parent`): dropped from a name's
 * start only, and no cue before a lower-case word (`student grant funding`) or a number (`número del niño …`).
 */
export const BOOKING_ROLES = [
  "instructor", "learner", "child", "parent", "guardian", "carer", "caregiver", "planner", "pupil", "student", "patient", "guest",
  "fahrlehrer", "fahrlehrerin", "fahrschüler", "fahrschülerin", "kind", "betreuer", "betreuerin", "moniteur", "monitrice", "enfant",
  "niño", "niña", "cuidador", "cuidadora", "istruttore", "istruttrice", "bambino", "bambina", "instructeur", "verzorger", "verzorgster",
]

/** Prepositions and verbs before a name (`spoke with`, `call`, `von`): a cue only for a known first name. */
export const MENTIONS = ["call", "ask for", "with", "w/", "from", "by", "for", "de", "von", "mit", "an", "avec", "con", "met", "door", "par", "por", "di", "da", "appel de", "llamada de", "chiamata di", ...CALLBACKS, ...ACCORDING_TO]

/** Greetings: a name after them, before a comma, `!` or the end of the line. */
export const GREETINGS = [
  "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "thanks", "thank you", "thx",
  "hallo", "grüß gott", "servus", "liebe", "lieber", "sehr geehrte", "sehr geehrter", "guten tag", "moin", "danke",
  "bonjour", "bonsoir", "salut", "cher", "chère", "merci",
  "hola", "buenos días", "buenas tardes", "estimado", "estimada", "querido", "querida", "gracias",
  "beste", "goedemorgen", "goedemiddag", "dag", "bedankt", "dank je",
  "ciao", "buongiorno", "buonasera", "gentile", "caro", "cara", "grazie",
  "hiya", "morning", "grüezi", "grüessech", "salü", "sure", "ok", "okay", "guten morgen", "guten abend", "hoi", "goedenavond", "salve", "coucou", "buenas", "buenas noches",
  "olá", "oi", "bom dia", "boa tarde", "boa noite", "prezado", "prezada", "obrigado", "obrigada",
  "hej", "hejsan", "hallå", "god morgon", "god dag", "god kväll", "tack", "kära", "bästa", "hejsa", "godmorgen", "god morgen", "goddag", "kære",
  "tak", "mange tak", "hei", "heisann", "kjære", "takk", "moi", "moikka", "moro", "heippa", "terve", "hyvää päivää", "huomenta", "kiitos",
  "dzień dobry", "cześć", "witam", "dobry wieczór", "szanowny panie", "szanowna pani", "dziękuję", "dzięki",
  "dobrý den", "dobré ráno", "dobrý večer", "ahoj", "vážený", "vážená", "milý", "milá", "děkuji", "díky", "dobrý deň", "ďakujem",
  "bună ziua", "bună", "buna ziua", "buna", "stimate", "stimată", "dragă", "mulțumesc", "dobar dan", "bok", "poštovani", "poštovana", "hvala", ...OWN_LETTER_GREETINGS,
  "jó napot", "szia", "kedves", "köszönöm", "merhaba", "sayın",
  "αγαπητέ", "αγαπητή", "αγαπητοί", "γεια σας", "καλημέρα", "καλησπέρα", "cienījamais", "cienījamā", "labdien", "sveiki", "pozdravljeni",
  "dragi", "draga", "spoštovani", "spoštovana", "zdravo", "živjo", "dober dan", "tisztelt", "gerbiamas", "gerbiama", "labas", "laba diena",
  "lugupeetud", "hea", "tere", "kallis", "tere päevast",
  "уважаеми", "уважаема", "здравейте", "добър ден", "скъпи", "скъпа", "gerb.", ...ICELANDIC_GREETINGS, ...REGIONAL_HELLOS, ...MORE_GREETINGS,
]

/** Sign-offs: the name on the same line after a comma, or on the next line. */
export const SIGN_OFFS = [
  "ngā mihi", "kia ora", "regards", "kind regards", "best regards", "best", "best wishes", "yours faithfully", "faithfully", "yours truly", "respectfully", "cheers", "thanks", "many thanks", "thank you", "sincerely", "yours sincerely", "yours",
  "mit freundlichen grüßen", "freundliche grüße", "viele grüße", "beste grüße", "liebe grüße", "grüße", "gruß",
  "cordialement", "bien cordialement", "bien à vous", "salutations", "merci",
  "saludos", "un saludo", "atentamente", "saludos cordiales", "un abrazo",
  "met vriendelijke groet", "vriendelijke groeten", "groeten", "groet",
  "cordiali saluti", "distinti saluti", "saluti", "un saluto",
  "warm regards", "all the best", "take care", "lg", "mfg", "vg", "amitiés", "un cordial saludo", "cordialmente", "muchas gracias", "gracias", "grazie", "mvg",
  "atenciosamente", "cumprimentos", "melhores cumprimentos", "com os melhores cumprimentos", "abraço", "um abraço", "obrigado", "obrigada",
  "med vänliga hälsningar", "vänliga hälsningar", "bästa hälsningar", "hälsningar", "mvh", "med venlig hilsen", "venlig hilsen", "hilsen",
  "de bedste hilsner", "bedste hilsner", "med vennlig hilsen", "vennlig hilsen", "ystävällisin terveisin", "terveisin",
  "pozdrawiam", "z poważaniem", "serdecznie pozdrawiam", "pozdrawiam serdecznie", "z wyrazami szacunku", "s pozdravem",
  "s přátelským pozdravem", "se srdečným pozdravem", "s pozdravom", "s úctou", "cu stimă", "cu respect", "toate cele bune",
  "lijep pozdrav", "srdačan pozdrav", "s poštovanjem", "üdvözlettel", "tisztelettel", "saygılarımla",
  "με εκτίμηση", "με φιλικούς χαιρετισμούς", "φιλικά", "ar cieņu", "lep pozdrav", "s spoštovanjem", "pagarbiai", "lugupidamisega",
  "поздрави", "с уважение",
  // A blessing, Swiss spellings without ß, thanks in advance, a good day, Ukrainian regards (`God bless, Kwabena`, `Merci
  // und Gruss, Beat`, `Merci d'avance, Raphaël`, `Pekný deň, Viera`, `З повагою, Золтан`).
  "god bless", "gruss", "grüsse", "liebe grüsse", "freundliche grüsse", "mit freundlichen grüssen", "beste grüsse", "merci d'avance",
  "pekný deň", "pěkný den", "з повагою", "дякую", "parimat", "parimate soovidega", "groetjes", "thanks heaps", "cheers for now", ...MORE_SIGN_OFFS,
]

/** Titles and forms of address: a (sur)name follows, the title stays out of the span. */
export const TITLES = [
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mister", "missus",
  "herr", "herrn", "frau", "hr", "fr", "mag", "dña", "dª",
  "monsieur", "madame", "mademoiselle", "mme", "mlle", "m",
  "señor", "señora", "señorita", "sr", "sra", "srta", "don", "doña",
  "meneer", "mevrouw", "heer", "geachte heer", "geachte mevrouw", "dhr", "mevr", "mw",
  "signor", "signora", "signorina", "sig", "sig.ra", "sig.na", "dott", "dott.ssa",
  "senhor", "senhora", "fru", "fröken", "pan", "pani", "panie", "pana", "panem", "panią", "paní", "pane", "slečna", "ing", "mgr",
  "domnul", "doamna", "dl", "dna", "gospodin", "gospođa", "κ", "κα", "κος", "κύριε", "κυρία", "κύριος", "gospod", "gospa",
  "г-н", "г-жа", "г-жо", "господин", "госпожа", "gerb",
  "doctor", "doctora", "docteur", "doktor", "dottore", "dottoressa", "professor", "professora", "professeur",
  // Spanish and Quebec French abbreviations of a woman doctor, Ukrainian doctor, Croatian Mrs, Slovak Mr (`La Dra. Benítez`,
  // `La Dre Favre`, `д-р Ткаченко`, `za gđa Knežević`, `pre pán Tóth`).
  "dra", "dre", "д-р", "gđa", "gđica", "pán", "pani", "пан", "пані",
  // A vet before the surname, as a title (`Dyrlæge Mørch så Lola`, `Eläinlääkäri Heikkilä tutki`, `Veterinær Kvamme`).
  "dyrlæge", "dyrlege", "veterinær", "veterinär", "eläinlääkäri", "loomaarst", "tierarzt", "tierärztin", ...MORE_TITLES, ...MORE_LANGUAGE_TITLES, ...CASED_TITLES,
]

/** Labels a name follows (`From: Anna Weiss`, `Nome: Inês`): mail headers and form fields. */
export const LABELS = [
  "from", "to", "cc", "name", "full name", "von", "an", "de", "à", "nom", "para", "nombre", "van", "aan", "naam", "da", "a", "nome",
  "remetente", "destinatário", "från", "till", "namn", "fra", "til", "navn", "lähettäjä", "vastaanottaja", "nimi", "od", "do", "imię",
  "imię i nazwisko", "nadawca", "odbiorca", "jméno", "jméno a příjmení", "odesílatel", "příjemce", "meno", "nume", "ime", "név", "kimden", "kime", "ad",
  "име", "имена", "vardas", "vardas pavardė", "vārds",
  // Ukrainian full name (surname, given name, patronymic), and its parts.
  "піб", "п.і.б.", "прізвище", "ім'я", "ім’я",
  // First- and last-name fields of CRM exports and forms: the value is the (sur)name alone.
  "first name", "last name", "surname", "given name", "family name", "first_name", "last_name", "firstname", "lastname", "forename",
  "vorname", "nachname", "familienname", "prénom", "nom de famille", "apellido", "apellidos", "primer apellido", "voornaam", "achternaam",
  "cognome", "sobrenome", "apelido", "förnamn", "efternamn", "fornavn", "efternavn", "etternavn", "etunimi", "sukunimi", "nazwisko",
  "příjmení", "priezvisko", "prenume", "nume de familie", "prezime", "vezetéknév", "keresztnév", "utónév", "soyad", "soyadı",
  // Who is on call, leaving, joining, approving or asking, by their field (`On-call: …`, `Genehmiger: …`, `Solicitante: …`).
  "on-call", "on call", "leaver", "joiner", "new starter", "approver", "genehmiger", "valideur", "solicitante", "führungskraft",
  "rufbereitschaft", "guardia", "dyżur", "requester", "requested by", "assigned to", "assignee", "affecté à", "asignado a", "tenant", "landlord",
  "donor", "supporter", "guest", "passenger", "traveller", "traveler", "ship to", "deliver to", "empfänger", "destinataire",
]

/**
 * Party labels (`**Cliente:** Inês Assunção`): also speaker tags (`Customer: Will the bill…`), so a name only when
 * the label's value is the name alone or two words.
 */
export const PARTY_LABELS = [
  "customer", "caller", "contact", "kunde", "client", "cliente", "klant", "kund", "asiakas", "klient", "klientka", "zákazník", "zákaznice",
  "ügyfél", "müşteri", "titular", "account holder", "kontoinnehavare", ...MORE_PARTY_LABELS,
]

/** Mail header and form field names: a word at a line's start before `:` that is never a name (`Till:`, `Assunto:`). */
export const FIELD_NAMES = [
  "from", "to", "cc", "bcc", "subject", "date", "sent", "re", "fw", "fwd", "von", "an", "betreff", "datum", "gesendet", "de", "à", "objet",
  "envoyé", "para", "asunto", "fecha", "enviado", "van", "aan", "onderwerp", "verzonden", "da", "a", "oggetto", "inviato", "assunto", "data",
  "från", "till", "ämne", "skickat", "fra", "til", "emne", "sendt", "lähettäjä", "vastaanottaja", "aihe", "od", "do", "temat", "wysłano",
  "předmět", "odesláno", "komu", "kopie", "kopia", "subiect", "către", "predmet", "šalje", "prima", "tárgy", "feladó", "címzett", "konu", "kimden", "kime",
  // A form's or a label's field that is also a first name somewhere (`Lot: L34613`, a batch's lot).
  "lot", "batch", "seat", "row", "gate", "bay", "pier", "stand", "mac",
  // The word "name" of a form's key (`Navn (2): Dalsgaard`, `Nome (1): Celeste`): a key, not a speaker.
  "navn", "nome", "nom", "nombre", "naam", "namn", "nimi", "jméno", "meno", "nume", "ime", "név", "име", "vardas", "vārds", "όνομα", "isem",
]

/** Roles in a speaker tag (`Agent Aisha:`): the name follows the role. */
export const ROLES = ["agent", "customer", "rep", "kundebehandler", "kundtjänst", "advisor", "kunde", "kundin", "mitarbeiter", "berater", "client", "cliente", "conseiller", "conseillère", "agente", "klant", "medewerker", "operatore", "operatrice", "supervisor",
  "assistente", "atendente", "operador", "operadora", "consultor", "consultora", "handläggare", "kund", "rådgivare", "medarbejder", "rådgiver",
  "konsulent", "saksbehandler", "konsultant", "konsultantka", "klient", "klientka", "doradca", "operátor", "operátorka", "zákazník",
  "zákaznice", "poradce", "asiakas", "asiakaspalvelija", "operator", "korisnik", "ügyfél", "ügyintéző", "müşteri", "temsilci",
  "representative", "specialist", "csr", "associate", "sachbearbeiter", "sachbearbeiterin", "kundenberater", "kundenberaterin", "kundenbetreuer",
  "kundenbetreuerin", "beraterin", "mitarbeiterin", "interlocutor", "gestor", "gestora", "conseiller client", "consulente", "adviseur",
  // A staffing or admissions desk's chat: the recruiter or consultant (`Recruiter Yusuf:`); Maltese agent and client last.
  "recruiter", "recruiterin", "consultant", "consultante", "coordinator", "koordinator", "koordinatorin", "coordinatrice", "консултант", "консултантка", "оператор", "клиент", "konsultantas", "konsultantė", "klientas", "klientė", "konsultants", "konsultante",
  // A club's thread: the parent and the coach speak (`Rodič (775 …):`, `Trener Marek`); not English's, surnames too (`Tom Parent`).
  "rodič", "rodzic", "γονέας", "forælder", "forelder", "förälder", "vanhempi", "elternteil", "ouder", "genitore", "trener", "trenér", "tréner", "προπονητής", "entraîneur", "entrenador", "entrenadora", "treinador", "treinadora", "allenatore",
  "υπάλληλος", "πελάτης", "πελάτισσα", "operators", "operatore", "operatorius", "operaator", "klienditeenindaja", "konsultantė", "aġent", "klijent", ...OWN_TAG_ROLES, ...VISITORS, ...INSTRUCTORS]

/** Surname particles, written lower case inside a name (`van den Berg`, `de la Cruz`). */
// Malaysia's and Singapore's Indian patronymics too: son of, daughter of (`Arjun s/o Krishnan`, `Priya a/p Muthu`).
export const PARTICLES = ["van", "von", "der", "den", "de", "del", "della", "la", "le", "lo", "li", "du", "da", "di", "dos", "das", "los", "las", "ter", "ten", "zu", "y", "e", "'t", "st.", "bin", "binti", "binte", "ap", "dela", "delos", "al", "el", "s/o", "d/o", "a/l", "a/p"]

/**
 * First names that are also everyday words in these languages (`May`, `Will`, `Bill`, `Mark`): a name only
 * with a cue or a surname after it.
 */
export const COMMON_WORDS = [
  "may", "will", "bill", "mark", "grace", "hope", "june", "april", "august", "rose", "sue", "joy", "faith", "summer", "autumn", "dawn", "art", "frank", "max", "line",
  "chance", "sunny", "rich", "pat", "penny", "ruby", "amber", "crystal", "honey", "ivy", "holly", "lily", "sky", "storm", "river", "christian", "sandy",
  "justice", "king", "major", "price", "guy", "jack", "don", "jean", "ray", "miles", "lane", "carol", "violet", "iris", "jade", "pearl", "page", "sterling",
  "angel", "baby", "blue", "bonnie", "cash", "chase", "clay", "cliff", "dean", "drew", "earl", "ford", "gene", "glen", "heath", "hunter", "lance",
  "ace", "reed", "rod", "rusty", "wade", "ward", "will", "young", "else", "liebe", "fleur", "constance", "prudence", "patience", "mercy", "trinity",
  "paris", "florence", "sydney", "austin", "dallas", "madison", "london", "chelsea", "india", "georgia", "virginia", "carolina", "santiago",
  "rosa", "blanca", "luz", "paz", "sol", "mar", "consuelo", "amparo", "dolores", "pilar", "rocío", "angeles", "ángeles", "leal",
  "vera", "fortunata", "bella", "gioia", "stella", "maggio", "aurora", "marina", "serena", "vita", "viola", "primo", "ultimo",
  "sonne", "ernst", "fromm", "wolf", "fuchs", "hertha", "rein", "kees", "fien", "lente", "roos", "jolie", "claire", "aimé", "désiré", "noël", "pascal",
  "job", "loan", "hennes", "peer", "brown", "green", "dusty", "misty", "forest", "stone", "brook", "golden", "royal", "noble", "pink", "olive", "rocky", "sem", "inga", "ingen", "german", "english", "french", "polish", "norman", "dutch", "ende", "kart",
  // German "only", Italian "sites", Estonian "happiness", Finnish "energy", a chocolate brand, Estonian "fault".
  "nur", "siti", "õnne", "tarmo", "kalev", "rike",
]

/** Capitalised words that open a sentence or a line but are never names; Turkish honorifics after a given name (`Ayşe Hanım`). */
export const NEVER_NAMES = [
  "team", "there", "all", "everyone", "folks", "sirs", "box", "both", "beide", "ambos", "entrambi", "allebei", "båda", "begge", "support", "customer", "agent", "sir", "madam", "again", "so", "again", "you", "yes", "no", "ok", "okay",
  "hanım", "bey", "hanımefendi", "beyefendi", "the", "a", "an", "i", "we", "it", "this", "that", "please", "thanks", "thank", "hello", "hi", "dear", "regards", "best", "cheers", "sorry",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "july", "september", "october",
  "november", "december", "alle", "zusammen", "kunde", "kundin", "service", "sales", "billing", "accounts", "tier", "ticket", "order", "invoice",
  "madame", "monsieur", "señor", "señora", "meneer", "mevrouw", "heer", "geachte heer", "geachte mevrouw", "team", "équipe", "equipo", "squadra", "iban", "ssn", "visa", "mastercard", "amex",
  "gmbh", "ltd", "inc", "sa", "bv", "spa", "srl", "tout", "todos", "allemaal", "tutti", "signore", "cliente", "klant", "client", "agente",
  // `Sehr geehrte Damen und Herren`; a contact field before its value (`Phone (home): …`, `Mobile: …`); a Greek chat's agent tag.
  "damen", "herren", "phone", "mobile", "email", "e-mail", "fax", "address", "telefon", "handy", "adresse", "téléphone", "teléfono", "móvil",
  "telefono", "cellulare", "telefoon", "mobiel", "telefone", "telemóvel", "celular", "εκπρόσωπος",
  // A chat's own system lines (`[08:51] System: Session started`), a summary's heading for the voicemail it transcribes (`Mailbox-Nachricht (transkribiert):`), a parcel greeted as its noun (`Hallo, Sendung NS …`).
  "system", "bot", "chatbot", "chattbot", "chatbotti", "robot", "assistant", "automated", "server", "voicemail", "mailbox", "mailbox-nachricht", "sprachnachricht", "röstmeddelande", "telefonsvarer", "messagerie", "buzón", "segreteria", "sendung", "zending", "försändelse",
  // A chat's anonymous visitor (`Customer Guest: …`); a greeting's addressee that is a service, not a person.
  "guest", "gæst", "gjest", "gość", "vieras", "toi", "vous", "visitor", "anonymous", "unknown", "grüezi", "ügyfélszolgálat", "partnerünk", "kundenservice", "kundendienst", "kundeservice",
  "kundtjänst", "asiakaspalvelu", "klantenservice", "bon", ...VISITORS_AND_SUMMARIES,
  // Offices written to as if people (`Dear Admissions,`), and nouns that open a line (`Review (Play Store)`, `Avis Google`).
  "admissions", "admission", "enrolment", "enrolments", "enrollment", "registrar", "reception", "payroll", "finance", "alumni", "review", "avis",
  "bestellung", "hausnr", "ngā", "helpdesk", "line",
  // A pet named after its noun, opening a sentence (`Ljubimac Kiki ima cijepljenje`, `Zviera Toby má očkovanie`).
  "ljubimac", "zviera", "zvíře", "lemmikki", "lemmikloom",
  // The UK's tax relief on a gift (`Gift Aid ref GAD-…`: `Gift` is a given name), a text's heading before whom it is for
  // (`FD: Reminder Jae-won, viewing for …`).
  "aid", "reminder", "erinnerung", "recordatorio", "promemoria", "herinnering", "lembrete", "przypomnienie", "påminnelse", "påmindelse", "muistutus",
]

/**
 * Frequent words of the six languages. Several are first names somewhere (`Can`, `Sie`, `Den`, `Per`, `Son`),
 * and any of them may open a sentence, so none counts as a first name without a cue.
 */
export const FUNCTION_WORDS = [
  // "About" in notes' shorthand: what a call was about follows a name, never a surname (`tel w/ isla re fee quote`).
  "re", "dėl", "apie", "ohledně", "ohľadom", "bzgl", "wg", "betreffend", "concernant", "riguardo", "sobre", "kvôli", "kohta",
  "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "but", "by", "can",
  "could", "did", "do", "does", "done", "for", "from", "get", "got", "had", "has", "have", "he", "her", "here", "him", "his", "how", "if", "in", "is",
  "it", "just", "let", "like", "me", "more", "my", "name", "new", "no", "not", "now", "of", "on", "one", "only", "or", "our", "out", "please", "same",
  "she", "so", "some", "still", "that", "the", "their", "then", "there", "they", "this", "to", "today", "too", "up", "us", "was", "we", "well",
  "were", "what", "when", "where", "which", "who", "why", "with", "would", "yes", "yet", "you", "your", "great", "good", "sure", "fine", "perfect",
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "und", "oder", "aber", "ist", "sind", "war", "hat", "haben", "ich", "sie", "er",
  "es", "wir", "ihr", "ihre", "ihnen", "mein", "meine", "unser", "unsere", "bitte", "danke", "ja", "nein", "nicht", "noch", "schon", "auch", "kann", "können", "wie",
  "was", "wann", "wo", "gut", "neue", "name", "nummer", "karte", "per", "mit", "von", "für", "auf", "bei", "nach", "am", "im", "zum", "zur", "so",
  "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "est", "sont", "je", "tu", "il", "elle", "nous", "vous", "ils", "mon", "ma",
  "mes", "votre", "vos", "oui", "non", "pas", "merci", "bien", "très", "pour", "avec", "sur", "dans", "par", "ce", "cette", "ça", "si", "quand",
  "el", "los", "las", "una", "y", "o", "pero", "es", "son", "yo", "usted", "nosotros", "mi", "su", "sus", "sí", "también", "tampoco", "também", "gracias", "muy", "para", "con",
  "por", "en", "del", "al", "que", "qué", "cuando", "como", "bueno", "vale", "perfecto", "claro",
  "het", "een", "en", "of", "maar", "nog", "ik", "je", "jij", "u", "wij", "we", "mijn", "uw", "ja", "nee", "niet", "dank", "goed", "voor", "met", "op",
  "il", "lo", "gli", "uno", "e", "ma", "è", "sono", "io", "lei", "noi", "voi", "mio", "mia", "suo", "sua", "grazie", "bene", "per", "con", "su",
  "che", "quando", "come", "perché", "allora", "ok", "va", "can", "said", "told", "son", "sun", "man", "men",
  "parfait", "super", "genial", "prima", "perfetto", "oké", "prima", "klar", "alles", "tout", "todo", "tutto", "alle", "gerne", "volontiers",
  // What a speaker's turn opens with: `Cliente: Pronto, sono…`, `Client : Allô, c'est…`, `Cliente: Sim, +351…`.
  "allô", "allo", "pronto", "sim", "sì",
  // Speech-to-text and SMS shorthand.
  "ur", "r", "pls", "plz", "ive", "dont", "cant", "wont", "ya", "yep", "nope", "gonna", "wanna", "gotta", "its",
  // A caller's filler opening the answer (`Caller: Yeah, zero five oh …`).
  "yeah", "yup", "nah", "yeh",
]

/**
 * The words after a name of one answering the phone (`Gráinne speaking`, `Fatmir am Apparat`, `Aino puhelimessa`), as a
 * regular expression's alternation; each reader adds its language's others (person-cue-score.ts, person-desk.ts).
 */
export const ANSWERING_PHONE = "speaking|am Apparat|à l'appareil|puhelimessa|al habla|aan de lijn|ved telefonen|i telefonen|na telefonu"
