// The holdout14 corpus (letting, charity, travel; en nl it pt sv da hu): the
// file is what the generator writes, and every label is checked here with
// validators written apart from the generator's own values and checks.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { isIP } from "node:net"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { OUT, buildCorpus } from "../scripts/gen-holdout14.ts"

interface Span { start: number; end: number }
interface Line {
  id: string; lang: string; kind: string; text: string
  entities: (Span & { type: string })[]
  negatives: (Span & { kind: string })[]
}

const raw = readFileSync(OUT, "utf8")
const lines: Line[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const LANGS = ["en", "nl", "it", "pt", "sv", "da", "hu"]
const REGIONS = ["GB", "IE", "AU", "NL", "BE", "IT", "PT", "SE", "DK", "HU", "US", "CA", "BR", "IN", "ZA", "SG", "JP", "DE", "NZ"]

const luhnOk = (d: string) =>
  d.split("").reverse().reduce((sum, c, i) => {
    const n = Number(c) * (i % 2 ? 2 : 1)
    return sum + Math.floor(n / 10) + (n % 10)
  }, 0) % 10 === 0

function brandOk(d: string): boolean {
  const p = (n: number) => Number(d.slice(0, n))
  const L = d.length
  if (d[0] === "4") return [13, 16, 19].includes(L)
  if ((p(2) >= 51 && p(2) <= 55) || (p(4) >= 2221 && p(4) <= 2720)) return L === 16
  if (p(2) === 34 || p(2) === 37) return L === 15
  if (p(4) === 6011 || p(2) === 65 || (p(3) >= 644 && p(3) <= 649)) return L >= 16 && L <= 19
  if (p(4) >= 3528 && p(4) <= 3589) return L === 16
  if (p(2) === 36 || p(2) === 38) return L === 14
  return false
}

const IBAN_LEN: Record<string, number> = { GB: 22, IE: 22, NL: 18, IT: 27, PT: 25, SE: 24, DK: 18, HU: 28, BE: 16, DE: 22, FR: 27, ES: 24, AT: 20, NO: 15 }
function ibanMod(s: string): bigint {
  const r = s.slice(4) + s.slice(0, 4)
  const n = r.split("").map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("")
  return BigInt(n) % 97n
}
const ibanShape = (s: string) => /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s) && IBAN_LEN[s.slice(0, 2)] === s.length

