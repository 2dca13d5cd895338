import type { ContextMatcher } from "../../../core/index.ts"
// The things of a business whose numbers it writes like phones, by class, in the languages the recognizers cover: a
// charging or a login session, a charger or a charge point, a registration or an enrolment, a medical referral, a lab
// sample or an exam, a bank transfer, a donation's reference, an order, a customer and a line by their number. Read as
// OTHER_WORDS (phone-words.ts) are: a number they name is theirs, unless a phone word is nearer.
// Not words that name a desk or a person as often (`Anmeldung` is a practice's front desk, `guia` a guide, `transfer`
// a call's), nor the speaker tags of a transcript (`Cliente:`).
export const ID_CLASS_WORDS = [
  // Freight: containers, air waybills and their masters and houses; tax and company ids (`MAWB 098-77215640`, `UTR: …`, `NIP: …`).
  "container", "container no", "containernummer", "kontener", "kontejner", "contenedor", "conteneur", "awb", "mawb", "hawb", "air waybill",
  "airway bill", "waybill", "frachtbrief", "lettre de transport aérien", "guía aérea", "list przewozowy", "utr", "unique taxpayer reference",
  "nip", "regon", "krs", "vat", "vat no", "vat number", "ust-id", "ust-idnr", "uid-nr", "btw-nummer", "btw-nr", "tva", "dič", "ičo", "rfc",
  "momsnummer", "organisationsnummer", "kvk", "ondernemingsnummer",
  // A session: of charging, of a login, of therapy (`Sesión 0483 …`, `Lataus 0139-…`, `Relace …`, `Sesija …`).
  "sesión", "sesion", "sessão", "sessione", "séance", "sitzung", "ladevorgang", "ladesitzung", "sessie", "laadsessie", "sessio", "lataus", "latauskerta",
  "sessionen", "sesja", "sesji", "relace", "relácia", "sesiune", "sesiunea", "sesija", "sessioon", "munkamenet", "töltés", "oturum", "συνεδρία",
  "συνεδρίας", "сесия", "сесія", "sessjoni", "seisiún",
  // A charger or a charge point (`Cargador 0995 …`, `Laturi …`, `Nabíječka …`, `Punjač …`).
  "charger", "charge point", "chargepoint", "charging point", "charging station", "wallbox", "evse", "cargador", "chargeur", "ladegerät",
  "ladestation", "ladepunkt", "ladesäule", "caricatore", "colonnina", "laadpaal", "laadpunt", "carregador", "laddbox", "laddare", "laddstolpe",
  "ladestander", "ladeboks", "laturi", "latauspiste", "ładowarka", "ładowarki", "nabíječka", "nabíječky", "nabíjačka", "nabíjačky", "töltő", "töltőállomás",
  "punjač", "punjača", "polnilnica", "polnilec", "încărcător", "încărcătorul", "φορτιστής", "φορτιστή", "зарядно", "зарядна", "зарядний", "lādētājs",
  "uzlādes", "įkroviklis", "įkrovimo", "laadija", "laadimispunkt", "şarj", "şarj istasyonu", "ċarġer",
  // A registration or an enrolment (`Înscriere 044 …`, `Anmälan …`, `Prijava …`).
  "registration", "enrolment", "enrollment", "inscription", "iscrizione", "registratie", "inschrijving", "anmälan", "registrering", "tilmelding",
  "påmelding", "ilmoittautuminen", "rekisteröinti", "rejestracja", "rejestracji", "zgłoszenie", "registrace", "přihláška", "registrácia", "prihláška",
  "regisztráció", "jelentkezés", "prijava", "prijave", "registracija", "înscriere", "înscrierea", "înregistrare", "εγγραφή", "εγγραφής", "регистрация",
  "реєстрація", "reģistrācija", "registreerimine", "reġistrazzjoni",
  // A school's pupil by their number (`the pupil number is …`, `numéro d'élève`, `número de alumno`, `numero allievo`).
  "pupil number", "student number", "student id", "leerlingnummer", "schülernummer",
  // A medical referral (`Derivación 3805 …`, `Überweisung 86 …`, `impegnativa …`, `uputnica …`).
  "derivación", "derivacion", "überweisung", "überweisungsschein", "impegnativa", "verwijzing", "verwijsbrief", "encaminhamento", "remiss", "remisse",
  "henvisning", "lähete", "skierowanie", "doporučení", "odporúčanie", "beutaló", "uputnica", "napotnica", "trimitere", "biletul de trimitere",
  "παραπεμπτικό", "направление", "направлення", "nosūtījums", "siuntimas", "saatekiri", "sevk", "riferiment",
  // A lab sample, its barcode, an exam's or an accession's number (`Sample 99 …`, `Amostra 0204…`, `Numru tal-eżami …`).
  "sample", "specimen", "accession", "muestra", "échantillon", "prélèvement", "probe", "probennummer", "campione", "prelievo", "amostra", "provrör",
  "prøve", "näyte", "próbka", "próbki", "vzorek", "vzorku", "vzorka", "uzorak", "uzorka", "vzorec", "probă", "δείγμα", "δείγματος", "проба",
  "зразок", "paraugs", "mėginys", "mėginio", "proov", "kampjun", "numune", "eżami", "eżamijiet",
  // A product's or a parcel's barcode, which a numbering plan may read as a national number (`Barcode 0275 0457 0686`).
  "barcode", "bar code", "ean", "gtin", "upc", "code-barres", "code barre", "strichcode", "streepjescode", "streckkod", "stregkode", "strekkode",
  "viivakoodi", "código de barras", "codice a barre", "kod kreskowy", "čárový kód", "čiarový kód", "vonalkód", "barkod", "cod de bare",
  "svītrkods", "brūkšninis kodas", "triipkood", "баркод", "штрихкод", "штрих-код", "γραμμωτός κώδικας", "kodiċi tal-barra",
  // A book's and a serial's number (`isbn: 0-9687-7601-9`).
  "isbn", "issn",
  // A bank transfer, a donation and a donor by their reference (`Ref. de donativo …`, `Gåvoreferens …`, `Cod donator …`).
  "bank transfer", "wire transfer", "transferencia", "transferencia bancaria", "virement", "bonifico", "overboeking", "transferência", "przelew",
  "przelewu", "převod", "prevod", "átutalás", "virament", "gift aid", "donativo", "donación", "donazione", "donatie", "gåva", "gåvoreferens",
  "donation", "spende", "darowizna", "adomány", "donacija", "donație", "donator", "donatorului", "darczyńcy", "dárce", "lahjoitus", "lahjoittaja",
  // An order's and a member's number, whatever the abbreviation for number (`tellimuse_nr`, `номер_замовлення`); a
  // customer's after a Romance word for number is read by namedRightBefore (phone-other.ts): `cliente` alone is a speaker.
  "tellimus", "tellimuse",
  "tellimusenumber", "kliendi", "kliendinumber", "замовлення", "замовленням", "поръчка", "поръчката", "παραγγελία", "παραγγελίας", "sipariş",
  "jäsennumero", "tilausnumero", "asiakasnro", "jäsennro",
  // An order in Croatian, Serbian and Bosnian (both alphabets), Icelandic and Romanian (`Narudžba: 591846564`, `Поруџбина …`,
  // `Pöntun …`, `Comanda …`).
  "narudžba", "narudžbe", "narudžbu", "narudžbi", "narudžbenica", "narudžbenice", "porudžbina", "porudžbine", "porudžbinu", "наруџба", "наруџбе",
  "наруџбу", "поруџбина", "поруџбине", "поруџбину", "pöntun", "pöntunar", "pöntunarnúmer", "comanda", "comandă", "comenzii", "comanda nr",
  // A customer's or an account's number in Romanian (`Cont client 09503683530`, `cod client`).
  "cont client", "contul client", "contul clientului", "cod client", "codul clientului", "număr client", "numărul clientului", "nr client",
  // A member by the Slavic and Baltic words after their word for number (`Číslo člena`, `broj člana`, `numer członka`).
  "člena", "členské", "členský", "člana", "članski", "członka", "członkowski", "nario", "biedra", "liikme",
  // A reference and a service's protocol in Estonian, Romanian, Turkish and Portuguese (`Viide: …`, `Referință: …`,
  // `Protocolo: …`); a driving lesson and a driving test in Czech and Spanish (`Jízda 78 275 108 přesunuta`).
  "viide", "viitenumber", "referință", "referinta", "referința", "referans", "referansı", "referans no", "protocolo", "protokol",
  "jízda", "jízdu", "jízdy", "examen práctico", "examen de manejo", "examen de conducir",
  // A register's entry (`Registro parroquial 0612 …`, `Kremavimo registras …`, `rejstřík …`).
  "register", "registry", "registro", "registo", "registre", "registru", "registrul", "registras", "reģistrs", "reģistra", "rekisteri",
  "registret", "registeret", "rejestr", "rejestru", "rejstřík", "rejstříku", "registar", "nyilvántartás", "регистър", "реєстр", "реєстру",
  "μητρώο", "reġistru",
  // A subscription, of lenses or a magazine (`Lęšių prenumerata …`, `Naročnina na leče …`, `Subscripció de lents …`).
  "subscription", "suscripción", "suscripcion", "subscripció", "subscrição", "abonnement", "abonament", "abonamentul", "abonnemang",
  "prenumerata", "prenumeratos", "abonements", "abonementas", "naročnina", "naročnine", "predplatné", "predplatného", "předplatné", "předplatného",
  "előfizetés", "pretplata", "pretplate", "prenumeration", "передплата", "передплати", "абонамент", "συνδρομή", "συνδρομής", "abbonament",
  // Contact lenses, whose `contact` names no phone (`lentes de contacto 0612 …`).
  "contact lens", "contact lenses", "lentes de contacto", "lentes de contato", "lentilles de contact", "lenti a contatto", "kontaktlinsen", "contactlenzen",
  "kontaktlinser", "kontaktní čočky", "soczewki kontaktowe", "kontaktlencse", "kontaktne leće", "kontaktne leče", "lentile de contact", "φακοί επαφής",
  "контактни лещи", "контактні лінзи", "kontaktlēcas", "kontaktiniai lęšiai", "piilolinssit", "kontaktläätsed", "lents de contacte",
  // A code by its name (a porting code or PAC, a PIN, a voucher's code), in the covered languages (`Taşıma kodum 992085`,
  // `ülekande kood on …`); English `code` and `pin` are read with the other words. Not the words that open a listed
  // phrase (`codice cliente`, `kod pocztowy`): alone they would stand for it (CODE_HEADS).
  "kood", "koodi", "koodiga", "kodu", "kodum", "kodunuz", "kodas", "kodą", "kods", "kódot", "kód", "kódu", "kóde", "κωδικός", "κωδικό",
  "κωδικού", "portierungscode", "porting code", "port code",
  // A reference in Icelandic and Ukrainian (`Tilvísun …`, `Платіжне посилання …`); its abbreviations are read where
  // they open a line or a sentence (phone-other.ts): a CSV's header `Réf.` names the last column only.
  "tilvísun", "tilvísunar", "tilvísunarnúmer", "посилання", "посиланням",
]

