import { ROLE_NOUNS, ROLES } from "./person-cues.ts"
import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { namedAtLineStart } from "./person-firms.ts"

// Places where a lone first name is a person's without a cue a name's run reads as one: a colleague named with the desk
// they are from (`Grace from our accounts team will call you`, `Souad de la comptabilité vous rappelle`, `Jun de
// contabilidad le llamará`, `Anisa dell'amministrazione la richiamerà`, `Soufiane van de administratie belt je`), whom to
// ask for at a number (`… and ask for Mark`, `fragen nach Giulia`, `pregunte por Rosa`), a note's line reporting their
// word (`- Sarah says …`, `- Según Wang Ionescu, …`), an agent's `speaking`, a chat's speaker, a Dutch neighbour's surname.

// The desk's words, in the languages of the default regions.
const DESKS = [
  "team", "department", "dept", "desk", "office", "accounts", "billing", "support", "sales", "finance", "customer service", "customer care", "helpdesk",
  "comptabilité", "facturation", "administration", "service client", "service clientèle", "équipe", "recouvrement",
  "contabilidad", "facturación", "administración", "atención al cliente", "equipo", "departamento", "cobros",
  "amministrazione", "contabilità", "fatturazione", "ufficio", "assistenza", "servizio clienti",
  "administratie", "boekhouding", "klantenservice", "facturatie", "afdeling",
  "buchhaltung", "abteilung", "kundenservice", "kundendienst", "rechnungsabteilung", "verwaltung",
  "contabilidade", "faturação", "faturamento", "apoio ao cliente", "equipa", "departamento",
]
// "From our" and its like, then at most two words (`from our accounts team`, `from the billing desk`), then the desk.
const FROM = ["from our", "from the", "from", "de la", "de l'", "du", "des", "de", "del", "dell'", "della", "dal", "dalla", "dall'", "van de", "van het", "van", "aus der", "aus dem", "vom", "da", "do", "dos"]
const alt = (xs: readonly string[]) => xs.map((x) => x.replace(/[.'’]/g, (c) => (c === "'" ? "['’]" : `\\${c}`)).replace(/ /g, "[ \\t]+")).join("|")
const FROM_DESK = new RegExp(String.raw`^[ \t]+(?:${alt(FROM)})(?:(?<=['’])|[ \t]+)(?:[\p{Ll}\p{M}-]+[ \t]+){0,2}?(?:${alt(DESKS)})(?![\p{L}\p{M}])`, "iu")
// The first letters of FROM: most names are followed by none of them, and nothing is copied.
const FROM_FIRST = new Set([..."fdvaFDVA"].map((c) => c.charCodeAt(0)))

// What the colleague will do: a word no list holds needs it (not `Refunds from the accounts team take 5 days`).
const WILL_CALL = [
  "will call", "will ring", "will phone", "will contact", "will get back", "will be in touch", "will email", "'ll call", "is calling", "vous rappelle",
  "vous rappellera", "vous contactera", "vous appellera", "te rappelle", "le llamará", "le llamara", "te llamará", "le contactará", "le devolverá",
  "la richiamerà", "ti richiamerà", "la contatterà", "la chiamerà", "belt je", "belt u", "zal je bellen", "zal u bellen", "neemt contact", "ruft sie",
  "ruft dich", "wird sie", "wird dich", "meldet sich", "vai ligar", "vai-lhe ligar", "irá ligar", "liga-lhe", "entrará em contacto", "entrará em contato",
]
const WILL_CALL_AFTER = new RegExp(String.raw`^(?:[ \t]+[\p{L}\p{M}'’-]+){0,2}?[ \t]+(?:${alt(WILL_CALL)})(?![\p{L}\p{M}])`, "iu")

/**
 * Whether the name ending at `end` is followed by the desk its person is from: any listed name, a word no list holds
 * only when what they will do follows (`Tariq from our accounts team will call you`).
 */
function fromDeskAfter(text: string, end: number, listed: boolean): boolean {
  if (!FROM_FIRST.has(text.charCodeAt(end + 1))) return false
  const m = FROM_DESK.exec(text.slice(end, end + 60))
  return m !== null && (listed || WILL_CALL_AFTER.test(text.slice(end + m[0].length, end + m[0].length + 30)))
}

// Whom to ask for, in the languages of the default regions, right before the name.
const ASK_FOR = ["ask for", "asking for", "fragen sie nach", "fragen nach", "vraag naar", "vragen naar", "pregunte por", "preguntar por", "pregunta por", "chiedere di", "chieda di", "chiedi di", "demandez", "demander", "pergunte por", "perguntar por"]
const ASKED_FOR = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alt(ASK_FOR)})[ \t]+$`, "iu")

// After whom to ask for, the clause ends or goes on to where or when (`ask for Mark, or …`, `ask for Mark on …`): not a
// noun the name-word is said of (`ask for April statements`, `ask for May's invoice`, `ask for Grace period`).
const ASKED_ENDS = /^(?:[ \t]*(?:[,.;:!?)]|\r?\n|$)|[ \t]+(?:on|at|or|and|via|who|if|when|in|from|tomorrow|today|op|en|al|au|unter|no|na|o|oder|ou|of)(?![\p{L}]))/iu

/** Whether the name at `start..end` is whom to ask for. */
function askedForBefore(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === 32 && ASKED_FOR.test(text.slice(Math.max(0, start - 20), start)) && ASKED_ENDS.test(text.slice(end, end + 12))
}

// A note's line reporting a person's word by their name (`- Sarah says the lot was cancelled`, `- Según Wang Ionescu, nivel
// …`, `Selon Marie, …`): only opening its line, past a bullet, and not a role's word (`- Customer says …`).
const REPORTED_BEFORE = /^[ \t]*(?:[-–•*>][ \t]*)?(?:(?:according to|selon|según|secondo|volgens)[ \t]+)?$/iu
const ACCORDING = /(?:according to|selon|según|secondo|volgens)[ \t]+$/iu
const SAYS_AFTER = /^[ \t]+(?:says|said|sagt|meint|dit|dice|zegt|diz|disse)[ \t]+(?:the|that|der|die|das|dass|le|la|que|che|il|de|dat|het|o|a)(?![\p{L}\p{M}])/iu

const ROLE_WORDS = new Set([...ROLE_NOUNS, ...ROLES].map((w) => w.toLowerCase()))
// Whoever, in the covered languages: no one's name (`Someone from our accounts team will call`, `Alguien de contabilidad le llamará`).
const SOMEONE = new Set(["someone", "somebody", "anyone", "nobody", "alguien", "nadie", "qualcuno", "nessuno", "alguém", "ninguém", "iemand", "niemand", "jemand",
  "quelqu'un", "personne", "ktoś", "nikt", "everyone", "todos", "tutti", "iedereen", "alle", "tout"])
// Firms a note reports the word of as it would a person's (`- Google says …`, `Selon Orange, …`).
const FIRMS = new Set([
  "google", "apple", "amazon", "microsoft", "paypal", "stripe", "visa", "mastercard", "orange", "vodafone", "movistar", "telekom", "telefónica", "telefonica",
  "proximus", "bouygues", "free", "sfr", "tim", "wind", "fastweb", "iliad", "ziggo", "odido", "meo", "nos", "vivo", "claro", "dhl", "ups", "fedex",
  "gls", "dpd", "hermes", "correos", "colissimo", "postnl", "bpost", "poste", "ctt", "ikea", "zalando", "bol", "ebay", "klarna", "adyen", "revolut",
])

/** Whether the name at `start..end` opens its line (`lineStart`) reporting that person's word. */
function reportedAtLineStart(text: string, lineStart: number, start: number, end: number, listed: boolean): boolean {
  const lower = text.slice(start, end).toLowerCase()
  // One word no list holds is a carrier's or a system's as often (`- Evri says the parcel …`, `- Tracking says …`): a listed
  // first name, or two words, the first no firm's.
  if (start - lineStart > 20 || ROLE_WORDS.has(lower) || FIRMS.has(lower.split(" ")[0]!) || (!listed && !lower.includes(" "))) return false
  const before = text.slice(lineStart, start)
  if (!REPORTED_BEFORE.test(before)) return false
  return ACCORDING.test(before) ? text.charCodeAt(end) === 44 : SAYS_AFTER.test(text.slice(end, end + 16))
}

// An agent's `speaking`, then an offer of help or the line's end (`Sky speaking how can I help`, `elm street dental,
// charlotte speaking`): a listed name, also a word. Not the offer alone, which a firm's name precedes as often (`Welcome to
// Chase how can I help?`).
const HELPS_AFTER = /^ speaking(?:,? (?:how can i help|how may i help|what can i do for you)(?![\p{L}])|[.!,]?[ \t]*(?:\r?\n|$))/iu

const RUNS_ON = /[ \t](?:on|at|oh|op|au|al|unter|no|na|em|en)(?:[ \t]|$)/iu

// A chat's speaker, three ways, after holdout60: an agent's tag, the name, its desk in brackets (`Agent Mei (Quickcart
// Returns): …`); a desk, a dash, the agent (`Streamwave Support – Ray: …`, after a stamp or not); the name, the time, a
// colon (`Morwenna 10:03: …`).
const AGENT_TAG = /^[^\p{L}\p{N}\n]*(?:agent|operator|advisor|adviser|rep|agente|operatore|operatrice|operador|operadora|conseiller|conseillère|medewerker|mitarbeiter|mitarbeiterin|handläggare)[ \t]+$/iu
const DESK_IN_BRACKETS = /^ \([^()\n]{2,40}\):/u
const DESK_DASH = /^(?:[^\n]{0,24}[\])][ \t]*)?\p{Lu}[\p{L}\p{M}&'. -]{0,40}?([\p{L}]+)[ \t][–—-][ \t]$/u
const DESK_AFTER_DASH = /^ [–—-] \p{Lu}[\p{L}\p{M}'’&.-]*(?: [\p{L}\p{M}'’&.-]+){1,4}:/u
const ONE_DESK_AFTER_DASH = /^ [–—-] (\p{Lu}[\p{L}\p{M}'’&.-]+):/u
function deskNamedElsewhere(text: string, end: number): boolean {
  const m = ONE_DESK_AFTER_DASH.exec(text.slice(end, end + 40))
  const at = m ? end + m[0].length - 1 - m[1]!.length : -1
  return m !== null && namedAtLineStart(text, at, at + m[1]!.length)
}
const TIME_COLON = /^ \d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?:[ \t]/iu
// A listed first name only (`Status 10:03: done`, `Agent Update (System):` are a log's, `… Sales – Mensaje:` a form's).
function chatSpeaker(text: string, lineStart: number, start: number, end: number): boolean {
  const before = text.slice(lineStart, start)
  if (AGENT_TAG.test(before) && DESK_IN_BRACKETS.test(text.slice(end, end + 44))) return true
  if (text.charCodeAt(end) === 58) {
    const desk = DESK_DASH.exec(before)
    return desk !== null && ORGANISATION_WORDS.has(desk[1]!.toLowerCase())
  }
  // The agent, a dash and the desk of two words or more (`(08:16) Sarah – Hope Harbour Trust: …`); a note's heading
  // there is no given name (`[08:16] Reminder – Customer Care Team: …`).
  // One word will do when a line of the text's head opens with it too (`Bluegum Bank – Home Loans⏎(09:15) Jack – Bluegum: …`).
  if ((DESK_AFTER_DASH.test(text.slice(end, end + 48)) || deskNamedElsewhere(text, end)) && /^[^\p{L}\n]*(?:[\[(][^\])\n]{1,24}[\])][ \t]*)?$/u.test(before)) return true
  return /^[^\p{L}\p{N}\n]*$/u.test(before) && TIME_COLON.test(text.slice(end, end + 14))
}

