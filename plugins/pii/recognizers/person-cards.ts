import { phraseAlternation, type Candidate } from "../../../core/index.ts"
import { nameWords } from "./person.ts"
import { eastAsianSurnameFirst } from "./person-east-asian.ts"
import { KEYED_PERSONS, NOUN_ENDINGS, PLACEHOLDERS } from "./person-contact-words.ts"
import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { GREETINGS, PARTICLES } from "./person-cues.ts"

// Names a contact card, a calendar invitation or a mail client writes in fields of their own: a vCard's `N:` (family;
// given;…), an iCalendar attendee's `CN=` and a header's display name written surname first (`Nair, Rahul <…>`).
// Scored above a given name found alone in them (0.95), which the whole field replaces.
// Each is read only where its marker stands, so a text holding none costs one search per marker.

export const PARTICLE_SET = new Set(PARTICLES)
// One part of a name: capitalised words and lower-case particles (`van den Berg`, `Pujol i Vidal`, `Juan Carlos`).
// Catalan joins two surnames with `i`, Spanish with `y`: a joiner inside a card's field, where no sentence stands.
// Irish and Scottish prefixes before a second capital (`O'Sullivan`, `McDonald`, `MacNeil`).
const PART = /^(?:\p{Ll}{1,4} )*(?:\p{Lu}['’](?=\p{Lu})|Ma?c(?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*(?: (?:\p{Ll}{1,4} )*(?:\p{Lu}['’](?=\p{Lu})|Ma?c(?=\p{Lu}))?\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*){0,3}$/u
const JOINERS = new Set(["i", "y"])

/** Whether a field's part is a person's: name-shaped, no firm's, room's or team's word, no everyday word alone. */
function personPart(part: string): boolean {
  if (part.length < 2 || part.length > 60 || !PART.test(part)) return false
  const words = part.split(" ")
  const capital = words.filter((w) => !PARTICLE_SET.has(w) && !JOINERS.has(w))
  // A lower-case word that is no particle (`Room with view`) is a phrase's.
  if (capital.some((w) => !/^\p{Lu}/u.test(w))) return false
  const lower = capital.map((w) => w.toLowerCase())
  if (lower.some((w) => ORGANISATION_WORDS.has(w) || (w.length > 1 && nameWords.isTitle(w)))) return false
  // A surname may be an everyday word (`Rose`, `Young`); a part made of everyday words only is a name when one is listed,
  // or when a particle opens it (`de Jong`, `de Groot`).
  return PARTICLE_SET.has(words[0]!) || !lower.every((w) => nameWords.isOrdinary(w) && !nameWords.isListedFirst(w))
}

/**
 * The line after the line break at `at`, when it holds the vCard property `name` (`N:…`, `FN;CHARSET=UTF-8:…`), and its
 * colon's index in it; -1 when the line is another property (`NOTE:`, `NICKNAME:`).
 */
function propertyLine(text: string, at: number, name: string): [line: string, colon: number] {
  const lineEnd = text.indexOf("\n", at + 1)
  const line = text.slice(at + 1, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, "")
  const colon = line.indexOf(":")
  const next = line[name.length]
  return [line, colon >= name.length && (next === ":" || next === ";") ? colon : -1]
}

/** A vCard's structured name `N:Family;Given;Additional;Prefixes;Suffixes`: its family and given names, each a finding. */
function vcardNames(text: string, found: Candidate[]): void {
  for (let at = text.indexOf("\nN"); at >= 0; at = text.indexOf("\nN", at + 2)) {
    // `N:` or `N;CHARSET=UTF-8:`; not `NOTE:`, `NICKNAME:`.
    const [line, colon] = propertyLine(text, at, "N")
    if (colon < 0) continue
    let from = at + 1 + colon + 1
    const parts = line.slice(colon + 1).split(";")
    if (parts.length < 2) continue
    for (const [i, part] of parts.entries()) {
      // Family and given names; the prefixes and suffixes (`Dr.`, `Jr.`) are titles.
      if (i < 3 && personPart(part)) found.push({ start: from, end: from + part.length, score: 0.97 })
      from += part.length + 1
    }
  }
  fullNames(text, found)
}