/**
 * An applicant or a candidate by their number, and a plan (funeral, payment, treatment) by its own (`Kandidatas 8-612-…`,
 * `bēru plāns 2103-…`): read as AGREEMENT_WORDS are, right before the number only, as a person's number follows them in a
 * sentence as often (`Candidate Ann Byrne, mobile 087 …`).
 */
export const APPLICANT_PLAN_WORDS = [
  "candidate", "candidato", "candidata", "kandidatas", "kandidāts", "kandidaat", "kandydat", "kandidát", "jelölt", "ehdokas", "umsækjandi",
  "кандидат", "кандидата", "υποψήφιος", "υποψήφια", "aday", "plan", "plāns", "planas", "plaan", "plán", "plano", "план",
]

/**
 * An amount by its key or label, in the covered languages (`amount=3476.12`, `Betrag: …`, `Iznos …`): a value so named is
 * a sum of money, never a phone. Read only as a key's or a label's words: in running text they name a bill a caller may
 * want to be called about.
 */
export const AMOUNT_KEY_WORDS = [
  "amount", "amt", "total", "subtotal", "sum", "price", "cost", "fee", "balance", "betrag", "summe", "preis", "montant", "prix", "importe", "precio",
  "importo", "prezzo", "bedrag", "prijs", "kwota", "cena", "částka", "összeg", "iznos", "cijena", "suma", "ποσό", "сума", "цена", "upphæð", "verð",
  "tutar", "fiyat", "summa", "pris", "beløb", "beløp", "määrä", "hinta", "valoare", "sumă",
]

