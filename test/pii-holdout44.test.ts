// holdout44: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout44.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, phoneValidIn, realDate, unspoken,
} from "./holdout44-validators.ts"

const { raw, recs, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const NAME_WORDS = [
  "grace", "hope", "will", "may", "bill", "mark", "rose", "iris", "jack", "summer", "dawn", "joy", "faith", "frank", "patience", "precious", "lovely", "aroha", "pooja",
  "marija", "per", "sol", "maj", "sól", "von", "rózsa", "viera", "zora", "rasa", "eglė", "надежда", "вяра", "надія", "віра", "nada", "vera", "graça", "rosa", "font",
  "amaia", "claire", "chiara", "serena", "speranza", "luz", "esperanza", "milagros", "hoop", "ernst", "heide",
]
const CURRENCY = /(€|EUR|₹|CA\$|\$|NZ\$|₱|JMD|J\$|kr|ISK|Ft|HUF|₴|UAH|RSD|din|CHF|MX\$|MXN|ARS)/

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  "line-id": (v) => /^FTT[PHC]-00\d{8}$/.test(v),
  "router-serial": (v) => /^2[2-5]\d\d[A-Z]{2}\d[A-Z]\d{5}$/.test(v),
  mac: (v) => /^([0-9A-F]{2}[:-]){5}[0-9A-F]{2}$/i.test(v) || /^[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}$/.test(v),
  "ont-id": (v) => /^(ALCL|HWTC|ZTEG|GPON)[0-9A-F]{8}$/.test(v),
  speed: (v) => /^\d{2,4}\/\d{2,4} (Mbps|Mbit\/s)$/.test(v),
  "ipv6-prefix": (v) => /^[0-9a-f:]+::\/(48|56|64)$/.test(v) && isIpAddr(v.replace(/\/\d+$/, "")),
  version: (v) => /^v?\d\.\d{1,2}\.\d$/.test(v),
  "tenancy-ref": (v) => /^(TA-26-\d{5}|LET\/2026\/\d{4}|TEN-[A-Z]{2}\d{4})$/.test(v),
  "deposit-id": (v) => /^(RTB|KAU|GAR|DEP)-\d{7}$/.test(v),
  "meter-reading": (v) => /^\d{5,8}(\.\d{1,3})?( kWh| m³)?$/.test(v),
  "sort-code": (v) => /^(\d{2}-\d{2}-\d{2}|[A-Z]{4}0\d{6}|\d{5}-\d{3})$/.test(v),
  "bank-account": (v) => /^\d[\d-]{5,24}\d$/.test(v),
  unit: (v) => /^[A-F]-[1-3]-\d{3}$/.test(v),
  "gate-code": (v) => /^\d{4,8}$/.test(v),
  "padlock-code": (v) => /^\d{4,8}$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} \d{4}|XXXX-XXXX-XXXX-\d{4}|•••• \d{4}|\*{12}\d{4})$/.test(v),
  "policy-number": (v) => /^TIP-2026-00\d{5}$/.test(v),
  "claim-ref": (v) => /^(CLM-26-\d{6}|CL26\/\d{5}|TC-[A-Z]\d{6})$/.test(v),
  flight: (v) => /^[A-Z0-9]{2} ?\d{1,4}$/.test(v),
  "booking-code": (v) => /^[A-Z][A-Z2-9]{5}$/.test(v),
  passport: (v) => /^[A-Z]{1,2}\d{7}$/.test(v),
  "dial-pin": (v) => /^\d{6}$/.test(v),
  date: (v, r) => realDate(v, r.lang),
  time: (v) => /^\d{1,2}:\d{2}( (am|pm))?$/.test(v),
  "time-range": (v) => /^\d{2}:00 ?[–-] ?\d{2}:00$/.test(v),
  timestamp: (v) => /^2026-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/.test(v) && !Number.isNaN(Date.parse(v)),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  postcode: (v) => /^([A-Z]\d{2} [A-Z0-9]{4}|[A-Z]\d[A-Z] \d[A-Z]\d|[A-Z]{3} \d{4}|\d{3,6}|\d{3} \d{2}|LT-\d{5}|LV-\d{4}|L-\d{4}|\d{4}-\d{3}|C\d{4}[A-Z]{3}|\d{4} [A-Z]{2})$/.test(v),
  "name-word": (v) => NAME_WORDS.includes(v.toLowerCase()),
}
const BUSINESS = ["line-id", "router-serial", "mac", "ont-id", "tenancy-ref", "deposit-id", "meter-reading", "sort-code", "bank-account", "unit", "gate-code", "padlock-code", "policy-number", "claim-ref", "passport", "dial-pin"]

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: /[\p{N}]/u })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; written with spaces, dashes and compact", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
    for (const re of [/\d \d/, /\d-\d/, /^\d+$/]) expect(of("CARD").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(5)
  })
  test("IBAN: length, mod 97, the locale's own banking country", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
    }
  })
  test("US_SSN and UK_NINO: their rules, after an SSN or NI number field", () => {
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(v) && /ssn/i.test(before(r, e, 400)), `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(v) && /ni number/i.test(before(r, e, 400)), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, customer addresses in both families", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(20)
  })
  test("EMAIL: an address, without <>", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid in the locale's country; a said or paused one once read back, a wa.me link's with its +", () => {
    for (const { r, e, v } of of("PHONE")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      const read = r.kind === "voicemail" || r.kind === "stt" ? unspoken(v, r.lang) : before(r, e, 6) === "wa.me/" ? `+${v}` : v
      expect(phoneValidIn(read, [cc]), `${r.id} ${v}`).toBe(true)
      expect(/^(\+|\(|\d|\p{Ll})/u.test(v) && /(\d|\p{Ll})$/u.test(v), `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, space, initials' dots; no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'. -]*[\p{L}\p{M}.]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Herr|Frau|Sr|Sra|Mme|Dott|Ing)\.?\s/.test(v), `${r.id} ${v}`).toBe(false)
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
      else if (n.kind === "iban-checksum") expect(ibanShape(v) && ibanRemainder(v) !== 1 && v.slice(0, 2) === LOCALE_COUNTRY[r.lang], where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v), where).toBe(true)
      else expect(SHAPE[n.kind]?.(v, r) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; no business number is a valid phone anywhere in the corpus, nor a Luhn pass", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (!BUSINESS.includes(n.kind)) continue
      if (/^[\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, ALL_COUNTRIES) || phoneValidIn(digitsOf(v), ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digitsOf(v).length >= 12) expect(luhn(digitsOf(v)), where).toBe(false)
    }
  })
  test("IBANs only where the country has them; elsewhere the rent goes to a domestic account", () => {
    const noIban = ["IN", "CA", "NZ", "PH", "JM", "MX", "AR"]
    for (const { r } of [...of("IBAN"), ...negs.filter((x) => x.n.kind === "iban-checksum")]) expect(noIban, r.id).not.toContain(LOCALE_COUNTRY[r.lang]!)
    expect(negs.filter((x) => x.n.kind === "bank-account" && noIban.includes(LOCALE_COUNTRY[x.r.lang]!)).length).toBeGreaterThanOrEqual(15)
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types", () => {
    expect(recs.length).toBe(480)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(30)
    for (const l of Object.keys(LOCALE_COUNTRY)) expect(recs.filter((r) => r.lang === l).length, l).toBe(16)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(14)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.domain, (biz.get(b.domain) ?? 0) + 1)
    expect([...biz].sort()).toEqual([["isp", 120], ["letting", 120], ["storage", 120], ["travel", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
  })
  test("each hard negative 15 or more (invalid SSNs and NINOs 3 or more), and every eighth text with no PII at all", () => {
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(15)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBe(60)
    const words = new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.toLowerCase()))
    for (const w of ["grace", "hope", "will", "may", "bill", "mark", "rose", "iris", "jack", "per"]) expect(words.has(w), `${w} as a word`).toBe(true)
    expect(words.size).toBeGreaterThanOrEqual(30)
  })
  test("names: lower case, FAMILY capitals, Cyrillic, Gaelic, Icelandic patronyms, Hungarian family first, particles, speaker tags, CSV cells", () => {
    const persons = of("PERSON").map((x) => x.v)
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    some(/^[\p{Ll} '-]+$/u, 40)
    some(/^\p{Lu}{2,}/u, 10)
    some(/\p{Script=Cyrillic}/u, 40)
    some(/(^| )(Ó|Ní|Mac|Nic) \p{Lu}/u)
    some(/(dóttir|son)$/)
    some(/^(Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász) \p{Lu}\p{Ll}+$/u)
    some(/(^| )(van|de|von|dela|dos|da|di) \p{Lu}/iu)
    some(/[čšžőűąęėųūāēīņļķ]/u, 20)
    expect(ents.filter(({ r, e }) => e.type === "PERSON" && r.text.startsWith(": ", e.end)).length).toBeGreaterThanOrEqual(30)
    expect(ents.filter(({ r, e }) => e.type === "PERSON" && r.kind === "csv" && /^[\t,;]/.test(r.text.slice(e.end, e.end + 1))).length).toBeGreaterThanOrEqual(30)
  })
  test("emoji right before a span in 20+ texts; accented or Cyrillic text before a span in 150+", () => {
    const emo = /[\p{Extended_Pictographic}\u{FE0F}] ?$/u
    expect(recs.filter((r) => r.entities.some((e) => emo.test(before(r, e, 4)))).length).toBeGreaterThanOrEqual(20)
    expect(recs.filter((r) => r.entities.some((e) => /[^\x00-\x7f]/.test(r.text.slice(0, e.start)) && /\p{L}/u.test(r.text.slice(0, e.start)))).length).toBeGreaterThanOrEqual(150)
  })
  test("phones in the ways people write them", () => {
    const count = (f: (v: string, r: Rec, e: Span) => boolean) => of("PHONE").filter(({ v, r, e }) => f(v, r, e)).length
    const forms: Array<[string, (v: string, r: Rec, e: Span) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["(", (v) => v.startsWith("(")], ["(0)", (v) => v.includes("(0)")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => /\d-\d/.test(v)], ["slashes", (v) => /\d\/\d/.test(v)], ["compact", (v) => /^\+?\d{8,}$/.test(v)],
      ["said", (v) => /^\p{Ll}/u.test(v)], ["paused", (v, r) => r.kind === "voicemail" && /^[+\d(]/.test(v)], ["line break", (v) => v.includes("\n")],
      ["tel:", (_, r, e) => before(r, e, 4) === "tel:"], ["sms:", (_, r, e) => before(r, e, 4) === "sms:"], ["wa.me", (_, r, e) => before(r, e, 6) === "wa.me/"],
      ["in a table cell", (_, r, e) => before(r, e, 2) === "| "],
      ["two on one line", (_, r, e) => r.entities.some((o) => o.type === "PHONE" && o.start > e.end && o.start - e.end < 14 && !r.text.slice(e.end, o.start).includes("\n"))],
      ["extension after", (_, r, e) => /^ \(\S+\.? \d/.test(r.text.slice(e.end, e.end + 16))],
    ]
    for (const [label, f] of forms) expect(count(f), label).toBeGreaterThanOrEqual(5)
    expect(recs.filter((r) => r.kind === "voicemail" && r.entities.some((e) => e.type === "PHONE")).length).toBeGreaterThanOrEqual(25)
  })
})
