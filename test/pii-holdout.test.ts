// The held-out-style corpus is sound, checked with validators written here
// (not the generator's, not the recognizers'): every label is a true value of
// its type, every checksum lookalike fails its checksum, offsets are UTF-16
// indices inside the text, and the generator reproduces the file. The scorer
// counts as its rule says and refuses bad options.
import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { isIP } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max"
import { buildCorpus, CORPUS_PATH, serialize } from "./fixtures/pii-holdout/generate.ts"
import { score, type Labeled } from "../scripts/pii-score.ts"

interface Text extends Labeled { lang: string; kind: string }
const raw = readFileSync(CORPUS_PATH, "utf8")
const texts: Text[] = raw.split("\n").filter(Boolean).map((l) => JSON.parse(l))
const values = (type: string) => texts.flatMap((x) => x.entities.filter((e) => e.type === type).map((e) => x.text.slice(e.start, e.end)))
const negs = (kind: string) => texts.flatMap((x) => x.negatives.filter((n) => n.kind === kind).map((n) => x.text.slice(n.start, n.end)))

const luhn = (d: string) => [...d].reverse().reduce((s, ch, i) => s + (i % 2 ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][Number(ch)]! : Number(ch)), 0) % 10 === 0
const IBAN_LEN: Record<string, number> = { PT: 25, SE: 24, PL: 28, DK: 18, CZ: 24, NO: 15, FI: 18, IE: 22, LU: 20, BE: 16, DE: 22, FR: 27, ES: 24, NL: 18, GB: 22, AT: 20, CH: 21, IT: 27, HU: 28, RO: 24, GR: 27, EE: 20, LT: 20, SK: 24, SI: 19, HR: 21 }
function mod97ok(s: string): boolean {
  const x = s.replace(/ /g, "").toUpperCase()
  const n = (x.slice(4) + x.slice(0, 4)).replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55))
  return BigInt(n) % 97n === 1n
}
const ssnOk = (s: string) => {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s)
  return !!m && m[1] !== "000" && m[1] !== "666" && Number(m[1]) < 900 && m[2] !== "00" && m[3] !== "0000"
}
const ninoOk = (s: string) => {
  const x = s.replace(/ /g, "").toUpperCase()
  return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(x) && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(x.slice(0, 2))
}
function cardOk(s: string): boolean {
  const d = s.replace(/[ -]/g, "")
  if (!/^\d{13,19}$/.test(d) || !luhn(d)) return false
  const p = (n: number) => Number(d.slice(0, n))
  return (d[0] === "4" && [13, 16, 19].includes(d.length)) || ((p(2) >= 51 && p(2) <= 55) || (p(4) >= 2221 && p(4) <= 2720)) && d.length === 16 ||
    ([34, 37].includes(p(2)) && d.length === 15) || ((p(4) === 6011 || p(2) === 65 || (p(3) >= 644 && p(3) <= 649)) && d.length === 16) ||
    (p(4) >= 3528 && p(4) <= 3589 && d.length === 16) || ((p(2) === 36 || p(2) === 38 || (p(3) >= 300 && p(3) <= 305)) && d.length === 14) ||
    (p(2) === 62 && d.length >= 16) || ([6759, 5018, 5020, 6304].includes(p(4)) && d.length >= 12)
}
const REGIONS: CountryCode[] = ["US", "GB", "IE", "AU", "PT", "SE", "PL", "DK", "CZ", "DE", "FR", "ES", "NO", "FI"]
const phoneOk = (s: string) => REGIONS.some((r) => parsePhoneNumberFromString(s.replace(/^00/, "+"), r)?.isValid())

