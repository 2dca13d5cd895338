import { isAscii, phraseAlternation, wordSet } from "../../../core/index.ts"
import { ANSWERING_PHONE, BOOKING_ROLES, GREETINGS, INTRODUCTIONS, LABELS, MENTIONS, PARTY_LABELS, ROLE_NOUNS, ROLES, SIGN_OFFS, TITLES } from "./person-cues.ts"
import { deskOrReport } from "./person-desk-cues.ts"
import { afterStamp, colonAfter, colonBefore, hasLetterOrDigit, isSpace, lastWordIn, letterBefore, lastLineAlone, quoteBelow, signatureLine, signedAtLineEnd } from "./person-lines.ts"
import { collapseSpaces, endsWith, LAST_WORDS } from "./person-phrases.ts"
import { WRITERS } from "./person-openers.ts"

// How strongly the text before a capitalised run says "a person's name follows": titles, introductions, greetings,
// sign-offs, speaker tags, headers and mentions, each read in place before a copy is made.
const alt = (words: readonly string[]) => phraseAlternation(words) // one branch per character, longest phrase first

const TITLE_BEFORE = endsWith(TITLES, ".")
const INTRO_BEFORE = endsWith(INTRODUCTIONS, ":,")
const GREETING_BEFORE = endsWith(GREETINGS, ",")
// Who writes or who is here names a person only as a note or a speaker's line opens (`Piše Nada;`, `Poruka: Tady Věra
// Malá`, `dobar dan ovdje Đuro`): after its subject the verb quotes what was written (`Kunden skriver Fakturan är fel`, the
// invoice is wrong).
const WRITER_AFTER_WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}] (?:${alt(WRITERS)})[:,]?$`, "u")
const writerQuotes = (lower: string): boolean => {
  const m = WRITER_AFTER_WORD.exec(lower)
  return m !== null && !GREETING_BEFORE(lower.slice(0, m.index + 1))
}
const ROLE_BEFORE = new RegExp(`^[^\\p{L}\\p{N}]*(?:\\[[^\\]]*\\]\\s*)?(?:${alt(ROLES)})\\s+$`, "iu")
const ROLE_NOUN_BEFORE = endsWith([...ROLE_NOUNS, ...ROLES, ...BOOKING_ROLES], ":")
const MENTION_BEFORE = endsWith(MENTIONS)
// A field of a nested record counts by its last key (`customer.last_name:`).
const HEADER_BEFORE = new RegExp(`^[^\\p{L}\\p{N}]*(?:[\\p{L}_]+\\.)*(?:${alt(LABELS)})\\s*:[*_]*\\s*$`, "iu")
const PARTY_BEFORE = new RegExp(`^[^\\p{L}\\p{N}]*(?:${alt(PARTY_LABELS)})\\s*:[*_]*\\s*$`, "iu")
const SIGN_OFF_LINE = new RegExp(`^[^\\p{L}\\p{N}]*(?:${alt(SIGN_OFFS)})\\s*(?:[,.!]\\s*)?$`, "iu")
const SIGN_OFF_WORDS = endsWith(SIGN_OFFS)
// Not a plural's `(s)` (`Forename(s):`).
// The role after a pipe is a word (`Min-jun | Klantenservice:`), not a time's digits (`| Time | 17:00 |` of a table).
const SPEAKER_ROLE = /^ ?\((?!s\))[^()\n]{1,48}\) ?:|^ \| \p{L}[^|:\n]{0,23}:/u
const SENDER_ADDRESS = /^ <[^<>\s@]{1,64}@[^<>\s@]{1,255}>/
const WROTE_WORDS = ["wrote", "schrieb", "a écrit", "escribió", "ha scritto", "schreef", "skrev", "kirjoitti", "írta", "napisał", "napisala", "napsal", "scrie", "escreveu"]
const WROTE = new RegExp(`^ (?:${WROTE_WORDS.join("|")})\\b`, "u")
// The units the words of an expression tried after a name's closing space open with: where the unit after the space is
// none of them, the expression is not tried. `anyCase` for an expression with the `i` flag: a non-ASCII unit may fold
// to one of them, and is left to the expression.
const firstUnits = (words: readonly string[], anyCase: boolean) => new Set(words.flatMap((w) => (anyCase ? [w.toLowerCase().charCodeAt(0), w.toUpperCase().charCodeAt(0)] : [w.charCodeAt(0)])))
const opensOne = (firsts: ReadonlySet<number>, c: number, anyCase: boolean) => firsts.has(c) || (anyCase && c >= 128)
const WROTE_FIRST = firstUnits(WROTE_WORDS, false)
const AT_DESK = /^ @ [^\n:@]{2,60}:/
const RELATIVE_OPEN = /(?:^|[^\p{L}])(?:mum|mom|mother|dad|father|wife|husband|son|daughter|nan|nana|gran|granny|grandma|grandad|grandpa|partner|sister|brother|aunt|auntie|uncle|mamá|papá|mamma|papà|maman|papa|mutter|vater)[ \t]*\($/iu
// A form's remark on its key (`Landline (optional):`, `Owner (SURNAME, Forename):`): the word before is the key.
// A field's remark: whether it must be filled, or the state of its value (`Card (declined):`, `Phone (old):`).
const FIELD_REMARK = /^ ?\((?:optional|required|mandatory|if any|if applicable|opcional|facultatif|optionnel|declined|approved|accepted|refused|rejected|expired|valid|invalid|verified|unverified|masked|redacted|hidden|on file|last 4|last four|old|new|current|previous|former|primary|secondary|main|backup|spare|alt|alternative|other|updated|changed|corrected|confirmed|unconfirmed|pending|[^()\n]*,[^()\n]*)\) ?:/iu
// On the rest of the line: the remark, then a value that is only capitalised words (a name), up to a comma or a bracket.
const LOWER_REMARK_THEN_NAME = /^ ?\((\p{Ll}[\p{Ll}\p{M} '’-]{0,30})\) ?:[^\p{L}\p{N}\n]*(\p{Lu}[\p{Ll}\p{M}'’-]+)(?: \p{Lu}[\p{Ll}\p{M}'’-]+){1,3}(?:,|[ \t]*\(|[ \t]*$)/u
// Greetings' first words (`Good Morning`, `Thank You`): a speaker's sentence, not a name.
const GREETING_WORDS = new Set(GREETINGS.map((g) => g.toLowerCase().split(" ")[0]!))
const SPEAKER_ROLES = new Set([...ROLES, ...PARTY_LABELS, "patient", "patientin", "pacjent", "paciente", "paziente"].map((w) => w.toLowerCase()))
/** A remark in lower case that is no speaker's role, then a value that is a name: capitalised words, the first no greeting. */
function nameValueAfterRemark(rest: string): boolean {
  const m = LOWER_REMARK_THEN_NAME.exec(rest)
  return m !== null && !SPEAKER_ROLES.has(m[1]!.trim()) && !GREETING_WORDS.has(m[2]!.toLowerCase())
}
const lineEndOf = (text: string, from: number) => {
  const at = text.indexOf("\n", from)
  return at < 0 ? text.length : at
}
// A capitalised word in a speaker tag's brackets, with a role after a comma or none: a person, whose desk the tag names.
const DESK_PERSON = /^ ?\((\p{Lu}[\p{Ll}\p{M}'’-]+)(?:, [\p{Ll} ]{1,20})?\) ?:/u
// A machine's tag, or a form's numbered key (`Navn (2):`, `Име (1):`), or an emergency contact's (`Nombre (SOS):`, `Name (ICE):`).
const MACHINE_TAG = /^ ?\((?:ai|ki|ia|auto|automated|automatic|bot|system|generated|draft|\d{1,2}|sos|ice)\) ?:/i
// A possessive and a relative, a housemate or a neighbour, in the covered languages; a Finnish relative's suffix `-ni`
// (`poikani`, my son); or the one a voicemail is for.
const KIN = "flatmate|roommate|room-mate|housemate|neighbour|neighbor|other half|partner|wife|husband|son|daughter|mother|father|mum|mom|dad|sister|brother|cousin|aunt|auntie|uncle|niece|nephew|friend|colleague|carer|" +
  "żona|mąż|syn|córka|matka|mama|ojciec|tata|siostra|brat|sąsiad|sąsiadka|partnerka|" +
  "žena|muž|sin|kći|ćerka|majka|otac|sestra|brat|komšija|komšinica|susjed|susjeda|" +
  "жена|муж|син|ћерка|кћи|мајка|отац|сестра|брат|комшија|комшиница|" +
  "pareja|esposa|esposo|marido|hijo|hija|madre|padre|hermana|hermano|vecino|vecina|" +
  "femme|mari|fils|fille|mère|père|sœur|frère|voisin|voisine|compagne|compagnon|" +
  "frau|mann|sohn|tochter|mutter|vater|schwester|bruder|nachbar|nachbarin|partnerin|" +
  "vrouw|man|zoon|dochter|moeder|vader|zus|broer|buurman|buurvrouw|" +
  "moglie|marito|figlio|figlia|sorella|fratello|vicino|vicina|" +
  "esposa|marido|filho|filha|mãe|pai|irmã|irmão|vizinho|vizinha"
const POSSESSIVE = "my|moja|mój|moj|moje|мој|моја|mi|mis|ma|mon|mein|meine|meiner|mijn|mia|mio|minha|meu"
const FINNISH_KIN = "poika|tytär|tyttäre|vaimo|miehe|äiti|isä|sisko|velje|naapuri"
const OWNED_OR_FOR = new RegExp(`(?:^|[^\\p{L}])(?:(?:${POSSESSIVE}) (?:${KIN})|(?:${FINNISH_KIN})ni|(?:voicemail|voice mail|voice message) for) $`, "iu")
// Someone else's, or with whom, before a listed first name only (`moving in with daughter Crystal`, `his wife Joy`; not
// `Our partner Brightline`).
const OWNED_BY_OTHERS = new RegExp(`(?:^|[^\\p{L}])(?:his|her|their|our|your|with) (?:${KIN}) $`, "iu")
// The words OWNED_OR_FOR can end with, each a whole run of letters: `half` of `other half`, `mate` of `room-mate`.
const OWNED_LAST_WORDS = [...KIN.split("|").map((w) => w.split(/[ -]/).at(-1)!), ...FINNISH_KIN.split("|").map((w) => `${w}ni`), "for"]
const OWNED_LAST_WORD = new RegExp(`^(?:${OWNED_LAST_WORDS.join("|")})$`, "iu")
// An ASCII word is one of them exactly when its lower case is (no word holds a letter that folds to ASCII, as `ſ` does).
const OWNED_LAST_ASCII = new Set(OWNED_LAST_WORDS.filter((w) => isAscii(w, 0, w.length)))
// Case folding keeps the number of code points (no unit read here is half of a pair): a shorter word is none of them.
const OWNED_LAST_SHORTEST = Math.min(...OWNED_LAST_WORDS.map((w) => w.length))
const LETTER = /\p{L}/u
/**
 * OWNED_OR_FOR on `text.slice(from, to)`, its last word tested first: an expression anchored at the end is tried at every
 * position, and the letters before the closing space (read back in place) are seldom a relative's word.
 */
function ownedOrFor(text: string, from: number, to: number, listed: boolean): boolean {
  if (text.charCodeAt(to - 1) !== 32) return false
  let i = to - 1
  for (; i > from; i--) {
    const c = text.charCodeAt(i - 1)
    if (c < 128 ? !((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) : c < 0xd800 || c > 0xdfff ? !LETTER.test(String.fromCharCode(c)) : false) break
    // Half of a surrogate pair: an astral letter or none, left to the expression.
    if (c >= 0xd800 && c <= 0xdfff) return OWNED_OR_FOR.test(text.slice(from, to)) || (listed && OWNED_BY_OTHERS.test(text.slice(from, to)))
  }
  if (to - 1 - i < OWNED_LAST_SHORTEST) return false
  const word = text.slice(i, to - 1)
  if (!(isAscii(word, 0, word.length) ? OWNED_LAST_ASCII.has(word.toLowerCase()) : OWNED_LAST_WORD.test(word))) return false
  return OWNED_OR_FOR.test(text.slice(from, to)) || (listed && OWNED_BY_OTHERS.test(text.slice(from, to)))
}
const LAST_WORD_SET = wordSet(LAST_WORDS) // every phrase's last word (all added above), looked up in place
const SIGN_OFF_BEFORE = (lower: string) => lower.endsWith(",") && SIGN_OFF_WORDS(lower.slice(0, -1).trimEnd())

// `12/04/2026, 09:52 - `, or a time alone before a dash or a pipe (`15:43:23 — `, `6:42 PM — `, `18:50 | `).
const DASH_STAMP = /^[^\p{L}\p{N}]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? )?\d{1,2}[:.h]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)? [-–—|] $/iu
// Or a time alone before the speaker, as a chat window copies its lines (`14:05 Jussi Heikkinen: …`, `(08:16) Marama – …`). A note's key may
// stand there too (`09:43 Hafen: …`, `11:42 ICCID: 8935…`): one word only when a list knows it, its desk follows in
// brackets or it speaks again (a chat's turns), and not before a code.
const BARE_STAMP = /^[^\p{L}\p{N}]*(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? )?\d{1,2}[:.h]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?\)? $/iu
function bareStamped(text: string, lineStart: number, start: number, end: number, listed: boolean): boolean {
  if (!BARE_STAMP.test(text.slice(lineStart, start)) || keyOfCode(text, start, end)) return false
  const word = text.slice(start, end)
  // A stamp's `PM` title-cased with a capitalised line (`8:48 Pm Warn Auth-Svc:`, `6:45 Pm — A. Nair:`) is no speaker's word.
  if (/^[AaPp]\.?[Mm]\.?(?: |$)/.test(word)) return false
  return listed || word.includes(" ") || text.charCodeAt(end) === 32 || text.indexOf(`${word}:`, end + 1) >= 0 || text.lastIndexOf(`${word}:`, start - 1) >= 0
}

// The chat's own "you" and "guest" tags, also a given name or a surname elsewhere (`Tú`, `Gast`): no speaker's name.
const SELF_TAGS = new Set(["tú", "gast", "gäst"])
// A desk's name of two words or more: one word in brackets is the person of a desk named before it (`Solvärme Norr (Ture):`).
const DESK_AFTER = /^ (?:\(\p{Lu}[\p{L}\p{M}'’&.-]*(?: [\p{L}\p{M}'’&.-]+){1,4}\)|[·•] \p{Lu}[\p{L}\p{M}'’&.-]*(?: [\p{L}\p{M}'’&.-]+){0,4}):/u

// A note's stamped key before a code or a long number (`11:42 ICCID: 8935…`, `16:58 Račun: INV-2026-48`): one word.
const CODE_VALUE = /^:[ \t]*(?:\p{L}[\p{L}-]*\d|\d[\p{L}\d/-]*\p{L}|\d{16})/u
const keyOfCode = (text: string, start: number, end: number) => !text.slice(start, end).includes(" ") && CODE_VALUE.test(text.slice(end, end + 24))

/** Whether the name opens its line right after a chat stamp: `[…]` or `date, time - `. */
function stampedSpeaker(text: string, lineStart: number, start: number): boolean {
  let at = lineStart
  while (at < start && !/[\p{L}\p{N}[]/u.test(text[at]!)) at++
  if (text.charCodeAt(at) === 91) {
    // A stamp holds a time or a date, and a space parts it from the name (not `[call me](tel:…)`).
    const after = afterStamp(text, at, start)
    return after > at && /\d/.test(text.slice(at, after)) && isSpace(text, after) && !hasLetterOrDigit(text, after, start)
  }
  return DASH_STAMP.test(text.slice(lineStart, start))
}

/**
 * How strongly the text before a name (and the character after it) says "a person's name follows". `line`: where the
 * name's line starts (find() keeps it); only the 60 characters before the name are read, or a text of many
 * capitalised words on one long line would be quadratic.
 */
// Whom a note names by their part in brackets after the name (`Puhuttu Toivo Kärkkäinen (asiakas).`, `Görüşülen Yıldız
// Öztürk (müşteri)`): two words, each may be a word too (`Toivo` is "hope", `Yıldız` "star").
const partyInBrackets = (text: string, start: number, end: number) => text.charCodeAt(end + 1) === 40 && text.slice(start, end).includes(" ") && PARTY_IN_BRACKETS.test(text.slice(end, end + 24))
const PARTY_IN_BRACKETS = /^ \((?:customer|caller|client|cliente|clienta|patient|paciente|tenant|klant|beller|kunde|kundin|anrufer|kund|asiakas|soittaja|klient|klientka|zákazník|zákaznice|müşteri|arayan|korisnik|korisnica|корисник|корисница|клієнт|клієнтка|клиент|πελάτης|πελάτισσα|viðskiptavinur|ügyfél|appelant|appelante|chiamante|llamante)\)/iu

