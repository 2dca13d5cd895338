// holdout43: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout43.ts"
import {
  ALL_COUNTRIES, INTL, LOCALE_COUNTRY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, phoneValidIn, realDate, unspoken,
} from "./holdout43-validators.ts"

const { raw, recs, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const BRIEF_WORDS = ["grace", "hope", "rose", "will", "may", "bill", "faith", "joy", "sunny", "dawn", "frank", "mark", "victoria", "florence", "paris", "jack", "holly", "robin", "summer", "autumn", "crystal", "pearl", "ruby", "amber", "iris", "angel", "honey"]

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  "hospital-number": (v) => /^(H|RX|MRN-)\d{7}$/.test(v),
  ward: (v) => /^Ward \d{1,2}[ABC]?$/.test(v),
  bay: (v) => /^Bay [A-D]-\d{1,2}$/.test(v),
  "parking-permit": (v) => /^PP-26-\d{5}$/.test(v),
  imei: (v) => /^\d{15}$/.test(v) && luhn(v),
  "phone-model": (v) => /^[A-Z]{1,3}[A-Z0-9-]*\d[A-Z0-9-]*$/.test(v),
  "repair-ticket": (v) => /^RPR-26\d{4}$/.test(v),
  "trade-in-quote": (v) => /^TQ-\d{4}-[A-Z]$/.test(v),
  locker: (v) => /^L-\d{3}$/.test(v),
  "locker-pin": (v) => /^\d{4}$/.test(v),
  "membership-barcode": (v) => /^LC\d{3}[A-Z]{2}\d{5}$/.test(v),
  lane: (v) => /^Lane [1-8]$/.test(v),
  "print-order": (v) => /^(PRN-\d{5}|WP\/26\/\d{4})$/.test(v),
  "photo-file": (v) => /^(IMG_|DSC_|_MG_|DSCF)\d{4}\.(JPG|NEF|CR3|jpg|ARW)$/.test(v),
  "image-size": (v) => /^\d{4}x\d{4}$/.test(v),
  date: (v, r) => realDate(v, INTL[r.lang]!),
  time: (v) => /^\d{1,2}[:h]\d{2}( (am|pm))?$/.test(v),
  "time-range": (v) => /^\d{2}:\d{2} ?[–-] ?\d{2}:\d{2}$/.test(v),
  duration: (v) => /^(\d+ (min|hours|mins)|\d h \d+ min|\d+h \d+m)$/.test(v),
  amount: (v) => /\d/.test(v) && /(£|\$|€|R|KSh|Ksh|₦|NGN|kr|zł|Kč|lei|RON|₽|RUB|₺|TRY|CHF|R\$|COP|CLP|HK|SGD|S\$|A\$|CA\$|KES)/.test(v),
  postcode: (v) => /^([A-Z]{1,2}\d{1,2} \d[A-Z]{2}|\d{4,7}|\d{3} \d{2}|\d{2}-\d{3}|\d{5}-\d{3}|[A-Z]\d[A-Z] \d[A-Z]\d|Kowloon|Sha Tin|Tsuen Wan|Aberdeen)$/.test(v),
  version: (v) => /^v?\d\.\d{1,2}\.\d$/.test(v),
  timestamp: (v) => /^2026-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/.test(v) && !Number.isNaN(Date.parse(v)),
  "name-word": (v) => BRIEF_WORDS.includes(v.toLowerCase()),
}
const BUSINESS = ["hospital-number", "ward", "bay", "parking-permit", "phone-model", "repair-ticket", "trade-in-quote", "locker", "locker-pin", "membership-barcode", "lane", "print-order", "photo-file", "image-size"]

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: /[\p{N}]/u })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
  })
  test("IBAN: length, mod 97, the locale's own banking country", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
    }
  })
  test("US_SSN: area, group and serial rules, with SSN written just before, only in Texas and Louisiana", () => {
    for (const { r, e, v } of of("US_SSN")) {
      expect(isSsn(v) && /SSN $/.test(before(r, e, 4)) && /^en-US-/.test(r.lang), `${r.id} ${v}`).toBe(true)
    }
  })
  test("UK_NINO: allowed prefixes and suffix, only in Scotland and Wales", () => {
    for (const { r, v } of of("UK_NINO")) expect(isNino(v) && /^en-GB-/.test(r.lang), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
  })
  test("EMAIL: an address, without <>", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid in the locale's country; a voicemail's once read back, a wa.me link's with its +", () => {
    for (const { r, e, v } of of("PHONE")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      const read = r.kind === "voicemail" ? unspoken(v) : before(r, e, 6) === "wa.me/" ? `+${v}` : v
      expect(phoneValidIn(read, [cc]), `${r.id} ${v}`).toBe(true)
      expect(/^(\+|\(|\d|[a-z])/.test(v) && /(\d|[a-z])$/.test(v), `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, space, initials' dots; no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'. -]*[\p{L}\p{M}.]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Herr|Frau|pan|pani|Sr|Sra|Mme)\.?\s/.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
})

test("every whole-word use of a name part lies inside a PERSON or EMAIL label or a name-word negative", () => {
  expect(built.length).toBe(recs.length)
  built.forEach((b, i) => {
    const r = recs[i]!
    const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word")]
    const hay = r.text.toLowerCase()
    expect(hay.length).toBe(r.text.length)
    for (const part of b.parts.map((p) => p.toLowerCase()).filter((p) => p.length >= 3)) {
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
      else if (n.kind === "iban-checksum") expect(ibanShape(v) && ibanRemainder(v) !== 1, where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v), where).toBe(true)
      else expect(SHAPE[n.kind]?.(v, r) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; IMEIs pass Luhn but are no card; no business number is a valid phone anywhere in the corpus, nor a Luhn pass", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (!BUSINESS.includes(n.kind)) continue
      if (/^[\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digitsOf(v).length >= 12) expect(luhn(digitsOf(v)), where).toBe(false)
    }
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types", () => {
    expect(recs.length).toBeGreaterThanOrEqual(450)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(30)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(14)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.domain, (biz.get(b.domain) ?? 0) + 1)
    expect([...biz.keys()].sort()).toEqual(["hospital", "phoneshop", "pool", "wedding"])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
  })
  test("each hard negative the brief lists, 15 or more (invalid SSNs and NINOs 3 or more), and 40 texts with no PII at all", () => {
    for (const k of [...Object.keys(SHAPE), "imei", "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(15)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBeGreaterThanOrEqual(40)
    const words = new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.toLowerCase()))
    for (const w of BRIEF_WORDS) expect(words.has(w), `${w} as a word`).toBe(true)
  })
  test("names: lower case, capitals, Cyrillic and Greek, hyphens, initials, possessives, speaker tags, CSV cells", () => {
    const persons = of("PERSON").map((x) => x.v)
    expect(persons.filter((v) => v === v.toLowerCase() && /\p{Ll}/u.test(v)).length).toBeGreaterThanOrEqual(60)
    expect(persons.filter((v) => /^\p{Lu}{2,} \p{Lu}\p{Ll}/u.test(v)).length).toBeGreaterThanOrEqual(10)
    expect(persons.filter((v) => /\p{Script=Cyrillic}/u.test(v)).length).toBeGreaterThanOrEqual(20)
    expect(persons.filter((v) => /\p{Script=Greek}/u.test(v)).length).toBeGreaterThanOrEqual(20)
    for (const re of [/\p{L}-\p{L}/u, /^\p{Lu}\. /u, /(^| )(De|Van|Van den|de La|da) \p{Lu}/u, /Mc|Mac/]) expect(persons.some((v) => re.test(v)), String(re)).toBe(true)
    expect(ents.filter(({ r, e }) => e.type === "PERSON" && r.text.startsWith("'s ", e.end)).length).toBeGreaterThanOrEqual(5)
    expect(ents.filter(({ r, e }) => e.type === "PERSON" && /^(: |  \d)/.test(r.text.slice(e.end, e.end + 3))).length).toBeGreaterThanOrEqual(60)
  })
  test("emoji right before a span in 40+ texts; accented, Greek or Cyrillic text before a span in 150+", () => {
    const emo = /[\p{Extended_Pictographic}\u{FE0F}] ?$/u
    expect(recs.filter((r) => r.entities.some((e) => emo.test(before(r, e, 4)))).length).toBeGreaterThanOrEqual(40)
    expect(recs.filter((r) => r.entities.some((e) => /[^\x00-\x7f]/.test(r.text.slice(0, e.start)) && /\p{L}/u.test(r.text.slice(0, e.start)))).length).toBeGreaterThanOrEqual(150)
  })
  test("phones in the ways people write them", () => {
    const count = (f: (v: string, r: Rec, e: Span) => boolean) => of("PHONE").filter(({ v, r, e }) => f(v, r, e)).length
    const forms: Array<[string, (v: string, r: Rec, e: Span) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["(", (v) => v.startsWith("(")], ["(0)", (v) => v.includes("(0)")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => /\d-\d/.test(v)], ["slashes", (v) => /\d\/\d/.test(v)], ["compact", (v) => /^\+?\d{8,}$/.test(v)],
      ["said", (v) => /^[a-z]/.test(v)], ["paused", (v, r) => r.kind === "voicemail" && /^[+\d(]/.test(v)], ["line break", (v) => v.includes("\n")],
      ["tel:", (_, r, e) => before(r, e, 4) === "tel:"], ["sms:", (_, r, e) => before(r, e, 4) === "sms:"], ["wa.me", (_, r, e) => before(r, e, 6) === "wa.me/"],
      ["glued to a word", (_, r, e) => /\p{L}$/u.test(before(r, e, 1))], ["in a table cell", (_, r, e) => before(r, e, 2) === "| "],
      ["two on one line", (_, r, e) => r.entities.some((o) => o.type === "PHONE" && o.start > e.end && o.start - e.end < 14 && !r.text.slice(e.end, o.start).includes("\n"))],
      ["extension after", (_, r, e) => /^ \(?(ext\.|ankn\.|alanumero|lisanumber|wewn\.|linka|int\.|kućni|εσωτ\.|доб\.|dahili|toestel|Durchwahl|Klappe|anexo|ramal|poste) \d/.test(r.text.slice(e.end, e.end + 16))],
      ["No./Nr./nº before", (_, r, e) => /(No\.|Nr\.|nr\.|Nro|nr|č\.|br\.|αρ\.|№|nº|n°|n\.) $/.test(before(r, e, 6))],
    ]
    for (const [label, f] of forms) expect(count(f), label).toBeGreaterThanOrEqual(5)
    expect(recs.filter((r) => r.kind === "voicemail" && r.entities.some((e) => e.type === "PHONE")).length).toBeGreaterThanOrEqual(25)
  })
})
