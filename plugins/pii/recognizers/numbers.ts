import { allMatches, defineRecognizer, labelledValueOf, type Candidate } from "../../../core/index.ts"
import { cardIin, ibanValid, IBAN_LENGTHS, luhn, ninoPrefixValid, ssnValid } from "./checksums.ts"
import { digitRuns, matchesAt } from "./digit-runs.ts"
import { PHONE_WORDS, SSN_CONTEXT_WORDS, SSN_WORDS } from "./phone-words.ts"
import { namedAsPhone } from "./phone-links.ts"
import { V4_SHAPE } from "./ip-address.ts"
import { cutShort, lineStartWithin } from "./line-start.ts"

const digitsOf = (s: string) => s.replace(/\D/g, "")
const toSpans = (matches: RegExpExecArray[]): Candidate[] => matches.map((m) => ({ start: m.index, end: m.index + m[0].length }))
/** The start of each dashed stretch of `digits` digits or more (digit-runs.ts). */
function dashedStarts(text: string, digits: number): number[] {
  const dashed = digitRuns(text).dashed
  const out: number[] = []
  for (let k = 0; k < dashed.length; k += 2) if (dashed[k + 1]! >= digits) out.push(dashed[k]!)
  return out
}

// 19-digit UnionPay cards are also printed 6-13, 13-digit Visa cards 4-4-4-1. A number after it ends it only as a date's
// day does (`kort 6011695194393238 11. september`, `… 22.12.2025`), or as a whole second card-length number does
// (`5132 0034 4704 5950 4765272203039887`: two numbers a note put side by side; the first is read on its own): other digits are the same number's. Sticky: tried where a
// stretch of 13 digits or more starts (digit-runs.ts).
const NEXT_WHOLE_NUMBER = String.raw`(?:\d{13,19}|\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{4}([ -])\d{6}\2\d{5})(?![\p{L}\p{N}_]|[ -]\p{N})`
// A card's digits, and what may not stand before them: a letter, a digit, `_`, `+`, `-`, or a digit and a space or dash.
const CARD_BODY = String.raw`(?:\d{13,19}|\d{6}[ -]\d{13}|\d{4,6}(?:[ -]\d{3,6}){1,4}|\d{4}(?:[ -]\d{4}){2}[ -]\d)(?![\p{L}\p{N}_]|-?\p{N}| (?!${NEXT_WHOLE_NUMBER})\p{N}(?!\p{N}?[./]))`
const CARD_LOOKBEHIND = String.raw`(?<![\p{L}\p{N}_+-]|\p{N}[ -])`
const CARD_SHAPE = new RegExp(CARD_LOOKBEHIND + CARD_BODY, "uy")
// A digit and a space before it are a number's, unless a form's name glued to its letter ends there (`the W-9 515-22-5495`).
const SSN_SHAPE = /(?<![\p{L}\p{N}\-+.\/]|(?<!\p{L}-?\p{N}{0,2})\p{N}[ -])\d{3}([- ]?)\d{2}\1\d{4}(?![\p{L}\p{N}]|[-\/.]\p{N}|[ -]\p{N})/uy
const NINO_SHAPE = /(?<![\p{L}\p{N}])(?:[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]|[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d])(?![\p{L}\p{N}])/uy
const BARCODE_BEFORE = /(?:^|[^\p{L}])(?:ean(?:-?13)?|gtin(?:-?1[34])?|upc|isbn(?:-?13)?|pzn|barcode|bar code|code-barres|strichcode|streepjescode|streckkod)[ \t]*[:#]?[ \t]*$/iu

// An IBAN's country, check digits and first groups right before: the digits are the rest of its account number.
const IBAN_HEAD_BEFORE = /(?<![\p{L}\p{N}])([A-Za-z]{2})\d{2}((?:[ -][A-Za-z0-9]{4}){1,3})[ -]$/u

/**
 * Whether the digits end an IBAN-shaped string (`RO36 BRDE 4781 8779 2024 6962`) of its country's length, give or take
 * a typo's two: written after an IBAN's head, Luhn-valid grouped digits are its account number, whether or not its
 * check digits hold (a wrong one is a lookalike, never a card).
 */
function ibanTail(text: string, start: number, end: number): boolean {
  const m = IBAN_HEAD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))
  const length = m ? IBAN_LENGTHS[m[1]!.toUpperCase()] : undefined
  if (!m || !length) return false
  const total = 4 + m[2]!.replace(/[ -]/g, "").length + text.slice(start, end).replace(/[ -]/g, "").length
  return Math.abs(total - length) <= 2
}

