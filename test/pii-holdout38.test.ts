// holdout38: the blind corpus regenerates byte for byte, and every label and lookalike passes
// validators written apart from the generator. No recognizer runs here.
import { describe, expect, test } from "bun:test"
import { corpusShapeTests, readCorpus, TYPES, WORD } from "./holdout-corpus.ts"
import { CORPUS_PATH, KINDS, buildAll, buildCorpus } from "../scripts/gen-holdout38.ts"
import { LOOKALIKE } from "./holdout38-lookalikes.ts"
import {
  ALL_COUNTRIES, LOCALE_COUNTRY, cardIin, digitsOf, ibanMod, ibanNationalOk, ibanShape, isCard, isEmail, isIban, isIpAddr, isNino, isSsn, luhn, phoneValidIn,
} from "./holdout38-validators.ts"

const { raw, recs, val, ents, negs, of, negCount } = readCorpus(CORPUS_PATH)
const built = buildAll()

corpusShapeTests({ raw, recs, rebuild: buildCorpus, kinds: KINDS, locales: Object.keys(LOCALE_COUNTRY), beforePhone: /\d/ })

describe("labels pass their own validators", () => {
  test("CARD: Luhn, issuer prefix and length, grouped by spaces or dashes or not", () => {
    for (const { r, v } of of("CARD")) expect(isCard(v), `${r.id} ${v}`).toBe(true)
  })
  test("IBAN: country length, mod 97, the national check where simple, the locale's own country", () => {
    for (const { r, v } of of("IBAN")) {
      expect(isIban(v) && ibanNationalOk(v), `${r.id} ${v}`).toBe(true)
      expect(v.slice(0, 2), r.id).toBe(LOCALE_COUNTRY[r.lang]!)
    }
  })
  test("US_SSN: area/group/serial rules, with SSN named before it", () => {
    for (const { r, e, v } of of("US_SSN")) {
      expect(isSsn(v), `${r.id} ${v}`).toBe(true)
      const near = /\bssn\b/i.test(r.text.slice(Math.max(0, e.start - 80), e.start))
      const column = r.kind === "csv" && r.text.split("\n")[0]!.split(",").includes("ssn")
      expect(near || column, `${r.id} ${v}`).toBe(true)
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
  test("PHONE: valid per libphonenumber-js/max in the locale's country, from +, 00, ( or a digit to a digit", () => {
    for (const { r, v } of of("PHONE")) {
      expect(phoneValidIn(v, [LOCALE_COUNTRY[r.lang]!]), `${r.id} ${v}`).toBe(true)
      expect(/^(\+|00|\(|\d)/.test(v) && /\d$/.test(v), `${r.id} ${v}`).toBe(true)
    }
  })
  test("PERSON: letters, marks, apostrophe, hyphen, space; no title", () => {
    for (const { r, v } of of("PERSON")) {
      expect(/^[\p{L}\p{M}][\p{L}\p{M}' -]*[\p{L}\p{M}]$/u.test(v), `${r.id} ${v}`).toBe(true)
      expect(/^(Mr|Mrs|Ms|Dr|Sr|Sra|Mme|Herr|Frau|pan|pani)\.?\s/i.test(v), `${r.id} ${v}`).toBe(false)
    }
  })
})

test("every whole-word use of a name part lies inside a PERSON or EMAIL label or a name-word negative", () => {
  expect(built.length).toBe(recs.length)
  built.forEach((b, i) => {
    const r = recs[i]!
    const ok = [...r.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...r.negatives.filter((n) => n.kind === "name-word")]
    const hay = r.text.toLowerCase()
    for (const part of b.nameParts) {
      for (const form of new Set([part.normalize("NFC").toLowerCase(), part.normalize("NFD").toLowerCase()])) {
        for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
          if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + form.length] ?? " ")) continue
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
      if (n.kind === "luhn-invalid") expect(/^\d{4}([ -]?\d{4}){3}$/.test(v) && d.length === 16 && cardIin(d) && !luhn(d), where).toBe(true)
      else if (n.kind === "iban-checksum") expect(ibanShape(v) && ibanMod(v) !== 1, where).toBe(true)
      else if (n.kind === "ssn-invalid") expect(/^\d{3}([- ])\d{2}\1\d{4}$/.test(v) && !isSsn(v), where).toBe(true)
      else if (n.kind === "nino-invalid") expect(/^[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/.test(v) && !isNino(v), where).toBe(true)
      else if (n.kind !== "name-word") expect(LOOKALIKE[n.kind]?.(v, r.lang) ?? false, where).toBe(true)
    }
  })
  test("are not a labeled type: no card, IBAN, NINO, IP, email or SSN; no business number a valid phone in any country of the corpus", () => {
    const formatted = new Set(["date", "time", "timestamp", "amount", "version", "name-word", "postcode"])
    for (const { r, n, v } of negs) {
      const where = `${r.id} ${n.kind} ${v}`
      expect(isCard(v) || isIban(v) || isNino(v) || isIpAddr(v) || isEmail(v) || isSsn(v), where).toBe(false)
      if (formatted.has(n.kind) || n.kind === "extension") continue
      // A national id is read with its key, so it need only fail as a phone of its own country.
      const regions = n.kind === "national-id" ? [LOCALE_COUNTRY[r.lang]!] : ALL_COUNTRIES
      if (/^[+\d\s().\/-]+$/.test(v) && digitsOf(v).length >= 6) expect(phoneValidIn(v, regions), where).toBe(false)
      const d = digitsOf(v)
      if (/^[\d -]+$/.test(v) && d.length >= 12 && d.length <= 19 && n.kind !== "luhn-invalid") expect(luhn(d), where).toBe(false)
    }
  })
})

describe("counts and diversity", () => {
    test("texts, locales, kinds, businesses, types", () => {
    expect(recs.length).toBeGreaterThanOrEqual(450)
    expect(new Set(recs.map((r) => r.lang)).size).toBe(23)
    expect(new Set(recs.map((r) => r.kind)).size).toBe(KINDS.length)
    const biz = new Map<string, number>()
    for (const b of built) biz.set(b.domain, (biz.get(b.domain) ?? 0) + 1)
    expect([...biz.keys()].sort()).toEqual(["council", "courier", "funeral", "tickets"])
    for (const n of biz.values()) expect(n).toBeGreaterThanOrEqual(100)
    for (const t of TYPES) expect(of(t).length, t).toBeGreaterThanOrEqual(20)
    expect(of("PHONE").length).toBeGreaterThanOrEqual(350)
  })
  test("the business's own numbers and the listed lookalikes, 20 or more of each", () => {
    const kinds = ["tracking", "locker-pin", "permit", "ticket-no", "seat", "gate", "ctax-account", "plot", "grave", "phone-shaped-ref", "luhn-invalid", "iban-checksum", "amount", "date", "time", "version", "postcode", "name-word", "national-id", "plate"]
    for (const k of kinds) expect(negCount(k), k).toBeGreaterThanOrEqual(20)
    expect(recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length).toBeGreaterThanOrEqual(40)
  })
  test("names: lower case, family first in capitals, third parties, Cyrillic", () => {
    const persons = of("PERSON")
    expect(persons.filter((x) => x.v === x.v.toLocaleLowerCase()).length).toBeGreaterThanOrEqual(60)
    expect(persons.filter((x) => /^[\p{Lu}'-]{2,}( [\p{Lu}'-]+)* \p{Lu}\p{Ll}/u.test(x.v)).length).toBeGreaterThanOrEqual(30)
    expect(persons.filter((x) => /\p{Script=Cyrillic}/u.test(x.v)).length).toBeGreaterThanOrEqual(15)
    const thirdParty = /(driver|courier|deceased|next of kin|ticket holder|partner|late father|mother|afdøde|avdøde|défunt|finado|fallecido|zosnulý|pokojni|mirusysis|mirušais|починал|mejjet|verstorbene|elhunyt|falecido|difunt)/i
    expect(persons.filter(({ r, e }) => thirdParty.test(r.text.slice(Math.max(0, e.start - 40), e.start))).length).toBeGreaterThanOrEqual(100)
  })
  test("May, Will, Bill, Grace, Rose, Victoria, Lincoln and Jordan as ordinary words and places, and as names", () => {
    const words = new Set(negs.filter((x) => x.n.kind === "name-word").map((x) => x.v.toLowerCase()))
    const names = new Set(of("PERSON").flatMap((x) => x.v.split(" ")).map((w) => w.toLowerCase()))
    for (const w of ["may", "will", "bill", "grace", "rose", "victoria", "lincoln", "jordan"]) {
      expect(words.has(w), `${w} as a word`).toBe(true)
    }
    expect(["may", "will", "bill", "grace", "rose", "victoria", "lincoln", "jordan"].filter((w) => names.has(w)).length).toBeGreaterThanOrEqual(6)
  })
  test("emoji right before a span in 80+ texts; decomposed accents before a span in 30+", () => {
    const emo = /[\p{Extended_Pictographic}\u{FE0F}] ?$/u
    expect(recs.filter((r) => r.entities.some((e) => emo.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length).toBeGreaterThanOrEqual(80)
    const nfd = recs.filter((r) => r.text !== r.text.normalize("NFC") && r.entities.some((e) => /\p{M}/u.test(r.text.slice(0, e.start)))).length
    expect(nfd).toBeGreaterThanOrEqual(30)
  })
  test("phones in many written forms, two numbers joined by the language's or, extensions kept outside", () => {
    const phones = of("PHONE").map((x) => x.v)
    const forms: Array<[string, (v: string) => boolean]> = [
      ["+", (v) => v.startsWith("+")], ["00", (v) => v.startsWith("00")], ["(", (v) => v.startsWith("(")], ["(0)", (v) => v.includes("(0)")],
      ["dots", (v) => /\d\.\d/.test(v)], ["dashes", (v) => /\d-\d/.test(v)], ["slash", (v) => v.includes("/")], ["compact", (v) => /^\+?\d{7,}$/.test(v)],
    ]
    for (const [name, f] of forms) expect(phones.filter(f).length, name).toBeGreaterThanOrEqual(5)
    const joined = recs.filter((r) => r.entities.some((e, i) => e.type === "PHONE" && r.entities[i + 1]?.type === "PHONE" && / (or|eller|ou|o|vagy|alebo|ali|arba|vai|или|jew|oder) $/.test(r.text.slice(e.end, r.entities[i + 1]!.start))))
    expect(joined.length).toBeGreaterThanOrEqual(30)
    expect(negCount("extension")).toBeGreaterThanOrEqual(15)
  })
})
