// holdout46: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout46.ts"
import {
  ALL_COUNTRIES, IBAN_LENGTH, LOCALE_COUNTRY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, phoneValidIn, realDate, unspoken,
} from "./holdout46-validators.ts"

const { raw, recs, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const NAME_WORDS = [
  "grace", "hope", "will", "may", "bill", "mark", "dawn", "faith", "frank", "joy", "rose", "summer", "hoop", "roos", "maj", "per", "liv", "sol", "ernst",
  "claire", "prudence", "rózsa", "virág", "remény", "viera", "nádej", "zora", "vesna", "rasa", "eglė", "laima", "надежда", "вяра", "надія", "віра", "nada",
  "vera", "rosa", "pau", "font", "luz", "esperanza", "dolores", "paz", "milagros",
]
const CURRENCY = /(€|EUR|₹|INR|\$|CAD|₱|PHP|NZD|USD|kr|DKK|NOK|Ft|HUF|₴|грн|UAH|RSD|дин|MXN|ARS|CHF)/i

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  pnr: (v) => /^[A-HJ-NP-Z2-9]{6}$/i.test(v),
  "ticket-number": (v) => /^457[- ]?\d{10}$/.test(v),
  ffn: (v) => /^CVX? ?\d{9}$/i.test(v),
  seat: (v) => /^\d{1,2}[A-K]$/i.test(v),
  flight: (v) => /^CV ?\d{3,4}$/i.test(v),
  "bag-tag": (v) => /^CV ?\d{6}$/i.test(v),
  "account-number": (v) => /^\d{4}[ -]?\d{4,6}[ -]?\d{2,4}$/.test(v) && digitsOf(v).length === 12,
  "meter-serial": (v) => /^(\d{2}[A-Z]\d{6}|(EA|ZE|KA|WM)\d{8}|[A-Z]{3}-\d{7})$/i.test(v),
  "property-ref": (v) => /^(P-\d{4}-\d{4}|PRN\d{9}|(OBJ|LOC)\/\d{6})$/i.test(v),
  "mandate-ref": (v) => /^(DDM-2026-\d{6}|MNDT-26-\d{6}|SEPA-[A-Z]{2}\d{7})$/i.test(v),
  "meter-reading": (v) => /^\d{4,5}([.,]\d{1,3})? m[³3]$/.test(v),
  "student-id": (v) => /^([sS]\d{7}|2[2-5]\d{6}|[a-z]\d{7})$/.test(v),
  "application-ref": (v) => /^(APP-2026-\d{5}|A26\/\d{6}|ADM-[A-Z]{2}-\d{5})$/i.test(v),
  "course-code": (v) => /^([A-Z]{2,4}\d{4}|(BSc|MSc|BA)-[A-Z]{3}-\d{2}|[A-Z]{3} \d{3})$/i.test(v),
  "rx-number": (v) => /^(RX-\d{7}|26-\d{6}-0\d|Rx\d{8})$/i.test(v),
  "insurance-number": (v) => /^(756\.\d{4}\.\d{4}\.\d{2}|80\d{18}|\d{3} \d{3} \d{4}|[A-Z]{3}\d{9})$/i.test(v),
  dosage: (v) => /^(\d+(,\d)? (mg|ml)|2 x \d+ mg|\d-\d-\d)$/.test(v),
  batch: (v) => /^([A-Z]{2}\d{4}[A-Z]|[A-Z]\d{2}[A-Z]\d{4}|\d{6}[A-Z])$/i.test(v),
  "ticket-id": (v) => /^(#\d{6}|INC\d{7}|CS-2026-\d{5}|2026\d{12})$/i.test(v),
  "card-expiry": (v) => /^(0[1-9]|1[0-2])\/(\d{2}|20\d{2})$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} \d{4}|XXXX-XXXX-XXXX-\d{4}|•••• \d{4}|\*{12}\d{4})$/i.test(v),
  "app-version": (v) => /^\d{1,2}\.\d{1,2}\.\d{1,2}$/.test(v),
  "dial-pin": (v) => /^\d{6}$/.test(v),
  "cidr-block": (v) => /^\d{1,3}\.\d{1,3}\.0\.0\/(16|20|22)$/.test(v),
  "bank-account": (v, r) => /^\d[\d-]{8,24}\d$/.test(v) && !(LOCALE_COUNTRY[r.lang]! in IBAN_LENGTH),
  date: (v, r) => realDate(v, r.lang),
  time: (v) => /^\d{1,2}:\d{2}( ([ap]\.m\.|[ap]m|[AP]M))?$/.test(v),
  timestamp: (v) => /^2026-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/.test(v) && !Number.isNaN(Date.parse(v)),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  "name-word": (v) => NAME_WORDS.includes(v.toLowerCase()),
}
const BUSINESS = ["pnr", "ticket-number", "ffn", "bag-tag", "account-number", "meter-serial", "property-ref", "mandate-ref", "student-id", "application-ref", "rx-number", "insurance-number", "batch", "ticket-id", "dial-pin", "bank-account"]
const COPIED = ["thread", "forward", "signature", "vcard", "ical", "stt", "ivr", "tsv", "sms"]

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: /[\p{N}]/u })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; 4-4-4-4 with spaces or dashes, compact, and Amex 4-6-5", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
    for (const re of [/^\d{4} \d{4} \d{4} \d{4}$/, /^\d{4}-\d{4}-\d{4}-\d{4}$/, /^\d{15,16}$/, /^3\d{3}[ -]?\d{6}[ -]?\d{5}$/]) expect(of("CARD").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(3)
  })
  test("IBAN: length, mod 97, the locale's own banking country; grouped, compact and lower case", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2).toUpperCase(), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
    }
    for (const re of [/^[A-Z]{2}\d{2}( [A-Z0-9]{1,4})+$/, /^[A-Z]{2}\d{2}[A-Z0-9]+$/, /^[a-z]{2}\d{2}/]) expect(of("IBAN").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(3)
  })
  test("US_SSN and UK_NINO: their rules, after an SSN or NI number field", () => {
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(v) && /ssn|social security/i.test(r.text.slice(0, e.start)), `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(v) && /NI number|national insurance/i.test(r.text.slice(0, e.start)), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, both families, ports and prefix lengths outside the span", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(20)
    expect(of("IP_ADDRESS").filter(({ r, e }) => /^:\d/.test(r.text.slice(e.end)) || /^\]:\d/.test(r.text.slice(e.end))).length).toBeGreaterThanOrEqual(10)
    expect(of("IP_ADDRESS").filter(({ r, e }) => /^\/\d/.test(r.text.slice(e.end))).length).toBeGreaterThanOrEqual(3)
  })
  test("EMAIL: an address, without <> or mailto:", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid in the locale's country; a said one once read back", () => {
    for (const { r, e, v } of of("PHONE")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      const read = /^\p{Ll}/u.test(v) ? unspoken(v, r.lang) : v
      expect(phoneValidIn(read, [cc]), `${r.id} ${v}`).toBe(true)
      expect(/^(\+|\(|\d|\p{Ll})/u.test(v) && /(\d|\p{Ll})$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(before(r, e, 4) === "tel:" ? v.startsWith("+") : true, `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, space, initials' dots, `Family, Given` and `FAMILY/GIVEN`; no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'. ,/-]*[\p{L}\p{M}.]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Herr|Frau|Sr|Sra|Mme)\.?\s/.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
  test("speaker labels: a name is a PERSON, a generic label (SPEAKER_1, Agent) is nothing", () => {
    const stt = recs.filter((r) => r.kind === "stt")
    expect(stt.filter((r) => /^\[00:\d\d:\d\d\] SPEAKER_1: /m.test(r.text)).length).toBeGreaterThanOrEqual(3)
    for (const r of stt) for (const e of r.entities) expect(/SPEAKER_|^\[/.test(r.text.slice(e.start, e.end)), r.id).toBe(false)
    const named = stt.flatMap((r) => r.entities.filter((e) => e.type === "PERSON" && /\] $/.test(before(r, e, 2)) && r.text.startsWith(": ", e.end)))
    expect(named.length).toBeGreaterThanOrEqual(20)
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
      const d = digitsOf(v)
      if (d.length >= 6) expect(phoneValidIn(v, ALL_COUNTRIES) || phoneValidIn(d, ALL_COUNTRIES), where).toBe(false)
      if (d.length >= 12) expect(luhn(d), where).toBe(false)
    }
  })
  test("IBANs only where the country has them; elsewhere a domestic account", () => {
    for (const { r } of [...of("IBAN"), ...negs.filter((x) => x.n.kind === "iban-checksum")]) expect(LOCALE_COUNTRY[r.lang]! in IBAN_LENGTH, r.id).toBe(true)
    expect(negCount("bank-account")).toBeGreaterThanOrEqual(15)
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types; half the corpus copied between systems", () => {
    expect(recs.length).toBe(480)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(25)
    for (const l of Object.keys(LOCALE_COUNTRY)) expect(recs.filter((r) => r.lang === l).length, l).toBeGreaterThanOrEqual(19)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(15)
    expect(recs.filter((r) => COPIED.includes(r.kind)).length).toBe(240)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.domain, (biz.get(b.domain) ?? 0) + 1)
    expect([...biz].sort()).toEqual([["air", 120], ["pharm", 120], ["uni", 120], ["water", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
  })
  test("every eighth text holds no PII at all; hard negatives in number", () => {
    recs.forEach((r, i) => expect(r.entities.length === 0, r.id).toBe(i % 8 === 7))
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(k === "app-version" || k === "cidr-block" ? 5 : 15)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(5)
    expect(new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.toLowerCase())).size).toBeGreaterThanOrEqual(25)
  })
  test("copied forms: quoted replies two deep, Outlook and Gmail headers, vCard TEL, iCal ORGANIZER, tab-separated rows", () => {
    const has = (re: RegExp) => recs.filter((r) => re.test(r.text)).length
    expect(has(/^> > /m)).toBeGreaterThanOrEqual(10)
    expect(has(/^(Sent|Verzonden|Sendt|Gesendet|Envoyé|Elküldve|Odoslané|Poslano|Išsiųsta|Nosūtīts|Изпратено|Надіслано|Poslato|Enviat|Enviado el) ?:/m)).toBeGreaterThanOrEqual(10)
    expect(has(/^-{10} [^\n]+ -{9,10}$/m)).toBeGreaterThanOrEqual(10)
    expect(has(/^TEL;TYPE=/m)).toBeGreaterThanOrEqual(20)
    expect(has(/^ORGANIZER;CN=/m)).toBeGreaterThanOrEqual(20)
    expect(recs.filter((r) => r.kind === "tsv" && r.text.split("\n").every((l) => l.includes("\t"))).length).toBe(recs.filter((r) => r.kind === "tsv").length)
  })
  test("names: lower case, Cyrillic, family first, particles, Family, Given and FAMILY/GIVEN", () => {
    const persons = of("PERSON").map((x) => x.v)
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    some(/^[\p{Ll} '-]+$/u, 30)
    some(/\p{Script=Cyrillic}/u, 40)
    some(/^(Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Lakatos) \p{Lu}\p{Ll}+$/u)
    some(/(^| )(van|de|dela|Ó|Ní|Mac|Te) \p{Lu}/u)
    some(/, /)
    some(/^[A-Z]+\/[A-Z]+$/, 0)
    some(/[čšžőűėųūāēīņļķ]/u, 20)
  })
  test("phones in the ways people and systems write them", () => {
    const count = (f: (v: string, r: Rec, e: Span) => boolean) => of("PHONE").filter(({ v, r, e }) => f(v, r, e)).length
    const forms: Array<[string, (v: string, r: Rec, e: Span) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["(", (v) => v.startsWith("(")], ["(0)", (v) => v.includes("(0)")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => /\d-\d/.test(v)], ["slashes", (v) => /\d\/\d/.test(v)], ["E.164", (v) => /^\+\d{8,}$/.test(v)],
      ["said", (v) => /^\p{Ll}/u.test(v)], ["tel:", (_, r, e) => before(r, e, 4) === "tel:"], ["TEL;TYPE", (_, r, e) => /TEL;TYPE=[A-Z,]+:$/.test(before(r, e, 24))],
      ["ani=", (_, r, e) => before(r, e, 4) === "ani="],
      ["two on one line", (_, r, e) => r.entities.some((o) => o.type === "PHONE" && o.start > e.end && o.start - e.end < 14 && !r.text.slice(e.end, o.start).includes("\n"))],
      ["extension after", (_, r, e) => /^ \(\S+\.? \d/.test(r.text.slice(e.end, e.end + 16))],
    ]
    for (const [label, f] of forms) expect(count(f), label).toBeGreaterThanOrEqual(5)
  })
})
