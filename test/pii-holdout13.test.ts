// The service-desk / payroll holdout corpus: reproducible, and every label true.
// The validators here are written apart from scripts/holdout13/ on purpose: a
// generator bug must not be able to vouch for itself.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { type CountryCode, isValidPhoneNumber } from "libphonenumber-js/max"
import { buildCorpus, CORPUS_PATH } from "../scripts/gen-holdout13.ts"

interface Span { start: number; end: number }
interface Line {
  id: string; lang: string; kind: string; text: string
  entities: Array<Span & { type: string }>
  negatives: Array<Span & { kind: string }>
}

const raw = readFileSync(CORPUS_PATH, "utf8")
const lines: Line[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
// A national form must be valid where the text's language is spoken (English: US CA GB IN PH).
const NATIONAL: Record<string, CountryCode[]> = { en: ["US", "CA", "GB", "IN", "PH"], de: ["DE"], fr: ["FR"], es: ["ES"], pl: ["PL"], ro: ["RO"] }
const IBAN_LENGTH: Record<string, number> = { DE: 22, FR: 27, ES: 24, PL: 28, RO: 24, GB: 22, IE: 22, NL: 18, BE: 16, IT: 27 }
const NAME_WORDS = new Set(["May", "Will", "Bill", "Mark", "Grace", "Hope", "Victor", "Max", "max", "Jack", "Chase"])

function luhnOk(digits: string): boolean {
  const ds = [...digits].reverse().map(Number)
  const total = ds.reduce((sum, d, i) => sum + (i % 2 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0)
  return total % 10 === 0
}

function ibanOk(compact: string): boolean {
  const moved = compact.slice(4) + compact.slice(0, 4)
  const numeric = moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  return BigInt(numeric) % 97n === 1n
}

const cardIin = (p: string): boolean => {
  const n2 = Number(p.slice(0, 2)), n4 = Number(p.slice(0, 4)), n3 = Number(p.slice(0, 3))
  if (p[0] === "4") return [13, 16, 19].includes(p.length)
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return p.length === 16
  if (n2 === 34 || n2 === 37) return p.length === 15
  if (n4 === 6011 || n2 === 65 || (n3 >= 644 && n3 <= 649)) return p.length >= 16
  if (n4 >= 3528 && n4 <= 3589) return p.length === 16
  if (n2 === 36) return p.length === 14
  if (n2 === 62) return p.length >= 16
  return false
}

function phoneOk(v: string, lang: string): boolean {
  if (!/^[+0(1-9][\d ().-]*\d$/.test(v)) return false
  if (/^(\+|00)/.test(v)) return isValidPhoneNumber(v.replace(/^00/, "+"))
  return (NATIONAL[lang] ?? []).some((cc) => isValidPhoneNumber(v, cc))
}

function entityOk(type: string, v: string, lang = ""): boolean {
  const compact = v.replace(/[ -]/g, "")
  switch (type) {
    case "CARD": return /^\d[\d -]+\d$/.test(v) && luhnOk(compact) && cardIin(compact)
    case "IBAN": return /^[A-Z]{2}\d{2}[A-Z0-9 ]+$/.test(v) && IBAN_LENGTH[v.slice(0, 2)] === compact.length && ibanOk(compact)
    case "US_SSN": {
      const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v)
      return !!m && m[1] !== "000" && m[1] !== "666" && Number(m[1]) < 900 && m[2] !== "00" && m[3] !== "0000"
    }
    case "UK_NINO": {
      const c = v.replace(/ /g, "")
      return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(c.slice(0, 2))
    }
    case "IP_ADDRESS": return isIP(v) !== 0
    case "EMAIL": return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v) && !v.endsWith(".")
    case "PHONE": return phoneOk(v, lang)
    case "PERSON": return /^\p{Lu}|^\p{Ll}/u.test(v) && !/\d|^(Mr|Mrs|Ms|Frau|Herr|Mme|M|Sr|Sra|Pani|Pan)\.? /.test(v) && v === v.trim()
  }
  return false
}

describe("pii-holdout13 corpus", () => {
  test("the generator reproduces the file byte for byte", () => {
    expect(buildCorpus()).toBe(raw)
  })

  test("size and mix: >= 400 texts, about half English, every genre and language", () => {
    expect(lines.length).toBeGreaterThanOrEqual(400)
    const en = lines.filter((l) => l.lang === "en").length / lines.length
    expect(en).toBeGreaterThan(0.45)
    expect(en).toBeLessThan(0.55)
    expect(new Set(lines.map((l) => l.lang))).toEqual(new Set(["en", "de", "fr", "es", "pl", "ro"]))
    expect(new Set(lines.map((l) => l.kind)).size).toBe(9)
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    for (const l of lines) expect(l.id.startsWith(`${l.lang}-${l.kind}-`)).toBe(true)
  })

  test("spans are in bounds, ordered and never overlap", () => {
    for (const l of lines) {
      const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        expect(0 <= s.start && s.start < s.end && s.end <= l.text.length).toBe(true)
        if (i > 0) expect(all[i - 1]!.end <= s.start).toBe(true)
        const v = l.text.slice(s.start, s.end)
        expect(v).toBe(v.trim())
      }
      for (const [i, e] of l.entities.entries()) if (i > 0) expect(l.entities[i - 1]!.start < e.start).toBe(true)
    }
  })

  test("every entity passes its own check", () => {
    const bad: string[] = []
    for (const l of lines) {
      for (const e of l.entities) {
        const v = l.text.slice(e.start, e.end)
        if (!TYPES.includes(e.type) || !entityOk(e.type, v, l.lang)) bad.push(`${l.id} ${e.type} ${v}`)
      }
    }
    expect(bad).toEqual([])
  })

  test("checksum lookalikes fail their checksum; name words are the listed words", () => {
    const bad: string[] = []
    for (const l of lines) {
      for (const n of l.negatives) {
        const v = l.text.slice(n.start, n.end)
        const compact = v.replace(/[ -]/g, "")
        if (n.kind === "luhn-invalid" && (!/^\d{13,19}$/.test(compact) || luhnOk(compact))) bad.push(`${l.id} ${v}`)
        if (n.kind === "iban-checksum" && (IBAN_LENGTH[v.slice(0, 2)] !== compact.length || ibanOk(compact))) bad.push(`${l.id} ${v}`)
        if (n.kind === "name-word" && !NAME_WORDS.has(v)) bad.push(`${l.id} ${v}`)
        if (n.kind === "ssn-invalid" && entityOk("US_SSN", v)) bad.push(`${l.id} ${v}`)
        if (n.kind === "nino-invalid" && entityOk("UK_NINO", v)) bad.push(`${l.id} ${v}`)
        if (n.kind === "extension" && !/^\d{4,5}$/.test(v)) bad.push(`${l.id} ${v}`)
      }
    }
    expect(bad).toEqual([])
  })

  test("every type appears, and the hard cases are present", () => {
    const count = (t: string) => lines.reduce((n, l) => n + l.entities.filter((e) => e.type === t).length, 0)
    for (const t of TYPES) expect(count(t)).toBeGreaterThanOrEqual(15)
    const kinds = new Set(lines.flatMap((l) => l.negatives.map((n) => n.kind)))
    for (const k of ["luhn-invalid", "iban-checksum", "name-word", "extension", "mac-address", "employee-id", "tax-code"]) {
      expect(kinds.has(k)).toBe(true)
    }
    const astralBefore = lines.filter((l) => l.entities.some((e) => /[\uD800-\uDBFF]/.test(l.text.slice(0, e.start))))
    expect(astralBefore.length).toBeGreaterThanOrEqual(40)
    expect(lines.filter((l) => l.entities.length === 0).length).toBeGreaterThanOrEqual(20)
  })
})
