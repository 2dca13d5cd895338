import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { withoutMarks } from "./letter-unit.ts"

// A mail header's display name before a role mailbox names a desk (`To: Pune Water & Waste <service@pune-water-waste.in>`,
// `Komu: Vodárne Košice <service@vodarne-kosice.sk>`, `To: University of Birmingham <info@…>`), not a person, when the
// domain spells its words or one is a firm's. A person answering for a desk keeps their name (`Maria Lopez
// <support@acme.com>`, `Tóth Katalin <ugyfelszolgalat@napfenyutazas.hu> írta:`).

// The rest of the display name after the finding (`of Birmingham`, `& Waste`), then `<`, a role's local part (a country's or
// a language's code after it: `support-uk@`), `@`, the domain.
const ROLES = ["service", "services", "customerservice", "customer.service", "info", "information", "support", "help", "helpdesk", "noreply", "no-reply",
  "donotreply", "do-not-reply", "contact", "kontakt", "contacto", "contatto", "hello", "office", "admin", "billing", "sales", "enquiries", "inquiries",
  "admissions", "accounts", "orders", "bookings", "reservations", "reserveringen", "reservas", "prenotazioni", "reservierung", "dispatch", "reception", "desk", "frontdesk", "care", "customercare", "team", "mail", "post", "klantenservice", "kundenservice", "kundservice",
  "asiakaspalvelu", "obchod", "podpora", "servis", "biuro", "ugyfelszolgalat", "atencion", "atendimento", "secretariat", "secretaria"]