/** A vCard's formatted name `FN:Josée Gagnon` (`FN;CHARSET=UTF-8:…`): the whole name, one finding, when it is a person's. */
function fullNames(text: string, found: Candidate[]): void {
  for (let at = text.indexOf("\nFN"); at >= 0; at = text.indexOf("\nFN", at + 3)) {
    const [line, colon] = propertyLine(text, at, "FN")
    if (colon < 0) continue
    const value = line.slice(colon + 1).trim()
    // Two words at least: one alone is a given name, found so elsewhere; an organisation's card has a firm's word.
    if (!value.includes(" ") || !personPart(value)) continue
    const start = at + 1 + colon + 1 + line.slice(colon + 1).indexOf(value)
    found.push({ start, end: start + value.length, score: 0.97 })
  }
}

/** Whether a value written `Surname, Given` holds a person's two parts. */
function surnameFirst(value: string): boolean {
  const comma = value.indexOf(", ")
  return comma > 0 && personPart(value.slice(0, comma)) && personPart(value.slice(comma + 2)) && value.indexOf(",", comma + 1) < 0
}

// An iCalendar property's common name: `ORGANIZER;CN="Nair, Rahul":mailto:…`, `ATTENDEE;CN=Ana Ruiz;ROLE=…`.
const CN = /;CN=(?:"([^"\n]{2,80})"|([^";:\n]{2,80}))[;:]/gy

/** An iCalendar attendee's or organiser's name. */
function calendarNames(text: string, found: Candidate[]): void {
  for (let at = text.indexOf(";CN="); at >= 0; at = text.indexOf(";CN=", at + 4)) {
    CN.lastIndex = at
    const m = CN.exec(text)
    if (!m) continue
    const value = m[1] ?? m[2]!
    const start = at + 4 + (m[1] !== undefined ? 1 : 0)
    if (surnameFirst(value) || personPart(value)) found.push({ start, end: start + value.length, score: 0.97 })
  }
}

