import { defineRecognizer, labelledValues, type Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { inPetObject } from "./person-vetoes.ts"
import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { PARTICLES } from "./person-cues.ts"
import { recordNames } from "./person-transcripts.ts"
import { recordedNames } from "./person-records.ts"
import { brandSignedCaps, greetedLowerNames } from "./person-lower-signoffs.ts"

/**
 * Fields whose value is a name or a part of one (`last_name⇥Okoro`, a CSV's `first_name` column, `"surname":
 * "Liu"`): any name-shaped value is one, lower case or an everyday word (`Young`, `Rose`) included; camelCase keys and tags
 * read as one word (`"familyName"`, `<givenName>`).
 */
const NAME_FIELDS = new Set([
  "first", "last", "first name", "firstname", "last name", "lastname", "surname", "given name", "family name", "forename", "middle name", "full name", "fullname", "givenname", "familyname", "middlename",
  "customer name", "client name", "contact name", "caller name", "agent name", "cardholder", "card holder", "cardholder name", "name on card",
  "account holder", "account holder name", "account holders", "name of account holder", "names of account holders", "policyholder", "policy holder",
  "account holder(s)", "name(s) of account holder(s)", "insured", "insured name", "beneficiary", "passenger", "passenger name", "guest name", "traveller", "traveler", "recipient name", "sender name", "kundenname", "nom du client", "nombre del cliente", "nome cliente", "klantnaam",
  "vorname", "nachname", "familienname", "prénom", "prenom", "nom de famille", "apellido", "apellidos", "primer apellido", "segundo apellido",
  "cognome", "sobrenome", "apelido", "voornaam", "achternaam", "förnamn", "efternamn", "fornavn", "efternavn", "etternavn", "etunimi", "sukunimi",
  "imię", "nazwisko", "imię i nazwisko", "příjmení", "jméno a příjmení", "prenume", "nume de familie", "prezime", "vezetéknév", "keresztnév",
  "priezvisko", "meno a priezvisko", "krstné meno", "ime i prezime", "forename(s)", "first name(s)", "given name(s)",
  "familienaam", "huésped", "absender", "pt", "omalääkäri", "hausarzt", "huisarts", "médecin traitant", "preferred", "preferred name", "known as", "nickname", "roepnaam", "tilltalsnamn", "kaldenavn", "kallenavn", "kutsumanimi", "nombre corto", "kurzname", "rufname", "nom d'usage", "nome breve", "skrót",
  // Surnames and given names in Latvian, Lithuanian, Slovenian, Ukrainian, Catalan and Icelandic.
  "uzvārds", "vārds", "pavardė", "vardas", "priimek", "прізвище", "ім'я", "ім’я", "cognom", "cognoms", "eftirnafn", "fornafn",
  // Surnames and given names in Estonian, Russian, Greek, Galician and Turkish, and a whole name's key in Galician, Spanish, Romanian, Russian, Greek and Turkish.
  "perenimi", "eesnimi", "фамилия", "отчество", "επώνυμο", "apelidos", "soyadı", "soyad", "nome completo", "nombre completo", "nume complet", "фио", "ονοματεπώνυμο", "ad soyad",
  // Whom else a form names: parents, partners, dependants, keyholders, emergency contacts (a number after the key read off).
  "parent", "parent/guardian", "parent / guardian", "guardian", "spouse", "partner", "spouse / partner", "spouse/partner", "dependent", "dependant",
  "keyholder", "key holder", "emergency contact", "next of kin", "child's name", "child name", "preparer",
  "payer", "pupil", "patient", "skipper", "co owner", "co owner / skipper", "co owner/skipper", "referred by",
  // Who else an account, a loan or a vehicle names.
  "co-signer", "cosigner", "co signer", "co-borrower", "guarantor", "authorised user", "authorized user", "registered keeper", "borrower",
])
// A qualified name's key (`Patient surname:`, `Pupil first name:`): what it ends with says a name follows. So does a bot's or a
// speech engine's reading of the caller's name (`asr_name="colm o'sullivan"`, `nom_reconnu=…`, `namn_asr=…`; RECOGNISED_NAME).
const NAME_KEY_END = /(?:^| )(?:surname|forename|first name|last name|given name|family name|full name)$/
const RECOGNISED_NAME = /^(?:(?:asr|stt|nlu|bot|ivr|spoken|heard|detected|captured|recogni[sz]ed) (?:name|nom|nombre|nome|naam|namn|navn|nimi)|(?:name|nom|nombre|nome|naam|namn|navn|nimi) (?:asr|stt|nlu|reconnu|erkannt|reconocido|riconosciuto|herkend|igenkänt|tunnistettu|recogni[sz]ed))$/
// A key whose remark says how the name is written (`Owner (SURNAME, Forename):`).
const SURNAME_FORENAME = /\((?:surname|last name),? ?(?:forename|first name)s?\)[ \t]*:[ \t]*$/i
// French and Romanian `nom`/`nume` right after `prenom`/`prenume` in one JSON object is the surname
// (`"prenom":"Aimé","nom":"Thériault"`), which no first-name list knows.
const FIRST_KEY_BEFORE = /"(?:prenom|prénom|prenume)"\s*:\s*"[^"\n]{1,40}"\s*,\s*"(?:nom|nume)"\s*:\s*"$/iu
const surnameAfterFirst = (text: string, start: number) => FIRST_KEY_BEFORE.test(text.slice(Math.max(0, start - 100), start))

