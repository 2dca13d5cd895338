import { phraseAlternation } from "../../../core/index.ts"
import { LABELS, PARTY_LABELS, ROLE_NOUNS } from "./person-cues.ts"

// A surname in capitals: two letters or more (`MCCRARY`, `O'SULLIVAN`, `LLOYD-PRICE`, accents decomposed or not), or a
// one-letter particle before one (`Ó CEALLAIGH`, `FERRER I BOSCH`).
const CAPITAL_WORDS = /(?:(?:\p{Lu}\p{M}*){1,2}(?:['’-]?(?:\p{Lu}\p{M}*))* )+$/u
const CAPITAL_WORD = /^(?:\p{Lu}\p{M}*)(?:['’-]?\p{Lu}\p{M}*)+$/u
const CAPITAL_OR_MARK = /[\p{Lu}\p{M}]/u
/** Whether the code unit can end a word in capitals: a capital or a mark; half of a surrogate pair may be either. */
const capitalOrMark = (c: number) => (c < 128 ? c >= 65 && c <= 90 : (c >= 0xd800 && c <= 0xdfff) || CAPITAL_OR_MARK.test(String.fromCharCode(c)))
// Words a note shouts before a name that no list of everyday words holds.
export const SHOUTED = new Set(["am", "pm", "urgent", "asap", "fyi", "attn", "nb", "ps", "re", "fw", "fwd", "vip", "new", "update", "callback", "todo", "done", "closed", "open", "pending", "escalated", "complaint", "note", "info", "ok", "ref", "id", "tel", "mob"])
// Words inside a surname that are everyday words elsewhere (`DE LOS SANTOS`, `VAN DEN BROECK`, `DELLA CASA`).
const SURNAME_LINKS = new Set(["de", "del", "della", "di", "da", "das", "dos", "do", "la", "las", "los", "le", "van", "von", "der", "den", "ter", "ten", "mac", "ap", "bin", "binte", "bint", "st"])
// What may come before it on its line: nothing but marks and emoji, or a field's end (`Student: `, `;`, `,"`, ` – `);
// a markdown field's bold key ends with `:**` (`**Customer:** 👤 REDDY Priya`); a sentence's end (`… ZAR 335,86. NKOSI
// Johan from the membership desk confirmed`).
const FIELD_END = /(?:^[^\p{L}\p{N}]*|[:;,"\t(|–—-][ \t]*|:\*\*[^\p{L}\p{N}]*|[\p{L}\p{N})][.!?][ \t]+|(?:^|\s)\d{1,2}[:.h]\d\d[ \t]+)$/u

/**
 * Where a known first name's name starts when a surname in capitals stands before it, as forms, exports and notes
 * write a person (`Borrower: MCCRARY Clayton`, `;Ó CEALLAIGH Orla;`, `15.2.2025: PEDRAZZINI Ilaria vuole …`): at the
 * start of a line or a field, every capitalised word no everyday word or title (`URGENT Anna`, `DR Anna`), the last one
 * of two letters or more. `start` when there is none.
 */
export function capitalSurnameBefore(text: string, line: number, start: number, notSurname: (lower: string) => boolean, isFirst: (lower: string) => boolean = () => false): number {
  if (text.charCodeAt(start - 2) === 44) return commaSurnameBefore(text, line, start, (lower) => notSurname(lower) || isFirst(lower))
  const from = Math.max(line, start - 60)
  // The surname's last capital (or its mark) right before the space, read first: most names follow a lower-case word.
  if (text.charCodeAt(start - 1) !== 32 || start - 2 < from || !capitalOrMark(text.charCodeAt(start - 2))) return start
  const run = CAPITAL_WORDS.exec(text.slice(from, start))
  if (!run) return start
  const words = run[0].trimEnd().split(" ")
  if (!CAPITAL_WORD.test(words.at(-1)!)) return start
  for (const w of words) {
    const lower = w.normalize("NFC").toLowerCase()
    if (w.length > 1 && !SURNAME_LINKS.has(lower) && (SHOUTED.has(lower) || notSurname(lower))) return start
  }
  const at = from + run.index
  return FIELD_END.test(text.slice(line, at)) || ROLE_BEFORE.test(text.slice(Math.max(line, at - 30), at)) || BY_BEFORE.test(text.slice(Math.max(line, at - 30), at)) || (IS_BEFORE.test(text.slice(Math.max(line, at - 8), at)) && CLAUSE_END.test(text.slice(start, start + 40))) ? at : start
}

// Who signed or took something, as a courier's scan or a register writes it (`DELIVERED  signed by DLAMINI Desmond`).
const BY_BEFORE = /(?:^|[^\p{L}])(?:(?:signed(?: for)?|received|collected|accepted|picked up) by|unterschrieben von|signé par|firmado por|firmato da|ondertekend door|assinado por|semnat de|signerat av|underskrevet af|signert av)[ \t]+$/iu

// A sentence that says who someone is (`The deceased is DOHERTY Ciarán.`, `O titular é RODRIGUES Inês,`): the given name
// ends the clause there, not a shouted word before a name that goes on (`the sender is DHL Anna said`).
const IS_BEFORE = /(?:^|[^\p{L}])(?:is|was|é|es|est|er|ist|je|yra|ir|е|è|huwa|hija)[ \t]+$/u
const CLAUSE_END = /^[\p{L}\p{M}'’-]+[ \t]*(?:[.,;!?)]|\r?\n)/u


// Keys of forms for whom a record is about, beside the name and party labels.
const PERSON_KEYS = ["parent", "parent 1", "parent 2", "parent/guardian", "guardian", "spouse / partner", "spouse", "partner", "dependent", "keyholder", "owner", "payee", "applicant", "borrower", "member", "student", "guest", "passenger", "buyer", "tenant", "employee", "contractor", "referred by", "surname, forename", "surname, given name", "last name, first name", "name (surname first)", "student name"]

// A role noun right before the surname (`new PT contractor MACAULAY Ruaridh`, `customer DE LUCA Anna`, `optician
// NOLAN Aoife`, `La optometrista RUIZ Elena`, `Velionis JONAITIS Petras`: the deceased).
const EYE_CARE_AND_SITE_ROLES = ["optician", "optometrista", "optometriste", "optométriste", "optometristė", "optometristka", "оптометрист", "оптометристът", "sjóntækjafræðingurinn", "warden", "tjaldvörðurinn", "velionis", "velionė"]
const ROLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation([...ROLE_NOUNS, ...PARTY_LABELS, ...EYE_CARE_AND_SITE_ROLES, "contractor", "tenant", "applicant", "student", "guest", "patient", "owner", "cl", "clt", "cust", "keyholder"], " ")})[ \\t]+$`, "iu")

// A form's key for a person, its last words before the colon (`Name:`, `SURNAME, Forename:`, `Owner:`, `Payee:`).
const PERSON_KEY = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlternation([...LABELS, ...PARTY_LABELS, ...PERSON_KEYS], " ")})[ \\t]*:[ \\t]*$`, "iu")

/**
 * Where a name starts when a surname in capitals stands between a person's key and a capitalised word (`Owner: NGUYEN
 * Kirra`, `Surname, given name: NGUYEN Will`): the key says a person follows, so the given name need not be a listed or
 * an uncommon one. `start` when there is none.
 */
export function labelledSurname(text: string, line: number, start: number, notSurname: (lower: string) => boolean): number {
  // Most capitalised words follow a lower-case word: a capital (or its mark) and a space right before are read first.
  const c = text.charCodeAt(start - 2)
  if (text.charCodeAt(start - 1) !== 32 || !(c < 128 ? c >= 65 && c <= 90 : CAPITAL_OR_MARK.test(text[start - 2] ?? ""))) return start
  const at = capitalSurnameBefore(text, line, start, notSurname)
  return at < start && (PERSON_KEY.test(text.slice(line, at)) || ROLE_BEFORE.test(text.slice(Math.max(line, at - 30), at))) ? at : start
}

/**
 * Place words that are frequent surnames as well (`Gareth Lane`, `Nicola Hall`, `Min-jun Park`): after a listed first
 * name, the run is a person unless a place's cue comes before it (a house number, `the`, a preposition of place: `at
 * Albert Park`, `near Victoria Hall`). Other place words end a place whatever comes before (`Victoria Station`).
 */
const SURNAME_PLACES = new Set(["lane", "park", "hall", "house", "court", "villa", "plaza"])
const PLACE_CUE_BEFORE = /(?:\d[\p{L}]?[ \t,]*|(?:^|[^\p{L}])(?:the|at|in|near|opposite|behind|outside|inside|around|a|en|à|au|bei|im|am|nel|nella|no|na)[ \t]+|(?:^|[^\p{L}])(?:club|venue|location|site|branch|gym|centre|center|store|hotel|campus|address)[ \t]*:[ \t]*)$/iu
export function surnamePlace(text: string, firstStart: number, lastStart: number, lastEnd: number): boolean {
  return SURNAME_PLACES.has(text.slice(lastStart, lastEnd).toLowerCase()) && !PLACE_CUE_BEFORE.test(text.slice(Math.max(0, firstStart - 12), firstStart))
}

/**
 * A question's opening word before a given name and the verb after it (`Can Imran bring the paperwork?`, `Could Anna
 * call me`): the name is the given name alone. Not a date's month after `On` (`On Jan 13`), nor a word before a name
 * that ends its phrase (`like Mac OS X`).
 */
// Not `will` and `may`, first names themselves (`Will Bouchard called`).
const QUESTION_OPENERS = new Set(["can", "could", "would", "should", "shall", "did", "does", "do", "has", "have", "is", "was", "might", "must"])
export function questionOpener(text: string, openerStart: number, openerEnd: number, nameEnd: number): boolean {
  return QUESTION_OPENERS.has(text.slice(openerStart, openerEnd).toLowerCase()) && /^ \p{Ll}/u.test(text.slice(nameEnd, nameEnd + 2))
}

// A surname, a comma, then the known first name, as a CRM or a list of accounts writes a person, after "under" or "as"
// (`The account is under Okonkwo, Maribel if you need it`, `cadastro está como Pereira, Ana Clara, se …`; or in capitals), the first name
// (and a second given name) closing the clause: one capitalised word that is no first name, everyday word or title.
// Not a list that goes on (`under Okonkwo, Maribel, Ola`), nor a greeting's or a reply's word before a name (`Updated,
// Ólafur.`, `Reminder, Maria:`), which no "under" introduces.
const COMMA_SURNAME = /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+|(?:Ma?c)?\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}), $/u
const IN_CAPITALS = /^(?:Ma?c)?\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}$/u
// The same written first in a list's item, a line or a field, as a shift's handover or an export lists people (`1) Okafor,
// Chidi still waiting`, `handover – O'NEILL, Siobhan (new starter)`, `Übergabe: SCHULZE, Marlene – Karte …`): no "under" needed.
// Read on the dozen units before the surname (the line's whole start only when it is that short: read whole, a line of
// many such pairs was quadratic).
const ITEM_START = /(?:[:;\t|–—-][ \t]*|(?:^|\s)\d{1,2}[.)][ \t]*)$/u
const NUMBERED = /(?:^|\s)\d{1,2}[.)][ \t]*$/u
const LINE_OPENS = /^[^\p{L}\p{N}]*$/u
const LOWER_NEXT = /^\p{Lu}\p{Ll}/u
const CELL_OPENS = /["|\t;][ \t]*$/u
const CELL_CLOSES = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+)?[ \t]*(?:["|\t;]|\r?\n|$)/u
// Not a surname in capitals: an alert's, a status's or a shift's word, a carrier or a shop (`ATTENTION, Maria:`, `Shift:
// NIGHT, Anna`, `Carrier: UPS, Tom`: three letters or fewer are an acronym's), and not a status written as a name after an
// item's number (`3) Approved, Anna will send …`, `2) Erledigt, Jonas informiert`).
const NOT_SHOUTED_SURNAME = /^(?:attention|important|warning|priority|escalation|delay|delayed|reminder|dringend|wichtig|achtung|hinweis|atención|atencion|urgente|importante|aviso|attenzione|avviso|viktigt|brådskande|vigtigt|haster|pilne|ważne|uwaga|huomio|tärkeä|kiireellinen|belangrijk|night|day|late|early|morning|evening|weekend|shift|amazon|fedex|hermes|ebay|paypal|apple|google|vodafone|netflix)$/u
const STATUS_WORD = /ed$|^(?:erledigt|offen|geschlossen|resuelt[oa]|cerrad[oa]|pendiente|risolt[oa]|chius[oa]|résolue?|fermée?|opgelost|gesloten|klar|löst|stängd|afsluttet|løst|ratkaistu|zamknięte|rozwiązane|done|ok)$/u
const UNDER_BEFORE = /(?:^|[^\p{L}])(?:under|as|como|comme|come|als|jako|kao)[ \t]+$/iu
const CLAUSE_CLOSES = /^[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?(?:[ \t]*(?::|\r?\n|$|[.;!?)]|,(?![ \t]*\p{Lu}))|[ \t]+(?:if|se|si|wenn|om|jos|ha|dacă)[ \t])/u

function commaSurnameBefore(text: string, line: number, start: number, notSurname: (lower: string) => boolean): number {
  const m = COMMA_SURNAME.exec(text.slice(Math.max(line, start - 40), start))
  if (!m) return start
  const lower = m[1]!.toLowerCase()
  if (notSurname(lower) || SHOUTED.has(lower)) return start
  const at = start - m[1]!.length - 2
  const before = text.slice(Math.max(line, at - 12), at)
  // A table's cell holding the name alone, surname first (`"Nakamura, Emi",`, `| Abernathy, Colleen |`, `R-01|Gagnon, Élise|`).
  if (CELL_OPENS.test(before) && CELL_CLOSES.test(text.slice(start, start + 60))) return at
  // In capitals (`McGRATH` too) at any item's start, the given name written as a name (a line all in capitals says nothing
  // by its capitals: `PALDIES, JĀNIS`); written as a name, only after an item's number (`Updated, Ólafur.` opens a reply).
  const itemStart = ITEM_START.test(before) || (at - line <= 12 && LINE_OPENS.test(before))
  const shouted = m[1]!.length >= 4 && LOWER_NEXT.test(text.slice(start, start + 2)) && !NOT_SHOUTED_SURNAME.test(lower) && itemStart
  if (IN_CAPITALS.test(m[1]!) ? shouted : !STATUS_WORD.test(lower) && NUMBERED.test(before)) return at
  return CLAUSE_CLOSES.test(text.slice(start, start + 60)) && UNDER_BEFORE.test(before) ? at : start
}

// A contraction (`ok rory i'll …`) or a Scandinavian noun's definite form (`tack karin betalningen`) after a lower-case
// first name is no surname.
export const LOWER_NOT_SURNAME = /['’](?:ll|ve|re|d|m)$|(?:ningen|ningar|heten)$/
