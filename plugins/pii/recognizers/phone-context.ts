import { cutShort } from "./line-start.ts"
import { nameWords } from "./person.ts"
import { kinNamed, titledNamed } from "./phone-kin.ts"
import { patternOnLineBefore, wordsOnLineBefore } from "./phone-line-words.ts"
import { capitalisedEndsAt, capitalisedThenComma, pastSpaces, spaceOrTab } from "./phone-name-end.ts"
import { bracketAfterName, signOff } from "./phone-named.ts"
import { COMPACT_DATE, DATE_OR_ROUND } from "./phone-shapes.ts"
import { choiceBeforePhone } from "./phone-siblings.ts"
import { NUMBER_NOUNS, OR_WORDS, OTHER_WORDS, PHONE_NOUNS, PHONE_WORDS, SSN_WORDS } from "./phone-words.ts"

// Relatives whose name before a number says whose it is (`my brother Thato on …`).
const KIN = ["wife", "husband", "partner", "brother", "sister", "son", "daughter", "mother", "father", "mum", "mom", "dad", "neighbour", "neighbor", "colleague", "carer", "guardian", "cousin", "aunt", "uncle", "niece", "nephew", "grandson", "granddaughter", "fiancé", "fiancée"]

// What the text around a number says of it, beyond its shape: a signature's separators, a bracket naming another
// number after it, a caller's own grouping after a phone word.

/**
 * A signature's or a contact line's number: set apart by `·`, `|` or `•` on a line that holds a mail address
 * (`Mesimumm · 623.0125 · info@…`, `24/7 (806) 377-7486 | arc@…`).
 */
