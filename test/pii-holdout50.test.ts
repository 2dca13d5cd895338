// holdout50: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout50.ts"
import {
  ALL_COUNTRIES, CURRENCY, LOCALE_COUNTRY, NO_IBAN, digitsOf, ibanRemainder, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isPersonText, isSsn, issuer, luhn,
  phoneValidIn, realDate, unspoken,
} from "./holdout50-validators.ts"

const { raw, recs, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
const NAME_WORDS = [
  "dawn", "joy", "faith", "summer", "ლალი", "ნატო", "արև", "անուշ", "գոհար", "günəş", "ulduz", "aydın", "sevinc", "бақыт", "жұлдыз", "lola", "oydin",
  "зора", "вера", "слава", "nada", "jasmin", "zora", "doina", "speranța", "bára", "sól", "שירה", "אביב", "תקווה", "أمل", "سعيد", "نور", "جميلة",
  "하늘", "보람", "xuân", "thu", "mai", "indah", "putri", "budi", "intan", "bunga", "mawar", "cahaya", "ligaya", "tala", "dalisay", "baraka", "amani",
  "neema", "zawadi", "rocío", "consuelo", "pilar", "soledad", "milagros", "reine", "constance", "blanche", "olive",
]

const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  "session-ref": (v) => /^BL-26\d{4}-\d$/.test(v),
  "consent-id": (v) => /^(69\d{8}|69\d \d{3} \d{4})$/.test(v),
  "design-code": (v) => /^DSN-\d{4}[A-Z]$/.test(v),
  "ink-batch": (v) => /^INK-\d{4}-\d{2}$/.test(v),
  "trip-booking": (v) => /^BWR-26-\d{4}$/.test(v),
  "cert-number": (v) => /^(30\d{10}|30\d\d \d{4} \d{4})$/.test(v),
  "tank-id": (v) => /^TK-\d{4}$/.test(v),
  "gear-rental": (v) => /^GR-\d{4}-[A-Z]$/.test(v),
  "job-number": (v) => /^VST-26\d{2}-\d{3}$/.test(v),
  "apostille-number": (v) => /^(58\d{9}|58\d \d{4} \d{4})$/.test(v),
  "sworn-seal": (v) => /^SS-\d{3}-[A-Z]$/.test(v),
  "quote-ref": (v) => /^Q-\d{4}-VT$/.test(v),
  "cake-order": (v) => /^SL-26-\d{4}$/.test(v),
  "loyalty-card": (v) => /^(77\d{14}|77\d\d \d{4} \d{4} \d{4})$/.test(v),
  "allergen-sheet": (v) => /^ALG-\d{4}-[A-Z]$/.test(v),
  "box-label": (v) => /^BX-\d{3}$/.test(v),
  "bank-account": (v) => /^\d[\d -]{5,30}\d$/.test(v),
  "card-expiry": (v) => /^(0[1-9]|1[0-2])\/(2[7-9]|3[01])$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} \d{4}|•••• \d{4}|XXXX-XXXX-XXXX-\d{4}|\*{4} \d{4})$/.test(v),
  date: (v, r) => realDate(v, r.lang),
  time: (v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  "name-word": (v) => NAME_WORDS.includes(lower(v)),
}
const BUSINESS = Object.keys(SHAPE).slice(0, 16)
const said = (v: string) => /\p{L}/u.test(v)

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: WORD })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; spaces, dashes, compact and Amex 4-6-5", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
    for (const re of [/^\d{4} \d{4} \d{4} \d{4}$/, /\d-\d/, /^\d+$/, /^3[47]\d\d[ -]?\d{6}[ -]?\d{5}$/]) expect(of("CARD").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(3)
  })
  test("IBAN: length, mod 97, the locale's own country; some in lower case; Tunisia's check digits are 59", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2).toUpperCase(), `${r.id} ${v}`).toBe(LOCALE_COUNTRY[r.lang]!)
      if (r.lang === "fr-TN") expect(v.slice(2, 4), `${r.id} ${v}`).toBe("59")
    }
    expect(of("IBAN").filter(({ v }) => v === v.toLowerCase()).length).toBeGreaterThanOrEqual(5)
  })
  test("US_SSN and UK_NINO: their rules, after an SSN or NI number field (or its key in SQL, JSON or a log)", () => {
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(v) && /\bssn\b/i.test(before(r, e, 12)) && r.lang === "en-US", `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(v) && /\bni[ _]?number\b/i.test(before(r, e, 14)) && r.lang === "en-GB", `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, both families; a port stays outside", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(10)
    expect(of("IP_ADDRESS").filter(({ r, e }) => /^:\d{4,5}\b/.test(r.text.slice(e.end))).length).toBeGreaterThanOrEqual(10)
  })
  test("EMAIL: an address, without <> or quotes; every role mailbox of a business is labeled", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
    let roles = 0
    for (const r of recs) {
      for (const m of r.text.matchAll(/(?<![\w.])(bookings|studio|trips|divedesk|orders|certify|hello)@(blacklotus-tattoo|bluewater-divers|verbatim-translations|sugarloaf-cakes)\.com\b/g)) {
        roles++
        expect(r.entities.some((e) => e.type === "EMAIL" && e.start === m.index && e.end === m.index + m[0].length), `${r.id} ${m[0]}`).toBe(true)
      }
    }
    expect(roles).toBeGreaterThanOrEqual(100)
  })
  test("PHONE: valid in the locale's country; a said one once read back; Arabic-Indic digits in Arabic texts", () => {
    for (const { r, v } of of("PHONE")) {
      const read = said(v) ? unspoken(v, r.lang) : v
      expect(phoneValidIn(read, [LOCALE_COUNTRY[r.lang]!]), `${r.id} ${v} (${read})`).toBe(true)
      expect(/^(\+|\(|\p{Nd}|\p{L})/u.test(v) && /(\p{Nd}|\p{L})$/u.test(v), `${r.id} ${v}`).toBe(true)
    }
    expect(of("PHONE").filter(({ v }) => said(v) && /\p{L} \d/u.test(v)).length, "said with digits mixed in").toBeGreaterThanOrEqual(10)
    expect(of("PHONE").filter(({ v }) => said(v) && !/[a-z]/.test(v)).length, "said in a non-Latin script").toBeGreaterThanOrEqual(10)
    expect(of("PHONE").filter(({ v }) => /[٠-٩]/.test(v)).length, "Arabic-Indic digits").toBeGreaterThanOrEqual(5)
  })
  test("PERSON: letters, marks, apostrophe, hyphen, comma, space; no title inside", () => {
    for (const { r, v } of of("PERSON")) {
      expect(isPersonText(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Ms|Mrs|Sr|Sra|M|Mme|Bw|Bi|Pak|Bu|Encik|Puan|Sir|Ma'am|harra|frú|domnul|doamna|gospodin|gospođa|г-дин|г-ѓа|пароն|տիկին|מר|גב'|السيد|السيدة|ბატონო|ქალბატონო|anh|chị)\.?\s/u.test(v), `${r.id} ${v}`).toBe(false)
      expect(/\s(bəy|xanım|мырза|ханым|aka|opa|님)$/u.test(v), `${r.id} ${v}`).toBe(false)
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
  test("are no labeled type; no business number or account is a valid phone anywhere in the corpus, nor (12+ digits) a Luhn pass", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (!BUSINESS.includes(n.kind) && n.kind !== "bank-account") continue
      if (/^[\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, ALL_COUNTRIES) || phoneValidIn(digitsOf(v), ALL_COUNTRIES), where).toBe(false)
      if (/^[\d -]+$/.test(v) && digitsOf(v).length >= 12) expect(luhn(digitsOf(v)), where).toBe(false)
    }
    for (const k of ["consent-id", "apostille-number"]) expect(negs.filter((x) => x.n.kind === k && /^\d{3} /.test(x.v)).length, `${k} phone-shaped`).toBeGreaterThanOrEqual(10)
    for (const k of ["cert-number", "loyalty-card"]) expect(negs.filter((x) => x.n.kind === k && /^\d{4}( \d{4})+$/.test(x.v)).length, `${k} card-shaped`).toBeGreaterThanOrEqual(10)
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
    expect([...biz].sort()).toEqual([["cake", 120], ["dive", 120], ["tattoo", 120], ["translate", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(12)
  })
  test("hard negatives 10 or more each (invalid SSNs and NINOs 3 or more); every eighth text with no PII at all", () => {
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(10)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(3)
    expect(recs.filter((r, i) => i % 8 === 7 && r.kind === "notice" && r.entities.length === 0 && r.negatives.length > 0).length).toBe(60)
    expect(new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => lower(x.v))).size).toBeGreaterThanOrEqual(30)
  })
  test("the tools' own shapes: git show, diarized ASR, mbox, SQL, Jira, stack traces, curl, SIP, exiftool", () => {
    const all = (kind: string, re: RegExp) => {
      const xs = recs.filter((r) => r.kind === kind)
      expect(xs.length, kind).toBeGreaterThanOrEqual(25)
      for (const r of xs) expect(re.test(r.text), `${r.id} ${re}`).toBe(true)
    }
    all("patch", /^commit [0-9a-f]{40}\nAuthor: [^\n]+ <[^>\n]+>\nDate: [\s\S]*^diff --git a\/\S+ b\/\S+$[\s\S]*^@@ -\d+,6 \+\d+,14 @@ /m)
    all("diarized", /^# .+ diarization: 2 speakers [\s\S]*^\[\d\d:\d\d\.\d\d\] SPEAKER_01: /m)
    all("mbox", /^From \S+@\S+ \w{3} \w{3} \d{1,2} \d\d:\d\d:\d\d 2026\nFrom: "[^"\n]+" <[^>\n]+>\nTo: [\s\S]*^(> |-----Original Message-----$)/m)
    all("sql", /^INSERT INTO customers \([^)]+\) VALUES\n {2}\(\d+, '/m)
    all("jira", /^\[[A-Z]+SUP-\d+\] [\s\S]*^Reporter: [\s\S]*^h3\. Customer$[\s\S]*^Comments$/m)
    all("stacktrace", /^\d{4}-\d\d-\d\dT[\d:.]+Z ERROR [\s\S]*Exception: [\s\S]*^\tat com\./m)
    all("curl", /^curl -sS -X POST 'https:\/\/api\.[^']+' \\$[\s\S]*^ {2}-d '\{"customer":\{"givenName":"/m)
    all("sip", /^INVITE sip:\+\d+@[\d.]+ SIP\/2\.0$[\s\S]*^P-Asserted-Identity: "[^"]+" <tel:\+\d+>$/m)
    all("exif", /^======== scans\/\S+\.pdf\nExifTool Version Number +: [\d.]+\n[\s\S]*^Author +: /m)
  })
  test("names: non-Latin scripts, lower case, Family-comma-Given, FAMILY Given, two surnames, gendered forms, diacritics", () => {
    const persons = of("PERSON").map((x) => x.v)
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    for (const script of [/\p{Script=Georgian}/u, /\p{Script=Armenian}/u, /\p{Script=Cyrillic}/u, /\p{Script=Hebrew}/u, /\p{Script=Arabic}/u, /\p{Script=Hangul}/u]) some(script, 30)
    some(/^[\p{Ll} '-]+$/u, 30)
    some(/^\p{Lu}[\p{L}' -]+, \p{Lu}/u, 10)
    some(/^\p{Lu}{3,} \p{Lu}\p{Ll}/u, 10)
    some(/(ova|ева|ова|ска|yan|յան)$/u)
    some(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u)
    some(/ (bin|binti) /u)
    some(/[əğıçşöüțșăîđžšćčøðáéíóúñãơưạảấầẩẫậắằặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹʻ]/u, 60)
  })
})