/**
 * Fields that name a person or something else (`name` of a product, `owner⇥Billing Team`, `customer⇥C-1042`): a
 * value counts when it is capitalised, name-shaped, and not only everyday words.
 */
const ROLE_FIELDS = new Set([
  "name", "nom", "nombre", "nome", "naam", "namn", "navn", "nimi", "jméno", "meno", "nume", "ime", "név", "име", "vardas", "vārds", "όνομα",
  "пътник", "keleivis", "pasažieris", "cestujúci", "passeggero", "pasajero", "passager", "passagier", "passenger",
  "agent", "customer", "client", "caller", "contact", "contact person", "owner", "account owner", "reviewer", "assignee", "assigned to", "rep",
  "representative", "advisor", "supervisor", "manager", "requester", "reporter", "submitted by", "created by", "handled by", "updated by",
  "signed by", "ansprechpartner", "bearbeiter", "sachbearbeiter", "kunde", "berater", "conseiller", "interlocuteur", "agente", "cliente", "titular",
  "operatore", "referente", "klant", "medewerker", "contactpersoon", "klient", "konsultant", "kund", "handläggare", "kontaktperson", "asiakas",
  // Whom a booking, a claim or a visit names besides the customer: a co-traveller, a named driver, the adjuster or tradesman sent.
  "companion", "travel companion", "co-traveller", "co-traveler", "additional driver", "named driver", "main driver", "lead driver", "second driver",
  "loss adjuster", "adjuster", "claims adjuster", "surveyor", "assessor", "carer", "caregiver", "care worker", "visiting nurse", "nurse",
  "plumber", "electrician", "engineer", "technician", "installer", "schadenexperte", "sachverständiger", "gutachter", "expert", "experte",
  "perito", "taksator", "schadeexpert", "expert en sinistres", "monteur", "handwerker", "tecnico", "técnico", "fontanero", "idraulico", "canalizador",
  // A hotel's guest, a university's applicant, a desk's member of staff.
  "guest", "applicant", "staff", "staff member",
  // Whom a funeral or a ticket is for (`deceased="darragh byrne"`, `Ticket holder: Ama Quaye`).
  "deceased", "ticket holder", "ticketholder",
])

