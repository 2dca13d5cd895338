// The fifth PII corpus (test/fixtures/pii-holdout4): the generator reproduces the file byte for
// byte, and every label is checked here with validators written apart from the generator's own.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIPv4, isIPv6 } from "node:net"
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max"
import { buildCorpus, CORPUS_PATH, renderCorpus } from "../scripts/gen-holdout4.ts"

interface Span { start: number; end: number }
interface Line {
  id: string
  lang: string
  kind: string
  text: string
  entities: Array<Span & { type: string }>
  negatives: Array<Span & { kind: string }>
}

const raw = readFileSync(CORPUS_PATH, "utf8")
const lines: Line[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l) as Line)
const slice = (l: Line, s: Span): string => l.text.slice(s.start, s.end)

const luhnOk = (digits: string): boolean =>
  [...digits].reverse().reduce((sum, ch, i) => {
    const d = Number(ch) * (i % 2 === 1 ? 2 : 1)
    return sum + (d > 9 ? d - 9 : d)
  }, 0) % 10 === 0

const IBAN_LENGTH: Record<string, number> = {
  DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, PT: 25, PL: 28, SE: 24, AT: 20, CH: 21, IE: 22, DK: 18, FI: 18, NO: 15, LU: 20,
}
function ibanMod97(compact: string): bigint {
  const moved = compact.slice(4) + compact.slice(0, 4)
  return BigInt([...moved].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("")) % 97n
}
const ibanShapeOk = (compact: string): boolean =>
  /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact) && IBAN_LENGTH[compact.slice(0, 2)] === compact.length

function ssnParts(s: string): [number, number, number] | undefined {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(s)
  return m ? [Number(m[1]), Number(m[3]), Number(m[4])] : undefined
}
const ssnOk = ([a, g, s]: [number, number, number]): boolean => a > 0 && a !== 666 && a < 900 && g > 0 && s > 0

function ninoOk(s: string): boolean {
  const m = /^([A-Z])([A-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])$/.exec(s.toUpperCase())
  if (!m) return false
  const [, a, b] = m as unknown as [string, string, string]
  return !"DFIQUV".includes(a) && !"DFIOQUV".includes(b) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(a + b)
}

const CARD_BRANDS: Array<[RegExp, number[]]> = [
  [/^4/, [13, 16, 19]], [/^5[1-5]/, [16]], [/^2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)/, [16]], [/^3[47]/, [15]],
  [/^(6011|65)/, [16, 17, 18, 19]], [/^35(2[89]|[3-8]\d)/, [16]], [/^36/, [14]],
]
const REGIONS: CountryCode[] = ["US", "CA", "GB", "IE", "DE", "FR", "ES", "IT", "NL", "BE", "PT", "PL", "SE", "DK", "NO", "FI", "CH", "AT"]