/**
 * Number porting in the covered languages (`portabilidad:`, `nummerbehoud`, `numbriliikuvus`, `Port-in request:`): the
 * number being ported is a phone's. Read as phone words and as a phone's key; a porting's reference is no phone
 * (`portabilidad_ref`, PHONE_LABELS).
 */
export const PORTING_WORDS = [
  "port-in", "port in", "port-in request", "port request", "porting request", "number port", "number porting", "port out", "port-out",
  "portabilidad", "portabilidade", "portabilità", "portabilité", "portabilite", "portage", "rufnummernmitnahme", "rufnummernportierung", "portierung",
  "nummerbehoud", "nummerportering", "nummerflytning", "nummerflytting", "numeronsiirto", "przeniesienie numeru", "przenoszenie numeru",
  "přenos čísla", "přenesení čísla", "prenos čísla", "prenesenie čísla", "számhordozás", "prenosivost broja", "prenos broja", "prenos številke",
  "portare", "portarea", "portabilitate", "φορητότητα", "numbriliikuvus", "numbri liikuvus", "numura pārnese", "numerio perkėlimas",
  "перенесення номера", "пренасяне на номер", "nummerportabilitet", "numaratasıma", "numara taşıma",
]
/** Maltese "call me", "call him", "call us" as they are written (`ċemplili fuq …`, `jċempluh fuq …`). */
export const MALTESE_CALL_WORDS = ["ċemplili", "ċempilli", "ċemplu", "ċempluh", "jċempluh", "jċemplu", "ċemplulna", "ċemplilna", "ċempel", "ċempillu", "ċempluha", "jċempluha", "ċempluli"]
/**
 * Asking where a caller can be reached, in the forms a transcript's question takes (`na jakém čísle vás zastihneme`,
 * `size hangi numaradan ulaşabiliriz`), and Turkish "from the number" (`… numarasından geri arayın`): phone words.
 */