/** Values that fill a name field without naming anyone. */
const PLACEHOLDERS = new Set(["n/a", "na", "none", "null", "nil", "unknown", "anonymous", "anon", "test", "tbd", "tba", "system", "admin", "bot", "ivr", "auto",
  "queue", "team", "support", "yes", "no", "true", "false", "unassigned", "nobody", "undefined", "guest", "customer", "agent", "caller", "withheld", "redacted",
  // A desk's or a job's state where a person's name would stand (`agent=Away`, `Technician: TBC`).
  "tbc", "ready", "away", "busy", "available", "offline", "online", "idle", "open", "closed", "done", "various", "any", "other", "self", "me"])

// One to five words, each an initial (`A.`) or letters with inner apostrophes and hyphens (`O'Brien`, `al-Farsi`, `Ó`).
const NAME_SHAPE = /^(?:\p{Lu}\.|\p{L}[\p{L}\p{M}'’-]*)(?:[ \u00A0]+(?:\p{Lu}\.|\p{L}[\p{L}\p{M}'’-]*)){0,4}$/u

// Between two names in one value: `and`, `&`, or the word for it in the covered languages (not `y` or `e`, which
// also join a Spanish or Portuguese double surname: `da Silva e Souza`).
const JOINED = /[ \u00A0]+(?:and|&|und|et|en|og|och|ja|és|şi|ve)[ \u00A0]+/gu

// The keys that are the word "name" itself: two or more capitalised words there are a person's name whether or not a
// first-name list knows them (`"name": "Oratile Tau"`, a table's `name` column).
const NAME_KEYS = new Set(["name", "nom", "nombre", "nome", "naam", "namn", "navn", "nimi", "jméno", "meno", "nume", "ime", "név", "име", "vardas", "vārds", "όνομα"])

/**
 * Where the name starts once a leading title (`Dr.`, `Frau`) is passed over, and whether only its `name` key made it one
 * (no first name a list knows, no initial: scored lower); undefined when the value is no name.
 */
function nameStart(value: string, role: boolean, nameKey = false, quoted = false): { at: number; byKey: boolean } | undefined {
  if (value.length < 2 || value.length > 60 || !NAME_SHAPE.test(value) || PLACEHOLDERS.has(value.toLowerCase())) return undefined
  if (role && quoted && lowerName(value, nameKey)) return { at: 0, byKey: false }
  // Its words, as NAME_SHAPE split them: an initial keeps its dot.
  const words = value.split(/[ \u00A0]+/)
  const title = words.length > 1 && nameWords.isTitle(words[0]!.replace(/\.$/, "").toLowerCase())
  const skip = title ? value.indexOf(words[1]!, words[0]!.length) : 0
  if (words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) return undefined
  if (!role) return { at: skip, byKey: false }
  // A role's value (`Customer: yes that's me`, `owner⇥Billing Team`): capitalised, at most four words, none of them an
  // everyday word that is no first name, and one of them a known first name or an initial (`B. Okafor`).
  const tokens = title ? words.slice(1) : words
  const initial = tokens.some((w) => /^\p{Lu}\.$/u.test(w))
  // A surname's particles are no everyday words there (`DUARTE DOS SANTOS`, `Itzel de la Cruz`).
  const rest = tokens.filter((w) => !/^\p{Lu}\.$/u.test(w)).map((w) => w.toLowerCase()).filter((w) => !PARTICLE_WORDS.has(w))
  // Nor a machine's or a tool's name (`Auto Router`, `Genesys Bot`; a surname may be such a word: `Kenneth Go`).
  if (!/^\p{Lu}/u.test(value.slice(skip)) || rest.length > 4 || rest.some((w) => nameWords.isOrdinary(w)) || PLACEHOLDERS.has(rest[0] ?? "") || NOT_AGENTS.has(rest[0] ?? "")) return undefined
  if (initial || rest.some((w) => nameWords.isFirst(w))) return { at: skip, byKey: false }
  return nameKey && rest.length >= 2 ? { at: skip, byKey: true } : undefined
}

/**
 * A quoted role's value typed in lower case as a person writes their own name in a form that a log then prints
 * (`customer="cathal moloney"`, `ticket_holder="németh attila"`): two to four lower-case words, one of them a listed
 * first name that is no everyday word (any first name under a `name` key before a contact), none an everyday word; not
 * a state or a product (`"pending review"`).
 */
