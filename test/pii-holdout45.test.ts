// holdout45: the blind corpus regenerates byte for byte, and every label and lookalike, read as its channel wrote
// it, passes validators written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout45.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, decoded, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, mod97, phoneValidIn, realDate, unspoken,
} from "./holdout45-validators.ts"

const { raw, recs, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const ENCODED = ["html", "qp", "form", "json", "markdown", "rtf", "csv"]
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const read = (r: Rec, v: string) => decoded(v, r.kind)
const NAME_WORDS = [
  "rob", "penny", "heather", "sandy", "chase", "holly", "lucky", "gift", "blessing", "favour", "mercy", "charity", "pearl", "ruby", "amber", "crystal", "sue", "ivy", "guy", "hazel",
  "saga", "björn", "onni", "toivo", "lumi", "tamm", "kask", "mets", "jagoda", "malina", "svoboda", "veselý", "speranță", "doina", "mir", "slava", "ειρήνη", "ελπίδα",
  "umut", "deniz", "barış", "gioia", "felice", "vitória", "glória", "constance", "victoire", "chance", "aurore", "fuchs", "wolf",
]
const CURRENCY = /(£|A\$|\$|R|₦|Ksh|KES|S\$|HK\$|US\$|kr|SEK|€|EUR|zł|PLN|Kč|CZK|RON|lei|₺|TRY|R\$|CA\$)/

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  iccid: (v) => /^89\d{17,18}$/.test(v.replace(/ /g, "")) && luhn(digitsOf(v)),
  imei: (v) => /^\d{15}$/.test(v) && luhn(v),
  eid: (v) => /^89049032\d{24}$/.test(v) && mod97(v) === 1,
  imsi: (v) => /^\d{15}$/.test(v),
  "porting-code": (v) => /^([A-Z]{3}\d{6}|\d{6,8}|[A-Z]{2}-\d{4}-[A-Z]{2})$/.test(v),
  invoice: (v) => /^(INV-2026-\d{6}|HB26\/\d{5}|FAC-\d{4}-[A-Z]{2})$/.test(v),
  "procedure-code": (v) => /^(\d{5}|[A-Z]\d{2}\.\d{1,2}|[A-Z]{4}\d{3})$/.test(v),
  "member-id": (v) => /^([A-Z]{3}\d{9}|MBR-\d{3}-\d{5}|[A-Z]{2}\d{7}\/\d{2})$/.test(v),
  "order-number": (v) => /^(CP-\d{7}|PW26-\d{6}|ORD\d{6}[A-Z])$/.test(v),
  "part-number": (v) => /^(\d{2}[A-Z] \d{3} \d{3} [A-Z]|0 986 \d{3} \d{3}|A \d{3} \d{3} \d{2} \d{2}|HU \d{4} [xyz])$/.test(v),
  vin: (v) => /^[A-HJ-NPR-Z0-9]{17}$/.test(v),
  tracking: (v) => /^(1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2}|JJD\d{18})$/.test(v),
  "player-id": (v) => /^(PLR-\d{8}|P\d{3}-[A-Z]{3}-\d{3}|NS\d{7})$/.test(v),
  "self-exclusion-ref": (v) => /^(SE-26-\d{6}|SX\/2026\/\d{5}|RG-[A-Z]{2}\d{6})$/.test(v),
  "ticket-number": (v) => /^\d{4}-\d{4}-\d{4}-\d{2}$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} \d{4}|•••• \d{4}|X{12}\d{4}|[45]\d{5}\*{6}\d{4})$/.test(v),
  "bank-account": (v) => /^\d[\d -]{8,22}\d$/.test(v),
  date: (v, r) => realDate(v, r.lang),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  "name-word": (v) => NAME_WORDS.includes(v.toLowerCase()),
}
const BUSINESS = ["porting-code", "invoice", "member-id", "order-number", "part-number", "ticket-number", "bank-account", "imsi"]
const SIM = ["iccid", "imei", "eid"]

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: WORD })

