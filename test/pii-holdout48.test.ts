// holdout48: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout48.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, nationalCheck, phoneValidIn, realDate, unspoken,
} from "./holdout48-validators.ts"

const { raw, recs, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
const NAME_WORDS = [
  "will", "grace", "bill", "mark", "hope", "frank", "faith", "may", "roos", "storm", "lieve", "sol", "lærke", "liv", "vår", "virág", "hajnal", "ibolya",
  "viera", "ruža", "zlata", "vera", "nada", "zora", "rasa", "aušra", "saulė", "liesma", "ausma", "laima", "надежда", "вяра", "любов", "надія", "віра",
  "rose", "claire", "prudence", "constance", "ernst", "rosa", "esperanza", "paz", "luz", "consuelo",
]
const CURRENCY = /(€|£|\$|₹|kr|Ft|CHF|грн|₴)/

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  "lot-number": (v) => /^(L26-\d{4}-\d{1,3}|L\d{4}-\d{1,3}[AB]?)$/.test(v),
  "buyer-number": (v) => /^(\d{11}|\d{3} \d{4} \d{4}|\d{3} \d{3} \d{5})$/.test(v),
  "paddle-number": (v) => /^(PDL-\d{3}|P\d{4})$/.test(v),
  "consignment-ref": (v) => /^(CNS\/26\/\d{5}|CN-26\d{2}-\d{3})$/.test(v),
  "donation-number": (v) => /^[A-W]\d{4} ?26 ?\d{6}$/.test(v),
  "donor-number": (v) => /^(\d{12}|\d{4} \d{4} \d{4})$/.test(v),
  "blood-group": (v) => /^(O|A|B|AB) Rh[+-]$/.test(v),
  "session-code": (v) => /^SES-[A-Z]{3}-\d{4}$/.test(v),
  "appointment-ref": (v) => /^APT-[A-Z0-9]{6}$/.test(v),
  "booking-ref": (v) => /^(NWC-[A-Z0-9]{6}|B-26\d{4}-\d{3})$/.test(v),
  "trip-id": (v) => /^26\d{11}$/.test(v),
  "flight-number": (v) => /^[A-Z][A-Z0-9] ?\d{2,4}$/.test(v),
  "driver-badge": (v) => /^(BDG \d{5}|PHV-\d{6})$/.test(v),
  "fleet-number": (v) => /^(CAB-\d{3}|V\d{3})$/.test(v),
  "order-number": (v) => /^PG-26\d{4}-\d{2}$/.test(v),
  "garment-tag": (v) => /^0\d{7}$/.test(v),
  "locker-pin": (v) => /^[01]\d{5}$/.test(v),
  "rack-slot": (v) => /^R\d{1,2}-[A-D]$/.test(v),
  "card-expiry": (v) => /^(0[1-9]|1[0-2])\/(2[7-9]|3[01])$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} \d{4}|•••• \d{4}|XXXX-XXXX-XXXX-\d{4})$/.test(v),
  "bank-account": (v) => /^\d[\d -]{5,24}\d$/.test(v),
  date: (v, r) => realDate(v, r.lang),
  time: (v) => /^\d{2}:\d{2}$/.test(v),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  "name-word": (v) => NAME_WORDS.includes(lower(v)),
}
const BUSINESS = Object.keys(SHAPE).slice(0, 18).concat("bank-account")

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: WORD })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; spaces, dashes, compact and Amex 4-6-5", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
    for (const re of [/^\d{4} \d{4} \d{4} \d{4}$/, /\d-\d/, /^\d+$/, /^3[47]\d\d[ -]?\d{6}[ -]?\d{5}$/]) expect(of("CARD").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(5)
  })
  test("IBAN: length, mod 97, the locale's own country, Belgium's and Norway's national check digits; some in lower case", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v) && nationalCheck(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2).toUpperCase(), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
    }
    expect(of("IBAN").filter(({ v }) => v === v.toLowerCase()).length).toBeGreaterThanOrEqual(2)
  })
  test("US_SSN and UK_NINO: their rules, after an SSN or NI number field (or under its column or key)", () => {
    const field = (r: Rec, e: Span, re: RegExp) => re.test(before(r, e, 20)) || (r.kind === "sheet" && re.test(r.text.split("\n")[0]!))
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(v) && field(r, e, /\bssn\b/i) && r.lang === "en-US", `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(v) && field(r, e, /\bni[ _]number\b/i) && r.lang === "en-GB", `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, both families; a port stays outside", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(15)
    expect(of("IP_ADDRESS").filter(({ r, e }) => /^\]?:\d{4,5}\b/.test(r.text.slice(e.end))).length).toBeGreaterThanOrEqual(10)
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
  })
  test("PERSON: letters, marks, apostrophe, hyphen, comma, space; no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'., -]*[\p{L}\p{M}]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Herr|Frau|Sr|Sra|Mme|M|Gerb)\.?\s/.test(v), `${r.id} ${v}`).toBe(false)
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
    const noIban = ["IN", "CA", "US", "MX", "AR"]
    for (const { r } of [...of("IBAN"), ...negs.filter((x) => x.n.kind === "iban-checksum")]) expect(noIban, r.id).not.toContain(LOCALE_COUNTRY[r.lang]!)
    for (const { r } of negs.filter((x) => x.n.kind === "bank-account")) expect(noIban, r.id).toContain(LOCALE_COUNTRY[r.lang]!)
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
    expect([...biz].sort()).toEqual([["auction", 120], ["blood", 120], ["laundry", 120], ["taxi", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(12)
  })
  test("hard negatives 10 or more each (invalid SSNs and NINOs 3 or more); every eighth text with no PII at all", () => {
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(10)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(recs.filter((r, i) => i % 8 === 7 && r.kind === "notice" && r.entities.length === 0 && r.negatives.length > 0).length).toBe(60)
    expect(new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => lower(x.v))).size).toBeGreaterThanOrEqual(30)
  })
  test("the tools' own shapes: tabs, JSON keys, SMS arrows, vCards, mail headers, quoted replies, audit lines, dispositions", () => {
    const has = (kind: string, re: RegExp, n: number) => expect(recs.filter((r) => r.kind === kind && re.test(r.text)).length, `${kind} ${re}`).toBeGreaterThanOrEqual(n)
    has("sheet", /^[a-z_]+(\t[a-z_]+){5,}$/m, 25)
    has("json", /"email": "/, 25)
    has("sms", /^\[\d{2}:\d{2}\] \+?[\d ]+ → /m, 25)
    has("vcard", /^BEGIN:VCARD$[\s\S]*^N:[^;\n]+;[^;\n]+;;;$/m, 25)
    has("mailhdr", /^From: [^<\n]+ <[^>\n]+>$/m, 25)
    has("thread", /^> .+ <[^>\n]+> wrote:$/m, 25)
    has("audit", /^2026-\d\d-\d\dT[\d:]+Z actor="/m, 25)
    has("dispo", /^CALL DISPOSITION — /m, 25)
    expect(ents.filter(({ r, e }) => e.type === "PERSON" && r.kind === "vcard" && before(r, e, 2) === "N:").length).toBeGreaterThanOrEqual(20)
  })
  test("speech-to-text: lower case, no punctuation outside the numbers; names lower case, the phone said", () => {
    for (const r of recs.filter((x) => x.kind === "stt")) {
      let rest = r.text
      for (const s of [...r.entities, ...r.negatives].sort((a, b) => b.start - a.start)) rest = rest.slice(0, s.start) + rest.slice(s.end)
      expect(/[.,!?:;]/.test(rest) || rest !== rest.toLocaleLowerCase(r.lang), `${r.id}`).toBe(false)
      for (const e of r.entities.filter((x) => x.type === "PERSON")) expect(/\p{Lu}/u.test(r.text.slice(e.start, e.end)), r.id).toBe(false)
      expect(r.entities.some((e) => e.type === "PHONE" && /^\p{Ll}/u.test(r.text.slice(e.start, e.end))), r.id).toBe(true)
    }
  })
  test("names: Cyrillic, lower case, Family-comma-Given, FAMILY Given, two surnames, gendered forms, family name first", () => {
    const persons = of("PERSON").map((x) => x.v)
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    some(/\p{Script=Cyrillic}/u, 60)
    some(/^[\p{Ll} '-]+$/u, 30)
    some(/^\p{Lu}[\p{L}' -]+, \p{Lu}/u, 20)
    some(/^\p{Lu}{3,} \p{Lu}\p{Ll}/u, 10)
    some(/(ová|ienė|aitė|iūtė|iņa|ова|ська)$/u)
    some(/[őűčšžėųūāēīņļķģ]/u, 40)
  })
})
