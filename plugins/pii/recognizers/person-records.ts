import type { Candidate } from "../../../core/index.ts"
import { ORGANISATION_WORDS } from "./organisation-words.ts"
import { roleMailboxName } from "./person-role-mailbox.ts"

// Names that records written by programs hold, in any script and any case: a header's display name before its address
// (`From: "JAMAL WASHINGTON" <jamal@…>`, `P-Asserted-Identity: "ლევან ჩიქოვანი" <tel:+995…>`), a quoted value under a
// name's key (`Customer{id=3034, name='Travis Ramirez', email=…}`, a YAML `name: "TYLER WHITAKER"` in a diff), and a
// SQL insert's value under a name's column (`INSERT INTO customers (id, given_name, family_name, …) VALUES (1682,
// 'Marcus', 'Jefferson', …)`). The words are read by their shape only: letters of any script, each cased word opening
// with a capital (a whole word in capitals too), no digit, no firm's word.

const WORD = String.raw`[\p{L}][\p{L}\p{M}'’.-]*`
/** One to four words, or `Surname, Given` (a display name in a directory's order). */
const NAME = String.raw`${WORD}(?:,? ${WORD}){0,3}`
const NAME_ONLY = new RegExp(`^${NAME}$`, "u")

// A header naming a sender, a recipient or an author (mail, git, SIP), then its display name, then `<address>`.
const HEADER = new RegExp(
  String.raw`^(?:From|To|Cc|Bcc|Reply-To|Sender|Author|Commit|Committer|P-Asserted-Identity|Remote-Party-ID|Referred-By|Contact)[ \t]*:[ \t]*("?)(${NAME})\1[ \t]*<(?:sips?:|tel:|mailto:)?([^\s<>]+)>`,
  "gmu",
)
// A quoted value under a key that names a person or a part of one; its key alone or `key=`/`key:` in a record.
const PART_KEYS = "first_?name|last_?name|given_?name|family_?name|middle_?name|full_?name|surname|forename|customer_?name|client_?name|contact_?name|display_?name|firstName|lastName|givenName|familyName|fullName|customerName|displayName"
const ROLE_KEYS = "name|author|owner|staff|agent|assignee|customer|caller|guest|passenger"
const QUOTED = new RegExp(String.raw`(?<=^|[\s{(,;])(?:[+-][ \t]*)?(${PART_KEYS}|${ROLE_KEYS})[ \t]*[:=][ \t]*(["'])(${NAME})\2`, "gmu")
const PART_KEY = new RegExp(`^(?:${PART_KEYS})$`, "i")
// A contact's key in the same record: what says the record is a person's (a product or a studio has a `name` too).
const CONTACT_KEY = /(?:^|[\s{(,;"'])(?:e-?mail|email_?address|phone|mobile|tel|telephone|msisdn)["']?[ \t]*[:=]/imu
// A SQL insert's column list, then its tuples.
const INSERT = /INSERT INTO [\w."`[\]]+ \(([^()]{1,400})\) VALUES\s*/giu
const COLUMN_PARTS = /^(?:first|last|given|family|middle|full|customer|client|contact|guest|passenger|holder|account_holder|staff|agent)_?name$|^(?:surname|forename|firstname|lastname)$/i
const COLUMN_ROLES = /^(?:name|staff|agent|customer|client|guest|passenger|owner|assignee|author)$/i
// A tuple's values: a quoted string (doubled quotes inside), a number, NULL or a call.
const VALUE = /\s*(?:'((?:[^']|'')*)'|[^,()']*(?:\([^()]*\))?)\s*(,|\))/y
const GEORGIAN = /^\p{Script=Georgian}/u
const LATIN = /\p{Script=Latin}/u
// A document's author or last editor on a line of its own (`Author : DESHAWN WASHINGTON`, exiftool's and a PDF's
// properties), the name to the line's end.
const AUTHOR_LINE = new RegExp(String.raw`^(?:Author|Authors|Last Modified By|Modified By|Edited By)[ 	]*:[ 	]*(${NAME})[ 	]*$`, "gimu")
// Desks, systems and placeholders written where a name goes (`Author: Microsoft Office User`).
const NOT_PEOPLE = new Set(["microsoft", "office", "user", "admin", "administrator", "unknown", "anonymous", "system", "root", "windows", "test", "sample", "n/a", "none", "null"])

/**
 * Whether `value` reads as a person's name by its shape: cased words open with a capital, none a firm's or a system's.
 * Under a key that is no name's part, a value in Latin letters written in mixed case (`Bluewater Reef Divers` as a
 * SIP callee's display name) needs a given name among its words; in capitals or another script, the shape does.
 */