// A header's display name before its address (`From: Nair, Rahul <rahul@…>`, `Od: "Kováč, Jozef" <…>`), after the
// header's colon or the address before it in a list; not a line's first words (`Customer, Nia Ruiz <…>`).
const DISPLAY = /[:;,][ \t]*"?([^"<>\n:;,]{2,40}, [^"<>\n:;,]{2,40})"?[ \t]*$/u

/** A mail header's display name written surname first, before an address in angle brackets. */
function displayNames(text: string, found: Candidate[]): void {
  for (let at = text.indexOf(" <"); at >= 0; at = text.indexOf(" <", at + 2)) {
    if (!/^[^\s<>@]+@/.test(text.slice(at + 2, at + 66))) continue
    const from = Math.max(text.lastIndexOf("\n", at) + 1, at - 90)
    const m = DISPLAY.exec(text.slice(from, at))
    if (!m || !surnameFirst(m[1]!)) continue
    const start = from + m.index + m[0].indexOf(m[1]!)
    found.push({ start, end: start + m[1]!.length, score: 0.97 })
  }
}

// A chat export's sender line: a time in brackets, then the sender's display name alone on its line, surname first
// (`[15:20] Haddock, Eleanor`, as Slack and Teams copy a workspace's directory names); or the name, two spaces and
// the time (`Måns Lindqvist  8:31 AM`, Slack's own header). Read only where a line holds such a time.
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[AaPp]\.?[Mm]\.?)?`
const SENDER_AFTER_TIME = new RegExp(String.raw`\[${TIME}\][ \t]+([^\n,:\[\]]{2,40}, [^\n,:\[\]]{2,40}?)[ \t]*$`, "uy")
const SENDER_BEFORE_TIME = new RegExp(String.raw`([^\n:\[\]@]{3,60}?)[ \t]{2,}${TIME}[ \t]*$`, "uy")
// What a sender line needs: most texts have neither, and are passed over by these two searches.
const BRACKET_TIME = /(?:^|\n)\[\d{1,2}:\d{2}/
// From a run's first space only: tried inside a run too, each start read the whole run again (200 KB of spaces took 17 s).
const SPACED_TIMES = /(?<! ) {2,}\d{1,2}:\d{2}/g

/** The line of `text` around `at`: its start and its text. */
function lineAt(text: string, at: number): [number, string] {
  const from = text.lastIndexOf("\n", at - 1) + 1
  const to = text.indexOf("\n", at)
  return [from, text.slice(from, to < 0 ? text.length : to)]
}

/** The start of the next line after `at` that opens with a bracket; -1 when there is none. */
function nextBracketLine(text: string, at: number): number {
  const next = text.indexOf("\n[", at)
  return next < 0 ? -1 : next + 1
}

/** The display names of a chat export's sender lines (surname first after a time, or before it with its time). */
function senderLines(text: string, found: Candidate[]): void {
  if (BRACKET_TIME.test(text)) {
    // The lines opening with a bracket: the first if the text does, then each after a line break.
    for (let at = text.charCodeAt(0) === 91 ? 0 : text.indexOf("\n[") + 1; at >= 0; at = nextBracketLine(text, at)) {
      const [from, line] = lineAt(text, at)
      SENDER_AFTER_TIME.lastIndex = 0
      const m = SENDER_AFTER_TIME.exec(line)
      if (m && surnameFirst(m[1]!)) found.push({ start: from + m[0].indexOf(m[1]!), end: from + m[0].indexOf(m[1]!) + m[1]!.length, score: 0.97 })
    }
  }
  if (!text.includes("  ")) return
  let last = -1
  for (const t of text.matchAll(SPACED_TIMES)) {
    const [from, line] = lineAt(text, t.index)
    if (from === last) continue
    last = from
    SENDER_BEFORE_TIME.lastIndex = 0
    const m = SENDER_BEFORE_TIME.exec(line)
    // Two words or more: one alone is a given name, found so elsewhere.
    if (m && m[1]!.includes(" ") && personPart(m[1]!)) found.push({ start: from, end: from + m[1]!.length, score: 0.97 })
  }
}

// A log's or a form's person key, its value written surname first (`actor="Campbell, Tyler"`, `Caller: Nair, Arjun`), to
// the value's closing quote, the line's end or the next `key=`. Read only after a key naming a person: other keys' values
// (`Location: Paris, France`) are places and things as often, and an agent's or an operator's tag names the firm first
// (`Operator: Kaffi Brennslan, Ingrid`).
// A person's key, in bold too (`**Caller:** Dlamini, Junhao (201.684.6336)`, `Καλών:`), its number after it maybe.
const PERSON_KEY_VALUE = new RegExp(String.raw`(?<![\p{L}\p{N}_.-])(?:${phraseAlternation(KEYED_PERSONS, " ", true)})[ \t]*(?:[*_]{1,2}[ \t]*)?[:=][ \t]*(?:[*_]{1,2}[ \t]*)?("?)([^"\n,:;=()]{2,40}, [^"\n,:;=()]{2,40}?)\1[ \t]*(?=$|\n|[ \t,;][\p{L}_]+=|\(|[ \t][ \t]+)`, "gu")
// A spreadsheet's cell pasted with tabs, written surname first (`Wilson, Chloe⇥+1-604-…`): one cell, the whole of it.
const TAB_CELL = /(?<=^|\t)([^\t\n,]{2,40}, [^\t\n,]{2,40})(?=\t|\r?$)/gmu
const GREETING_SET = new Set(GREETINGS)

/**
 * `value` written surname first, its given name a listed one, each part of one or two words besides particles, none of
 * them an everyday word or a greeting: a person's whole name. A speaker's line is written so as often (`Customer: Hi,
 * Colton Broussard`, `Agent: Lanternfield Hall, Wade Speaking`). `keyedAlone`, a person key's whole line (`Anrufer: Wiebe,
 * Swetlana`): one word on each side needs no list.
 */
export function listedSurnameFirst(value: string, keyedAlone = false): boolean {
  if (!surnameFirst(value)) return false
  const comma = value.indexOf(", ")
  if (eastAsianSurnameFirst(value.slice(0, comma), value.slice(comma + 2))) return true
  // A part that is all particles or initials keeps its words (`Smith, Al`, `Fan, Li`: a given name that is a particle too).
  const parts = [value.slice(0, comma), value.slice(comma + 2)].map((part) => {
    const words = part.split(" ").map((w) => w.toLowerCase())
    const kept = words.filter((w) => !PARTICLE_SET.has(w) && w.length > 1)
    return kept.length ? kept : words
  })
  // A particle makes the word after it a surname, a word or not (`de Jong, Ilse`, `de Groot, Marieke`).
  const particled = /^\p{Ll}/u.test(value)
  if (parts.some((words, i) => words.length > 2 || words.some((w) => (!(i === 0 && particled) && nameWords.isOrdinary(w)) || GREETING_SET.has(w)))) return false
  return nameWords.isListedFirst(parts[1]![0]!) || (keyedAlone && parts.every((words) => words.length === 1 && !PLACEHOLDERS.has(words[0]!) && !NOUN_ENDINGS.test(words[0]!)) && !particled && parts[0]![0] !== parts[1]![0])
}

/** A person key's value or a tab-separated cell written surname first, its given name a listed one: the whole value. */
function keyedSurnameFirst(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(PERSON_KEY_VALUE)) {
    const value = m[2]!
    if (!listedSurnameFirst(value)) continue
    const start = m.index + m[0].indexOf(value, m[0].search(/[:=]/))
    found.push({ start, end: start + value.length, score: 0.97 })
  }
  if (!text.includes("\t")) return
  const heads = new Map<number, number>()
  for (const m of text.matchAll(TAB_CELL)) if (listedSurnameFirst(m[1]!) && nameColumn(text, m.index, heads)) found.push({ start: m.index, end: m.index + m[1]!.length, score: 0.97 })
}
// A header's cell naming a person's column, in the covered languages (`name`, `customer_name`, `Nom`, `Naam`, `Név`, `Име`).
const NAME_HEADER = /name|customer|client|contact|person|caller|donor|buyer|guest|passenger|member|patient|^nom\b|naam|navn|nimi|név|meno|ime\b|vardas|vārds|имя|име|ім.я|nombre|nome|kund|kunde|asiakas|klient|ügyfél/iu