function phoneOk(s: string): boolean {
  if (!/^[+(\d]/.test(s) || !/\d$/.test(s) || /[^\d +().\-/]/.test(s)) return false
  if (s.startsWith("+")) return parsePhoneNumberFromString(s)?.isValid() === true
  return REGIONS.some((c) => parsePhoneNumberFromString(s, c)?.isValid() === true)
}

// A PERSON span never starts with a title of its text's language ("M." is a title in French,
// an initial in English).
const TITLES: Record<string, string> = {
  en: "mr|mrs|ms|miss|mx|dr", de: "herr|frau|dr", fr: "m|mme|monsieur|madame", es: "sr|sra|don|doña", it: "sig|sig\\.ra|dott|dott\\.ssa",
  nl: "meneer|mevrouw|dhr|mevr", pt: "sr|sra|dona|dr", pl: "pan|pani|p|dr", sv: "herr|fru",
}
const titled = (lang: string, v: string): boolean => new RegExp(`^(${TITLES[lang] ?? "mr"})\\.?\\s`, "i").test(v)

const VALID: Record<string, (v: string) => boolean> = {
  EMAIL: (v) => /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[a-z]{2,}$/.test(v),
  PHONE: phoneOk,
  CARD: (v) => {
    if (!/^\d[\d -]+\d$/.test(v)) return false
    const d = v.replace(/[ -]/g, "")
    return /^\d{13,19}$/.test(d) && luhnOk(d) && CARD_BRANDS.some(([re, lens]) => re.test(d) && lens.includes(d.length))
  },
  IBAN: (v) => {
    const c = v.replace(/ /g, "")
    return ibanShapeOk(c) && ibanMod97(c) === 1n
  },
  US_SSN: (v) => {
    const p = ssnParts(v)
    return p !== undefined && ssnOk(p)
  },
  UK_NINO: ninoOk,
  IP_ADDRESS: (v) => isIPv4(v) || isIPv6(v),
  PERSON: (v) => /^\p{L}/u.test(v) && /\p{L}$/u.test(v) && !/\d/.test(v) && v.trim() === v,
}

const NAME_WORDS = new Set(["may", "will", "bill", "mark", "rose", "grace", "sunny", "hope", "jack", "rosa"])
const INVALID: Record<string, (v: string) => boolean> = {
  "luhn-invalid": (v) => {
    const d = v.replace(/[ -]/g, "")
    return /^\d{16}$/.test(d) && !luhnOk(d)
  },
  "iban-checksum": (v) => {
    const c = v.replace(/ /g, "")
    return ibanShapeOk(c) && ibanMod97(c) !== 1n
  },
  "ssn-invalid": (v) => {
    const p = ssnParts(v)
    return p !== undefined && !ssnOk(p)
  },
  "nino-invalid": (v) => /^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !ninoOk(v),
  "name-word": (v) => NAME_WORDS.has(v.toLowerCase()),
  "spelled-number": (v) => /^[\p{L} ]+( \d+)?$/u.test(v) && !phoneOk(v),
}

describe("pii-holdout4 corpus", () => {
  test("the generator reproduces corpus.jsonl byte for byte", () => {
    expect(renderCorpus(buildCorpus()) === raw).toBe(true)
  })

  test("lines have the documented shape and unique ids", () => {
    const ids = new Set<string>()
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
      expect(l.id).toMatch(new RegExp(`^${l.lang}-${l.kind}-\\d{4}$`))
      expect(ids.has(l.id)).toBe(false)
      ids.add(l.id)
    }
  })

  test("every span is in bounds, never splits a surrogate pair, and nothing overlaps", () => {
    const bad: string[] = []
    const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff
    for (const l of lines) {
      const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        const inBounds = Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= l.text.length
        const splits = isLow(l.text.charCodeAt(s.start)) || (s.end < l.text.length && isLow(l.text.charCodeAt(s.end)))
        const prev = all[i - 1]
        if (!inBounds || splits || (prev && prev.end > s.start)) bad.push(`${l.id} ${s.start}-${s.end}`)
      }
      const starts = l.entities.map((e) => e.start)
      if (starts.some((s, i) => i > 0 && s < starts[i - 1]!)) bad.push(`${l.id} entities out of order`)
    }
    expect(bad).toEqual([])
  })

  test("every entity holds a valid value of its type, with nothing around it", () => {
    const bad: string[] = []
    for (const l of lines) {
      for (const e of l.entities) {
        const v = slice(l, e)
        const check = VALID[e.type]
        if (!check || !check(v) || (e.type === "PERSON" && titled(l.lang, v))) bad.push(`${l.id} ${e.type} ${e.start}`)
      }
    }
    expect(bad).toEqual([])
  })

  test("checksum lookalikes fail their checksums; name words are ordinary words", () => {
    const bad: string[] = []
    for (const l of lines) {
      for (const n of l.negatives) {
        const check = INVALID[n.kind]
        if (check && !check(slice(l, n))) bad.push(`${l.id} ${n.kind} ${n.start}`)
      }
    }
    expect(bad).toEqual([])
  })

  test("the validators tell a good value from a broken one", () => {
    expect(VALID.CARD!("4111 1111 1111 1111")).toBe(true)
    expect(VALID.CARD!("4111 1111 1111 1112")).toBe(false)
    expect(VALID.IBAN!("GB82 WEST 1234 5698 7654 32")).toBe(true)
    expect(VALID.IBAN!("GB83 WEST 1234 5698 7654 32")).toBe(false)
    expect(VALID.US_SSN!("666-12-3456")).toBe(false)
    expect(VALID.UK_NINO!("QQ 12 34 56 C")).toBe(false)
    expect(VALID.PHONE!("+44 20 7946 0958")).toBe(true)
    expect(VALID.PHONE!("Tel. 030 1234567")).toBe(false)
    expect(titled("en", "Mr. Okafor")).toBe(true)
    expect(titled("en", "M. Okafor")).toBe(false)
    expect(titled("fr", "M. Okafor")).toBe(true)
    expect(VALID.IP_ADDRESS!("10.0.19045")).toBe(false)
  })

  test("it meets the brief's minimums: size, languages, genres, types, lookalikes, offsets", () => {
    const count = (xs: string[]): Map<string, number> => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())
    expect(lines.length).toBeGreaterThanOrEqual(400)
    expect([...count(lines.map((l) => l.lang)).keys()].sort()).toEqual(["de", "en", "es", "fr", "it", "nl", "pl", "pt", "sv"])
    expect(count(lines.map((l) => l.kind)).size).toBe(12)
    const types = count(lines.flatMap((l) => l.entities.map((e) => e.type)))
    for (const t of Object.keys(VALID)) expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(15)
    const kinds = count(lines.flatMap((l) => l.negatives.map((n) => n.kind)))
    for (const k of ["luhn-invalid", "iban-checksum", "name-word", "order-number", "amount", "date", "version", "postcode"]) {
      expect(kinds.get(k) ?? 0).toBeGreaterThanOrEqual(10)
    }
    expect(lines.filter((l) => l.entities.length === 0).length / lines.length).toBeGreaterThanOrEqual(0.2)
    const astralBefore = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start))))
    expect(astralBefore.length).toBeGreaterThanOrEqual(50)
  })
})