function nameShaped(value: string, words: { min: number; isFirst?: (lower: string) => boolean }): boolean {
  const parts = value.replace(",", "").split(" ")
  if (parts.length < words.min || /\d/.test(value)) return false
  if (words.isFirst && value !== value.toUpperCase() && LATIN.test(value) && !parts.some((w) => words.isFirst!(w.toLowerCase()))) return false
  return parts.every((w) => {
    const lower = w.toLowerCase()
    if (ORGANISATION_WORDS.has(lower) || NOT_PEOPLE.has(lower)) return false
    // A word of a script with cases opens with a capital; Georgian (written without its capitals), Hebrew, Arabic or
    // Hangul have none to open with.
    return lower === w.toUpperCase() || w[0] !== w[0]!.toLowerCase() || GEORGIAN.test(w)
  })
}

/** Display names in headers before their address; not a desk's before a role mailbox. */
function headerNames(text: string, found: Candidate[], isFirst: (lower: string) => boolean): void {
  for (const m of text.matchAll(HEADER)) {
    const start = m.index + m[0].indexOf(m[2]!, m[0].indexOf(":"))
    const end = start + m[2]!.length
    if (!nameShaped(m[2]!, { min: 2, isFirst }) || roleMailboxName(text, start, end, isFirst)) continue
    found.push({ start, end, score: 0.95 })
  }
}

/** Quoted values under a name's key; under a role's key (`name`, `owner`) only in a record with a contact's key. */
function quotedNames(text: string, found: Candidate[]): void {
  for (const m of text.matchAll(QUOTED)) {
    const part = PART_KEY.test(m[1]!)
    // A record with a contact's key is a person's: there a name's shape is enough (`name='Sevinc Quliyeva'`).
    if (!nameShaped(m[3]!, { min: part ? 1 : 2 })) continue
    const end = m.index + m[0].length - 1
    if (!part && !CONTACT_KEY.test(text.slice(Math.max(0, m.index - 160), Math.min(text.length, end + 200)))) continue
    found.push({ start: end - m[3]!.length, end, score: 0.95 })
  }
}

/** A document's author or editor on its own line. */
function authorLines(text: string, found: Candidate[], isFirst: (lower: string) => boolean): void {
  for (const m of text.matchAll(AUTHOR_LINE)) {
    if (!nameShaped(m[1]!, { min: 2, isFirst })) continue
    const start = m.index + m[0].lastIndexOf(m[1]!)
    found.push({ start, end: start + m[1]!.length, score: 0.95 })
  }
}

/** The values of a SQL insert's tuples under a name's column. */
function insertedNames(text: string, found: Candidate[], isFirst: (lower: string) => boolean): void {
  for (const m of text.matchAll(INSERT)) {
    const columns = m[1]!.split(",").map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ""))
    const named = columns.map((c) => (COLUMN_PARTS.test(c) ? 1 : COLUMN_ROLES.test(c) ? 2 : 0))
    if (!named.some(Boolean)) continue
    let at = m.index + m[0].length
    // Each tuple `( … )`, parted by commas, to the statement's end.
    while (text[at] === "(") {
      VALUE.lastIndex = at + 1
      for (let i = 0, v = VALUE.exec(text); v; i++, v = v[2] === ")" ? null : VALUE.exec(text)) {
        at = VALUE.lastIndex
        const value = v[1]
        if (value === undefined || !named[i] || value.includes("''") || value.length > 60 || !NAME_ONLY.test(value)) continue
        if (!nameShaped(value, named[i] === 1 ? { min: 1 } : { min: 2, isFirst })) continue
        const start = v.index + v[0].indexOf("'") + 1
        found.push({ start, end: start + value.length, score: 0.95 })
      }
      const next = /^\s*,\s*/.exec(text.slice(at, at + 40))
      if (!next) break
      at += next[0].length
    }
  }
}

/** Names in records written by programs (see above), pushed onto `found`. */
export function recordedNames(text: string, found: Candidate[], isFirst: (lower: string) => boolean): void {
  if (text.includes("<")) headerNames(text, found, isFirst)
  if (text.includes("'") || text.includes('"')) quotedNames(text, found)
  if (/INSERT INTO/i.test(text)) insertedNames(text, found, isFirst)
  if (/^(?:Author|Last Modified|Modified|Edited)/im.test(text)) authorLines(text, found, isFirst)
}
