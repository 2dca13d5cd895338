// The labeled PII corpus is sound: every label is a true value of its type,
// checked here with validators written apart from the generator, every
// recorded lookalike fails the check it imitates, offsets are UTF-16 indices
// that land on the value, and the generator reproduces the file byte for byte.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { buildCorpus, CORPUS_PATH, LANGUAGES } from "./fixtures/pii/generate.ts"

const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"] as const
const KINDS = ["chat", "note", "email", "summary"]
interface Span { start: number; end: number }
interface Text {
  id: string
  lang: string
  kind: string
  text: string
  entities: (Span & { type: string })[]
  negatives: (Span & { kind: string })[]
}

const raw = readFileSync(CORPUS_PATH, "utf8")
const lines = raw.split("\n").filter((l) => l !== "")
const texts: Text[] = lines.map((l) => JSON.parse(l))
const spansOf = (type: string) => texts.flatMap((t) => t.entities.filter((e) => e.type === type).map((e) => t.text.slice(e.start, e.end)))
const negativesOf = (kind: string) => texts.flatMap((t) => t.negatives.filter((n) => n.kind === kind).map((n) => t.text.slice(n.start, n.end)))

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

function knownIin(pan: string): boolean {
  const n = pan.length
  const p2 = Number(pan.slice(0, 2))
  const p3 = Number(pan.slice(0, 3))
  const p4 = Number(pan.slice(0, 4))
  if (pan.startsWith("4")) return n === 13 || n === 16 || n === 19
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16
  if (p2 === 34 || p2 === 37) return n === 15
  if (p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649)) return n >= 16 && n <= 19
  return false
}

const IBAN_LENGTH: Record<string, number> = { DE: 22, FR: 27, ES: 24, NL: 18, IT: 27, GB: 22, BE: 16, AT: 20, CH: 21, IE: 22, PT: 25, LU: 20 }
const ibanShape = (s: string) => /^[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4})+$/.test(s) && IBAN_LENGTH[s.slice(0, 2)] === s.replace(/ /g, "").length
function ibanChecksum(s: string): boolean {
  const c = s.replace(/ /g, "")
  const moved = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  let rem = 0
  for (const d of moved) rem = (rem * 10 + Number(d)) % 97
  return rem === 1
}

const ssnShape = (s: string) => /^\d{3}([- ]?)\d{2}\1\d{4}$/.test(s)
function ssnRules(s: string): boolean {
  const d = s.replace(/\D/g, "")
  const area = Number(d.slice(0, 3))
  return area !== 0 && area !== 666 && area < 900 && d.slice(3, 5) !== "00" && d.slice(5) !== "0000"
}

const ninoShape = (s: string) => /^[A-Z]{2}(?: ?\d{2}){3} ?[A-Z]$/.test(s)
const ninoRules = (s: string) => {
  const c = s.replace(/ /g, "")
  return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c)
}

const REGIONS: CountryCode[] = ["US", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "NL", "IT"]
const validPhone = (s: string) => REGIONS.some((r) => parsePhoneNumberFromString(s, r)?.isValid() === true)