const givenNameTag = (tag: string, isFirst: (lower: string) => boolean) => {
  const word = /^[^\p{L}\p{N}]*(\p{Lu}[\p{Ll}\p{M}'’-]+) ?$/u.exec(tag)
  return word !== null && isFirst(word[1]!.toLowerCase())
}
/** Whether `text.slice(start, end)` is a speaker tag's brackets after a given name alone: the speaker's desk (`Kevin (Loan Servicing):`). */
export function deskAfterGivenName(text: string, start: number, end: number, isFirst: (lower: string) => boolean): boolean {
  if (text.charCodeAt(start - 1) !== 40 || !/^\) ?:/.test(text.slice(end, end + 3))) return false
  const line = text.lastIndexOf("\n", start - 1) + 1
  return start - line <= 60 && givenNameTag(text.slice(afterStamp(text, line, start), start - 1), isFirst)
}

export function cueScore(text: string, start: number, end: number, strength: "none" | "two-words" | "known", line: number, common = false, listed = false, isFirst: (lower: string) => boolean = () => false): number {
  const lineStart = Math.max(line, start - 60)
  // A chat's mention (`@Rhys can you …?`): RUN starts a name after an `@` opening a word, ends none before an address's `@`.
  if (text.charCodeAt(start - 1) === 64) return 0.8
  // A mail's sender: a name before its address in angle brackets (`Lumi Väisänen <lumi@…>`), or after a quote's date
  // before `wrote:` in a covered language (`On 07/02/2025 Sunny wrote:`, `2026. 02. 13. Balogh Ünige <…> írta:`).
  const next = text.charCodeAt(end)
  if (next === 32 && strength !== "none" && text.charCodeAt(end + 1) === 60 && SENDER_ADDRESS.test(text.slice(end, end + 80))) return 0.85
  // One unlisted word there is a desk's (`On 3 May 2026, Claims wrote:`).
  if (next === 32 && (strength !== "none" || listed) && opensOne(WROTE_FIRST, text.charCodeAt(end + 1), false) && WROTE.test(text.slice(end, end + 16)) && /\d\.?,?[ \t]$/.test(text.slice(Math.max(lineStart, start - 3), start))) return 0.85
  // Who can be reached on a number (`Arnab can be reached on 044 …`, `Maarten bereikbaar op …`), and an item of a list of
  // whom to call (`…, Princess on 0927/762 1992, Dindo on 02-…`): a listed name, or a word no list holds.
  if (next === 32 && (listed || !common) && reachedAfter(text, start, end, listed)) return 0.8
  // Who answers the phone, naming themself before the verb (`Harbourside Animal Clinic, Gráinne speaking.`, `Fatmir am
  // Apparat`, `Aino puhelimessa`): a known first name that is no word (not `Paris speaking`), or two words; partyInBrackets.
  if (next === 32 && ((strength !== "none" && SPEAKING_AFTER.test(text.slice(end, end + 16))) || partyInBrackets(text, start, end))) return 0.8
  // Who leaves a message naming themself before a number (`Storm here, best number is …`, `Jun Jie here, call me on …`):
  // any word but an everyday one alone.
  if (next === 32 && opensOne(HERE_FIRST, text.charCodeAt(end + 1), true) && (listed || !common || text.slice(start, end).includes(" ")) && HERE_THEN_NUMBER.test(text.slice(end, end + 64))) return 0.8
  if (deskOrReport(text, start, end, lineStart, listed, common)) return 0.8 // `Grace from our accounts team`, `ask for Mark`, `- Adeyemi says`
  // Tests on the text in place, the cheap ones first: most capitalised words follow an ordinary word and no cue can
  // match; the text before the name is copied only for the phrase and line tests that need it.
  const [a, b] = lastWordIn(text, Math.max(lineStart, start - 24), start)
  const phraseCue = LAST_WORD_SET.hasRange(text, a, b)
  const before = () => text.slice(lineStart, start)
  const lower = phraseCue ? collapseSpaces(before().toLowerCase()).trimEnd() : ""
  if (phraseCue && TITLE_BEFORE(lower)) return 0.85
  if (colonAfter(text, end) && ROLE_BEFORE.test(before())) return 0.85
  if (colonBefore(text, lineStart, start)) {
    if (HEADER_BEFORE.test(before())) return 0.8
    // A party label (`Customer:`) also opens a speaker's sentence: a name only when its value is the name.
    const alone = text.slice(start, end).includes(" ") || /^[*_]*\s*(?:$|[\n|,;(<\t])/.test(text.slice(end, end + 4))
    if (alone && PARTY_BEFORE.test(before())) return 0.8
  }
  const tag = speakerTag(text, start, end, lineStart, strength, listed, isFirst)
  if (tag !== undefined) return tag
  // The person of a company's or a desk's speaker tag, in its brackets (`[10.12] Solvärme Norr (Ture):`, `Mendly (Will,
  // agent):`): a listed first name, an everyday word too; not after a given name alone (`Kevin (Loan Servicing):`).
  if ((strength === "known" || listed) && text.charCodeAt(start - 1) === 40 && /^(?:, [\p{Ll} ]{1,20})?\) ?:/u.test(text.slice(end, end + 24)) && /^[^\p{L}\p{N}]*\p{Lu}[^:()\n]{0,40} ?\($/u.test(text.slice(afterStamp(text, lineStart, start), start)) && !givenNameTag(text.slice(afterStamp(text, lineStart, start), start - 1), isFirst)) return 0.8
  // A chat export's speaker after its stamp (`[15 Nov 2026, 12:44] Haruto Kobayashi: …`, `12/04/2026, 09:52 - Ana Lima: …`).
  // One word will do there unless it is an everyday word (`[10:05] System: …`).
  // A listed first name that is also a word counts there too (`[09:02] Mark: Hello!`); an everyday word alone does not (`[10:05] System:`). Or its desk in brackets after it (`14:05 Mei Ling (Northstar Lotteries): …`).
  if ((strength !== "none" || !common || listed) && !SELF_TAGS.has(text.slice(start, end).toLowerCase()) && (colonAfter(text, end) || text.startsWith(" | ", end) || DESK_AFTER.test(text.slice(end, end + 48))) && (stampedSpeaker(text, lineStart, start) || bareStamped(text, lineStart, start, end, listed || strength === "known"))) return 0.8
  // A desk's chat speaker, the person before the desk's name (`[10:14am] May @ Little Acorns Child Care: …`), any word.
  if (text.startsWith(" @ ", end) && AT_DESK.test(text.slice(end, end + 70)) && stampedSpeaker(text, lineStart, start)) return 0.8
  // A relative's name in brackets (`mum (Heidi) rang`, `her dad (Les) picks up`).
  if (text.charCodeAt(start - 1) === 40 && text.charCodeAt(end) === 41 && RELATIVE_OPEN.test(text.slice(Math.max(lineStart, start - 16), start))) return 0.8
  if (phraseCue && INTRO_BEFORE(lower) && !writerQuotes(lower)) return 0.8
  if (phraseCue && GREETING_BEFORE(lower) && /^(?:[,!.:;?)\s]|$)/.test(text.slice(end, end + 2))) return 0.8
  if (phraseCue && SIGN_OFF_BEFORE(lower)) return 0.8
  // An agent's sign-off closing a note: ` /Aiko`, ` -- Aiko` or a known first name after one dash (` -Tyler`) at the line's end.
  if (signedAtLineEnd(text, start, end, strength === "known") && !common) return 0.8
  // A name opening its line (emoji or a bullet may come first) under a sign-off line, ending at a space, a comma or
  // the text's end (checked first: most names opening a line end at a `:`).
  if ((end >= text.length || text.charCodeAt(end) === 44 || isSpace(text, end)) && !hasLetterOrDigit(text, lineStart, start)) {
    // One blank line may stand between the sign-off and the name (`Yours faithfully,⏎⏎Hiroshi Chen`).
    let prevEnd = Math.max(0, line - 1)
    if (/^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", prevEnd - 1) + 1, prevEnd)) && prevEnd > 0) prevEnd = text.lastIndexOf("\n", prevEnd - 1)
    const prevLine = text.slice(text.lastIndexOf("\n", prevEnd - 1) + 1, Math.max(0, prevEnd))
    if (SIGN_OFF_LINE.test(prevLine)) return 0.85
    // Under a mail's signature delimiter (`-- `), a listed first name, a word or not (`-- ⏎Will ✅`), signs it.
    if ((listed || strength !== "none") && /^--[ \t]*$/.test(prevLine)) return 0.85
  }
  // Weaker cues: a role noun (`Caller`) for two words or a known first name; a mention (`spoke with`, `von`) or a vocative
  // (`Noted, Anna.`) for a known first name only.
  // A listed first name that is also a word, alone above a quoted mail or on a message's last line (`…sorted.⏎Grace`).
  if (listed && ((signatureLine(text, lineStart, start, end) && quoteBelow(text, end)) || lastLineAlone(text, lineStart, start, end))) return 0.7
  // Whose someone is (`my flatmate Eira picks up`, `moja żona Róża odbiera`, `poikani Onni vastaa`), or whom a voicemail
  // is for (`Voicemail for Tegan from …`): a listed first name, an everyday word too, or a word no list holds.
  if ((listed || !common) && ownedOrFor(text, lineStart, start, listed)) return 0.8
  if (strength === "none") return 0
  if (phraseCue && ROLE_NOUN_BEFORE(lower)) return 0.7
  if (strength === "two-words") return 0
  // A known first name closing a letter alone on its line (`…not even valid.⏎⏎Farhan Khan`).
  if ((phraseCue && MENTION_BEFORE(lower)) || signatureLine(text, lineStart, start, end)) return 0.7
  const vocative = start - 3 >= lineStart && text.charCodeAt(start - 1) === 32 && text.charCodeAt(start - 2) === 44 && letterBefore(text, start - 2, lineStart, false)
  const c = text.charCodeAt(end)
  if (vocative && (end === text.length || c === 46 || c === 33 || c === 63)) return 0.6
  return 0
}

/**
 * A speaker tag opening the line: `Aroha (agent):`, `<Kwame>`, a role after a pipe (`Min-jun | Klantenservice:`); the
 * tag's opening `(` or ` |` is checked before the rest. Undefined when the word opens no tag.
 */
function speakerTag(text: string, start: number, end: number, lineStart: number, strength: "none" | "two-words" | "known", listed: boolean, isFirst: (lower: string) => boolean): number | undefined {
  const c0 = text.charCodeAt(end)
  const c1 = c0 === 32 ? text.charCodeAt(end + 1) : c0
  const tagged = c1 === 40 || (c0 === 32 && c1 === 124)
  if (!(tagged || (c0 === 62 && text.charCodeAt(start - 1) === 60)) || hasLetterOrDigit(text, afterStamp(text, lineStart, start), start)) return undefined
  // A machine's tag is a label (`Sammanfattning (AI):`, `Summary (auto):`); a name in the brackets makes it a company's.
  const after = text.slice(end, end + 54)
  if (tagged && (MACHINE_TAG.test(after) || FIELD_REMARK.test(after))) return 0
  // A form's key with a remark in lower case whose value is a name (`Patient (child): 📞 Mercy Ntsima`, `Pacjent (dziecko):
  // Michał Sęk, …`), unless the word is a known given name or the remark a speaker's role (`Mensah (customer): …`).
  if (tagged && strength !== "known" && !listed && nameValueAfterRemark(text.slice(end, lineEndOf(text, end)))) return 0
  // A desk's or a company's tag with its person in the brackets, a known given name (`Mendly (Dölf):`, `Mendly (Will,
  // agent):`): the person's, not the word's (`Rose (Heathergate):` is Rose's, of Heathergate).
  const desk = tagged && strength !== "known" ? DESK_PERSON.exec(after) : null
  if (desk && isFirst(desk[1]!.toLowerCase()) && !SPEAKER_ROLES.has(desk[1]!.toLowerCase())) return 0
  return (tagged && SPEAKER_ROLE.test(after)) || c0 === 62 ? 0.8 : undefined
}

const HERE_FIRST = firstUnits(["here"], true)
const HERE_THEN_NUMBER = /^ here[,;:.]? (?:(?:the |my )?best number|my number|call me|ring me|reach me|text me|you can (?:reach|get) me)[^\n\d]{0,24}[+(\d]/iu
const SPEAKING_AFTER = new RegExp(`^ (?:${ANSWERING_PHONE}|на зв'язку|на проводі)(?![\\p{L}])`, "u")
// After a name: who can be reached at a number, in the covered languages.
const REACHED_WORDS = ["can be reached", "can take it on", "is reachable", "is available", "erreichbar", "ist erreichbar", "bereikbaar", "joignable", "est joignable", "raggiungibile", "è raggiungibile", "localizable", "contactable", "pode ser contatad[oa]", "é contactável", "nås", "tavoitettavissa", "elérhető", "dostępny", "dostępna", "k zastižení", "je dosegljiv", "je dosegljiva", "je dostupan", "je dostupna", "διαθέσιμ[οη]ς?"]
const REACHED = new RegExp(`^ (?:${REACHED_WORDS.join("|")})\\b`, "iu")
const REACHED_FIRST = firstUnits(REACHED_WORDS, true)
// An item of a list, then `on` or `via` and a number or an address (`, Princess on 0927/762 1992`, `- Kirra on 00353 …`).
const LISTED_FIRST = firstUnits(["on", "via", "at", "no", "na", "al", "au", "op", "på", "em"], false)
const LISTED_ON = /^ (?:on|via|at|no|na|al|au|op|på|em) ?(?:\+\d|\(?0\d|\d{3}[\d .\/-]{3,}\d|[\p{L}\p{N}._%+-]+@)/u
// Not after a sentence's end (`Sorry! Rebook on +61 …`): a list's item follows its start, a separator or a sign.
const ITEM_BEFORE = /(?:^|\n|[,;:|–—-][ \t]|[^\p{L}\p{N}\s&.'’()!?][ \t])$/u
// The next item of the list: another capitalised word on or via a number or an address.
const NEXT_LISTED = /^[^\n,;|]{0,40}[,;|][ \t]+(?:and[ \t]+)?\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)? (?:on|via|at|no|na|al|au|op|på|em) ?(?:[+(\d]|[\p{L}\p{N}._%+-]+@)/u
// The item before: a number or an address, then the separator.
const PREVIOUS_LISTED = /(?:\d|@[\p{L}\p{N}.-]+\.\p{L}{2,})[ \t]*[,;|][ \t]+$/u
function reachedAfter(text: string, start: number, end: number, listed: boolean): boolean {
  // The unit after the space first: most names are followed by a word that opens neither phrase, and nothing is copied.
  const c = text.charCodeAt(end + 1)
  if (opensOne(REACHED_FIRST, c, true) && REACHED.test(text.slice(end, end + 28))) return true
  if (!opensOne(LISTED_FIRST, c, false) || !LISTED_ON.test(text.slice(end, end + 28)) || !ITEM_BEFORE.test(text.slice(Math.max(0, start - 2), start))) return false
  // A word no list holds needs another item of the list beside it (`Princess on 0927/…, Dindo on 02-…`).
  return listed || NEXT_LISTED.test(text.slice(end + 4, end + 80)) || PREVIOUS_LISTED.test(text.slice(Math.max(0, start - 48), start))
}
