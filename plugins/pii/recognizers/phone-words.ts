import { contextMatcher } from "../../../core/index.ts"
import { PARTY_LABELS, ROLE_NOUNS, ROLES } from "./person-cues.ts"

// The words the phone recognizer reads before a number: phone words, the noun "number", and words naming some other
// number (an order, a contract, a customer, a postcode), in the languages the recognizers cover.

export const PHONE_WORDS = contextMatcher([
  "phone", "tel", "telephone", "mobile", "mob", "cell", "call", "callback", "call back", "number", "reach", "whatsapp", "sms", "text me", "fax",
  "contact", "kontakt", "durchwahl", "erreichbar", "anrufen", "zurückrufen", "appelez", "appeler", "joindre", "llamarme", "llámame", "llamadme", "bel", "belt", "bellen", "chiamami", "richiamare",
  "telefon", "handy", "rückruf", "nummer", "téléphone", "portable", "numéro", "rappeler", "teléfono", "móvil", "número", "llamar",
  "telefoon", "mobiel", "nummer", "bellen", "telefono", "cellulare", "numero", "chiamare",
  "ring", "ring me", "telemóvel", "telefone", "celular", "ligar", "liguem", "contacto", "ringa", "ring mig", "mobil", "ring til", "numer",
  "komórka", "komórkowy", "zadzwoń", "zadzwonić", "oddzwonić", "oddzwoni", "oddzwonię", "numerosta", "numeroon", "číslo", "zavolejte", "volejte", "puhelin", "soita", "număr", "sunați", "szám", "hívjon",
  "broj", "nazovite", "mobitel", "cb", "call me back", "rückrufnummer", "ligue", "llama", "llame", "llámenos",
  // Compounds and definite forms, which a whole-word match does not reach through "nummer" (`Telefonnummer`, `nummeret`).
  "telefonnummer", "handynummer", "mobilnummer", "rufnummer", "festnetz", "festnetznummer", "telefonnr", "tel nr", "tlf", "tlfnr",
  "nummeret", "numret", "telefonnummeret", "telefonnumret", "mobilnummeret", "mobilnumret", "puhelinnumero", "puhelinnumeroni",
  "telefonszám", "telefonszámom", "telefonní", "tfno", "tlfno", "gsm", "telefonu", "telefonnummern",
  "alt", "alternative number", "alt number", "alt phone", "contattarmi", "contattare", "contattami", "chiamarmi", "richiamarmi", "ring tilbage", "ring tilbake", "ring op", "ringe",
  // The caller's and the dialled number in IVR and telephony logs.
  "ani", "cli", "clid", "dnis", "caller id", "callerid", "msisdn",
  // Definite and possessive forms of the Nordic words (`mobilen min er …`, `puhelimeni`).
  "mobilen", "telefonen", "mobiltelefon", "mobiltelefonen", "mobilnr", "matkapuhelin", "kännykkä", "kännykkäni", "puhelimeni",
])

// Words that name a phone number itself, not a call or a number in general (`phone`, `ani`, `mobile`).
const PHONE_NOUN_LIST = [
  "phone", "telephone", "tel", "mobile", "mob", "cell", "fax", "alt", "alternative", "ani", "cli", "clid", "dnis", "msisdn", "caller id", "callerid", "callback",
  "whatsapp", "sms", "handy", "telefon", "téléphone", "teléfono", "telefono", "telefoon", "telefone", "telemóvel", "celular", "móvil",
  "portable", "cellulare", "mobiel", "mobil", "komórka", "puhelin", "gsm", "tlf", "tfno", "rufnummer", "telefonnummer", "mobilnummer",
  "handynummer", "festnetz", "telefonnr", "puhelinnumero", "numer telefonu", "contact number", "phone number",
]

/**
 * Column headers and field keys that name a phone number (`phone`, `ani`, `mobile⇥…`). Narrower than PHONE_WORDS:
 * a `contact id` or `number` column holds ids as often. A signature's one-letter keys too (`M: …`, `T: …`, `P: …`,
 * `D:` direct, `O:` office, `W:` work, `H:` home, `C:` cell).
 */
export const PHONE_LABELS = contextMatcher([...PHONE_NOUN_LIST, "m", "t", "p", "ph", "d", "o", "w", "h", "c"])

