import { phraseAlternation } from "../../../core/index.ts"
import { INTRODUCTIONS, NAME_INTRODUCTIONS, ROLE_NOUNS, SIGN_OFFS } from "./person-cues.ts"
import { lowerSameLength, titledSpans } from "./person-caps.ts"
import { SHOUTED } from "./person-surname.ts"
import { contactRow } from "./person-rows.ts"

// A name in capitals on a line that is not (`My name is GRACE NWOSU.`, `cust BILL BUCHANAN – …`, `Naam: ROOS VAN DEN
// BROECK`, `Thanks heaps, KIRRA KENNEDY`): after an introduction, a role, a sign-off or a name's key, two to four words in
// capitals are read title-cased, and the person recognizer's own rules judge them as it judges any capitalised run.

// Two to four words in capitals of two letters or more, the whole of a run: no capitalised word after them, where a
// surname in capitals would come before its given name (`LO PRESTI Fabrizio`), which person-surname.ts reads.
const CAPS_RUN = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}\p{M}*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}\p{M}*){1,3}(?![\p{L}\p{M}\p{N}'’-])(?![ \t]+\p{Lu})/gu
// The cheap test first: two words in capitals side by side, which most texts do not hold.
const TWO_CAPS = /\p{Lu}\p{M}*\p{Lu}[ \t]+\p{Lu}\p{M}*\p{Lu}/u
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${phraseAlternation([...INTRODUCTIONS, ...NAME_INTRODUCTIONS, ...ROLE_NOUNS, ...SIGN_OFFS])})(?:[,.:]?[ \\t]+|[ \\t]+\\()$`, "iu")
// A form's key for the whole name, opening its line.
const NAME_KEY_BEFORE = /(?:^|\n)[ \t]*(?:name|full name|naam|nome|nome e cognome|nom|nom complet|nombre|nombre completo|namn|navn|nimi|nume|ime|név|customer name|client name|contact name|caller name)[ \t]*:[ \t]*$/iu
// Identifiers in capitals that a key or a role may come before: never a name.
const IDENTIFIERS = /(?<![\p{L}])(?:NINO|SSN|IBAN|BIC|SWIFT|DOB|PIN|CVV|VAT|IMEI|NHS|ID|IP|NI|PAN|OTP|SIM|GPS|MRN|EIN|NIF|NIE|DNI|CPF|REF|TEL|N\/A|NA|TBC|TBA|UNKNOWN|WITHHELD)(?![\p{L}])/u

// What a note says of a name shouted at its head (`NOTE 3 May: RACHEL KOWALSKI rang again`, `HARRIET LEWIS — home loan`):
// a word in small letters, or a dash and then one.
const TOLD_AFTER = /^[ \t]+(?:\p{Ll}|[—–-][ \t]+["“„]?\p{Ll})/u
// A note's head set apart by spaced dashes (`3:30pm - GRACE RUSSO - inb call`, `VM 8.00am - ISLA COOPER - "i need …`) or a
// subject's (`Subject: ÉMILIE WONG - CHV-50C`): there a given name opens a name, one that is also a word after a stamp.
const DASH_BEFORE = /[ \t][—–-][ \t]+$/u
const DASH_AFTER = /^[ \t]+[—–-][ \t]/u
const CELL_BEFORE = /\|[ \t]+$/
const CELL_AFTER = /^[ \t]+\|/
const MONTHS = new Set(["april", "may", "june", "july", "august"])
const STAMP_BEFORE = /(?:\d[:.]\d\d|\d[./-]\d{1,2}[./-]\d)[^\n]{0,12}[ \t][—–-][ \t]+$/u
const SUBJECT_BEFORE = /(?:^|\n)[ \t]*(?:subject|re|fw|fwd|betreff|objet|asunto|oggetto|assunto|onderwerp|ämne|emne|aihe|temat|předmět)[ \t]*:[ \t]*$/iu

/**
 * `text` with runs of capitals after a name's cue title-cased (or two or three opening with a given name `isFirst` reads,
 * a note's words after them: TOLD_AFTER), same length. A run holding a word `plain` calls an
 * everyday one (`cust PAID IN FULL`, `Thanks, SEE YOU SOON`) or a word notes shout (`URGENT`) is a remark and stays.
 */
export function titleCaseCuedCaps(text: string, plain: (lower: string) => boolean, isFirst: (lower: string) => boolean = () => false, isListed = isFirst): string {
  const spans: [number, number][] = greetedCaps(text, isFirst, plain)
  if (!TWO_CAPS.test(text)) return titledSpans(text, spans)
  for (const m of text.matchAll(CAPS_RUN)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index)
    const words = m[0].split(/[ \t]+/)
    if (IDENTIFIERS.test(m[0]) || words.some((w) => SHOUTED.has(lowerSameLength(w)) || plain(lowerSameLength(w)))) continue
    if (!(CUE_BEFORE.test(before) || NAME_KEY_BEFORE.test(before) || (words.length <= 3 && headed(text, m.index, m[0].length, before, lowerSameLength(words[0]!), isFirst, isListed)))) continue
    spans.push([m.index, m.index + m[0].length])
  }
  return titledSpans(text, spans)
}

// A message's addressee in capitals, one given name before a comma and the message's first word (`Brightwire: JENNIFER,
// your bill …`, `St Finbarr's Hospital: DARRAGH, your appointment …`, `Hi AMY, thanks …`): a mail merge's greeting; not a
// key's value (`Shade: HAZEL, no returns`).
const GREETED_CAPS = /(?:^|\n|:[ \t]+|(?:[Hh]i|[Hh]ello|[Dd]ear|[Hh]ey)[ \t]+)(\p{Lu}{3,}),[ \t]+(?:your|you|we|thank|thanks|this|our|please|just|it's|don't|there|votre|vous|nous|merci|ihr|ihre|wir|danke|su|tu|le|la|gracias|il|la|grazie|uw|je|we|bedankt)(?![\p{L}])/gu
// And a surname alone in capitals after a title, an initial maybe between (`Appt reminder for M. KOWALSKI`, `Mme DUPONT`,
// `Mr J BROWN`), as letters and forms write it; not an everyday word (`Ms GOLD plan`), an acronym with no vowel (`M.
// SNCF`), nor after a capitalised word or a number (`1400 Lakeshore Dr APT 12B`).
const TITLED_CAPS = /(?<![\p{L}\p{M}\p{N}]|\p{Lu}[\p{L}\p{M}]*[ \t]|\p{N}[ \t])(?:Mr|Mrs|Ms|Miss|Dr|M\.|Mme|Mlle|Herr|Frau)\.?[ \t]+(?:\p{Lu}\.?[ \t]+)?(\p{Lu}{3,}(?:-\p{Lu}{2,})?)(?![\p{L}\p{M}\p{N}'’-])/gu
function greetedCaps(text: string, isFirst: (lower: string) => boolean, plain: (lower: string) => boolean): [number, number][] {
  const spans: [number, number][] = []
  if (!/\p{Lu}\p{Lu}/u.test(text)) return spans
  for (const m of text.matchAll(GREETED_CAPS)) {
    const start = m.index + m[0].lastIndexOf(`${m[1]!},`)
    if (isFirst(lowerSameLength(m[1]!))) spans.push([start, start + m[1]!.length])
  }
  for (const m of text.matchAll(TITLED_CAPS)) {
    if (IDENTIFIERS.test(m[1]!) || !/[AEIOUYÀ-ÖØ-Ý]/u.test(m[1]!) || SHOUTED.has(lowerSameLength(m[1]!)) || plain(lowerSameLength(m[1]!))) continue
    const end = m.index + m[0].length
    spans.push([end - m[1]!.length, end])
  }
  return spans
}

/** Whether a run of two or three words in capitals opening with a given name heads a note (TOLD_AFTER) or is set apart as one. */
function headed(text: string, at: number, length: number, before: string, first: string, isFirst: (lower: string) => boolean, isListed: (lower: string) => boolean): boolean {
  const after = text.slice(at + length, at + length + 5)
  if (isFirst(first) && TOLD_AFTER.test(after)) return true
  // A contact row's cell (`CB | 17.02.2026 14.50 | FREDERIK PEDERSEN | 98 25 …`): a given name that is no word only.
  if (CELL_AFTER.test(after)) return CELL_BEFORE.test(before) && isFirst(first) && contactRow(text, text.lastIndexOf("\n", at - 1) + 1, at, at + length)
  if (!DASH_AFTER.test(after)) return false
  // Opening its line (`AMELIA OKAFOR – NI no. HE355137D taken`): a given name that is no word only.
  if (before === "" || before.endsWith("\n")) return isFirst(first)
  if (!(DASH_BEFORE.test(before) || SUBJECT_BEFORE.test(before))) return false
  // A given name that is also a word, only after a note's time or date (not `Release - MAX LOAD - see chart`), and no
  // month's (`12/03/2026 - MAY SALE - all items`).
  return isFirst(first) || (isListed(first) && !MONTHS.has(first) && STAMP_BEFORE.test(before))
}