// CARD_SHAPE without what it refuses before a card (a digit and a space): tried right after a valid IBAN only.
const CARD_AT = new RegExp(CARD_BODY, "uy")

/**
 * Cards written one space after a valid IBAN (`DE89 3704 0044 0532 0130 00 4111 1111 1111 1111`, a stripped HTML
 * table's cells): the digit before is the IBAN's last, which CARD_SHAPE reads as the same number's.
 */
function cardsAfterIbans(text: string): Candidate[] {
  if (digitRuns(text).ibans.length === 0) return []
  const starts = [...(iban.find?.(text) ?? [])].filter((f) => text[f.end] === " ").map((f) => f.end + 1)
  return toSpans(matchesAt(CARD_AT, text, starts))
}

/** A PAN of 13-19 digits, ungrouped or grouped by one kind of separator, Luhn-valid with a known IIN and length. */
export const card = defineRecognizer({
  type: "CARD",
  name: "card",
  score: 0.9,
  requires: /\d/,
  // A product's barcode (`EAN 4073193538454`, `GTIN …`) may pass Luhn too: named so, it is none.
  // Nor a WhatsApp link's number or a phone key's (`wa.me/4915112345678`, `Phone: 4915112345678`): a phone (phone-links.ts).
  find: (text) => [
    ...toSpans(matchesAt(CARD_SHAPE, text, dashedStarts(text, 13))).filter((c) => !BARCODE_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && !namedAsPhone(text, c.start, c.end) && !ibanTail(text, c.start, c.end)),
    ...cardsAfterIbans(text),
  ],
  context: { words: ["card", "credit card", "debit card", "visa", "mastercard", "amex", "karte", "kreditkarte", "carte", "tarjeta", "kaart", "carta", "kort", "kortet", "kortti", "karta", "kártya", "kartica", "cardul", "cartão"], boost: 0.1 },
  validate(match) {
    // One kind of separator and 13-19 digits, counted in place before the digits are copied out.
    let count = 0
    let separator = -1
    for (let i = 0; i < match.length; i++) {
      const c = match.charCodeAt(i)
      if (c >= 48 && c <= 57) count++
      else if (separator < 0) separator = c
      else if (c !== separator) return false
    }
    if (count < 13 || count > 19) return false
    const digits = digitsOf(match)
    return luhn(digits) && cardIin(digits)
  },
})

// Sticky: tried where digit-runs.ts finds an IBAN's letters and check digits, and where four dotted groups start.
const IBAN_SHAPE = /(?<![\p{L}\p{N}])([A-Za-z]{2})\d{2}(?:(?:[ -]|\r?\n)?[A-Za-z0-9]){8,30}/uy
// An IBAN typed in small letters (`gb82 west 1234 …`) is read with its word near, or grouped in fours: a run of small
// letters and digits of the right length alone is as likely a hash or a log's id. The word for an account in the IBAN
// countries' languages, with its endings (`contul`, `сметката`) or a prefix glued on in a script without capitals.
const IBAN_WORD = "(?:(?<!\\p{L})(?:iban|bic|acct|account|kont[oau]\\p{L}*|rekening\\p{L}*|compte|cuenta|conta|conto|cont|contul|contului|rachun\\p{L}*|účet|účtu|bank\\p{L}*|tili\\p{L}*|száml\\p{L}*|račun\\p{L}*|hesab\\p{L}*|hesap\\p{L}*|hisob\\p{L}*|akaun|akun|reikning\\p{L}*|сметк\\p{L}*|рачун\\p{L}*|сч[её]т\\p{L}*|рахун\\p{L}*|шот\\p{L}*|λογαριασμ\\p{L}*)|(?:ანგარიშ|հաշ[իվ]|חשבון|حساب)\\p{L}*)(?!\\p{L})"
const [IBAN_WORD_BEFORE, IBAN_WORD_IN] = [new RegExp(`${IBAN_WORD}[^\\n]{0,24}$`, "iu"), new RegExp(IBAN_WORD, "iu")]
const GROUPED_IN_FOURS = /^[A-Za-z0-9]{4}(?:[ -][A-Za-z0-9]{4})+(?:[ -][A-Za-z0-9]{1,4})?$/
/** An IBAN, grouped in fours (by spaces or dashes) or not, in capitals or small letters, cut to its country's length, with mod-97 checked. */
export const iban = defineRecognizer({
  type: "IBAN",
  name: "iban",
  score: 1,
  requires: /\d/,
  find(text) {
    const out: Candidate[] = []
    // Every start is tried, inside a shape that failed too (`SK424424A IBAN IE07 JNZH …`: a NINO's letters read as an
    // IBAN's start take in the real one); not inside an IBAN found.
    let found = 0
    for (const m of matchesAt(IBAN_SHAPE, text, digitRuns(text).ibans, 1, false)) {
      if (m.index < found) continue
      const length = IBAN_LENGTHS[m[1]!.toUpperCase()]
      if (!length) continue
      // Walk to the country's length (a word after it never taken in): one separator, or a mail's wrap between groups of four.
      const separator = /[ -]/.exec(m[0])?.[0]
      let n = 0
      let end = m.index
      for (const ch of m[0]) {
        const wrap = (ch === "\n" || ch === "\r") && separator === " " && n % 4 === 0
        if (ch !== separator && !wrap && (ch === " " || ch === "-" || ch === "\n" || ch === "\r")) break
        end += ch.length
        if (ch !== separator && !wrap && ++n === length) break
      }
      if (n !== length || /[\p{L}\p{N}]/u.test(text[end] ?? "")) continue
      const written = text.slice(m.index, end)
      if (!ibanValid(written.replace(/[\s-]/g, "").toUpperCase())) continue
      const capitals = written === written.toUpperCase()
      if (!capitals && !GROUPED_IN_FOURS.test(written) && !IBAN_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) && !askedBefore(text, m.index, out)) continue
      out.push({ start: m.index, end })
      found = end
    }
    return out
  },
})