export const REACH_WORDS = [
  "zastihneme", "zastihnu", "zastihneš", "zastihnou", "zastihnem", "ulaşabiliriz", "ulaşabilirsiniz", "ulaşabilirim", "ulaşın", "numaradan",
  "numarasından", "numaramızdan", "numaranızdan",
  // Where the caller can be found or tried, in the default regions' languages, with the pronoun or the preposition that
  // makes them a call's (`if i don't answer try …`, `vous pouvez me rejoindre au …`, `me puede localizar al …`, `mă puteți
  // suna înapoi la …`, `θα με βρείτε στο …`): bare, they track a parcel, join a meeting or await a reply.
  "try me on", "try me at", "answer try", "pick up try", "get hold of me on", "get hold of me at", "get me at", "réponds pas essayez", "répond pas essayez",
  "me rejoindre", "nous rejoindre au", "me joindre", "joignable au", "joignable", "essayez au", "essayez moi", "essayez de me joindre",
  "localizarme", "me localiza", "me localizas", "me puede localizar", "me pueden localizar", "localizarnos", "marcarme al", "márqueme al",
  "encontrarme en el", "encontrarme al", "me encontrar no", "falar comigo no", "rintracciarmi", "trovarmi al", "mi trova al", "provi al",
  "erreichen sie mich", "erreichst du mich", "mich erreichen", "sie erreichen mich", "ihr erreicht mich", "du erreichst mich", "mi trovate al",
  "mi trovi al", "mi potete trovare", "me encuentras en el", "me encuentra en el", "me encontram no", "me encontra no", "versuchen sie es unter", "probieren sie es unter", "mij bereiken",
  "me bereiken", "bereikbaar op", "bereikbaar via", "bereikbaar onder", "probeer het op", "mă puteți suna", "mă poți suna",
  "sunați mă", "mă sunați", "să mă sunați", "suna înapoi", "sunați înapoi", "mă găsiți la", "με βρείτε", "βρείτε με",
  "zastać pod", "złapać pod", "dodzwonić się", "zastihnúť", "få tak i meg på", "få fat i mig på", "fange mig på", "fanger mig på",
  "nå mig på", "nå meg på", "minut tavoittaa", "tavoitat minut", "me retorne", "retorno no", "retornar no", "retornem no",
  "retorno para o", "raggiungibile al", "raggiungibili al", "reperibile al", "reperibili al", "reachable on", "reachable at",
  // A phone's contact in Italian (`E un recapito telefonico?`), and a desk's "we will call you back at" (`la richiamiamo
  // al …`, `le llamamos al …`, `nous vous rappelons au …`, `we bellen u op …`, `ligamos-lhe para o …`).
  "recapito", "recapito telefonico", "telefonico", "la richiamiamo", "ti richiamiamo", "vi richiamiamo", "le llamamos", "te llamamos",
  "les llamamos", "nous vous rappelons", "on vous rappelle", "we bellen u", "we bellen je", "ligamos lhe", "ligamos-lhe", "ligamos para",
  // Where a one-time code was sent (`verified cx via OTP to 718…`).
  "otp to", "otp sent to", "otp via sms to", "code sent to", "code texted to", "passcode sent to", "sms code to",
  // Galician, Albanian, Macedonian, Serbian and Welsh (`podedes atoparme no …`, `më gjeni në …`, `може да ме најдете на …`,
  // `možete me dobiti na …`, `gallwch gael gafael arnaf ar …`).
  "atoparme", "atoparme no", "localizarme no", "më gjeni", "më gjeni në", "ме најдете", "ме најдете на", "možete me dobiti",
  "me dobiti na", "gael gafael arnaf",
  // Who may call instead of the caller, and whom to ask for, at a number: a third party's phone (`kan ringje i staden
  // frå …`, `poate suna în locul meu de la …`, `e chamar no meu lugar desde o …`, `preguntade por Anxo no …`, `spør etter
  // Knut på …`, `ako me nema tu je Marko na …`).
  "ringje", "zvati", "се јави", "telefonojë", "i staden for meg", "i staden", "în locul meu", "no meu lugar", "en mi lugar", "al posto mio",
  "à ma place", "an meiner stelle", "umesto mene", "наместо мене", "në vendin tim", "αντί για μένα", "in my place", "instead of me",
  "preguntade por", "pregunte por", "pregunten por", "pergunte por", "perguntem por", "chiedete di", "chiedi di", "chieda di",
  "întrebați de", "spør etter", "fråga efter", "spørg efter", "demandez à", "ako me nema", "ако ме нема", "nuk jam aty",
  // A voicemail's header and a message left, with whence or where (`Talhólf frá …`, `Missatge de veu de …`, `Atstāta ziņa uz …`).
  "talhólf frá", "missatge de veu de", "bústia de veu de", "atstāta ziņa uz", "atstāju ziņu uz",
]

