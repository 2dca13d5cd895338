// holdout49: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout49.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, NO_IBAN, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, phoneValidIn, realDate, unspoken,
} from "./holdout49-validators.ts"

const { raw, recs, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
const NAME_WORDS = [
  "will", "hope", "grace", "mark", "bill", "ελπίδα", "ειρήνη", "νίκη", "umut", "deniz", "güneş", "speranța", "victoria", "nada", "zora", "slava",
  "laine", "kaja", "tuuli", "aamu", "onni", "sól", "björk", "esperança", "luz", "vitória", "esperanza", "paz", "ernst", "frank", "heide",
  "speranza", "gioia", "serena", "wiktoria", "róża", "naděje", "sláva", "stig", "sol", "vilja", "rose", "claire", "prudence",
]
const CURRENCY = /(€|£|\$|R|₺|RON|RSD|kr|zł|Kč)/

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  "job-ref": (v) => /^(KF-26\d{4}-\d{2}|J26\/\d{5})$/.test(v),
  "lock-serial": (v) => /^(99\d{8}|99\d \d{3} \d{4})$/.test(v),
  "key-code": (v) => /^KC-\d{4}-[A-F]$/.test(v),
  "van-number": (v) => /^KFV-\d{3}$/.test(v),
  "loan-ref": (v) => /^PL-26-\d{5}$/.test(v),
  "pledge-ticket": (v) => /^(97\d{10}|97\d\d \d{4} \d{4})$/.test(v),
  "watch-serial": (v) => /^[MKZVR]\d{7}$/.test(v),
  "repair-bag": (v) => /^RB-\d{4}-\d{2}$/.test(v),
  "member-number": (v) => /^LGC-\d{5}$/.test(v),
  "handicap-id": (v) => /^(99\d{9}|99\d \d{4} \d{4})$/.test(v),
  "tee-booking": (v) => /^TB-26\d{4}-\d{4}$/.test(v),
  "locker-number": (v) => /^LK-\d{3}$/.test(v),
  "print-order": (v) => /^IH-[A-Z0-9]{6}$/.test(v),
  "job-ticket": (v) => /^(79\d{12}|79\d\d \d{4} \d{4} \d{2})$/.test(v),
  "proof-number": (v) => /^PRF-\d{4}-\d$/.test(v),
  "paper-stock": (v) => /^(SRA3|A3|A4|A5|B2)-\d{2,3}gsm$/.test(v),
  "bank-account": (v) => /^\d[\d -]{5,24}\d$/.test(v),
  "card-expiry": (v) => /^(0[1-9]|1[0-2])\/(2[7-9]|3[01])$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} \d{4}|•••• \d{4}|XXXX-XXXX-XXXX-\d{4})$/.test(v),
  date: (v, r) => realDate(v, r.lang),
  time: (v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  "name-word": (v) => NAME_WORDS.includes(lower(v)),
}
const BUSINESS = Object.keys(SHAPE).slice(0, 17)

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: WORD })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; spaces, dashes, compact and Amex 4-6-5", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
    for (const re of [/^\d{4} \d{4} \d{4} \d{4}$/, /\d-\d/, /^\d+$/, /^3[47]\d\d[ -]?\d{6}[ -]?\d{5}$/]) expect(of("CARD").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(3)
  })
  test("IBAN: length, mod 97, the locale's own country; some in lower case", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2).toUpperCase(), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
    }
    expect(of("IBAN").filter(({ v }) => v === v.toLowerCase()).length).toBeGreaterThanOrEqual(2)
  })
  test("US_SSN and UK_NINO: their rules, after an SSN or NI number field (or its form key or XML element)", () => {
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(v) && /\bssn\b/i.test(before(r, e, 12)) && r.lang === "en-US", `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(v) && /\bni[ _]?number\b/i.test(before(r, e, 14)) && r.lang === "en-GB", `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, both families; a port stays outside", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(10)
    expect(of("IP_ADDRESS").filter(({ r, e }) => /^:\d{4,5}\b/.test(r.text.slice(e.end))).length).toBeGreaterThanOrEqual(10)
  })
  test("EMAIL: an address, without <> or quotes", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid in the locale's country; a said one once read back", () => {
    for (const { r, v } of of("PHONE")) {
      const read = /^\p{Ll}/u.test(v) ? unspoken(v, r.lang) : v
      expect(phoneValidIn(read, [LOCALE_COUNTRY[r.lang]!]), `${r.id} ${v} (${read})`).toBe(true)
      expect(/^(\+|\(|\d|\p{Ll})/u.test(v) && /(\d|\p{Ll})$/u.test(v), `${r.id} ${v}`).toBe(true)
    }
    expect(of("PHONE").filter(({ v }) => /^\p{Ll}/u.test(v) && /\p{Ll} \d/u.test(v)).length, "said with digits mixed in").toBeGreaterThanOrEqual(10)
  })
  test("PERSON: letters, marks, apostrophe, hyphen, comma, space; no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'., -]*[\p{L}\p{M}]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Herr|Frau|Sr|Sra|Mme|M|Pan|Pani|Κος|Κα)\.?\s/u.test(v), `${r.id} ${v}`).toBe(false)
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
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v) && r.lang === "en-US", where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v) && r.lang === "en-GB", where).toBe(true)
      else expect(SHAPE[n.kind]?.(v, r) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; no business number is a valid phone anywhere in the corpus, nor (12+ digits) a Luhn pass", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (!BUSINESS.includes(n.kind)) continue
      if (/^[\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, ALL_COUNTRIES) || phoneValidIn(digitsOf(v), ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digitsOf(v).length >= 12) expect(luhn(digitsOf(v)), where).toBe(false)
    }
  })
  test("IBANs only where people pay by IBAN; elsewhere the refund goes to a domestic account", () => {
    for (const { r } of [...of("IBAN"), ...negs.filter((x) => x.n.kind === "iban-checksum")]) expect(NO_IBAN, r.id).not.toContain(LOCALE_COUNTRY[r.lang]!)
    for (const { r } of negs.filter((x) => x.n.kind === "bank-account")) expect(NO_IBAN, r.id).toContain(LOCALE_COUNTRY[r.lang]!)
    expect(negCount("bank-account")).toBeGreaterThanOrEqual(10)
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types", () => {
    expect(recs.length).toBe(480)
    for (const l of Object.keys(LOCALE_COUNTRY)) expect(recs.filter((r) => r.lang === l).length, l).toBe(20)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(15)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.biz, (biz.get(b.biz) ?? 0) + 1)
    expect([...biz].sort()).toEqual([["golf", 120], ["locksmith", 120], ["pawn", 120], ["print", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(12)
  })
  test("hard negatives 10 or more each (invalid SSNs and NINOs 3 or more); every eighth text with no PII at all", () => {
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(10)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(recs.filter((r, i) => i % 8 === 7 && r.kind === "notice" && r.entities.length === 0 && r.negatives.length > 0).length).toBe(60)
    expect(new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => lower(x.v))).size).toBeGreaterThanOrEqual(30)
  })
  test("the tools' own shapes: iCal, WhatsApp lines, form bodies, Slack mentions, XML, scan logs, receipts, IVR, OCR", () => {
    const all = (kind: string, re: RegExp) => {
      const xs = recs.filter((r) => r.kind === kind)
      expect(xs.length, kind).toBeGreaterThanOrEqual(25)
      for (const r of xs) expect(re.test(r.text), `${r.id} ${re}`).toBe(true)
    }
    all("ical", /^BEGIN:VEVENT$[\s\S]*^ATTENDEE;CN=[^;\n]+;[\s\S]*^END:VEVENT$/m)
    all("whatsapp", /^\[[^\]\n]+, \d{2}:\d{2}\] [^:\n]+: /m)
    all("form", /^first_name=[^&\n]+&last_name=[^&\n]+&email=[^&\n]+&phone=\d+&/m)
    all("slack", /^@\S/m)
    all("xml", /^<\?xml version="1\.0"[\s\S]*<givenName>[^<]+<\/givenName>/)
    all("courier", /^TRACKING — [\s\S]*^\d{4}-\d\d-\d\d \d\d:\d\d {2}DELIVERED /m)
    all("receipt", /^-{32}$/m)
    all("ivr", /call\.start ani=\+\d+ src=/)
    all("ocr", /^\[OCR scan p\.\d conf \d+%\]$/m)
  })
  test("names: Greek script, lower case, Family-comma-Given, FAMILY Given, two surnames, gendered forms, diacritics", () => {
    const persons = of("PERSON").map((x) => x.v)
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    some(/\p{Script=Greek}/u, 30)
    some(/^[\p{Ll} '-]+$/u, 30)
    some(/^\p{Lu}[\p{L}' -]+, \p{Lu}/u, 10)
    some(/^\p{Lu}{3,} \p{Lu}\p{Ll}/u, 10)
    some(/(ová|ská|ska|dóttir|ούλου|ου)$/u)
    some(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u)
    some(/[şğıțșăčćđžšőüöäõþðæéíóúãç]/u, 60)
  })
})
