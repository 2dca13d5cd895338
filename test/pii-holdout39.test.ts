// holdout39: the blind corpus regenerates byte for byte, and every label and lookalike passes
// validators written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout39.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, belgianOk, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, phoneValidIn, unspoken,
} from "./holdout39-validators.ts"

const { raw, recs, val, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()

/** A real calendar date written day, month and year in any order the locales use (or day and month). */
function realDate(v: string): boolean {
  const n = v.split(/[./-]\s?|\s/).filter(Boolean).map(Number)
  if (n.length < 2 || n.some(Number.isNaN)) return false
  const [d, m] = n[0]! > 31 ? [n[2]!, n[1]!] : v.includes("/") && n[0]! <= 12 && n[1]! > 12 ? [n[1]!, n[0]!] : [n[0]!, n[1]!]
  return d >= 1 && d <= 31 && m >= 1 && m <= 12
}

const nhsOk = (d: string) => { const r = 11 - ([...d.slice(0, 9)].reduce((s, c, i) => s + Number(c) * (10 - i), 0) % 11); return (r === 11 ? 0 : r) === Number(d[9]) }
const MID: Record<string, string[]> = { GB: ["232", "233", "235"], ZA: ["601"], AU: ["503"], NG: ["657"], KE: ["634"], SG: ["563", "564"], US: ["338", "366", "367"], BE: ["205"], SE: ["265", "266"], FI: ["230"], EE: ["276"], PL: ["261"], CZ: ["270"], RO: ["264"], HR: ["238"], GR: ["237", "239", "240", "241"], TR: ["271"], CH: ["269"], AT: ["203"], BR: ["710"], CL: ["725"], CO: ["730"] }

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  rx: (v) => /^(RX\d{7}|Rx-26-\d{6}|\d{4}-\d{4}-\d{2}|EP\d{3}[A-Z]{2}\d{4})$/.test(v),
  "repeat-order": (v) => /^(REP-\d{5}|RO\/\d{3}\/\d{4}|\d{3}\/\d{4})$/.test(v),
  "health-number": (v, r) => (r.lang === "en-GB-x-sct" ? /^\d{6} \d{4}$/.test(v) && realDate(`${v.slice(0, 2)}.${v.slice(2, 4)}`) : /^\d{3} \d{3} \d{4}$/.test(v) && nhsOk(digitsOf(v))),
  "pharmacy-ref": (v) => /^(PH\/[A-Z]{2}\/\d{5}|\d{4} \d{4} \d{2}|CP-\d{6})$/.test(v),
  dosage: (v) => /^(\d+([.,]\d+)?|\d x \d+) (mg|ml|IU|mcg|mg\/ml)$/.test(v),
  licence: (v) => /^([A-Z]{5}\d{6}[A-Z]{2}\d[A-Z]{2}|\d{3} \d{3} \d{3}|[A-Z]\d{7}|DL-\d{8})$/.test(v),
  "test-booking": (v) => /^(TB-\d{5}-[A-Z]|\d{2} \d{3} \d{3}|THY\/26\/\d{5}|PRT\d{6})$/.test(v),
  "donation-ref": (v) => /^(DN-2026-\d{5}|D\d{8}|\d{3}-\d{3}-\d{3})$/.test(v),
  "gift-aid-ref": (v) => /^(GA\d{6}|GAD-\d{4}-\d{4}|GA\/\d{2}\/\d{5})$/.test(v),
  "legacy-ref": (v) => /^LEG\/\d{2}\/\d{4}$/.test(v),
  berth: (v) => /^([A-H]-\d{1,2}|[A-H]\d{2}|B\d{3})$/.test(v),
  pontoon: (v) => /^(P\d|PN-\d{1,2})$/.test(v),
  mooring: (v) => /^(M-\d{2,3}|MB\d{4}|SW\d{1,2})$/.test(v),
  "hull-id": (v) => /^([A-Z]{2}-)?[A-Z]{3}\d{5}[A-L]\d{3}$/.test(v),
  "call-sign": (v) => /^(M[A-Z]{3}\d|2[A-Z]{3}\d|[A-Z]{2}\d{4}|V[A-Z]\d{4})$/.test(v),
  mmsi: (v, r) => /^\d{9}$/.test(v) && MID[LOCALE_COUNTRY[r.lang]!]!.includes(v.slice(0, 3)),
  "phone-shaped-ref": (v) => /^[\d -]+$/.test(v) && digitsOf(v).length >= 9,
  amount: (v) => /\d/.test(v) && /(£|€|\$|R|₦|N|KSh|Ksh|kr|SEK|zł|PLN|Kč|CZK|lei|RON|EUR|TL|₺|CHF|Fr\.|euro|eurot|euroa|pesos)/i.test(v),
  date: (v) => realDate(v),
  time: (v) => /^\d{1,2}[:.h]\d{2}( [ap]m)?$/.test(v),
  timestamp: (v) => !Number.isNaN(Date.parse(v)) && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(v),
  version: (v) => /^\d+\.\d+\.\d+$/.test(v),
  postcode: (v) => /^([A-Z]{1,2}\d{1,2} \d[A-Z]{2}|[A-Z]{2,3} \d{4}|\d{2}-\d{3}|\d{3} \d{2}|\d{5}-\d{3}|\d{4,7})$/.test(v),
}

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: /[\p{L}\p{N}]/u })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
  })
  test("IBAN: the locale's country and length, mod 97, Belgium's national check", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      if (v.startsWith("BE")) expect(belgianOk(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2), r.id).toBe(LOCALE_COUNTRY[r.lang]!)
    }
  })
  test("US_SSN: area, group and serial rules, with SSN (or an ssn key) written before it", () => {
    for (const { r, e, v } of of("US_SSN")) {
      expect(isSsn(v), `${r.id} ${v}`).toBe(true)
      expect(/ssn/i.test(r.text.slice(Math.max(0, e.start - 12), e.start)), `${r.id} ${v}`).toBe(true)
    }
  })
  test("UK_NINO: allowed prefixes and suffix", () => {
    for (const { r, v } of of("UK_NINO")) expect(isNino(v), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
  })
  test("EMAIL: an address, without <>", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid per libphonenumber-js/max in the locale's country; a transcription once its words and pauses are read back", () => {
    for (const { r, v } of of("PHONE")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      const transcribed = r.kind === "voicemail" && (/[a-z]/.test(v) || /(, |\.\.\. | - )/.test(v))
      expect(phoneValidIn(transcribed ? unspoken(v) : v, [cc]), `${r.id} ${v}`).toBe(true)
      expect(/^(\+|\(|\d|[a-z])/.test(v) && /\d$/.test(v), `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, space, initials' dots; no title", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'. -]*[\p{L}\p{M}]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|dr|pan|pani|herr|fru|Herr|Frau|don|doña|signor|signora|κ|κα|Bay|Bayan|domnul|doamna)\.?\s/.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
})

test("every whole-word use of a name part lies inside a PERSON or EMAIL label or a name-word negative", () => {
  expect(built.length).toBe(recs.length)
  const lower = (s: string) => s.split("").map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join("")
  built.forEach((b, i) => {
    const r = recs[i]!
    const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word")]
    const hay = lower(r.text)
    for (const part of b.parts.map(lower)) {
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
      if (n.kind === "luhn-invalid") expect(/^\d{4}([ -]?\d{4}){3}$/.test(v) && issuer(d) && !luhn(d), where).toBe(true)
      else if (n.kind === "iban-checksum") expect(ibanShape(v) && ibanRemainder(v) !== 1, where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v), where).toBe(true)
      else if (n.kind !== "name-word") expect(SHAPE[n.kind]?.(v, r) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; no business number is a valid phone in any country of the corpus but an MMSI after its key", () => {
    const formatted = new Set(["date", "time", "timestamp", "amount", "version", "name-word", "postcode", "dosage", "ssn-invalid"])
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (formatted.has(n.kind)) continue
      if (n.kind === "mmsi") { expect(r.text.slice(Math.max(0, n.start - 5), n.start), where).toBe("MMSI "); continue }
      if (/^[+\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digitsOf(v).length >= 12 && n.kind !== "luhn-invalid") expect(luhn(digitsOf(v)), where).toBe(false)
    }
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types", () => {
    expect(recs.length).toBeGreaterThanOrEqual(450)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(23)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(10)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.domain, (biz.get(b.domain) ?? 0) + 1)
    expect([...biz.keys()].sort()).toEqual(["charity", "driving", "marina", "pharmacy"])
    for (const n of biz.values()) expect(n).toBeGreaterThanOrEqual(100)
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
  })
  test("each hard negative the brief lists, 20 or more, and 40 texts with no PII at all", () => {
    const kinds = ["rx", "repeat-order", "health-number", "pharmacy-ref", "dosage", "licence", "test-booking", "donation-ref", "gift-aid-ref", "berth", "pontoon", "mooring", "hull-id", "call-sign", "mmsi", "phone-shaped-ref", "luhn-invalid", "iban-checksum", "amount", "date", "time", "version", "postcode", "name-word"]
    for (const k of kinds) expect(negCount(k), k).toBeGreaterThanOrEqual(20)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBeGreaterThanOrEqual(40)
  })
  test("names: lower case, family first in capitals, Greek script, particles, hyphens, initials, third parties", () => {
    const persons = of("PERSON").map((x) => x.v)
    expect(persons.filter((v) => v === v.toLocaleLowerCase() && /\p{Ll}/u.test(v)).length).toBeGreaterThanOrEqual(60)
    expect(persons.filter((v) => /^[\p{Lu}'-]{2,}( [\p{Lu}'-]+)* \p{Lu}\p{Ll}/u.test(v)).length).toBeGreaterThanOrEqual(30)
    expect(persons.filter((v) => /\p{Script=Greek}/u.test(v)).length).toBeGreaterThanOrEqual(20)
    for (const re of [/\b(van|Van) (der|den)\b/, /\bde la\b/, /\bbin(te)?\b/, /O'/, /\p{L}-\p{L}/u, /^\p{Lu}\.\s?\p{Lu}?/u]) expect(persons.some((v) => re.test(v)), String(re)).toBe(true)
    const third = /(Dr|dokter|doktor|lääkäri|arst|dr\.|MUDr\.|carer|mantelzorger|Instructor|instruktor|Instruktor|executor|executeur|Skipper|skipper|schipper|skeppare|kippari|kapten|Kapitän|capitán|comandante|skiper|σκίπερ|κυβερνήτης|εκτελεστής|Kaptan|kaptanı|albacea|inventariante|Fahrlehrer|Pflegerin|cuidadora|badante|maestro conducente)/i
    expect(ents.filter(({ r, e }) => e.type === "PERSON" && third.test(r.text.slice(Math.max(0, e.start - 60), e.start))).length).toBeGreaterThanOrEqual(100)
  })
  test("the brief's words as ordinary words, places, drugs or boats, and as names", () => {
    const words = new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.toLowerCase()))
    const list = ["may", "will", "bill", "grace", "rose", "victoria", "lincoln", "jordan", "chase", "sterling", "hope", "faith", "marina", "skipper"]
    for (const w of list) expect(words.has(w), `${w} as a word`).toBe(true)
    const names = new Set(of("PERSON").flatMap((x) => x.v.toLowerCase().split(" ")))
    expect(list.filter((w) => names.has(w)).length).toBeGreaterThanOrEqual(9)
  })
  test("emoji right before a span in 80+ texts; accented text before a span in 150+", () => {
    const emo = /[\p{Extended_Pictographic}\u{FE0F}] ?$/u
    expect(recs.filter((r) => r.entities.some((e) => emo.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length).toBeGreaterThanOrEqual(80)
    expect(recs.filter((r) => r.entities.some((e) => /[^\x00-\x7f]/.test(r.text.slice(0, e.start)) && /\p{L}/u.test(r.text.slice(0, e.start)))).length).toBeGreaterThanOrEqual(150)
  })
  test("phones in many written forms; voicemails with numbers partly spoken", () => {
    const phones = of("PHONE").map((x) => x.v)
    const forms: Array<[string, (v: string) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["(", (v) => v.startsWith("(")], ["dots", (v) => /\d\.\d/.test(v)],
      ["dashes", (v) => /\d-\d/.test(v)], ["compact", (v) => /^\+?\d{8,}$/.test(v)], ["spoken", (v) => /^[a-z]/.test(v)],
    ]
    for (const [name, f] of forms) expect(phones.filter(f).length, name).toBeGreaterThanOrEqual(10)
    expect(recs.filter((r) => r.kind === "voicemail" && r.entities.some((e) => e.type === "PHONE")).length).toBeGreaterThanOrEqual(30)
  })
})