/**
 * The phone nouns in running text, with their definite and possessive forms (`mobilen min er …`, `puhelimeni`): a
 * number right after one is read in any country's plan when the configured regions have none for it.
 */
export const PHONE_NOUNS = contextMatcher([...PHONE_NOUN_LIST, "cellphone", "mobilen", "telefonen", "mobiltelefon", "mobiltelefonen", "matkapuhelin", "kännykkä", "kännykkäni", "puhelimeni", "puhelinnumeroni", "telefonnummeret", "mobilnummeret", "telefonnumret", "mobilnumret"])

/** Words naming an SSN: nine bare digits after one are the SSN, not a phone number. */
export const SSN_WORDS = contextMatcher(["ssn", "ss#", "social security", "social security number", "soc sec", "full social", "my social", "your social", "tax id", "itin", "taxpayer id"])

/** A phone sign just before the number (`📞 0221 4553557`, `☎ …`, `📱 …`): as good as a phone word. */
export const PHONE_SIGN = /[\u260E\u260F\u{1F4DE}\u{1F4F1}\u{1F4F2}]\uFE0F?[ \t:]*$/u

/** Phone words that are only the generic noun "number": an id word right before one names the number (`policy number`). */
export const NUMBER_NOUNS = contextMatcher(["number", "nummer", "numéro", "número", "numero", "numer", "číslo", "număr", "szám", "broj", "no", "nr", "nº"])

/** Words that name some other number: an order, a contract, a postcode, an SSN. */
export const OTHER_WORDS = contextMatcher([
  "order", "ref", "reference", "invoice", "ticket", "acct", "account", "contract", "case", "tracking", "zip", "postcode", "ssn", "nino", "iban", "card",
  "bestellung", "auftrag", "rechnung", "vertrag", "kundennummer", "plz", "karte", "commande", "facture", "contrat", "référence", "dossier", "carte",
  "pedido", "factura", "contrato", "referencia", "cuenta", "tarjeta", "bestelling", "factuur", "contract", "ordine", "fattura", "contratto", "carta", "pratica",
  "encomenda", "entrega", "fatura", "envio", "rastreio", "commessa", "zamówienie", "zamówienia", "przesyłka", "faktura", "tilaus", "beställning", "ordre",
  // Customer and staff numbers by their label (`N° client`, `Nº cliente`, `kundnummer`, `employee number`).
  "n client", "nº client", "numéro de client", "nº cliente", "n cliente", "número de cliente",
  "kundnummer", "kundenummer", "kundenr", "kundnr", "asiakasnumero", "numer klienta", "nr klienta", "klantnr",
  "employee", "employee number", "employee no", "employee id", "staff number", "staff id", "personnel number", "personalnummer", "matricule", "badge",
  "social security", "soc sec", "sozialversicherung", "sécurité sociale", "seguridad social", "seguro social", "national insurance",
  // Policies and contracts, customer and article numbers, in the covered languages.
  "policy", "police", "polizei", "versicherungsschein", "póliza", "polizza", "polis", "polisnummer", "apólice", "sopimus", "sopimuksen", "sopimusnumero",
  "contractnummer", "vertragsnummer", "kundennr", "kd-nr", "kundenkonto", "klantnummer", "kontrakt", "umowa", "umowy", "smlouva", "contractul",
  "membership", "customer no", "customer id", "client id", "sku", "art.-nr", "art. nr", "artikelnummer", "artikel", "article", "item no", "product code",
  "serial", "imei", "p/n", "part number", "part no", "parcel", "bestellnummer", "bestellnr", "auftragsnummer", "ordernummer", "ordernr",
  "ordrenr", "ordrenummer", "ordrenummeret", "faktuře", "faktury", "fakturu", "smlouvy", "smlouvě", "smlouvu", "cep", "incident",
  "incidencia", "incidente", "incidenza", "storing", "shipment", "sendung", "sendungsnummer", "colis", "envío", "zending", "pakket", "spedizione", "voucher", "coupon",
  // Postcodes after their label.
  "post code", "postal code", "zip code", "pin code", "pincode", "postleitzahl", "code postal", "cp", "código postal", "postcode", "cap", "codice postale",
  "cod poștal", "cod postal", "postinumero", "postnummer", "kod pocztowy", "psč", "irányítószám", "poštanski broj", "código postal",
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
  "miembro", "membre", "mitglied", "membro", "lid", "prescription", "rx", "receta", "ordonnance", "rezept", "ricetta", "recept",
  "social insurance", "numéro d'assurance sociale", "benefit", "benefit id", "citation", "complaint", "your request", "service request", "request no",
  "loyalty", "loyalty number", "loyalty no", "rewards", "frequent flyer", "fidélité", "fidelidad", "fedeltà", "treuepunkte", "vjernosti", "članski",
  "vernostnej", "členstva", "lojalumo", "nario", "püsikliendi", "liikmenumber", "hűségkártya", "tagsági", "fidelitate",
  // Tax and bank ids of Australia, New Zealand, India and the US; students, applicants, patients, sessions, codes.
  "tfn", "tax file number", "ird", "abn", "acn", "gstin", "crn", "bsb", "branch code", "routing", "routing no", "routing number", "aba",
  "ifsc", "transit", "service user number", "student id", "student number", "student numbers", "applicant", "application", "patient", "session",
  "appt", "certificate", "code", "pin",
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
  "henkilötunnus", "adóazonosító", "személyi szám", "személyi", "taj", "adószám",
])

