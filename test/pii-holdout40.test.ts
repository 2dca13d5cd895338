// holdout40: the blind corpus regenerates byte for byte, and every label and lookalike passes
// validators written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout40.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, issuer, luhn, nationalOk, phoneValidIn, realDate, unspoken,
} from "./holdout40-validators.ts"

const { raw, recs, val, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const digits = (v: string) => digitsOf(v).length

const SHAPE: Record<string, (v: string) => boolean> = {
  "lens-power": (v) => /^(SPH |ADD )?[+-]\d{1,2}[.,]\d\d( DS| \/ [+-]\d{1,2}[.,]\d\d x \d{1,3}| CYL [+-]\d{1,2}[.,]\d\d AX \d{1,3})?$/.test(v),
  "frame-sku": (v) => /^(FR-\d{5}-[A-Z]{2}|[A-Z]{2}\d{4} C\d|\d{4}-\d{5}-\d{2})$/.test(v),
  "contact-plan": (v) => /^(CLP-\d{6}|CL\/\d{2}\/\d{5}|\d{2} \d{3} \d{3} \d{3})$/.test(v),
  "repair-ticket": (v) => /^(RPR\/26\/\d{4}|REP\d{6}|R-\d{5})$/.test(v),
  "candidate-id": (v) => /^(CAND-\d{6}|C\d{7}|\d{3}-\d{4}-\d{4})$/.test(v),
  "timesheet-id": (v) => /^(TS-2026-W\d{2}-\d{4}|TS\d{8}|WK\d{2}\/\d{5})$/.test(v),
  "payroll-ref": (v) => /^\d[\d -]+\d$/.test(v) && digits(v) >= 10,
  "tax-ref": (v) => /^\d[\d \/]+\d$/.test(v) && digits(v) >= 10,
  "funeral-plan": (v) => /^(FP-\d{2}-\d{6}|PPF\d{7}|\d{4}-\d{4}-\d{3})$/.test(v),
  "register-number": (v) => /^(CR\/20\d\d\/\d{4}|BR \d{2}\/\d{3}|\d{5}\/\d{2})$/.test(v),
  plot: (v) => /^([A-K]-\d{1,2}|[A-K]\d{1,2}\/\d{1,3}|[NSEW]\d-\d{1,2})$/.test(v),
  pitch: (v) => /^(\d{1,3}[A-C]?|P-\d{3}|[A-F]\d{2})$/.test(v),
  vin: (v) => /^[A-HJ-NPR-Z0-9]{17}$/.test(v),
  "meter-reading": (v) => /^\d{5}[.,]\d kWh$/.test(v),
  "vehicle-reg": (v) => /^[A-Z0-9А-Я -]+$/u.test(v) && /\p{L}/u.test(v) && /\d/.test(v),
  duration: (v) => /^(\d+ min|\d+h \d+m|\d+ h \d+ min|0:\d\d)$/.test(v),
  version: (v) => /^v?\d+\.\d+\.\d+$/.test(v),
  "phone-shaped-ref": (v) => /^\d[\d -]+\d$/.test(v) && digits(v) >= 11,
  amount: (v) => /\d/.test(v) && /(€|euro|₹|Rs\.|INR|\$|NZ\$|CAD|₱|PHP|Php|JMD|GH₵|GHS|cedis|kr|NOK|DKK|ISK|Eur|EUR|Ft|HUF|лв|лева|BGN|грн|₴|UAH|din\.|RSD|ARS|MXN|pesos)/.test(v),
  date: realDate,
  time: (v) => /^\d{1,2}[:.h]\d{2}( ?(am|pm|AM|PM))?$/.test(v),
  timestamp: (v) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(v) && !Number.isNaN(Date.parse(v)),
  postcode: (v) => /^([A-Z]\d{2} [A-Z0-9]{4}|\d{3} ?\d{3}|\d{3,5}|[A-Z]\d[A-Z] \d[A-Z]\d|Kingston \d{1,2}|[A-Z]{2}-\d{3}-\d{4}|[A-Z]{3} \d{4}|\d{3} \d{2}|LT-\d{5}|LV-\d{4}|\d{4}-\d{3}|L-\d{4}|C\d{4}[A-Z]{3})$/.test(v),
}

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: /[\p{L}\p{N}]/u })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
  })
  test("IBAN: length, mod 97, the national check where there is one, a country the locale's texts bank in", () => {
    const banks: Record<string, string[]> = { IE: ["IE"], MT: ["MT"], AR: ["ES"], MX: ["ES"], IN: ["GB"], NZ: ["GB"], CA: ["GB"], PH: ["GB"], JM: ["GB"], GH: ["GB"] }
    for (const { r, v } of of("IBAN")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      expect(isIban(v) && nationalOk(v), `${r.id} ${v}`).toBe(true)
      expect(banks[cc] ?? [cc], `${r.id} ${v}`).toContain(v.slice(0, 2))
    }
  })
  test("US_SSN: area, group and serial rules, with SSN (or an ssn key) written just before", () => {
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
  test("PHONE: valid in the locale's country per libphonenumber-js/max; a voicemail's once its words and pauses are read back", () => {
    for (const { r, v } of of("PHONE")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      expect(phoneValidIn(r.kind === "voicemail" ? unspoken(v) : v, [cc]), `${r.id} ${v}`).toBe(true)
      expect(/^(\+|\(|\d|[a-z])/.test(v) && /\d$|[a-z]$/.test(v), `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, space, initials' dots (a trailing initial in Hungarian); no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}'. -]*([\p{L}\p{M}]| \p{Lu}\.)$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Miss|Sir|Ma'am|herr|fru|hr|pán|pani|ponas|ponia|g|ga|gđa|г-н|г-жа|пан|пані|Sr|Sra|Mme|Herr|Frau)\.?\s/.test(v), `${r.id} ${v}`).toBe(false)
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
    for (const part of b.parts.filter((p) => p.length >= 3).map(lower)) {
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
      else if (n.kind !== "name-word") expect(SHAPE[n.kind]?.(v) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; no business number is a valid phone in any country of the corpus, nor a Luhn pass", () => {
    const formatted = new Set(["date", "time", "timestamp", "amount", "version", "name-word", "postcode", "duration", "ssn-invalid", "nino-invalid", "meter-reading", "pitch"])
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (formatted.has(n.kind)) continue
      if (/^[+\d\s().\/-]+$/.test(v) && digits(v) >= 6) expect(phoneValidIn(v, ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digits(v) >= 12 && n.kind !== "luhn-invalid") expect(luhn(digitsOf(v)), where).toBe(false)
    }
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types", () => {
    expect(recs.length).toBeGreaterThanOrEqual(450)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(25)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(11)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.domain, (biz.get(b.domain) ?? 0) + 1)
    expect([...biz.keys()].sort()).toEqual(["caravan", "funeral", "optician", "staffing"])
    for (const n of biz.values()) expect(n).toBeGreaterThanOrEqual(100)
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
  })
  test("each hard negative the brief lists, 20 or more (invalid SSNs and NINOs 3 or more), and 40 texts with no PII at all", () => {
    const kinds = ["lens-power", "frame-sku", "contact-plan", "repair-ticket", "candidate-id", "timesheet-id", "payroll-ref", "tax-ref", "funeral-plan", "register-number", "plot", "pitch", "vehicle-reg", "vin", "meter-reading", "luhn-invalid", "iban-checksum", "amount", "date", "time", "duration", "version", "postcode", "phone-shaped-ref", "name-word"]
    for (const k of kinds) expect(negCount(k), k).toBeGreaterThanOrEqual(20)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBeGreaterThanOrEqual(40)
  })
  test("names: lower case, family first in capitals, Cyrillic, particles, hyphens, initials, patronymics, third parties", () => {
    const persons = of("PERSON").map((x) => x.v)
    expect(persons.filter((v) => v === v.toLocaleLowerCase() && /\p{Ll}/u.test(v)).length).toBeGreaterThanOrEqual(60)
    expect(persons.filter((v) => /^[\p{Lu}'-]{2,}( [\p{Lu}'-]+)* \p{Lu}\p{Ll}/u.test(v)).length).toBeGreaterThanOrEqual(30)
    expect(persons.filter((v) => /\p{Script=Cyrillic}/u.test(v)).length).toBeGreaterThanOrEqual(40)
    for (const re of [/\bdela\b|\bde los\b/, /\bde la\b/i, /\bdos\b/, /Van den/, /(^| )(Ó|Ní) /, /O'/, /\p{L}-\p{L}/u, /^\p{Lu}\. /u, /(son|dóttir)$/, /\bTe /])
      expect(persons.some((v) => re.test(v)), String(re)).toBe(true)
    const third = /(optometrist|optician|Seen by|Optiker|Sjóntækjafræðingurinn|Optometrist|optométriste|Оптометрист|optometrista|referee|Referee|Recruiter|Candidate|Referansen|Kandidaten|Referencen|Vikaren|Meðmælandi|Rekomendaciją|Atsauksmi|Referenciu|Priporočilo|ajánlást|Препоръката|Рекомендацію|Preporuku|referência|referència|référence|Referenz|referencia|deceased|Next of kin|Arrangements|memory|Avdøde|pårørende|Pårørende|Afdøde|látni|aðstandandi|Velionis|giminaitis|Aizgājējs|radinieks|Zosnulý|príbuzný|Pokojni|svojec|elhunyt|hozzátartozó|Поклонението|роднина|Покійний|родич|Pokojnik|srodnik|velório|Familiar|difunt|défunt|contact|Verstorbene|Angehörige|extinto|finado|Warden|warden|Seasonal pitch|Campingverten|Pladsmand|Tjaldvörðurinn|prižiūrėtojas|pārzinis|Správca|Upravnik|kempinggondnok|Управителят|Адміністратор|guarda|gardien|Platzwart|encargado|velador)/
    const cued = ents.filter(({ r, e }) => e.type === "PERSON" && third.test(r.text.slice(Math.max(0, e.start - 40), e.end + 40)))
    expect(cued.length).toBeGreaterThanOrEqual(100)
  })
  test("the brief's words as ordinary words, places or business names, and as names", () => {
    const words = new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.toLowerCase()))
    const list = ["grace", "hope", "rose", "will", "may", "bill", "faith", "patience", "joy", "mercy", "sunny", "dawn", "crystal", "frank", "earnest", "warden"]
    for (const w of list) expect(words.has(w), `${w} as a word`).toBe(true)
    const names = new Set(of("PERSON").flatMap((x) => x.v.toLowerCase().split(" ")))
    expect(list.filter((w) => names.has(w)).length).toBeGreaterThanOrEqual(10)
  })
  test("emoji right before a span in 80+ texts; accented or Cyrillic text before a span in 150+", () => {
    const emo = /[\p{Extended_Pictographic}\u{FE0F}] ?$/u
    expect(recs.filter((r) => r.entities.some((e) => emo.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length).toBeGreaterThanOrEqual(80)
    expect(recs.filter((r) => r.entities.some((e) => /[^\x00-\x7f]/.test(r.text.slice(0, e.start)) && /\p{L}/u.test(r.text.slice(0, e.start)))).length).toBeGreaterThanOrEqual(150)
  })
  test("phones in the ways people write them", () => {
    const phones = of("PHONE")
    const count = (f: (v: string, r: Rec, e: Span) => boolean) => phones.filter(({ v, r, e }) => f(v, r, e)).length
    const forms: Array<[string, (v: string, r: Rec, e: Span) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["(", (v) => v.startsWith("(")], ["(0)", (v) => v.includes("(0)")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => /\d-\d/.test(v)], ["slashes", (v) => /\d\/\d/.test(v)], ["compact", (v) => /^\+?\d{8,}$/.test(v)],
      ["spoken", (v) => /^[a-z]/.test(v)], ["paused", (v, r) => r.kind === "voicemail" && /^[+\d]/.test(v)], ["line break", (v) => v.includes("\n")],
      ["tel:", (_, r, e) => r.text.slice(e.start - 4, e.start) === "tel:"], ["after a name in brackets", (_, r, e) => r.text[e.start - 1] === "(" && /\p{L}/u.test(r.text[e.start - 3] ?? "")],
      ["two joined", (_, r, e) => r.entities.some((o) => o.type === "PHONE" && o.start > e.end && o.start - e.end < 12)],
      ["extension after", (_, r, e) => /^,? (ext\.|extn\.|poste|Durchwahl) \d/.test(r.text.slice(e.end, e.end + 16))],
    ]
    for (const [label, f] of forms) expect(count(f), label).toBeGreaterThanOrEqual(5)
    expect(recs.filter((r) => r.kind === "voicemail" && r.entities.some((e) => e.type === "PHONE")).length).toBeGreaterThanOrEqual(30)
  })
})