describe("the held-out-style corpus", () => {
  test("the generator reproduces corpus.jsonl byte for byte", () => {
    expect(serialize(buildCorpus())).toBe(raw)
  })

  test("has at least 300 texts of the asked kinds and languages, ids unique", () => {
    expect(texts.length).toBeGreaterThanOrEqual(300)
    expect(new Set(texts.map((x) => x.id)).size).toBe(texts.length)
    const kinds = new Set(texts.map((x) => x.kind))
    for (const k of ["chat", "note", "email", "summary", "sms", "ticket", "list", "caps", "url", "markdown"]) expect(kinds).toContain(k)
    const other = new Set(texts.map((x) => x.lang).filter((l) => !["en", "de", "fr", "es", "nl", "it"].includes(l)))
    expect(other.size).toBeGreaterThanOrEqual(3)
  })

  test("spans lie inside the text, in order, entities never overlapping each other or a negative", () => {
    for (const x of texts) {
      const all = [...x.entities, ...x.negatives].sort((a, b) => a.start - b.start)
      for (const s of all) expect(s.start >= 0 && s.end <= x.text.length && s.start < s.end).toBe(true)
      for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end)
      for (const e of x.entities) expect(x.text.slice(e.start, e.end)).toBe(x.text.slice(e.start, e.end).trim())
    }
  })

  test("every label is a true value of its type", () => {
    for (const v of values("CARD")) expect(cardOk(v)).toBe(true)
    for (const v of values("IBAN")) expect([mod97ok(v), v.replace(/ /g, "").length === IBAN_LEN[v.slice(0, 2).toUpperCase()]]).toEqual([true, true])
    for (const v of values("US_SSN")) expect(ssnOk(v)).toBe(true)
    for (const v of values("UK_NINO")) expect(ninoOk(v)).toBe(true)
    for (const v of values("IP_ADDRESS")) expect(isIP(v)).toBeGreaterThan(0)
    for (const v of values("EMAIL")) expect(v).toMatch(/^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/)
    for (const v of values("PHONE")) expect([v, phoneOk(v)]).toEqual([v, true])
    for (const v of values("PERSON")) expect(v).toMatch(/^[\p{L}][\p{L}'’ -]*[\p{L}]$/u)
    for (const v of values("PERSON")) expect(v).not.toMatch(/^(Mr|Ms|Mrs|Dr|Herr|Frau|Pan|Pani|Sr|Sra|Mme|M|hr|fru|pan|paní)\.? /)
  })

  test("every checksum lookalike fails the check it imitates", () => {
    expect(negs("luhn-invalid").length).toBeGreaterThanOrEqual(20)
    for (const v of negs("luhn-invalid")) expect(luhn(v.replace(/\D/g, ""))).toBe(false)
    expect(negs("iban-checksum").length).toBeGreaterThanOrEqual(20)
    for (const v of negs("iban-checksum")) expect([mod97ok(v), v.replace(/ /g, "").length === IBAN_LEN[v.slice(0, 2)]]).toEqual([false, true])
    for (const v of negs("ssn-invalid")) expect(ssnOk(v)).toBe(false)
    for (const v of negs("nino-invalid")) expect(ninoOk(v)).toBe(false)
  })

  test("many labels come after an astral character, so UTF-16 offsets are exercised", () => {
    const after = texts.filter((x) => x.entities.some((e) => /[\u{10000}-\u{10FFFF}]/u.test(x.text.slice(0, e.start))))
    expect(after.length).toBeGreaterThanOrEqual(30)
  })
})

describe("the scorer", () => {
  const corpus: Labeled[] = [
    { id: "a", text: "mail x@y.io call +48 512 345 678", entities: [{ type: "EMAIL", start: 5, end: 11 }, { type: "PHONE", start: 17, end: 32 }], negatives: [] },
    { id: "b", text: "ref 4111 1111 1111 1112 ok", entities: [], negatives: [{ kind: "luhn-invalid", start: 4, end: 23 }] },
  ]
  test("counts a match at IoU >= 0.5, a narrow finding as both a miss and a false positive, and findings on invalid lookalikes", () => {
    const s = score(corpus, [
      { id: "a", findings: [{ type: "EMAIL", start: 5, end: 10, score: 1 }, { type: "PHONE", start: 28, end: 32, score: 1 }] },
      { id: "b", findings: [{ type: "PHONE", start: 9, end: 23, score: 1 }] },
    ])
    const row = (t: string) => s.perType.find((r) => r.type === t)!
    expect([row("EMAIL").tp, row("EMAIL").fp, row("EMAIL").fn]).toEqual([1, 0, 0])
    expect([row("PHONE").tp, row("PHONE").fp, row("PHONE").fn]).toEqual([0, 2, 1])
    expect(s.onInvalidLookalikes).toBe(1)
    expect(s.onNegatives).toEqual({ "luhn-invalid": 1 })
  })

  test("refuses a result list that is not one line per text", () => {
    expect(() => score(corpus, [{ findings: [] }])).toThrow("one line per input line")
  })

  test("runs pii scan end to end and refuses a missing corpus or an unknown flag with exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "pii-score-"))
    const file = join(dir, "c.jsonl")
    writeFileSync(file, corpus.map((c) => JSON.stringify(c)).join("\n") + "\n")
    const ok = Bun.spawnSync(["bun", "scripts/pii-score.ts", "--corpus", file, "--json"])
    expect(ok.exitCode).toBe(0)
    const out = JSON.parse(ok.stdout.toString())
    expect(out.texts).toBe(2)
    expect(out.perType.find((r: { type: string }) => r.type === "EMAIL").tp).toBe(1)
    for (const args of [["--corpus", join(dir, "nope.jsonl")], ["--corpsu", file]]) {
      const bad = Bun.spawnSync(["bun", "scripts/pii-score.ts", ...args])
      expect(bad.exitCode).toBe(2)
      expect(bad.stderr.toString()).toMatch(/^\[cxedge\] \[pii-score\] .+: .+\n$/)
    }
  })
})