const ROLE_MAILBOX = new RegExp(String.raw`^(?:[ \t]+(?:&|and|of|for|de|du|des|der|für|di|del|\p{Lu}[\p{L}\p{M}'’.-]*))*[ \t]*"?[ \t]*<(?:${ROLES.join("|").replace(/\./g, "\\.")})(?:[-._][a-z]{2,3})?@([\p{L}\p{N}.-]+)>`, "iu")
const fold = (s: string) => withoutMarks(s.toLowerCase())
/** A display name's own mailbox: the rest of the name (`klienta`, `de Atención al Cliente, Banco …`), its `<`, an address's local part, `@`. */
const OWN_MAILBOX = /^((?:[ \t]*[,–—]?[ \t]+[\p{L}\p{M}'’.&()-]+){0,8})[ \t]*"?[ \t]*<([\p{L}\p{N}._%+-]{1,64})@/u
/**
 * A department's or a desk's word, in the languages of the corpora (folded: no accents): a display name holding one,
 * and no given name, names the desk its mailbox reaches (`To: Onboarding <onboarding@…>`, `An: Buchhaltung <…>`, `À :
 * Comptabilité <compta@…>`, `Aan: Debiteuren <…>`, `Do: Obsługa klienta <bok@…>`), whatever its local part.
 */
const DESK_WORDS = new Set([
  "onboarding", "payroll", "accounting", "accounts", "billing", "hr", "recruiting", "recruitment", "admissions", "reception", "parking", "marketing",
  "procurement", "purchasing", "collections",
  // English desks: what is handled, in the plural, and the offices that handle it.
  "returns", "refunds", "disputes", "claims", "payments", "repairs", "certificates", "transcripts", "enrolments", "enrollments", "renewals",
  "subscriptions", "memberships", "donations", "deliveries", "shipping", "logistics", "operations", "maintenance", "warranty", "warranties",
  "lettings", "rentals", "leasing", "tenancies", "arrears", "recoveries", "escalations", "fraud", "compliance", "legal", "privacy", "safeguarding",
  "facilities", "estates", "housing", "benefits", "pensions", "lending", "mortgages", "loans", "underwriting", "registry", "registrar", "bursary",
  "scholarships", "careers", "alumni", "fundraising", "feedback", "invoicing", "invoices", "receivables", "payables", "treasury", "bookkeeping",
  // A secretariat, registrations, memberships and intake, in the corpora's languages (folded).
  "secretaria", "secretariat", "secretariaat", "sekretariat", "segreteria", "secretariado", "inscriptions", "inscripciones", "inscricoes", "iscrizioni",
  "membership", "intake", "suscripciones", "abonnements", "subskrypcje", "zapisy", "prihlasky", "medlemsservice", "vertrieb", "buchhaltung", "finanzbuchhaltung", "personalabteilung", "einkauf", "verkauf", "rezeption",
  "kundendienst", "comptabilite", "facturation", "recrutement", "recouvrement", "debiteuren", "crediteuren", "boekhouding", "administratie", "verkoop",
  "inkoop", "contabilidad", "facturacion", "administracion", "contabilita", "amministrazione", "fatturazione", "ufficio", "obsługa", "ksiegowosc",
  "kundtjanst", "ekonomi", "bokforing", "kundeservice", "regnskab", "okonomi", "asiakaspalvelu", "laskutus", "kirjanpito",
  // Complaints desks and ombudsmen (`To: Complaints Team`, `An: Beschwerdemanagement …`, `A: Reclami …`, `Til: Klagenævn …`).
  "complaints", "ombudsman", "ombud", "beschwerdemanagement", "beschwerden", "reclami", "reclamaciones", "reclamations", "reclamacoes", "klachten",
  "klagenaevn", "klagenævn", "klagenemnda", "finansklagenemnda", "reklamacje", "servicio", "provedoria", "commissioners",
  // Bookings and baggage desks, in the corpora's languages (folded: `De: Reservaciones`, `Fra: Reservasjoner`, `From: Baggage JNB`).
  "reservations", "reservaciones", "reservas", "reservasjoner", "reservationer", "reservierungen", "prenotazioni", "reserveringen", "bokningar",
  "varaukset", "rezerwacje", "rezervace", "rezervacie", "rezervari", "rezervasyon", "bookings", "baggage", "luggage", "equipaje", "equipajes", "bagages",
  "bagagli", "gepack", "bagage", "bagagem", "bagasje", "matkatavarat", "bagaz", "zavazadla", "batozina", "bagaj",
])

const deskWord = (w: string) => DESK_WORDS.has(fold(w)) || ORGANISATION_WORDS.has(w)
/** A mailbox spelling a word of the display name that is no desk's (`Einkauf Schmidt <schmidt@…>`, `Rossi Amministrazione <mario.rossi@…>`): a person's. */
const personalMailbox = (local: string, words: string[]) => local.split(/[._%+-]+/).some((part) => part.length >= 3 && words.some((w) => !deskWord(w) && fold(w) === part))

/**
 * A header's display name of one word, no given name, that its mailbox spells (`An: Inkasso <inkasso@…>`, `Vastaanottaja:
 * Perintä <perinta@…>`, `Till: Garantiavdelningen <garanti@…>`): a desk's word in the desk's own language, which no list
 * holds. A person's mailbox adds to a name (`anna.berg@`, `shufen24@`); a person quoted (`On …, Hyejin <hyejin@…> wrote:`)
 * is no header's. Over the 82 labeled corpora, 46 such display names were desks and none a person: a surname alone
 * before a mailbox of its own spelling (`Cc: Whitlock <whitlock@…>`) is read as a desk too, a surname with more in its
 * mailbox (`<j.whitlock@…>`) stays a person.
 */
function namesItsMailbox(word: string, local: string): boolean {
  if (local.length < 5 || !/^[a-z]+$/.test(local) || !/^[a-z]+$/.test(word)) return false
  return word === local || (word.length - local.length >= 4 && word.startsWith(local))
}
/**
 * A header's display name whose mailbox is one of its words: the finding alone (`Soins à domicile <soins@…>`,
 * `Inscriptions — Hockey mineur <inscriptions@…>`), or a word after it (`Harbourside Rugby — Youth <youth@…>`,
 * `Secretaria — Formação <formacao@…>`): the desk and its section.
 */
function spellsItsMailbox(words: string[], rest: string, local: string): boolean {
  if (words.length === 1 && namesItsMailbox(fold(words[0]!), local)) return true
  return rest.split(/[ \t,–—()&-]+/).some((w) => w.length >= 5 && namesItsMailbox(fold(w), local))
}
/** A mail header's label alone before the display name (`To:`, `Aan:`, `Vastaanottaja:`, `Lähettäjä:`). */
const HEADER_LABEL = /^[ \t>]*\p{L}[\p{L}\p{M} -]{0,20}:[ \t]*"?$/u
const lineStartOf = (text: string, at: number) => text.lastIndexOf("\n", at - 1) + 1

/** Whether the finding `start..end` is a desk's display name before a role mailbox (none of its words a known given name). */
export function roleMailboxName(text: string, start: number, end: number, isFirst: (lower: string) => boolean): boolean {
  // The `<` first: most names have none after them on their line.
  const lt = text.indexOf("<", end)
  if (lt < 0 || lt - end > 60) return false
  const words = text.slice(start, end).split(/[ \t]+/).map((w) => w.toLowerCase())
  // Either order of a person's name: `Kowalczyk Tomasz <info@kowalczyk.pl>` is a person too.
  if (words.some((w) => isFirst(w))) return false
  const after = text.slice(end, lt + 80)
  // A desk's word before any mailbox (DESK_WORDS); a person's surname alone keeps its name (`Smith <smith@…>`).
  const own = OWN_MAILBOX.exec(after)
  // The desk's word may follow the finding (`Pankin asiakaspalvelu (malli) <…>`, `Obsługa klienta <bok@…>`).
  if (own && [...words, ...own[1]!.toLowerCase().split(/[ \t()]+/)].some(deskWord) && !personalMailbox(fold(own[2]!), words)) return true
  if (own && HEADER_LABEL.test(text.slice(lineStartOf(text, start), start)) && spellsItsMailbox(words, own[1]!, fold(own[2]!))) return true
  const m = ROLE_MAILBOX.exec(after)
  if (!m) return false
  const domain = new Set(fold(m[1]!).split(/[.-]/))
  return words.some((w) => ORGANISATION_WORDS.has(w) || (w.length >= 3 && domain.has(fold(w))))
}
