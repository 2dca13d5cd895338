// holdout47: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout47.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, phoneValidIn, realDate, unspoken,
} from "./holdout47-validators.ts"

const { raw, recs, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
const NAME_WORDS = [
  "will", "grace", "bill", "mark", "hope", "frank", "faith", "patience", "may", "per", "saga", "onni", "toivo", "õnne", "kalju", "róża", "speranța", "nada", "zora",
  "ελπίδα", "ειρήνη", "deniz", "umut", "barış", "chiara", "serena", "speranza", "graça", "luz", "rosa", "claire", "rose", "ernst", "esperanza", "dolores", "paz", "milagros", "sól", "von",
]
const CURRENCY = /(£|A\$|\$|R|S\$|US\$|GH₵|GHS|kr|€|zł|Kč|RON|lei|₺|TRY|R\$|CLP|ISK)/

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  "claim-ref": (v) => /^(MC-26-\d{6}|CLM\/2026\/\d{5}|MX\d{2}[A-Z]\d{5})$/.test(v),
  "policy-number": (v) => /^(MTR-\d{8}|PM\d{7}[A-Z])$/.test(v),
  "vehicle-reg": (v) => /^[\p{Lu}\d][\p{Lu}\d -]{3,10}[\p{Lu}\d]$/u.test(v) && /\d/.test(v) && /\p{Lu}/u.test(v),
  vin: (v) => /^[A-HJ-NPR-Z0-9]{17}$/.test(v),
  "garage-number": (v) => /^(RG-\d{4,5}|BDY\/\d{4}\/[A-Z]{2})$/.test(v),
  imei: (v) => /^\d{2}[ -]?\d{6}[ -]?\d{6}[ -]?\d$/.test(v) && luhn(digitsOf(v)),
  iccid: (v) => /^89\d{17,18}$/.test(v) && luhn(v),
  "port-code": (v) => /^([A-Z]{3}\d{6}|PORT-\d{4}-[A-Z]{2}|NIP [A-Z]{2}\d{5})$/.test(v),
  "confirmation-number": (v) => /^(\d{9}|HX[A-Z]{2}\d{4}|CNF-\d{7})$/.test(v),
  "loyalty-number": (v) => /^CH( ?\d{3}){3}$/.test(v),
  "room-number": (v) => /^\d{3,4}$/.test(v),
  "member-id": (v) => /^(PF\d{7}|\d{8})$/.test(v),
  "fob-number": (v) => /^(FOB-\d{6}|[0-9A-F]{8})$/.test(v),
  "class-code": (v) => /^(SPIN|HIIT|YOGA|BOX|PUMP)-\d{4}$/.test(v),
  "card-expiry": (v) => /^(0[1-9]|1[0-2])\/(2[7-9]|3[01])$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} \d{4}|•••• \d{4}|XXXX-XXXX-XXXX-\d{4})$/.test(v),
  "bank-account": (v) => /^\d[\d -]{5,24}\d$/.test(v),
  date: (v, r) => realDate(v, r.lang),
  time: (v) => /^\d{2}:\d{2}$/.test(v),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  "name-word": (v) => NAME_WORDS.includes(lower(v)),
}
const BUSINESS = ["claim-ref", "policy-number", "vehicle-reg", "vin", "garage-number", "imei", "iccid", "port-code", "confirmation-number", "loyalty-number", "room-number", "member-id", "fob-number", "class-code", "bank-account"]
const LUHN_BY_DESIGN = ["imei", "iccid"]

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: WORD })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; spaces, dashes, compact and Amex 4-6-5", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
    for (const re of [/^\d{4} \d{4} \d{4} \d{4}$/, /\d-\d/, /^\d+$/, /^3[47]\d\d[ -]?\d{6}[ -]?\d{5}$/]) expect(of("CARD").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(5)
  })
  test("IBAN: length, mod 97, the locale's own banking country; some in lower case", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2).toUpperCase(), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
    }
  })
  test("US_SSN and UK_NINO: their rules, after an SSN or NI number field (in a CSV, under its column)", () => {
    const field = (r: Rec, e: Span, re: RegExp) => re.test(before(r, e, 14)) || (r.kind === "csv" && re.test(r.text.split("\n").find((l) => /email|phone|msisdn|mobile|tel/.test(l)) ?? ""))
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(v) && field(r, e, /\bssn\b/i), `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(v) && field(r, e, /\bni[ _]number\b/i), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, both families; a port stays outside", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(15)
    expect(of("IP_ADDRESS").filter(({ r, e }) => /^:\d{4,5}\b/.test(r.text.slice(e.end))).length).toBeGreaterThanOrEqual(5)
  })
  test("EMAIL: an address, without <>, &lt;&gt; or mailto:", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid in the locale's country; a said one once read back", () => {
    for (const { r, v } of of("PHONE")) {
      const read = /^\p{Ll}/u.test(v) ? unspoken(v, r.lang) : v
      expect(phoneValidIn(read, [LOCALE_COUNTRY[r.lang]!]), `${r.id} ${v}`).toBe(true)
      expect(/^(\+|\(|\d|\p{Ll})/u.test(v) && /(\d|\p{Ll})$/u.test(v), `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, comma, space; no title inside; no PERSON inside an e-mail address", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'., -]*[\p{L}\p{M}]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Herr|Frau|Sr|Sra|Mme|Dott|Pan|Pani)\.?\s/.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
})