/** The account asked for in the turn before (`Op welk rekeningnummer …?⏎Klant: nl98abna…`), or another IBAN given there. */
function askedBefore(text: string, at: number, found: Candidate[]): boolean {
  const from = Math.max(0, at - 160, text.lastIndexOf("\n", text.lastIndexOf("\n", at - 1) - 1) + 1)
  return (found.length > 0 && found[found.length - 1]!.end >= from) || IBAN_WORD_IN.test(text.slice(from, at))
}

// An order, case or ticket word right before nine bare digits (`your order is 344458600`).
// Bank routing numbers and the account written after one (`routing no. 114326105 / 266217428`), students' and applicants' ids.
// An agreement's or a contract's key names its number as an account's does (`Agreement 038587455`, `Vertrag: …`).
const ID_BEFORE = /(?:order|case|ticket|invoice|account|acct|agreement|contract|contrato|contrat|contratto|vertrag|overeenkomst|sopimus|umowa|smlouva|avtal|aftale|avtale|ref|reference|tracking|confirmation|policy|member|routing|aba|transit|student|applicant|application|patient|passport|passaporto|pasaporte|passeport|reisepass|paspoort|pass|nif|nie|nipc|afm|αφμ|αμκα|cuit|cuil|dni|cpf|nit)[ \t]*(?:#|no\.?|nr\.?|number|id)?[ \t]*(?:is|was|:)?[ \t]*$|(?:routing|account|acct|aba)[^\n]{0,24}\d{6,}[ \t]*\/[ \t]*$/i

/** A match of SSN_SHAPE is nine digits, or 3-2-4 with one separator twice: its digits are cut out, not searched for. */
const ssnDigits = (match: string) => (match.length === 9 ? match : match.slice(0, 3) + match.slice(4, 6) + match.slice(7))
// A written SSN (3-2-4, one separator twice) and what joins the items of a list: a comma, a slash, an ampersand, a
// semicolon, or "and"/"or" of a covered language.
const JOIN = String.raw`[ \t]*(?:[,;/&]|and|or|und|oder|et|ou|y|o|e|en|of|och|eller|og|i|lub|a|nebo|și|sau)[ \t]*`
const WRITTEN_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}-])(\d{3}([- ])\d{2}\2\d{4})${JOIN}$`, "iu")
const WRITTEN_AFTER = new RegExp(String.raw`^${JOIN}(\d{3}([- ])\d{2}\2\d{4})(?![\p{L}\p{N}]|-\p{N})`, "iu")

/**
 * Whether the number at [start, end) is listed next to a written, valid SSN (`records 485-54-1290 and 017867767`,
 * `017867767 / 485-54-1290`): nine bare digits there are an SSN too, whatever else they could be.
 */
export function listedWithSsn(text: string, start: number, end: number): boolean {
  const before = WRITTEN_BEFORE.exec(text.slice(Math.max(0, start - 24), start))
  if (before && ssnValid(ssnDigits(before[1]!))) return true
  const after = WRITTEN_AFTER.exec(text.slice(end, end + 24))
  return !!after && ssnValid(ssnDigits(after[1]!))
}

/** Whether an SSN word stands within 80 units before the number, or after it before its sentence ends. */
function ssnInSentence(text: string, start: number, end: number): boolean {
  if (SSN_WORDS.test(text, Math.max(0, start - 80), start)) return true
  // A sentence ends at a stop before a capital, not at an abbreviation's dot (`U.S. social`, `soc. sec. no.`, `approx. 2pm`).
  const after = /[.!?]\s+(?=\p{Lu})|\n/u.exec(text.slice(end, end + 80))
  return SSN_WORDS.test(text, end, end + (after ? after.index : 80))
}

/**
 * Whether the line before the number's (a chat's previous turn) asks for or names an SSN (`To run the credit check I
 * need your SSN …⏎Santiago: oh sorry already typed it: 114565973`): lines away, beyond the context window.
 */
export function ssnAskedBefore(text: string, start: number): boolean {
  const line = text.lastIndexOf("\n", start - 1)
  if (line <= 0 || start - line > 80) return false
  return SSN_WORDS.test(text, text.lastIndexOf("\n", line - 1) + 1, line)
}

/** A US SSN by the issuance rules; nine bare digits only count with context nearby. */
// Nine bare digits as a table's or a JSON key's value whose key names no SSN (an `account` or `routing` column beside a
// `tax_id` one): what the key names.
const otherColumn = (text: string, c: Candidate) => {
  const labelled = labelledValueOf(text, c.start, c.end)
  return labelled !== undefined && labelled.from !== "line" && !SSN_WORDS.test(labelled.label)
}

// Written with spaces right after a phone word and no SSN word near, 3-2-4 is a phone number in a caller's groups
// (`moja številka je 048 78 0345`); an SSN is written with dashes or named.
const phoneInGroups = (text: string, c: Candidate) =>
  c.end - c.start === 11 && text.charCodeAt(c.start + 3) === 32 && PHONE_WORDS.test(text, Math.max(0, c.start - 40), c.start) && !SSN_WORDS.test(text, Math.max(0, c.start - 80), Math.min(text.length, c.end + 80))

/**
 * Whether the SSN words before nine bare digits name another number, written between them and these
 * (`SSN: 021-07-0342 … reachable at 041369339`): the context is that number's, and these are some other one.
 */
export function ssnWordsClaimed(text: string, start: number): boolean {
  const from = Math.max(0, start - 80)
  let other: RegExpExecArray | undefined
  for (const m of text.slice(from, start).matchAll(OTHER_SSN)) other = m
  if (!other) return false
  const at = from + other.index
  const end = at + other[0].length
  // In another line or sentence than that number: a list of them (`SSNs 219099999 and 078051120`) shares its word.
  return SSN_WORDS.test(text, from, at) && !SSN_WORDS.test(text, end, start) && /\n|[.!?]\s/.test(text.slice(end, start))
}
const OTHER_SSN = /(?<!\d)\d{3}([- ]?)\d{2}\1\d{4}(?!\d)/g

export const usSsn = defineRecognizer({
  type: "US_SSN",
  name: "us-ssn",
  score: 0.6,
  requires: /\d/,
  // Nine bare digits right after an order, case or ticket word are that number (`your order is 344458600`); others
  // count only with context nearby, or listed with a written SSN (`records 485-54-1290 and 017867767`).
  find(text) {
    const found = toSpans(matchesAt(SSN_SHAPE, text, digitRuns(text).dashed, 2)).filter((c) => (c.end - c.start !== 9 || (!ID_BEFORE.test(text.slice(Math.max(0, c.start - 48), c.start)) && !otherColumn(text, c))) && !phoneInGroups(text, c))
    // The same nine digits written as an SSN elsewhere in the text (`581270475 — no dashes` … `It wants the dashes, 581-27-0475`).
    const written = new Set(found.filter((c) => c.end - c.start === 11).map((c) => ssnDigits(text.slice(c.start, c.end))))
    const writtenElsewhere = (c: Candidate) => written.size > 0 && written.has(text.slice(c.start, c.end))
    for (const c of found) c.score = c.end - c.start === 11 || listedWithSsn(text, c.start, c.end) || writtenElsewhere(c) ? 0.6 : ssnAskedBefore(text, c.start) ? 0.7 : 0.3
    // Nine bare digits whose SSN is named only in a later sentence (`Grace Byrne (456042645). … Her US SSN is …`) are
    // some other number: the context counts before them or in their own sentence.
    return found.filter((c) => c.score !== 0.3 || !SSN_WORDS.test(text, Math.max(0, c.start - 80), c.end + 80) || (ssnInSentence(text, c.start, c.end) && !ssnWordsClaimed(text, c.start)))
  },
  context: {
    words: SSN_CONTEXT_WORDS,
    window: 80,
    boost: 0.4,
  },
  validate: (match) => ssnValid(ssnDigits(match)),
})

/** A UK National Insurance number with an allocated prefix and suffix A-D, spaced or not; typed in lower case, only with its word near. */
export const ukNino = defineRecognizer({
  type: "UK_NINO",
  name: "uk-nino",
  score: 0.85,
  requires: /\d/,
  find: (text) => toSpans(matchesAt(NINO_SHAPE, text, digitRuns(text).ninos)),
  context: { words: ["ni", "nino", "national insurance", "ni number", "ni no"], boost: 0.15 },
  validate: (match) => ninoPrefixValid(match.slice(0, 2).toUpperCase()) && (/^[A-Z]/.test(match) ? true : 0.4),
})

/**
 * Where a scan for addresses can start: no address starts before the units that can be a local part (ASCII letters,
 * digits and `._%+-`, or any other unit, read as a letter) before the first `@`, 128 units (64 code points) at most.
 */
function localStart(text: string, at: number): number {
  let start = at
  while (start > 0 && at - start < 128) {
    const c = text.charCodeAt(start - 1)
    if (!((c >= 97 && c <= 122) || (c >= 64 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c >= 128)) break
    start--
  }
  return start
}

// A local part may open with `_` (`_papa@…`). One that opens with a dot (`.georgiou@…`, a name whose first part was lost
// in an export) is no address as written, but the rest of it still names its owner: it is reported from the letter after
// the dot, when a space, a quote, a bracket, `=`, `,` or `;` comes before the dot (not a path's `./config@v2.json`).
const EMAIL_SHAPE = /(?<![\p{L}\p{N}_%+-])(?<![^\s"'“”‘’<>(\[=,;]\.)_{0,3}[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,63})@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-]|_[\p{L}\p{N}_]|\.[\p{L}\p{N}])/gu

// What precedes, on its line, an identifier written `id@host` that is no mailbox: an iCalendar or vCard `UID`
// (RFC 5545 suggests `unique-id@host`: `UID:07767654-3672@keyfast-locks.com`) or a mail header's message id (RFC 5322:
// `Message-ID: <CAB7x@mail.gmail.com>`, `References: <a@b> <`).
// The calendar property in capitals, as calendars write it: a log's `uid: ann@corp.com` may well be a person's address.
// A header's name in any case (RFC 5322 2.2: names are case-insensitive): `MESSAGE-ID`, `in-reply-to`.
const CALENDAR_ID_BEFORE = /^[ \t]*(?:UID|X-WR-RELCALID)(?:;[^:\r\n]*)?:[ \t]*$/
const MESSAGE_ID_BEFORE = /^[ \t]*(?:(?:resent-)?message-id|in-reply-to|references|content-id)[ \t]*:[^\r\n]*<$/i

/**
 * Whether the address found at `start` is an identifier's value (CALENDAR_ID_BEFORE, MESSAGE_ID_BEFORE), read on its line only, and only
 * when the line starts at most 200 units before it (read back no further, see lineStartWithin).
 */
function identifierAt(text: string, start: number): boolean {
  const line = lineStartWithin(text, start, 201)
  if (cutShort(text, line) || start - line > 200) return false
  const before = text.slice(line, start)
  return CALENDAR_ID_BEFORE.test(before) || MESSAGE_ID_BEFORE.test(before)
}

/** An address `local@domain.tld`; `mailto:`, brackets and a trailing dot stay out, and so do calendar and message ids. */
export const email = defineRecognizer({
  type: "EMAIL",
  name: "email",
  score: 0.95,
  requires: /@/,
  find(text) {
    const at = text.indexOf("@")
    return at < 0 ? [] : toSpans(allMatches(EMAIL_SHAPE, text, localStart(text, at))).filter((span) => !identifierAt(text, span.start))
  },
})

/** The expressions tried where digit-runs.ts says a match can start (test/plugins/pii/digit-runs.test.ts holds that). */
export const SHAPES = { card: CARD_SHAPE, ssn: SSN_SHAPE, nino: NINO_SHAPE, iban: IBAN_SHAPE, ipv4: V4_SHAPE }