function lowerName(value: string, nameKey: boolean): boolean {
  if (!LOWER_VALUE.test(value)) return false
  // A surname's particles are written lower case with it (`thandeka van der merwe`): no everyday word there.
  const words = value.split(" ").filter((w) => !PARTICLE_WORDS.has(w))
  // Under a `name` key with a phone or an address after it, a first name no list knows, or one that is also a word (`mark`).
  return (nameKey || words.some((w) => nameWords.isPlainFirst(w))) && !words.some((w) => nameWords.isOrdinary(w) || PLACEHOLDERS.has(w) || ORGANISATION_WORDS.has(w) || NOT_AGENTS.has(w) || nameWords.isTitle(w))
}
const PARTICLE_WORDS = new Set(PARTICLES)
const LOWER_VALUE = /^\p{Ll}[\p{Ll}\p{M}'’-]+(?: \p{Ll}[\p{Ll}\p{M}'’-]+){1,3}$/u

/**
 * The whole value of a key only a person fills (`driver: Mark`, `Technician: Radost`, `"technician": "Pui Shan"`): one to
 * three capitalised words, each a listed first name even when it is an everyday word too (`Grace`, `Hope`) or a word
 * no list knows as an everyday one (`Hina`, `Kumaresan`); never a placeholder, a firm's or a tool's word.
 */
function roleOnlyName(value: string): boolean {
  if (!ROLE_VALUE.test(value)) return false
  return value.split(" ").every((w) => {
    const lower = w.toLowerCase()
    if (PLACEHOLDERS.has(lower) || ORGANISATION_WORDS.has(lower) || NOT_AGENTS.has(lower) || nameWords.isTitle(lower)) return false
    return nameWords.isListedFirst(lower) || !nameWords.isOrdinary(lower)
  })
}
const ROLE_VALUE = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+){0,2}$/u
// Keys whose value is the person sent or on duty, on a job's form, a YAML record or a JSON object: never a team or a product.
const PERSON_ONLY_ROLES = new Set(["technician", "tecnico", "técnico", "driver", "crew lead", "crew leader", "courier", "installer", "fitter", "plumber", "electrician",
  "assignee", "assigned to", "reporter", "handled by"])
/**
 * Whether a mail address or a phone-like number follows in the same row or object (a person's record, not a
 * product's). A JSON object printed over several lines has its keys on lines of their own: there the object ends it.
 */