describe("the PII corpus file", () => {
  test("every line is a text with an id, a language, a kind, the text and its spans", () => {
    for (const t of texts) {
      expect(Object.keys(t)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
      expect(KINDS).toContain(t.kind)
      expect(t.id).toMatch(new RegExp(`^${t.lang}-${t.kind}-\\d{4}$`))
      for (const e of t.entities) expect(TYPES).toContain(e.type as (typeof TYPES)[number])
    }
  })

  test("ids are unique", () => {
    expect(new Set(texts.map((t) => t.id)).size).toBe(texts.length)
  })

  test("spans lie inside the text, hold no outer whitespace, and neither entities nor lookalikes overlap", () => {
    for (const t of texts) {
      const all = [...t.entities, ...t.negatives].sort((a, b) => a.start - b.start)
      let last = 0
      for (const s of all) {
        expect(s.start).toBeGreaterThanOrEqual(last)
        expect(s.end).toBeGreaterThan(s.start)
        expect(s.end).toBeLessThanOrEqual(t.text.length)
        expect(t.text.slice(s.start, s.end)).toBe(t.text.slice(s.start, s.end).trim())
        last = s.end
      }
      // A span never splits a surrogate pair: offsets are UTF-16 indices of whole characters.
      for (const s of all) for (const i of [s.start, s.end]) expect(/[\uDC00-\uDFFF]/.test(t.text[i] ?? "")).toBe(false)
    }
  })

  test("entities are listed in text order", () => {
    for (const t of texts) expect(t.entities.map((e) => e.start)).toEqual(t.entities.map((e) => e.start).sort((a, b) => a - b))
  })
})

describe("every label is a true value of its type", () => {
  test("CARD: 13-19 digits grouped by one separator, Luhn-valid, of a known IIN and length", () => {
    for (const s of spansOf("CARD")) {
      expect(s).toMatch(/^\d+(?:([ -])\d+(?:\1\d+)*)?$/)
      const pan = s.replace(/[ -]/g, "")
      expect(pan.length >= 13 && pan.length <= 19 && luhn(pan) && knownIin(pan)).toBe(true)
    }
  })

  test("IBAN: the country's length and a mod-97 remainder of 1", () => {
    for (const s of spansOf("IBAN")) expect([s, ibanShape(s) && ibanChecksum(s)]).toEqual([s, true])
  })

  test("US_SSN: area 001-899 but not 666, group not 00, serial not 0000", () => {
    for (const s of spansOf("US_SSN")) expect([s, ssnShape(s) && ssnRules(s)]).toEqual([s, true])
  })

  test("UK_NINO: an allocatable prefix, six digits and a suffix A-D", () => {
    for (const s of spansOf("UK_NINO")) expect([s, ninoShape(s) && ninoRules(s)]).toEqual([s, true])
  })

  test("PHONE: a number libphonenumber-js/max calls valid, without a label like Tel:", () => {
    for (const s of spansOf("PHONE")) {
      expect(s).toMatch(/^[+(\d][\d ()./-]+\d$/)
      expect([s, validPhone(s)]).toEqual([s, true])
    }
  })

  test("EMAIL: local@domain with an ASCII domain", () => {
    for (const s of spansOf("EMAIL")) expect(s).toMatch(/^[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/)
  })

  test("IP_ADDRESS: a v4 or v6 address", () => {
    const spans = spansOf("IP_ADDRESS")
    for (const s of spans) expect([s, isIP(s) > 0]).toEqual([s, true])
    expect(spans.some((s) => s.includes("::"))).toBe(true)
  })

  test("PERSON: a name without a title or greeting, starting upper-case", () => {
    for (const s of spansOf("PERSON")) {
      expect(s).toMatch(/^\p{Lu}[\p{L}' -]*\p{L}$/u)
      expect(s).not.toMatch(/^(?:Mr|Mrs|Ms|Dr|Frau|Herr|Mme|M|Sra|Sr|Hi|Hello|Dear|Hallo|Bonjour|Hola)[.\s,]/)
    }
  })
})

describe("recorded lookalikes fail the check they imitate", () => {
  test("luhn-invalid: 13-19 digits that fail Luhn", () => {
    const found = negativesOf("luhn-invalid")
    expect(found.length).toBeGreaterThan(20)
    for (const s of found) {
      const pan = s.replace(/[ -]/g, "")
      expect(pan).toMatch(/^\d{13,19}$/)
      expect([s, luhn(pan)]).toEqual([s, false])
    }
  })

  test("iban-checksum: a country's IBAN shape and length with wrong check digits", () => {
    const found = negativesOf("iban-checksum")
    expect(found.length).toBeGreaterThan(10)
    for (const s of found) expect([s, ibanShape(s), ibanChecksum(s)]).toEqual([s, true, false])
  })

  test("ssn-invalid: the SSN shape with a never-issued area or serial", () => {
    for (const s of negativesOf("ssn-invalid")) expect([s, ssnShape(s), ssnRules(s)]).toEqual([s, true, false])
  })

  test("nino-invalid: the NINO shape with a never-allocated prefix", () => {
    for (const s of negativesOf("nino-invalid")) expect([s, ninoShape(s), ninoRules(s)]).toEqual([s, true, false])
  })

  test("name-word: a first name used as an ordinary word, never labeled PERSON", () => {
    const found = negativesOf("name-word")
    expect(found.length).toBeGreaterThan(40)
    for (const s of found) expect(["May", "Will", "Bill", "Mark", "Grace", "Hope", "June", "Rose", "Sue"]).toContain(s)
  })

  test("versions, dates, times, amounts and postcodes are no IP address", () => {
    for (const kind of ["version", "date", "time", "amount", "postcode", "mac-address"]) for (const s of negativesOf(kind)) expect([s, isIP(s)]).toEqual([s, 0])
  })
})

describe("the corpus is big and varied enough to measure with", () => {
  test("it comes from 120+ distinct hand-written templates, each used", () => {
    const templates = LANGUAGES.flatMap((l) => l.templates.map((t) => t.strings.join("\u0000")))
    expect(new Set(templates).size).toBe(templates.length)
    expect(templates.length).toBeGreaterThanOrEqual(120)
    for (const l of LANGUAGES) expect(l.count).toBeGreaterThanOrEqual(l.templates.length)
  })

  test("at least 450 texts in 4+ languages, English about 40%, every kind in every language", () => {
    expect(texts.length).toBeGreaterThanOrEqual(450)
    const langs = new Set(texts.map((t) => t.lang))
    expect(langs.size).toBeGreaterThanOrEqual(4)
    const en = texts.filter((t) => t.lang === "en").length / texts.length
    expect(en).toBeGreaterThan(0.3)
    expect(en).toBeLessThan(0.5)
    for (const lang of langs) expect(new Set(texts.filter((t) => t.lang === lang).map((t) => t.kind)).size).toBe(4)
  })

  test("each type has 40+ spans, PERSON 80+", () => {
    for (const type of TYPES) expect([type, spansOf(type).length >= (type === "PERSON" ? 80 : 40)]).toEqual([type, true])
  })

  test("at least 25% of texts hold only negatives, and each of them records its lookalikes", () => {
    const negativeOnly = texts.filter((t) => t.entities.length === 0)
    expect(negativeOnly.length / texts.length).toBeGreaterThanOrEqual(0.25)
    for (const t of negativeOnly) expect(t.negatives.length).toBeGreaterThan(0)
  })

  test("offsets are tested past emoji and accents: many spans follow an astral character, many names are non-ASCII", () => {
    const afterEmoji = texts.filter((t) => t.entities.some((e) => /[\uD800-\uDBFF]/.test(t.text.slice(0, e.start))))
    expect(afterEmoji.length).toBeGreaterThanOrEqual(40)
    expect(spansOf("PERSON").filter((s) => /[^\x00-\x7f]/.test(s)).length).toBeGreaterThanOrEqual(40)
  })
})

test("the generator reproduces corpus.jsonl byte for byte", () => {
  expect(buildCorpus() === raw).toBe(true)
})
