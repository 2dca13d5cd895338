// The third PII corpus (test/fixtures/pii-holdout2): every label is what it
// claims, checked by validators written here apart from the generator, and the
// generator reproduces the committed file byte for byte.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { buildCorpus, CORPUS_PATH } from "./fixtures/pii-holdout2/generate.ts"

interface Span { start: number; end: number }
interface Rec { id: string; lang: string; kind: string; text: string; entities: Array<Span & { type: string }>; negatives: Array<Span & { kind: string }> }
const corpus: Rec[] = readFileSync(CORPUS_PATH, "utf8").trim().split("\n").map((l) => JSON.parse(l))
const values = (type: string) => corpus.flatMap((r) => r.entities.filter((e) => e.type === type).map((e) => r.text.slice(e.start, e.end)))
const lookalikes = (kind: string) => corpus.flatMap((r) => r.negatives.filter((n) => n.kind === kind).map((n) => r.text.slice(n.start, n.end)))

function luhn(d: string): boolean {
  let s = 0
  ;[...d].reverse().forEach((ch, i) => {
    const x = Number(ch) * (i % 2 ? 2 : 1)
    s += x > 9 ? x - 9 : x
  })
  return s % 10 === 0
}
function brandFits(d: string): boolean {
  const n = d.length
  const p2 = Number(d.slice(0, 2))
  const p4 = Number(d.slice(0, 4))
  if (d[0] === "4") return [13, 16, 19].includes(n)
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16
  if (p2 === 34 || p2 === 37) return n === 15
  if (p4 === 6011 || p2 === 65 || (Number(d.slice(0, 3)) >= 644 && Number(d.slice(0, 3)) <= 649)) return n >= 16 && n <= 19
  return false
}
const IBAN_LEN: Record<string, number> = { DE: 22, FR: 27, ES: 24, IT: 27, NL: 18, GB: 22, IE: 22, RO: 24, FI: 18, BE: 16, AT: 20, PT: 25, PL: 28, CH: 21 }
function ibanRemainder(s: string): number {
  const moved = s.slice(4) + s.slice(0, 4)
  let rem = 0
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch)
    rem = (v > 9 ? rem * 100 + v : rem * 10 + v) % 97
  }
  return rem
}
const ssnOk = (s: string) => {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(s)
  if (!m) return false
  const a = Number(m[1])
  return a >= 1 && a <= 899 && a !== 666 && m[3] !== "00" && m[4] !== "0000"
}
const ninoOk = (s: string) => {
  const c = s.replace(/ /g, "")
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(c.slice(0, 2)) && (s === c || /^\w\w \d\d \d\d \d\d \w$/.test(s))
}
const REGIONS = ["US", "GB", "IE", "AU", "IN", "DE", "FR", "ES", "IT", "NL", "RO", "FI", "PL", "AT", "CH", "BE"] as CountryCode[]
function phoneOk(s: string): boolean {
  if (!/^(\+|00|\(|\d)/.test(s) || !/\d$/.test(s) || /[^\d +().\/-]/.test(s)) return false
  const cleaned = s.replace(/\(0\)/, "").replace(/^00/, "+")
  if (cleaned.startsWith("+")) return parsePhoneNumberFromString(cleaned)?.isValid() ?? false
  return REGIONS.some((cc) => parsePhoneNumberFromString(cleaned, cc)?.isValid())
}

describe("pii-holdout2 corpus", () => {
  test("the validators refuse what they must (so the checks below can fail)", () => {
    expect([luhn("4111111111111111"), luhn("4111111111111112"), brandFits("4111111111111111"), brandFits("9111111111111111")]).toEqual([true, false, true, false])
    expect([ibanRemainder("GB82WEST12345698765432"), ibanRemainder("GB83WEST12345698765432")]).toEqual([1, 2])
    expect(["123-45-6789", "666-12-3456", "123-00-4567", "123-45 6789"].map(ssnOk)).toEqual([true, false, false, false])
    expect(["AB123456C", "AB 12 34 56 C", "QQ123456C", "GB123456A", "AB123456E"].map(ninoOk)).toEqual([true, true, false, false, false])
    expect(["+44 20 7946 0958", "0049 30 12345678", "+44 20 7946", "+1 212 555"].map(phoneOk)).toEqual([true, true, false, false])
  })

  test("the generator reproduces the committed file byte for byte", () => {
    expect(buildCorpus()).toBe(readFileSync(CORPUS_PATH, "utf8"))
  })

  test("size, languages, kinds, types and unique ids", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300)
    expect(new Set(corpus.map((r) => r.id)).size).toBe(corpus.length)
    for (const r of corpus) expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`))
    expect(new Set(corpus.map((r) => r.lang)).size - 1).toBeGreaterThanOrEqual(5)
    expect([...new Set(corpus.map((r) => r.kind))].sort()).toEqual(["chat", "crm", "dm", "email", "letter", "note", "summary", "survey"])
    for (const t of ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS"]) expect(values(t).length).toBeGreaterThanOrEqual(15)
    expect(values("PERSON").length).toBeGreaterThanOrEqual(300)
    expect(corpus.filter((r) => r.entities.length === 0).length).toBeGreaterThanOrEqual(20)
  })

  test("spans are in range, sorted, trimmed and never overlap (labels nor lookalikes)", () => {
    for (const r of corpus) {
      const all = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        expect(s.start >= 0 && s.end <= r.text.length && s.start < s.end).toBe(true)
        expect(r.text.slice(s.start, s.end)).toBe(r.text.slice(s.start, s.end).trim())
        if (i) expect(all[i - 1]!.end).toBeLessThanOrEqual(s.start)
      }
      expect(r.entities.map((e) => e.start)).toEqual([...r.entities.map((e) => e.start)].sort((a, b) => a - b))
    }
  })

  test("CARD: Luhn-valid with a brand's prefix and length; luhn-invalid lookalikes fail Luhn", () => {
    for (const v of values("CARD")) {
      expect(v).toMatch(/^\d[\d -]+\d$/)
      const d = v.replace(/[ -]/g, "")
      expect(luhn(d) && brandFits(d)).toBe(true)
    }
    for (const v of lookalikes("luhn-invalid")) expect(luhn(v.replace(/[ -]/g, ""))).toBe(false)
  })

  test("IBAN: mod-97 is 1 at the country's length; iban-checksum lookalikes have the length and fail", () => {
    for (const v of values("IBAN")) {
      const s = v.replace(/ /g, "")
      expect([s.length, ibanRemainder(s)]).toEqual([IBAN_LEN[s.slice(0, 2)]!, 1])
    }
    for (const v of lookalikes("iban-checksum")) {
      const s = v.replace(/ /g, "")
      expect(s.length).toBe(IBAN_LEN[s.slice(0, 2)]!)
      expect(ibanRemainder(s)).not.toBe(1)
    }
  })

  test("US_SSN, UK_NINO, IP_ADDRESS, EMAIL follow their rules", () => {
    for (const v of values("US_SSN")) expect(ssnOk(v)).toBe(true)
    for (const v of values("UK_NINO")) expect(ninoOk(v)).toBe(true)
    for (const v of values("IP_ADDRESS")) expect(isIP(v)).toBeGreaterThan(0)
    for (const v of values("EMAIL")) expect(v).toMatch(/^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/)
  })

  test("PHONE: valid per libphonenumber-js/max, typed with only digits and separators", () => {
    const bad = values("PHONE").filter((v) => !phoneOk(v))
    expect(bad).toEqual([])
  })

  test("PERSON: letters only, no title or greeting inside the span", () => {
    for (const v of values("PERSON")) {
      expect(v).toMatch(/^[\p{L}][\p{L}' -]*[\p{L}]$/u)
      expect(v).not.toMatch(/^(mr|mrs|ms|frau|herr|mme|sra|sig|dhr|dna|hi|hello|dear)\b/i)
    }
  })

  test("lookalikes that are not labels: no version or MAC is an IP, no reference is a valid card", () => {
    for (const v of [...lookalikes("version"), ...lookalikes("mac-address")]) expect(isIP(v)).toBe(0)
    for (const k of ["order-number", "tracking-number", "policy-number", "product-code", "ticket"]) {
      for (const v of lookalikes(k)) {
        const d = v.replace(/\D/g, "")
        if (d.length >= 13 && d.length <= 19) expect(luhn(d) && brandFits(d)).toBe(false)
      }
    }
  })
})