export function contactLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start) + 1
  const lineEnd = text.indexOf("\n", end)
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)
  if (signedNumber(text, start, end)) return true
  // Another number said before with `or`, `and` or a comma (`I'm on +44 28 9222 1377 or 79857495`): spaces end it, and
  // it opens with `+` or `00`.
  const said = spaceOrTab(text.charCodeAt(start - 1)) ? text.slice(Math.max(lineStart, start - 40), start) : ""
  const alternative = said.includes("+") || said.includes("00") ? ALTERNATIVE.exec(said) : null
  if (alternative && (alternative[1]!.match(/\d/g)?.length ?? 0) <= 15) return true
  // Another number said after it with a slash, `or` or a comma, written international (`Ingrid: 47372690 / +47.902.20.249`).
  if (ALTERNATIVE_AFTER.test(text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + 30))) || choiceBeforePhone(text, end)) return true
  // Right after a person's name and a comma, as a list of whom to call gives it (`taksator: Storm Østergaard, 40816275;`),
  // or the name alone or with `on` (`Maria Antoniou 6985780941`, `Precious on 71875834`): whom to call. Not a date or a
  // round sum that a name stands before (`Paid to Grace on 20241130`, `Refund: Anna Berg 4500000`).
  if (!DATE_OR_ROUND.test(text.slice(start, end))) {
    // NAME_COMMA ends in a comma (past spaces): most numbers follow none.
    // Or after the name, a comma, the address's postcode and a dash, as a driver's list gives a stop (`Stop 8: Rita Borg, DLL 9625 — 99…`).
    const postcode = POSTCODE_DASH.exec(text.slice(Math.max(lineStart, start - 20), start))
    const at = postcode ? start - postcode[0].length : start
    const comma = text.charCodeAt(pastSpaces(text, at) - 1) === 44 ? NAME_COMMA.exec(text.slice(Math.max(lineStart, at - 48), at)) : null
    if (comma && !(comma[1] && (OTHER_WORDS.test(comma[1]) || NUMBER_NOUNS.test(comma[1]) || /(?:^|\s)(?:no|id|#)\.?(?:\s|$)/i.test(comma[1]))) && !(postcode === null && postcodeAfterName(text, start, end))) return true
    // Or after a word in running text (`is Shanice Bailey, 876…`, `koordinátorka Věra Růžičková 533/…`): a known given name then.
    if (!comma && wordThenName(text, lineStart, start, end)) return true
    if (listedName(text, start) || personOn(text, start) || bracketAfterName(text, start, end, (at) => nameBefore(text, at), nameWords.isOrdinary)) return true
  }
  if (whoseAfter(text, end)) return true
  // Right after a mail address and `or` (`… a.lopes@inbox.example.com ou 928485487`), or a comma with the number ending its
  // line or sentence (`divya@home.example.org, 7325782461⏎`): another way to reach the one the mail is.
  if (mailThen(text, lineStart, start, end)) return true
  // Right after a mail address and a comma, in the bracket of whom it names (`Nuno Martins (nuno.martins@sapo.pt, 938…)`).
  // The bracket's close must follow the number: a word after it names some other number (`(billing@acme.com, 0161 … invoice)`),
  // and a date written as digits is no phone (`(orders@shop.com, 20231114)`) (review).
  // MAIL_COMMA ends in a comma (past spaces): most numbers follow none.
  if (text.charCodeAt(pastSpaces(text, start) - 1) === 44 && MAIL_COMMA.test(text.slice(Math.max(lineStart, start - 80), start)) && /^[ \t]*\)/.test(text.slice(end, end + 4)) && !COMPACT_DATE.test(text.slice(start, end))) return true
  // Alone on its line (past an emoji) under a name (a signature: `Jaro Novotný⏎557.140.964`), or under a lone name
  // under a mail's `-- ` delimiter (`-- ⏎Astrid⏎🚢 22055811`).
  const endsLine = end - lineStart === line.trimEnd().length
  if (endsLine && start === lineStart + line.search(/[\p{L}\p{N}(+]/u)) {
    const above = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, Math.max(0, lineStart - 1))
    if (NAME_LINE.test(above) || signedName(text, lineStart, above)) return true
  }
  // Not a table's cell (`| Part | F 3125550199 |`).
  if (!line.trimStart().startsWith("|") && taggedItem(text, start, end, endsLine)) return true
  const sepBefore = separatorBefore(text, start)
  if (!sepBefore && !separatorAfter(text, end)) return false
  // The last item of a signature's line (`Musikkskolen Fiolinbua | 41493633`), not a table's cell, or one by a mail address.
  if (sepBefore && endsLine && !line.trimStart().startsWith("|") && (line.match(/ [|·•] /g)?.length ?? 0) <= 4) return true
  return /[^\s@]@[^\s@]+\.\p{L}/u.test(line)
}
const MAIL_THEN = new RegExp(String.raw`[^\s@]@[^\s@,;()]+\.\p{L}{2,}[ \t]*(?:(,)|${OR_WORDS.join("|")})[ \t]+$`, "iu")
function mailThen(text: string, lineStart: number, start: number, end: number): boolean {
  // The `@` first, in the 80 units before on the line: most numbers have none.
  const from = Math.max(lineStart, start - 80)
  if (text.lastIndexOf("@", start) < from) return false
  const m = MAIL_THEN.exec(text.slice(from, start))
  return m !== null && !COMPACT_DATE.test(text.slice(start, end)) && (!m[1] || /^[ \t]*(?:[.;]?[ \t]*(?:\r?\n|$))/.test(text.slice(end, end + 4)))
}
const isSeparator = (c: number) => c === 124 || c === 0xb7 || c === 0x2022
/** `/[·|•][ \t]*$/` on the 3 units before `start`, read back by units. */
function separatorBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 3)
  let i = start
  while (i > from && spaceOrTab(text.charCodeAt(i - 1))) i--
  return i > from && isSeparator(text.charCodeAt(i - 1))
}
// A signature's one-letter tags for a phone: mobile, telephone, fax, direct, private, work, home, cell.
const TAG_LETTERS = new Set([..."MTFDPWHC"].map((ch) => ch.charCodeAt(0)))
/**
 * An item of a signature's line tagged with one capital (`| M 4042407827 |`, `· F 28256329` ending the line): a
 * separator, the tag and a space before it, a separator or the line's end after it.
 */
function taggedItem(text: string, start: number, end: number, endsLine: boolean): boolean {
  const tag = pastSpaces(text, start) - 1
  if (tag === start - 1 || !TAG_LETTERS.has(text.charCodeAt(tag)) || !spaceOrTab(text.charCodeAt(tag - 1))) return false
  return separatorBefore(text, tag) && (endsLine || separatorAfter(text, end))
}
/** `/^[ \t]*[·|•]/` on the 3 units after `end`. */
function separatorAfter(text: string, end: number): boolean {
  const to = Math.min(text.length, end + 3)
  let i = end
  while (i < to && spaceOrTab(text.charCodeAt(i))) i++
  return i < to && isSeparator(text.charCodeAt(i))
}
/**
 * Whether a person's name ends right before `at` (past spaces and tabs): a listed given name, then at most two
 * capitalised words that are no everyday words (`Siobhán`, `Maria Antoniou`; not `Grace Period`, `Invoice Total`).
 */
