// holdout51: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout51.ts"
import {
  ALL_COUNTRIES, CURRENCY, IBAN_LENGTH, LOCALE_COUNTRY, NO_IBAN, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban, isIpAddr, isNino,
  isPersonText, isSsn, issuer, luhn, phoneValidIn, unspoken,
} from "./holdout51-validators.ts"

const { raw, recs, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
const NAME_WORDS = [
  "may", "will", "bill", "mark", "rose", "hope", "frank", "grace", "sterling", "ernst", "patience", "prudence", "dolores", "rocío", "consuelo",
  "serena", "gioia", "felice", "speranza", "rosa", "roos", "joost", "iris", "graça", "luz", "pilar", "vitória", "malina", "róża", "kalina", "jagoda",
  "vilja", "sol", "björn", "per",
]
const UNITS = "minutes|mins|hours|working days|weeks|days|nights|Minuten|Stunden|Werktage|Wochen|Tage|Nächte|heures|jours ouvrés|semaines|jours|nuits|minutos|horas|días hábiles|semanas|días|noches|minuti|ore|giorni lavorativi|settimane|giorni|notti|minuten|uur|werkdagen|weken|dagen|nachten|dias úteis|dias|noites|minut|godzin|dni roboczych|tygodni|dni|nocy|minuter|timmar|arbetsdagar|veckor|dagar|nätter"
const POSTCODE: Record<string, RegExp> = {
  US: /^\d{5}(-\d{4})?$/, GB: /^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/, IE: /^([A-Z]\d{2}|D6W) [0-9A-Z]{4}$/, CA: /^[A-Z]\d[A-Z] \d[A-Z]\d$/, IN: /^[1-9]\d{5}$/,
  AU: /^\d{4}$/, ZA: /^\d{4}$/, NL: /^\d{4} [A-Z]{2}$/, PT: /^\d{4}-\d{3}$/, PL: /^\d{2}-\d{3}$/, SE: /^\d{3} \d{2}$/, DE: /^\d{5}$/, FR: /^\d{5}$/, ES: /^\d{5}$/, IT: /^\d{5}$/,
}
const ean13 = (d: string) => d.length === 13 && [...d.slice(0, 12)].reduce((a, c, i) => a + Number(c) * (i % 2 ? 3 : 1), 0) % 10 === (10 - Number(d[12])) % 10
const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  "sleep-order": (v) => /^DWS-\d{6}$/.test(v),
  "trial-return": (v) => /^RTN-26-\d{4}$/.test(v),
  "mattress-sku": (v) => /^(MAT|BSE|TOP)-(SG|DB|KS|SK)-\d{4}$/.test(v),
  "finance-agreement": (v) => /^(98\d{14}|98\d\d( \d{4}){3})$/.test(v),
  "appointment-ref": (v) => /^NBP-26-\d{5}$/.test(v),
  "exercise-plan": (v) => /^EX-(LB|NK|SH|KN|AN|HP)-\d{2}$/.test(v),
  "physio-invoice": (v) => /^INV-26(0[1-9]|1[0-2])-\d{3}$/.test(v),
  "insurer-auth": (v) => /^(10\d{8}|10\d \d{3} \d{4})$/.test(v),
  "quote-number": (v) => /^CPQ-26-\d{4}$/.test(v),
  "survey-ref": (v) => /^SV-\d{4}-[A-Z]$/.test(v),
  "frame-size": (v) => /^\d{3,4} [x×] \d{3,4} ?mm$/.test(v),
  "guarantee-number": (v) => /^(19\d{10}|19\d\d \d{4} \d{4})$/.test(v),
  "garment-ticket": (v) => /^GT-\d{6}$/.test(v),
  "rack-slot": (v) => /^R\d{2}-\d{2}$/.test(v),
  "corporate-account": (v) => /^PCA-\d{4}$/.test(v),
  "loyalty-barcode": (v) => /^(2\d{12}|2 \d{6} \d{6})$/.test(v) && ean13(digitsOf(v)),
  "case-number": (v) => /^(CS-\d{8}|#\d{6}|INC\d{7}|SR-26-\d{6}|CASE-\d{4}-\d{4})$/.test(v),
  "tracking-number": (v) => /^(1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2}|JJD\d{18}|3S[0-9A-Z]{4}\d{7}|TBA\d{12})$/.test(v),
  "bank-account": (v) => /^\d[\d -]{4,}\d$/.test(v),
  "bank-code": (v) => /^[A-Z]{4}0\d{6}$/.test(v),
  "card-expiry": (v) => /^(0[1-9]|1[0-2])\/(2[7-9]|3[01])$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} |•••• |XXXX-XXXX-XXXX-|\*{4} |xxxx xxxx xxxx )\d{4}$/.test(v),
  timestamp: (v) => /^20(26|27)-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d{3})?(Z|[+-]\d\d:\d\d)?$/.test(v),
  date: (v, r) => isDateText(v, r.lang),
  time: (v) => /^([01]?\d|2[0-3])[:.h][0-5]\d( ?([ap]m|[AP]M|[ap]\.m\.))?$/.test(v),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  duration: (v) => new RegExp(`^\\d+(-\\d+)? (${UNITS})$`).test(v),
  version: (v) => /^(v?\d+(\.\d+)+( \(\d+\))?|\d{2})$/.test(v) && !isIpAddr(v),
  postcode: (v, r) => POSTCODE[LOCALE_COUNTRY[r.lang]!]!.test(v),
  "house-number": (v) => /^\d{1,3}[a-bA-B]?$/.test(v),
  "name-word": (v) => NAME_WORDS.includes(lower(v)),
}
const BUSINESS = Object.keys(SHAPE).slice(0, 16)
const said = (v: string) => /\p{L}/u.test(v)
/** Titles and forms of address by language, which stay outside a PERSON label. */
const TITLE: Record<string, RegExp> = {
  en: /^(Mr|Mrs|Ms|Miss|Dr)\.? /, de: /^(Herr|Herrn|Frau) /, fr: /^(M\.|Mme|Madame|Monsieur) /, es: /^(Sr\.|Sra\.|señor|señora|don|doña) /i,
  it: /^(sig\.|sig\.ra|signor|signora) /i, nl: /^(meneer|mevrouw|mevr\.|dhr\.|de heer) /i, pt: /^(Sr\.|Sra\.|D\.|senhor|senhora) /i, pl: /^(Pan|Pani|Panie) /i, sv: /^$/,
}

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: WORD })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; spaces, dashes, compact and Amex 4-6-5", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
    for (const re of [/^\d{4} \d{4} \d{4} \d{4}$/, /\d-\d/, /^\d+$/, /^3[47]\d\d[ -]?\d{6}[ -]?\d{5}$/]) expect(of("CARD").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(3)
  })
  test("IBAN: length, mod 97, the locale's own country, only where IBANs are used; some compact, some lower case", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2).toUpperCase(), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
      expect(NO_IBAN, r.id).not.toContain(LOCALE_COUNTRY[r.lang]!)
    }
    expect(of("IBAN").filter(({ v }) => v === v.toLowerCase()).length).toBeGreaterThanOrEqual(3)
    expect(of("IBAN").filter(({ v }) => !v.includes(" ")).length).toBeGreaterThanOrEqual(5)
    expect(new Set(of("IBAN").map(({ v }) => v.slice(0, 2).toUpperCase())).size).toBe(Object.keys(IBAN_LENGTH).length)
  })
  test("US_SSN and UK_NINO: their rules, after their cue, only in the US and Britain", () => {
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(v) && /\b(ssn|social)\b/i.test(before(r, e, 40)) && r.lang === "en-US", `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(v) && /\b(ni number|ni no\.|national insurance number)/i.test(before(r, e, 40)) && r.lang === "en-GB", `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, both families, in documentation or private ranges", () => {
    for (const { r, v } of of("IP_ADDRESS")) {
      expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
      expect(/^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|2001:db8:|fe80:|fd[0-9a-f]{2}:)/.test(v), `${r.id} ${v}`).toBe(true)
    }
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(20)
  })
  test("EMAIL: an address without <>, on documentation domains; every role mailbox of a business is labeled", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v) && /(^|[@.])example(\.(com|net|org))?$/i.test(v.split("@")[1]!), `${r.id} ${v}`).toBe(true)
    let roles = 0
    for (const r of recs) {
      for (const m of r.text.matchAll(/(?<![\w.+-])(orders|returns|hello|appointments|accounts|reception|surveys|installs|service|care|collections)@(duskwoodsleep|northbankphysio|clearpane|pressedandco)\.example\b/g)) {
        roles++
        expect(r.entities.some((e) => e.type === "EMAIL" && e.start === m.index && e.end === m.index + m[0].length), `${r.id} ${m[0]}`).toBe(true)
      }
    }
    expect(roles).toBeGreaterThanOrEqual(50)
  })
  test("PHONE: valid in the locale's country; a said one once read back; every country's forms", () => {
    for (const { r, v } of of("PHONE")) {
      const read = said(v) ? unspoken(v, r.lang) : v
      expect(phoneValidIn(read, [LOCALE_COUNTRY[r.lang]!]), `${r.id} ${v} (${read})`).toBe(true)
      expect(/^(\+|\(|\d|\p{L})/u.test(v) && /(\d|\p{L})$/u.test(v), `${r.id} ${v}`).toBe(true)
    }
    const phones = of("PHONE").map((x) => x.v)
    expect(phones.filter(said).length, "said").toBeGreaterThanOrEqual(30)
    expect(phones.filter((v) => said(v) && /\p{L} \d|\d,? \p{L}/u.test(v)).length, "said with digits mixed in").toBeGreaterThanOrEqual(5)
    expect(phones.filter((v) => /\b(douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante)/.test(v)).length, "French pairs").toBeGreaterThanOrEqual(3)
    for (const re of [/^\+\d+$/, /^\+\d{1,3} /, /^00\d/, /^\(\d+\) /, /^\d+$/, /\d\.\d/, /\d-\d/, /\(0\)/, /\d\/\d/]) expect(phones.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(3)
  })
  test("PERSON: letters, marks, apostrophe, hyphen, period, comma, space; no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(isPersonText(v), `${r.id} ${v}`).toBe(true)
      expect(TITLE[r.lang.slice(0, 2)]?.test(v) ?? false, `${r.id} ${v}`).toBe(false)
    }
  })
})