function ssnOk(v: string): boolean {
  const m = /^(\d{3})([- ]?)(\d{2})\2(\d{4})$/.exec(v)
  if (!m) return false
  const area = Number(m[1])
  return area > 0 && area < 900 && area !== 666 && m[3] !== "00" && m[4] !== "0000"
}
function ninoOk(v: string): boolean {
  const c = v.replace(/ /g, "")
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(c) || !(v === c || /^[A-Z]{2} \d\d \d\d \d\d [A-D]$/.test(v))) return false
  if ("DFIQUV".includes(c[0] as string) || "DFIOQUV".includes(c[1] as string)) return false
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(c.slice(0, 2))
}
const phoneOk = (v: string) =>
  /^[+(0-9]/.test(v) && /\d$/.test(v) && REGIONS.some((r) => parsePhoneNumberFromString(v, r as CountryCode)?.isValid())
const personOk = (v: string) =>
  /^\p{L}/u.test(v) && /\p{L}$/u.test(v) && !/\d/.test(v) && !/^(mr|mrs|ms|miss|dr|sig|sra?|meneer|mevrouw|dhr|mevr)\b/i.test(v)

const CHECK: Record<string, (v: string) => boolean> = {
  EMAIL: (v) => /^[A-Za-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v),
  PHONE: phoneOk,
  CARD: (v) => /^\d[\d -]*\d$/.test(v) && luhnOk(v.replace(/[ -]/g, "")) && brandOk(v.replace(/[ -]/g, "")),
  IBAN: (v) => ibanShape(v.replace(/ /g, "")) && ibanMod(v.replace(/ /g, "")) === 1n,
  US_SSN: ssnOk,
  UK_NINO: ninoOk,
  IP_ADDRESS: (v) => isIP(v) !== 0,
  PERSON: personOk,
}

describe("pii-holdout14 corpus", () => {
  test("the generator reproduces the file byte for byte", () => {
    expect(buildCorpus() === raw).toBe(true)
  })

  test("shape: ids unique, languages and sizes as planned", () => {
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length)
    expect(lines.length).toBeGreaterThanOrEqual(400)
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
      expect(l.id.startsWith(`${l.lang}-${l.kind}-`)).toBe(true)
      expect(LANGS).toContain(l.lang)
    }
    const en = lines.filter((l) => l.lang === "en").length
    expect(en / lines.length).toBeGreaterThan(0.45)
    expect(en / lines.length).toBeLessThan(0.55)
    for (const lang of LANGS) expect(lines.filter((l) => l.lang === lang).length).toBeGreaterThanOrEqual(30)
    const genres = new Set(lines.map((l) => l.kind))
    for (const g of ["repair", "deposit", "arrears", "giftaid", "debit", "legacy", "booking", "passport", "complaint", "note", "whatsapp"])
      expect(genres.has(g)).toBe(true)
  })

  test("spans are in bounds, trimmed, ordered and never overlap", () => {
    for (const l of lines) {
      const all = [...l.entities, ...l.negatives].sort((a, b) => a.start - b.start)
      for (const [i, s] of all.entries()) {
        expect(Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= l.text.length).toBe(true)
        const v = l.text.slice(s.start, s.end)
        expect(v.trim()).toBe(v)
        if (i > 0) expect(s.start).toBeGreaterThanOrEqual((all[i - 1] as Span).end)
      }
      const starts = l.entities.map((e) => e.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
  })

  test("every entity passes its type's validator", () => {
    const bad: string[] = []
    for (const l of lines)
      for (const e of l.entities) {
        const v = l.text.slice(e.start, e.end)
        if (!TYPES.includes(e.type) || !(CHECK[e.type] as (v: string) => boolean)(v)) bad.push(`${l.id} ${e.type} ${v}`)
      }
    expect(bad).toEqual([])
  })

  test("checksum lookalikes fail their checksum and are not valid entities", () => {
    const bad: string[] = []
    for (const l of lines)
      for (const n of l.negatives) {
        const v = l.text.slice(n.start, n.end)
        const c = v.replace(/[ -]/g, "")
        if (n.kind === "luhn-invalid" && (!/^\d{16}$/.test(c) || luhnOk(c))) bad.push(`${l.id} ${v}`)
        if (n.kind === "iban-checksum" && (!ibanShape(c) || ibanMod(c) === 1n)) bad.push(`${l.id} ${v}`)
        if (["name-word", "place-name"].includes(n.kind) && !/^\p{L}+$/u.test(v)) bad.push(`${l.id} ${v}`)
      }
    expect(bad).toEqual([])
  })

  test("outside the labels there is no address, card, IBAN, NINO or IP left unlabeled", () => {
    const left: string[] = []
    for (const l of lines) {
      let rest = l.text
      for (const e of l.entities) rest = rest.slice(0, e.start) + " ".repeat(e.end - e.start) + rest.slice(e.end)
      for (const m of rest.matchAll(/\S*@\S+/g)) left.push(`${l.id} ${m[0]}`)
      for (const m of rest.matchAll(/\d[\d -]{11,22}\d/g)) {
        const d = m[0].replace(/[ -]/g, "")
        if (d.length >= 13 && d.length <= 19 && luhnOk(d) && brandOk(d)) left.push(`${l.id} ${m[0]}`)
      }
      for (const m of rest.matchAll(/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b/g)) {
        const c = m[0].replace(/ /g, "")
        if (ibanShape(c) && ibanMod(c) === 1n) left.push(`${l.id} ${m[0]}`)
      }
      for (const m of rest.matchAll(/\b[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]\b/g)) if (ninoOk(m[0])) left.push(`${l.id} ${m[0]}`)
      for (const m of rest.matchAll(/\b\d{1,3}(\.\d{1,3}){3}\b/g)) if (isIP(m[0])) left.push(`${l.id} ${m[0]}`)
    }
    expect(left).toEqual([])
  })

  test("minimums: every type, the hard negatives, emoji and accents before spans", () => {
    const count = (t: string) => lines.reduce((n, l) => n + l.entities.filter((e) => e.type === t).length, 0)
    for (const t of TYPES) expect(count(t)).toBeGreaterThanOrEqual(20)
    const kinds = new Set(lines.flatMap((l) => l.negatives.map((n) => n.kind)))
    for (const k of ["luhn-invalid", "iban-checksum", "passport-number", "flight-number", "booking-ref", "floor-area", "meter-reading", "cpr-number", "personnummer", "hu-personal-id", "name-word", "place-name", "date", "time", "amount"])
      expect(kinds.has(k)).toBe(true)
    const astral = lines.filter((l) => l.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(l.text.slice(0, e.start)))).length
    expect(astral).toBeGreaterThanOrEqual(50)
    const accented = lines.flatMap((l) => l.entities.filter((e) => e.type === "PERSON").map((e) => l.text.slice(e.start, e.end)))
    expect(accented.filter((v) => /[^\x00-\x7f]/.test(v)).length).toBeGreaterThanOrEqual(50)
    expect(lines.filter((l) => l.entities.length === 0).length).toBeGreaterThanOrEqual(10)
  })
})
