// holdout37: the blind corpus regenerates byte for byte, and every label and
// lookalike passes validators written apart from the generator.
import { describe, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { CORPUS_PATH, buildAll, buildCorpus } from "../scripts/gen-holdout37.ts"
import { ID_CHECKS, LANG_REGIONS, cardIin, digitsOf, ibanMod, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, luhn, phoneValidIn, spokenDigits } from "./holdout37-validators.ts"

interface Span { start: number; end: number }
interface Ent extends Span { type: string }
interface Neg extends Span { kind: string }
interface Rec { id: string; lang: string; kind: string; text: string; entities: Ent[]; negatives: Neg[] }

const raw = readFileSync(CORPUS_PATH, "utf8")
const recs: Rec[] = raw.trimEnd().split("\n").map((l) => JSON.parse(l))
const built = buildAll()
const KINDS = ["form", "sms", "chat", "summary", "note", "email", "csv", "json", "transcript", "voicemail", "ticket", "log", "table", "yaml"]
const TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"]
const val = (r: Rec, s: Span) => r.text.slice(s.start, s.end)
const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: val(r, e) })))
const negs = recs.flatMap((r) => r.negatives.map((n) => ({ r, n, v: val(r, n) })))
const phones = ents.filter((x) => x.e.type === "PHONE")
const persons = ents.filter((x) => x.e.type === "PERSON")
const of = (t: string) => ents.filter((x) => x.e.type === t)

test("regenerates byte for byte", () => {
  expect(buildCorpus()).toBe(raw)
})

test("format: ids, kinds, types, order", () => {
  const ids = new Set<string>()
  for (const r of recs) {
    expect(Object.keys(r)).toEqual(["id", "lang", "kind", "text", "entities", "negatives"])
    expect(r.id).toMatch(new RegExp(`^${r.lang}-${r.kind}-\\d{4}$`))
    expect(ids.has(r.id), r.id).toBe(false)
    ids.add(r.id)
    expect(KINDS).toContain(r.kind)
    expect(Object.keys(LANG_REGIONS)).toContain(r.lang)
    for (const e of r.entities) expect(TYPES).toContain(e.type)
    for (const xs of [r.entities, r.negatives]) for (let i = 1; i < xs.length; i++) expect(xs[i]!.start).toBeGreaterThanOrEqual(xs[i - 1]!.end)
  }
  expect(new Set(recs.map((r) => r.kind)).size).toBe(14)
})