test("every whole-word use of a name part lies inside a PERSON or EMAIL label or a name-word lookalike", () => {
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
  test("are no labeled type; no business number or account is a valid phone anywhere in the corpus, nor (12+ digits) a Luhn pass", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      const ssnShaped = /^\d{3}[- ]\d{2}[- ]\d{4}$/.test(v)
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || (ssnShaped && isSsn(v)), where).toBe(false)
      if (!BUSINESS.includes(n.kind) && !["bank-account", "postcode", "case-number"].includes(n.kind)) continue
      if (/^[\d\s().\/-]+$/.test(v) && d6(v)) expect(phoneValidIn(v, ALL_COUNTRIES) || phoneValidIn(digitsOf(v), ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digitsOf(v).length >= 12) expect(luhn(digitsOf(v)), where).toBe(false)
    }
    expect(negs.filter((x) => x.n.kind === "insurer-auth" && /^\d{3} /.test(x.v)).length, "phone-shaped").toBeGreaterThanOrEqual(3)
    expect(negs.filter((x) => ["finance-agreement", "guarantee-number"].includes(x.n.kind) && /^\d{4}( \d{4})+$/.test(x.v)).length, "card-shaped").toBeGreaterThanOrEqual(5)
  })
  test("domestic accounts only where no IBAN is used; invalid IBANs only where IBANs are", () => {
    for (const { r } of negs.filter((x) => x.n.kind === "bank-account")) expect(NO_IBAN, r.id).toContain(LOCALE_COUNTRY[r.lang]!)
    for (const { r } of negs.filter((x) => x.n.kind === "iban-checksum")) expect(NO_IBAN, r.id).not.toContain(LOCALE_COUNTRY[r.lang]!)
    expect(negCount("bank-account")).toBeGreaterThanOrEqual(10)
  })
})
const d6 = (v: string) => digitsOf(v).length >= 6