// What may stand before "number" in a phone number's own name, in English: whose and which it is, a phone word, a verb
// or a preposition of the sentence (`my number`, `home number`, `support number`, `left number`, `from number`).
const PHONE_MODIFIERS = new Set([
  "my", "your", "his", "her", "our", "their", "its", "the", "a", "an", "this", "that", "these", "those", "same", "which", "what", "whose", "any",
  "new", "old", "best", "home", "work", "office", "direct", "daytime", "day", "evening", "night", "weekend", "alternative", "alternate", "alt",
  "other", "another", "second", "2nd", "main", "personal", "private", "business", "landline", "cell", "mobile", "phone", "telephone", "tel",
  "contact", "callback", "emergency", "fax", "free", "freephone", "toll-free", "tollfree", "correct", "right", "wrong", "current",
  "primary", "backup", "whatsapp", "sms", "text", "registered", "verified", "preferred", "usual", "international", "local", "national", "uk",
  "us", "reachable", "full", "good", "valid", "listed", "support", "helpline", "hotline", "service", "switchboard", "reception", "desk", "team",
  "sales", "billing", "helpdesk", "enquiries", "inquiries", "general", "central", "dedicated", "customer service", "store", "shop", "branch",
  "from", "left", "leave", "gave", "give", "given", "provided", "provide", "use", "using", "used", "on", "at", "to", "via", "by", "with", "and",
  "or", "as", "is", "was", "called", "call", "dial", "dialled", "dialed", "ring", "rang", "texted", "try", "tried", "reach", "updated",
  "changed", "confirmed", "ported", "porting", "port", "spare", "work's", "wife's", "husband's", "last", "first", "previous", "former",
  "caller",
])
/** Whether a label is `<word> number|no|#` whose word says whose or which phone number it is (`support number`, `home no`; not `contact id`). */
export const modifiedNumber = (label: string) => {
  const m = /^(\S+) ?(?:number|no|nr|#)$/.exec(label)
  return m !== null && PHONE_MODIFIERS.has(m[1]!)
}

/** The English `<word> number|no.|#|id` right before the number, within its line (`loyalty number is …`, `case # …`). */
const WORD_NUMBER = /(?:^|[^\p{L}\p{N}])(\p{L}[\p{L}\p{M}'’]*)[ \t_-]+(?:number|no\.?|#|id)[ \t]*(?:is|was|=)?[ \t]*:?[ \t]*$/u

/**
 * Whether the English words right before `start` name some other number than a phone's: `<word> number`, `<word> no.`,
 * `<word> #` or `<word> id`, `<word>` neither a phone word, whose or which number it is, a person's (`Anna's number`), nor a word
 * of the sentence around it (`left number`, `from number`).
 */
export function namedOtherNumber(text: string, start: number): boolean {
  // The word before the number (past spaces, a colon, `=` and `is`/`was`) must end in `r`, `o`, `.`, `#`, `d`, `t`
  // (number, nummer, nr, no, no., #, id, nummeret, numret): most numbers follow another word, read no further.
  let i = start - 1
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9 || text.charCodeAt(i) === 58 || text.charCodeAt(i) === 61)) i--
  if (i >= 2 && /^(?:is|as)$/i.test(text.slice(i - 1, i + 1)) && text.charCodeAt(i - 2) === 32) for (i -= 2; i >= 0 && text.charCodeAt(i) === 32; ) i--
  else if (i >= 3 && /^was$/i.test(text.slice(i - 2, i + 1))) for (i -= 3; i >= 0 && text.charCodeAt(i) === 32; ) i--
  if (i < 0 || !NUMBER_WORD_END.has(text.charCodeAt(i) | 32)) return false
  const line = text.lastIndexOf("\n", start - 1) + 1
  const before = text.slice(Math.max(line, start - 40), start).toLowerCase()
  const word = WORD_NUMBER.exec(before)?.[1]
  if (word !== undefined) return !PHONE_MODIFIERS.has(word) && !/['’]s$/.test(word) && !PHONE_WORDS.test(word)
  // A compound naming a number (`Zolltarifnummer`, `Vertragsnr.`, `kundenummeret`) with no phone in it (`Telefonnummer`).
  const compound = COMPOUND_NUMBER.exec(before)?.[1]
  return compound !== undefined && !PHONE_STEM.test(compound) && !PHONE_WORDS.test(compound)
}
// The last characters of the words for "number" (lower-cased: `#` and `.` are kept by `| 32`).
const NUMBER_WORD_END = new Set([..."ro.#dt"].map((ch) => ch.charCodeAt(0) | 32))
const COMPOUND_NUMBER = /(\p{L}{3,}(?:nummer|nummern|nummeret|numret|nr))\.?[ \t]*(?:is|ist|er|är|=)?[ \t]*:?[ \t]*$/u
const PHONE_STEM = /tele|handy|mobil|ruf|fax|festnetz|durchwahl|gsm|tlf|kontakt|whatsapp|sms|sim/

/**
 * Whether a number that opens a speaker's line (`[1:30 am] Arjun Sharma: 5587030317`, `caller: 91-448-687`) answers a
 * question the line before asked for some other number (`What's your member number?`, `can i have your student id`).
 */
export function answersOtherNumber(text: string, start: number): boolean {
  // A colon on the number's line, within 20 units before it, and a line before, first: most numbers follow neither.
  const colon = text.lastIndexOf(":", start - 1)
  if (colon < 0 || start - colon > 20) return false
  const line = text.lastIndexOf("\n", colon)
  // A field's key naming a phone is no speaker (`Mobile: …` under a line about a bank code).
  if (line <= 0 || start - line > 80 || !SPEAKER_PREFIX.test(text.slice(line + 1, start)) || PHONE_WORDS.test(text, line + 1, start)) return false
  let end = line
  while (end > 0 && /[\s?.:]/.test(text[end - 1]!)) end--
  if (namedOtherNumber(text, end)) return true
  // Any language: the question's last words name some other number and no phone (`numéro de commande ?`).
  const from = Math.max(text.lastIndexOf("\n", end - 1) + 1, end - 30)
  return OTHER_WORDS.test(text, from, end) && !PHONE_NOUNS.test(text, from, end)
}
// A speaker's prefix and nothing else before the number: a stamp, a name or a role, then a colon.
// A filler may follow the colon (`caller: it is 042 970 75`, `cliente: sí, es …`).
const SPEAKER_PREFIX = /^[^\S\n]*(?:\[[^\]\n]{1,30}\][^\S\n]*)?[\p{L}][\p{L}\p{M}' .-]{0,40}:[ \t]*(?:(?:it is|it's|its|that's|yes|yeah|sure|ok|okay|um|uh|er|sí|si|oui|ja|tak|da|sim|es|c'est|è)[ \t,.]+){0,3}$/iu

