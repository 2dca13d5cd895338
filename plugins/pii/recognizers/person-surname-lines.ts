import type { Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { eastAsianSurnameFirst } from "./person-east-asian.ts"
import { listHeading } from "./line-start.ts"
import { contactRow } from "./person-rows.ts"
import { listedSurnameFirst, PARTICLE_SET } from "./person-cards.ts"
import { COMMON_WORDS, GREETINGS, NEVER_NAMES, ROLE_NOUNS, ROLES, SIGN_OFFS } from "./person-cues.ts"
import { MONTHS, PLACES_AND_BRANDS } from "../data/everyday-words.ts"

// A note's or a callback's line naming its person surname first (`CB Fitzgerald, Tadhg 083 809 4255 re …`, `Assigned to:
// Okafor, Ethan`, `Kunde: Schmidt, Tobias`, `Last updated by Clarke, James on 18 February`, `Ashworth, Harry | 07712 …`):
// after the line's start, a list's item marker (`1. Ortega, Marisol – (305) …`, `- Zielinski, Tomasz – NI no. …`), one
// or two short words opening it (`CB`, `Ring til`), a key's colon, a breadcrumb's `>` or `by`, a key in capitals before a
// screen's column of spaces (`OWNER     MAGUIRE, EIMEAR`, `NAME........: DELACROIX, RENEE`),
// or a row's cells (`CB | 02/05/2026 15:49 | Okonkwo, Rhys | …`); before the line's end, a cell's bar, a bracket, a phone's
// `+` or first digit, a comma before a number (`Customer: Ryan, Tomás, 087 …`) or `on`. One finding, the whole name.
const SURNAME_BEFORE_COMMA = /(?:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]* (?:da|de|do|dos|das|del|della|di|van|von|der|den|le|la) \p{Lu}[\p{L}\p{M}'’-]*|(?:\p{Ll}{1,4} ){1,2}\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}{2,} \p{Lu}[\p{Lu}\p{M}'’-]+|\p{Lu}\p{Ll}[\p{L}\p{M}'’-]* \p{Lu}\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}[\p{L}\p{M}'’-]*)$/u
// A given name as written, or in capitals after a surname in capitals (`STRACHAN, CALLUM`, `HOLLOWAY, TRAVIS M`); a middle
// initial at the line's end.
const GIVEN_AFTER_COMMA = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?: \p{Lu}[\p{Ll}\p{M}'’]+)?|(\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}[\p{Lu}\p{M}'’]+)?(?: \p{Lu}[\p{Lu}\p{M}'’]+)?)(?![\p{L}\p{M}]))(?: \p{Lu}(?=\.?[ \t]*(?:\r?\n|$)))?/u
const LINE_OPENING = /^[ \t]*(?:(?:#?\d{1,2}[.)]|[-•·*])[ \t]+|([\p{Lu}][\p{Lu}\p{M}.]{1,15}(?: [\p{Lu}\p{M}.]{1,15})?(?=[ \t]{2})|[^\n]{0,40}?(?:[:>]|[ \t]by)(?=[ \t])|[^\n\s=|]{1,20}=)[ \t]*|(?:[\p{L}.]{1,10}[ \t]+){0,2}|(?:[^\n|]{0,40}\|[ \t]+){1,4})$/u
// Without a key before it, a bare line ending after the name is a sign-off's (`Abraços, João Pedro`).
const LINE_END = /^[ \t]*(?:\r?\n|$)/u
const PERSON_KEY = /(?:^|[^\p{L}])(?:customer|client|cliente|kunde|kundin|klant|kund|klient|klientka|zákazník|zákaznice|asiakas|caller|anrufer(?:in)?|appelante?|llamante|chiamante|chamador(?:a)?|beller|uppringare|innringar|innringer|opringer|dzwoniący|volající|soittaja|contacts?|kontakt|kontaktperson|details|contact details|daten|kontaktdaten|coordonnées|dati|datos|dados|gegevens|contato|contacto|kapcsolattartó|yhteyshenkilö|cust|name|naam|nom|nombre|nome|namn|navn|nimi|nazwisko|imię|prénom|nome|apelido|apellidos?|cognome|vorname|nachname|voornaam|achternaam|last, first|insured|policyholder|employee|patient|patiënt|paciente|pacjent|pt|patientin|pasient|potilas|utente|paziente|déclarant|déclarante|declarante|segnalante|melder(?:in)?|besteller(?:in|\/in)?|titular|intestatario|assuré|versicherte[rn]?|ubezpieczony|assigned to|assignee|owner|by|zuständig|tildelt|tilldelad|přiděleno|przypisano|atribuído a|asignado a|assegnat[ao] a|attribuée? à|toegewezen aan|oddzwonić|zavolat)(?:[ \t]+\d{1,2})?[ \t]*(?:\.{2,}[ \t]*)?[:>=]?$/iu
// The keys of a trade's record, numbered too (`Passenger:`, `Borrower 2:`, `Lessee:`, `Reisender:`, `Acheteur :`): a
// person's as often as a place's or a class's (`Recipient: Warehouse, Leeds`, `Member: Gold, Platinum`), so their given
// name is a listed one. Any other key is none (`Category: Refund, Faith`, `Room: Superior, King`); a place's names none.
const TRADE_KEY = /(?:^|[^\p{L}])(?:passenger|passagier|passager|pasajero|passeggero|passageiro|pasażer|borrower|co-borrower|applicant|co-applicant|candidate|kandydat(?:ka)?|kandidat|ansøger|sökande|aanvrager|antragsteller(?:in)?|demandeur|demandeuse|solicitante|requerente|wnioskodawca|student(?:in)?|studerende|étudiante?|estudante|estudiante|tenant|mieter(?:in)?|huurder|locataire|inquilino|inquilina|lejer|account holder|holder|member|mitglied|medlem|membre|socio|sócio|donor|donateur|spender(?:in)?|guest|gast|buyer|dependent|dependant|spouse|prescriber|physician|driver|lessee|hirer|renter|subscriber|abonné|abonnée|abonnent(?:in)?|abbonato|abbonata|suscriptor(?:a)?|reisende[rn]?|traveller|traveler|voyageur|voyageuse|viajero|viajera|viaggiatore|viaggiatrice|versicherte\/r|assicurato|assicurata|asegurado|asegurada|segurado|segurada|acheteur|acheteuse|comprador(?:a)?|acquirente|käufer(?:in)?|koper|adhérente?|afiliado|afiliada|iscritto|iscritta|beneficiary|beneficiario|beneficiaria|bénéficiaire|begünstigte[rn]?|claimant|antragsteller\/in|ansprechpartner(?:in)?|contact person|kontaktperson|referente|titulaire|betroffene[rn]?|arguid[oa]|lead|lead guest|resp\.|responsable|responsible)(?:[ \t]+\d{1,2})?[ \t]*(?:\.{2,}[ \t]*)?[:>=]?$/iu
const PLACE_KEY = /(?:^|[^\p{L}])(?:route|location|address|addr|city|town|destination|origin|branch|depot|site|station|stop|pickup|pick-up|drop-off|dropoff|delivery|venue|region|area|ort|stadt|adresse|standort|ville|lieu|trajet|ciudad|ruta|destino|città|luogo|tragitto|plaats|locatie|bestemming)(?:[ \t]+\d{1,2})?[ \t]*[:>=]?$/iu
// The desk's side only: a customer's key (`Kunde: Schmidt, Tobias`) is a CRM field as often as a speaker's tag.
const CUSTOMERS = new Set(["customer", "client", "cliente", "kunde", "kundin", "klant", "kund", "klient", "klientka", "zákazník", "zákaznice", "asiakas", "korisnik", "ügyfél", "müşteri"])
const SPEAKERS = new Set(ROLES.concat(["speaker", "konsultants", "þjónustufulltrúi"]).filter((w) => !CUSTOMERS.has(w)))
// A role word right before the name in a note's sentence (`donor Ferguson, Moira called re …`, `pt Nakamura, Ken resched`, `Mitgl. Gruber, Johann
// (PK-118204) fragt`, `kunde Nielsen, Rasmus + Camilla …`), and a verb, a bracket, a sign, a stop or the line's end after it.
// A title between them too (`Kundin Frau von der Heyden, Charlotte ruft …`).
const ROLE_WORDS = String.raw`donor|member|customer|cust|client|patient|pt|caller|guest|insured|tenant|applicant|borrower|passenger|student|tutor|kunde|kundin|kd\.|mitgl\.|mitglied|vers\.|versicherte[rn]?|mieter(?:in)?|klant|cliente|membre|socio|sócio|lid|medlem|kund|klient|klientka|donateur|spender(?:in)?|asegurad[oa]|segurad[oa]|assicurat[oa]|assurée?`
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[\s(–—-])(?:${ROLE_WORDS})[ \t]+(?:(?:frau|herr|mr|mrs|ms|mme|sr|sra|pan|pani)\.?[ \t]+)?$`, "iu")
// The role word read as a surname's first word (`Customer Delacroix-Whitfield, Anneliese called`): it stands before the name.
const ROLE_WORD = new RegExp(String.raw`^(?:${ROLE_WORDS}) (?=\p{Lu})`, "iu")
const DEPARTMENTS = /^(?:services?|care|support|relations|experience|success|advice|liaison|team|desk|finance|loans|rewards|transport|affairs|operations|accounts|retention|solutions|feedback|journey|engagement|onboarding|helpdesk|hub|portal|line|centre|center)$/iu
const AFTER_ROLE = /^(?:[ ]+(?:\p{Ll}|[+&(/]|\d)|[.,;:)]|[ \t]*(?:\r?\n|$))/u
// Spaces only: a cell before a tab is a sheet's, read under its header (TAB_CELL).
const AFTER_NAME = /^(?:\.?[ ]*(?:\r?\n|$)|[ ]*(?:\||\(|\+|\d)|[ ]+on[ ]|[ ]+[–—-][ ]|[ ]{3,}\p{Lu}{2,}[\p{Lu}. #]{0,12}:|,[ ]*(?:[+(\d]|[\p{L}\p{N}._+-]+@))/u

// A sign-off, a greeting, a desk's role or a never-name (a weekday: `pt Friday, June resched`) before the comma (`Regards,
// Geneviève Bouchard`, `Assistente, Mercedes`), a
// first name opening two words before it (`Lachlan Thompson, June 12`), or a month and a day after it (`Spokane, May 3`;
// not `Přiděleno: Dvořák, Jan`).
const NOT_SURNAME = new Set([...SIGN_OFFS, ...GREETINGS, ...ROLES, ...ROLE_NOUNS, ...NEVER_NAMES].flatMap((w) => w.toLowerCase().split(" ")))
const MONTH_WORDS = new Set(MONTHS.map((m) => m.toLowerCase()))
const notSurname = (surname: string, given: string, next: string, keyed: boolean) =>
  surname.split(" ").some((w) => !PARTICLE_SET.has(w) && NOT_SURNAME.has(w.toLowerCase())) || (surname.includes(" ") && /^\p{Lu}/u.test(surname) && !PARTICLE_SET.has(surname.split(" ")[0]!.toLowerCase()) && nameWords.isListedFirst(surname.split(" ")[0]!.toLowerCase())) || (MONTH_WORDS.has(given.split(" ")[0]!.toLowerCase()) && /^ ?\d/.test(next)) ||
  // Two words after the comma, the second no given name, are a whole name (`Jah, Jüri Sepp`), not a given one.
  (!keyed && given.includes(" ") && !nameWords.isListedFirst(given.split(" ")[1]!.toLowerCase()) && !eastAsianSurnameFirst(surname, given)) ||
  // A place and its country, each also a name (`Paris, France – trip notes`, a cell `Paris, France |`).
  (PLACE_LIKE.has(surname.toLowerCase()) && PLACES.has(given.toLowerCase()))
const PLACES = new Set(PLACES_AND_BRANDS)
const PLACE_LIKE = new Set([...COMMON_WORDS, ...PLACES_AND_BRANDS])

// A list of places (`Nearest branches:⏎1. Harrogate, Victoria – 01423 …`): a town and its district, not a person.
const PLACES_HEADING = /(?<![\p{L}])(?:branch(?:es)?|offices?|stores?|shops?|locations?|sites?|depots?|warehouses?|showrooms?|nearest|filialen?|standorte?|agences?|magasins?|sucursal(?:es)?|tiendas?|negozi|sedi|vestiging(?:en)?|winkels?|butik(?:er)?|kontor(?:er)?)(?![\p{L}])/iu
const PLACES_ITEM = /^[ \t]*(?:#?\d{1,2}[.)]|[-•·*])[ \t]/
function placesListed(text: string, lineStart: number): boolean {
  const [from, to] = listHeading(text, lineStart, PLACES_ITEM)
  return PLACES_HEADING.test(text.slice(from, to))
}

// A chat's speaker before the line (`Indrė (12:01): Ačiū, Tomas.`): a stamp in the key, or a listed first name as the key.
const STAMP = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?/
function chatSpeakerKey(key: string): boolean {
  if (/\d{1,2}[:.]\d{2}\)?[ \t]*[:>=]?[ \t]*$/.test(key)) return true
  if (PERSON_KEY.test(key)) return false
  const word = /^(\p{L}+)[ \t]*[:>=][ \t]*$/u.exec(key.replace(STAMP, ""))?.[1]
  return word !== undefined && nameWords.isListedFirst(word.toLowerCase())
}

export function lineSurnameFirst(text: string, found: Candidate[]): void {
  for (let comma = text.indexOf(", "); comma >= 0; comma = text.indexOf(", ", comma + 2)) {
    const lineStart = text.lastIndexOf("\n", comma - 1) + 1
    const before = SURNAME_BEFORE_COMMA.exec(text.slice(Math.max(lineStart, comma - 40), comma))
    const after = before && GIVEN_AFTER_COMMA.exec(text.slice(comma + 2, comma + 42))
    if (!before || !after) continue
    // Lower-case words before the surname are its particles (`dos Santos`) or the line's opening words (`Ring til`).
    let surname = before[0]
    while (/^\p{Ll}/u.test(surname) && !PARTICLE_SET.has(surname.slice(0, surname.indexOf(" ")))) surname = surname.slice(surname.indexOf(" ") + 1)
    const bare = surname.replace(ROLE_WORD, "")
    if (bare !== surname && DEPARTMENTS.test(bare)) continue
    surname = bare
    const start = comma - surname.length
    const end = comma + 2 + after[0].length
    // The line's opening words are few (LINE_OPENING): a longer run before the name is no such line.
    if (start - lineStart > 60) continue
    const opening = LINE_OPENING.exec(text.slice(lineStart, start))
    const role = ROLE_BEFORE.test(text.slice(Math.max(lineStart, start - 24), start)) && AFTER_ROLE.test(text.slice(end, end + 3))
    if (opening && opening[0].trim() && /^[ \t]*(?:#?\d|[-•·*])/.test(opening[0]) && placesListed(text, lineStart)) continue
    // A screen's key before spaces (`NAME      SMITH, JOHN   ACCT 0042`): its next column may follow after two spaces.
    const column = opening?.[1] !== undefined && /^[\p{Lu}.]+(?: [\p{Lu}\p{M}.]+)?$/u.test(opening[1]) && /^[ \t]{2,}\S/.test(text.slice(end, end + 24))
    if (!role && (!opening || !(AFTER_NAME.test(text.slice(end, end + 48)) || column) || (opening[1] === undefined && (LINE_END.test(text.slice(end, end + 3)) || text.charCodeAt(end) === 46)) || !contactRow(text, lineStart, start, end))) continue
    const key = role ? undefined : opening![1]
    // A particle opening the surname is one after a key, a cell's bar or nothing: after a word it may close a greeting (`Dobrý den Věra, Jiří`).
    if (PARTICLE_SET.has(surname.slice(0, surname.indexOf(" "))) && key === undefined && !role && !/^[ \t]*$|\|[ \t]*$/.test(text.slice(lineStart, start))) continue
    // A key names a person (`Location: Paris, France` is a place's); an agent's speaker tag is none (`Operatore:
    // Traslochi Rapidi, Giulia`: the firm, then the agent's name).
    const trade = key !== undefined && !PERSON_KEY.test(key) && TRADE_KEY.test(key)
    if (key !== undefined && ((!PERSON_KEY.test(key) && !trade) || SPEAKERS.has(key.replace(/[:>=]$/, "").trim().toLowerCase()) || chatSpeakerKey(key))) continue
    // A CRM's surname in capitals (`LAVOIE, Mathieu`, `EL-HASSAN, Mohammed`) is read as written with a capital only, and so is a given name in
    // capitals after it (none after a surname that is not).
    const caps = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?(?: \p{Lu}[\p{Lu}\p{M}'’-]+)?$/u.test(surname)
    if (after[1] !== undefined && !caps) continue
    const read = (words: string) => (caps ? words.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase()) : words)
    // A whole line after a key needs no listed given name, but in capitals (`Name: DALLAS, TEXAS`, `Owner: ADMIN, SYSTEM`) or
    // after a trade's key it does.
    const alone = key !== undefined && !trade && !caps && LINE_END.test(text.slice(end, end + 3))
    if (notSurname(surname, after[0], text.slice(end, end + 2), key !== undefined) || !listedSurnameFirst(read(text.slice(start, end)), alone)) continue
    found.push({ start, end, score: 0.97 })
  }
}