/**
 * Whether the tab-separated cell at `at` stands under a header naming a person (the first line of its run of tabbed lines):
 * without one, a cell written `Paris, France` is a place as often.
 */
function nameColumn(text: string, at: number, heads: Map<number, number>): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1
  let column = 0
  for (let i = text.indexOf("\t", lineStart); i >= 0 && i < at; i = text.indexOf("\t", i + 1)) column++
  // Up the run of lines holding tabs to its first: the header. Each line's head is kept, so a sheet's rows each climb
  // one line, not the whole sheet.
  let head = lineStart
  while (head > 0 && !heads.has(head)) {
    const previous = text.lastIndexOf("\n", head - 2) + 1
    if (!text.slice(previous, head - 1).includes("\t")) break
    head = previous
  }
  head = heads.get(head) ?? head
  heads.set(lineStart, head)
  if (head === lineStart) return false
  const end = text.indexOf("\n", head)
  const cell = text.slice(head, end < 0 ? text.length : end).split("\t")[column]
  return cell !== undefined && NAME_HEADER.test(cell)
}

/** The names of contact cards, calendar invitations, surname-first mail headers and chat sender lines in `text`. */
export function cardNames(text: string, found: Candidate[]): void {
  if (text.includes("BEGIN:VCARD") || text.includes("\nFN:")) vcardNames(text, found)
  if (text.includes(";CN=")) calendarNames(text, found)
  if (text.includes(" <")) displayNames(text, found)
  if (text.includes(", ")) {
    keyedSurnameFirst(text, found)
  }
  senderLines(text, found)
}