function contactAfter(text: string, end: number, json: boolean): boolean {
  let stop = Math.min(text.length, end + 160)
  for (const c of json ? ["}"] : ["\n", "}"]) {
    const at = text.indexOf(c, end)
    if (at >= 0 && at < stop) stop = at
  }
  return CONTACT.test(text.slice(end, stop))
}
// A mail address, a value under a phone's key, a number written with `+` (not an id, a date or an amount), or a table's
// cell of nine digits or more alone (`| 07477 948976 |`). A sign may stand before the number (`"phone": "🇰🇪 306.927.3565"`).
const CONTACT = /[^\s@"]@[^\s@"]+\.\p{L}|(?:phone|mobile|tel|cell|whatsapp|sms|msisdn)[\w-]*"?\s*[:=|]\s*"?(?:[^\p{L}\p{N}\s"]{1,8}\s*)?\+?\(?\d|\+\d[\d ().-]{6,}\d|\|[ \t]*\(?(?:\d[ ().-]?){8,}\d[ \t]*(?:\||$)/iu
// Roles only a person fills, in a JSON or log record (not a form's line, where a desk is written as often).
// So is an export's or a record's owner, guest, applicant, account holder or caller (`"owner": "Ines da Costa"` of a pet or a
// meter); a team's or a product's name holds an organisation's or an everyday word (`"owner": "Platform Team"`).
const PERSON_ROLES = new Set(["agent", "agente", "agent name", "handled by", "handläggare", "sachbearbeiter", "assignee", "assigned to", "technician", "tecnico", "técnico", "operatore", "medewerker",
  "owner", "guest", "applicant", "staff", "staff member", "account holder", "policyholder", "caller"])
// A log's or a JSON record's quoted actor (`by="Marlize"`, `"msg":"assigned","to":"Külli Rebane"`): the whole value a
// person's name as under PERSON_ONLY_ROLES; not on a form's line (`By: Friday`).
const QUOTED_ACTORS = new Set(["by", "to"])
// Emoji and signs a form puts before its value (`Co-signer: 🎓 Lesego Dintwe`).
const SIGNS_BEFORE = /^[^\p{L}\p{N}]*\s/u
// Most values open with an ASCII letter or digit, which no sign and no space is: read before the expression.
const asciiLetterOrDigit = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
/** Whether a key's `)` then its `:` end the 40 units before `at` (SURNAME_FORENAME's end), read back in place first. */
function remarkKeyBefore(text: string, at: number): boolean {
  const from = Math.max(0, at - 40)
  let i = at
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  if (i <= from || text.charCodeAt(i - 1) !== 58) return false
  i--
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  return i > from && text.charCodeAt(i - 1) === 41
}

/**
 * A name in a field that says it holds one: a CSV's or a table's `first_name` and `last_name` columns, a CRM
 * export's `last_name⇥Okoro`, `owner = Yuki Nakamura`, `Reviewer: A. Pemberton`, `"surname": "Liu"`. Each column is its
 * own finding, as a reader would mark it. The header may be lines above: see core/fields.ts.
 */
export const personFields = defineRecognizer({
  type: "PERSON",
  name: "person-field",
  score: 0.95,
  find(text) {
    const found: Candidate[] = []
    const values = labelledValues(text)
    // A table with a column for a part of the name (`Apellidos,Nombre,…`, `Nume;Prenume;…`): its `name` column holds the
    // other part, a given name or a surname any list may not know.
    const partsTable = values.some((v) => v.from === "table" && NAME_FIELDS.has(v.label) && !NAME_KEYS.has(v.label))
    // A table's `given` and `family` columns together are a name's parts; either alone is a word's column (`family` of a plant).
    const givenFamily = values.some((v) => v.from === "table" && v.label === "given") && values.some((v) => v.from === "table" && v.label === "family")
    for (const v of values) {
      const surname = v.from === "json" && (v.label === "nom" || v.label === "nume") && surnameAfterFirst(text, v.start)
      // `Keyholder 1:`, `Patient (child):`: the key without its number or its remark.
      // An emergency contact's key is the key it qualifies (`name_sos`, `nombre_sos`, `Name (ICE)`).
      // Each of these ends in a word after a space: a key of one word (most are) is its own.
      const key = v.label.includes(" ") ? v.label.replace(/ \d$/, "").replace(/ \([^()]{1,30}\)$/, "").replace(/ (?:sos|ice)$/, "") : v.label
      // A form's or a table's numbered name keys (`Name (1):`, `Navn 2:`, columns `"Nimi 1";"Nimi 2"`) split one person's
      // name: each holds a part of it.
      const numberedName = NAME_KEYS.has(key) && (v.from === "line" ? NUMBERED_KEY.test(text.slice(Math.max(0, v.start - 12), v.start)) : v.from === "table" && key !== v.label && / \d$/.test(v.label))
      const named = numberedName || (givenFamily && v.from === "table" && (v.label === "given" || v.label === "family")) || (partsTable && v.from === "table" && NAME_KEYS.has(key)) || NAME_FIELDS.has(v.label) || NAME_FIELDS.has(key) || NAME_KEY_END.test(v.label) || RECOGNISED_NAME.test(key) || remarkKeyBefore(text, v.start) && SURNAME_FORENAME.test(text.slice(Math.max(0, v.start - 40), v.start))
      const actor = v.from === "json" && QUOTED_ACTORS.has(key)
      const role = (ROLE_FIELDS.has(v.label) || ROLE_FIELDS.has(key) || PERSON_ONLY_ROLES.has(key) || actor) && !surname && !named
      if ((!role && !surname && !named) || (v.from === "json" && inPetObject(text, v.start))) continue
      // A person-only role's key (`"agent": "Ruwan Bandara"`) holds a name of two words as the name key does.
      const nameKey = role && ((NAME_KEYS.has(key) && contactAfter(text, v.end, v.from === "json")) || (PERSON_ROLES.has(key) && v.from !== "line"))
      // Two people in one field (`Jamal Ramaswamy and Harper Okafor`, `Anna & Jan Berg`): each its own finding.
      const signs = asciiLetterOrDigit(text.charCodeAt(v.start)) ? 0 : (SIGNS_BEFORE.exec(text.slice(v.start, v.end))?.[0].length ?? 0)
      const valueStart = v.start + signs
      const value = text.slice(valueStart, v.end)
      let from = 0
      for (const part of [...value.matchAll(JOINED), { index: value.length, 0: "" }]) {
        const part0 = value.slice(from, part.index)
        // Only a whole value: a desk's name joined to another's (`Harbour Gas and Water, Quang speaking`) is none.
        const whole = part0.length === value.length && (PERSON_ONLY_ROLES.has(key) || actor) && roleOnlyName(part0)
        const name = nameStart(part0, role, nameKey, v.from === "json") ?? (role && whole ? { at: 0, byKey: false } : undefined)
        if (name) found.push({ start: valueStart + from + name.at, end: valueStart + part.index!, ...(name.byKey ? { score: 0.7 } : {}) })
        from = part.index! + part[0].length
      }
    }
    if (text.includes("=")) bareLogNames(text, found)
    recordNames(text, found)
    recordedNames(text, found, nameWords.isFirst)
    greetedLowerNames(text, found)
    brandSignedCaps(text, found)
    return found
  },
})

const NUMBERED_KEY = / (?:\(\d\)|\d)[ \t]*:[ \t]*$/
// A log line's unquoted pair whose key is a person's part (`msisdn=+63… agent=Bong app=v10`): one capitalised word, a surname with
// an inner capital (`guest=LeBlanc`) or an Irish surname's capital particle and its word (`Ní Bhriain`), an initial maybe before.
const BARE_LOG_NAME = /(?<![\w.-])(agent|agent_name|rep|staff|guest|applicant|account_holder|account-holder|policyholder|cardholder|patient|owner|user|username|customer|caller|operator|assignee|handler)=((?:\p{Lu}\. ?)?(?:(?:Ó|Ní|Uí|Nic|Mac|Mhic) )?\p{Lu}(?:[\p{Ll}\p{M}'’]{2,24}|\p{Ll}{1,3}\p{Lu}[\p{Ll}\p{M}]{2,20}))(?=[ \t,;&]|$)/gmu
// Another `key=value` pair on the same line: the line is a log's, not prose that holds an `=`.
const OTHER_PAIR = /(?<![\w.-])[A-Za-z_][\w.-]{0,30}=[^\s=]/g
// Keys only a person is the value of (a desk's staff member, a hotel's guest, an applicant, an account's holder);
// under the others (`user=`, `operator=`, `customer=`, `owner=`) a system, a carrier, a team or a tier is as often
// (`user=Deploy`, `operator=Vodafone`, `owner=Platform`): there a known given name, or any name when the same line
// names a person under a person-only key (`owner=Oláh staff=Štefan`: the record is about people).
const PERSON_ONLY_KEYS = new Set(["agent", "agent_name", "rep", "staff", "guest", "applicant", "account_holder", "account-holder", "policyholder", "cardholder", "patient"])
// An ISO time stamp and a level opening a line.
const LOG_STAMP = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)? +(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL)\b/
// What follows a pair's whole value: the line's end or another pair, not more words.
const VALUE_ENDS = /^(?:\r?\n|$|[ \t]+[A-Za-z_][\w.-]{0,30}=)/
const PERSON_ONLY_PAIR = /(?<![\w.-])(?:agent|agent_name|rep|staff|guest|applicant|account_holder|account-holder|policyholder|cardholder|patient)=\p{Lu}/u

/** Names under a log line's unquoted person key; no everyday word (`agent=Lovely`), placeholder or product. Each line's pairs counted once. */
function bareLogNames(text: string, found: Candidate[]): void {
  let countedLine = -1
  let pairs = 0
  let personLine = false
  BARE_LOG_NAME.lastIndex = 0
  for (let m = BARE_LOG_NAME.exec(text); m; m = BARE_LOG_NAME.exec(text)) {
    const word = m[2]!
    const lower = word.toLowerCase()
    // A listed first name that is an everyday word too (`agent=Mercy`) counts under a person-only key when it is the
    // whole value: the line or the next pair follows.
    const wholeListed = PERSON_ONLY_KEYS.has(m[1]!) && nameWords.isListedFirst(lower) && VALUE_ENDS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))
    if ((nameWords.isOrdinary(lower) && !wholeListed) || PLACEHOLDERS.has(lower) || ORGANISATION_WORDS.has(lower) || NOT_AGENTS.has(lower)) continue
    const lineStart = text.lastIndexOf("\n", m.index) + 1
    if (lineStart !== countedLine) {
      const lineEnd = text.indexOf("\n", m.index)
      const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd)
      countedLine = lineStart
      // A line a logger stamped (`2026-08-17T11:28:46Z INFO … agent=Mercy`) is a log's with a single pair too.
      pairs = (line.match(OTHER_PAIR)?.length ?? 0) + (LOG_STAMP.test(line) ? 1 : 0)
      personLine = PERSON_ONLY_PAIR.test(line)
    }
    if (pairs < 2) continue
    if (!PERSON_ONLY_KEYS.has(m[1]!) && !nameWords.isFirst(lower) && !(m[1] === "owner" && personLine)) continue
    const start = m.index + m[0].length - word.length
    found.push({ start, end: nameTailEnd(text, start + word.length), score: 0.75 })
  }
}

/**
 * Where a name written unquoted ends (`agent=Rosa Dell'Acqua cb=…`, `agent=Nur Aisyah binte Ismail`): capitalised words
 * and particles up to the next key, three more words at most, none an everyday word (`agent=Anna Smith Logged In`).
 */
function nameTailEnd(text: string, end: number): number {
  for (let n = 0; n < 3; n++) {
    NAME_PART.lastIndex = end
    const m = NAME_PART.exec(text)
    // A verb's past or -ing form ends it too (`Logged`, `Transferred`, `Calling`).
    if (!m || (m[1] !== undefined && (nameWords.isOrdinary(m[1].toLowerCase()) || /(?:ed|ing)$/.test(m[1])))) break
    end += m[0].length
  }
  return end
}
const NAME_PART = /(?: (?:(?:bin|binti|binte|van|von|de|del|della|da|dos|du|le|la|ap|al|el)(?= \p{Lu})|(\p{Lu}[\p{L}\p{M}'’-]*))(?![\p{L}\p{M}\p{N}=_.]))/uy
// Browsers, tools and systems a log names as its agent or user (`agent=Chrome`, `user=Jenkins`), beside PLACEHOLDERS.
const NOT_AGENTS = new Set(["chrome", "firefox", "safari", "edge", "opera", "mozilla", "curl", "wget", "postman", "jenkins", "cron", "root", "android", "ios", "iphone", "windows", "linux", "macos", "okhttp", "python", "java", "node", "bun", "deno", "go", "axios", "nice", "cxone", "genesys", "twilio", "zendesk", "salesforce", "studio", "default", "service", "api", "webhook", "googlebot", "bingbot", "crawler", "spider", "apache", "nginx", "dalvik", "edg", "okta", "azure", "aws"])