export function nameBefore(text: string, at: number): boolean {
  if (!capitalisedEndsAt(text, pastSpaces(text, at))) return false
  const m = NAME_BEFORE.exec(text.slice(Math.max(0, at - 48), at))
  if (!m) return false
  const [first, ...rest] = m[1]!.toLowerCase().split(" ")
  // A double given name is known by its first part (`Shauna-Kay`, `Anna-Lena`).
  const known = nameWords.isFirst(first!) || (first!.includes("-") && nameWords.isPlainFirst(first!.slice(0, first!.indexOf("-"))))
  return known && !rest.some((w) => nameWords.isOrdinary(w))
}
/** Whether `start` follows a person's name and `on` or `at`, spaced or glued (`Precious on 71875834`, `Siobhán on07823…`). */
export function personOn(text: string, start: number): boolean {
  // A relative's name right before it, with no `on` (`my daughter Farhana 07…`, `sąsiadka Beata: 7…`).
  if (kinNamed(text, start) || titledNamed(text, start)) return true
  // `on` and `at` in the covered languages as a list writes them (`Letícia no 11-…`, `Ebba på 070-…`, `Ludovica al …`).
  // Whoever `can take it on` a number answers it (`If I'm out, Thiago can take it on 0865 …`): read as `now on`.
  // Each ends in one of ON_LAST, past spaces: most numbers follow none.
  if (!ON_LAST.has(text.charCodeAt(pastSpaces(text, start) - 1))) return false
  const on = /(?:,?[ \t]+is[ \t]+on|[ \t]+(can)[ \t]+take[ \t]+it[ \t]+on|(?:^|[ \t])(?:(now)[ \t]+on|on|at|no|na|al|au|op|på|em|pe|unter))[ \t]*$/.exec(text.slice(Math.max(0, start - 20), start))
  if (on === null) return false
  // A bracketed role between the name and `now on` or `is on` (`Wambui Gitau (patient) now on …`, `Shanice (my other
  // half) is on …`).
  const at = start - on[0].length
  const now = on[1] ?? on[2]
  const remark = now || on[0].includes("is") ? ROLE_REMARK.exec(text.slice(Math.max(0, at - 30), at)) : null
  const nameEnd = remark ? at - remark[0].length : at
  // A relative's name and a listed one both end in a capitalised word, past spaces (a relative's in a hyphen too).
  if (!capitalisedEndsAt(text, pastSpaces(text, nameEnd), true)) return false
  // `is on` a number that some other noun follows is on a plan or an account (`Tom is on 12345678 account`).
  if (on[0].includes("is") && OTHER_WORDS.test(text, start, Math.min(text.length, start + 40))) return false
  // A relative's name is a name whether or not a list knows it (`my brother Thato on 74390984`), unless it is an
  // everyday word (`my son Will on …`).
  const relative = RELATIVE_NAMED.exec(text.slice(Math.max(0, nameEnd - 48), nameEnd))
  if (relative && !relative[1]!.toLowerCase().split(" ").some((w) => nameWords.isOrdinary(w))) return true
  if (!nameBefore(text, nameEnd)) return false
  // An item of a list or a line (`- Rose on …`, `, Usman on…`), or a relative's (`my wife Precious on …`); not a sentence's
  // object (`Signed by Mark on 20241130`, `Meeting with Rose on …`). Someone `now on` a number may also open a sentence.
  const before = text.slice(Math.max(0, nameEnd - 64), nameEnd)
  const m = (now || remark ? PERSON_NOW_ON : PERSON_ON).exec(before)
  return m !== null && (m[1] === undefined || RELATIONS.has(m[1].toLowerCase()))
}
// The last letters of `on`, `at`, `no`, `na`, `al`, `au`, `op`, `på`, `em`, `pe` and `unter`.
const ON_LAST = new Set([..."ntoalupåmer"].map((ch) => ch.charCodeAt(0)))
const ROLE_REMARK = /[ \t]+\(\p{Ll}[\p{Ll}\p{M} -]{1,24}\)$/u
// `my brother Thato`, `her son Kagiso Kgosi`: a possessive, a relative, then one or two capitalised words.
export const RELATIVE_NAMED = new RegExp(String.raw`(?:^|[^\p{L}])(?:my|his|her|our|their)[ \t]+(?:${KIN.join("|")})[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{Ll}\p{M}'’-]+)?)$`, "u")
// A name's capitalised words (`Maria`, `O'Hara`, `Jean-Luc`), and where an item of a list or a line starts: its line's
// start, a separator or a sign (an emoji) and a space, not `&` or a bracket (a company's name, a remark).
const CAPITALISED = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*`
const names = (min: number, max: number) => `${CAPITALISED}(?: ${CAPITALISED}){${min},${max}}`
const ITEM_START = String.raw`^|\n|[:;,–—\/|-][ \t]+|[^\p{L}\p{M}\p{N}\s&.'’()-]\uFE0F?[ \t]+`
const PERSON_ON = new RegExp(`(?:${ITEM_START}|(\\p{L}+)[ \\t]+)${names(0, 2)}$`, "u")
const PERSON_NOW_ON = new RegExp(`(?:${ITEM_START}|[.!?][ \\t]+|(\\p{L}+)[ \\t]+)${names(0, 2)}$`, "u")
const RELATIONS = new Set([...KIN, "friend", "parent", "child", "contact", "keyholder", "landlord", "tenant", "customer", "client", "caller", "patient", "learner", "student", "guest", "boss"])
/**
 * Whether a given name and a surname stand right before `start` as an item of a list or a line: after its start, a
 * separator or a sign (`– `, `: `, an emoji: `co-signer 🔁 Kagiso Kgosi 74018440`), not inside a sentence or a company's
 * name (`Mark & Spencer Bakery …`); a lone word is a batch's or a place's as often (`Lot 5141062`, `Georgia 2128-846`).
 */
function listedName(text: string, start: number): boolean {
  // Both expressions end in a capitalised word and spaces.
  if (!spaceOrTab(text.charCodeAt(start - 1)) || !capitalisedEndsAt(text, pastSpaces(text, start))) return false
  const before = text.slice(Math.max(0, start - 48), start)
  const m = LISTED_NAME.exec(before)
  if (m !== null) return nameBefore(text, start)
  // A given name alone, in a list of whom to call whose next item is another given name and its number or address
  // (`Sigrid 46.43.44.00, Ståle 45 52 35 16, Åse ase_h…`): plain given names, no everyday word (`Nada`, `Will`).
  const one = LISTED_FIRST.exec(before)
  if (one === null || !nameWords.isPlainFirst(one[1]!.toLowerCase())) return false
  const next = NEXT_ITEM.exec(text.slice(start, start + 64))
  if (next === null || !nameWords.isPlainFirst(next[1]!.toLowerCase())) return false
  // Not a list of some other numbers (`Serials: Amelia 4471223109, …`, `Stock: …`).
  const lineStart = text.lastIndexOf("\n", start - 1) + 1
  return !wordsOnLineBefore(OTHER_WORDS, text, lineStart, start) && !patternOnLineBefore(LIST_OF_THINGS, text, lineStart, start)
}
const LIST_OF_THINGS = /(?<![\p{L}])(?:serials?|stock|batch(?:es)?|lots?|items?|units?|models?|colou?rs?|cows|cattle|horses|animals|pets)(?![\p{L}])/iu
export const LISTED_FIRST = new RegExp(`(?:${ITEM_START})(${CAPITALISED})[ \\t]+$`, "u")
// The rest of the number, then the next item: a capitalised word and a number or an address.
const NEXT_ITEM = /^[\d ().\/-]*[,;][ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \t]+(?:[+(\d]|[\w.-]+@)/u
export const LISTED_NAME = new RegExp(`(?:${ITEM_START})${names(1, 2)}[ \\t]+$`, "u")
export const NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{M}\p{N}'’.-])(${names(0, 2)})[ \t]*$`, "u")
// A number written international (at most 15 digits, as a phone has) before it.
// Dutch writes "or" `of`.
const ALTERNATIVE = new RegExp(String.raw`(?<![\d])((?:\+|00)\d[\d ().-]{6,}\d)[ \t]*(?:,|and|of|${OR_WORDS.join("|")})[ \t]+$`, "iu")
const MAIL_COMMA = /\([^()\s@]+@[^()\s@]+\.\p{L}{2,},[ \t]*$/u
const ALTERNATIVE_AFTER = /^[ \t]*(?:\/|,|or|ou|o|eller|oder|of|nebo|vagy|ili|veya|yoki)[ \t]+(?:\+|00)\d/iu
// One capitalised given name on its line, right under a signature's `-- ` delimiter line.
const LONE_NAME = /^[^\p{L}\n]*(\p{Lu}[\p{L}\p{M}'’-]+)[ \t]*$/u
const signedName = (text: string, lineStart: number, above: string) => {
  // A given name (`Astrid`), not a heading (`Total`).
  const name = LONE_NAME.exec(above)?.[1]
  if (!name || !nameWords.isFirst(name.toLowerCase())) return false
  const aboveStart = lineStart - 1 - above.length
  return /(?:^|\n)--[ \t]*$/.test(text.slice(Math.max(0, aboveStart - 8), Math.max(0, aboveStart - 1)))
}
// Two or three capitalised words (a given name and a surname), a comma, the number: after a role's colon or a line's start.
// An emoji or a sign may stand between the colon and the name, and a bracketed role after it (`Caller: Pietro Cantù (intestatario), …`).
export const NAME_COMMA = new RegExp(String.raw`(?:^|[:;][ \t]*(?:[^\p{L}\p{N}\s]{1,12}[ \t]+)?|\n)${names(1, 2)}(?: \((\p{Ll}[\p{Ll}\p{M} -]{1,24})\))?,[ \t]*$`, "u")
/** Whose number it is, in a bracket right after it (`↳ Radica: 8686623348 (Marlon Mohammed)`): a known given name first. */
export function whoseAfter(text: string, end: number): boolean {
  // NAME_IN_BRACKET opens with a bracket, a space or a tab before it at most: most numbers are followed by none.
  if (text.charCodeAt(end) !== 40 && !(spaceOrTab(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 40)) return false
  const whose = NAME_IN_BRACKET.exec(text.slice(end, end + 64))
  return whose !== null && nameBefore(whose[1]!, whose[1]!.length)
}
const NAME_IN_BRACKET = new RegExp(String.raw`^[ \t]?\((${names(1, 2)})\)`, "u")
export const WORD_NAME_COMMA = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])(\p{Ll}[\p{Ll}\p{M}]*)[ \t]+${names(1, 2)}(,?[ \t]+|,)$`, "u")
// "Is" and the articles before a name in the covered languages (`is Shanice Bailey,`, `é a Rosa Conceição,`).
const COPULAS = new Set(["is", "was", "are", "é", "è", "es", "est", "ist", "är", "er", "jest", "je", "a", "o", "la", "el", "le", "il", "de", "het", "den"])
// A day, a month and a year run together or spaced (`30112024`, `30 11 2024`).
const DMY = /^(?:0?[1-9]|[12]\d|3[01])[ ./-]?(?:0?[1-9]|1[0-2])[ ./-]?(?:19|20)\d\d$/

/**
 * A known given name and a surname in running text right before the number, with or without a comma: after "is" or an
 * article, or after a word that is no everyday word (a role: `koordinátorka Věra Růžičková 533/…`); not after a
 * preposition or a payment's verb (`invoice for Anna Berg, 1234…`, `paid Anna Berg 4500000`), nor on a line naming
 * some other number, nor before a date.
 */
function wordThenName(text: string, lineStart: number, start: number, end: number): boolean {
  if (!capitalisedThenComma(text, start)) return false
  const named = WORD_NAME_COMMA.exec(text.slice(Math.max(lineStart, start - 48), start))
  if (named === null || DMY.test(text.slice(start, end))) return false
  const word = named[1]!
  if (!COPULAS.has(word) && nameWords.isOrdinary(word)) return false
  if (wordsOnLineBefore(OTHER_WORDS, text, lineStart, start) || wordsOnLineBefore(NUMBER_NOUNS, text, lineStart, start)) return false
  return nameBefore(text, start - named[2]!.length)
}
// A postcode (`DLL 9625`, `L-5047`, `2974`, `SW1A 1AA`) and a dash, before a number on a list's line.
const POSTCODE_DASH = /(?<=,[ \t]*)(?:\p{Lu}{1,3}[- ]?)?\d[\dA-Z]{2,4}(?: \d\p{Lu}{2})?[ \t]+[—–-][ \t]+$/u
/**
 * Six digits (or three and three) after a name and its comma, then a dash or the line's end, with a phone just after:
 * an Indian address's PIN code (`Rahul Nair, 722804 — 📱0091 …`, `Bill to: Meena Iyer, 069 979⏎phone 022 …`), not a phone.
 */
function postcodeAfterName(text: string, start: number, end: number): boolean {
  if (!/^\d{6}$|^\d{3} \d{3}$/.test(text.slice(start, end)) || !/^[ \t]*(?:[—–-]|\n|$)/.test(text.slice(end, end + 3))) return false
  const after = text.slice(end, end + 48)
  return /(?:\+|00)\d|\d{3}[ /.-]?\d{3,4}[ .-]?\d{3,4}/.test(after)
}
const NAME_LINE = /^[^\p{L}\n]*\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3}[ \t]*$/u

/** Whether a bracket opens right after `end` and its first words, up to a comma or its close, name some other number than a phone's. */
export function bracketNamesOther(text: string, end: number): boolean {
  const open = /^[ \t]?\(/.exec(text.slice(end, end + 2))
  if (!open) return false
  const from = end + open[0].length
  const stop = text.slice(from, from + 30).search(/[,;)\n]/)
  const to = stop < 0 ? Math.min(text.length, from + 30) : from + stop
  return OTHER_WORDS.test(text, from, to) && !PHONE_NOUNS.test(text, from, to)
}

/**
 * An SSN's 3-2-4 grouping written with spaces right after a phone word, no SSN word near: a phone number in the odd
 * groups of speech-to-text or a caller's own (`o meu número é 915 42 0763`), not an SSN.
 */
export const spokenGroups = (text: string, start: number, end: number, value: string, near: boolean): boolean =>
  near && !value.includes("-") && PHONE_WORDS.test(text, Math.max(0, start - 40), start) && !SSN_WORDS.test(text, Math.max(0, start - 80), Math.min(text.length, end + 80))

// A signer's line: one to three capitalised words, the first a given name or no everyday word (`Jian`, `Marta Ruiz`).
// A number's label in the signer's place (`Rechnungsnummer`, `Factuurnummer`).
const NUMBER_LABEL = /(?:nummer|number|numéro|número|numero|nr|ref)(?![\p{L}])/iu
const SIGNER = /^[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+)(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){0,2}[ \t]*$/u
/**
 * Whether the number at `start..end` is alone on its line (or with a remark in brackets after it: `1-888-414-2670
 * (24/7)`) under a signer's name under a sign-off (signedAbove), and no date written compactly.
 */
export function signedNumber(text: string, start: number, end: number): boolean {
  // Alone on its line: only spaces back to the line's start, read from the number (a long line is not read whole).
  let lineStart = start
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && /\s/.test(text[lineStart - 1]!)) lineStart--
  if (cutShort(text, lineStart)) return false
  const lineEnd = text.indexOf("\n", end)
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd)
  return (after.trim() === "" || REMARK_AFTER.test(after)) && !COMPACT_DATE.test(text.slice(start, end)) && signedAbove(text, lineStart)
}

/**
 * Whether the line ending before `lineStart` is a signer's name and the line above it a sign-off (`Cordiali saluti,⏎Jian⏎
 * 3993337957`): a number alone on the line under them is the signer's, however it is written.
 */
function signedAbove(text: string, lineStart: number, deskLines = 2): boolean {
  if (lineStart < 2) return false
  const nameStart = text.lastIndexOf("\n", lineStart - 2) + 1
  const above = text.slice(nameStart, lineStart - 1)
  const signer = SIGNER.exec(above)
  const first = signer?.[1]!.toLowerCase()
  const signed = first !== undefined && nameStart >= 2 && !NUMBER_LABEL.test(signer![0]) && !OTHER_WORDS.test(signer![0]) && (nameWords.isFirst(first) || !nameWords.isOrdinary(first)) &&
    signOff(text.slice(text.lastIndexOf("\n", nameStart - 2) + 1, nameStart - 1).trim().replace(/[,.!]+$/, ""))
  // A signer's role, desk or firm on a line or two between the name and the number (`Natalie Osei⏎Harbor Bank | Card
  // Services⏎1-888-…`, `Femke Dekker⏎Afdeling Schade⏎088 …`): short, no digit, no number's label.
  return signed || (deskLines > 0 && nameStart >= 2 && DESK_LINE.test(above) && !NUMBER_LABEL.test(above) && signedAbove(text, nameStart, deskLines - 1))
}
const REMARK_AFTER = /^[ \t]+\([^()\n\d]{0,16}(?:24\/7|\d{1,2}[:.]?\d{0,2}[ \t]*[-–][ \t]*\d{1,2}[:.]?\d{0,2})?[^()\n]{0,16}\)[ \t]*$/
const DESK_LINE = /^[ \t]*\p{Lu}[^\d\n:@]{1,48}$/u