// A neighbour's, a family's or a doctor's word before a surname alone (`sleutel bij buurvrouw Klaassen`, `familie Bakker`,
// `bij tandarts Hendriks`): the word says a person's name follows.
// Dutch only: a German noun is capitalised whatever it is (`Paket an Nachbar Erdgeschoss`), a Romance dentist's day follows
// as often (`dentista Martes`). A space before it, not a tab (`Nume de familie⇥Prenume` is a sheet's header), the word
// lower case (`… Huisarts Amsterdam` in capitals is a place's), one surname with no capitalised word after it.
const SURNAME_AFTER = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alt(["buurvrouw", "buurman", "tandarts", "huisarts", "familie"])}) +$`, "u")
const ONE_WORD_AFTER = /^(?:[ \t]*(?:[,.;:!?)]|\r?\n|$)|[ \t]+\p{Ll})/u
const DUTCH_DAYS = new Set(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "april", "mei", "juni",
  "juli", "augustus", "september", "oktober", "november", "december"])

/**
 * Whether the name at `start..end` (its line from `lineStart`) is a chat's speaker, a Dutch neighbour's or doctor's
 * surname, a colleague with their desk (a listed first name, or a word no list holds with what they will do), an agent's
 * `speaking`, whom to ask for, or a person whose word a note reports; `listed`, a listed first name; `common`, the name
 * an everyday word.
 */
export function deskOrReport(text: string, start: number, end: number, lineStart: number, listed: boolean, common: boolean): boolean {
  const lower = text.slice(start, end).toLowerCase()
  if (listed && chatSpeaker(text, lineStart, start, end)) return true
  if (!common && !lower.includes(" ") && !DUTCH_DAYS.has(lower) && SURNAME_AFTER.test(text.slice(Math.max(lineStart, start - 16), start)) && ONE_WORD_AFTER.test(text.slice(end, end + 4))) return true
  if (text.charCodeAt(end) === 32 && (listed || (!common && !SOMEONE.has(lower) && !FIRMS.has(lower))) && fromDeskAfter(text, end, listed)) return true
  if (text.charCodeAt(end) === 32 && listed && HELPS_AFTER.test(text.slice(end, end + 32))) return true
  // Not a run going on into where to ask (`Ask For Imran On Oh Two …` title-cased).
  return (listed && askedForBefore(text, start, end) && !RUNS_ON.test(lower)) || (!common && reportedAtLineStart(text, lineStart, start, end, listed))
}