describe("counts and diversity", () => {
  test("texts, locales, kinds, types; every tenth text with lookalikes and no PII at all", () => {
    expect(recs.length).toBe(480)
    for (const l of Object.keys(LOCALE_COUNTRY)) expect(recs.filter((r) => r.lang === l).length, l).toBe(l.startsWith("en") ? 40 : 25)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(KINDS.length)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.biz, (biz.get(b.biz) ?? 0) + 1)
    expect([...biz].sort()).toEqual([["dry", 120], ["physio", 120], ["sleep", 120], ["windows", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(15)
    expect(recs.filter((r, i) => (i % 10 === 9) === (r.entities.length === 0)).length).toBe(480)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBe(48)
  })
  test("hard negatives: 10 or more of each kind (the invalid SSNs and NI numbers and the IFSC codes 2 or more)", () => {
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"].filter((k) => k !== "bank-code")) expect(negCount(k), k).toBeGreaterThanOrEqual(10)
    for (const k of ["ssn-invalid", "nino-invalid", "bank-code"]) expect(negCount(k), k).toBeGreaterThanOrEqual(2)
    expect(new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => lower(x.v))).size).toBeGreaterThanOrEqual(20)
  })
  test("names: lower case, capitals, Family-comma-Given, initials, two family names, particles, diacritics", () => {
    const persons = of("PERSON").map((x) => x.v)
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    some(/^[\p{Ll} '-]+$/u, 50)
    some(/^\p{Lu}{2,}( \p{Lu}+)+$/u)
    some(/^[\p{L}' -]+, \p{Lu}/u, 20)
    some(/^\p{Lu}\. \p{Lu}/u, 10)
    some(/ (van|de|da|dos|du|van der|van den)( |$)|\bO'|\bD'|\bMc|\bMac/u, 10)
    some(/[äöüßéèêëàâçñóíúáãõåøłśźżćńąęőűíìòùÿîïôœæ]/u, 100)
  })
})