// A firm's switchboard and a meeting's dial-in number, named in a letter's or an invite's footer (`Switchboard:
// 0800 …`, `Conmutador: …`, `Dial-in: …`): a number to call, however bare its digits.
export const SWITCHBOARD_WORDS = [
  "switchboard", "conmutador", "centralita", "centralino", "telefonzentrale", "sentralbord", "sentralbordet", "ústředna", "ústredňa",
  "telefonközpont", "standard téléphonique", "dial-in", "dial in", "zentrale", "växel", "växeln", "vaihde", "vaihteen", "centrala", "centrali",
  "omstilling", "omstillingen", "omstillingsbord",
]

/** A code's noun heading a phrase a phone word qualifies (`codice di portabilità`, `código de portabilidade`, `codul de portare`). */
export const CODE_HEADS = ["code", "código", "codigo", "codice", "codul", "codului", "cod", "kod", "kód", "kood"]

/**
 * A garment's, a bag's or a parcel's label right before its number (`label 04879600`, `étiquette 0895…`, `címke …`): the
 * label's. Only right before it (phone-other.ts's namedRightBefore): in a sentence before, the label is what a call is
 * about (`calling about the missing label. You can get me on 02.8972.3103`). Not `tag`, a German day.
 */
export const LABEL_WORDS = new Set([
  "label", "étiquette", "etikett", "etiket", "etiketti", "etikette", "mærke", "mærkat", "merkelapp", "címke", "címkéje", "oznaka", "oznake",
  "etiketė", "etiketės", "birka", "birkas", "етикет", "етикета", "етикетът", "бирка", "бирки", "štítek", "štítok", "etykieta", "etichetta",
  "etiqueta", "cartellino",
])

/** A school's pupil: another number's noun only bound to a word for number (phone-said-other.ts; `Parent of pupil: 07…` is a phone). */
export const PUPIL_NOUNS = new Set(["pupil", "student", "élève", "alumno", "alumna", "allievo", "allieva", "aluno", "aluna", "leerling", "schüler", "schülerin"])

// A signer's role holding an account's word (`Key Account Manager, 0903 771 402`, `Gestora de Conta, 22 208 5936`) and
// "just in case" (`my number just in case 07700 900 123`): no other number's name.
const NOT_OTHER = /(?<![\p{L}])(?:(?:key[ \t]+)?account[ \t]+(?:manager|executive|director|lead|rep|representative|team)|gestora?[ \t]+de[ \t]+conta|(?:just[ \t]+)?in[ \t]+case)(?![\p{L}])/giu
const blanked = (s: string) => s.replace(NOT_OTHER, (m) => " ".repeat(m.length))
/** The matcher of some other number's words, blind to those of a role or a phrase that only hold one (NOT_OTHER). */
export function notInRoles(words: ContextMatcher): ContextMatcher {
  const again = (part: string) => {
    const blank = blanked(part)
    return blank === part || words.test(blank)
  }
  return {
    test: (text, from = 0, to = text.length) => words.test(text, from, to) && again(text.slice(from, to)),
    testAround: (text, before, start, end, after) => words.testAround(text, before, start, end, after) && again(`${text.slice(before, start)} ${text.slice(end, after)}`),
  }
}
