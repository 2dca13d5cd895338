// holdout53: the blind corpus regenerates byte for byte, and every label and lookalike passes validators
// written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { corpusShapeTests, readCorpus, TYPES, WORD, type Rec, type Span } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, LOCALES, buildAll } from "../scripts/gen-holdout53.ts"
import {
  ALL_COUNTRIES, CURRENCY, IBAN_NEAR, LOCALE_COUNTRY, NO_IBAN, digitsOf, ibanRemainder, ibanShape, isCard, isDateText, isEmail, isIban,
  isIpAddr, isNino, isPersonText, isSsn, issuer, luhn, phoneValidIn, unspoken,
} from "./holdout53-validators.ts"

const { raw, recs, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()
const before = (r: Rec, s: Span, n: number) => r.text.slice(Math.max(0, s.start - n), s.start)
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
const NAME_WORDS = ["may", "will", "bill", "mark", "hope", "grace", "per", "satu", "onni", "nagy", "fekete", "viera", "mila", "speranța", "ελπίδα", "nada", "ernst", "herbst", "patience", "blanche", "esperança", "luz"]
const POSTCODE: Record<string, RegExp> = {
  US: /^\d{5}$/, GB: /^[A-Z]{1,2}\d{1,2} \d[A-Z]{2}$/, SG: /^\d{6}$/, PH: /^\d{4}$/, KE: /^\d{5}$/, NG: /^\d{6}$/, JM: /^JM[A-Z]{3}\d{2}$/,
  NO: /^\d{4}$/, FI: /^\d{5}$/, HU: /^\d{4}$/, RO: /^\d{6}$/, GR: /^\d{3} \d{2}$/, HR: /^\d{5}$/, SK: /^\d{3} \d{2}$/, SI: /^\d{4}$/, AT: /^\d{4}$/,
  BE: /^\d{4}$/, BR: /^\d{5}-\d{3}$/,
}
/** The businesses' own numbers; the digits-only ones also fail the check of what they look like. */
const BUSINESS: Record<string, (v: string) => boolean> = {
  "tuning-visit": (v) => /^TV-26(0[1-9]|1[0-2])-\d{3}$/.test(v),
  "piano-ref": (v) => /^PNO-[BGU]-\d{4}$/.test(v),
  "parts-order": (v) => /^KPO-\d{5}$/.test(v),
  "action-serial": (v) => /^([5-8]\d{11}|[5-8]\d{3} \d{4} \d{4})$/.test(v),
  "gown-order": (v) => /^SB-\d{6}$/.test(v),
  "fitting-slot": (v) => /^FIT-(0[1-9]|1[0-2])(0[1-9]|1\d|2[0-8])-[A-F]$/.test(v),
  "alteration-ticket": (v) => /^ALT-26-\d{4}$/.test(v),
  "layaway-ref": (v) => /^(9\d{15}|9\d{3}( \d{4}){3})$/.test(v) && !issuer(digitsOf(v)),
  "round-code": (v) => /^RND-[NSEW]\d{2}$/.test(v),
  "job-sheet": (v) => /^CPJ-\d{6}$/.test(v),
  "gutter-quote": (v) => /^GQ-26-\d{4}$/.test(v),
  "customer-account": (v) => /^(1\d{9}|1\d\d \d{3} \d{4})$/.test(v),
  "pump-out": (v) => /^PMP-26-\d{4}$/.test(v),
  "tank-survey": (v) => /^TS-\d{4}-[A-F]$/.test(v),
  "waste-note": (v) => /^WTN-\d{6}$/.test(v),
  "permit-ref": (v) => /^([2-8]\d{17}|[2-8]\d{3}( \d{4}){3} \d{2})$/.test(v),
}
const DIGITS_ONLY = ["action-serial", "layaway-ref", "customer-account", "permit-ref"]
const SHAPE: Record<string, (v: string, r: Rec) => boolean> = {
  ...BUSINESS,
  "case-number": (v) => /^(CS-00\d{6}|#\d{6}|INC00\d{5})$/.test(v),
  "bank-account": (v) => /^\d[\d -]{4,}\d$/.test(v),
  "card-expiry": (v) => /^(0[1-9]|1[0-2])\/(2[7-9]|3[01])$/.test(v),
  "masked-card": (v) => /^(\*{4} \*{4} \*{4} |•••• |\*{4} |xxxx xxxx xxxx )\d{4}$/.test(v),
  date: (v, r) => isDateText(v, r.lang),
  time: (v) => /^([01]?\d|2[0-3])[:.h][0-5]\d( ?([ap]m|[AP]M))?$/.test(v),
  amount: (v) => /\d/.test(v) && CURRENCY.test(v),
  version: (v) => /^(v?\d+(\.\d+)+( \(\d+\))?)$/.test(v) && !isIpAddr(v),
  postcode: (v, r) => POSTCODE[LOCALE_COUNTRY[r.lang]!]!.test(v),
  "name-word": (v) => NAME_WORDS.includes(lower(v)),
}
const said = (v: string) => /\p{L}/u.test(v)
/** Titles and forms of address by language, which stay outside a PERSON label. */
const TITLE: Record<string, RegExp> = {
  en: /^(Mr|Mrs|Ms|Miss|Dr)\.? /, de: /^(Herr|Herrn|Frau) /, fr: /^(M\.|Mme|Madame|Monsieur) /, pt: /^(Sr\.|Sra\.|senhor|senhora|dona) /i,
  hu: / (úr|asszony)$/, sk: /^(pán|pani) /i, sl: /^(g\.|ga\.|gospod|gospa) /i, hr: /^(g\.|gđa|gospodin|gospođa) /i, ro: /^(dl\.|dna|domnul|doamna) /i,
  el: /^(κ\.|κα|κύριε|κυρία) /, nb: /^$/, fi: /^$/,
}

corpusShapeTests({ raw, recs, rebuild: () => built.map((b) => b.line).join("\n") + "\n", kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: /[\p{N}\p{M}]/u })

test("the test imports no recognizer", () => {
  for (const f of ["test/pii-holdout53.test.ts", "test/holdout53-validators.ts"]) {
    const src = readFileSync(f, "utf8")
    expect(/from\s+["'][^"']*(plugins|core|cli|server|node|bench)\//.test(src), f).toBe(false)
  }
})

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length; spaces, dashes, compact and Amex 4-6-5", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
    for (const re of [/^\d{4} \d{4} \d{4} \d{4}$/, /\d-\d/, /^\d+$/, /^3[47]\d\d[ -]?\d{6}[ -]?\d{5}$/]) expect(of("CARD").filter(({ v }) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(3)
    expect(new Set(of("CARD").map(({ v }) => issuer(digitsOf(v)))).size).toBe(4)
  })
  test("IBAN: length, mod 97, the locale's country or a neighbour's, only where IBANs are used; compact, lower case, over a line", () => {
    for (const { r, v } of of("IBAN")) {
      const cc = LOCALE_COUNTRY[r.lang]!
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(IBAN_NEAR[cc] ?? [], `${r.id} ${v}`).toContain(v.slice(0, 2).toUpperCase())
      expect(NO_IBAN, r.id).not.toContain(cc)
    }
    expect(of("IBAN").filter(({ v }) => v === v.toLowerCase()).length).toBeGreaterThanOrEqual(3)
    expect(of("IBAN").filter(({ v }) => !/\s/.test(v)).length).toBeGreaterThanOrEqual(5)
    expect(of("IBAN").filter(({ v }) => v.includes("\n")).length).toBeGreaterThanOrEqual(1)
    expect(of("IBAN").filter(({ r, v }) => v.slice(0, 2).toUpperCase() !== LOCALE_COUNTRY[r.lang]).length, "neighbours").toBeGreaterThanOrEqual(5)
  })
  test("US_SSN and UK_NINO: their rules, after their cue, only in the US and Britain", () => {
    for (const { r, e, v } of of("US_SSN")) expect(isSsn(v) && /\b(ssn|social)\b/i.test(before(r, e, 60)) && r.lang === "en-US", `${r.id} ${v}`).toBe(true)
    for (const { r, e, v } of of("UK_NINO")) expect(isNino(v) && /\b(ni number|ni no\.|national insurance number)/i.test(before(r, e, 40)) && r.lang === "en-GB", `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP, both families, in documentation or private ranges", () => {
    for (const { r, v } of of("IP_ADDRESS")) {
      expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
      expect(/^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|2001:db8:|fe80:|fd[0-9a-f]{2}:)/.test(v), `${r.id} ${v}`).toBe(true)
    }
    expect(of("IP_ADDRESS").filter(({ v }) => v.includes(":")).length).toBeGreaterThanOrEqual(20)
  })
  test("EMAIL: an address without <>, on documentation domains; every role mailbox and staff address of a business is labeled", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v) && /(^|[@.])example(\.(com|net|org))?$/i.test(v.split("@")[1]!), `${r.id} ${v}`).toBe(true)
    let biz = 0
    for (const r of recs) {
      for (const m of r.text.matchAll(/(?<![\w.+'-])[\w.'+-]+@(keyhaven|silkthread|clearpane|deepwell)\.example\b/g)) {
        biz++
        expect(r.entities.some((e) => e.type === "EMAIL" && e.start === m.index && e.end === m.index + m[0].length), `${r.id} ${m[0]}`).toBe(true)
      }
    }
    expect(biz).toBeGreaterThanOrEqual(50)
  })
  test("PHONE: valid in the locale's country; a said one once read back; every country's forms", () => {
    for (const { r, v } of of("PHONE")) {
      const read = said(v) ? unspoken(v, r.lang) : v
      expect(phoneValidIn(read, [LOCALE_COUNTRY[r.lang]!]), `${r.id} ${v} (${read})`).toBe(true)
      expect(/^(\+|\(|\d|\p{L})/u.test(v) && /(\d|\p{L})$/u.test(v), `${r.id} ${v}`).toBe(true)
    }
    const phones = of("PHONE").map((x) => x.v)
    expect(phones.filter(said).length, "said").toBeGreaterThanOrEqual(40)
    expect(phones.filter((v) => said(v) && /\p{L} \d|\d,? \p{L}/u.test(v)).length, "said with digits mixed in").toBeGreaterThanOrEqual(5)
    expect(of("PHONE").filter(({ r, e }) => /\p{L}/u.test(r.text[e.start - 1] ?? " ")).length, "glued to a word").toBeGreaterThanOrEqual(3)
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
    for (const n of r.negatives.filter((x) => x.kind === "name-word")) expect(b.parts.map(lower), r.id).not.toContain(lower(r.text.slice(n.start, n.end)))
  })
})

describe("lookalikes", () => {
  test("pass their own shape, and fail the check of what they look like", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      const d = digitsOf(v)
      if (n.kind === "luhn-invalid") expect(/^\d{4}([ -]?\d{4}){3}$/.test(v) && !!issuer(d) && !luhn(d), where).toBe(true)
      else if (n.kind === "iban-checksum") expect(ibanShape(v) && ibanRemainder(v) !== 1 && v.slice(0, 2).toUpperCase() === LOCALE_COUNTRY[r.lang], where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v) && r.lang === "en-US", where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/i.test(v) && !isNino(v) && r.lang === "en-GB", where).toBe(true)
      else expect((SHAPE[n.kind]?.(v, r) || (v === lower(v) && SHAPE[n.kind]?.(v.toUpperCase(), r))) ?? false, where).toBe(true)
    }
  })
  test("are no labeled type; business numbers are valid phones nowhere in the corpus, accounts and postcodes not in their own country", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isSsn(v) || isNino(v) || isIpAddr(v) || isEmail(v), where).toBe(false)
      const digitsOnly = /^[\d ./()-]+$/.test(v) && digitsOf(v).length >= 6
      if (BUSINESS[n.kind] && digitsOnly) expect(phoneValidIn(v, ALL_COUNTRIES) || phoneValidIn(digitsOf(v), ALL_COUNTRIES), where).toBe(false)
      if (["bank-account", "postcode", "case-number"].includes(n.kind) && digitsOnly) {
        const cc = [LOCALE_COUNTRY[r.lang]!]
        expect(phoneValidIn(v, cc) || phoneValidIn(digitsOf(v), cc), where).toBe(false)
      }
      if ((BUSINESS[n.kind] || n.kind === "bank-account") && /^[\d -]+$/.test(v) && digitsOf(v).length >= 12) expect(luhn(digitsOf(v)), where).toBe(false)
    }
  })
  test("each business has a digits-only number shaped like a phone, a card or an IBAN fragment", () => {
    const shaped = (k: string, re: RegExp) => negs.filter((x) => x.n.kind === k && re.test(x.v)).length
    expect(shaped("action-serial", /^\d{4} \d{4} \d{4}$/), "action-serial grouped by four").toBeGreaterThanOrEqual(3)
    expect(shaped("customer-account", /^\d{3} \d{3} \d{4}$/), "customer-account like a North American number").toBeGreaterThanOrEqual(3)
    expect(shaped("layaway-ref", /^\d{4}( \d{4}){3}$/), "layaway-ref like a card").toBeGreaterThanOrEqual(3)
    expect(shaped("permit-ref", /^\d{4}( \d{4}){3} \d{2}$/), "permit-ref like an IBAN's account part").toBeGreaterThanOrEqual(3)
    for (const k of DIGITS_ONLY) for (const x of negs.filter((y) => y.n.kind === k)) expect(digitsOf(x.v).length >= 12 ? !luhn(digitsOf(x.v)) : true, x.v).toBe(true)
  })
  test("domestic accounts only where no IBAN is used; invalid IBANs only where IBANs are", () => {
    for (const { r } of negs.filter((x) => x.n.kind === "bank-account")) expect(NO_IBAN, r.id).toContain(LOCALE_COUNTRY[r.lang]!)
    for (const { r } of negs.filter((x) => x.n.kind === "iban-checksum")) expect(NO_IBAN, r.id).not.toContain(LOCALE_COUNTRY[r.lang]!)
    expect(negCount("bank-account")).toBeGreaterThanOrEqual(10)
  })
})

describe("counts and diversity", () => {
  test("texts, locales, kinds, businesses, types; every tenth text with lookalikes and no PII at all", () => {
    expect(recs.length).toBe(480)
    for (const l of LOCALES) expect(recs.filter((r) => r.lang === l.tag).length, l.tag).toBe(l.per)
    expect(LOCALES.map((l) => l.tag).sort()).toEqual(Object.keys(LOCALE_COUNTRY).sort())
    for (const k of KINDS) expect(recs.filter((r) => r.kind === k).length, k).toBe(60)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.biz, (biz.get(b.biz) ?? 0) + 1)
    expect([...biz].sort()).toEqual([["bridal", 120], ["piano", 120], ["septic", 120], ["window", 120]])
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(15)
    expect(recs.filter((r, i) => (i % 10 === 9) === (r.entities.length === 0)).length).toBe(480)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBe(48)
    for (const l of Object.keys(LOCALE_COUNTRY)) expect(new Set(of("PHONE").filter((x) => x.r.lang === l).map((x) => x.v)).size, l).toBeGreaterThanOrEqual(12)
  })
  test("hard negatives: 10 or more of each business number and shared kind (the invalid SSNs and NI numbers 2 or more)", () => {
    for (const k of [...Object.keys(SHAPE), "luhn-invalid", "iban-checksum"]) expect(negCount(k), k).toBeGreaterThanOrEqual(10)
    for (const k of ["ssn-invalid", "nino-invalid"]) expect(negCount(k), k).toBeGreaterThanOrEqual(2)
    expect(new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => lower(x.v))).size).toBeGreaterThanOrEqual(15)
  })
  test("names: lower case, capitals, Family-comma-Given, initials, spelled, particles, diacritics, Greek script", () => {
    const persons = of("PERSON").map((x) => x.v)
    const some = (re: RegExp, n = 5) => expect(persons.filter((v) => re.test(v)).length, String(re)).toBeGreaterThanOrEqual(n)
    some(/^[\p{Ll} '-]+$/u, 60)
    some(/^\p{Lu}{2,}( \p{Lu}+)+$/u)
    some(/^[\p{L}' -]+, \p{Lu}/u, 30)
    some(/^\p{Lu}\. \p{Lu}/u, 5)
    some(/^(\p{L}[- ]){3,}\p{L}$/u, 10)
    some(/ (da|dos|dela)( |$)|\bO'|\bMc/iu, 5)
    some(/[äöüßéèêëàâçñóíúáãõåøæłśźżćńąęěščřžýůňťďőűășțđľ]/u, 150)
    some(/\p{Script=Greek}/u, 30)
  })
  test("genres: chats with clocks and speaker tags, WhatsApp lines, transcripts in lower case, quoted e-mails", () => {
    const has = (kind: string, re: RegExp, n: number) => expect(recs.filter((r) => r.kind === kind && re.test(r.text)).length, `${kind} ${re}`).toBeGreaterThanOrEqual(n)
    has("chat", /^\[\d{1,2}[:.]\d\d( [AP]M)?\] /m, 20)
    expect(recs.filter((r) => (r.kind === "chat" || r.kind === "sms") && /^\[[^\]]+,? \d{1,2}[:.h]\d\d( [AP]M)?\] /m.test(r.text)).length, "WhatsApp lines").toBeGreaterThanOrEqual(10)
    has("email", /^> /m, 15)
    has("transcript", /^\[00:00:\d\d\] /m, 15)
    expect(recs.filter((r) => r.kind === "transcript" && r.entities.length > 0).every((r) => r.entities.filter((e) => e.type === "PERSON").every((e) => { const v = r.text.slice(e.start, e.end); return v === lower(v) }))).toBe(true)
  })
})