const WORD = /[\p{L}\p{N}\p{M}]/u
test("spans: in bounds, trimmed, non-overlapping, on word boundaries, whole surrogate pairs", () => {
  for (const r of recs) {
    const all = [...r.entities.map((e) => ({ ...e, k: e.type })), ...r.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
    all.forEach((s, i) => {
      const v = val(r, s)
      const where = `${r.id} ${s.k} ${JSON.stringify(v)}`
      expect(s.start >= 0 && s.end <= r.text.length && s.start < s.end, where).toBe(true)
      expect(v.trim(), where).toBe(v)
      if (i > 0) expect(all[i - 1]!.end <= s.start, where).toBe(true)
      expect(WORD.test(r.text[s.end] ?? " "), where).toBe(false)
      const before = r.text[s.start - 1] ?? " "
      expect(s.k === "PHONE" ? /\d/.test(before) : WORD.test(before), where).toBe(false)
      const c0 = r.text.charCodeAt(s.start)
      const cEnd = r.text.charCodeAt(s.end - 1)
      expect(c0 >= 0xdc00 && c0 <= 0xdfff, where).toBe(false)
      expect(cEnd >= 0xd800 && cEnd <= 0xdbff, where).toBe(false)
    })
  }
})

describe("labels pass their own validators", () => {
  test("CARD: Luhn, IIN and length", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
  })
  test("IBAN: mod 97 and country length, a country of the text", () => {
    const countries: Record<string, string[]> = { en: ["GB"], nl: ["NL", "BE"], sv: ["SE"], fi: ["FI"], pl: ["PL"], cs: ["CZ"], ro: ["RO"], hr: ["HR"], sr: ["RS"], el: ["GR"], tr: ["TR"], et: ["EE"], is: ["IS"], uk: ["UA"], de: ["AT"], fr: ["FR"], es: ["ES"], pt: ["BR"], it: ["IT"] }
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v), `${r.id} ${v}`).toBe(true)
      expect(countries[r.lang], `${r.id} ${v}`).toContain(v.slice(0, 2))
    }
  })
  test("US_SSN: area/group/serial, with SSN or ssn key before it", () => {
    for (const { r, e, v } of of("US_SSN")) {
      expect(isSsn(v), `${r.id} ${v}`).toBe(true)
      expect(r.lang, r.id).toBe("en")
      const before = r.text.slice(Math.max(0, e.start - 40), e.start)
      expect(/\bssn\b/i.test(before) || /(^|,)ssn(,|$)/m.test(r.text), `${r.id} ${v}`).toBe(true)
    }
  })
  test("UK_NINO: prefixes and suffix", () => {
    for (const { r, v } of of("UK_NINO")) expect(isNino(v), `${r.id} ${v}`).toBe(true)
  })
  test("IP_ADDRESS: node:net isIP", () => {
    for (const { r, v } of of("IP_ADDRESS")) expect(isIpAddr(v), `${r.id} ${v}`).toBe(true)
  })
  test("EMAIL: an address, without <>", () => {
    for (const { r, v } of of("EMAIL")) expect(isEmail(v), `${r.id} ${v}`).toBe(true)
  })
  test("PHONE: valid per libphonenumber-js/max in the language's regions (spoken digits read back)", () => {
    for (const { r, v } of phones) {
      const spoken = spokenDigits(v)
      expect(phoneValidIn(spoken ?? v, LANG_REGIONS[r.lang]!), `${r.id} ${v}`).toBe(true)
      if (!spoken) expect(/^(\+|00|\(|\d)/.test(v) && /\d$/.test(v), `${r.id} ${v}`).toBe(true)
      else expect(r.lang === "en" && ["transcript", "voicemail"].includes(r.kind), `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, space; no title", () => {
    for (const { r, v } of persons) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}' -]*[\p{L}\p{M}]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Mme|Herr|Frau|Sr|Sra|pan|pani)\.?\s/i.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
})

test("every name part lies inside a PERSON or EMAIL label, or a name-word/date negative (NFC and NFD)", () => {
  expect(built.length).toBe(recs.length)
  built.forEach((b, i) => {
    const r = recs[i]!
    const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word" || n.kind === "date")]
    const hay = r.text.toLowerCase()
    for (const part of b.nameParts) {
      for (const form of new Set([part.normalize("NFC").toLowerCase(), part.normalize("NFD").toLowerCase()])) {
        for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
          expect(ok.some((s) => s.start <= at && at + form.length <= s.end), `${r.id} ${part} at ${at}`).toBe(true)
        }
      }
    }
  })
})

describe("lookalikes", () => {
  test("pass their own checks, and fail the check of what they look like", () => {
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      const d = digitsOf(v)
      if (n.kind === "card-luhn-fail") expect(/^\d[\d -]*\d$/.test(v) && d.length === 16 && cardIin(d) && !luhn(d), where).toBe(true)
      else if (n.kind === "iban-bad-check") expect(ibanShape(v) && ibanMod(v) !== 1, where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}-\d{2}-\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v), where).toBe(true)
      else if (n.kind !== "name-word") expect(ID_CHECKS[n.kind]?.(v) ?? false, where).toBe(true)
    }
  })
  test("are not accidentally a labeled type, and no business number is a valid phone in its text's regions", () => {
    const formatted = new Set(["date", "time", "timestamp", "amount", "weight", "reading", "odometer", "gps", "version", "name-word", "grade"])
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (!formatted.has(n.kind) && /^[+\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, LANG_REGIONS[r.lang]!), where).toBe(false)
    }
  })
  test("each business brings its own numbers, phone-shaped ones among them", () => {
    const kinds = new Set(negs.map((x) => x.n.kind))
    for (const k of Object.keys(ID_CHECKS)) expect(kinds.has(k), k).toBe(true)
    const phoneShaped = negs.filter((x) => ["student-id", "client-account", "agreement", "water-account", "order-id"].includes(x.n.kind))
    expect(phoneShaped.length).toBeGreaterThanOrEqual(200)
    const business = new Map<string, number>()
    for (const b of built) business.set(b.business, (business.get(b.business) ?? 0) + 1)
    expect([...business.keys()].sort()).toEqual(["car", "uni", "vet", "water"])
    for (const n of business.values()) expect(n).toBeGreaterThanOrEqual(110)
  })
})

describe("counts and diversity", () => {
  const negCount = (k: string) => negs.filter((x) => x.n.kind === k).length
  test("texts, languages, types, phones", () => {
    expect(recs.length).toBeGreaterThanOrEqual(480)
    expect(recs.length).toBeLessThanOrEqual(500)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(19)
    const en = recs.filter((r) => r.lang === "en").length
    expect(en).toBeGreaterThanOrEqual(220)
    expect(en).toBeLessThanOrEqual(240)
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
    expect(phones.length).toBeGreaterThanOrEqual(330)
    expect(persons.length).toBeGreaterThanOrEqual(600)
  })
  test("lower-case persons, particles, negatives-only texts, lookalike counts", () => {
    expect(persons.filter((x) => x.v === x.v.toLowerCase()).length).toBeGreaterThanOrEqual(40)
    expect(persons.filter((x) => /^[\p{Lu}'-]{2,} \p{Lu}/u.test(x.v) && x.v.split(" ")[0] === x.v.split(" ")[0]!.toUpperCase()).length).toBeGreaterThanOrEqual(30)
    const particles = ["van der ", "van den ", "de ", "di ", "bin ", "binti ", "ap ", "al-", "du ", "le ", "ter ", "dos "]
    expect(particles.filter((p) => persons.some((x) => x.v.toLowerCase().includes(p))).length).toBeGreaterThanOrEqual(9)
    expect(persons.some((x) => /\p{L}-\p{L}/u.test(x.v))).toBe(true)
    const negOnly = recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length
    expect(negOnly).toBeGreaterThanOrEqual(50)
    expect(built.filter((b) => b.negativesOnly).length).toBe(negOnly)
    for (const k of ["card-luhn-fail", "iban-bad-check", "name-word", "microchip", "vin", "isbn", "bic"]) expect(negCount(k), k).toBeGreaterThanOrEqual(20)
  })
  test("emoji before spans in 80+ texts; NFD with combining marks before a span in 30+", () => {
    const emo = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{1F3FB}-\u{1F3FF}] ?$/u
    expect(recs.filter((r) => r.entities.some((e) => emo.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length).toBeGreaterThanOrEqual(80)
    const nfd = recs.filter((r) => r.lang !== "en" && r.text !== r.text.normalize("NFC") && r.entities.some((e) => /\p{M}/u.test(r.text.slice(0, e.start)))).length
    expect(nfd).toBeGreaterThanOrEqual(30)
    expect(recs.some((r) => r.lang === "sr" && /\p{Script=Cyrillic}/u.test(r.text)) && recs.some((r) => r.lang === "sr" && /[čćšžđ]/iu.test(r.text.normalize("NFC")))).toBe(true)
  })
  test("phone forms", () => {
    const forms: Array<[string, (v: string) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["bracket", (v) => v.startsWith("(")], ["(0)", (v) => v.includes("(0)")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => /\d-\d/.test(v)], ["compact", (v) => /^\+?\d{7,}$/.test(v)], ["spaced", (v) => /^\+?\d+( \d+){2,}$/.test(v)],
      ["spoken", (v) => spokenDigits(v) !== null], ["spoken double/triple", (v) => /\b(double|triple) /.test(v)],
    ]
    for (const [name, f] of forms) expect(phones.filter((x) => f(x.v)).length, name).toBeGreaterThanOrEqual(5)
    expect(phones.some(({ r, e }) => (r.text[e.start - 1] ?? "") === ":")).toBe(true)
    expect(recs.filter((r) => r.negatives.some((n) => n.kind === "extension" && r.entities.some((e) => e.type === "PHONE" && e.end < n.start && n.start - e.end < 10))).length).toBeGreaterThanOrEqual(20)
    const orWords = ["or", "of", "eller", "tai", "lub", "nebo", "sau", "ili", "или", "ή", "veya", "või", "eða", "або", "oder", "ou", "o", "oppure"]
    const joined = recs.filter((r) => r.entities.some((e, i) => {
      const next = r.entities[i + 1]
      return e.type === "PHONE" && next?.type === "PHONE" && orWords.includes(r.text.slice(e.end, next.start).replace(/[^\p{L}]+/gu, " ").trim().split(" ").at(-1)!)
    }))
    expect(joined.length).toBeGreaterThanOrEqual(40)
  })
  test("word-names as names, and the same words as ordinary words", () => {
    const wordNames = ["Hope", "Joy", "Sunny", "Summer", "Rose", "Faith", "Will", "Bill", "Mark", "Victoria", "Dawn", "Sky", "Honey", "Ruby", "Roos", "Saga", "Sol", "Onni", "Toivo", "Róża", "Nada", "Zora", "Umut", "Deniz", "Надія", "Віра", "Ελπίδα", "Ernst", "Esperanza", "Luz", "Gioia", "Vitória", "Sól", "Kaja", "Laine"]
    const asNames = new Set(persons.flatMap((x) => x.v.normalize("NFC").split(" ")).map((w) => wordNames.find((n) => n.toLowerCase() === w.toLowerCase())).filter((w) => w !== undefined))
    expect(asNames.size).toBeGreaterThanOrEqual(15)
    const asWords = new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.normalize("NFC").toLowerCase()))
    expect([...asNames].filter((w) => asWords.has(w.toLowerCase())).length).toBeGreaterThanOrEqual(12)
  })
})
