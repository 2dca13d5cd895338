// The ninth held-out corpus (car rental, hotel, roadside assistance): the file
// is what the generator makes, and every label is checked here with
// validators written apart from the generator's.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max"
import { buildCorpus, CORPUS } from "../scripts/gen-holdout9"

interface Row {
  id: string
  lang: string
  kind: string
  text: string
  entities: { type: string; start: number; end: number }[]
  negatives: { kind: string; start: number; end: number }[]
}

const raw = readFileSync(CORPUS, "utf8")
const rows: Row[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const slice = (r: Row, s: { start: number; end: number }) => r.text.slice(s.start, s.end)
const all = <T extends { start: number; end: number }>(pick: (r: Row) => T[]) => rows.flatMap((r) => pick(r).map((s) => ({ r, s, v: slice(r, s) })))

const digitsOf = (s: string) => s.replace(/[^0-9]/g, "")
function luhn(d: string): boolean {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48
    if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}
function brandOk(d: string): boolean {
  const n = (k: number) => Number(d.slice(0, k))
  if (d[0] === "4") return [13, 16, 19].includes(d.length)
  if ((n(2) >= 51 && n(2) <= 55) || (n(4) >= 2221 && n(4) <= 2720)) return d.length === 16
  if (n(2) === 34 || n(2) === 37) return d.length === 15
  if (n(4) === 6011 || n(2) === 65 || (n(3) >= 644 && n(3) <= 649)) return d.length >= 16 && d.length <= 19
  if (n(4) >= 3528 && n(4) <= 3589) return d.length >= 16 && d.length <= 19
  return false
}
const IBAN_LEN: Record<string, number> = { RO: 24, HU: 28, HR: 21, SK: 24, SI: 19, LT: 20, EE: 20, GB: 22, IE: 22, DE: 22, AT: 20 }
function ibanRemainder(s: string): number {
  const c = s.replace(/ /g, "")
  const moved = (c.slice(4) + c.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  return [...moved].reduce((rem, ch) => (rem * 10 + Number(ch)) % 97, 0)
}
const REGIONS = ["US", "CA", "GB", "IE", "RO", "HU", "HR", "SK", "SI", "LT", "EE"] as CountryCode[]
function phoneValid(v: string): boolean {
  const s = v.replace(/^00/, "+")
  if (s.startsWith("+")) return parsePhoneNumberFromString(s)?.isValid() === true
  return REGIONS.some((c) => parsePhoneNumberFromString(s, c)?.isValid() === true)
}

describe("pii-holdout9 corpus", () => {
  test("the generator reproduces the file byte for byte", () => {
    expect(buildCorpus()).toBe(raw)
  })

  test("size, languages, genres and unique ids", () => {
    expect(rows.length).toBeGreaterThanOrEqual(400)
    const en = rows.filter((r) => r.lang === "en").length
    expect(en / rows.length).toBeGreaterThan(0.4)
    expect(en / rows.length).toBeLessThan(0.6)
    for (const lang of ["ro", "hu", "hr", "sk", "sl", "lt", "et"]) expect(rows.filter((r) => r.lang === lang).length).toBeGreaterThanOrEqual(25)
    expect(new Set(rows.map((r) => r.kind)).size).toBeGreaterThanOrEqual(10)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const r of rows) expect(r.id.startsWith(`${r.lang}-${r.kind}-`)).toBe(true)
  })

  test("spans are in bounds, trimmed, sorted and never overlap", () => {
    for (const r of rows) {
      const spans = [...r.entities, ...r.negatives].sort((a, b) => a.start - b.start)
      spans.forEach((s, i) => {
        expect(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= r.text.length).toBe(true)
        expect(slice(r, s).trim()).toBe(slice(r, s))
        if (i > 0) expect(spans[i - 1]!.end).toBeLessThanOrEqual(s.start)
      })
      const starts = r.entities.map((e) => e.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  test("cards pass Luhn with a real brand's prefix and length; luhn-invalid negatives fail", () => {
    const cards = all((r) => r.entities.filter((e) => e.type === "CARD"))
    expect(cards.length).toBeGreaterThanOrEqual(20)
    for (const { v } of cards) {
      expect(v).toMatch(/^\d[\d -]*\d$/)
      expect(luhn(digitsOf(v)) && brandOk(digitsOf(v))).toBe(true)
    }
    const bad = all((r) => r.negatives.filter((n) => n.kind === "luhn-invalid"))
    expect(bad.length).toBeGreaterThanOrEqual(15)
    for (const { v } of bad) expect(digitsOf(v).length === 16 && !luhn(digitsOf(v))).toBe(true)
  })

  test("IBANs have the country's length and remainder 1; iban-checksum negatives do not", () => {
    for (const [kind, want] of [["IBAN", true], ["iban-checksum", false]] as const) {
      const found = all((r) => [...r.entities.map((e) => ({ ...e, k: e.type })), ...r.negatives.map((n) => ({ ...n, k: n.kind }))].filter((s) => s.k === kind))
      expect(found.length).toBeGreaterThanOrEqual(15)
      for (const { v } of found) {
        expect(v.replace(/ /g, "").length).toBe(IBAN_LEN[v.slice(0, 2)]!)
        expect(ibanRemainder(v) === 1).toBe(want)
      }
    }
  })

  test("SSNs, NINOs, IPs, emails and phones are valid as written", () => {
    for (const { r, s, v } of all((r) => r.entities)) {
      if (s.type === "US_SSN") {
        const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(v)!
        expect(m && m[1] !== "000" && m[1] !== "666" && m[1]! < "900" && m[2] !== "00" && m[3] !== "0000").toBe(true)
      }
      if (s.type === "UK_NINO") {
        const c = v.replace(/ /g, "")
        expect(c).toMatch(/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/)
        expect(["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]).not.toContain(c.slice(0, 2))
      }
      if (s.type === "IP_ADDRESS") expect(isIP(v)).toBeGreaterThan(0)
      if (s.type === "EMAIL") expect(v).toMatch(/^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$/)
      if (s.type === "PHONE") expect({ id: r.id, v, ok: phoneValid(v) }).toEqual({ id: r.id, v, ok: true })
      if (s.type === "PHONE") expect(v).toMatch(/^[+0(\d].*\d$/)
      if (s.type === "PERSON") expect(v).toMatch(/^[\p{L}][\p{L}' -]*[\p{L}]$/u)
    }
  })

  test("every entity type is present, with names in lower case and non-ASCII", () => {
    const types = new Map<string, number>()
    for (const { s } of all((r) => r.entities)) types.set(s.type, (types.get(s.type) ?? 0) + 1)
    for (const t of ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]) expect(types.get(t) ?? 0).toBeGreaterThanOrEqual(10)
    const people = all((r) => r.entities.filter((e) => e.type === "PERSON")).map((x) => x.v)
    expect(people.filter((p) => p === p.toLowerCase()).length).toBeGreaterThanOrEqual(30)
    expect(people.filter((p) => /[^\x00-\x7f]/.test(p)).length).toBeGreaterThanOrEqual(80)
  })

  test("astral and combining characters come before labels", () => {
    const before = (re: RegExp) => rows.filter((r) => r.entities.some((e) => re.test(r.text.slice(0, e.start)))).length
    expect(before(/[\u{10000}-\u{10FFFF}]/u)).toBeGreaterThanOrEqual(60)
    expect(before(/\p{M}/u)).toBeGreaterThanOrEqual(15)
  })

  test("lookalikes are the business's own shapes", () => {
    const neg = all((r) => r.negatives)
    const kinds = new Set(neg.map((n) => n.s.kind))
    for (const k of ["licence-plate", "vin", "reservation-number", "loyalty-number", "room-number", "mileage", "gps", "road", "time", "date", "amount", "claim-number", "invoice-number", "postcode", "name-word"])
      expect(kinds).toContain(k)
    for (const { s, v } of neg) {
      if (s.kind === "vin") expect(v).toMatch(/^[A-HJ-NPR-Z0-9]{17}$/)
      if (s.kind === "ssn-invalid") expect(/^(000|666|9\d\d)-|-0000$/.test(v) && /^\d{3}-\d{2}-\d{4}$/.test(v)).toBe(true)
      if (s.kind === "nino-invalid") expect(/^(QQ|GB|BG|NK|TN|ZZ|DA|FY)\d{6}[A-D]$/.test(v)).toBe(true)
      if (s.kind === "name-word") expect(["May", "Will", "Bill", "Mark", "Rose", "Grace", "Victoria", "Florence", "Sofia", "Georgia", "Jordan", "Chase", "Ford"]).toContain(v)
    }
    expect(rows.filter((r) => r.entities.length === 0).length).toBeGreaterThanOrEqual(40)
  })
})