test("every whole-word use of a name part lies inside a PERSON or EMAIL label or a name-word negative", () => {
  expect(built.length).toBe(recs.length)
  built.forEach((b, i) => {
    const r = recs[i]!
    const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word")]
    const hay = lower(r.text)
    for (const part of b.parts.map(lower).filter((p) => p.length >= 3)) {
      for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
        if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
        expect(ok.some((s) => s.start <= at && at + part.length <= s.end), `${r.id} ${part} at ${at}`).toBe(true)
      }
    }
  })
})

describe("lookalikes", () => {
  test("pass their own shape, and fail the check of what they look like", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      const d = digitsOf(v)
      if (n.kind === "luhn-invalid") expect(/^\d{4}([ -]?\d{4}){3}$/.test(v) && !!issuer(d) && !luhn(d), where).toBe(true)
      else if (n.kind === "iban-checksum") expect(ibanShape(v) && ibanRemainder(v) !== 1 && v.slice(0, 2) === LOCALE_COUNTRY[r.lang], where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v), where).toBe(true)
      else expect(SHAPE[n.kind]?.(v, r) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; no business number is a valid phone anywhere in the corpus, nor (IMEI and ICCID aside) a Luhn pass", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (!BUSINESS.includes(n.kind)) continue
      if (/^[\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, ALL_COUNTRIES) || phoneValidIn(digitsOf(v), ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digitsOf(v).length >= 12 && !LUHN_BY_DESIGN.includes(n.kind)) expect(luhn(digitsOf(v)), where).toBe(false)
    }
  })
  test("IBANs only where people pay by IBAN; elsewhere the direct debit comes from a domestic account", () => {
    const noIban = ["AU", "ZA", "SG", "US", "GH", "BR", "CL"]
    for (const { r } of [...of("IBAN"), ...negs.filter((x) => x.n.kind === "iban-checksum")]) expect(noIban, r.id).not.toContain(LOCALE_COUNTRY[r.lang]!)
    expect(negs.filter((x) => x.n.kind === "bank-account" && noIban.includes(LOCALE_COUNTRY[x.r.lang]!)).length).toBeGreaterThanOrEqual(10)
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types", () => {
    expect(recs.length).toBe(480)
    for (const l of Object.keys(LOCALE_COUNTRY)) expect(recs.filter((r) => r.lang === l).length, l).toBe(20)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(15)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.biz, (biz.get(b.biz) ?? 0) + 1)
    expect([...biz].sort()).toEqual([["gym", 120], ["hotel", 120], ["mobile", 120], ["motor", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(15)
  })
  test("hard negatives 15 or more each (invalid SSNs and NINOs 3 or more); every eighth text with no PII at all", () => {
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(15)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(recs.filter((r, i) => i % 8 === 7 && r.entities.length === 0 && r.negatives.length > 0).length).toBe(60)
    expect(new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => lower(x.v))).size).toBeGreaterThanOrEqual(25)
  })
  test("the tools' own shapes: CSV quoted cells with \"\" escapes, JSON and YAML keys, Markdown tables, HTML entities, WhatsApp stamps, @mentions", () => {
    const has = (kind: string, re: RegExp, n: number) => expect(recs.filter((r) => r.kind === kind && re.test(r.text)).length, `${kind} ${re}`).toBeGreaterThanOrEqual(n)
    has("csv", /"[^"\n]*""[^"\n]*""/, 8)
    has("json", /"email": "/, 15)
    has("yaml", /^\s+\w+: /m, 20)
    has("mdtable", /^\| Field \| Value \|$/m, 20)
    has("html", /&lt;|&nbsp;|&amp;/, 20)
    has("whatsapp", /^\[\d/m, 20)
    has("slack", /@\p{L}/u, 20)
    has("bot", /"intent": "/, 20)
    expect(ents.filter(({ r, e }) => e.type === "PERSON" && r.kind === "slack" && before(r, e, 1) === "@").length).toBeGreaterThanOrEqual(20)
    expect(ents.filter(({ r, e }) => e.type === "PHONE" && before(r, e, 4) === "tel:").length).toBeGreaterThanOrEqual(15)
  })
  test("names: Greek script, lower case, Family-comma-Given, two surnames, Icelandic patronyms, gendered forms", () => {
    const persons = of("PERSON").map((x) => x.v)
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    some(/\p{Script=Greek}/u, 30)
    some(/^[\p{Ll} '-]+$/u, 10)
    some(/^\p{Lu}[\p{L}' -]+, \p{Lu}/u, 20)
    some(/(dóttir|son)$/)
    some(/(ová|ska|ού|ου)$/u)
    some(/[ăâîșțőűąęłńśźżčšžřůěğışç]/u, 30)
  })
})