describe("labels, read as their channel wrote them, pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; spaces, dashes and compact", () => {
    for (const { r, v } of of("CARD")) expect(isCard(read(r, v)), `${r.id} ${v}`).toBe(true)
    for (const re of [/\d \d/, /\d-\d/, /^\d+$/]) expect(of("CARD").filter(({ r, v }) => re.test(read(r, v))).length, String(re)).toBeGreaterThanOrEqual(5)
  })
  test("IBAN: length, mod 97, the locale's own country", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(read(r, v)), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
    }
  })
  test("US_SSN and UK_NINO: their rules, after an SSN or NI number field", () => {
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(read(r, v)) && /ssn/i.test(before(r, e, 60)), `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(read(r, v)) && /ni\W{1,3}number/i.test(before(r, e, 60)), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, both families", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(read(r, v)), `${r.id} ${v}`).toBe(true)
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(10)
  })
  test("EMAIL: an address once decoded, without <> or mailto:", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(read(r, v)) && !/^(mailto:|<)/.test(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid in the locale's country (said ones read back first); no tel: or markup around it inside the span", () => {
    for (const { r, v } of of("PHONE")) {
      const value = read(r, v)
      const text = /^\p{Ll}/u.test(value) ? unspoken(value, r.lang) : value
      expect(phoneValidIn(text, [LOCALE_COUNTRY[r.lang]!]), `${r.id} ${v}`).toBe(true)
      expect(/^(tel:|<|")/.test(v) || /(<\/a>|")$/.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
  test("PERSON: letters of any script, marks, apostrophe, hyphen, space, a CSV's 'Family, Given'; no title", () => {
    for (const { r, v } of of("PERSON")) {
      const name = read(r, v)
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'’. ,-]*[\p{L}\p{M}.]$/u.test(name), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Herr|Frau|Mme|Dott|Sr)\.?\s/.test(name), `${r.id} ${v}`).toBe(false)
      if (name.includes(",")) expect(r.kind, `${r.id} ${v}`).toBe("csv")
    }
  })
})

test("every whole-word use of a name part lies inside a PERSON or EMAIL label or a name-word lookalike", () => {
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
  test("pass their own shape and fail the check of what they look like", () => {
    for (const { r, n, v: raw } of negs) {
      const v = read(r, raw)
      const where = `${r.id} ${n.kind} ${raw}`
      const d = digitsOf(v)
      if (n.kind === "luhn-invalid") expect(/^\d{4}([ -]?\d{4}){3}$/.test(v) && !!issuer(d) && !luhn(d), where).toBe(true)
      else if (n.kind === "iban-checksum") expect(ibanShape(v) && ibanRemainder(v) !== 1 && v.slice(0, 2) === LOCALE_COUNTRY[r.lang], where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v), where).toBe(true)
      else expect(SHAPE[n.kind]?.(v, r) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; ICCIDs and IMEIs pass Luhn yet are no card; business numbers are no phone anywhere, nor a Luhn pass", () => {
    for (const { r, n, v: raw } of negs) {
      const v = read(r, raw)
      const where = `${r.id} ${n.kind} ${raw}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if ((SIM.includes(n.kind) || BUSINESS.includes(n.kind)) && /^[\d\s().\/-]+$/.test(v)) expect(phoneValidIn(v, ALL_COUNTRIES) || phoneValidIn(digitsOf(v), ALL_COUNTRIES), where).toBe(false)
      if (BUSINESS.includes(n.kind) && n.kind !== "imsi" && /^[\d -]+$/.test(v) && digitsOf(v).length >= 12) expect(luhn(digitsOf(v)), where).toBe(false)
    }
    expect(negs.filter(({ r, n, v }) => (n.kind === "iccid" || n.kind === "imei") && luhn(digitsOf(read(r, v)))).length).toBeGreaterThanOrEqual(100)
  })
  test("IBANs only where the country has one; elsewhere the payout goes to a domestic account", () => {
    const noIban = ["AU", "ZA", "NG", "KE", "SG", "HK", "US", "CA"]
    for (const { r } of [...of("IBAN"), ...negs.filter((x) => x.n.kind === "iban-checksum")]) expect(noIban, r.id).not.toContain(LOCALE_COUNTRY[r.lang]!)
    expect(negs.filter((x) => x.n.kind === "bank-account" && noIban.includes(LOCALE_COUNTRY[x.r.lang]!)).length).toBeGreaterThanOrEqual(15)
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types; half the corpus with markup or encodings", () => {
    expect(recs.length).toBe(480)
    for (const l of Object.keys(LOCALE_COUNTRY)) expect(recs.filter((r) => r.lang === l).length, l).toBe(20)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(14)
    expect(recs.filter((r) => ENCODED.includes(r.kind)).length).toBe(240)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.domain, (biz.get(b.domain) ?? 0) + 1)
    expect([...biz].sort()).toEqual([["carparts", 120], ["hospital", 120], ["lottery", 120], ["telecom", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
  })
  test("every eighth text holds no PII; each lookalike kind 15 or more (invalid SSNs and NINOs 3 or more)", () => {
    expect(recs.filter((r, i) => i % 8 === 5).every((r) => r.entities.length === 0 && r.negatives.length > 0)).toBe(true)
    expect(recs.filter((r) => r.entities.length === 0).length).toBe(60)
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(15)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.toLowerCase())).size).toBeGreaterThanOrEqual(30)
  })
  test("labels with markup or escapes inside them, each way 5 or more", () => {
    const inside = (re: RegExp) => ents.filter(({ v }) => re.test(v)).length
    for (const re of [/&nbsp;/, /&#\d+;/, /=\n/, /=[0-9A-F]{2}/, /%[0-9A-F]{2}/, /\\u[0-9a-f]{4}/, /\\'[0-9a-f]{2}|\\u-?\d+\?/, /\\_/, /^=\?UTF-8\?Q\?/]) expect(inside(re), String(re)).toBeGreaterThanOrEqual(5)
    for (const { r, v } of ents) if (read(r, v) !== v) expect(ENCODED, `${r.id} ${v}`).toContain(r.kind)
  })
  test("names: RTL scripts, Greek, other origins in Latin script, lower case in transcripts, family first, CSV cells", () => {
    const persons = of("PERSON").map(({ r, v }) => read(r, v))
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    some(/[\u0600-\u06ff]/u, 15)
    some(/[\u0590-\u05ff]/u)
    some(/\p{Script=Greek}/u, 20)
    some(/(Nguyễn|Trần|Phạm|Zhang|Chen|Sato|Takahashi|Watanabe|Nakamura|Yıldırım|Benali|Haddad|Aziz)/u)
    some(/^[\p{Ll} '-]+$/u, 20)
    some(/^(Tan|Lim|Teo|Goh|Chua|Koh|Lee|Sim|Yeo|Ong|Chan|Wong|Cheung|Leung|Chow|Yeung|Tsang|Kwok|Lau|Lam) /u, 10)
    some(/, /u)
  })
  test("emoji (ZWJ sequences among them) right before a span; phones in many forms", () => {
    const emo = /[\p{Extended_Pictographic}\u{FE0F}] $/u
    expect(recs.filter((r) => r.entities.some((e) => emo.test(before(r, e, 4)))).length).toBeGreaterThanOrEqual(20)
    expect(recs.filter((r) => r.entities.some((e) => /\u200d/.test(before(r, e, 8)))).length).toBeGreaterThanOrEqual(3)
    const forms: Array<[string, (v: string) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["(", (v) => v.startsWith("(")], ["(0)", (v) => v.includes("(0)")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => /\d-\d/.test(v)], ["slash", (v) => /\d\/\d/.test(v)], ["compact", (v) => /^\+?\d{8,}$/.test(v)], ["said", (v) => /^\p{Ll}/u.test(v)],
    ]
    for (const [name, f] of forms) expect(of("PHONE").filter(({ r, v }) => f(read(r, v))).length, name).toBeGreaterThanOrEqual(5)
  })
})