/**
 * Ids written as capitals that are words in lower case elsewhere (`sin` is Spanish for without, `pan` a Czech and Polish
 * Mr, `nas` Portuguese for in the): Canada's SIN and NAS, India's PAN, near a number only as capitals.
 */
export const CAPITAL_IDS = /(?:^|[^\p{L}])(?:SIN|NAS|PAN)(?![\p{L}])/u

// The words for "number" (and a code's) that come before what they number, as the Romance and Slavic languages write
// them (`Numero sinistro:`, `N° de sinistre :`, `Numer rachunku`, `číslo škodní události`, `numărul de salarizare`,
// `kod odbioru`), then up to three words, then a verb (`meu número de sócio é …`).
const NUMBER_FIRST = /(?:^|[^\p{L}\p{N}])(?:n[º°]|n\.º|nr\.?|num[eé]ro|número|numer(?:u|ze|em)?|numărul|număr|číslo|čísla|číslom|broj(?:a|em)?|kod|código|codice)[ \t]+((?:\p{L}[\p{L}\p{M}'’.-]*[ \t]+){0,3}?\p{L}[\p{L}\p{M}'’-]*)[ \t]*:?[ \t]*$/iu
// Stems of the words that say the number is a phone's, or whose or which phone (`numero di richiamata`, `número fijo`,
// `numer komórki`, `číslo mobilu`, `numéro perso`), in these languages.
const PHONE_QUALIFIER = /^(?:büro|buro|biur|kancel|kontor|iroda|ofis|zentrale|arbeit|praxis|kanzlei|filial|sede|loja|tienda|negozio|magasin|geschäft|land|line|ext|pager|beep|voice|satel|hotline|helpline|freephone|switchboard|poziv|povrat|zpětn|volán|oddzw|apel|klic|hovor|retorn|devoluc|tele|tél|tel|mobil|móvil|movil|cel|handy|fax|gsm|kontakt|contact|contat|richiam|rappel|llamad|chiam|dzwon|whats|sms|fix|fij|fiss|cas|domic|dom|perso|altern|lavor|trabaj|trabalh|travail|bureau|uffic|oficin|escrit|emerg|urgen|secour|direct|diret|priv|famil|hogar|maison|acas|stacjon|komór|port|linea|línea|ligne|linha|linia|linka|whatsapp|servic|serviç|assist|atend|aiut|ayud|pomoc|info|central|centrál)/i

/**
 * Whether the words right before `start` are a word for "number" followed by what it numbers, and that is no phone
 * (`Numero sinistro: …`, `n.º de nómina …`; not `numero di cellulare`, `número de contacto`, `il mio numero è`).
 */
export function numberOfOther(text: string, start: number): boolean {
  const line = text.lastIndexOf("\n", start - 1) + 1
  const m = NUMBER_FIRST.exec(text.slice(Math.max(line, start - 60), start))
  if (!m) return false
  const words = m[1]!.toLowerCase().split(/[ \t]+/).filter((w) => !OF.has(w))
  // A speaker's tag after the words (`mi lascia un numero cliente: 347…` of a transcript whose lines were joined).
  if (words.some((w) => PHONE_QUALIFIER.test(w) || PHONE_WORDS.test(w) || SPEAKERS.has(w))) return false
  return words.some((w) => !FUNCTION_LIKE.has(w))
}
const SPEAKERS = new Set([...ROLES, ...PARTY_LABELS].map((w) => w.toLowerCase()))
// What stands between a word for number and what it numbers, and what follows it: prepositions, articles, possessives,
// the verb "is".
const OF = new Set(["de", "di", "do", "da", "del", "della", "dello", "dei", "du", "des", "d'", "od", "z", "ze", "la", "le", "el", "il", "lo", "o", "a"])
const FUNCTION_LIKE = new Set([
  "is", "es", "est", "c'est", "c’est", "é", "è", "e", "je", "este", "jest", "to", "ist", "er", "är", "on", "mio", "mia", "mi", "mon", "ma", "meu", "minha", "mój", "moje", "můj", "moj",
  "meu", "tuo", "tu", "su", "son", "sa", "seu", "sua", "suo", "vostro", "votre", "vuestro", "vosso", "twój", "váš", "vaše", "nuestro", "nostro", "notre",
  "nosso", "nasz", "naše", "qui", "que", "che", "care", "który", "který", "nuevo", "nuovo", "nouveau", "novo", "nowy", "nový", "nou", "ecco", "aqui", "ici",
  "aquí", "qua", "tutaj", "zde", "aici", "ovdje", "please", "pls", "prosím", "proszę", "bitte", "favor", "kérem", "molim", "prosim", "sempre", "siempre", "toujours", "é:", "corretto", "correcto", "correct", "correto", "giusto",
])

// A mail's subject line (`Subject: Application 478-933-5760`, `Oggetto: Domanda di ammissione …`).
const SUBJECT = /^[ \t>*_]*(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|ämne|emne|aihe|temat|předmět|predmet|subiect|tárgy|konu)[ \t*_]*:/iu

/**
 * Whether `start` is in a mail's subject (`Subject: Application 478-933-5760`) with no phone word before it: a subject's
 * number is the case's, the order's, the application's. A subject is short and one sentence: a text whose lines were
 * joined (`Subject: … Dear Anna, call me on …`) has its body after it.
 */
export function subjectReference(text: string, start: number): boolean {
  const line = text.lastIndexOf("\n", start - 1) + 1
  const m = SUBJECT.exec(text.slice(line, start))
  if (m === null) return false
  const subject = text.slice(line + m[0].length, start)
  return subject.length <= 60 && !/[.!?,;](?:\s|$)|:(?<!^\s*(?:re|fw|fwd|aw|wg|tr|sv|vs|odp|rif|r)\s*:)/iu.test(subject) && !PHONE_WORDS.test(text, line + m[0].length, start)
}

/**
 * Whether the words before `start` name some other number than a phone's: `<word> number` in English (`loyalty number
 * is …`), the answer to a question for one on the line before (`What's your member number?⏎Arjun: 5587030317`), a word
 * for number before what it numbers (`Numero sinistro: …`), or a mail's subject (`Subject: Application 478-933-5760`).
 */
export const otherBefore = (text: string, start: number) =>
  namedOtherNumber(text, start) || answersOtherNumber(text, start) || numberOfOther(text, start) || subjectReference(text, start)

// A possessive, a noun, then "is" (`my license it's 181 270 443`, `mi licencia es …`, `meine Mitgliedschaft ist …`).
const POSSESSED = /(?:^|[^\p{L}\p{N}])(?:my|your|our|his|her|their|mi|mio|mia|mon|ma|meu|minha|mein|meine|meinem|mijn|min|mitt|mit|moje|mój|moja|můj|meu)[ \t]+(\p{L}[\p{L}\p{M}'’-]*)[ \t]*(?:(?:is|it's|it’s|es|est|c'est|è|é|ist|er|är|je|jest|este|=)[ \t]*)?:?[ \t]*$/iu
// A bracket, a noun, then the number (`(claim 760 157 82718)`, `(Konto 684-023-57)`).
const BRACKETED = /\([ \t]*(\p{L}[\p{L}\p{M}'’-]*)[ \t]*[:#]?[ \t]*$/u

/** Whether a possessive and a noun (`my license is …`) or a bracket and a noun (`(claim …`) name the number, the noun no phone's or person's. */
export function ownedOther(text: string, start: number, isName: (word: string) => boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start)
  const word = (POSSESSED.exec(before) ?? BRACKETED.exec(before))?.[1]?.toLowerCase()
  // Someone's (`my daughter's 07700 …`, `(Anna's …`) is their phone.
  if (word === undefined || /['’]s$/.test(word)) return false
  return !PHONE_WORDS.test(word) && !PHONE_LABELS.test(word) && !PHONE_MODIFIERS.has(word) && !PHONE_QUALIFIER.test(word) && !SPEAKERS.has(word) && !RELATIVES.has(word) && !FUNCTION_LIKE.has(word) && !isName(word)
}
// Whose number it is: relatives and people around a caller (ROLE_NOUNS, and how they are called in notes and chats).
const RELATIVES = new Set([
  ...ROLE_NOUNS.map((w) => w.toLowerCase()),
  "mum", "mom", "mam", "mummy", "mommy", "dad", "daddy", "papa", "nan", "nana", "gran", "granny", "grandma", "grandpa", "grandad", "granddad",
  "grandmother", "grandfather", "aunt", "auntie", "uncle", "cousin", "niece", "nephew", "sis", "bro", "hubby", "boyfriend", "girlfriend", "bf", "gf",
  "fiance", "fiancé", "fiancée", "flatmate", "roommate", "housemate", "neighbour", "neighbor", "friend", "carer", "caregiver", "guardian", "boss",
  "manager", "colleague", "assistant", "secretary", "doctor", "gp", "lawyer", "solicitor", "accountant", "landlord", "tenant", "agent", "driver",
  "mutti", "vati", "oma", "opa", "maman", "mamie", "papi", "abuela", "abuelo", "nonna", "nonno", "mãe", "avó", "avô", "oma", "mormor", "farmor",
  "babcia", "dziadek", "mamă", "tată", "bunica", "bunicul", "anya", "apa", "nagymama", "amigo", "amiga", "ami", "amie", "freund", "freundin", "vriend", "vriendin",
])
